"""Hostile or damaged surroundings: files in the wrong encoding, a dataset that is not one,
settings that point outside the workspace, cancels that come too late, a killed server.
Each ends in a clear message, with nothing half-applied and nothing lost."""

from __future__ import annotations

import asyncio
import signal
import sqlite3
from pathlib import Path
from typing import Any

from lsprotocol import types

from tests.server.conftest import llm_settings
from tests.server.lsp_session import Session, start_session, stop_session
from tests.server.test_editor_loop import GO_REL, ITEM, REL, line_of, pairs
from tests.support.openai_server import OpenAIServer

DB = Path(".l2j") / "dataset.sqlite"


async def first_action(session: Session, needle: str = "_weight -= count") -> types.CodeAction:
    uri = session.open(REL, ITEM)
    return (await session.actions(uri, line_of(ITEM, needle), 8))[0]


def file_argument(path: Path) -> dict[str, Any]:
    return {
        "uri": path.as_uri(),
        "version": None,
        "scope": "file",
        "name": "",
        "range": {"start": {"line": 0, "character": 0}},
    }


async def test_a_latin1_go_target_fails_before_the_model_is_asked(
    vscode: Session, openai_server: OpenAIServer
) -> None:
    target = vscode.root / GO_REL
    target.parent.mkdir(parents=True)
    target.write_bytes("package model\n\n// Caf\u00e9\n".encode("latin-1"))
    result = await vscode.run(await first_action(vscode))
    assert result["status"] == "failed", result
    assert f"the Go file {target} is not UTF-8 (byte 21)" in result["message"]
    assert "re-encode it" in result["message"]
    assert openai_server.chat_requests == []  # no tokens spent on an answer we cannot use
    assert target.read_bytes().endswith(b"Caf\xe9\n") and vscode.edits == []


async def test_java_outside_the_workspace_and_empty_java_are_refused(
    vscode: Session, openai_server: OpenAIServer
) -> None:
    outside = vscode.root.parent / f"{vscode.root.name}-outside" / "Secret.java"
    outside.parent.mkdir()
    outside.write_text("package a;\npublic class Secret { int x; }\n", encoding="utf-8")
    result = await vscode.execute("l2j.migrateToGo", file_argument(outside))
    assert result["status"] == "failed" and "is outside the workspace" in result["message"]

    for name, text in (("Empty.java", ""), ("Notes.java", "// only a comment\npackage a;\n")):
        uri = vscode.open(f"src/a/{name}", text)
        actions = await vscode.actions(uri, 0, 0)
        assert "Migrate file to Go" not in [a.title for a in actions]
        result = await vscode.execute(
            "l2j.migrateToGo", file_argument(vscode.root / "src/a" / name)
        )
        assert result["status"] == "failed", result
        assert f"{name} declares no class, interface, enum or record" in result["message"]
    assert openai_server.chat_requests == [] and vscode.edits == []
    assert not (vscode.root / DB).exists() or pairs(vscode.root) == []


async def test_a_cancel_while_the_edit_is_offered_says_what_happened(vscode: Session) -> None:
    action = await first_action(vscode)
    before = set(vscode.client.protocol._request_futures)

    def cancel_the_command(_edit: types.ApplyWorkspaceEditParams) -> None:
        # The user cancels while the edit waits for their answer, which is then "apply".
        [msg_id] = set(vscode.client.protocol._request_futures) - before - {None}
        vscode.client.protocol.notify(types.CANCEL_REQUEST, types.CancelParams(id=msg_id))

    vscode.before_apply = cancel_the_command
    result = await vscode.run(action)
    assert result["status"] == "applied", result
    assert "too late to withdraw it" in result["message"]
    assert "func (" in (vscode.root / GO_REL).read_text()
    assert [r["status"] for r in pairs(vscode.root)] == ["accepted"]


