"""Credentials in settings never come back out of the server: not in a shown message, a
log line, a command result or the dataset, whatever a model server echoes."""

from __future__ import annotations

import base64
from pathlib import Path

from lsprotocol import types

from tests.server.conftest import llm_settings
from tests.server.lsp_session import Session, start_session, stop_session
from tests.server.test_editor_loop import ITEM, REL, line_of, pairs
from tests.support.openai_server import OpenAIServer, Status

URL_PASSWORD = "url-pass-9f8e7d6c"
KEY_IN_SETTING = "sk-or-v1-4b3a29181706f5e4d3c2b1a0"


def everything_shown(session: Session, *results: object) -> str:
    return "\n".join([session.all_logs(), *map(str, results)])


def leaked(text: str) -> list[str]:
    basic = base64.b64encode(f"alice:{URL_PASSWORD}".encode()).decode()
    return [s for s in (URL_PASSWORD, basic, KEY_IN_SETTING) if s in text]


async def test_url_credentials_and_a_misplaced_key_are_never_shown(
    tmp_path: Path, openai_server: OpenAIServer
) -> None:
    settings = llm_settings(openai_server)
    url = openai_server.base_url.replace("http://", f"http://alice:{URL_PASSWORD}@")
    settings["llm"] = {**settings["llm"], "baseUrl": url, "maxRetries": 1}
    session = await start_session(tmp_path, settings)
    try:
        # The model server quotes the Basic header the URL's credentials turned into.
        openai_server.enqueue(*[Status(500, echo_authorization=True)] * 2)
        uri = session.open(REL, ITEM)
        action = (await session.actions(uri, line_of(ITEM, "_weight -= count"), 8))[0]
        result = await session.run(action)
        header = openai_server.chat_requests[0].headers["authorization"]
        assert header.startswith("Basic ")  # the test means something only if it was sent
        assert result["status"] == "failed" and "answered 500" in result["message"], result
        assert leaked(everything_shown(session, result)) == []

        # A key pasted where the variable's name belongs is refused without repeating it.
        session.client.workspace_did_change_configuration(
            types.DidChangeConfigurationParams(
                settings={"l2j": {"llm": {"apiKeyEnv": KEY_IN_SETTING}}}
            )
        )
        refused = False
        for _ in range(20):  # round trips until the (asynchronous) change was handled
            stats = await session.execute("l2j.datasetStats")
            refused = any(
                "apiKeyEnv must be the NAME" in m.message for m in session.client.messages
            )
            if refused:
                break
        assert refused
        assert leaked(everything_shown(session, result, stats)) == []
    finally:
        await stop_session(session)


async def test_the_route_recorded_for_auto_holds_no_credentials(tmp_path: Path) -> None:
    url = f"http://alice:{URL_PASSWORD}@127.0.0.1:9/v1"  # nothing listens: the LLM fails
    settings = {
        "backend": "auto",
        "llm": {"baseUrl": url, "apiKeyEnv": "L2J_NO_KEY", "maxRetries": 0},
        "cache": {"enabled": False},
    }
    session = await start_session(tmp_path, settings)
    try:
        uri = session.open(REL, ITEM)
        action = (await session.actions(uri, line_of(ITEM, "_weight -= count"), 8))[0]
        result = await session.run(action)
        assert result["status"] == "applied" and result["backend"] == "rules", result
        [row] = pairs(tmp_path)
        assert "llm: unavailable (cannot reach" in row["route"]  # the URL was in the reason
        assert leaked(str(dict(row))) == []
        assert leaked(everything_shown(session, result)) == []
    finally:
        await stop_session(session)
