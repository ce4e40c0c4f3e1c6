"""The ``llm`` backend: Java to Go through an OpenAI-compatible chat API (docs/llm.md)."""

from l2j_lsp.backends.llm.backend import LlmBackend
from l2j_lsp.backends.llm.config import LlmConfig

__all__ = ["LlmBackend", "LlmConfig"]
