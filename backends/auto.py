"""``auto``: the hybrid strategy. The HRM answers first; an answer that fails validation,
scores below ``min_confidence`` or is the HRM's draft (its own Go did not parse, or the
method is too long for it) goes on to the LLM; with no LLM to take it, the HRM's draft (the
rules draft with the learned edits) answers, and with no HRM either, the rules translator.
Each step's reason lands in ``result.route`` and so in the dataset."""

from __future__ import annotations

import logging

from l2j_lsp.backends.base import (
    Backend,
    BackendConfigError,
    BackendError,
    BackendUnavailable,
    InvalidOutput,
    TokenCallback,
    TranslationRequest,
    TranslationResult,
)
from l2j_lsp.migration.validate import go_syntax_error

log = logging.getLogger("l2j.auto")


class AutoBackend:
    name = "auto"

    def __init__(
        self, hrm: Backend, llm: Backend, rules: Backend, min_confidence: float = 0.5
    ) -> None:
        self.hrm = hrm
        self.llm = llm
        self.rules = rules
        self.min_confidence = min_confidence

    @property
    def backends(self) -> tuple[Backend, Backend, Backend]:
        return (self.hrm, self.llm, self.rules)

    @property
    def model_id(self) -> str:
        return "|".join((self.hrm.model_id, self.llm.model_id, self.rules.model_id))

    def reload(self) -> None:
        reload = getattr(self.hrm, "reload", None)
        if callable(reload):
            reload()

    async def translate(
        self, request: TranslationRequest, on_token: TokenCallback | None = None
    ) -> TranslationResult:
        route: list[str] = []
        hrm = await self._try(self.hrm, request, on_token, route, check_confidence=True)
        result = hrm if hrm is not None and not hrm.fallback and self._confident(hrm) else None
        if result is None:
            result = await self._try(self.llm, request, on_token, route, check_confidence=False)
        if result is None and hrm is not None and hrm.draft:
            # The HRM's starting point knows the user's systematic edits; the bare rules
            # translation does not.
            result = TranslationResult(
                go=hrm.draft, backend=self.hrm.name, model=hrm.model, draft=hrm.draft
            )
            route.append(f"{self.hrm.name} draft (rules with learned edits): answered")
        if result is None:
            result = await self.rules.translate(request, on_token)
            route.append("rules: answered")
        result.route = route
        log.info("auto for %s '%s': %s", request.scope, request.name, "; ".join(route))
        return result

    async def _try(
        self,
        backend: Backend,
        request: TranslationRequest,
        on_token: TokenCallback | None,
        route: list[str],
        check_confidence: bool,
    ) -> TranslationResult | None:
        try:
            result = await backend.translate(request, on_token)
        except (BackendConfigError, BackendUnavailable) as exc:
            route.append(f"{backend.name}: unavailable ({exc})")
            return None
        except InvalidOutput as exc:
            route.append(f"{backend.name}: invalid output ({exc})")
            return None
        except BackendError as exc:
            route.append(f"{backend.name}: failed ({exc})")
            return None
        route.extend(result.route)
        error = go_syntax_error(result.go)
        if error is not None:
            route.append(f"{backend.name}: Go does not parse ({error})")
            return None
        if check_confidence and not self._confident(result):
            route.append(
                f"{backend.name}: confidence {result.confidence:.2f} < {self.min_confidence:.2f}"
            )
        elif not result.fallback:
            route.append(f"{backend.name}: answered")
        return result

    def _confident(self, result: TranslationResult) -> bool:
        return result.confidence is None or result.confidence >= self.min_confidence

    async def aclose(self) -> None:
        for backend in self.backends:
            await backend.aclose()
