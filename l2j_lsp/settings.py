"""The `l2j` settings section: defaults from the contract, merged from every source.

Sources, later winning: defaults, ``initializationOptions``, ``workspace/configuration``,
``workspace/didChangeConfiguration`` (the server calls :func:`merge` for each), and for the
command line its flags. Keys are the contract's nested camelCase keys.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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
    "dataset": {"path": ".l2j/dataset.sqlite", "record": True},
    "cache": {"enabled": True, "path": ".l2j/cache.sqlite"},
}


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
    dataset_path: Path
    dataset_record: bool
    cache_enabled: bool
    cache_path: Path

    @classmethod
    def resolve(
        cls,
        raw: Mapping[str, Any] | None = None,
        root: Path | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> Settings:
        env = os.environ if environ is None else environ
        data = merge(DEFAULTS, raw or {})
        root = (root or Path.cwd()).resolve()

        def path(value: Any, key: str) -> Path:
            if not isinstance(value, str) or not value:
                raise SettingsError(f"l2j.{key} must be a non-empty path, got {value!r}")
            p = Path(os.path.expanduser(value))
            return p if p.is_absolute() else root / p

        def number(value: Any, key: str, kind: type) -> Any:
            try:
                return kind(value)
            except (TypeError, ValueError):
                raise SettingsError(f"l2j.{key} must be a number, got {value!r}") from None

        backend = data["backend"]
        if backend not in BACKENDS:
            raise SettingsError(f"l2j.backend is {backend!r}; use one of: {', '.join(BACKENDS)}")
        llm = data["llm"]
        base_url = env.get("L2J_LLM_BASE_URL") or str(llm["baseUrl"])
        return cls(
            root=root,
            backend=backend,
            llm=LlmSettings(
                base_url=base_url.rstrip("/"),
                model=str(llm["model"]),
                api_key_env=str(llm["apiKeyEnv"]),
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
            dataset_path=path(data["dataset"]["path"], "dataset.path"),
            dataset_record=bool(data["dataset"]["record"]),
            cache_enabled=bool(data["cache"]["enabled"]),
            cache_path=path(data["cache"]["path"], "cache.path"),
        )
