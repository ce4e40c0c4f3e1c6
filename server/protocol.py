"""The JSON-RPC edges pygls leaves open, closed for this server.

- A request whose parameters do not fit the LSP types (a negative position, a line past
  2^31) gets an ``InvalidParams`` error that says what is wrong; pygls logs it and sends
  nothing, so the client would wait for ever.
- A ``$/cancelRequest`` for a command whose edit is already in the user's hands cannot
  withdraw the edit: instead of answering "cancelled" while the edit goes on to be applied
  and recorded, the cancel is noted and the command's result says what happened.
"""

from __future__ import annotations

import logging
from typing import Any

import cattrs
from lsprotocol import types
from pygls.exceptions import JsonRpcInvalidParams
from pygls.protocol import JsonRPCRequestMessage, LanguageServerProtocol

log = logging.getLogger("l2j.server")

MsgId = int | str


class _Answered:
    """What :meth:`L2jProtocol.structure_message` returns for a request it already
    answered with an error: nothing more to handle."""

    jsonrpc = ""


ANSWERED = _Answered()


def _problems(exc: BaseException | None) -> str:
    """The leaf messages of a (cattrs) validation error, with where they were found."""
    if exc is None:
        return "malformed message"
    leaves: list[str] = []

    def walk(e: BaseException) -> None:
        if isinstance(e, BaseExceptionGroup):
            for inner in e.exceptions:
                walk(inner)
        else:
            leaves.append(str(e).rstrip(".") or type(e).__name__)

    walk(exc)
    where: list[str] = []
    if isinstance(exc, cattrs.ClassValidationError):
        where = [w.split(" @ ")[-1].removeprefix("$.") for w in cattrs.transform_error(exc)]
    text = "; ".join(dict.fromkeys(leaves))
    return f"{text} (at {', '.join(dict.fromkeys(where))})" if where else text


class L2jProtocol(LanguageServerProtocol):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Commands whose edit was sent: a cancel can no longer withdraw it.
        self.committed: set[MsgId] = set()
        # Of those, the ones a cancel arrived for anyway.
        self.late_cancels: set[MsgId] = set()

    def structure_message(self, data: dict[str, Any]) -> Any:
        if "jsonrpc" not in data or "id" not in data or "method" not in data:
            # Nested objects, responses and notifications: nobody waits for an answer.
            return super().structure_message(data)
        request_type = self.get_message_type(data["method"]) or JsonRPCRequestMessage
        try:
            return self._converter.structure(data, request_type)
        except Exception as exc:
            message = f"{data['method']}: invalid params: {_problems(exc)}"
            log.warning("%s", message)
            self._send_response(
                data["id"],
                error=types.ResponseError(code=JsonRpcInvalidParams.CODE, message=message),
            )
            return ANSWERED

    def handle_message(self, message: Any) -> None:
        if message is ANSWERED:
            return
        super().handle_message(message)

    def _handle_cancel_notification(self, msg_id: MsgId) -> None:
        if msg_id in self.committed:
            self.late_cancels.add(msg_id)
            log.info("request %s: the cancel came after the edit was offered", msg_id)
            return
        super()._handle_cancel_notification(msg_id)
