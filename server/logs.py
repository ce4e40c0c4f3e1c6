"""Python logging to ``window/logMessage``, with secrets redacted on the way out."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable

from lsprotocol import types

_LEVELS = {
    logging.ERROR: types.MessageType.Error,
    logging.WARNING: types.MessageType.Warning,
    logging.INFO: types.MessageType.Info,
}


class Redactor:
    """Masks the values of the environment variables that hold API keys."""

    def __init__(self) -> None:
        self.env_names: set[str] = {"OPENROUTER_API_KEY", "OPENAI_API_KEY"}

    def __call__(self, text: str) -> str:
        for name in self.env_names:
            secret = os.environ.get(name)
            if secret and len(secret) >= 4:
                text = text.replace(secret, "***")
        return text


class LspLogHandler(logging.Handler):
    def __init__(self, send: Callable[[types.LogMessageParams], None], redact: Redactor) -> None:
        super().__init__(level=logging.INFO)
        self._send = send
        self._redact = redact

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = self._redact(self.format(record))
            kind = _LEVELS.get(record.levelno, types.MessageType.Log)
            self._send(types.LogMessageParams(type=kind, message=message))
        except Exception:  # a log line must never take the server down
            self.handleError(record)
