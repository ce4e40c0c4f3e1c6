"""A real OpenAI-compatible HTTP server on 127.0.0.1 for tests, scriptable per request.

Start it with the ``openai_server`` pytest fixture (import it into a conftest.py:
``from tests.support.openai_server import openai_server  # noqa: F401``) or by hand::

    with OpenAIServer() as server:
        LlmConfig(base_url=server.base_url, model="test/model")

It serves ``POST /v1/chat/completions`` (streamed as SSE, or one JSON body when the request
has no ``"stream": true``) and ``GET /v1/models``. Every request gets the next one-shot
behaviour from a FIFO queue, or, when the queue is empty, ``server.responder(request_json)``.
The default responder answers any request with a fenced Go block built by
``canned_go_answer`` (a method with a receiver named after the enclosing type, a struct for a
class, a whole file for a file), so end-to-end tests get Go that parses.

Behaviours (frozen dataclasses, all in this module):

- ``Reply(text, chunk_size=16, delay_s=0, per_chunk_delay_s=0, finish_reason="stop",
  usage=True)``: stream ``text`` in pieces of ``chunk_size`` characters. ``delay_s`` waits
  before the response headers, ``per_chunk_delay_s`` between chunks. A usage chunk follows
  when the request asked for it (``stream_options.include_usage``) and ``usage`` is true;
  its ``completion_tokens`` is the number of content chunks.
- ``Status(code, retry_after=None, message="", echo_authorization=False)``: an error status
  with an OpenAI-style ``{"error": {"message", "code"}}`` body and, if given, a
  ``Retry-After`` header; ``echo_authorization`` quotes the request's ``Authorization``
  header in the message, as some proxies do.
- ``Stall(first_text="```go\\n")``: headers and one content chunk, then silence until the
  client disconnects (recorded) or the server stops.
- ``MidStreamError(message, code=None, after_text="```go\\nfunc", error_object=True)``:
  some content, then an OpenRouter-style error chunk (``"error": {...}`` plus
  ``finish_reason: "error"``; only the finish reason when ``error_object`` is false).
- ``Drop(after_text)``: some content, then the connection is closed mid-body.
- ``Garbage(body="data: <html>...")``: a 200 event stream whose data is not JSON.

Inspection (all thread-safe): ``server.requests`` (every ``RecordedRequest(method, path,
headers, json)``, header names lower-case), ``server.chat_requests`` (the completions
only), ``server.in_flight`` / ``server.max_in_flight`` (concurrent completions requests),
``server.disconnects`` (client disconnects seen mid-response) and
``server.wait_for_disconnect(timeout_s)``. ``OpenAIServer(api_key="k")`` answers 401 to any
other bearer token.
"""

from __future__ import annotations

import json
import re
import select
import socket
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest


@dataclass(frozen=True)
class Reply:
    text: str
    chunk_size: int = 16
    delay_s: float = 0.0
    per_chunk_delay_s: float = 0.0
    finish_reason: str = "stop"
    usage: bool = True


@dataclass(frozen=True)
class Status:
    code: int
    retry_after: str | None = None
    message: str = ""
    echo_authorization: bool = False


@dataclass(frozen=True)
class Stall:
    first_text: str = "```go\n"


@dataclass(frozen=True)
class MidStreamError:
    message: str
    code: int | str | None = None
    after_text: str = "```go\nfunc"
    error_object: bool = True


@dataclass(frozen=True)
class Drop:
    after_text: str


@dataclass(frozen=True)
class Garbage:
    body: str = "data: <html><body>502 Bad Gateway</body></html>\n\n"


Behaviour = Reply | Status | Stall | MidStreamError | Drop | Garbage
Responder = Callable[[dict[str, Any]], Behaviour]


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]
    json: dict[str, Any] | None = field(default=None)

    @property
    def body(self) -> dict[str, Any]:
        """The JSON body of a request that had one (chat completions always do)."""
        assert self.json is not None, f"{self.method} {self.path} had no JSON body"
        return self.json


class _ClientGone(Exception):
    """The client closed the connection while we were answering."""


