"""Entry point: parse the Java, pick the requested declaration, emit and format Go."""

from __future__ import annotations

import re
import subprocess
import sys
import threading

import tree_sitter_java
from tree_sitter import Language, Node, Parser

from l2j_lsp.backends.base import InvalidOutput, TranslationRequest
from l2j_lsp.migration.validate import GoValidationError, gofmt

from . import names, runtime, targets
from .context import Ctx
from .declarations import Decls
from .model import TYPE_DECLS, Registry, TypeInfo, text

_JAVA = Language(tree_sitter_java.language())
_WRAPPER = "L2jWrapper"


def parse_java(source: str) -> Node:
    return Parser(_JAVA).parse(source.encode()).root_node


def first_error(node: Node, lo: int = 0, hi: int = 1 << 62) -> Node | None:
    """The first ERROR or MISSING node overlapping bytes [lo, hi)."""
    if node.end_byte <= lo or node.start_byte >= hi:
        return None
    if node.type == "ERROR" or node.is_missing:
        return node
    for c in node.children:
        if c.has_error or c.is_missing or c.type == "ERROR":
            found = first_error(c, lo, hi)
            if found is not None:
                return found
    return None


def _locate(request: TranslationRequest) -> tuple[str, int, int]:
    """Source to parse and the byte range of the requested scope inside it."""
    fs = request.file_source
    if request.scope != "file" and fs and request.java and request.java in fs:
        start = len(fs[: fs.index(request.java)].encode())
        return fs, start, start + len(request.java.encode())
    if request.scope == "method":
        head = f"class {request.enclosing_type or _WRAPPER} {{\n"
        src = head + request.java + "\n}\n"
        return src, len(head.encode()), len(head.encode()) + len(request.java.encode())
    return request.java, 0, len(request.java.encode())


def _innermost(root: Node, lo: int, hi: int, types: tuple[str, ...]) -> Node | None:
    """The declaration the byte range [lo, hi) stands for: the largest one inside it, else
    the innermost one around it."""
    inside: list[Node] = []
    around: list[Node] = []
    stack = [root]
    while stack:
        n = stack.pop()
        if n.end_byte <= lo or n.start_byte >= hi:
            continue
        if n.type in types:
            if n.start_byte >= lo and n.end_byte <= hi:
                inside.append(n)
            elif n.start_byte <= lo and n.end_byte >= hi:
                around.append(n)
        stack.extend(n.children)
    if inside:
        return max(inside, key=lambda n: (n.end_byte - n.start_byte, -n.start_byte))
    return max(around, key=lambda n: n.start_byte) if around else None


def _info_for(reg: Registry, node: Node) -> TypeInfo | None:
    for info in reg.types.values():
        if info.node.id == node.id:
            return info
    return None


def _enclosing_type(reg: Registry, node: Node) -> TypeInfo | None:
    cur = node.parent
    while cur is not None:
        if cur.type in TYPE_DECLS:
            return _info_for(reg, cur)
        cur = cur.parent
    return None


# The translator recurses once per level of Java nesting; a worker thread with a large stack
# lets deeply nested (generated) code through instead of failing at Python's default depth.
_STACK_BYTES = 256 << 20
_RECURSION_LIMIT = 50_000


def translate_java(request: TranslationRequest) -> str:
    """Go for the request's Java scope; raises InvalidOutput for unparseable Java."""
    outcome: list[str | BaseException] = []

    def work() -> None:
        try:
            outcome.append(_translate(request))
        except RecursionError as exc:
            failure = InvalidOutput("rules: the Java is nested too deeply to translate")
            failure.__cause__ = exc
            outcome.append(failure)
        except BaseException as exc:  # handed to the caller's thread below
            outcome.append(exc)

    if sys.getrecursionlimit() < _RECURSION_LIMIT:
        sys.setrecursionlimit(_RECURSION_LIMIT)
    with _STACK_LOCK:
        previous = threading.stack_size(_STACK_BYTES)
        try:
            worker = threading.Thread(target=work, name="l2j-rules")
            worker.start()
        except RuntimeError:
            # No room for a big stack here: translate on this thread, at its depth limit.
            worker = None
        finally:
            threading.stack_size(previous)
    if worker is None:
        work()
    else:
        worker.join()
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    return result


_STACK_LOCK = threading.Lock()


