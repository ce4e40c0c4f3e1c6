"""The dataset of Java -> Go pairs, in SQLite.

WAL mode so the language server can write while ``l2j-lsp train`` reads; one transaction
per change so a crash never leaves half a pair. Statuses:

- ``suggested``: a backend answered, the user has not decided yet;
- ``accepted``: the edit was applied;
- ``rejected``: the user declined the edit;
- ``corrected``: the user changed the applied Go and saved; ``output`` is their text;
- ``synthetic``: ground truth from a teacher LLM (``synth``) or imported seed pairs.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

STATUSES = ("suggested", "accepted", "rejected", "corrected", "synthetic")
# The pairs fit for training, in the order of trust.
TRAINING_STATUSES = ("corrected", "accepted", "synthetic")

SCHEMA = """
CREATE TABLE IF NOT EXISTS pairs (
    id INTEGER PRIMARY KEY,
    input TEXT NOT NULL,
    output TEXT NOT NULL,
    suggestion TEXT NOT NULL,
    status TEXT NOT NULL,
    source_file TEXT NOT NULL DEFAULT '',
    symbol TEXT NOT NULL DEFAULT '',
    scope TEXT NOT NULL DEFAULT '',
    backend TEXT NOT NULL DEFAULT '',
    model TEXT NOT NULL DEFAULT '',
    go_file TEXT NOT NULL DEFAULT '',
    go_keys TEXT NOT NULL DEFAULT '[]',
    route TEXT NOT NULL DEFAULT '',
    analysis TEXT NOT NULL DEFAULT '',
    architecture TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS pairs_status ON pairs(status);
CREATE INDEX IF NOT EXISTS pairs_go_file ON pairs(go_file);
"""


class DatasetError(Exception):
    """The dataset file or an import cannot be used; the message says why."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class Pair:
    id: int
    input: str
    output: str
    suggestion: str
    status: str
    source_file: str = ""
    symbol: str = ""
    scope: str = ""
    backend: str = ""
    model: str = ""
    go_file: str = ""
    go_keys: list[str] = field(default_factory=list)
    route: str = ""
    analysis: str = ""
    architecture: str = ""
    created_at: str = ""
    updated_at: str = ""

    def to_jsonl(self) -> dict[str, Any]:
        """The contract's HRM JSONL line."""
        return {
            "input": self.input,
            "output": self.output,
            "metadata": {
                "source_file": self.source_file,
                "symbol": self.symbol,
                "scope": self.scope,
                "status": self.status,
                "backend": self.backend,
                "model": self.model,
                "analysis": self.analysis,
                "architecture": self.architecture,
                "created_at": self.created_at,
            },
        }


@dataclass
class ImportReport:
    added: int = 0
    skipped_duplicates: int = 0
    errors: list[str] = field(default_factory=list)


class DatasetStore:
    """One SQLite file; safe to share between the server's threads (one lock) and with
    other processes (WAL, busy timeout)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(
                path, timeout=30.0, isolation_level=None, check_same_thread=False
            )
            self._conn.row_factory = sqlite3.Row
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA busy_timeout=30000")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.executescript(SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise DatasetError(f"cannot open the dataset {path}: {exc}") from exc
        self._lock = threading.Lock()

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> DatasetStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    # --- writes -----------------------------------------------------------------------

    def add(
        self,
        input: str,
        output: str,
        status: str,
        *,
        source_file: str = "",
        symbol: str = "",
        scope: str = "",
        backend: str = "",
        model: str = "",
        go_file: str = "",
        go_keys: Iterable[str] = (),
        route: str = "",
        analysis: str = "",
        architecture: str = "",
        created_at: str | None = None,
    ) -> int:
        if status not in STATUSES:
            raise DatasetError(f"unknown status {status!r}; one of {', '.join(STATUSES)}")
        now = _now()
        with self._transaction() as conn:
            cur = conn.execute(
                "INSERT INTO pairs (input, output, suggestion, status, source_file, symbol,"
                " scope, backend, model, go_file, go_keys, route, analysis, architecture,"
                " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    input,
                    output,
                    output,
                    status,
                    source_file,
                    symbol,
                    scope,
                    backend,
                    model,
                    go_file,
                    json.dumps(sorted(go_keys)),
                    route,
                    analysis,
                    architecture,
                    created_at or now,
                    now,
                ),
            )
            return int(cur.lastrowid or 0)

    def set_status(self, pair_id: int, status: str) -> None:
        if status not in STATUSES:
            raise DatasetError(f"unknown status {status!r}")
        with self._transaction() as conn:
            conn.execute(
                "UPDATE pairs SET status = ?, updated_at = ? WHERE id = ?",
                (status, _now(), pair_id),
            )

    def correct(self, pair_id: int, output: str) -> bool:
        """Record the user's text as the pair's output; False when it equals the current
        output (nothing to record)."""
        with self._transaction() as conn:
            row = conn.execute("SELECT output FROM pairs WHERE id = ?", (pair_id,)).fetchone()
            if row is None or row["output"] == output:
                return False
            conn.execute(
                "UPDATE pairs SET output = ?, status = 'corrected', updated_at = ? WHERE id = ?",
                (output, _now(), pair_id),
            )
            return True

    # --- reads ------------------------------------------------------------------------

    def get(self, pair_id: int) -> Pair | None:
        with self._lock:
            row = self._conn.execute("SELECT * FROM pairs WHERE id = ?", (pair_id,)).fetchone()
        return _pair(row) if row else None

    def pairs(self, statuses: Iterable[str] | None = None) -> list[Pair]:
        """A consistent snapshot (one SELECT) of the pairs with the given statuses."""
        query = "SELECT * FROM pairs"
        args: tuple[str, ...] = ()
        if statuses is not None:
            args = tuple(statuses)
            query += f" WHERE status IN ({','.join('?' * len(args))})"
        with self._lock:
            rows = self._conn.execute(query + " ORDER BY id", args).fetchall()
        return [_pair(r) for r in rows]

    def for_go_file(self, go_file: str) -> list[Pair]:
        """Applied pairs whose Go lives in ``go_file``, newest first."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT * FROM pairs WHERE go_file = ? AND status IN ('accepted', 'corrected')"
                " ORDER BY id DESC",
                (go_file,),
            ).fetchall()
        return [_pair(r) for r in rows]

    def previous_keys(self, go_file: str, symbol: str) -> frozenset[str]:
        """The Go keys the newest applied migration of ``symbol`` left in ``go_file``."""
        with self._lock:
            row = self._conn.execute(
                "SELECT go_keys FROM pairs WHERE go_file = ? AND symbol = ?"
                " AND status IN ('accepted', 'corrected') ORDER BY id DESC LIMIT 1",
                (go_file, symbol),
            ).fetchone()
        return frozenset(json.loads(row["go_keys"])) if row else frozenset()

    def stats(self) -> dict[str, Any]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT status, COUNT(*) AS n FROM pairs GROUP BY status"
            ).fetchall()
            backends = self._conn.execute(
                "SELECT backend, COUNT(*) AS n FROM pairs GROUP BY backend"
            ).fetchall()
        by_status = {s: 0 for s in STATUSES}
        by_status.update({r["status"]: r["n"] for r in rows})
        return {
            "path": str(self.path),
            "total": sum(by_status.values()),
            "by_status": by_status,
            "by_backend": {r["backend"] or "-": r["n"] for r in backends},
            "trainable": sum(by_status[s] for s in TRAINING_STATUSES),
        }

    # --- JSONL and seed files -----------------------------------------------------------

    def export_jsonl(self, out: IO[str], statuses: Iterable[str] = TRAINING_STATUSES) -> int:
        count = 0
        for pair in self.pairs(statuses):
            out.write(json.dumps(pair.to_jsonl(), ensure_ascii=False) + "\n")
            count += 1
        return count

    def import_path(self, path: Path) -> ImportReport:
        """Import a folder of seed ``*.json`` pair files, one such file, or HRM JSONL."""
        report = ImportReport()
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.suffix in (".json", ".jsonl"))
        elif path.is_file():
            files = [path]
        else:
            raise DatasetError(f"{path} does not exist")
        existing = {(p.input, p.output) for p in self.pairs()}
        for file in files:
            try:
                records = list(_read_records(file))
            except (OSError, UnicodeDecodeError, json.JSONDecodeError, DatasetError) as exc:
                report.errors.append(f"{file}: {exc}")
                continue
            for where, record in records:
                if isinstance(record, str):
                    report.errors.append(f"{where}: {record}")
                    continue
                key = (record["input"], record["output"])
                if key in existing:
                    report.skipped_duplicates += 1
                    continue
                existing.add(key)
                self.add(**record)
                report.added += 1
        return report


