"""The SQLite dataset and the settings merge."""

from __future__ import annotations

import io
import json
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from l2j_lsp.settings import Settings, SettingsError, merge, unwrap_section
from l2j_lsp.training.store import DatasetError, DatasetStore
from l2j_lsp.training.train_data import load_snapshot


def test_pair_lifecycle_and_jsonl_export(tmp_path: Path) -> None:
    store = DatasetStore(tmp_path / "d.sqlite")
    pid = store.add("class A {}", "type A struct{}", "suggested", go_keys=["type A"], backend="llm")
    store.set_status(pid, "accepted")
    assert store.correct(pid, "type A struct{ x int }")
    assert not store.correct(pid, "type A struct{ x int }")  # same text: nothing new
    pair = store.get(pid)
    assert pair is not None
    assert (pair.status, pair.output, pair.suggestion) == (
        "corrected",
        "type A struct{ x int }",
        "type A struct{}",
    )
    out = io.StringIO()
    assert store.export_jsonl(out) == 1
    line = json.loads(out.getvalue())
    assert set(line) == {"input", "output", "metadata"}
    assert set(line["metadata"]) == {
        "source_file",
        "symbol",
        "scope",
        "status",
        "backend",
        "model",
        "analysis",
        "architecture",
        "created_at",
    }
    assert store.stats()["by_status"]["corrected"] == 1
    with pytest.raises(DatasetError):
        store.add("x", "y", "bogus")


def test_import_seed_json_and_jsonl_with_bad_records(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.json").write_text(
        json.dumps(
            {
                "input_code": "class A {}",
                "output_code": "type A struct{}",
                "source_file": "A.java",
                "analysis_trace": {"deps": []},
            }
        )
    )
    (seeds / "broken.json").write_text("{not json")
    (seeds / "empty.json").write_text(json.dumps({"input_code": "", "output_code": "x"}))
    (seeds / "pairs.jsonl").write_text(
        json.dumps({"input": "class B {}", "output": "type B struct{}", "metadata": {}})
        + "\n"
        + json.dumps({"input": "class A {}", "output": "type A struct{}"})
        + "\n"
    )
    store = DatasetStore(tmp_path / "d.sqlite")
    report = store.import_path(seeds)
    assert report.added == 2
    assert report.skipped_duplicates == 1
    assert len(report.errors) == 2
    pairs = store.pairs()
    assert {p.status for p in pairs} == {"synthetic"}
    assert json.loads(pairs[0].analysis) == {"deps": []}


def test_concurrent_writers_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite"

    def writer(n: int) -> None:
        store = DatasetStore(path)
        for i in range(50):
            store.add(f"class C{n}_{i} {{}}", "x", "accepted")
        store.close()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    reader = DatasetStore(path)
    seen = [len(reader.pairs()) for _ in range(20)]
    for t in threads:
        t.join()
    assert seen == sorted(seen)
    assert len(reader.pairs()) == 200


def test_corrupt_dataset_file_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DatasetError, match="is damaged or not a dataset"):
        DatasetStore(path)


def test_settings_sources_merge_later_wins(tmp_path: Path) -> None:
    raw = merge({}, unwrap_section({"l2j": {"backend": "llm", "llm": {"model": "m1"}}}))
    raw = merge(raw, unwrap_section({"llm": {"model": "m2", "baseUrl": None}}))
    s = Settings.resolve(raw, tmp_path, environ={})
    assert (s.backend, s.llm.model) == ("llm", "m2")
    assert s.llm.base_url == "https://openrouter.ai/api/v1"
    assert s.dataset_path == tmp_path / ".l2j" / "dataset.sqlite"
    assert s.hrm_checkpoint == tmp_path / "checkpoints" / "l2j_hrm" / "best.ckpt"
    env = Settings.resolve(raw, tmp_path, environ={"L2J_LLM_BASE_URL": "http://127.0.0.1:9/v1/"})
    assert env.llm.base_url == "http://127.0.0.1:9/v1"


