"""Whole-program migration: Java source roots -> one Go module that builds.

Project model -> translation of every file -> module layout (packages, cycles merged,
names) -> files, runtime, library stand-ins, `cmd/` mains -> type check of the whole
module -> typed stubs for what fails, until it is clean -> gofmt -> `go build` and
`go vet` -> report and source map. Everything is written to a temporary directory first
and renamed into place, so a failed run leaves nothing half-written."""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from l2j_lsp.backends.wp import refs
from l2j_lsp.backends.wp.statics import Statics
from l2j_lsp.backends.wp.stmts import code_only
from l2j_lsp.backends.wp.translate import FileResult, run_deep, translate_file
from l2j_lsp.migration.gofile import parse_source
from l2j_lsp.project.model import Project, ProjectError
from l2j_lsp.project.naming import name_project
from l2j_lsp.project.symbols import ClassSym, SourceFile

from . import gotool, libraries
from .assemble import GoDecl, GoFile, Resolver, render
from .layout import Layout, snake
from .stubs import category, stub

REPORT = "l2j-migration.json"
SOURCEMAP = "l2j-sourcemap.json"
MARKER = "l2j: not migrated"
_TAG = re.compile(r" ?/\*@L(\d+):(\d+)\*/")


class MigrationError(Exception):
    """The migration cannot run as asked (bad roots, an output dir that is not ours)."""


@dataclass
class Options:
    roots: list[Path]
    out: Path
    module: str = "l2jgo"
    strip: str = "com.l2jserver"
    check: bool = True
    max_rounds: int = 30


@dataclass
class FileOutcome:
    """One Java file's result: its Go file, its methods and how many are stubbed, and its
    declarations as the source map lists them."""

    java: str
    go: str
    methods: int
    stubbed: int
    decls: list[dict[str, object]]


@dataclass
class Outcome:
    report: dict[str, object]
    failed: list[tuple[str, str]] = field(default_factory=list)  # (java path, message)
    seconds: dict[str, float] = field(default_factory=dict)
    files: list[FileOutcome] = field(default_factory=list)


Progress = Callable[[str, int, int], None]


def _no_progress(stage: str, done: int, total: int) -> None:
    return None


def check_out_dir(out: Path) -> None:
    """Refuses an output directory that holds anything but an earlier migration."""
    if out.exists() and not out.is_dir():
        raise MigrationError(f"{out}: exists and is not a directory")
    if out.exists() and any(out.iterdir()) and not (out / REPORT).exists():
        raise MigrationError(
            f"{out}: holds other files (no {REPORT}); choose an empty or new directory"
        )


