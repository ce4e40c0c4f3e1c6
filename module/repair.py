"""The repair loop (issue 11): a Go declaration of a migrated module that does not compile,
or that the migration stubbed, goes to a model with its Java, its current Go and the
compiler's errors; the answer is validated (it parses, it declares the same function so it
replaces it in place, it carries no `l2j: not migrated` marker), written into an overlay of
the module and type-checked with the whole module (gocheck); the new errors go back to the
model, up to N rounds. A failing answer is never applied: the caller gets the fixed Go or a
clear failure."""

from __future__ import annotations

import asyncio
import difflib
import os
import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tree_sitter
import tree_sitter_go

from l2j_lsp.backends.base import (
    Backend,
    BackendError,
    InvalidOutput,
    TranslationRequest,
    TranslationResult,
)
from l2j_lsp.migration.validate import go_syntax_error

from . import gotool
from .check import SourceMap

_GO = tree_sitter.Language(tree_sitter_go.language())
MARKER = "l2j: not migrated"
_MARKER_REASON = re.compile(r"l2j: not migrated: ([^\"\n]*)")
_FUNCS = ("function_declaration", "method_declaration")
# The surrounding file is shown whole up to this size, else as its declarations' headers.
_CONTEXT_CHARS = 12000

ProgressFn = Callable[[str], None]
_UNUSABLE = "your previous answer was not usable: "


def _no_progress(message: str) -> None:
    return None


# -- Go declarations ------------------------------------------------------------------------
@dataclass(frozen=True)
class GoFunc:
    """A top-level function or method of a Go file: its key (`Name`, or `Type.Name` for a
    method), byte range and 1-based line range."""

    key: str
    start: int
    end: int
    line: int
    end_line: int
    body_start: int


def _parse(src: bytes) -> tree_sitter.Tree:
    return tree_sitter.Parser(_GO).parse(src)


def _receiver_type(node: tree_sitter.Node) -> str:
    recv = node.child_by_field_name("receiver")
    if recv is None:
        return ""
    stack = [recv]
    while stack:
        n = stack.pop(0)
        if n.type == "type_identifier" and n.text is not None:
            return n.text.decode()
        stack.extend(n.named_children)
    return ""


def func_key(node: tree_sitter.Node) -> str:
    name_node = node.child_by_field_name("name")
    name = name_node.text.decode() if name_node is not None and name_node.text else ""
    if node.type == "method_declaration":
        return f"{_receiver_type(node)}.{name}"
    return name


def go_funcs(text: str) -> list[GoFunc]:
    src = text.encode()
    out = []
    for top in _parse(src).root_node.named_children:
        if top.type in _FUNCS:
            body = top.child_by_field_name("body")
            out.append(
                GoFunc(
                    func_key(top),
                    top.start_byte,
                    top.end_byte,
                    top.start_point[0] + 1,
                    top.end_point[0] + 1,
                    body.start_byte if body is not None else top.end_byte,
                )
            )
    return out


def func_named(text: str, key: str) -> GoFunc | None:
    return next((f for f in go_funcs(text) if f.key == key), None)


def func_in(text: str, first: int, last: int) -> GoFunc | None:
    """The function whose lines lie within ``first..last`` (a source map's range)."""
    for f in go_funcs(text):
        if first <= f.line <= last or f.line <= first <= f.end_line:
            return f
    return None


def _slice(text: str, a: int, b: int) -> str:
    return text.encode()[a:b].decode()


def _splice(text: str, a: int, b: int, new: str) -> str:
    data = text.encode()
    return (data[:a] + new.encode() + data[b:]).decode()


def marker_reasons(go: str) -> list[str]:
    return [m.group(1).strip() for m in _MARKER_REASON.finditer(go)]


@dataclass(frozen=True)
class Candidate:
    func: str  # the function's text
    imports: list[str]  # import specs it needs: `"strings"` or `alias "path"`