def test_bad_settings_name_the_key(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match=r"l2j\.backend"):
        Settings.resolve({"backend": "gpt"}, tmp_path)
    with pytest.raises(SettingsError, match=r"l2j\.llm\.timeout"):
        Settings.resolve({"llm": {"timeout": "soon"}}, tmp_path)


def _filled(path: Path, n: int = 200) -> Path:
    with DatasetStore(path) as store:
        for i in range(n):
            store.add(f"class C{i} {{}}" + " " * 200, f"type C{i} struct{{}}", "accepted")
    return path


def _zero_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 5] = bytes(4096 * 3)
    path.write_bytes(bytes(data))


def _foreign(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE pairs (id INTEGER PRIMARY KEY, java TEXT, go TEXT)")


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda p: p.write_bytes(bytes(range(256)) * 40), "is damaged or not a dataset"),
        (lambda p: _zero_pages(_filled(p)), "is damaged or not a dataset"),
        (_foreign, "has a 'pairs' table without the column(s) input, output"),
    ],
    ids=["random-bytes", "zeroed-pages", "wrong-schema"],
)
def test_a_damaged_dataset_is_refused_by_name_and_left_as_it_was(
    tmp_path: Path, damage: Callable[[Path], None], message: str
) -> None:
    path = tmp_path / "d.sqlite"
    damage(path)
    before = path.read_bytes()
    with pytest.raises(DatasetError) as info:
        DatasetStore(path)
    assert str(path) in str(info.value) and message in str(info.value)
    assert path.read_bytes() == before


