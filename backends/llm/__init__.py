"""The ``llm`` backend: Java to Go through an OpenAI-compatible chat API (docs/llm.md)."""

from backends.llm.backend import LlmBackend
from backends.llm.config import LlmConfig

__all__ = ["LlmBackend", "LlmConfig"]
