"""The editor loop end to end: code actions, the command, the edit, the dataset."""

from __future__ import annotations

import asyncio
import re
import sqlite3
from pathlib import Path

from lsprotocol import types

from l2j_lsp.migration.validate import go_syntax_error
from tests.server.lsp_session import SECRET, Session, uri_path
from tests.support.openai_server import OpenAIServer, Reply

ITEM = """package com.l2jserver.gameserver.model;

import java.util.List;

/** An item template. */
public class L2Item {
    private final int _itemId;
    private int _weight;

    public L2Item(int itemId) { _itemId = itemId; }

    public int getItemId() {
        return _itemId;
    }

    /** Uses the item. Ünïcode is fine. */
    public void use(int count) {
        _weight -= count;
    }
}
"""
REL = "src/com/l2jserver/gameserver/model/L2Item.java"
GO_REL = "go/gameserver/model/l2_item.go"


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n")


def pairs(root: Path) -> list[sqlite3.Row]:
    conn = sqlite3.connect(root / ".l2j" / "dataset.sqlite")
    conn.row_factory = sqlite3.Row
    rows = conn.execute("SELECT * FROM pairs ORDER BY id").fetchall()
    conn.close()
    return rows


async def test_actions_per_scope_answer_without_a_model_call(
    lsp: Session, openai_server: OpenAIServer
) -> None:
    uri = lsp.open(REL, ITEM)
    actions = await lsp.actions(uri, line_of(ITEM, "_weight -= count"), 8)
    assert [a.title for a in actions] == [
        "Migrate method 'use' to Go",
        "Migrate class 'L2Item' to Go",
        "Migrate file to Go",
    ]
    assert {a.kind for a in actions} == {types.CodeActionKind.RefactorRewrite}
    assert actions[0].command is not None and actions[0].command.arguments
    arg = actions[0].command.arguments[0]
    assert isinstance(arg, dict)
    assert arg["uri"] == uri and arg["scope"] == "method" and arg["version"] == 1
    assert arg["name"] == "L2Item.use"
    assert arg["range"]["start"]["line"] == line_of(ITEM, "/** Uses the item")
    ctor = await lsp.actions(uri, line_of(ITEM, "public L2Item(int"), 20)
    assert ctor[0].title == "Migrate constructor 'L2Item' to Go"
    assert openai_server.chat_requests == []
    # A client asking only for quick fixes gets none of ours.
    only = await lsp.client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(types.Position(3, 0), types.Position(3, 0)),
            context=types.CodeActionContext(diagnostics=[], only=[types.CodeActionKind.QuickFix]),
        )
    )
    assert not only


async def test_accept_then_correct_on_save(lsp: Session, openai_server: OpenAIServer) -> None:
    uri = lsp.open(REL, ITEM)
    actions = await lsp.actions(uri, line_of(ITEM, "_weight -= count"), 8)
    result = await lsp.run(actions[0])
    assert result["status"] == "applied", result
    assert result["backend"] == "llm" and result["pairId"] == 1
    go_path = lsp.root / GO_REL
    assert result["goUri"] == go_path.as_uri()
    go = go_path.read_text()
    assert go.startswith("package model\n")
    use = re.search(r"func \((\w+) \*L2Item\) Use\(.*?\n}\n", go, re.S)
    assert use is not None, go
    assert go_syntax_error(go) is None
    # The prompt carried the class context and the L2J naming hints.
    prompt = str(openai_server.chat_requests[-1].body["messages"])
    assert "_itemId" in prompt and "ItemId()" in prompt
    # Progress with the streamed token count reached the client.
    reports = [
        str(getattr(value, "message", ""))
        for values in lsp.client.progress_reports.values()
        for value in values
    ]
    counts = [re.match(r"(\d+) (tokens?) from llm", m) for m in reports]
    streamed = [(int(c.group(1)), c.group(2)) for c in counts if c]
    assert streamed, reports
    assert all(word == ("token" if n == 1 else "tokens") for n, word in streamed), streamed

    [row] = pairs(lsp.root)
    assert row["status"] == "accepted" and row["symbol"] == "L2Item.use"
    assert "public void use(int count)" in row["input"]
    assert row["source_file"] == REL

    # The user fixes a line and saves: the pair becomes corrected with their text.
    edited = go.replace(
        use.group(0), "func (l *L2Item) Use(count int32) {\n\tl.weight -= count\n}\n"
    )
    assert edited != go
    lsp.save(result["goUri"], edited)
    await wait_for(lambda: pairs(lsp.root)[0]["status"] == "corrected")
    row = pairs(lsp.root)[0]
    assert "l.weight -= count" in row["output"]
    assert row["suggestion"] != row["output"]
    # Saving again unchanged changes nothing; the API key went nowhere.
    assert SECRET not in lsp.all_logs()
    assert all(SECRET not in str(dict(r)) for r in pairs(lsp.root))
    assert SECRET not in str(result)


async def test_rejected_edit_leaves_no_file(vscode: Session) -> None:
    uri = vscode.open(REL, ITEM)
    vscode.answers.append(False)
    actions = await vscode.actions(uri, line_of(ITEM, "return _itemId"), 8)
    result = await vscode.run(actions[0])
    assert result["status"] == "rejected"
    assert not (vscode.root / GO_REL).exists()
    assert [r["status"] for r in pairs(vscode.root)] == ["rejected"]