def migrate(opts: Options, progress: Progress = _no_progress) -> Outcome:
    t0 = time.monotonic()
    check_out_dir(opts.out)
    for root in opts.roots:
        if not root.exists():
            raise MigrationError(f"{root}: no such source root")
    try:
        project = Project.from_roots(opts.roots)
    except ProjectError as exc:
        raise MigrationError(str(exc)) from None
    if not project.files:
        raise MigrationError("no Java files found in " + ", ".join(map(str, opts.roots)))
    name_project(project)
    statics = Statics(project)
    t_index = time.monotonic()
    failed: list[tuple[str, str]] = [(str(p.path), p.message) for p in project.problems]
    bad_paths = {p.path for p in project.problems}
    results: list[FileResult] = []
    files = [f for f in project.files if f.path not in bad_paths]
    for k, f in enumerate(files):
        progress("translating", k, len(files))
        if f.has_errors:
            failed.append((str(f.path), _syntax_message(f)))
            continue
        res: FileResult = run_deep(translate_file, project, statics, f)
        if res.error:
            failed.append((str(f.path), res.error))
        results.append(res)
    progress("translating", len(files), len(files))
    t_translate = time.monotonic()
    module = _assemble(project, results, opts)
    t_assemble = time.monotonic()
    tmp = opts.out.parent / f".{opts.out.name}.l2j-tmp-{os.getpid()}"
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir(parents=True)
    try:
        module.write(tmp)
        build: dict[str, object] = {"ok": False, "errors": 0, "checked": False}
        t_check = time.monotonic()
        if opts.check:
            module.stub_loop(tmp, opts.max_rounds, progress)
        module.finalize(tmp)
        if opts.check:
            # After finalize: the build must see the files as written, so that the Go cache
            # it fills serves the user's next `go build` and `l2j-lsp check`.
            build = module.final_build(tmp)
        t_build = time.monotonic()
        report = module.report(build, failed, len(project.files))
        timings = {
            "index": round(t_index - t0, 2),
            "translate": round(t_translate - t_index, 2),
            "assemble": round(t_assemble - t_translate, 2),
            "check_and_build": round(t_build - t_check, 2),
            "go_build_and_vet": round(module.build_seconds, 2),
        }
        report["seconds"] = timings
        (tmp / REPORT).write_text(json.dumps(report, indent=2) + "\n")
        (tmp / SOURCEMAP).write_text(json.dumps(module.sourcemap(), indent=1) + "\n")
        _swap(tmp, opts.out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return Outcome(report, failed, timings, module.file_outcomes())


def _syntax_message(f: SourceFile) -> str:
    node = _first_error(f.root_node)
    if node is None:
        return "Java syntax error"
    row, col = node.start_point
    return f"Java syntax error at line {row + 1}, column {col + 1}"


def _first_error(node):  # type: ignore[no-untyped-def]
    if node.type == "ERROR" or node.is_missing:
        return node
    for c in node.children:
        if c.has_error or c.is_missing:
            found = _first_error(c)
            if found is not None:
                return found
    return None


def _swap(tmp: Path, out: Path) -> None:
    old = out.parent / f".{out.name}.l2j-old-{os.getpid()}"
    if out.exists():
        out.rename(old)
    tmp.rename(out)
    if old.exists():
        shutil.rmtree(old, ignore_errors=True)


def go_mod(module: str) -> str:
    return f"module {module}\n\ngo 1.23\n"


def write_skeleton(
    root: Path, module: str, extra: dict[str, str], keep_go_mod: bool = False
) -> list[str]:
    """The module's frame: go.mod, the runtime package `java/` and ``extra`` (library
    stand-ins, mains), each written only where it differs. ``keep_go_mod``: an existing
    go.mod is the user's (the editor adds to a module, it never renames one). Returns the
    paths written, relative to ``root``."""
    files: dict[str, str] = {}
    for src in sorted(gotool.RUNTIME_SRC.iterdir()):
        if src.suffix in (".go", ".s") and not src.name.endswith("_test.go"):
            files[f"java/{src.name}"] = src.read_text()
    files.update(extra)
    if not (keep_go_mod and (root / "go.mod").exists()):
        files["go.mod"] = go_mod(module)
    written = []
    for path, text in files.items():
        target = root / path
        if target.is_file() and target.read_text() == text:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)
        written.append(path)
    return written


def library_files(project: Project, results: list[FileResult]) -> dict[str, str]:
    """The stand-in packages (`lib/...`) for the libraries ``results`` use."""
    return libraries.render_packages(libraries.collect(project.libraries, _library_uses(results)))


def _library_uses(results: list[FileResult]) -> dict[str, set[str]]:
    uses: dict[str, set[str]] = {}
    for res in results:
        for q, u in res.library_uses.items():
            uses.setdefault(q, set()).update(u)
    return uses


