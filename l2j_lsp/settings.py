"""The `l2j` settings section: defaults from the contract, merged from every source.

Sources, later winning: defaults, ``initializationOptions``, ``workspace/configuration``,
``workspace/didChangeConfiguration`` (the server calls :func:`merge` for each), and for the
command line its flags. Keys are the contract's nested camelCase keys.

A workspace's settings may come from a file committed to its repository, so the server
resolves them ``confined``: the files it writes (dataset, cache) must lie inside the
workspace, unless the user names them in the environment (``L2J_DATASET_PATH``,
``L2J_CACHE_PATH``), which no repository controls.
"""

from __future__ import annotations

import copy
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from l2j_lsp.redact import looks_like_key, remember, url_secrets

BACKENDS = ("auto", "hrm", "llm", "rules")

DEFAULTS: dict[str, Any] = {
    "backend": "auto",
    "llm": {
        "baseUrl": "https://openrouter.ai/api/v1",
        "model": "qwen/qwen-2.5-coder-32b-instruct",
        "apiKeyEnv": "OPENROUTER_API_KEY",
        "timeout": 120.0,
        "maxRetries": 4,
        "maxConcurrency": 4,
        "temperature": 0.1,
        "maxTokens": 4096,
    },
    "hrm": {
        "checkpoint": "checkpoints/l2j_hrm/best.ckpt",
        "device": "auto",
        "maxLength": 512,
    },
    "auto": {
        # An HRM answer below this Q-head confidence goes on to the LLM.
        "minConfidence": 0.5,
    },
    "go": {"outDir": "go", "module": "l2jgo", "stripPrefix": "com.l2jserver"},
    # The Java source roots of the project model; null: every `src/main/java` under the
    # workspace root, else the root itself.
    "java": {"sourceRoots": None},
    "dataset": {"path": ".l2j/dataset.sqlite", "record": True},
    # "Fix with llm" (l2j.repair): how many answers the model gets, each checked with the
    # compiler's errors of the one before, before the fix is given up.
    "repair": {"rounds": 3},
    "cache": {"enabled": True, "path": ".l2j/cache.sqlite"},
}


# Settings the user may give in the environment instead (they win over any source).
ENV_OVERRIDES = {
    "llm.baseUrl": "L2J_LLM_BASE_URL",
    "dataset.path": "L2J_DATASET_PATH",
    "cache.path": "L2J_CACHE_PATH",
}
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class SettingsError(ValueError):
    """A setting has a value we cannot use; the message says which and what to use."""


def merge(base: Mapping[str, Any], update: Mapping[str, Any] | None) -> dict[str, Any]:
    """Deep-merge ``update`` into a copy of ``base``; ``None`` values are ignored so a client
    that sends unset keys as null does not wipe the defaults."""
    out = copy.deepcopy(dict(base))
    for key, value in (update or {}).items():
        if value is None:
            continue
        if isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def unwrap_section(payload: Any) -> dict[str, Any]:
    """Accept ``{"l2j": {...}}`` or the section itself, as clients differ."""
    if not isinstance(payload, Mapping):
        return {}
    inner = payload.get("l2j")
    if isinstance(inner, Mapping):
        return dict(inner)
    return {k: v for k, v in payload.items() if k in DEFAULTS}


@dataclass(frozen=True)
class LlmSettings:
    base_url: str
    model: str
    api_key_env: str
    timeout: float
    max_retries: int
    max_concurrency: int
    temperature: float
    max_tokens: int


