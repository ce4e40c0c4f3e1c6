"""Malformed requests get a clear error reply: never silence, never a traceback."""

from __future__ import annotations

from typing import Any

import pytest
from pygls.exceptions import JsonRpcException

from tests.server.lsp_session import Session
from tests.server.test_editor_loop import ITEM, REL, line_of


def code_action_params(uri: str, line: int, character: int) -> dict[str, Any]:
    position = {"line": line, "character": character}
    return {
        "textDocument": {"uri": uri},
        "range": {"start": position, "end": position},
        "context": {"diagnostics": []},
    }


BAD_POSITIONS = [
    (-1, 0, "Position.line should be in range [0:2147483647], but was -1"),
    (2**31, 0, "but was 2147483648"),
    (3, -7, "Position.character should be in range"),
]


async def test_code_action_with_impossible_positions_gets_an_error_reply(vscode: Session) -> None:
    uri = vscode.open(REL, ITEM)
    for line, character, problem in BAD_POSITIONS:
        bad = vscode.raw_request(
            "textDocument/codeAction", code_action_params(uri, line, character)
        )
        # The server answers in order: once a good request is answered, so is the bad one.
        assert await vscode.actions(uri, line_of(ITEM, "_weight -= count"), 8)
        assert bad.done(), "no reply to a code action with an impossible position"
        with pytest.raises(JsonRpcException) as info:
            bad.result()
        message = str(info.value)
        assert "textDocument/codeAction: invalid params" in message and problem in message
        assert "Traceback" not in message


def migrate_args(uri: str, **overrides: Any) -> dict[str, Any]:
    args: dict[str, Any] = {
        "uri": uri,
        "version": 1,
        "scope": "method",
        "name": "L2Item.use",
        "range": {"start": {"line": 17, "character": 4}, "end": {"line": 20, "character": 5}},
    }
    args.update(overrides)
    return args


BAD_ARGUMENTS: list[tuple[dict[str, Any], str]] = [
    ({"range": "17:4-20:5"}, "range must be an object {start, end}, not '17:4-20:5'"),
    ({"range": {"start": {"line": "abc", "character": 0}}}, "range.start.line must be a"),
    ({"range": {"start": {"line": -3, "character": 0}}}, "range.start.line must be from 0"),
    ({"range": {"start": {"line": 2**40, "character": 0}}}, "must be from 0 to 2147483647"),
    ({"range": {"start": {"line": 1, "character": 1.5}}}, "range.start.character must be"),
    ({"range": {"start": [17, 4]}}, "range.start must be an object {line, character}"),
    ({"version": "v1"}, "version must be a whole number or null"),
    ({"name": ["use"]}, "name must be a string"),
    ({"scope": "package"}, "scope must be method, class or file"),
]


async def test_malformed_command_arguments_fail_with_a_message(vscode: Session) -> None:
    uri = vscode.open(REL, ITEM)
    for overrides, problem in BAD_ARGUMENTS:
        result = await vscode.execute("l2j.migrateToGo", migrate_args(uri, **overrides))
        assert result["status"] == "failed", (overrides, result)
        assert problem in result["message"] and "Traceback" not in result["message"], result
    assert vscode.edits == []
    # The same argument, well formed, migrates.
    assert (await vscode.execute("l2j.migrateToGo", migrate_args(uri)))["status"] == "applied"