def candidate(answer_go: str, key: str) -> Candidate:
    """The function ``key`` out of a model's Go, with the imports it names; InvalidOutput
    when the answer declares anything else, or not that function, or still a stub."""
    error = go_syntax_error(answer_go)
    if error is not None:
        raise InvalidOutput(f"the answer's Go does not parse: {error}")
    head = "package p\n"
    src = (head + answer_go).encode()
    found: list[tree_sitter.Node] = []
    imports: list[str] = []
    others: list[str] = []
    for top in _parse(src).root_node.named_children:
        if top.type in ("package_clause", "comment"):
            continue
        if top.type == "import_declaration":
            stack = [top]
            while stack:
                n = stack.pop(0)
                if n.type == "import_spec" and n.text is not None:
                    imports.append(" ".join(n.text.decode().split()))
                stack.extend(n.named_children)
        elif top.type in _FUNCS and func_key(top) == key:
            found.append(top)
        else:
            what = func_key(top) if top.type in _FUNCS else top.type.replace("_", " ")
            others.append(what)
    if not found:
        declared = f" (it declares {', '.join(others)})" if others else ""
        raise InvalidOutput(f"the answer does not declare {key}{declared}")
    if len(found) > 1 or others:
        extra = ", ".join(others) or f"{key} twice"
        raise InvalidOutput(f"the answer declares more than {key}: {extra}")
    node = found[0]
    text = src[node.start_byte : node.end_byte].decode()
    # A doc comment directly above it travels with it.
    prev = node.prev_named_sibling
    if prev is not None and prev.type == "comment" and prev.end_point[0] + 1 == node.start_point[0]:
        text = src[prev.start_byte : node.start_byte].decode() + text
    if MARKER in text:
        raise InvalidOutput(f"the answer still carries '{MARKER}'")
    return Candidate(text, imports)


def merge_imports(text: str, specs: list[str]) -> str:
    """``text`` with the import specs it lacks added to its import block."""
    src = text.encode()
    root = _parse(src).root_node
    have: set[str] = set()
    decls = [n for n in root.named_children if n.type == "import_declaration"]
    for d in decls:
        stack = [d]
        while stack:
            n = stack.pop(0)
            if n.type == "import_spec" and n.text is not None:
                have.add(" ".join(n.text.decode().split()))
            stack.extend(n.named_children)
    paths = {h.split()[-1] for h in have}
    missing = [s for s in dict.fromkeys(specs) if s not in have and s.split()[-1] not in paths]
    if not missing:
        return text
    lines = "".join(f"\t{s}\n" for s in missing)
    block = next(
        (d for d in decls if any(c.type == "import_spec_list" for c in d.named_children)), None
    )
    if block is not None:
        close = block.end_byte - 1  # the `)`
        return _splice(text, close, close, lines)
    if decls:
        d = decls[0]
        spec = _slice(text, d.start_byte, d.end_byte).removeprefix("import").strip()
        return _splice(text, d.start_byte, d.end_byte, f"import (\n\t{spec}\n{lines})")
    pkg = next((n for n in root.named_children if n.type == "package_clause"), None)
    at = pkg.end_byte if pkg is not None else 0
    return _splice(text, at, at, f"\n\nimport (\n{lines})")


_UNUSED_IMPORT = re.compile(r'^"([^"]+)" imported (?:as \w+ )?and not used')


def drop_unused_imports(text: str, problems: list[gotool.Problem], go_file: str) -> str:
    """``text`` without the imports the compiler says it no longer uses (the stub the
    repair replaced may have been their only user)."""
    unused = {
        m.group(1)
        for p in problems
        if p.file == go_file and (m := _UNUSED_IMPORT.match(p.msg)) is not None
    }
    if not unused:
        return text
    src = text.encode()
    cuts: list[tuple[int, int]] = []
    for top in _parse(src).root_node.named_children:
        if top.type != "import_declaration":
            continue
        stack = [top]
        while stack:
            n = stack.pop(0)
            path = n.child_by_field_name("path") if n.type == "import_spec" else None
            if path is not None and path.text and path.text.decode().strip('"`') in unused:
                start = src.rfind(b"\n", 0, n.start_byte) + 1
                end = src.find(b"\n", n.end_byte)
                if top.start_byte >= start:  # a single `import "x"` line
                    start, end = top.start_byte, top.end_byte
                cuts.append((start, end if end >= 0 else n.end_byte))
            stack.extend(n.named_children)
    for a, b in sorted(cuts, reverse=True):
        src = src[:a] + src[b + 1 if src[b : b + 1] == b"\n" else b :]
    return src.decode()


