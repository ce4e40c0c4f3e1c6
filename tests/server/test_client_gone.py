"""A client that dies mid-translation: the server stops decoding and exits, quietly.

The client here is raw JSON-RPC over the server's pipes, so that a test can close one pipe
the way a dying editor does."""

from __future__ import annotations

import asyncio
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

import torch

from l2j_lsp.hrm.tokenizer import EOS_ID
from tests.hrm.helpers import random_model

JAVA = "package a;\n\npublic class A {\n    int getHp() { return hp; }\n}\n"


class RawClient:
    def __init__(
        self,
        proc: asyncio.subprocess.Process,
        stdout: asyncio.StreamReader,
        stdout_pipe: asyncio.ReadTransport,
    ) -> None:
        self.proc = proc
        self.stdout = stdout
        # The client's end of the server's stdout: closing it is what a dying editor does.
        self.stdout_pipe = stdout_pipe
        self.next_id = 0

    @classmethod
    async def start(cls, root: Path) -> RawClient:
        read_fd, write_fd = os.pipe()
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "l2j_lsp", "serve",
            cwd=root, env={**os.environ, "OMP_NUM_THREADS": "1"},
            stdin=asyncio.subprocess.PIPE, stdout=write_fd, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        os.close(write_fd)
        stdout = asyncio.StreamReader()
        pipe, _ = await asyncio.get_running_loop().connect_read_pipe(
            lambda: asyncio.StreamReaderProtocol(stdout), os.fdopen(read_fd, "rb")
        )
        return cls(proc, stdout, pipe)

    def send(self, message: dict[str, Any]) -> None:
        assert self.proc.stdin is not None
        body = json.dumps({"jsonrpc": "2.0", **message}).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))

    def request(self, method: str, params: Any) -> int:
        self.next_id += 1
        self.send({"id": self.next_id, "method": method, "params": params})
        return self.next_id

    async def receive(self) -> dict[str, Any]:
        """The next message; the server's own requests are answered with null."""
        length = 0
        while (line := await self.stdout.readline()).strip():
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        message: dict[str, Any] = json.loads(await self.stdout.readexactly(length))
        if "method" in message and "id" in message:
            self.send({"id": message["id"], "result": None})
        return message

    async def start_decoding(self, root: Path) -> None:
        """Initialize, then migrate a method with a model that never ends its answer, until
        its first tokens arrive."""
        uri = (root / "A.java").as_uri()
        self.request(
            "initialize",
            {
                "processId": None,
                "rootUri": root.as_uri(),
                "capabilities": {"window": {"workDoneProgress": True}},
                "initializationOptions": {
                    "l2j": {
                        "backend": "hrm",
                        "hrm": {"checkpoint": "best.ckpt", "device": "cpu", "maxLength": 100000},
                    }
                },
            },
        )
        self.send({"method": "initialized", "params": {}})
        self.send(
            {
                "method": "textDocument/didOpen",
                "params": {"textDocument": {"uri": uri, "languageId": "java", "version": 1,
                                            "text": JAVA}},
            }
        )  # fmt: skip
        self.request(
            "workspace/executeCommand",
            {
                "command": "l2j.migrateToGo",
                "arguments": [{"uri": uri, "version": 1, "scope": "method", "name": "A.getHp",
                               "range": {"start": {"line": 3, "character": 4}}}],
            },
        )  # fmt: skip
        while True:
            message = await self.receive()
            value = (message.get("params") or {}).get("value") or {}
            if message.get("method") == "$/progress" and re.search(
                r"\d+ tokens? from hrm", str(value.get("message"))
            ):
                return

    async def stderr_until_exit(self) -> str:
        """Everything the server writes to stderr until it exits (its exit ends the test:
        a server that lingers would keep this waiting)."""
        assert self.proc.stderr is not None
        text = (await self.proc.stderr.read()).decode(errors="replace")
        await self.proc.wait()
        return text


def never_ending_model(path: Path) -> None:
    model = random_model(seed=0)
    with torch.no_grad():
        model.lm_head.weight[EOS_ID] = 0.0  # <eos> never wins: decoding runs to maxLength
    model.save_checkpoint(path)


async def test_the_server_exits_when_the_client_stops_reading(tmp_path: Path) -> None:
    never_ending_model(tmp_path / "best.ckpt")
    client = await RawClient.start(tmp_path)
    await client.start_decoding(tmp_path)
    # The editor dies: nobody reads the server's stdout any more (stdin stays open).
    client.stdout_pipe.close()
    stderr = await client.stderr_until_exit()
    assert "the client stopped reading (stdout closed): stopping" in stderr
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr, stderr[-2000:]
    assert client.proc.returncode == 0


async def test_the_server_exits_when_stdin_closes_mid_decode(tmp_path: Path) -> None:
    never_ending_model(tmp_path / "best.ckpt")
    client = await RawClient.start(tmp_path)
    await client.start_decoding(tmp_path)
    assert client.proc.stdin is not None
    client.proc.stdin.close()
    stderr = await client.stderr_until_exit()
    client.stdout_pipe.close()
    assert "Traceback" not in stderr, stderr[-2000:]
    assert client.proc.returncode == 0
