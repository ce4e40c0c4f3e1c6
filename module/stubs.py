"""The compile guarantee: a declaration whose Go does not type-check is replaced by a typed
stub carrying `l2j: not migrated: <reason>` (a function keeps its signature and panics; a
struct field or a signature type that does not resolve becomes `any`; a failing variable
initialiser is dropped), so the module always builds and every gap is counted."""

from __future__ import annotations

import re

import tree_sitter
import tree_sitter_go

from .assemble import GoDecl

_GO = tree_sitter.Language(tree_sitter_go.language())
_HEAD = "package p\n"
_UNDEFINED = re.compile(r"undefined: ([\w.]+)")
_FUNCS = ("function_declaration", "method_declaration")


_DECLARED_AT = re.compile(r" \(declared at [^)]*\)")


def reason_of(msg: str) -> str:
    """A stub's reason: the compiler's first message, one line, no quotes, and no path
    (`declared at /tmp/...` names the folder migrate built in, gone once it is done)."""
    msg = _DECLARED_AT.sub("", " ".join(msg.split()))
    return msg.replace('"', "'").replace("\\", "/")[:160]


def category(msg: str) -> str:
    """The report's grouping of a compiler message."""
    m = msg.lower()
    rules = (
        ("undefined:", "undefined name"),
        ("has no field or method", "unknown member"),
        ("missing method", "does not implement an interface"),
        ("cannot use", "type mismatch"),
        ("mismatched types", "type mismatch"),
        ("cannot convert", "type mismatch"),
        ("not enough arguments", "wrong arguments"),
        ("too many arguments", "wrong arguments"),
        ("not enough return values", "wrong results"),
        ("too many return values", "wrong results"),
        ("declared and not used", "unused variable"),
        ("invalid operation", "invalid operation"),
        ("syntax error", "syntax error"),
        ("cannot infer", "generics"),
        ("does not satisfy", "generics"),
        ("not a generic type", "generics"),
        ("is not a type", "not a type"),
        ("redeclared", "duplicate declaration"),
        ("missing return", "missing return"),
        ("assignment mismatch", "wrong results"),
    )
    for needle, cat in rules:
        if needle in m:
            return cat
    return "other compiler error"


# A function whose statements were stubbed this many times and still fails is stubbed
# whole (a cascade: a statement's stub leaves what it declared undefined).
STATEMENT_ROUNDS = 3
_UNUSED = re.compile(r"declared and not used: (\w+)")
_TAG = re.compile(r" ?/\*@L\d+:\d+\*/")
_DECLARATIONS = ("short_var_declaration", "var_declaration", "const_declaration")


def stub(gd: GoDecl, rel_lines: list[int], msg: str, messages: list[str] | None = None) -> bool:
    """Replaces what fails in ``gd`` (errors at ``rel_lines``, 1-based within its text;
    ``messages`` the compiler's message for each). A failing statement is replaced by a
    marker (its function keeps the rest); a function that keeps failing is stubbed whole,
    keeping its signature. Returns False when nothing could be changed."""
    reason = reason_of(msg)
    src = _HEAD + gd.text
    tree = tree_sitter.Parser(_GO).parse(src.encode())
    offset = 1  # the package clause line
    edits: list[tuple[int, int, str]] = []
    body_marker = f'{{\n\tpanic("l2j: not migrated: {reason}")\n}}'
    msgs = messages or [msg] * len(rel_lines)
    for top in tree.root_node.named_children:
        start, end = top.start_point[0] + 1 - offset, top.end_point[0] + 1 - offset
        hit = [ln for ln in rel_lines if start <= ln <= end]
        if not hit:
            continue
        if top.type in _FUNCS:
            body = top.child_by_field_name("body")
            if body is None:
                continue
            body_start = body.start_point[0] + 1 - offset
            header_hit = [ln for ln in hit if ln < body_start]
            if header_hit:
                fixed = _any_for_undefined(top, src, msg)
                if fixed is not None:
                    edits.append((top.start_byte, top.end_byte, fixed))
                    continue
            if all(
                "missing return" in m for ln, m in zip(rel_lines, msgs, strict=False) if ln in hit
            ):
                # Go's terminating-statement rule is stricter than Java's reachability.
                for ln in hit:
                    close = _closing_brace(top, ln - 1 + offset)
                    edits.append((close, close, '\tpanic("unreachable")\n'))
                continue
            if gd.attempts < STATEMENT_ROUNDS:
                local = _statement_edits(
                    body,
                    src,
                    [(ln, m) for ln, m in zip(rel_lines, msgs, strict=False) if ln in hit],
                    offset,
                )
                if local is not None:
                    edits.extend(local)
                    continue
            edits.append((body.start_byte, body.end_byte, body_marker))
        elif top.type == "type_declaration":
            new = _fix_type(top, src, hit, offset, msg)
            if new is not None:
                edits.append((top.start_byte, top.end_byte, new))
        elif top.type in ("var_declaration", "const_declaration"):
            new = _fix_var(top, src, hit, offset)
            if new is not None:
                edits.append((top.start_byte, top.end_byte, new))
    if not edits:
        return False
    # Two failures in nested statements: the outer edit covers the inner one.
    unique = sorted(set(edits))
    kept = [
        e
        for e in unique
        if not any(o != e and o[0] <= e[0] and e[1] <= o[1] and o[1] > o[0] for o in unique)
    ]
    data = src.encode()
    for a, b, new in sorted(kept, reverse=True):
        data = data[:a] + new.encode() + data[b:]
    gd.text = data.decode()[len(_HEAD) :]
    gd.attempts += 1
    if "l2j: not migrated" in gd.text:
        gd.stubbed = gd.stubbed or reason
    return True


