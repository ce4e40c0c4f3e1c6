"""The Java project of a workspace, for the editor: its source roots indexed, translated
and laid out as `l2j-lsp migrate` lays them out, so that a method migrated in the editor
gets the Go names, package and imports it has in the whole module. Built in the
background; a translation of a file with unsaved changes re-indexes with the buffer's
text."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from l2j_lsp.backends.wp.statics import Statics
from l2j_lsp.backends.wp.translate import FileResult, run_deep, translate_file
from l2j_lsp.migration.gofile import parse_source
from l2j_lsp.project.model import Project, iter_java_files
from l2j_lsp.project.naming import name_project
from l2j_lsp.project.symbols import SourceFile

from . import gotool
from .assemble import Resolver
from .layout import Layout
from .migrate import _TAG, _package_edges, library_files

Progress = Callable[[str, int, int], None]


def default_roots(root: Path) -> list[Path]:
    """Every `src/main/java` under the workspace (a Maven layout), else the root itself."""
    found = sorted(p for p in root.glob("**/src/main/java") if p.is_dir() and ".git" not in p.parts)
    return found or [root]


@dataclass
class Snapshot:
    project: Project
    statics: Statics
    layout: Layout
    results: dict[Path, FileResult]
    built_at: float


@dataclass(frozen=True)
class ScopeDecl:
    """One Go declaration of a :class:`ScopeGo`, as the source map records it."""

    symbol: str
    kind: str
    java_lines: tuple[int, int]
    go_keys: frozenset[str]  # its Go names (migration.gofile keys: "func NewFoo"...)
    # (line offset in the declaration's Go text, Java line, Java column), one a statement.
    lines: list[tuple[int, int, int]]


@dataclass(frozen=True)
class ScopeGo:
    """Go for one Java scope, ready to merge into its module file."""

    go: str  # declarations with their import block (no package clause)
    path: Path  # the Go file in the module
    package: str
    symbols: list[str]
    decls: list[ScopeDecl] = field(default_factory=list)


class Workspace:
    def __init__(self, roots: list[Path], out_dir: Path, strip: str, module: str) -> None:
        self.roots = roots
        self.out_dir = out_dir
        self.strip = strip
        self.module = module
        self._lock = threading.Lock()
        self.snapshot: Snapshot | None = None

    def files(self) -> list[Path]:
        return [p for r in self.roots if r.exists() for p in iter_java_files(r)]

    def build(
        self, progress: Progress | None = None, overlay: dict[Path, bytes] | None = None
    ) -> Snapshot:
        """Indexes and translates every file (a few seconds per thousand files)."""
        report = progress or (lambda stage, done, total: None)
        report("indexing Java", 0, 1)
        project = Project()
        for root in self.roots:
            if not root.exists():
                continue
            for path in iter_java_files(root):
                text = (overlay or {}).get(path.resolve())
                project.add_file(path, root if root.is_dir() else None, text)
        project.link()
        name_project(project)
        statics = Statics(project)
        results: dict[Path, FileResult] = {}
        files = [f for f in project.files if not f.has_errors]
        for k, f in enumerate(files):
            if k % 50 == 0:
                report("translating for the module layout", k, len(files))
            results[f.path] = run_deep(translate_file, project, statics, f)
        layout = Layout(project, self.strip, self.module)
        layout.build(files, _package_edges(project, list(results.values())))
        snap = Snapshot(project, statics, layout, results, time.monotonic())
        with self._lock:
            if overlay is None:
                self.snapshot = snap
        report("ready", 1, 1)
        return snap

    def current(self) -> Snapshot:
        with self._lock:
            snap = self.snapshot
        return snap if snap is not None else self.build()

    def scope_go(self, java_path: Path, text: str, scope: str, name: str, line: int) -> ScopeGo:
        """Go for the declaration at ``line`` (1-based) named ``name`` (a method, a class)
        or for the whole file, from the buffer's ``text``."""
        snap = self.current()
        path = java_path.resolve()
        f = _file(snap.project, path)
        if f is None or f.source != text.encode():
            # Unsaved changes (or a file new to the project): index with the buffer's text.
            snap = self.build(overlay={path: text.encode()})
            layout = self.current().layout
            f = _file(snap.project, path)
        else:
            layout = snap.layout
        if f is None:
            raise KeyError(
                f"{java_path} is not under the Java source roots {', '.join(map(str, self.roots))}"
            )
        res = snap.results.get(f.path) or run_deep(translate_file, snap.project, snap.statics, f)
        wanted = _symbols(f, scope, name, line)
        decls = [d for d in res.decls if scope == "file" or _matches(d.symbol, wanted)]
        gp = layout.by_java.get(f.package)
        if gp is None:
            raise KeyError(f"the package {f.package} is new: rebuilding the project model")
        resolver = Resolver(layout, gp, self.module, res.local_names | {"java"})
        body = [resolver.sub(d.go) for d in decls]
        imports = sorted(resolver.imports.items())
        lines = []
        if any("java." in b for b in body):
            lines.append(f'\t"{self.module}/java"')
        for p, alias in imports:
            lines.append(f'\t{alias} "{p}"' if alias != p.rsplit("/", 1)[-1] else f'\t"{p}"')
        head = "import (\n" + "\n".join(lines) + "\n)\n\n" if lines else ""
        go = head + "\n\n".join(_untagged(b) for b in body)
        target = self.out_dir / layout.file_path(f)
        mapped = [
            ScopeDecl(
                d.symbol,
                d.kind,
                (d.java_line, d.java_end),
                parse_source(_untagged(b)).keys,
                _tags(b),
            )
            for d, b in zip(decls, body, strict=True)
        ]
        return ScopeGo(go, target, gp.name, [d.symbol for d in decls], mapped)

    def covers(self, path: Path) -> bool:
        """Whether ``path`` lies under one of the source roots."""
        p = path.resolve()
        return any(p.is_relative_to(r.resolve()) for r in self.roots)

    def library_files(self) -> dict[str, str]:
        """The library stand-in packages (`lib/...`) the whole project needs."""
        snap = self.current()
        return library_files(snap.project, list(snap.results.values()))


