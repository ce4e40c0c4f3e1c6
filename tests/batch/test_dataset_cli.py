"""`l2j-lsp dataset stats|export|import` as users run them, on good and damaged stores."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from l2j_lsp.training.store import DatasetStore

REPO = Path(__file__).resolve().parents[2]


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


def l2j(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "l2j_lsp", *args], cwd=cwd, capture_output=True, text=True
    )


def test_export_skips_a_bad_row_names_it_and_exports_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite"
    with DatasetStore(path) as store:
        for i in range(3):
            store.add(f"class A{i} {{}}", f"type A{i} struct{{}}", "accepted")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE pairs SET go_keys = 'oops' WHERE id = 2")
    out = tmp_path / "pairs.jsonl"
    proc = cli("export", "--dataset", str(path), "-o", str(out), cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr  # some inputs failed, each named
    assert "skipped pair 2: go_keys is not JSON" in proc.stderr
    assert "exported 2 pairs; skipped 1 unreadable" in proc.stderr
    assert [json.loads(line)["input"] for line in out.read_text().splitlines()] == [
        "class A0 {}",
        "class A2 {}",
    ]


def test_a_damaged_dataset_is_a_usage_error_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite"
    with DatasetStore(path) as store:
        for i in range(200):
            store.add(f"int f{i}() {{ return {i}; }}" + " " * 300, f"func f{i}() int", "accepted")
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 6] = bytes(4096 * 4)  # pages zeroed: it still opens as SQLite
    path.write_bytes(bytes(data))
    config = tmp_path / "cfg.yaml"
    config.write_text((REPO / "configs" / "train_l2j_hrm_cpu.yaml").read_text())
    for args in (
        ("dataset", "export", "--dataset", str(path)),
        ("dataset", "stats", "--dataset", str(path)),
        ("dataset", "import", str(tmp_path), "--dataset", str(path)),
        ("train", "--config", str(config), "--dataset", str(path), "--device", "cpu"),
    ):
        proc = l2j(*args, cwd=tmp_path)
        assert proc.returncode == 2, (args, proc.stderr[-2000:])
        assert str(path) in proc.stderr and "damaged" in proc.stderr, proc.stderr
        assert "Traceback" not in proc.stderr
