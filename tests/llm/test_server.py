"""The loopback OpenAI server other tests rely on."""

from __future__ import annotations

import openai
import pytest

from l2j_lsp.backends.base import TranslationRequest
from l2j_lsp.backends.llm.extract import extract_go
from l2j_lsp.backends.llm.prompt import build_messages
from l2j_lsp.migration.validate import go_syntax_error
from tests.support.openai_server import OpenAIServer, Reply, canned_go_answer

JAVA_CLASS = """public class L2Item {
    private int _count;

    public L2Item(int count) {
        _count = count;
    }

    public int getCount() {
        return _count;
    }

    public boolean isStackable() {
        return true;
    }

    void setCount(int count) {
        _count = count;
    }
}"""


def _request(scope: str, java: str, name: str) -> dict[str, object]:
    request = TranslationRequest(
        java=java, scope=scope, name=name, go_package="model",  # type: ignore[arg-type]
        enclosing_type="L2Item" if scope == "method" else "",
    )  # fmt: skip
    return {"model": "m", "messages": build_messages(request)}


def test_canned_answer_for_a_method_has_a_receiver_on_the_enclosing_type() -> None:
    answer = canned_go_answer(
        _request("method", "public int getCount() {\n\treturn _count;\n}", "getCount")
    )
    go = extract_go(answer, "method")
    assert go.startswith("func (i *L2Item) Count() {")


def test_canned_answer_for_a_constructor_is_a_new_function() -> None:
    answer = canned_go_answer(
        _request("method", "public L2Item(int count) {\n\t_count = count;\n}", "L2Item")
    )
    assert extract_go(answer, "method").startswith("func NewL2Item() *L2Item {")


def test_canned_answers_for_a_class_and_a_file_parse() -> None:
    go = extract_go(canned_go_answer(_request("class", JAVA_CLASS, "L2Item")), "class")
    assert "type L2Item struct" in go and "func NewL2Item()" in go
    for name in ("Count()", "IsStackable()", "SetCount()"):
        assert f"func (i *L2Item) {name}" in go
    whole = extract_go(canned_go_answer(_request("file", JAVA_CLASS, "L2Item.java")), "file")
    assert whole.startswith("package model\n") and go_syntax_error(whole) is None


def test_canned_answer_without_our_prompt_still_gives_go() -> None:
    body = {
        "messages": [
            {"role": "user", "content": "Translate:\n```java\nclass Foo { void bar() {} }\n```"}
        ]
    }
    go = extract_go(canned_go_answer(body), "class")
    assert "type Foo struct" in go and "func (f *Foo) bar()" in go


async def test_non_streamed_completion_and_models(openai_server: OpenAIServer) -> None:
    openai_server.enqueue(Reply("hello"))
    async with openai.AsyncOpenAI(
        base_url=openai_server.base_url, api_key="k", max_retries=0
    ) as client:
        completion = await client.chat.completions.create(
            model="test/model", messages=[{"role": "user", "content": "hi"}]
        )
        assert completion.choices[0].message.content == "hello"
        models = await client.models.list()
        assert [m.id for m in models.data] == ["test/model"]
    assert [r.path for r in openai_server.requests] == ["/v1/chat/completions", "/v1/models"]
    assert openai_server.requests[0].headers["authorization"] == "Bearer k"


async def test_api_key_is_enforced_when_set() -> None:
    with OpenAIServer(api_key="right") as server:
        async with openai.AsyncOpenAI(
            base_url=server.base_url, api_key="wrong", max_retries=0
        ) as client:
            with pytest.raises(openai.AuthenticationError):
                await client.models.list()