def replace_func(text: str, key: str, cand: Candidate) -> str:
    f = func_named(text, key)
    if f is None:
        raise ValueError(f"no function {key} in the file")
    return merge_imports(_splice(text, f.start, f.end, cand.func), cand.imports)


# -- the overlay and the check --------------------------------------------------------------
class Overlay:
    """A temporary mirror of the module: every Go file a link to the real one, except the
    file under repair, written for each candidate. The real module is never touched."""

    def __init__(self, module_dir: Path, go_file: str) -> None:
        self.module_dir = module_dir
        self.go_file = go_file
        self.root = Path(tempfile.mkdtemp(prefix="l2j-repair-"))
        for dirpath, dirnames, filenames in os.walk(module_dir):
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
            rel = Path(dirpath).relative_to(module_dir)
            (self.root / rel).mkdir(parents=True, exist_ok=True)
            for name in filenames:
                if name.endswith(".go") or name == "go.mod":
                    (self.root / rel / name).symlink_to(Path(dirpath) / name)

    def check(self, text: str) -> list[gotool.Problem]:
        target = self.root / self.go_file
        target.unlink(missing_ok=True)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)
        return gotool.check(self.root)

    def close(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


# -- the loop -------------------------------------------------------------------------------
@dataclass
class Target:
    """One declaration to repair: the module, its Go file (relative), the function's key,
    and the Java it came from."""

    module_dir: Path
    go_file: str
    key: str
    java: str
    java_file: str = ""
    java_line: int = 0
    # The file's text when it is not the one on disk (an editor buffer).
    text: str | None = None


@dataclass
class RepairResult:
    ok: bool
    key: str
    message: str
    go: str = ""  # the fixed function (ok)
    file_text: str = ""  # the Go file with the fix and its imports (ok)
    old_text: str = ""  # the Go file the repair started from
    rounds: int = 0
    errors: list[str] = field(default_factory=list)  # what the repair started from
    backend: str = ""
    model: str = ""


def _mine(problems: list[gotool.Problem], go_file: str, f: GoFunc) -> list[gotool.Problem]:
    return [p for p in problems if p.file == go_file and f.line <= p.line <= f.end_line]


def _described(
    problems: list[gotool.Problem], f: GoFunc, target: Target, smap: SourceMap | None
) -> list[str]:
    out = []
    for p in problems:
        rel = p.line - f.line + 1
        where = f"line {rel} of the Go" if rel >= 1 else f"{p.file}:{p.line}"
        if smap is not None:
            java, line, col, _ = smap.java_of(p.file, p.line)
            if java and line:
                where += f" (Java {Path(java).name}:{line}:{col})"
        elif target.java_file and target.java_line:
            where += (
                f" (Java {Path(target.java_file).name}, declaration at line {target.java_line})"
            )
        out.append(f"{where}: {p.msg}")
    return out


def _module_path(module_dir: Path) -> str:
    try:
        for line in (module_dir / "go.mod").read_text().splitlines():
            if line.startswith("module "):
                return line.split()[1]
    except OSError:
        pass
    return "l2jgo"


def _context(text: str, skip: GoFunc) -> str:
    """The file around the declaration: whole when small, else its declarations' headers."""
    whole = _splice(text, skip.start, skip.end, "// (the declaration being repaired)")
    if len(whole) <= _CONTEXT_CHARS:
        return whole
    parts = []
    src = text.encode()
    for top in _parse(src).root_node.named_children:
        if top.type in _FUNCS:
            body = top.child_by_field_name("body")
            end = body.start_byte if body is not None else top.end_byte
            parts.append(src[top.start_byte : end].decode().rstrip() + " { ... }")
        elif top.type != "comment":
            parts.append(src[top.start_byte : top.end_byte].decode())
    out = "\n".join(parts)
    return out[:_CONTEXT_CHARS] + ("\n// ... (cut)" if len(out) > _CONTEXT_CHARS else "")


SYSTEM_PROMPT = """\
You repair Go code in a module that l2j-lsp migrated from Java. One Go declaration does not
compile, or was left as a stub marked `l2j: not migrated`. You get its Java, its current Go,
the compiler's errors and the Go file around it; answer with the declaration fixed.

Conventions of the module:
- The Java-semantics runtime is the package `java` (import path `{module}/java`): use its
  helpers as the surrounding code does.
- Use the names (types, fields, functions, packages) the surrounding file and its imports
  declare; do not invent new ones and do not declare new types or helper functions.
- Keep the declaration's name, receiver and signature exactly: your answer replaces it in
  place and the rest of the module calls it.
- Keep the Java's behaviour. Never leave `l2j: not migrated` or a panic in its place.

Answer with exactly one ```go fenced code block and nothing else: the import lines the code
needs (if any), then the one function or method. No package clause."""


def repair_messages(
    target: Target, go: str, errors: list[str], context: str, package: str
) -> list[dict[str, str]]:
    module = _module_path(target.module_dir)
    facts = [
        f"Go file: {target.go_file} (package {package}, module {module})",
        f"Declaration: {target.key}",
    ]
    if target.java_file:
        facts.append(
            f"Java file: {target.java_file}" + (f":{target.java_line}" if target.java_line else "")
        )
    user = "\n".join(facts)
    user += "\n\nJava source of the declaration:\n```java\n" + target.java.rstrip() + "\n```"
    user += "\n\nCurrent Go of the declaration:\n```go\n" + go.rstrip() + "\n```"
    user += "\n\nCompiler errors:\n" + "\n".join(f"- {e}" for e in errors)
    user += "\n\nThe Go file around it, for reference only:\n```go\n" + context.rstrip() + "\n```"
    user += f"\n\nAnswer with the fixed `{target.key}`."
    return [
        {"role": "system", "content": SYSTEM_PROMPT.replace("{module}", module)},
        {"role": "user", "content": user},
    ]


def chat_backend(backend: Any) -> Any | None:
    """The backend (or the one inside a cache or `auto`) that answers raw chat messages."""
    b = backend
    for _ in range(4):
        if b is None:
            return None
        if callable(getattr(b, "complete", None)):
            return b
        b = getattr(b, "inner", None) or getattr(b, "llm", None)
    return None


async def _ask(
    backend: Backend,
    messages: list[dict[str, str]],
    target: Target,
    package: str,
    go: str,
    errors: list[str],
    on_token: Callable[[int, str], None] | None,
) -> TranslationResult:
    """The model's answer (raw text for a chat backend, Go for another backend)."""
    from l2j_lsp.backends.llm.extract import extract_go

    chat = chat_backend(backend)
    if chat is not None:
        res: TranslationResult = await chat.complete(messages, f"repair {target.key}", on_token)
        res.go = extract_go(res.go, "method", package)
        return res
    # A backend without a chat (the HRM): the errors and the Go travel as context and draft.
    request = TranslationRequest(
        java=target.java,
        scope="method",
        name=target.key,
        go_package=package,
        context="Compiler errors to fix:\n" + "\n".join(errors),
        source_file=target.java_file,
        draft=go,
    )
    return await backend.translate(request, on_token)


async def repair(
    target: Target,
    backend: Backend,
    rounds: int,
    progress: ProgressFn = _no_progress,
    smap: SourceMap | None = None,
) -> RepairResult:
    """Up to ``rounds`` answers from ``backend`` for ``target``; the first that type-checks
    with the whole module (no error in the declaration, no new error elsewhere) wins.
    Cancellation is asyncio's: cancel the task and nothing is returned, nothing written."""
    path = target.module_dir / target.go_file
    text = target.text if target.text is not None else path.read_text(encoding="utf-8")
    f = func_named(text, target.key)
    if f is None:
        return RepairResult(False, target.key, f"no function {target.key} in {target.go_file}")
    package = _package_of(text)
    current = _slice(text, f.start, f.end)
    overlay = await asyncio.to_thread(Overlay, target.module_dir, target.go_file)
    name = getattr(chat_backend(backend) or backend, "name", "model")
    try:
        progress(f"checking {target.key}")
        base = await asyncio.to_thread(overlay.check, text)
        mine = _mine(base, target.go_file, f)
        elsewhere = len(base) - len(mine)
        errors = _described(mine, f, target, smap)
        errors += [f"not migrated: {r}" for r in marker_reasons(current)]
        if not errors:
            return RepairResult(
                True, target.key, f"{target.key} already compiles", go=current,
                file_text=text, old_text=text,
            )  # fmt: skip
        started = list(errors)
        context = _context(text, f)
        first = errors[0]
        model = ""
        for rnd in range(1, rounds + 1):
            progress(f"round {rnd}/{rounds}: asking {name}")
            messages = repair_messages(target, current, errors, context, package)
            try:
                answer = await _ask(backend, messages, target, package, current, errors, None)
                model = answer.model or model
                cand = candidate(answer.go, target.key)
                new_text = replace_func(text, target.key, cand)
            except InvalidOutput as exc:
                kept = [e for e in errors if not e.startswith(_UNUSABLE)]
                errors = [f"{_UNUSABLE}{exc}", *kept]
                first = str(exc)
                continue
            progress(f"round {rnd}/{rounds}: type-checking")
            problems = await asyncio.to_thread(overlay.check, new_text)
            trimmed = drop_unused_imports(new_text, problems, target.go_file)
            if trimmed != new_text:
                new_text = trimmed
                problems = await asyncio.to_thread(overlay.check, new_text)
            nf = func_named(new_text, target.key)
            assert nf is not None
            mine = _mine(problems, target.go_file, nf)
            if not mine and len(problems) <= elsewhere:
                new_text = await asyncio.to_thread(gofmt_file, new_text)
                nf = func_named(new_text, target.key) or nf
                fixed = _slice(new_text, nf.start, nf.end)
                return RepairResult(
                    True, target.key, f"{target.key} fixed in {rnd} round(s)", go=fixed,
                    file_text=new_text, old_text=text, rounds=rnd, errors=started,
                    backend=name, model=model,
                )  # fmt: skip
            if not mine:
                mine = [p for p in problems if p not in base][:5] or problems[:5]
            current = cand.func
            errors = _described(mine, nf, target, None)
            first = errors[0]
        return RepairResult(
            False, target.key, f"{target.key} still fails after {rounds} round(s): {first}",
            old_text=text, rounds=rounds, errors=started, backend=name, model=model,
        )  # fmt: skip
    except BackendError as exc:
        return RepairResult(
            False, target.key, f"{target.key}: {name} failed: {exc}", old_text=text,
            backend=name,
        )  # fmt: skip
    finally:
        await asyncio.to_thread(overlay.close)


_PACKAGE = re.compile(r"^package \w+[ \t]*\n", re.M)


def gofmt_file(text: str) -> str:
    """gofmt's layout of a whole file (imports sorted); unchanged when it does not parse."""
    m = _PACKAGE.search(text)
    if m is None:
        return text
    head, rest = text[: m.end()], text[m.end() :]
    out = gotool.format_chunks([rest])[0]
    if out == rest:
        return text
    return head + "\n" + out.lstrip("\n") + "\n"


def _package_of(text: str) -> str:
    m = re.search(r"^package (\w+)", text, re.M)
    return m.group(1) if m else "main"


# -- the source map after an edit -----------------------------------------------------------
def remap_entry(entry: dict[str, Any], old: str, new: str, repaired: set[str]) -> None:
    """Moves a source map file entry's Go lines from ``old`` to ``new`` (the same file with
    some functions replaced and imports added); the repaired functions lose their
    statement lines (the model wrote them) and are no longer stubbed."""
    a_lines, b_lines = old.split("\n"), new.split("\n")
    moved: dict[int, int] = {}  # 1-based old line -> new line, where unchanged
    sm = difflib.SequenceMatcher(a=a_lines, b=b_lines, autojunk=False)
    for i, j, n in sm.get_matching_blocks():
        for k in range(n):
            moved[i + k + 1] = j + k + 1
    old_funcs = go_funcs(old)
    new_funcs = {f.key: f for f in go_funcs(new)}
    decls = entry.get("decls") or []
    for d in decls:
        a, b = d["go_lines"]
        f = next((f for f in old_funcs if a <= f.line <= b or f.line <= a <= f.end_line), None)
        if f is not None and f.key in repaired and f.key in new_funcs:
            nf = new_funcs[f.key]
            d["go_lines"] = [nf.line, nf.end_line]
            d["lines"] = []
            d["stubbed"] = False
            continue
        na, nb = moved.get(a), moved.get(b)
        if na is None or nb is None:
            continue
        d["go_lines"] = [na, nb]
        d["lines"] = [[moved[t[0]], t[1], t[2]] for t in d.get("lines") or [] if t[0] in moved]