class OpenAIServer:
    def __init__(
        self,
        responder: Responder | None = None,
        *,
        models: tuple[str, ...] = ("test/model",),
        api_key: str | None = None,
    ) -> None:
        self.responder: Responder = responder or default_responder
        self.models = models
        self.api_key = api_key
        self.requests: list[RecordedRequest] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.disconnects = 0
        self._queue: deque[Behaviour] = deque()
        self._lock = threading.Condition()
        self._stopping = threading.Event()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- life cycle ------------------------------------------------------------------------

    def start(self) -> OpenAIServer:
        handler = type("Handler", (_Handler,), {"owner": self})
        self._httpd = _Listener(("127.0.0.1", 0), handler)
        # A short poll keeps stop(), and so every test's teardown, fast.
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.02},
            name="openai-test-server",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> OpenAIServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._httpd is not None, "the server is not started"
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    # -- scripting and inspection ----------------------------------------------------------

    def enqueue(self, *behaviours: Behaviour) -> None:
        with self._lock:
            self._queue.extend(behaviours)

    @property
    def chat_requests(self) -> list[RecordedRequest]:
        with self._lock:
            return [r for r in self.requests if r.path.endswith("/chat/completions")]

    def wait_for_disconnect(self, timeout_s: float = 5.0) -> bool:
        with self._lock:
            return self._lock.wait_for(lambda: self.disconnects > 0, timeout=timeout_s)

    def _next_behaviour(self, body: dict[str, Any]) -> Behaviour:
        with self._lock:
            if self._queue:
                return self._queue.popleft()
        return self.responder(body)

    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(request)

    def _enter(self) -> None:
        with self._lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)

    def _leave(self, disconnected: bool) -> None:
        with self._lock:
            self.in_flight -= 1
            if disconnected:
                self.disconnects += 1
                self._lock.notify_all()


class _Listener(ThreadingHTTPServer):
    # The stdlib's backlog of 5 resets connections when a benchmark opens 16 at once.
    request_queue_size = 128
    daemon_threads = True