# -- assembly -------------------------------------------------------------------------------
class Module:
    def __init__(self, project: Project, layout: Layout, opts: Options) -> None:
        self.p = project
        self.layout = layout
        self.opts = opts
        self.files: list[GoFile] = []
        self.resolvers: dict[str, Resolver] = {}
        self.extra: dict[str, str] = {}  # other files: path -> text
        self.libs: dict[str, libraries.LibraryType] = {}
        self.build_seconds = 0.0  # the final go build + go vet
        # Type and var declarations stubbed as urgent once: if they fail again the stub
        # did not help (a name declared twice), so the declaration is commented out.
        self._urgent_done: set[int] = set()

    def write(self, root: Path) -> None:
        write_skeleton(root, self.opts.module, self.extra)
        for gf in self.files:
            self.write_file(root, gf)

    def write_file(self, root: Path, gf: GoFile) -> None:
        self._refresh_imports(gf)
        target = root / gf.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(render(gf, self.opts.module))

    def _refresh_imports(self, gf: GoFile) -> None:
        res = self.resolvers[gf.path]
        body = "\n".join(d.text for d in gf.decls)
        lines = []
        code = code_only(body)
        for path, alias in sorted(res.imports.items()):
            if re.search(rf"(?<![\w.]){re.escape(alias)}\.", code):
                name = path.rsplit("/", 1)[-1]
                lines.append(f'\t{alias} "{path}"' if alias != name else f'\t"{path}"')
        gf.header = "\n".join(lines)

    def stub_loop(self, root: Path, max_rounds: int, progress: Progress) -> None:
        """Type-check and vet, stub what fails, repeat. The build is left to
        :meth:`final_build`: on a large port (L2J's merged package) it costs minutes and
        gigabytes, while the type check and vet cost seconds."""
        by_path = {gf.path: gf for gf in self.files}
        for rnd in range(max_rounds):
            problems = gotool.check(root)
            progress(f"checking: {len(problems)} problems", rnd, max_rounds)
            if not problems:
                libs = gotool.library_packages(root)
                vet_ok, problems, _ = gotool.run_go(root, "vet", patterns=libs)
                if vet_ok:
                    break
            touched = self._apply(problems, by_path)
            if not touched:
                break
            for gf in touched:
                self.write_file(root, gf)

    def final_build(self, root: Path) -> dict[str, object]:
        """One `go build ./...` and `go vet ./...` of the finished module."""
        started = time.monotonic()
        ok, problems, _ = gotool.run_go(root, "build")
        if ok:
            ok, problems, _ = gotool.run_go(root, "vet")
        self.build_seconds = time.monotonic() - started
        return {"ok": ok, "errors": len(problems), "checked": True}

    def _apply(self, problems: list[gotool.Problem], by_path: dict[str, GoFile]) -> list[GoFile]:
        """Stubs what the problems point at. Failures that cascade are fixed first and
        alone: a syntax error hides its file's declarations, a broken type or variable
        declaration breaks every function that uses it; only once those are clean are
        functions stubbed."""
        grouped: dict[tuple[str, int], list[gotool.Problem]] = {}
        for pr in problems:
            gf = by_path.get(pr.file)
            if gf is None:
                continue
            idx = _decl_at(gf, pr.line)
            if idx is None:
                continue
            grouped.setdefault((pr.file, idx), []).append(pr)
        for first_pass in (
            lambda k, ps: any(p.msg.startswith("syntax error") for p in ps),
            lambda k, ps: by_path[k[0]].decls[k[1]].decl.kind in ("type", "var"),
        ):
            urgent = {k: ps for k, ps in grouped.items() if first_pass(k, ps)}
            if urgent:
                # Wait only where the urgent failures reach: their packages and the
                # packages that import them.
                blocked = self._dependents({k[0].rsplit("/", 1)[0] for k in urgent})
                grouped = {
                    k: ps
                    for k, ps in grouped.items()
                    if k in urgent or k[0].rsplit("/", 1)[0] not in blocked
                }
                break
        touched: dict[str, GoFile] = {}
        for (path, idx), probs in grouped.items():
            gf = by_path[path]
            gd = gf.decls[idx]
            a, _ = gf.ranges[idx]
            rel = [p.line - a + 1 for p in probs]
            first = probs[0].msg
            again = id(gd) in self._urgent_done
            if gd.decl.kind in ("type", "var"):
                self._urgent_done.add(id(gd))
            if not again and stub(gd, rel, first, [p.msg for p in probs]):
                gd.categories.append(category(first))
            else:
                gd.text = (
                    "// l2j: not migrated: "
                    + first.replace("\n", " ")
                    + "\n"
                    + "\n".join("// " + ln for ln in gd.text.split("\n"))
                )
                gd.stubbed = first
            touched[path] = gf
        return list(touched.values())

    def _dependents(self, dirs: set[str]) -> set[str]:
        """``dirs`` and every package directory that imports one of them, transitively."""
        prefix = self.opts.module + "/"
        imports: dict[str, set[str]] = {}
        for gf in self.files:
            d = gf.path.rsplit("/", 1)[0]
            deps = {
                p[len(prefix) :] for p in self.resolvers[gf.path].imports if p.startswith(prefix)
            }
            imports.setdefault(d, set()).update(deps)
        out = set(dirs)
        changed = True
        while changed:
            changed = False
            for d, deps in imports.items():
                if d not in out and deps & out:
                    out.add(d)
                    changed = True
        return out

    def finalize(self, root: Path) -> None:
        """Takes the Java line tags out of the Go (keeping them in the source map) and
        writes the files gofmt-clean."""
        for gf in self.files:
            for d in gf.decls:
                kept: list[tuple[int, int, int]] = []
                out = []
                for k, line in enumerate(d.text.split("\n")):
                    m = _TAG.search(line)
                    if m is not None:
                        kept.append((k, int(m.group(1)), int(m.group(2))))
                        line = _TAG.sub("", line).rstrip()
                    out.append(line)
                d.text = "\n".join(out)
                d.lines = kept
        self._format(root)

    def _format(self, root: Path) -> None:
        chunks = [d.text for gf in self.files for d in gf.decls]
        formatted = gotool.format_chunks(chunks)
        k = 0
        for gf in self.files:
            for d in gf.decls:
                d.text = formatted[k]
                k += 1
            self.write_file(root, gf)

    # -- report ---------------------------------------------------------------------------------
    def report(
        self, build: dict[str, object], failed: list[tuple[str, str]], java_files: int
    ) -> dict[str, object]:
        methods = 0
        stubbed = 0
        reasons: Counter[str] = Counter()
        for gf in self.files:
            for d in gf.decls:
                if d.decl.kind not in ("method", "func"):
                    continue
                methods += 1
                if MARKER in d.text:
                    stubbed += 1
                    if d.categories:
                        reasons["does not compile: " + d.categories[0]] += 1
                    elif d.decl.gaps:
                        reasons[_gap_reason(d.decl.gaps[0])] += 1
                    else:
                        reasons["not migrated"] += 1
        runtime_files = [
            p for p in gotool.RUNTIME_SRC.glob("*.go") if not p.name.endswith("_test.go")
        ]
        go_files = len(self.files) + len(self.extra) + len(runtime_files)
        return {
            "java_files": java_files,
            "go_files": go_files,
            "methods": methods,
            "migrated": methods - stubbed,
            "stubbed": stubbed,
            "stubbed_by_reason": dict(reasons.most_common()),
            "build": build,
            "failed_files": [{"java": p, "message": m} for p, m in failed],
            "libraries": {q: lt.members() for q, lt in sorted(self.libs.items())},
        }

    def file_outcomes(self) -> list[FileOutcome]:
        out = []
        for gf, entry in zip(self.files, self.sourcemap_files(), strict=True):
            decls = entry["decls"]
            assert isinstance(decls, list)
            methods = [d for d in decls if d["kind"] in ("method", "func")]
            stubbed = sum(1 for d in methods if d["stubbed"])
            out.append(FileOutcome(gf.java_abs, gf.path, len(methods), stubbed, decls))
        return out

    def sourcemap(self) -> dict[str, object]:
        return {"version": 1, "module": self.opts.module, "files": self.sourcemap_files()}

    def sourcemap_files(self) -> list[dict[str, object]]:
        out: list[dict[str, object]] = []
        for gf in self.files:
            decls = []
            for d, (a, b) in zip(gf.decls, gf.ranges, strict=True):
                decls.append(
                    {
                        "go_lines": [a, b],
                        "java_lines": [d.decl.java_line, d.decl.java_end],
                        "symbol": d.decl.symbol,
                        # The Go declaration's names: the check maps by them once the
                        # file's lines have moved (an edit).
                        "go_keys": sorted(parse_source(d.text).keys),
                        "kind": d.decl.kind,
                        "stubbed": bool(d.stubbed) or MARKER in d.text,
                        # [Go line, Java line, Java column] for each statement.
                        "lines": [[a + k, jl, jc] for k, jl, jc in d.lines],
                    }
                )
            out.append({"go": gf.path, "java": gf.java_abs, "decls": decls})
        return out


