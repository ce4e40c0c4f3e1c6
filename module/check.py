"""`l2j-lsp check`: build and vet a migrated module and report each Go error at the Java
line it came from, through the source map the migration wrote (`l2j-sourcemap.json`:
each Go declaration's lines, each statement's Java line and column)."""

from __future__ import annotations

import bisect
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from l2j_lsp.atomic import atomic_path
from l2j_lsp.migration.gofile import parse_source

from . import gotool

if TYPE_CHECKING:
    from .workspace import ScopeDecl

SOURCEMAP = "l2j-sourcemap.json"


class CheckError(Exception):
    """The directory is not a migrated module (no go.mod), or the toolchain is missing."""


@dataclass(frozen=True)
class Finding:
    java: str | None  # the Java file (absolute), None for Go the migration did not write
    line: int
    col: int
    go: str  # "path/in/module.go:LINE:COL"
    message: str
    symbol: str = ""

    def to_json(self) -> dict[str, object]:
        return {
            "java": self.java,
            "line": self.line,
            "col": self.col,
            "go": self.go,
            "message": self.message,
        }


class SourceMap:
    """Go position -> Java position, from the migration's source map."""

    def __init__(self, data: dict[str, object]) -> None:
        self.files: dict[str, dict[str, object]] = {}
        files = data.get("files", [])
        for f in files if isinstance(files, list) else []:
            if isinstance(f, dict):
                self.files[str(f["go"])] = f

    @classmethod
    def load(cls, module_dir: Path) -> SourceMap:
        path = module_dir / SOURCEMAP
        if not path.exists():
            return cls({})
        try:
            return cls(json.loads(path.read_text()))
        except (OSError, ValueError):
            return cls({})

    def java_of(
        self, go_file: str, line: int, text: str | None = None
    ) -> tuple[str | None, int, int, str]:
        """(Java file, line, column, symbol) for a Go position, the statement at or above it.

        With the Go file's current ``text``, the position is found by the name of the Go
        declaration enclosing it (its line within that declaration), so a map whose line
        numbers an edit made stale still points at the right Java method. Without it, or
        for a map without names, by the recorded lines."""
        f = self.files.get(go_file)
        if f is None:
            return None, 0, 0, ""
        java = str(f["java"])
        decls = f["decls"]
        assert isinstance(decls, list)
        if text is not None and any(d.get("go_keys") for d in decls):
            found = enclosing_decl(text, line)
            if found is None:
                return java, 1, 1, ""
            keys, start = found
            for d in decls:
                if keys & set(d.get("go_keys") or ()):
                    return (java, *_statement(d, d["go_lines"][0] + line - start))
            return java, 1, 1, ""
        for d in decls:
            a, b = d["go_lines"]
            if a <= line <= b:
                return (java, *_statement(d, line))
        return java, 1, 1, ""


def _statement(d: dict[str, object], line: int) -> tuple[int, int, str]:
    """The Java line, column and symbol of Go ``line`` (as the map numbers it) of ``d``."""
    tags = d.get("lines") or []
    assert isinstance(tags, list)
    starts = [t[0] for t in tags]
    k = bisect.bisect_right(starts, line) - 1
    if k >= 0:
        return int(tags[k][1]), int(tags[k][2]), str(d["symbol"])
    java_lines = d["java_lines"]
    assert isinstance(java_lines, list)
    return int(java_lines[0] or 1), 1, str(d["symbol"])


def enclosing_decl(text: str, line: int) -> tuple[frozenset[str], int] | None:
    """The keys and first line (1-based, doc comment included) of the top-level Go
    declaration holding ``line`` of ``text``."""
    data = text.encode("utf-8")
    for d in parse_source(text).decls:
        start = data.count(b"\n", 0, d.start_byte) + 1
        end = data.count(b"\n", 0, d.end_byte) + 1
        if start <= line <= end:
            return d.keys, start
    return None


def check(module_dir: Path) -> tuple[bool, list[Finding]]:
    """Builds (all errors of every package) and vets the module. Returns whether it builds
    and vets, and every problem mapped to Java."""
    _require_module(module_dir)
    # Every package's type errors in one pass (go build would stop at the first failing
    # package and skip its dependents), then the build and vet proper.
    problems = gotool.check(module_dir)
    ok = not problems
    if ok:
        ok, problems, _ = gotool.run_go(module_dir, "build")
    if ok:
        ok, problems, _ = gotool.run_go(module_dir, "vet")
    return ok, map_problems(module_dir, ok, problems)


# Above this much Go (the runtime package aside) the editor's background check stops at the
# type check: compiling L2J's merged package (13 MB of Go) takes minutes and about 14 GB.
BACKGROUND_BUILD_MAX_BYTES = 4_000_000


