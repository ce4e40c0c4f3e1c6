"""The user's whole loop: accept and correct migrations in the editor, run `l2j-lsp train`,
and get the next suggestion from the new local checkpoint, without restarting the server."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from lsprotocol import types

from tests.server.conftest import llm_settings
from tests.server.lsp_session import start_session, stop_session
from tests.server.test_editor_loop import line_of, pairs
from tests.support.openai_server import OpenAIServer
from tests.support.steps import STEP_BOUNDED, run_to_end

REPO = Path(__file__).resolve().parents[2]
SHOP = """package com.l2jserver.gameserver.model;

public class Shop {
    private int _gold;
    private int _level;

    public int getGold() {
        return _gold;
    }

    public int getLevel() {
        return _level;
    }

    public void reset() {
        _gold = 0;
    }
}
"""
REL = "src/com/l2jserver/gameserver/model/Shop.java"


@STEP_BOUNDED
async def test_accept_correct_train_and_serve_from_the_new_checkpoint(
    tmp_path: Path, openai_server: OpenAIServer
) -> None:
    session = await start_session(tmp_path, llm_settings(openai_server))
    try:
        uri = session.open(REL, SHOP)
        for needle in ("return _gold", "return _level", "_gold = 0"):
            action = (await session.actions(uri, line_of(SHOP, needle), 8))[0]
            assert (await session.run(action))["status"] == "applied"
        go_path = tmp_path / "go" / "gameserver" / "model" / "shop.go"
        go = go_path.read_text()
        corrected = go.replace(
            "func (s *Shop) Reset() {\n\t// migrated by the test server\n}",
            "func (s *Shop) Reset() {\n\ts.gold = 0\n}",
        )
        assert corrected != go
        session.save(go_path.as_uri(), corrected)
        await session.execute("l2j.datasetStats")  # answered after the save was handled
        assert [r["status"] for r in pairs(tmp_path)].count("corrected") == 1

        # The user trains (a separate process, as they would run it)...
        proc = run_to_end(
            [
                sys.executable,
                "-m",
                "l2j_lsp",
                "train",
                "--config",
                str(REPO / "configs" / "train_l2j_hrm_cpu.yaml"),
                "--epochs",
                "250",
            ],
            cwd=tmp_path,
            env={**os.environ, "OMP_NUM_THREADS": "2"},
        )
        assert proc.returncode == 0, proc.stderr[-2000:]
        summary = json.loads(proc.stdout.strip().splitlines()[-1])
        # exact_match decodes every pair in the "corrected by a person" style the backend
        # uses, so with one corrected pair among three it need not reach 1; the loss must.
        assert summary["train_loss"] < 0.5 and summary["exact_match"] > 0, summary
        assert (tmp_path / summary["checkpoint"]).resolve() == (
            tmp_path / "checkpoints" / "l2j_hrm" / "best.ckpt"
        ).resolve()

        # ...and, without a restart, asks the local model for the corrected method again.
        session.client.workspace_did_change_configuration(
            types.DidChangeConfigurationParams(settings={"l2j": {"backend": "hrm"}})
        )
        requests_before = len(openai_server.chat_requests)
        action = (await session.actions(uri, line_of(SHOP, "_gold = 0"), 8))[0]
        result = await session.run(action)
        assert result["status"] == "applied", result
        assert result["backend"] == "hrm"
        assert len(openai_server.chat_requests) == requests_before  # no LLM call
        newest = pairs(tmp_path)[-1]
        assert newest["backend"] == "hrm" and newest["symbol"] == "Shop.reset"
        assert "s.gold = 0" in newest["output"]  # it learnt the user's correction
        assert "s.gold = 0" in go_path.read_text()
    finally:
        await stop_session(session)
