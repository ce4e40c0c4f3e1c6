"""The SQLite dataset and the settings merge."""

from __future__ import annotations

import io
import json
import threading
from pathlib import Path

import pytest

from l2j_lsp.settings import Settings, SettingsError, merge, unwrap_section
from l2j_lsp.training.store import DatasetError, DatasetStore


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