def test_bad_rows_are_skipped_and_counted_extra_columns_ignored(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "d.sqlite"
    with DatasetStore(path) as store:
        ids = [store.add(f"class A{i} {{}}", f"type A{i} struct{{}}", "accepted") for i in range(4)]
    with sqlite3.connect(path) as conn:
        conn.execute("ALTER TABLE pairs ADD COLUMN reviewer TEXT DEFAULT 'bob'")  # another tool's
        conn.execute("UPDATE pairs SET go_keys = 'not json' WHERE id = ?", (ids[1],))
        conn.execute("UPDATE pairs SET output = X'C0FFEE' WHERE id = ?", (ids[2],))
    with DatasetStore(path) as store:
        assert [p.id for p in store.pairs()] == [ids[0], ids[3]]
        assert set(store.skipped) == {ids[1], ids[2]}
        out = io.StringIO()
        assert store.export_jsonl(out) == 2
        assert store.stats()["total"] == 4
    assert f"skipped pair {ids[1]}: go_keys is not JSON" in caplog.text
    assert f"skipped pair {ids[2]}: output is bytes, not text" in caplog.text


def test_training_reads_around_a_bad_row(tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite"
    with DatasetStore(path) as store:
        for i in range(3):
            store.add(
                f"int f{i}() {{ return {i}; }}", f"func f{i}() int {{ return {i} }}", "accepted"
            )
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE pairs SET go_keys = '{' WHERE id = 2")
    snapshot = load_snapshot(path, None)
    assert snapshot.from_store == 2 and len(snapshot.examples) == 2


def test_workspace_settings_keep_written_files_inside_the_workspace(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    (root / ".l2j").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    (root / "link").symlink_to(tmp_path / "elsewhere")  # a committed symlink is no way out
    for key, value in (
        ("dataset", {"path": "../elsewhere/d.sqlite"}),
        ("dataset", {"path": "link/d.sqlite"}),
        ("cache", {"path": str(tmp_path / "elsewhere" / "c.sqlite")}),
        ("dataset", {"path": "~/d.sqlite"}),
    ):
        with pytest.raises(SettingsError, match=rf"l2j\.{key}\.path .* is outside the workspace"):
            Settings.resolve({key: value}, root, environ={}, confine=True)
    inside = Settings.resolve(
        {"dataset": {"path": "data/d.sqlite"}}, root, environ={}, confine=True
    )
    assert inside.dataset_path == root.resolve() / "data" / "d.sqlite"
    # The user's environment, or the command line (not confined), may choose any place.
    env = {"L2J_DATASET_PATH": str(tmp_path / "elsewhere" / "d.sqlite")}
    chosen = Settings.resolve({}, root, environ=env, confine=True)
    assert chosen.dataset_path == tmp_path / "elsewhere" / "d.sqlite"
    cli = Settings.resolve({"dataset": {"path": "../elsewhere/d.sqlite"}}, root, environ={})
    assert cli.dataset_path.resolve() == (tmp_path / "elsewhere" / "d.sqlite").resolve()


def test_a_store_from_before_the_errors_column_opens_and_records_repairs(tmp_path: Path) -> None:
    """Issue 11: a repaired pair keeps the compiler errors it fixed; a dataset written before
    the column existed gains it on open and its pairs read as before."""
    path = tmp_path / "d.sqlite"
    with DatasetStore(path) as store:
        old = store.add("int f() { return 1; }", "func f() int { return 1 }", "accepted")
    with sqlite3.connect(path) as conn:
        conn.execute("ALTER TABLE pairs DROP COLUMN errors")  # as an older version wrote it
    with DatasetStore(path) as store:
        pair = store.get(old)
        assert pair is not None and pair.errors == ""
        store.add(
            "String g(Object o)",
            "func g(o any) string { return fmt.Sprint(o) }",
            "corrected",
            errors=["line 2 of the Go: cannot use o"],
        )
        out = io.StringIO()
        assert store.export_jsonl(out) == 2
    lines = [json.loads(x) for x in out.getvalue().splitlines()]
    assert "compiler_errors" not in lines[0]["metadata"]
    assert lines[1]["metadata"]["compiler_errors"] == ["line 2 of the Go: cannot use o"]
    assert lines[1]["metadata"]["status"] == "corrected"
    back = tmp_path / "back.sqlite"
    jsonl = tmp_path / "pairs.jsonl"
    jsonl.write_text(out.getvalue())
    with DatasetStore(back) as store:
        assert store.import_path(jsonl).added == 2
        assert [p.errors for p in store.pairs()] == ["", '["line 2 of the Go: cannot use o"]']


def test_java_source_roots_resolve_against_the_root(tmp_path: Path) -> None:
    assert Settings.resolve({}, tmp_path).java_source_roots is None  # the default roots
    s = Settings.resolve({"java": {"sourceRoots": ["a/src", "/abs/java"]}}, tmp_path)
    assert s.java_source_roots == (tmp_path.resolve() / "a/src", Path("/abs/java"))
    for bad in ([], [""], 3, {"x": 1}):
        with pytest.raises(SettingsError, match=r"java\.sourceRoots"):
            Settings.resolve({"java": {"sourceRoots": bad}}, tmp_path)


def test_repair_rounds_default_and_bad_values(tmp_path: Path) -> None:
    assert Settings.resolve({}, tmp_path).repair_rounds == 3
    assert Settings.resolve({"repair": {"rounds": 5}}, tmp_path).repair_rounds == 5
    for bad in (0, -1, 1.5, "2", True):
        with pytest.raises(SettingsError, match=r"l2j\.repair\.rounds"):
            Settings.resolve({"repair": {"rounds": bad}}, tmp_path)


def test_a_dataset_locked_all_along_is_busy_not_damaged(tmp_path: Path) -> None:
    """Another process holding the file through the whole busy timeout: the message says it
    is locked (it said "damaged ... move it aside", which would lose nothing but scare)."""
    path = tmp_path / "d.sqlite"
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("CREATE TABLE t(x)")
    other.execute("BEGIN")
    other.execute("SELECT * FROM t").fetchall()
    try:
        with pytest.raises(DatasetError, match="stayed locked by another process"):
            DatasetStore(path)
    finally:
        other.close()
    # Nothing was changed: the other process's file is as it left it.
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "delete"