def _gap_reason(gap: str) -> str:
    words = gap.split()
    if words[:2] == ["unresolved", "name"] or words[:2] == ["unresolved", "method"]:
        return "translator: " + " ".join(words[:2])
    if words and words[0] in ("library",):
        return "library: " + " ".join(words[1:2])
    return "translator: " + " ".join(words[:3])


def _decl_at(gf: GoFile, line: int) -> int | None:
    for k, (a, b) in enumerate(gf.ranges):
        if a <= line <= b:
            return k
    return None


def _package_edges(project: Project, results: list[FileResult]) -> dict[str, set[str]]:
    """Java package -> the Java packages its translated Go names something of."""
    edges: dict[str, set[str]] = {}
    for res in results:
        pkg = res.file.package
        for d in res.decls:
            for q in refs.referenced(d.go):
                sym = project.classes.get(q)
                if sym is None or sym.origin != "source":
                    continue
                other = _top(sym).package
                if other != pkg:
                    edges.setdefault(pkg, set()).add(other)
    return edges


def _assemble(project: Project, results: list[FileResult], opts: Options) -> Module:
    layout = Layout(project, opts.strip, opts.module)
    layout.build([r.file for r in results], _package_edges(project, results))
    module = Module(project, layout, opts)
    module.libs = libraries.collect(project.libraries, _library_uses(results))
    module.extra.update(libraries.render_packages(module.libs))
    for res in results:
        f = res.file
        gp = layout.by_java[f.package]
        path = layout.file_path(f)
        resolver = Resolver(layout, gp, opts.module, res.local_names | {"java"})
        decls = [GoDecl(d, resolver.sub(d.go)) for d in res.decls]
        gf = GoFile(path, gp.name, f.rel, str(f.path), decls, set(res.std_imports), res.local_names)
        module.resolvers[path] = resolver
        module.files.append(gf)
    _dedupe_paths(module)
    for res in results:
        for sym in res.file.all_types:
            main = _main_method(sym)
            if main is not None:
                module.extra.update(_main_file(module, sym, main))
    return module