def _translate(request: TranslationRequest) -> str:
    source, lo, hi = _locate(request)
    root = parse_java(source)
    bad = first_error(root, lo, hi)
    if bad is not None:
        row, col = bad.start_point
        if request.scope == "method" and source is not request.file_source and lo:
            row -= 1
        what = "missing " + bad.type if bad.is_missing else "unexpected " + repr(text(bad)[:30])
        raise InvalidOutput(f"rules: Java syntax error at line {row + 1}, column {col + 1}: {what}")
    eval_mode = bool(request.target_signature.strip())
    reg = Registry(root, flat=eval_mode)
    ctx = Ctx(reg, eval_mode)
    decls = Decls(ctx)
    if eval_mode:
        chunks = _eval_chunks(request, reg, decls, root)
    elif request.scope == "file":
        chunks = [
            c for info in reg.types.values() if info.outer is None for c in decls.type_decl(info)
        ]
    elif request.scope == "class":
        node = _innermost(root, lo, hi, TYPE_DECLS)
        info = _info_for(reg, node) if node is not None else None
        if info is None:
            raise InvalidOutput("rules: no class, interface, enum or record declaration found")
        chunks = decls.type_decl(info)
    else:
        node = _innermost(root, lo, hi, ("method_declaration", "constructor_declaration"))
        info = _enclosing_type(reg, node) if node is not None else None
        if node is None or info is None:
            raise InvalidOutput("rules: no method or constructor declaration found")
        chunks = decls.method_decl(info, node)
    if request.scope == "file" and request.go_package == "main" and not eval_mode:
        chunks += _main_entry(reg, ctx)
    return _assemble(request, ctx, chunks, eval_mode)


def _main_entry(reg: Registry, ctx: Ctx) -> list[str]:
    """Go's `func main` calling the Java `public static void main(String[] args)`."""
    for info in reg.types.values():
        for m in info.methods.get("main", []):
            if m.static and len(m.params) == 1 and m.params[0][1].is_array:
                os_pkg = ctx.use("os")
                return [f"func main() {{\n{m.go_name}({os_pkg}.Args[1:])\n}}"]
    return []


def _assemble(request: TranslationRequest, ctx: Ctx, chunks: list[str], eval_mode: bool) -> str:
    code = "\n\n".join(chunks)
    # Helpers and imports a discarded translation attempt asked for are dropped here.
    used = runtime.used_by(code, ctx.helpers)
    helper_code, helper_imports = runtime.render(used)
    body = code + ("\n\n" + helper_code if helper_code else "")
    imports = sorted(
        p for p in ctx.imports | helper_imports if re.search(rf"\b{p.rsplit('/', 1)[-1]}\.", body)
    )
    parts = []
    with_package = request.scope == "file" and not eval_mode
    if with_package:
        parts.append(f"package {request.go_package or 'main'}")
    if imports:
        parts.append("import (\n" + "\n".join(f'\t"{p}"' for p in imports) + "\n)")
    parts.append(body)
    out = "\n\n".join(parts) + "\n"
    if with_package:
        return _formatted(out)
    # gofmt needs a package clause; format with a stand-in and take it off again.
    stub = "package l2jstub\n\n"
    formatted = _formatted(stub + out)
    return formatted[len(stub) :] if formatted.startswith(stub) else out


def _formatted(src: str) -> str:
    """gofmt's layout when a toolchain is present; the output must stay usable without."""
    try:
        return gofmt(src).text
    except (GoValidationError, OSError, subprocess.TimeoutExpired):
        return src


def _eval_chunks(request: TranslationRequest, reg: Registry, decls: Decls, root: Node) -> list[str]:
    """HumanEval-X: the class's methods as functions, plus the target signature's wrapper."""
    tgt = targets.parse_signature(request.target_signature)
    tops = [
        i for i in reg.types.values() if i.outer is None and not i.is_interface and not i.is_enum
    ]
    main = next((i for i in tops if i.name == "Solution"), tops[0] if tops else None)
    if tgt is None or main is None:
        raise InvalidOutput("rules: eval mode needs a Go signature and a Java class")
    methods = [m for ms in main.methods.values() for m in ms if m.node is not None]
    if not methods:
        raise InvalidOutput("rules: the Java class has no method to translate")
    chosen = next((m for m in methods if m.name.lower() == tgt.name.lower()), None)
    if chosen is None:
        publics = [m for m in methods if m.public]
        chosen = (publics or methods)[-1]
    for m in methods:
        if m.go_name == tgt.name:
            m.go_name += "Impl"
    chunks = decls.flat_methods(main)
    for other in reg.types.values():
        if other is not main and other.outer in (None, main):
            chunks += decls.type_decl(other)
    ctx = decls.ctx
    ctx.push()
    java_types = [ctx.go_type(t) for _, t in chosen.params]
    ctx.pop()
    ret_go = ctx.go_type(chosen.ret) if chosen.ret.name != "void" else ""
    params = ", ".join(f"{n} {t}" for n, t in tgt.params)
    head = f"func {tgt.name}({params}) {tgt.result}".rstrip() + " {"
    if len(java_types) != len(tgt.params):
        return [*chunks, f'{head}\npanic("l2j: not migrated: signature mismatch")\n}}']
    args = ", ".join(
        targets.convert(names.safe_local(n) if False else n, g, jt)
        for (n, g), jt in zip(tgt.params, java_types, strict=True)
    )
    call = f"{chosen.go_name}({args})"
    if not tgt.result:
        return [*chunks, f"{head}\n{call}\n}}"]
    conv = targets.convert("l2jRes", ret_go, tgt.result)
    if conv == "l2jRes":
        return [*chunks, f"{head}\nreturn {call}\n}}"]
    return [*chunks, f"{head}\nl2jRes := {call}\nreturn {conv}\n}}"]