async def test_a_damaged_dataset_never_stops_a_migration(
    tmp_path: Path, openai_server: OpenAIServer
) -> None:
    damaged = {
        "noise": lambda path: path.write_bytes(bytes(range(256)) * 64),
        "foreign": lambda path: _foreign_table(path),
    }
    for kind, damage in damaged.items():
        root = tmp_path / kind
        (root / DB).parent.mkdir(parents=True)
        damage(root / DB)
        before = (root / DB).read_bytes()
        session = await start_session(root, llm_settings(openai_server))
        try:
            result = await session.run(await first_action(session))
            assert result["status"] == "applied" and result["pairId"] is None, result
            assert f"not recorded: the dataset {root / DB}" in result["message"]
            shown = [m for m in session.client.messages if str(root / DB) in m.message]
            assert shown and shown[0].type == types.MessageType.Warning
            assert "func (" in (root / GO_REL).read_text()
            stats = await session.execute("l2j.datasetStats")
            assert stats["status"] == "failed" and str(root / DB) in stats["message"]
            assert (root / DB).read_bytes() == before  # the user's file is left as it was
        finally:
            await stop_session(session)


def _foreign_table(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE pairs (id INTEGER PRIMARY KEY, java TEXT, go TEXT)")
        conn.execute("INSERT INTO pairs (java, go) VALUES ('class A {}', 'type A struct{}')")


async def test_dataset_and_cache_paths_stay_inside_the_workspace(
    tmp_path: Path, openai_server: OpenAIServer
) -> None:
    root = tmp_path / "ws"
    root.mkdir()
    outside = tmp_path / "elsewhere"
    for setting in (
        {"dataset": {"path": "../elsewhere/dataset.sqlite"}},
        {"cache": {"enabled": True, "path": str(outside / "cache.sqlite")}},
    ):
        session = await start_session(root, llm_settings(openai_server, **setting))
        try:
            [shown] = [m.message for m in session.client.messages]
            assert "is outside the workspace" in shown and "L2J_" in shown
            # The workspace's other settings were refused with it: nothing goes elsewhere.
            result = await session.run(await first_action(session))
            assert result["status"] == "applied", result
            assert not outside.exists()
        finally:
            await stop_session(session)


async def test_suggestions_left_by_a_killed_server_are_removed_at_start(
    tmp_path: Path, openai_server: OpenAIServer
) -> None:
    settings = llm_settings(openai_server)
    first = await start_session(tmp_path, settings)
    server = first.client._server
    assert server is not None

    def kill_the_server(_edit: types.ApplyWorkspaceEditParams) -> None:
        server.send_signal(signal.SIGKILL)  # while the user has not answered yet

    first.before_apply = kill_the_server
    try:
        running = asyncio.ensure_future(first.run(await first_action(first)))
        await server.wait()
        running.cancel()
    finally:
        await first.client.stop()
    assert [r["status"] for r in pairs(tmp_path)] == ["suggested"]  # the orphan

    second = await start_session(tmp_path, settings)
    try:
        stats = await second.execute("l2j.datasetStats")
        assert stats["total"] == 0 and stats["by_status"]["suggested"] == 0, stats
        assert any(
            "removed 1 undecided suggestion" in m.message for m in second.client.log_messages
        )
    finally:
        await stop_session(second)


async def test_a_corrupt_translation_cache_is_rebuilt_with_a_warning(
    tmp_path: Path, openai_server: OpenAIServer
) -> None:
    cache = tmp_path / ".l2j" / "cache.sqlite"
    cache.parent.mkdir()
    cache.write_bytes(b"\x00garbage" * 512)
    session = await start_session(tmp_path, llm_settings(openai_server, cache={"enabled": True}))
    try:
        result = await session.run(await first_action(session))
        assert result["status"] == "applied", result
        warnings = [
            m.message
            for m in session.client.log_messages
            if m.type == types.MessageType.Warning and "translation cache" in m.message
        ]
        assert warnings and "started a new one" in warnings[0]
        assert list(cache.parent.glob("cache.sqlite.corrupt-*"))
    finally:
        await stop_session(session)