def _read_records(file: Path) -> Iterator[tuple[str, dict[str, Any] | str]]:
    """(where, record-or-error) for each pair of a seed JSON file or a JSONL file."""
    text = file.read_text(encoding="utf-8")
    if file.suffix == ".jsonl":
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                yield f"{file}:{n}", _from_jsonl(json.loads(line))
        return
    data = json.loads(text)
    yield str(file), _from_seed(data)


def _from_seed(data: Any) -> dict[str, Any] | str:
    if not isinstance(data, dict):
        return "not a JSON object"
    java, go = data.get("input_code"), data.get("output_code")
    if not isinstance(java, str) or not isinstance(go, str) or not java.strip() or not go.strip():
        return "needs non-empty 'input_code' and 'output_code'"
    return {
        "input": java,
        "output": go,
        "status": "synthetic",
        "source_file": str(data.get("source_file", "")),
        "symbol": str(data.get("symbol", "")),
        "scope": str(data.get("scope", "file")),
        "backend": str(data.get("backend", "seed")),
        "model": str(data.get("model", "")),
        "analysis": _trace(data.get("analysis_trace")),
        "architecture": _trace(data.get("architecture_trace")),
    }


def _from_jsonl(data: Any) -> dict[str, Any] | str:
    if not isinstance(data, dict):
        return "not a JSON object"
    java, go = data.get("input"), data.get("output")
    if not isinstance(java, str) or not isinstance(go, str) or not java.strip() or not go.strip():
        return "needs non-empty 'input' and 'output'"
    meta = data.get("metadata") or {}
    if not isinstance(meta, dict):
        return "'metadata' must be an object"
    status = meta.get("status") or "synthetic"
    if status not in STATUSES:
        return f"unknown status {status!r}"
    return {
        "input": java,
        "output": go,
        "status": status,
        "source_file": str(meta.get("source_file", "")),
        "symbol": str(meta.get("symbol", "")),
        "scope": str(meta.get("scope", "")),
        "backend": str(meta.get("backend", "")),
        "model": str(meta.get("model", "")),
        "analysis": _trace(meta.get("analysis")),
        "architecture": _trace(meta.get("architecture")),
        "created_at": meta.get("created_at") or None,
    }


def _trace(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _pair(row: sqlite3.Row) -> Pair:
    data = dict(row)
    data["go_keys"] = json.loads(data.get("go_keys") or "[]")
    return Pair(**data)
