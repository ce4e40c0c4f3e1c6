"""Tree-sitter views of a Java/Go pair for the trainer: method-level cuts of class-level pairs,
and consistent renaming of local names on both sides (the code analogue of ARC's colour
permutations)."""

from __future__ import annotations

import functools
import random
import re
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass

import tree_sitter
import tree_sitter_go
import tree_sitter_java

JAVA_TYPE_BODIES = ("class_body", "enum_body_declarations", "interface_body", "record_body")
JAVA_TYPE_DECLS = (
    "class_declaration",
    "enum_declaration",
    "interface_declaration",
    "record_declaration",
)


@functools.cache
def _parser(lang: str) -> tree_sitter.Parser:
    grammar = tree_sitter_java.language() if lang == "java" else tree_sitter_go.language()
    return tree_sitter.Parser(tree_sitter.Language(grammar))


def parse(lang: str, text: str) -> tree_sitter.Tree:
    return _parser(lang).parse(text.encode("utf-8"))


def _walk(node: tree_sitter.Node) -> Iterator[tree_sitter.Node]:
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        stack.extend(reversed(n.children))


def _text(node: tree_sitter.Node | None) -> str:
    return "" if node is None or node.text is None else node.text.decode("utf-8")


# --------------------------------------------------------------------------- method cuts


@dataclass(frozen=True)
class MethodPair:
    name: str
    java: str
    go: str


def _block_text(source: bytes, node: tree_sitter.Node) -> str:
    """The node's text, dedented as if it started its line (members sit indented in a class)."""
    line_start = source.rfind(b"\n", 0, node.start_byte) + 1
    indent = source[line_start : node.start_byte]
    body = source[node.start_byte : node.end_byte]
    if indent.strip():
        indent = b""
    return textwrap.dedent((indent + body).decode("utf-8")).strip("\n")


def _java_methods(root: tree_sitter.Node) -> list[tree_sitter.Node] | None:
    """Methods and constructors of the file's top-level types; None when one has no body
    (abstract or interface methods map to Go interfaces, not funcs: no clean cut)."""
    methods = []
    for decl in root.children:
        if decl.type not in JAVA_TYPE_DECLS:
            continue
        body = decl.child_by_field_name("body")
        members = [] if body is None else list(body.children)
        for extra in list(members):
            if extra.type in JAVA_TYPE_BODIES:  # an enum's declarations after the constants
                members.extend(extra.children)
        for member in members:
            if member.type in ("method_declaration", "constructor_declaration"):
                if member.child_by_field_name("body") is None:
                    return None
                methods.append(member)
    return methods


def go_names_for(java_name: str, is_constructor: bool = False) -> set[str]:
    """Go names a Java method may have become: ``getItemId`` -> ``ItemId``/``GetItemId``/
    ``getItemId``, ``use`` -> ``Use``; a constructor ``L2Item`` -> ``NewL2Item``."""
    if is_constructor:
        return {"New" + java_name, "new" + java_name}
    cap = java_name[:1].upper() + java_name[1:]
    names = {java_name, cap}
    for prefix in ("get", "is", "has"):
        rest = java_name[len(prefix) :]
        if java_name.startswith(prefix) and rest[:1].isupper():
            names.add(rest)
    return names


def cut_methods(java: str, go: str) -> list[MethodPair]:
    """Method-level pairs of a class-level pair, or [] when the pair does not split cleanly:
    both sides must parse, every Java method must match exactly one Go func by name, and no
    Go func may match two Java methods (overloads)."""
    java_tree, go_tree = parse("java", java), parse("go", go)
    if java_tree.root_node.has_error or go_tree.root_node.has_error:
        return []
    methods = _java_methods(java_tree.root_node)
    if not methods:
        return []
    funcs: dict[str, list[tree_sitter.Node]] = {}
    for node in go_tree.root_node.children:
        if node.type in ("function_declaration", "method_declaration"):
            funcs.setdefault(_text(node.child_by_field_name("name")), []).append(node)
    java_src, go_src = java.encode("utf-8"), go.encode("utf-8")
    used: set[int] = set()
    out = []
    for method in methods:
        name = _text(method.child_by_field_name("name"))
        wanted = go_names_for(name, method.type == "constructor_declaration")
        matches = [f for n in wanted for f in funcs.get(n, [])]
        if len(matches) != 1 or matches[0].id in used:
            return []
        used.add(matches[0].id)
        out.append(MethodPair(name, _block_text(java_src, method), _block_text(go_src, matches[0])))
    return out


# --------------------------------------------------------------------------- renaming

# Identifier positions that name something other than a local variable.
_JAVA_NOT_LOCAL = {
    ("field_access", "field"),
    ("method_invocation", "name"),
    ("method_declaration", "name"),
    ("constructor_declaration", "name"),
    ("class_declaration", "name"),
    ("enum_declaration", "name"),
    ("interface_declaration", "name"),
    ("record_declaration", "name"),
    ("enum_constant", "name"),
    ("labeled_statement", None),
    ("break_statement", None),
    ("continue_statement", None),
    ("scoped_identifier", "name"),
}
_GO_NOT_LOCAL = {
    ("function_declaration", "name"),
    ("labeled_statement", "label"),
    ("break_statement", None),
    ("continue_statement", None),
    ("goto_statement", None),
}
KEYWORDS = frozenset(
    """abstract assert boolean break byte case catch char class const continue default do double
    else enum extends final finally float for goto if implements import instanceof int interface
    long native new package private protected public return short static strictfp super switch
    synchronized this throw throws transient try void volatile while var record yield true false
    null chan defer fallthrough func go map range select struct type any append cap close copy
    delete len make panic print println real recover string error rune uint int8 int16 int32
    int64 uint8 uint16 uint32 uint64 float32 float64 complex64 complex128 iota nil bool""".split()
)
# Building blocks of the fresh names: plausible local names, so the renamed pair stays code
# a person could have written.
_WORDS = (
    "value amount target item count index entry node result total current other next prev "
    "data info part slot mark step size limit offset key elem buf acc tmp arg obj ref cand"
).split()


