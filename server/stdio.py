"""``l2j-lsp serve`` over stdio, stopping as soon as the client is gone.

pygls reads stdin on a blocking thread and keeps serving after stdout breaks, so a server
whose editor died went on decoding for nobody, writing a BrokenPipe traceback for each
message. Here stdin is read without a thread (so the loop can stop at any time), and
the server stops when stdin ends, or stdout is closed at the other end (seen at once for a
pipe, without waiting for the next write to fail): running translations are cancelled,
the backends closed (an HRM decode stops at its next token), and the process exits.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import select
import stat
import sys
import threading
from collections.abc import Callable
from typing import BinaryIO

from pygls.io_ import StdinAsyncReader, run_async

from l2j_lsp.server.app import L2jServer

log = logging.getLogger("l2j.server")


class ClientWriter:
    """stdout for pygls: the first write that fails means the client is gone; later
    writes are dropped instead of raising again."""

    def __init__(self, stream: BinaryIO, on_gone: Callable[[], None]) -> None:
        self._stream = stream
        self._on_gone = on_gone
        self._lock = threading.Lock()  # log lines may come from worker threads
        self.gone = False

    def write(self, data: bytes) -> None:
        with self._lock:
            if self.gone:
                return
            try:
                self._stream.write(data)
                self._stream.flush()
            except (OSError, ValueError):  # a broken pipe, or a closed file
                self.gone = True
            else:
                return
        self._on_gone()  # once: later writes return above

    def close(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self._stream.close()


async def _stdin_reader(stdin: BinaryIO) -> asyncio.StreamReader | StdinAsyncReader:
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    try:
        await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), stdin)
    except (ValueError, OSError, NotImplementedError):
        # Not a pipe (a regular file, some platforms): pygls' thread reader does.
        return StdinAsyncReader(stdin)
    return reader


def _watch_reader_end(stdout: BinaryIO, on_gone: Callable[[], None]) -> None:
    """When stdout is a pipe, call ``on_gone`` once its reader closes it: the loop wakes on
    the pipe's error condition, the only event the write end of a pipe ever reports."""
    loop = asyncio.get_running_loop()
    try:
        fd = stdout.fileno()
        if not stat.S_ISFIFO(os.fstat(fd).st_mode):
            return
    except (OSError, ValueError):
        return

    def check() -> None:
        poll = select.poll()
        poll.register(fd, select.POLLOUT)
        if any(events & (select.POLLERR | select.POLLHUP) for _, events in poll.poll(0)):
            loop.remove_reader(fd)
            on_gone()

    with contextlib.suppress(OSError, ValueError, NotImplementedError):
        loop.add_reader(fd, check)


async def serve_stdio(server: L2jServer, stdin: BinaryIO, stdout: BinaryIO) -> None:
    loop = asyncio.get_running_loop()
    main = asyncio.current_task()
    assert main is not None
    gone = threading.Event()

    def client_gone() -> None:
        if gone.is_set():
            return
        gone.set()
        print("l2j-lsp: the client stopped reading (stdout closed): stopping", file=sys.stderr)
        loop.call_soon_threadsafe(main.cancel)

    writer = ClientWriter(stdout, client_gone)
    server.protocol.set_writer(writer)
    _watch_reader_end(stdout, client_gone)
    reader = await _stdin_reader(stdin)
    try:
        await run_async(
            stop_event=threading.Event(),
            reader=reader,
            protocol=server.protocol,
            logger=log,
            error_handler=server.report_server_error,
        )
    except (asyncio.CancelledError, asyncio.IncompleteReadError):
        pass  # the client went away (mid-message, or while we were writing)
    finally:
        await server.stop_work()


def start_stdio(server: L2jServer) -> None:
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve_stdio(server, sys.stdin.buffer, sys.stdout.buffer))