class _Handler(BaseHTTPRequestHandler):
    owner: OpenAIServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: pytest output is for the tests."""

    def do_GET(self) -> None:
        self.owner._record(RecordedRequest("GET", self.path, self._headers()))
        if not self._authorised():
            return
        if self.path.rstrip("/") != "/v1/models":
            self._send_json(404, {"error": {"message": f"no route {self.path}", "code": 404}})
            return
        data = [
            {"id": m, "object": "model", "created": 0, "owned_by": "test"}
            for m in self.owner.models
        ]
        self._send_json(200, {"object": "list", "data": data})

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        raw = self.rfile.read(length)
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            body = None
        self.owner._record(RecordedRequest("POST", self.path, self._headers(), body))
        if not self._authorised():
            return
        if self.path.rstrip("/") != "/v1/chat/completions" or not isinstance(body, dict):
            self._send_json(404, {"error": {"message": f"no route {self.path}", "code": 404}})
            return
        self.owner._enter()
        gone = False
        try:
            self._answer(body, self.owner._next_behaviour(body))
        except (_ClientGone, BrokenPipeError, ConnectionResetError):
            gone = True
            self.close_connection = True
        finally:
            self.owner._leave(gone)

    # -- answers ---------------------------------------------------------------------------

    def _answer(self, body: dict[str, Any], behaviour: Behaviour) -> None:
        model = str(body.get("model", ""))
        if isinstance(behaviour, Status):
            extra = {"Retry-After": behaviour.retry_after} if behaviour.retry_after else {}
            message = behaviour.message or f"test server status {behaviour.code}"
            if behaviour.echo_authorization:
                message += f" (request had Authorization: {self.headers.get('Authorization')})"
            self._send_json(
                behaviour.code, {"error": {"message": message, "code": behaviour.code}}, extra
            )
            return
        if isinstance(behaviour, Reply) and not body.get("stream"):
            time.sleep(behaviour.delay_s)
            self._send_json(200, _completion(model, behaviour.text, behaviour.finish_reason))
            return
        if isinstance(behaviour, Reply):
            time.sleep(behaviour.delay_s)
        self._start_stream()
        if isinstance(behaviour, Garbage):
            self._write_chunk(behaviour.body)
            self._end_stream()
            return
        if isinstance(behaviour, Reply):
            self._stream_reply(body, model, behaviour)
            return
        text = behaviour.first_text if isinstance(behaviour, Stall) else behaviour.after_text
        if text:
            self._send_event(_chunk(model, {"content": text}))
        if isinstance(behaviour, Stall):
            self._wait_until_client_leaves()
        elif isinstance(behaviour, Drop):
            self.connection.shutdown(socket.SHUT_RDWR)
            self.close_connection = True
        else:
            event = _chunk(model, {}, "error")
            if behaviour.error_object:
                event["error"] = {"message": behaviour.message, "code": behaviour.code}
            self._send_event(event)
            self._write_chunk("data: [DONE]\n\n")
            self._end_stream()

    def _stream_reply(self, body: dict[str, Any], model: str, reply: Reply) -> None:
        size = max(1, reply.chunk_size)
        pieces = [reply.text[i : i + size] for i in range(0, len(reply.text), size)]
        self._send_event(_chunk(model, {"role": "assistant", "content": ""}))
        for piece in pieces:
            time.sleep(reply.per_chunk_delay_s)
            self._send_event(_chunk(model, {"content": piece}))
        self._send_event(_chunk(model, {}, reply.finish_reason))
        options = body.get("stream_options") or {}
        if reply.usage and options.get("include_usage"):
            usage = {
                "prompt_tokens": _approx_tokens(body),
                "completion_tokens": len(pieces),
                "total_tokens": _approx_tokens(body) + len(pieces),
            }
            self._send_event({**_chunk(model, {}), "choices": [], "usage": usage})
        self._write_chunk("data: [DONE]\n\n")
        self._end_stream()

    def _wait_until_client_leaves(self) -> None:
        while not self.owner._stopping.is_set():
            readable, _, _ = select.select([self.connection], [], [], 0.05)
            # The client sends nothing while it waits for this response, so a readable
            # socket means it closed (EOF) or reset the connection.
            if readable and not self.connection.recv(1, socket.MSG_PEEK):
                raise _ClientGone
        self.close_connection = True

    # -- HTTP plumbing ---------------------------------------------------------------------

    def _headers(self) -> dict[str, str]:
        return {k.lower(): v for k, v in self.headers.items()}

    def _authorised(self) -> bool:
        expected = self.owner.api_key
        if expected is None or self.headers.get("Authorization") == f"Bearer {expected}":
            return True
        self._send_json(401, {"error": {"message": "invalid API key", "code": 401}})
        return False

    def _send_json(
        self, status: int, payload: dict[str, Any], headers: dict[str, str] | None = None
    ) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def _start_stream(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()

    def _send_event(self, event: dict[str, Any]) -> None:
        self._write_chunk(f"data: {json.dumps(event)}\n\n")

    def _write_chunk(self, text: str) -> None:
        data = text.encode()
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))

    def _end_stream(self) -> None:
        self.wfile.write(b"0\r\n\r\n")


def _chunk(model: str, delta: dict[str, Any], finish_reason: str | None = None) -> dict[str, Any]:
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}],
    }


def _completion(model: str, text: str, finish_reason: str) -> dict[str, Any]:
    tokens = max(1, len(text) // 4)
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": text},
                "finish_reason": finish_reason,
            }
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": tokens, "total_tokens": tokens + 1},
    }


def _approx_tokens(body: dict[str, Any]) -> int:
    return max(1, len(json.dumps(body.get("messages", []))) // 4)


# -- the default answer: plausible Go for whatever Java the prompt holds -------------------

_JAVA_BLOCK = re.compile(r"```java\n(.*?)```", re.S)
_TYPE_DECL = re.compile(r"\b(class|interface|enum|record)\s+([A-Za-z_]\w*)")
_METHOD = re.compile(
    r"(?:^|(?<=[{};]))[ \t]*"
    r"(?:(?:public|protected|private|static|final|abstract|synchronized|native|default)\s+)*"
    r"(?:<[^>]*>\s*)?[\w.<>\[\], ?]+?\s+([a-zA-Z_]\w*)\s*\([^)]*\)\s*(?:throws [\w., ]+)?\{",
    re.M,
)
_FACT = re.compile(r"^(Scope|Enclosing type|Go package):[ \t]*([\w.]+)", re.M)
_KEYWORDS = frozenset({"if", "for", "while", "switch", "catch", "return", "new", "synchronized"})


def _last_user_text(request_json: dict[str, Any]) -> str:
    for message in reversed(request_json.get("messages") or []):
        if message.get("role") != "user":
            continue
        content = message.get("content")
        if isinstance(content, list):
            return "\n".join(str(p.get("text", "")) for p in content if isinstance(p, dict))
        return str(content or "")
    return ""


def _go_method_name(java_name: str, public: bool) -> str:
    for prefix, keep in (("get", ""), ("is", "Is"), ("set", "Set")):
        rest = java_name[len(prefix) :]
        if java_name.startswith(prefix) and rest[:1].isupper():
            return keep + rest
    head = java_name[:1].upper() if public else java_name[:1].lower()
    return head + java_name[1:]


def _receiver(type_name: str) -> str:
    bare = type_name.removeprefix("L2") or type_name
    return bare[:1].lower()


def _java_methods(java: str, type_name: str) -> tuple[list[str], bool]:
    """The Go names of the Java methods in order (overloads once), and whether the Java
    declares a constructor of ``type_name``."""
    names: list[str] = []
    constructor = False
    for match in _METHOD.finditer(java):
        name = match.group(1)
        if name == type_name.rsplit(".", 1)[-1]:
            constructor = True
        elif name not in _KEYWORDS:
            go = _go_method_name(name, "public" in match.group(0).split("(")[0])
            if go not in names:
                names.append(go)
    return names, constructor


def canned_go_answer(request_json: dict[str, Any]) -> str:
    """A fenced Go answer for a chat request that holds Java: the method (with a receiver on
    the enclosing type), the type with its methods, or the whole file, as the prompt's
    ``Scope:`` line asks (guessed from the Java when there is none)."""
    text = _last_user_text(request_json)
    facts = dict(_FACT.findall(text))
    java_match = _JAVA_BLOCK.search(text)
    java = java_match.group(1) if java_match else text
    type_match = _TYPE_DECL.search(java) or _TYPE_DECL.search(text)
    java_type = facts.get("Enclosing type") or (type_match.group(2) if type_match else "Migrated")
    go_type = java_type.replace(".", "")
    scope = facts.get("Scope") or ("method" if "Enclosing type" in facts else "class")
    methods, constructor = _java_methods(java, java_type)
    if scope == "method":
        if methods:
            body = _method_go(go_type, methods[0])
        elif constructor:
            body = _constructor_go(go_type)
        else:
            body = _method_go(go_type, "Migrated")
    else:
        body = f"type {go_type} struct {{\n}}\n"
        if constructor:
            body += "\n" + _constructor_go(go_type)
        for name in methods:
            body += "\n" + _method_go(go_type, name)
        if scope == "file":
            body = f"package {facts.get('Go package', 'main').split('.')[-1]}\n\n{body}"
    return f"```go\n{body}```\n"


def _method_go(go_type: str, go_name: str) -> str:
    recv = _receiver(go_type)
    return f"func ({recv} *{go_type}) {go_name}() {{\n\t// migrated by the test server\n}}\n"


def _constructor_go(go_type: str) -> str:
    return f"func New{go_type}() *{go_type} {{\n\treturn &{go_type}{{}}\n}}\n"


def default_responder(request_json: dict[str, Any]) -> Behaviour:
    return Reply(canned_go_answer(request_json))


@pytest.fixture
def openai_server() -> Iterator[OpenAIServer]:
    """A started OpenAIServer with the default responder, stopped after the test."""
    with OpenAIServer() as server:
        yield server


def main() -> None:
    """``python -m tests.support.openai_server [--latency S]``: serve canned answers from
    a process of its own (benchmarks, so the server does not share the client's GIL);
    prints the base URL on the first line, runs until stdin closes."""
    import argparse
    import sys

    parser = argparse.ArgumentParser()
    parser.add_argument("--latency", type=float, default=0.0, help="seconds before answering")
    latency = parser.parse_args().latency

    def responder(request_json: dict[str, Any]) -> Behaviour:
        return Reply(canned_go_answer(request_json), delay_s=latency)

    with OpenAIServer(responder=responder) as server:
        print(server.base_url, flush=True)
        sys.stdin.read()


if __name__ == "__main__":
    main()
