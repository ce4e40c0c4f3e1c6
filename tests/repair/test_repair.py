"""The repair loop against the real loopback OpenAI server and the real Go type check."""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from l2j_lsp.backends.base import TranslationRequest, TranslationResult
from l2j_lsp.backends.llm import LlmBackend, LlmConfig
from l2j_lsp.module.repair import Target, repair
from tests.repair.conftest import BAD, GOOD
from tests.support.openai_server import OpenAIServer, Reply

KEY = "Calc.Weird"


@pytest.fixture
def server() -> Iterator[OpenAIServer]:
    with OpenAIServer() as srv:
        yield srv


@pytest.fixture
async def backend(server: OpenAIServer) -> AsyncIterator[LlmBackend]:
    b = LlmBackend(
        LlmConfig(base_url=server.base_url, model="test/model", backoff_base_s=0.01),
        environ={},
        rng=random.Random(0),
    )
    yield b
    await b.aclose()


def target(module: Path) -> Target:
    java = "public String weird(Object o) throws Exception { /* reflection */ }"
    return Target(module, "demo/calc.go", KEY, java, "/src/demo/Calc.java", 11)


def prompt(server: OpenAIServer, k: int) -> str:
    return str(server.chat_requests[k].body["messages"][-1]["content"])


async def test_a_failing_answer_then_a_fixed_one(
    calc_module: Path, server: OpenAIServer, backend: LlmBackend
) -> None:
    before = (calc_module / "demo" / "calc.go").read_text()
    server.enqueue(Reply(BAD), Reply(GOOD))
    stages: list[str] = []
    res = await repair(target(calc_module), backend, 3, stages.append)
    assert res.ok, res.message
    assert res.rounds == 2
    assert "fmt.Sprint(o)" in res.go and res.go.startswith("func (c *Calc) Weird(o any) string")
    assert '"fmt"' in res.file_text and "l2j: not migrated" not in res.file_text
    # The stub's import nothing uses any more is gone; the rest of the file is untouched.
    assert "lang/reflect" not in res.file_text and "func (c *Calc) Add(" in res.file_text
    assert res.errors == ["not migrated: unknown method java.lang.Class.getMethod"]
    assert (calc_module / "demo" / "calc.go").read_text() == before  # nothing written
    first, second = prompt(server, 0), prompt(server, 1)
    assert "weird(Object o)" in first and "l2j: not migrated" in first
    assert "package `java`" in str(server.chat_requests[0].body["messages"][0]["content"])
    # The second round gets the first answer and the compiler's error for it.
    assert "return o" in second and "cannot use o" in second
    assert any("round 2/3" in s for s in stages)


async def test_gives_up_after_n_rounds(
    calc_module: Path, server: OpenAIServer, backend: LlmBackend
) -> None:
    server.enqueue(Reply(BAD), Reply(BAD))
    res = await repair(target(calc_module), backend, 2)
    assert not res.ok
    assert res.message.startswith(f"{KEY} still fails after 2 round(s): line 2 of the Go")
    assert "cannot use o" in res.message
    assert res.go == "" and res.file_text == ""
    assert len(server.chat_requests) == 2


async def test_prose_or_another_function_is_a_failed_round(
    calc_module: Path, server: OpenAIServer, backend: LlmBackend
) -> None:
    other = "```go\nfunc (c *Calc) Other() {\n}\n```"
    server.enqueue(Reply("Sorry, I cannot translate reflection."), Reply(other), Reply(GOOD))
    res = await repair(target(calc_module), backend, 3)
    assert res.ok and res.rounds == 3
    assert "not usable: the model answered with prose" in prompt(server, 1)
    assert "does not declare Calc.Weird" in prompt(server, 2)


async def test_only_prose_gives_up_clearly(
    calc_module: Path, server: OpenAIServer, backend: LlmBackend
) -> None:
    server.enqueue(Reply("no"), Reply("still no"))
    res = await repair(target(calc_module), backend, 2)
    assert not res.ok and "still fails after 2 round(s)" in res.message
    assert "prose" in res.message


async def test_cancel_mid_repair_applies_nothing(
    calc_module: Path, server: OpenAIServer, backend: LlmBackend
) -> None:
    before = (calc_module / "demo" / "calc.go").read_text()
    server.enqueue(Reply(BAD), Reply(GOOD, delay_s=30))
    task = asyncio.ensure_future(repair(target(calc_module), backend, 3))
    for _ in range(600):  # the second round's request is in flight
        if len(server.chat_requests) == 2 and server.in_flight:
            break
        await asyncio.sleep(0.05)
    assert len(server.chat_requests) == 2
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert (calc_module / "demo" / "calc.go").read_text() == before


async def test_a_function_that_is_not_there(calc_module: Path, backend: LlmBackend) -> None:
    t = target(calc_module)
    t.key = "Calc.Missing"
    res = await repair(t, backend, 2)
    assert not res.ok and "no function Calc.Missing" in res.message


async def test_a_function_that_compiles_asks_no_model(
    calc_module: Path, server: OpenAIServer, backend: LlmBackend
) -> None:
    t = target(calc_module)
    t.key = "Calc.Add"
    res = await repair(t, backend, 2)
    assert res.ok and res.rounds == 0 and "already compiles" in res.message
    assert server.chat_requests == []


class DraftOnly:
    """A backend without a chat (as the HRM): the repair sends the Go as the draft and the
    errors as context."""

    name = "hrm"
    model_id = "fake"

    def __init__(self) -> None:
        self.requests: list[TranslationRequest] = []

    async def translate(
        self, request: TranslationRequest, on_token: object = None
    ) -> TranslationResult:
        self.requests.append(request)
        go = 'import "fmt"\n\nfunc (c *Calc) Weird(o any) string {\n\treturn fmt.Sprint(o)\n}\n'
        return TranslationResult(go=go, backend=self.name, model="fake")

    async def aclose(self) -> None:
        return None


async def test_a_backend_without_chat_gets_the_errors_and_the_go(calc_module: Path) -> None:
    fake = DraftOnly()
    res = await repair(target(calc_module), fake, 2)
    assert res.ok and res.rounds == 1 and res.backend == "hrm"
    [request] = fake.requests
    assert "l2j: not migrated" in request.draft and "getMethod" in request.context
    assert request.name == KEY and "weird(Object o)" in request.java