async def test_remigration_replaces_the_declaration_in_place(
    vscode: Session, openai_server: OpenAIServer
) -> None:
    uri = vscode.open(REL, ITEM)
    line = line_of(ITEM, "return _itemId")
    await vscode.run((await vscode.actions(uri, line, 8))[0])
    await vscode.run((await vscode.actions(uri, line_of(ITEM, "_weight -="), 8))[0])
    openai_server.enqueue(
        Reply("```go\nfunc (l *L2Item) ItemID() int32 {\n\treturn l.itemID // v2\n}\n```")
    )
    result = await vscode.run((await vscode.actions(uri, line, 8))[0])
    assert result["status"] == "applied"
    go = (vscode.root / GO_REL).read_text()
    assert go.count("ItemID()") == 1 and "// v2" in go
    assert go.index("ItemID()") < go.index(") Use(")  # replaced where it was, not appended
    assert go_syntax_error(go) is None


async def test_class_and_file_scopes(vscode: Session) -> None:
    uri = vscode.open(REL, ITEM)
    actions = await vscode.actions(uri, line_of(ITEM, "_weight -= count"), 8)
    for action in actions[1:]:
        result = await vscode.run(action)
        assert result["status"] == "applied", result
    assert go_syntax_error((vscode.root / GO_REL).read_text()) is None
    assert [r["scope"] for r in pairs(vscode.root)] == ["class", "file"]


async def test_undo_turns_an_accepted_pair_rejected(vscode: Session) -> None:
    uri = vscode.open(REL, ITEM)
    result = await vscode.run((await vscode.actions(uri, line_of(ITEM, "return _itemId"), 8))[0])
    assert result["status"] == "applied"
    undone = await vscode.execute("l2j.undoMigration", {"pairId": result["pairId"]})
    assert undone["status"] == "rejected" and undone["pairId"] == result["pairId"]
    assert [r["status"] for r in pairs(vscode.root)] == ["rejected"]
    # Only an accepted pair changes: a second undo leaves it as it is.
    again = await vscode.execute("l2j.undoMigration", {"pairId": result["pairId"]})
    assert again["status"] == "rejected" and again["message"] == "unchanged"
    missing = await vscode.execute("l2j.undoMigration", {"pairId": 99})
    assert missing["status"] == "failed" and "no pair 99" in missing["message"]
    malformed = await vscode.execute("l2j.undoMigration", {"pairId": "1"})
    assert malformed["status"] == "failed" and "{pairId}" in malformed["message"]
    assert [r["status"] for r in pairs(vscode.root)] == ["rejected"]


async def test_dataset_stats_and_reload_commands(vscode: Session) -> None:
    stats = await vscode.execute("l2j.datasetStats")
    assert stats["total"] == 0 and stats["by_status"]["accepted"] == 0
    reloaded = await vscode.execute("l2j.reloadModel")
    assert reloaded["status"] == "reloaded"
    assert reloaded["checkpoint"].endswith("checkpoints/l2j_hrm/best.ckpt")


async def test_recording_can_be_switched_off(vscode: Session) -> None:
    vscode.client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"l2j": {"dataset": {"record": False}}})
    )
    uri = vscode.open(REL, ITEM)
    result = await vscode.run((await vscode.actions(uri, line_of(ITEM, "_weight -="), 8))[0])
    assert result["status"] == "applied" and result["pairId"] is None
    assert not (vscode.root / ".l2j" / "dataset.sqlite").exists()


async def wait_for(condition: object, timeout: float = 10.0) -> None:
    assert callable(condition)
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.05)


def test_uri_path_roundtrip(tmp_path: Path) -> None:
    path = tmp_path / "a b" / "ü.go"
    assert uri_path(path.as_uri()) == path


async def test_workspace_configuration_is_pulled(
    tmp_path: Path, openai_server: OpenAIServer
) -> None:
    from tests.server.conftest import llm_settings
    from tests.server.lsp_session import start_session, stop_session

    settings = llm_settings(openai_server)
    session = await start_session(tmp_path, settings)
    try:
        # The client's workspace/configuration answer overrides initializationOptions...
        session.client.set_configuration(
            {**settings, "llm": {**settings["llm"], "model": "pulled/m"}}, section="l2j"
        )
        session.client.workspace_did_change_configuration(
            types.DidChangeConfigurationParams(settings=None)
        )
        uri = session.open(REL, ITEM)
        result = await session.run((await session.actions(uri, line_of(ITEM, "_weight -="), 8))[0])
        assert result["status"] == "applied"
        assert openai_server.chat_requests[-1].body["model"] == "pulled/m"
    finally:
        await stop_session(session)


async def test_go_files_get_syntax_diagnostics(vscode: Session) -> None:
    uri = vscode.open("go/gameserver/model/broken.go", "package model\n\nfunc (", "go")
    await wait_for(lambda: uri in vscode.client.diagnostics)
    [diagnostic] = vscode.client.diagnostics[uri]
    assert diagnostic.range.start.line == 2 and diagnostic.source == "l2j"
    vscode.client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[
                types.TextDocumentContentChangeWholeDocument(text="package model\n\nfunc F() {}\n")
            ],
        )
    )
    await wait_for(lambda: len(vscode.client.diagnostics[uri]) == 0)
