"""Work-done progress for one command, and the wiring of both ways a client cancels to the
asyncio task doing the work: ``$/cancelRequest`` and ``window/workDoneProgress/cancel``.

pygls marks a cancelled request's future as cancelled but leaves a running command's task
alone, and only records progress cancels; :class:`CancelScope` makes both cancel the task.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from concurrent.futures import Future
from typing import Any

from lsprotocol import types
from pygls.lsp.server import LanguageServer


class Progress:
    """Reports begin/report/end when the client supports work-done progress; a no-op
    otherwise. Reports are throttled so a fast stream does not flood the client."""

    def __init__(self, server: LanguageServer, title: str) -> None:
        self._server = server
        self._title = title
        self.token: str | None = None
        self._last = 0.0
        window = server.client_capabilities.window
        self._enabled = bool(window and window.work_done_progress)

    async def begin(self, message: str, cancellable: bool = True) -> None:
        if not self._enabled:
            return
        token = f"l2j-{uuid.uuid4()}"
        try:
            await self._server.work_done_progress.create_async(token)
        except Exception:  # the client refused: go on without progress
            return
        self.token = token
        self._server.work_done_progress.begin(
            token,
            types.WorkDoneProgressBegin(
                title=self._title, message=message, cancellable=cancellable
            ),
        )

    def report(self, message: str, force: bool = False) -> None:
        now = time.monotonic()
        if self.token is None or (not force and now - self._last < 0.1):
            return
        self._last = now
        self._server.work_done_progress.report(
            self.token, types.WorkDoneProgressReport(message=message)
        )

    def end(self, message: str) -> None:
        if self.token is None:
            return
        self._server.work_done_progress.end(self.token, types.WorkDoneProgressEnd(message=message))
        self._server.work_done_progress.tokens.pop(self.token, None)
        self.token = None

    def cancel_future(self) -> Future[Any] | None:
        if self.token is None:
            return None
        return self._server.work_done_progress.tokens.get(self.token)


class CancelScope:
    """Follows the current request (a command) and, once given one, its progress: a cancel
    of either cancels the task set with :meth:`guard`.

    Made when the command starts, so a cancel that comes before the work does counts too.
    ``by_user`` tells afterwards whether a cancel came from the client.
    """

    def __init__(self, server: LanguageServer) -> None:
        self._task: asyncio.Task[Any] | None = None
        self.by_user = False
        protocol: Any = server.protocol
        # The id of the request being served (the command's), when there is one.
        self.msg_id: int | str | None = protocol.msg_id
        if self.msg_id is None:
            return
        request: Future[Any] | None = protocol._request_futures.get(self.msg_id)
        if request is None:
            self.by_user = True  # pygls already dropped it: cancelled before we began
        else:
            request.add_done_callback(self._on_request_done)

    def guard(self, task: asyncio.Task[Any]) -> None:
        self._task = task
        if self.by_user:
            task.cancel()

    def _on_request_done(self, future: Future[Any]) -> None:
        if future.cancelled():
            self._cancel()

    def watch_progress(self, progress: Progress) -> None:
        future = progress.cancel_future()
        if future is not None:
            future.add_done_callback(lambda f: self._cancel() if f.cancelled() else None)

    def _cancel(self) -> None:
        self.by_user = True
        if self._task is not None:
            self._task.get_loop().call_soon_threadsafe(self._task.cancel)
