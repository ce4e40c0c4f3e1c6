"""What goes wrong, and how it ends: cancels, bad answers, unreachable servers, bad input.
Every case ends with a clear message, no edit sent and no file written."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import pytest
from lsprotocol import types

from l2j_lsp.server.project import BUILD_TITLE
from tests.server.conftest import llm_settings
from tests.server.lsp_session import SECRET, Session, start_session, stop_session
from tests.server.test_editor_loop import GO_REL, ITEM, REL, line_of, pairs
from tests.support.openai_server import (
    MidStreamError,
    OpenAIServer,
    Reply,
    Stall,
    Status,
)


def nothing_applied(session: Session) -> None:
    assert session.edits == []
    assert not (session.root / GO_REL).exists()
    db = session.root / ".l2j" / "dataset.sqlite"
    assert not db.exists() or pairs(session.root) == []


async def first_action(session: Session, needle: str = "_weight -= count") -> types.CodeAction:
    uri = session.open(REL, ITEM)
    return (await session.actions(uri, line_of(ITEM, needle), 8))[0]


async def wait_for_stream(server: OpenAIServer, timeout: float = 10) -> None:
    """Until the model server has the request in flight, so a cancel has a stream to stop."""
    deadline = time.monotonic() + timeout
    while server.in_flight < 1:
        assert time.monotonic() < deadline, "the request never reached the model server"
        await asyncio.sleep(0.02)


async def wait_for_progress_token(session: Session, timeout: float = 10) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for token, values in session.client.progress_reports.items():
            # The project model's build reports its own progress: not a migration's.
            if values and getattr(values[0], "title", None) != BUILD_TITLE:
                return token
        await asyncio.sleep(0.02)
    raise AssertionError("no progress began")


async def test_progress_cancel_stops_the_stream(
    vscode: Session, openai_server: OpenAIServer
) -> None:
    openai_server.enqueue(Stall())
    action = await first_action(vscode)
    running = asyncio.ensure_future(vscode.run(action))
    token = await wait_for_progress_token(vscode)
    await wait_for_stream(openai_server)
    vscode.client.protocol.notify(
        types.WINDOW_WORK_DONE_PROGRESS_CANCEL, types.WorkDoneProgressCancelParams(token=token)
    )
    result = await asyncio.wait_for(running, 10)
    assert result["status"] == "cancelled"
    assert openai_server.wait_for_disconnect(5), "the HTTP stream was left open"
    nothing_applied(vscode)


async def test_request_cancel_stops_the_stream(
    vscode: Session, openai_server: OpenAIServer
) -> None:
    openai_server.enqueue(Stall())
    action = await first_action(vscode)
    before = set(vscode.client.protocol._request_futures)
    running = asyncio.ensure_future(vscode.run(action))
    await wait_for_stream(openai_server)
    [msg_id] = set(vscode.client.protocol._request_futures) - before
    vscode.client.protocol.notify(types.CANCEL_REQUEST, types.CancelParams(id=msg_id))
    with pytest.raises(Exception, match=r"(?i)cancel"):
        await asyncio.wait_for(running, 10)
    assert openai_server.wait_for_disconnect(5), "the HTTP stream was left open"
    await asyncio.sleep(0.3)  # anything the server still did would show up now
    nothing_applied(vscode)


async def test_retry_after_429_then_success(vscode: Session, openai_server: OpenAIServer) -> None:
    openai_server.enqueue(Status(429, retry_after="1"))
    started = time.monotonic()
    result = await vscode.run(await first_action(vscode))
    assert result["status"] == "applied"
    assert time.monotonic() - started >= 0.9
    assert len(openai_server.chat_requests) == 2


@pytest.mark.parametrize(
    ("behaviours", "message"),
    [
        ([Reply("I would translate this by creating a struct and some methods.")], "prose"),
        ([Reply("```go\nfunc (i *L2Item) Use( {\n```")], "does not parse"),
        ([Status(500)] * 4, "gave up after"),
        ([MidStreamError("upstream model crashed")], "upstream model crashed"),
        ([Reply("```go\nreturn i.weight\n```")], "outside any function"),
    ],
)
async def test_bad_answers_fail_clearly(
    vscode: Session, openai_server: OpenAIServer, behaviours: list[Any], message: str
) -> None:
    openai_server.enqueue(*behaviours)
    result = await vscode.run(await first_action(vscode))
    assert result["status"] == "failed"
    assert message in result["message"]
    assert "Migrate method 'use' to Go failed" in result["message"]
    nothing_applied(vscode)


async def test_user_fixable_errors_are_shown(tmp_path: Path, openai_server: OpenAIServer) -> None:
    cases: list[tuple[dict[str, Any], Any, str]] = [
        (
            {"llm": {"apiKeyEnv": "L2J_NO_SUCH_KEY", "baseUrl": "https://openrouter.ai/api/v1"}},
            None,
            "no API key",
        ),
        ({"llm": {"baseUrl": "http://127.0.0.1:9/v1", "maxRetries": 0}}, None, "cannot reach"),
        ({}, Status(402, message="Insufficient credits"), "out of credits"),
    ]
    for overrides, behaviour, message in cases:
        settings = llm_settings(openai_server)
        for key, value in overrides.items():
            settings[key] = {**settings[key], **value}
        root = tmp_path / message.replace(" ", "_")
        root.mkdir()
        session = await start_session(root, settings)
        try:
            if behaviour is not None:
                openai_server.enqueue(behaviour)
            result = await session.run(await first_action(session))
            assert result["status"] == "failed" and message in result["message"], result
            shown = [m.message for m in session.client.messages]
            assert any(message in m for m in shown), shown
            assert all(m.type == types.MessageType.Error for m in session.client.messages)
            nothing_applied(session)
        finally:
            await stop_session(session)


async def test_target_outside_the_workspace_is_refused(
    tmp_path: Path, openai_server: OpenAIServer
) -> None:
    root = tmp_path / "ws"
    root.mkdir()
    session = await start_session(root, llm_settings(openai_server, go={"outDir": "../escape"}))
    try:
        result = await session.run(await first_action(session))
        assert result["status"] == "failed" and "outside the workspace" in result["message"]
        assert openai_server.chat_requests == []  # refused before any model call
        assert not (tmp_path / "escape").exists()
        assert session.edits == []
    finally:
        await stop_session(session)


async def test_syntax_errors_keep_actions_for_well_formed_declarations(vscode: Session) -> None:
    broken = ITEM.replace("return _itemId;", "return _itemId +;")
    uri = vscode.open(REL, broken)
    good = await vscode.actions(uri, line_of(broken, "_weight -= count"), 8)
    assert [a.title for a in good] == ["Migrate method 'use' to Go"]
    bad = await vscode.actions(uri, line_of(broken, "return _itemId +"), 8)
    assert bad == []


async def test_empty_file_and_range_outside_the_document(vscode: Session) -> None:
    empty = vscode.open("src/Empty.java", "")
    assert await vscode.actions(empty, 0, 0) == []
    uri = vscode.open(REL, ITEM)
    assert await vscode.actions(uri, 5000, 3) == []
    # A stale command argument naming a declaration that no longer exists.
    result = await vscode.execute(
        "l2j.migrateToGo",
        {
            "uri": uri,
            "version": 1,
            "scope": "method",
            "name": "gone",
            "range": {"start": {"line": 0, "character": 0}},
        },
    )
    assert result["status"] == "failed" and "no well-formed method 'gone'" in result["message"]
    bad = await vscode.execute("l2j.migrateToGo", "nonsense")
    assert bad["status"] == "failed" and "needs one argument" in bad["message"]


async def test_huge_file_answers_actions(vscode: Session) -> None:
    methods = "\n".join(
        f"    public int get{i}() {{\n        return _v + {i};\n    }}\n" for i in range(6250)
    )
    text = f"package a;\n\npublic class Huge {{\n    private int _v;\n{methods}}}\n"
    assert text.count("\n") >= 25000
    uri = vscode.open("src/a/Huge.java", text)
    actions = await vscode.actions(uri, line_of(text, "return _v + 6000;"), 10)
    assert [a.title for a in actions][:2] == [
        "Migrate method 'get6000' to Go",
        "Migrate class 'Huge' to Go",
    ]


async def test_non_utf8_file_on_disk_fails_clearly(vscode: Session) -> None:
    path = vscode.root / "src" / "Latin.java"
    path.parent.mkdir(parents=True)
    path.write_bytes('class Latin { String s = "caf\u00e9"; }\n'.encode("latin-1"))
    result = await vscode.execute(
        "l2j.migrateToGo",
        {
            "uri": path.as_uri(),
            "version": None,
            "scope": "file",
            "name": "",
            "range": {"start": {"line": 0, "character": 0}},
        },
    )
    assert result["status"] == "failed" and "not UTF-8" in result["message"]
    assert vscode.edits == []


async def test_settings_change_switches_the_model(
    vscode: Session, openai_server: OpenAIServer
) -> None:
    vscode.client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"l2j": {"llm": {"model": "other/model"}}})
    )
    result = await vscode.run(await first_action(vscode))
    assert result["status"] == "applied"
    assert openai_server.chat_requests[-1].body["model"] == "other/model"
    assert SECRET not in vscode.all_logs()
