from __future__ import annotations

import hashlib
import json

from l2j_lsp.backends.base import PROMPT_VERSION, TranslationRequest
from l2j_lsp.backends.llm.prompt import SYSTEM_PROMPT, build_messages

REQUEST = TranslationRequest(
    java="public int getCount() {\n\treturn _count;\n}",
    scope="method",
    name="getCount",
    go_package="model",
    context="package com.l2jserver.gameserver.model;\nclass L2Item { private int _count; }",
    source_file="com/l2jserver/gameserver/model/L2Item.java",
    kind="method",
    enclosing_type="L2Item",
    target_signature="func (i *L2Item) Count() int32",
    draft="func (i *L2Item) Count() int32 { return i.count }",
)

# The prompt text the cached answers of PROMPT_VERSION were made with. When this test fails
# because the prompt changed on purpose: bump PROMPT_VERSION in backends/base.py, then pin
# the new hash here.
PINNED = {"1": "508519ab98928f8c"}


def test_prompt_text_is_pinned_to_prompt_version() -> None:
    every_scope = [
        build_messages(TranslationRequest(java="x", scope=s, name="n", go_package="p"))
        for s in ("method", "class", "file")
    ]
    text = json.dumps([build_messages(REQUEST), every_scope])
    assert hashlib.sha256(text.encode()).hexdigest()[:16] == PINNED.get(PROMPT_VERSION)


def test_system_prompt_states_the_l2j_conventions_and_the_answer_format() -> None:
    messages = build_messages(REQUEST)
    assert messages[0] == {"role": "system", "content": SYSTEM_PROMPT}
    for rule in ("`_field`", "`getX()`", "`IsX()`", "`SetX(v)`", "`int32`", "`int64`", "`int8`"):
        assert rule in SYSTEM_PROMPT
    assert ">>>" in SYSTEM_PROMPT and "exactly one ```go fenced code block" in SYSTEM_PROMPT


def test_user_message_holds_the_request() -> None:
    user = build_messages(REQUEST)[1]
    assert user["role"] == "user"
    content = user["content"]
    assert "Scope: method" in content and "Enclosing type: L2Item" in content
    assert "Go package: model" in content
    assert "```java\npublic int getCount() {\n\treturn _count;\n}\n```" in content
    assert "class L2Item { private int _count; }" in content
    assert (
        "Implement exactly this Go signature:\n```go\nfunc (i *L2Item) Count() int32\n```"
        in content
    )
    assert "func (i *L2Item) Count() int32 { return i.count }" in content
    assert "no package clause" in content


def test_optional_parts_are_left_out_when_empty() -> None:
    request = TranslationRequest(java="class A {}", scope="file", name="A.java", go_package="model")
    content = build_messages(request)[1]["content"]
    assert "signature" not in content and "draft" not in content and "Context" not in content
    assert "starting with `package model`" in content
