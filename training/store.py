"""The dataset of Java -> Go pairs, in SQLite.

WAL mode so the language server can write while ``l2j-lsp train`` reads; one transaction
per change so a crash never leaves half a pair. Statuses:

- ``suggested``: a backend answered, the user has not decided yet;
- ``accepted``: the edit was applied;
- ``rejected``: the user declined the edit;
- ``corrected``: the user changed the applied Go and saved; ``output`` is their text;
- ``synthetic``: ground truth from a teacher LLM (``synth``) or imported seed pairs.

A damaged file (not SQLite, damaged pages, another program's table) raises
:class:`DatasetError` naming the file, from the constructor or from the call that meets
the damage; a single bad row (a value of the wrong type, unreadable keys, an unknown
status) is skipped, counted in :attr:`DatasetStore.skipped` and logged, never fatal.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

log = logging.getLogger("l2j.dataset")

STATUSES = ("suggested", "accepted", "rejected", "corrected", "synthetic")
# The pairs fit for training, in the order of trust.
TRAINING_STATUSES = ("corrected", "accepted", "synthetic")
# How long a connection waits for another one's lock.
BUSY_SECONDS = 30.0
# Tries at switching a new file to WAL while other connections open it (20 ms more each).
WAL_TRIES = 15

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
    updated_at TEXT NOT NULL,
    owner TEXT NOT NULL DEFAULT '',
    errors TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS pairs_status ON pairs(status);
CREATE INDEX IF NOT EXISTS pairs_go_file ON pairs(go_file);
"""
# Added after the first release: older files get them on open.
_OWNER_COLUMN = "ALTER TABLE pairs ADD COLUMN owner TEXT NOT NULL DEFAULT ''"
# The compiler errors a repair (issue 11) fixed, a JSON list; '' for other pairs.
_ERRORS_COLUMN = "ALTER TABLE pairs ADD COLUMN errors TEXT NOT NULL DEFAULT ''"
_ADDED_COLUMNS = {"owner": _OWNER_COLUMN, "errors": _ERRORS_COLUMN}