def _top(sym: ClassSym) -> ClassSym:
    while sym.outer is not None:
        sym = sym.outer
    return sym


def _dedupe_paths(module: Module) -> None:
    seen: dict[str, int] = {}
    for gf in module.files:
        if gf.path in seen:
            seen[gf.path] += 1
            stem = gf.path.removesuffix(".go")
            old = gf.path
            gf.path = f"{stem}_{seen[old]}.go"
            module.resolvers[gf.path] = module.resolvers[old]
        else:
            seen[gf.path] = 1


def _main_method(sym: ClassSym):  # type: ignore[no-untyped-def]
    for m in sym.methods.get("main", []):
        if (
            m.static
            and m.arity == 1
            and "public" in m.mods
            and repr(m.params[0]) == "java.lang.String[]"
        ):
            return m
    return None


def _main_file(module: Module, sym: ClassSym, main) -> dict[str, str]:  # type: ignore[no-untyped-def]
    layout = module.layout
    gp = layout.package_of(sym)
    assert gp is not None
    name = snake(sym.name)
    path = f"cmd/{name}/main.go"
    k = 2
    while path in module.extra:
        path = f"cmd/{name}_{k}/main.go"
        k += 1
    fn = layout.func_name(gp, sym.qname, main.go_name)
    args = "os.Args[1:]..." if main.varargs else "os.Args[1:]"  # main(String... args)
    imp = f"{module.opts.module}/{gp.dir}"
    java = f"{module.opts.module}/java"
    own = "\n".join(
        sorted([f'\t"{java}"', f'\t{gp.name} "{imp}"'], key=lambda ln: ln.split('"')[1])
    )
    text = (
        f"// Command {name} runs the Java program {sym.qname}.\n"
        "package main\n\n"
        f'import (\n\t"os"\n\n{own}\n)\n\n'
        f"func main() {{\n\tjava.RunMain(func() {{ {gp.name}.{fn}({args}) }})\n}}\n"
    )
    return {path: text}
