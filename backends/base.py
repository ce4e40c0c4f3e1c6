"""The one interface every backend implements, and the errors it may raise.

A backend turns one Java declaration (or file) into Go text. It streams: ``on_token`` is
called as output arrives, so the editor can show progress. Cancellation is asyncio's own:
the caller cancels the task running ``translate`` and the backend must stop its work
(close the HTTP stream, stop decoding) and let ``asyncio.CancelledError`` propagate.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal, Protocol, runtime_checkable

ScopeKind = Literal["method", "class", "file"]

# Bumped whenever the prompt or the request shape changes, so cached answers from an older
# prompt are not served for the new one.
PROMPT_VERSION = "1"


@dataclass(frozen=True)
class TranslationRequest:
    """What a backend needs to translate one scope.

    ``java`` is the exact source of the scope (a method, a type declaration or a whole file).
    ``context`` is the surrounding information a model needs but must not translate: package,
    imports, the enclosing class's fields and member signatures, naming conventions.
    """

    java: str
    scope: ScopeKind
    name: str
    go_package: str
    context: str = ""
    source_file: str = ""
    # The declaration kind in Java ("method", "constructor", "class", "interface", "enum",
    # "record", "annotation" or "file"); finer than ``scope``.
    kind: str = ""
    # For a method: the Java name of the enclosing type (becomes the Go receiver).
    enclosing_type: str = ""
    # Go signature the caller wants (eval gives the HumanEval-X declaration); may be empty.
    target_signature: str = ""
    # Draft Go from another backend (e.g. rules), offered to models as a starting point.
    draft: str = ""
    # The whole Java file the scope was cut from, for translators that resolve fields,
    # nested types and call targets themselves (the rules backend). May be empty.
    file_source: str = ""


@dataclass
class TranslationResult:
    go: str
    backend: str
    model: str = ""
    # 0..1 where the backend has a notion of confidence (the HRM's Q head), else None.
    confidence: float | None = None
    tokens: int = 0
    cached: bool = False
    # For `auto`: which backend answered and why, recorded with the pair.
    route: list[str] = field(default_factory=list)
    # A post-editing backend's starting point (the rules draft with the learned edits), the
    # answer `auto` falls back to when no LLM takes a hard case.
    draft: str = ""
    # Why the backend answered ``draft`` instead of its own Go ("" when ``go`` is its own),
    # and that Go where it wrote one (the HRM's Go that did not parse), kept for evaluation.
    fallback: str = ""
    rejected: str = ""
    usage: dict[str, int] = field(default_factory=dict)


TokenCallback = Callable[[int, str], None]
"""Called with (tokens so far, the newly streamed text)."""


class BackendError(Exception):
    """A translation failed in a way the user should hear about."""

    # True when the user can fix it (settings, API key, credits, a missing checkpoint):
    # the server shows it with window/showMessage instead of only logging it.
    user_fixable: bool = False


class BackendConfigError(BackendError):
    """Missing API key, unknown backend, bad setting."""

    user_fixable = True


class BackendUnavailable(BackendError):
    """The backend cannot answer now: server unreachable, out of credits, no checkpoint."""

    user_fixable = True


class InvalidOutput(BackendError):
    """The backend answered, but not with usable Go (prose, unparseable code)."""


@runtime_checkable
class Backend(Protocol):
    """A named translator. Implementations live beside this module and register in
    ``backends.registry``."""

    name: str

    @property
    def model_id(self) -> str:
        """Which model would answer now (model name, checkpoint and its mtime...): part of
        the translation cache key, so a new model never gets an old model's answers."""
        ...

    async def translate(
        self, request: TranslationRequest, on_token: TokenCallback | None = None
    ) -> TranslationResult: ...

    async def aclose(self) -> None: ...