class DatasetError(Exception):
    """The dataset file or an import cannot be used; the message says why."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def process_owner() -> str:
    """Who holds a ``suggested`` pair open: this host and process."""
    return f"{socket.gethostname()}:{os.getpid()}"


def _owner_gone(owner: str) -> bool:
    """True when ``owner`` was a process of this host that no longer runs."""
    host, _, pid = owner.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return False  # another host's, or from before owners were kept: cannot tell
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False  # alive, another user's
    return False


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
    # A repaired pair: the compiler errors its output fixed (a JSON list), else ''.
    errors: str = ""

    def to_jsonl(self) -> dict[str, Any]:
        """The contract's HRM JSONL line (``compiler_errors`` only for a repaired pair)."""
        extra: dict[str, Any] = {}
        if self.errors:
            try:
                extra["compiler_errors"] = json.loads(self.errors)
            except json.JSONDecodeError:
                extra["compiler_errors"] = [self.errors]
        return {
            "input": self.input,
            "output": self.output,
            "metadata": {
                **extra,
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
        # Rows left out of reads because they cannot be used: id -> why.
        self.skipped: dict[int, str] = {}
        self._lock = threading.Lock()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatasetError(f"cannot create the folder of the dataset {path}: {exc}") from exc
        try:
            self._conn = sqlite3.connect(
                path, timeout=BUSY_SECONDS, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise DatasetError(f"cannot open the dataset {path}: {exc}") from exc
        try:
            self._open()
        except (sqlite3.Error, DatasetError) as exc:
            self._conn.close()
            if isinstance(exc, DatasetError):
                raise
            raise self._damaged(exc) from exc

    def _open(self) -> None:
        """Check the file before changing anything in it (journal mode, schema): a file
        that is not a dataset is left exactly as it was."""
        conn = self._conn
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout={int(BUSY_SECONDS * 1000)}")
        columns = {row["name"] for row in conn.execute("PRAGMA table_info(pairs)")}
        missing = [c for c in _COLUMNS if c not in columns and c not in _ADDED_COLUMNS]
        if columns and missing:
            raise DatasetError(
                f"the dataset {self.path} has a 'pairs' table without the column(s) "
                f"{', '.join(missing)}: it was not written by l2j-lsp; point --dataset "
                "(or l2j.dataset.path) at another file"
            )
        # Damaged pages show here rather than in the middle of a later write.
        problems = [row[0] for row in conn.execute("PRAGMA quick_check(3)")]
        if problems != ["ok"]:
            raise self._damaged(sqlite3.DatabaseError("; ".join(problems)))
        self._set_wal()
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.executescript(SCHEMA)
        for name, alter in _ADDED_COLUMNS.items():
            if columns and name not in columns:
                conn.execute(alter)

    def _set_wal(self) -> None:
        """Switch the file to WAL. When several writers open a new file at once, SQLite
        answers some of them "database is locked" at once, without waiting on the busy
        handler (seen in CI: a busy file, not a damaged one), so the switch is tried again a
        few times; a lock held all along still ends after the busy timeout."""
        began = time.monotonic()
        for attempt in range(WAL_TRIES):
            try:
                self._conn.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc):
                    raise
                if attempt == WAL_TRIES - 1 or time.monotonic() - began >= BUSY_SECONDS:
                    raise DatasetError(
                        f"the dataset {self.path} stayed locked by another process while "
                        f"opening it ({exc}): try again once it is done"
                    ) from exc
                time.sleep(0.02 * (attempt + 1))

    def _damaged(self, exc: sqlite3.Error) -> DatasetError:
        return DatasetError(
            f"the dataset {self.path} is damaged or not a dataset ({exc}): move it aside "
            "to start a new one, or recover its pairs with `sqlite3 FILE .recover`"
        )

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> DatasetStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock, self._sqlite_errors():
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def _query(self, query: str, args: Iterable[Any] = ()) -> list[sqlite3.Row]:
        with self._lock, self._sqlite_errors():
            return self._conn.execute(query, tuple(args)).fetchall()

    @contextmanager
    def _sqlite_errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise DatasetError(f"the dataset {self.path} is busy: {exc}") from exc
            raise self._damaged(exc) from exc
        except sqlite3.Error as exc:
            raise self._damaged(exc) from exc

    def _pairs(self, rows: list[sqlite3.Row]) -> list[Pair]:
        """The usable pairs of ``rows``; the others are counted in :attr:`skipped`."""
        out: list[Pair] = []
        for row in rows:
            try:
                out.append(_pair(row))
            except (TypeError, ValueError) as exc:
                key = row["id"] if isinstance(row["id"], int) else -1
                if key not in self.skipped:
                    log.warning("%s: skipped pair %s: %s", self.path, row["id"], exc)
                self.skipped[key] = str(exc)
        return out

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
        owner: str = "",
        errors: Iterable[str] = (),
    ) -> int:
        """Insert a pair; ``owner`` (see :func:`process_owner`) marks a ``suggested`` pair
        as held open by a running process, so an orphan can be told from one in use."""
        if status not in STATUSES:
            raise DatasetError(f"unknown status {status!r}; one of {', '.join(STATUSES)}")
        now = _now()
        with self._transaction() as conn:
            cur = conn.execute(
                "INSERT INTO pairs (input, output, suggestion, status, source_file, symbol,"
                " scope, backend, model, go_file, go_keys, route, analysis, architecture,"
                " created_at, updated_at, owner, errors)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
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
                    owner,
                    json.dumps(errs) if (errs := list(errors)) else "",
                ),
            )
            return int(cur.lastrowid or 0)

    def set_status(self, pair_id: int, status: str) -> None:
        if status not in STATUSES:
            raise DatasetError(f"unknown status {status!r}")
        with self._transaction() as conn:
            conn.execute(
                "UPDATE pairs SET status = ?, updated_at = ?, owner = '' WHERE id = ?",
                (status, _now(), pair_id),
            )

    def remove_orphans(self) -> int:
        """Delete the ``suggested`` pairs whose process stopped before the user answered
        (killed, crashed): nobody will ever decide them. Pairs held by a live process, or
        by another host's, stay. Returns how many went."""
        rows = self._query("SELECT id, owner FROM pairs WHERE status = 'suggested'")
        gone = [r["id"] for r in rows if _owner_gone(str(r["owner"] or ""))]
        if gone:
            with self._transaction() as conn:
                conn.executemany(
                    "DELETE FROM pairs WHERE id = ? AND status = 'suggested'",
                    [(i,) for i in gone],
                )
        return len(gone)

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
        found = self._pairs(self._query("SELECT * FROM pairs WHERE id = ?", (pair_id,)))
        return found[0] if found else None

    def pairs(self, statuses: Iterable[str] | None = None) -> list[Pair]:
        """A consistent snapshot (one SELECT) of the pairs with the given statuses."""
        query = "SELECT * FROM pairs"
        args: tuple[str, ...] = ()
        if statuses is not None:
            args = tuple(statuses)
            query += f" WHERE status IN ({','.join('?' * len(args))})"
        return self._pairs(self._query(query + " ORDER BY id", args))

    def for_go_file(self, go_file: str) -> list[Pair]:
        """Applied pairs whose Go lives in ``go_file``, newest first."""
        return self._pairs(
            self._query(
                "SELECT * FROM pairs WHERE go_file = ? AND status IN ('accepted', 'corrected')"
                " ORDER BY id DESC",
                (go_file,),
            )
        )

    def previous_keys(self, go_file: str, symbol: str) -> frozenset[str]:
        """The Go keys the newest applied migration of ``symbol`` left in ``go_file``."""
        rows = self._pairs(
            self._query(
                "SELECT * FROM pairs WHERE go_file = ? AND symbol = ?"
                " AND status IN ('accepted', 'corrected') ORDER BY id DESC LIMIT 1",
                (go_file, symbol),
            )
        )
        return frozenset(rows[0].go_keys) if rows else frozenset()

    def stats(self) -> dict[str, Any]:
        rows = self._query("SELECT status, COUNT(*) AS n FROM pairs GROUP BY status")
        backends = self._query("SELECT backend, COUNT(*) AS n FROM pairs GROUP BY backend")
        by_status = {s: 0 for s in STATUSES}
        by_status.update({r["status"]: r["n"] for r in rows if r["status"] in by_status})
        return {
            "path": str(self.path),
            "total": sum(by_status.values()),
            "by_status": by_status,
            "by_backend": {str(r["backend"] or "-"): r["n"] for r in backends},
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
        "errors": [str(e) for e in meta.get("compiler_errors") or [] if e],
    }