def go_bytes(module_dir: Path) -> int:
    """The size of the module's own Go (the runtime package `java/` left out)."""
    return sum(
        p.stat().st_size
        for p in module_dir.rglob("*.go")
        if p.relative_to(module_dir).parts[0] != "java"
    )


async def check_async(module_dir: Path, build: bool = True) -> tuple[bool, list[Finding]]:
    """:func:`check` for the language server: the same steps as subprocesses a cancel
    kills; with ``build`` False, the type check alone (every compile error but a few that
    only the compiler reports, and no vet)."""
    _require_module(module_dir)
    problems = await gotool.check_async(module_dir)
    ok = not problems
    if ok and build:
        ok, problems, _ = await gotool.run_go_async(module_dir, "build")
    if ok and build:
        ok, problems, _ = await gotool.run_go_async(module_dir, "vet")
    return ok, map_problems(module_dir, ok, problems)


def _require_module(module_dir: Path) -> None:
    if not (module_dir / "go.mod").exists():
        raise CheckError(
            f"{module_dir}: no go.mod here; run `l2j-lsp migrate SRC --out {module_dir}` first"
        )


def map_problems(module_dir: Path, ok: bool, problems: list[gotool.Problem]) -> list[Finding]:
    """Each problem at the Java position it came from (through the source map and the Go
    files as they are now)."""
    smap = SourceMap.load(module_dir)
    texts: dict[str, str | None] = {}
    findings = []
    seen: set[tuple[str, int, int, str]] = set()
    for p in problems:
        key = (p.file, p.line, p.col, p.msg)
        if key in seen:
            continue
        seen.add(key)
        if p.file not in texts:
            try:
                texts[p.file] = (module_dir / p.file).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                texts[p.file] = None
        java, line, col, symbol = smap.java_of(p.file, p.line, texts[p.file])
        findings.append(Finding(java, line, col, f"{p.file}:{p.line}:{p.col}", p.msg, symbol))
    if not ok and not findings:
        findings.append(Finding(None, 0, 0, "", "go build failed without a positioned error"))
    return findings


def update_sourcemap(
    module_dir: Path,
    module: str,
    go_file: str,
    java: str,
    text: str,
    decls: Sequence[ScopeDecl],
) -> None:
    """Keep the source map true after the editor rewrote ``go_file`` (relative to the
    module) to ``text``: ``decls`` are the declarations just migrated into it; the entries
    of the others the file keeps are renumbered from the text, those gone are dropped."""
    path = module_dir / SOURCEMAP
    try:
        data: Any = json.loads(path.read_text())
        files = data["files"]
        assert isinstance(files, list)
    except (OSError, ValueError, KeyError, TypeError, AssertionError):
        data = {"version": 1, "module": module, "files": []}
        files = data["files"]
    entry = next((f for f in files if isinstance(f, dict) and f.get("go") == go_file), None)
    if entry is None:
        entry = {"go": go_file, "java": java, "decls": []}
        files.append(entry)
    new_keys = frozenset().union(*(d.go_keys for d in decls)) if decls else frozenset()
    old = [
        d for d in entry.get("decls", []) if d.get("go_keys") and not new_keys & set(d["go_keys"])
    ]
    fresh = [
        {
            "go_lines": [0, 0],
            "java_lines": list(d.java_lines),
            "symbol": d.symbol,
            "kind": d.kind,
            "stubbed": False,
            "go_keys": sorted(d.go_keys),
            "lines": [[k, jl, jc] for k, jl, jc in d.lines],  # offsets until placed below
        }
        for d in decls
    ]
    data_bytes = text.encode("utf-8")
    placed: list[dict[str, Any]] = []
    found = parse_source(text).decls
    for d in [*old, *fresh]:
        keys = set(d["go_keys"])
        where = next((g for g in found if g.keys & keys), None)
        if where is None:
            continue  # the declaration is no longer in the file
        a = data_bytes.count(b"\n", 0, where.start_byte) + 1
        b = data_bytes.count(b"\n", 0, where.end_byte) + 1
        shift = a - d["go_lines"][0]
        d["lines"] = [[t[0] + shift, t[1], t[2]] for t in d.get("lines") or []]
        d["go_lines"] = [a, b]
        placed.append(d)
    entry["java"] = java
    entry["decls"] = sorted(placed, key=lambda d: d["go_lines"][0])
    with atomic_path(path) as tmp:
        tmp.write_text(json.dumps(data, indent=1) + "\n")


def shown(path: str | None, cwd: Path) -> str:
    if path is None:
        return "?"
    try:
        return str(Path(path).relative_to(cwd))
    except ValueError:
        return path
