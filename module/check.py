"""`l2j-lsp check`: build and vet a migrated module and report each Go error at the Java
line it came from, through the source map the migration wrote (`l2j-sourcemap.json`:
each Go declaration's lines, each statement's Java line and column)."""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass
from pathlib import Path

from . import gotool

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

    def java_of(self, go_file: str, line: int) -> tuple[str | None, int, int, str]:
        """(Java file, line, column, symbol) for a Go position, the statement at or above it."""
        f = self.files.get(go_file)
        if f is None:
            return None, 0, 0, ""
        java = str(f["java"])
        decls = f["decls"]
        assert isinstance(decls, list)
        for d in decls:
            a, b = d["go_lines"]
            if not a <= line <= b:
                continue
            tags = d.get("lines") or []
            starts = [t[0] for t in tags]
            k = bisect.bisect_right(starts, line) - 1
            if k >= 0:
                return java, int(tags[k][1]), int(tags[k][2]), str(d["symbol"])
            jl = d["java_lines"][0] or 1
            return java, int(jl), 1, str(d["symbol"])
        return java, 1, 1, ""


def check(module_dir: Path) -> tuple[bool, list[Finding]]:
    """Builds (all errors of every package) and vets the module. Returns whether it builds
    and vets, and every problem mapped to Java."""
    if not (module_dir / "go.mod").exists():
        raise CheckError(
            f"{module_dir}: no go.mod here; run `l2j-lsp migrate SRC --out {module_dir}` first"
        )
    smap = SourceMap.load(module_dir)
    # Every package's type errors in one pass (go build would stop at the first failing
    # package and skip its dependents), then the build and vet proper.
    problems = gotool.check(module_dir)
    ok = not problems
    if ok:
        ok, problems, _ = gotool.run_go(module_dir, "build")
    if ok:
        ok, problems, _ = gotool.run_go(module_dir, "vet")
    findings = []
    seen: set[tuple[str, int, int, str]] = set()
    for p in problems:
        key = (p.file, p.line, p.col, p.msg)
        if key in seen:
            continue
        seen.add(key)
        java, line, col, symbol = smap.java_of(p.file, p.line)
        findings.append(Finding(java, line, col, f"{p.file}:{p.line}:{p.col}", p.msg, symbol))
    if not ok and not findings:
        findings.append(Finding(None, 0, 0, "", "go build failed without a positioned error"))
    return ok, findings


def shown(path: str | None, cwd: Path) -> str:
    if path is None:
        return "?"
    try:
        return str(Path(path).relative_to(cwd))
    except ValueError:
        return path
