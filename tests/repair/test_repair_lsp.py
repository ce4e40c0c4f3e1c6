"""The "Fix with llm" quick fix over stdio (pytest-lsp), against the loopback OpenAI server
and the real Go type check: offered on an `l2j` diagnostic, the fix applied after a failing
round, recorded as a corrected pair with its compiler errors; a cancel applies nothing."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from lsprotocol import types

from tests.repair.conftest import BAD, CALC, GOOD, clean_env, cli, write_project
from tests.server.conftest import llm_settings
from tests.server.lsp_session import Session, start_session, stop_session
from tests.support.openai_server import OpenAIServer, Reply, Stall, openai_server  # noqa: F401

WEIRD_LINE = CALC.split("\n").index(
    '        java.lang.reflect.Method m = o.getClass().getMethod("toString");'
)


async def start_ws(tmp_path: Path, openai_server: OpenAIServer, **extra: Any) -> Session:  # noqa: F811
    """A workspace with its Java and its migrated module (go.outDir), and a server on it
    with the ``extra`` settings."""
    src = write_project(tmp_path)
    proc = cli(["migrate", str(src), "--out", str(tmp_path / "go")], tmp_path, clean_env())
    assert proc.returncode == 0, proc.stderr
    settings = llm_settings(openai_server, go={"outDir": str(tmp_path / "go")}, **extra)
    return await start_session(tmp_path, settings)


@pytest_asyncio.fixture
async def ws(tmp_path: Path, openai_server: OpenAIServer) -> AsyncIterator[Session]:  # noqa: F811
    session = await start_ws(tmp_path, openai_server)
    yield session
    await stop_session(session)


def diagnostic(line: int) -> types.Diagnostic:
    return types.Diagnostic(
        range=types.Range(types.Position(line, 8), types.Position(line, 60)),
        message="not migrated: unknown method java.lang.Class.getMethod",
        severity=types.DiagnosticSeverity.Warning,
        source="l2j",
    )


async def fix_actions(
    session: Session, uri: str, diags: list[types.Diagnostic], only: list[str] | None = None
) -> list[types.CodeAction]:
    result = await session.client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(types.Position(WEIRD_LINE, 8), types.Position(WEIRD_LINE, 8)),
            context=types.CodeActionContext(diagnostics=diags, only=only),
        )
    )
    return [a for a in result or [] if isinstance(a, types.CodeAction) and a.kind == "quickfix"]


def repaired_pairs(root: Path) -> list[dict[str, Any]]:
    with sqlite3.connect(root / ".l2j" / "dataset.sqlite") as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute("SELECT * FROM pairs ORDER BY id")]


async def test_fix_with_llm_applies_a_fix_that_compiles(
    ws: Session,
    openai_server: OpenAIServer,  # noqa: F811
) -> None:
    uri = ws.open("src/demo/Calc.java", CALC)
    assert await fix_actions(ws, uri, []) == []  # no l2j diagnostic, no fix
    other = diagnostic(WEIRD_LINE)
    other.source = "javac"
    assert await fix_actions(ws, uri, [other]) == []
    only_refactor = await fix_actions(ws, uri, [diagnostic(WEIRD_LINE)], ["refactor"])
    assert only_refactor == []
    [action] = await fix_actions(ws, uri, [diagnostic(WEIRD_LINE)], ["quickfix"])
    assert action.title == "Fix with llm"
    assert action.command is not None and action.command.command == "l2j.repair"
    go_file = ws.root / "go" / "demo" / "calc.go"
    assert "l2j: not migrated" in go_file.read_text()
    openai_server.enqueue(Reply(BAD), Reply(GOOD))
    result = await ws.run(action)
    assert result["status"] == "applied", result
    assert "Calc.Weird fixed in 2 round(s)" in result["message"]
    go = go_file.read_text()
    assert "fmt.Sprint(o)" in go and "l2j: not migrated" not in go
    assert len(openai_server.chat_requests) == 2
    # Recorded: a corrected pair with the compiler errors it fixed.
    [pair] = repaired_pairs(ws.root)
    assert pair["status"] == "corrected" and pair["id"] == result["pairId"]
    assert "fmt.Sprint(o)" in pair["output"] and "weird(Object o)" in pair["input"]
    assert json.loads(pair["errors"]) == ["not migrated: unknown method java.lang.Class.getMethod"]
    assert json.loads(pair["go_keys"]) == ["method Calc.Weird"]
    # The source map follows the edit.
    smap = json.loads((ws.root / "go" / "l2j-sourcemap.json").read_text())
    assert not any(d["stubbed"] for f in smap["files"] for d in f["decls"])


async def test_a_fix_that_never_compiles_is_not_offered(
    ws: Session,
    openai_server: OpenAIServer,  # noqa: F811
) -> None:
    uri = ws.open("src/demo/Calc.java", CALC)
    [action] = await fix_actions(ws, uri, [diagnostic(WEIRD_LINE)])
    assert action.command is not None and action.command.arguments
    argument = action.command.arguments[0]
    assert isinstance(argument, dict)
    openai_server.enqueue(Reply(BAD), Reply(BAD))
    result = await ws.execute("l2j.repair", {**argument, "rounds": 2})
    assert result["status"] == "failed"
    assert "still fails after 2 round(s)" in result["message"]
    assert ws.edits == []
    assert "l2j: not migrated" in (ws.root / "go" / "demo" / "calc.go").read_text()


async def test_cancel_mid_repair_applies_nothing(
    ws: Session,
    openai_server: OpenAIServer,  # noqa: F811
) -> None:
    uri = ws.open("src/demo/Calc.java", CALC)
    [action] = await fix_actions(ws, uri, [diagnostic(WEIRD_LINE)])
    before = (ws.root / "go" / "demo" / "calc.go").read_text()
    openai_server.enqueue(Reply(BAD), Stall())
    running = asyncio.ensure_future(ws.run(action))
    deadline = time.monotonic() + 120
    while not (len(openai_server.chat_requests) == 2 and openai_server.in_flight):
        assert time.monotonic() < deadline, "the second round never started"
        await asyncio.sleep(0.05)
    token = next(
        t
        for t, v in ws.client.progress_reports.items()
        if v and str(getattr(v[0], "title", "")).startswith("Fix ")
    )
    ws.client.protocol.notify(
        types.WINDOW_WORK_DONE_PROGRESS_CANCEL, types.WorkDoneProgressCancelParams(token=token)
    )
    result = await asyncio.wait_for(running, 20)
    assert result["status"] == "cancelled"
    assert openai_server.wait_for_disconnect(5)
    await asyncio.sleep(0.3)
    assert ws.edits == []
    assert (ws.root / "go" / "demo" / "calc.go").read_text() == before
    assert not (ws.root / ".l2j" / "dataset.sqlite").exists() or repaired_pairs(ws.root) == []


@pytest.mark.parametrize("argument", [None, {"uri": "file:///elsewhere/A.java"}])
async def test_bad_arguments_fail_clearly(ws: Session, argument: Any) -> None:
    args = [] if argument is None else [argument]
    result = await ws.execute("l2j.repair", *args)
    assert result["status"] == "failed" and result["message"]


async def test_a_stale_diagnostic_on_a_function_that_compiles_changes_nothing(
    ws: Session,
    openai_server: OpenAIServer,  # noqa: F811
) -> None:
    uri = ws.open("src/demo/Calc.java", CALC)
    add_line = CALC.split("\n").index("        total += x;")
    [action] = await fix_actions(ws, uri, [diagnostic(add_line)])
    assert action.command is not None and action.command.arguments
    argument = action.command.arguments[0]
    assert isinstance(argument, dict)
    result = await ws.execute("l2j.repair", argument)
    assert result["status"] == "failed" and "Calc.Add already compiles" in result["message"]
    assert ws.edits == [] and openai_server.chat_requests == []


@pytest.mark.parametrize("rounds", [1, 2])
async def test_the_rounds_setting_bounds_the_repair(
    tmp_path: Path,
    openai_server: OpenAIServer,  # noqa: F811
    rounds: int,
) -> None:
    """l2j.repair.rounds, from initializationOptions (2) or a later
    didChangeConfiguration over the default of 3 (1): a model that answers Go that does
    not compile, then a fix, gets exactly that many rounds."""
    extra = {"repair": {"rounds": rounds}} if rounds == 2 else {}
    session = await start_ws(tmp_path, openai_server, **extra)
    try:
        if rounds == 1:
            session.client.workspace_did_change_configuration(
                types.DidChangeConfigurationParams(settings={"l2j": {"repair": {"rounds": 1}}})
            )
        uri = session.open("src/demo/Calc.java", CALC)
        [action] = await fix_actions(session, uri, [diagnostic(WEIRD_LINE)])
        go_file = session.root / "go" / "demo" / "calc.go"
        before = go_file.read_text()
        openai_server.enqueue(Reply(BAD), Reply(GOOD))
        result = await session.run(action)
        assert len(openai_server.chat_requests) == rounds
        if rounds == 1:
            assert result["status"] == "failed", result
            assert "Calc.Weird still fails after 1 round(s)" in result["message"]
            assert session.edits == []
            assert go_file.read_text() == before
            pairs = repaired_pairs(session.root) if (session.root / ".l2j").exists() else []
            assert pairs == []
        else:
            assert result["status"] == "applied", result
            assert "Calc.Weird fixed in 2 round(s)" in result["message"]
            assert "fmt.Sprint(o)" in go_file.read_text()
    finally:
        await stop_session(session)