def _field_name(node: tree_sitter.Node) -> str | None:
    parent = node.parent
    if parent is None:
        return None
    for i, child in enumerate(parent.children):
        if child.id == node.id:
            return parent.field_name_for_child(i)
    return None


def _is_go_struct_key(node: tree_sitter.Node) -> bool:
    """``count`` in ``A{count: c}``: a field name, not a variable."""
    parent, grand = node.parent, node.parent.parent if node.parent else None
    return (
        parent is not None
        and grand is not None
        and parent.type == "literal_element"
        and grand.type == "keyed_element"
        and grand.children[0].id == parent.id
    )


def _local_occurrences(lang: str, root: tree_sitter.Node) -> dict[str, list[tuple[int, int]]]:
    """Byte spans of every identifier that can be a local variable, by name."""
    banned = _JAVA_NOT_LOCAL if lang == "java" else _GO_NOT_LOCAL
    spans: dict[str, list[tuple[int, int]]] = {}
    for node in _walk(root):
        if node.type != "identifier" or node.parent is None:
            continue
        field = _field_name(node)
        if (node.parent.type, field) in banned or (node.parent.type, None) in banned:
            continue
        if lang == "go" and _is_go_struct_key(node):
            continue
        spans.setdefault(_text(node), []).append((node.start_byte, node.end_byte))
    return spans


def _java_declared(root: tree_sitter.Node) -> set[str]:
    names: set[str] = set()
    for node in _walk(root):
        kind = node.type
        if kind in ("formal_parameter", "catch_formal_parameter", "enhanced_for_statement"):
            names.add(_text(node.child_by_field_name("name")))
        elif kind == "variable_declarator" and node.parent is not None:
            if node.parent.type != "field_declaration":
                names.add(_text(node.child_by_field_name("name")))
        elif kind == "inferred_parameters":
            names.update(_text(c) for c in node.children if c.type == "identifier")
        elif kind == "lambda_expression":
            param = node.child_by_field_name("parameters")
            if param is not None and param.type == "identifier":
                names.add(_text(param))
    return names


def _go_declared(root: tree_sitter.Node) -> set[str]:
    names: set[str] = set()
    for node in _walk(root):
        kind = node.type
        if kind in ("parameter_declaration", "variadic_parameter_declaration", "var_spec"):
            names.update(_text(c) for c in node.children if c.type == "identifier")
        elif kind in ("short_var_declaration", "range_clause"):
            left = node.child_by_field_name("left")
            if left is not None:
                names.update(_text(c) for c in left.children if c.type == "identifier")
    return names


@dataclass(frozen=True)
class RenamePlan:
    """Where each renameable name sits in the Java and in the Go."""

    java: str
    go: str
    java_spans: dict[str, list[tuple[int, int]]]
    go_spans: dict[str, list[tuple[int, int]]]
    taken: frozenset[str]

    @property
    def names(self) -> list[str]:
        return sorted(self.java_spans)


def rename_plan(java: str, go: str) -> RenamePlan | None:
    """The names that can be renamed consistently, or None when there are none.

    A name qualifies when it is declared as a parameter or local on both sides and occurs
    as a plain identifier equally often in both (so a Java field read without ``this.``
    that Go writes ``o.name`` does not qualify).
    """
    java_tree, go_tree = parse("java", java), parse("go", go)
    if java_tree.root_node.has_error or go_tree.root_node.has_error:
        return None
    java_occ = _local_occurrences("java", java_tree.root_node)
    go_occ = _local_occurrences("go", go_tree.root_node)
    common = _java_declared(java_tree.root_node) & _go_declared(go_tree.root_node)
    names = {
        n
        for n in common
        if n not in ("_", "")
        and n not in KEYWORDS
        and len(java_occ.get(n, [])) == len(go_occ.get(n, [])) > 0
    }
    if not names:
        return None
    taken = frozenset(re.findall(r"\w+", java)) | frozenset(re.findall(r"\w+", go)) | KEYWORDS
    return RenamePlan(
        java,
        go,
        {n: java_occ[n] for n in names},
        {n: go_occ[n] for n in names},
        taken,
    )


def _fresh_name(old: str, rng: random.Random, taken: set[str]) -> str:
    while True:
        words = rng.sample(_WORDS, 2)
        name = words[0] + words[1].capitalize() if rng.random() < 0.5 else words[0]
        if rng.random() < 0.2:
            name += str(rng.randint(2, 9))
        if old[:1].isupper():
            name = name.capitalize()
        if name not in taken:
            taken.add(name)
            return name


def _splice(text: str, spans: dict[str, list[tuple[int, int]]], mapping: dict[str, str]) -> str:
    data = text.encode("utf-8")
    edits = sorted((s, e, mapping[n]) for n, ss in spans.items() for s, e in ss if n in mapping)
    out, pos = [], 0
    for start, end, new in edits:
        out.append(data[pos:start])
        out.append(new.encode("utf-8"))
        pos = end
    out.append(data[pos:])
    return b"".join(out).decode("utf-8")


def apply_renaming(plan: RenamePlan, rng: random.Random) -> tuple[str, str, dict[str, str]]:
    """(java, go, old -> new) with every planned name replaced by a fresh one on both sides."""
    taken = set(plan.taken)
    mapping = {old: _fresh_name(old, rng, taken) for old in plan.names}
    return (
        _splice(plan.java, plan.java_spans, mapping),
        _splice(plan.go, plan.go_spans, mapping),
        mapping,
    )
