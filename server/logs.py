"""Python logging to ``window/logMessage``, with secrets redacted on the way out."""

from __future__ import annotations

import logging
from collections.abc import Callable

from lsprotocol import types

from l2j_lsp.redact import redact

_LEVELS = {
    logging.ERROR: types.MessageType.Error,
    logging.WARNING: types.MessageType.Warning,
    logging.INFO: types.MessageType.Info,
}


class LspLogHandler(logging.Handler):
    def __init__(self, send: Callable[[types.LogMessageParams], None]) -> None:
        super().__init__(level=logging.INFO)
        self._send = send

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = redact(self.format(record))
            kind = _LEVELS.get(record.levelno, types.MessageType.Log)
            self._send(types.LogMessageParams(type=kind, message=message))
        except Exception:  # a log line must never take the server down
            self.handleError(record)
