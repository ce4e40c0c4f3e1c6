"""`l2j-lsp dataset stats|export|import` as users run them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "l2j_lsp", "dataset", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_import_stats_export_roundtrip(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i in range(3):
        (seeds / f"p{i}.json").write_text(
            json.dumps(
                {
                    "input_code": f"class A{i} {{}}",
                    "output_code": f"type A{i} struct{{}}",
                    "source_file": f"A{i}.java",
                }
            )
        )
    (seeds / "bad.json").write_text("[]")
    imported = cli("import", str(seeds), cwd=tmp_path)
    assert imported.returncode == 1  # one bad file, named
    assert "bad.json" in imported.stderr and "imported 3 pairs" in imported.stderr
    stats = json.loads(cli("stats", "--json", cwd=tmp_path).stdout)
    assert stats["by_status"]["synthetic"] == 3 and stats["trainable"] == 3
    assert Path(stats["path"]) == tmp_path / ".l2j" / "dataset.sqlite"
    out = tmp_path / "pairs.jsonl"
    assert cli("export", "-o", str(out), cwd=tmp_path).returncode == 0
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [line["metadata"]["source_file"] for line in lines] == ["A0.java", "A1.java", "A2.java"]
    # JSONL back into another store keeps every pair.
    again = cli("import", str(out), "--dataset", str(tmp_path / "b.sqlite"), cwd=tmp_path)
    assert again.returncode == 0 and "imported 3 pairs" in again.stderr


def test_missing_import_source_is_a_usage_error(tmp_path: Path) -> None:
    proc = cli("import", str(tmp_path / "nope"), cwd=tmp_path)
    assert proc.returncode == 2 and "does not exist" in proc.stderr