def _statement_edits(
    body: tree_sitter.Node, src: str, errors: list[tuple[int, str]], offset: int
) -> list[tuple[int, int, str]] | None:
    """The failing statements of a function body, each replaced by a marker; None when a
    failure cannot be confined to a statement (a declaration, a problem in the body's
    shape), which stubs the whole function."""
    out: list[tuple[int, int, str]] = []
    for line, msg in errors:
        unused = _UNUSED.search(msg)
        stmt = _statement_at(body, line - 1 + offset)
        if stmt is None:
            return None
        if msg.startswith("unreachable code"):
            # go vet: Java rejects unreachable statements, so this one is the translator's
            # (a `panic("unreachable")` after a switch that returns in every case); it never
            # runs, so it goes, without a marker.
            out.append((stmt.start_byte, stmt.end_byte, ""))
            continue
        if unused is not None:
            # Keep the declaration; Go only wants the variable used.
            end = stmt.end_byte
            out.append((end, end, f"\n_ = {unused.group(1)}"))
            continue
        if stmt.type in _DECLARATIONS or stmt.type == "labeled_statement":
            return None
        reason = reason_of(msg)
        first_line = _text(src, stmt).split("\n", 1)[0]
        tag = _TAG.search(first_line)
        first = _TAG.sub("", first_line).replace("*/", "* /").strip()[:80]
        keep = tag.group(0) if tag else ""  # the statement's Java line, for the source map
        call = "panic" if stmt.type == "return_statement" else "java.NotMigrated"
        out.append(
            (
                stmt.start_byte,
                stmt.end_byte,
                f'{call}("l2j: not migrated: {reason}") /* {first} */{keep}',
            )
        )
    return out


def _closing_brace(fn: tree_sitter.Node, row: int) -> int:
    """Where a `missing return` at 0-based ``row`` (Go reports it at the closing brace) needs
    its panic: before the brace of the innermost function or function literal ending there."""
    best = fn.child_by_field_name("body")
    stack = [fn]
    while stack:
        n = stack.pop()
        if not n.start_point[0] <= row <= n.end_point[0]:
            continue
        if n.type == "func_literal":
            body = n.child_by_field_name("body")
            if body is not None and body.end_point[0] == row:
                best = body
        stack.extend(n.named_children)
    assert best is not None
    return best.end_byte - 1


def _statement_at(body: tree_sitter.Node, row: int) -> tree_sitter.Node | None:
    """The innermost statement directly in a block that holds 0-based ``row``."""
    found = None
    stack = [body]
    while stack:
        n = stack.pop()
        if not n.start_point[0] <= row <= n.end_point[0]:
            continue
        if (
            n.parent is not None
            and n.parent.type in ("block", "statement_list")
            and n.type not in ("{", "}", "comment")
        ):
            found = n
        stack.extend(n.named_children)
    return found


def _text(src: str, node: tree_sitter.Node) -> str:
    return src.encode()[node.start_byte : node.end_byte].decode()


def _any_for_undefined(fn: tree_sitter.Node, src: str, msg: str) -> str | None:
    """A signature naming an undefined type: `any` in its place (the body is stubbed too,
    since it was written for the other type)."""
    m = _UNDEFINED.search(msg)
    body = fn.child_by_field_name("body")
    if m is None or body is None:
        return None
    head = src.encode()[fn.start_byte : body.start_byte].decode()
    name = m.group(1)
    new_head = re.sub(rf"\*?\b{re.escape(name)}\b(\[[^\]]*\])?", "any", head)
    if new_head == head:
        return None
    reason = reason_of(msg)
    return new_head + f'{{\n\tpanic("l2j: not migrated: {reason}")\n}}'


def _fix_type(top: tree_sitter.Node, src: str, hit: list[int], offset: int, msg: str) -> str | None:
    """A struct field or interface method whose type fails: the field becomes `any`, the
    method is dropped from the interface."""
    text = _text(src, top)
    lines = text.split("\n")
    base = top.start_point[0] + 1 - offset
    changed = False
    for ln in hit:
        k = ln - base
        if k <= 0 or k >= len(lines) - 1:
            continue
        line = lines[k]
        stripped = line.strip()
        if not stripped or stripped.startswith("//"):
            continue
        if "(" in stripped and re.match(r"^[A-Za-z_]\w*\(", stripped):
            lines[k] = "// l2j: not migrated: " + reason_of(msg) + ": " + stripped
        else:
            parts = stripped.split(None, 1)
            if len(parts) == 2 and parts[0].isidentifier():
                lines[k] = f"{parts[0]} any // l2j: not migrated: {reason_of(msg)}"
            else:
                lines[k] = "// l2j: not migrated: " + reason_of(msg) + ": " + stripped
        changed = True
    if not changed:
        m = _UNDEFINED.search(msg)
        if m is not None and len(lines) == 1:
            return None
        return None
    return "\n".join(lines)


def _fix_var(top: tree_sitter.Node, src: str, hit: list[int], offset: int) -> str | None:
    text = _text(src, top)
    m = re.match(r"^(var|const) (\S+) ([^=\n]+?)(?: = (.*))?$", text, re.S)
    if m is None:
        return None
    name, typ = m.group(2), m.group(3).strip()
    if m.group(4) is None and m.group(1) == "var":
        return f"var {name} any // l2j: not migrated: its type does not compile"
    return f"var {name} {typ} // l2j: not migrated: initializer does not compile"