@dataclass(frozen=True)
class Settings:
    """Resolved settings: paths absolute, types checked."""

    root: Path
    backend: str
    llm: LlmSettings
    hrm_checkpoint: Path
    hrm_device: str
    hrm_max_length: int
    auto_min_confidence: float
    go_out_dir: Path
    go_module: str
    go_strip_prefix: str
    # None: the default roots (module.workspace.default_roots) of the workspace root.
    java_source_roots: tuple[Path, ...] | None
    dataset_path: Path
    dataset_record: bool
    cache_enabled: bool
    cache_path: Path
    repair_rounds: int

    @classmethod
    def resolve(
        cls,
        raw: Mapping[str, Any] | None = None,
        root: Path | None = None,
        environ: Mapping[str, str] | None = None,
        *,
        confine: bool = False,
    ) -> Settings:
        """Resolve ``raw`` over the defaults; ``confine`` refuses dataset and cache paths
        outside ``root`` (the server's rule for workspace settings)."""
        env = os.environ if environ is None else environ
        data = merge(DEFAULTS, raw or {})
        root = (root or Path.cwd()).resolve()

        def path(value: Any, key: str) -> Path:
            if not isinstance(value, str) or not value:
                raise SettingsError(f"l2j.{key} must be a non-empty path, got {value!r}")
            p = Path(os.path.expanduser(value))
            return p if p.is_absolute() else root / p

        def written_path(value: Any, key: str) -> Path:
            """A file the tools write: from the environment if set there, else confined."""
            override = env.get(ENV_OVERRIDES[key])
            if override:
                return path(override, key)
            p = path(value, key)
            if confine and not p.resolve().is_relative_to(root):
                raise SettingsError(
                    f"l2j.{key} {value!r} is outside the workspace {root}: the server writes "
                    "only inside the workspace (its settings may come from a file in the "
                    f"repository); use a path inside it, or set {ENV_OVERRIDES[key]} in the "
                    "editor's environment"
                )
            return p

        def number(value: Any, key: str, kind: type) -> Any:
            try:
                return kind(value)
            except (TypeError, ValueError):
                raise SettingsError(f"l2j.{key} must be a number, got {value!r}") from None

        backend = data["backend"]
        if backend not in BACKENDS:
            raise SettingsError(f"l2j.backend is {backend!r}; use one of: {', '.join(BACKENDS)}")
        llm = data["llm"]
        base_url = env.get(ENV_OVERRIDES["llm.baseUrl"]) or str(llm["baseUrl"])
        # A password in the URL is a secret like the key: mask it wherever it may show.
        remember(*url_secrets(base_url))
        return cls(
            root=root,
            backend=backend,
            llm=LlmSettings(
                base_url=base_url.rstrip("/"),
                model=str(llm["model"]),
                api_key_env=_api_key_env(llm["apiKeyEnv"]),
                timeout=number(llm["timeout"], "llm.timeout", float),
                max_retries=number(llm["maxRetries"], "llm.maxRetries", int),
                max_concurrency=max(1, number(llm["maxConcurrency"], "llm.maxConcurrency", int)),
                temperature=number(llm["temperature"], "llm.temperature", float),
                max_tokens=number(llm["maxTokens"], "llm.maxTokens", int),
            ),
            hrm_checkpoint=path(data["hrm"]["checkpoint"], "hrm.checkpoint"),
            hrm_device=str(data["hrm"]["device"]),
            hrm_max_length=number(data["hrm"]["maxLength"], "hrm.maxLength", int),
            auto_min_confidence=number(data["auto"]["minConfidence"], "auto.minConfidence", float),
            go_out_dir=path(data["go"]["outDir"], "go.outDir"),
            go_module=str(data["go"]["module"]),
            go_strip_prefix=str(data["go"]["stripPrefix"]),
            java_source_roots=_source_roots(data["java"]["sourceRoots"], path),
            dataset_path=written_path(data["dataset"]["path"], "dataset.path"),
            dataset_record=bool(data["dataset"]["record"]),
            cache_enabled=bool(data["cache"]["enabled"]),
            cache_path=written_path(data["cache"]["path"], "cache.path"),
            repair_rounds=_rounds(data["repair"]["rounds"]),
        )


def _rounds(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value):
        raise SettingsError(f"l2j.repair.rounds must be a whole number, got {value!r}")
    if value < 1:
        raise SettingsError(f"l2j.repair.rounds must be at least 1, got {value!r}")
    return int(value)


def _source_roots(value: Any, path: Any) -> tuple[Path, ...] | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value:
        raise SettingsError(
            "l2j.java.sourceRoots must be a list of paths (relative to the workspace root), "
            f"got {value!r}"
        )
    return tuple(path(v, "java.sourceRoots") for v in value)


def _api_key_env(value: Any) -> str:
    """The NAME of the variable holding the key; a key put here by mistake is refused
    without being repeated, and masked from then on."""
    name = str(value).strip()
    if looks_like_key(name) or not _ENV_NAME.fullmatch(name):
        remember(name)
        raise SettingsError(
            "l2j.llm.apiKeyEnv must be the NAME of an environment variable (e.g. "
            "OPENROUTER_API_KEY), not the key itself: export the key in that variable and "
            "put its name here (the value you set is not shown, as it may be the key)"
        )
    return name
