"""Many migrations of one large file at once: code actions keep being answered while they
run, and every migration lands in the one Go file they share. (Latency itself is measured
by `make bench-lsp`, table in docs/benchmarks/lsp.md.)"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

from l2j_lsp.migration.validate import go_syntax_error
from tests.server.lsp_session import start_session, stop_session

METHODS = 6250  # 25,000 lines
MIGRATIONS = 10


def huge_class() -> str:
    methods = "\n".join(
        f"    public int get{i}() {{\n        return _v + {i};\n    }}\n" for i in range(METHODS)
    )
    head = "package com.l2jserver.gameserver.model;\n\npublic class Huge {\n    private int _v;\n"
    return f"{head}{methods}}}\n"


async def test_code_actions_are_answered_while_migrations_run(tmp_path: Path) -> None:
    session = await start_session(tmp_path, {"backend": "rules", "cache": {"enabled": False}})
    try:
        text = huge_class()
        uri = session.open("src/Huge.java", text)
        lines = text.splitlines()
        picked = [i * (METHODS // (MIGRATIONS + 1)) + 7 for i in range(MIGRATIONS + 1)]
        actions = []
        for n in picked:
            line = lines.index(f"    public int get{n}() {{")
            actions.append((await session.actions(uri, line + 1, 8))[0])
        # A first migration starts the translator's worker; the rest then run together.
        assert (await session.run(actions[0]))["status"] == "applied"
        running = [asyncio.ensure_future(session.run(a)) for a in actions[1:]]
        answered = 0
        while sum(not r.done() for r in running) >= MIGRATIONS // 2:
            line = 10 + (answered * 197) % (len(lines) - 20)
            assert await session.actions(uri, line, 8)
            answered += 1
        results = await asyncio.gather(*running)
        assert [r["status"] for r in results] == ["applied"] * MIGRATIONS, results
        # While half the migrations were still running, the editor got many answers: the
        # translations' work stays off the server's event loop.
        print(f"{answered} code actions answered")
        assert answered >= 5 * MIGRATIONS, answered
        go = (tmp_path / "go" / "gameserver" / "model" / "huge.go").read_text()
        assert go_syntax_error(go) is None and go.count("package model") == 1
        assert sorted(int(n) for n in re.findall(r"\) Get(\d+)\(\)", go)) == picked
    finally:
        await stop_session(session)