def _trace(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


_PAIR_FIELDS = tuple(f.name for f in fields(Pair))
# The table's columns: the pair's fields, and which process holds a suggestion open.
_COLUMNS = (*_PAIR_FIELDS, "owner")


def _pair(row: sqlite3.Row) -> Pair:
    """A row as a Pair; ValueError or TypeError when it cannot be one. Columns added by
    other tools are ignored."""
    data = {k: row[k] for k in row.keys() if k in _PAIR_FIELDS}  # noqa: SIM118 (Row)
    if not isinstance(data.get("id"), int):
        raise ValueError(f"id {data.get('id')!r} is not a number")
    for key in _PAIR_FIELDS:
        if key == "errors" and data.get(key) is None:
            data[key] = ""  # a row from before the column, read before the migration
        if key not in ("id", "go_keys") and not isinstance(data.get(key), str):
            raise TypeError(f"{key} is {type(data.get(key)).__name__}, not text")
    if data["status"] not in STATUSES:
        raise ValueError(f"unknown status {data['status']!r}")
    try:
        keys = json.loads(data.get("go_keys") or "[]")
    except (TypeError, json.JSONDecodeError) as exc:
        raise ValueError(f"go_keys is not JSON ({exc})") from None
    if not isinstance(keys, list) or not all(isinstance(k, str) for k in keys):
        raise ValueError("go_keys is not a list of names")
    data["go_keys"] = keys
    return Pair(**data)