def _file(project: Project, path: Path) -> SourceFile | None:
    return next((f for f in project.files if f.path == path), None)


def _symbols(f: SourceFile, scope: str, name: str, line: int) -> list[str]:
    """The declaration prefixes of the scope at ``line``: a class's qualified name, or a
    method's `Class#name/arity`."""
    row = line - 1
    if scope == "class":
        for t in f.all_types:
            node = t.node
            if (
                t.name == name
                and node is not None
                and node.start_point[0] <= row <= node.end_point[0]
            ):
                return [t.qname]
        return []
    best: list[str] = []
    size = 1 << 60
    for t in f.all_types:
        for m in [*t.ctors, *t.all_methods()]:
            node = m.node
            if node is None or not node.start_point[0] <= row <= node.end_point[0]:
                continue
            if m.name not in (name, "<init>") or (m.name == "<init>" and t.name != name):
                continue
            span = node.end_byte - node.start_byte
            if span < size:
                size, best = span, [f"{t.qname}#{m.name}/{m.arity}"]
    return best


def _matches(symbol: str, wanted: list[str]) -> bool:
    for w in wanted:
        if "#" in w:
            if symbol == w:
                return True
        else:
            owner = symbol.split("#", 1)[0]
            if owner == w or owner.startswith((w + ".", w + "$")):
                return True
    return False


def _tags(go: str) -> list[tuple[int, int, int]]:
    out = []
    for k, line in enumerate(go.split("\n")):
        m = _TAG.search(line)
        if m is not None:
            out.append((k, int(m.group(1)), int(m.group(2))))
    return out


def _untagged(go: str) -> str:
    from l2j_lsp.backends.wp.stmts import untag

    return "\n".join(untag(ln) for ln in go.split("\n"))


__all__ = ["Workspace", "default_roots", "gotool"]
