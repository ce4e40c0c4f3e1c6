"""What ``l2j-lsp plan`` reads from one Java file: its package, imports, the types it declares
and the names it uses that may be types. Resolving those names against the whole tree is
``training.plan``'s job; this module looks at one file only."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import tree_sitter

from l2j_lsp.migration.context import java_package
from l2j_lsp.migration.scope import JAVA, TYPE_NODES, JavaDocument

# One query finds, in C, what the facts are made of: type declarations, type names, dotted
# names that may spell a qualified type, and plain identifiers where only a type or a
# variable can stand (``Foo.bar()``, ``Foo.BAR``, ``Foo::bar``, ``@Foo``). Java naming keeps
# variables lower-case, so such a name that matches a type of the tree is taken as that type.
_QUERY = tree_sitter.Query(
    JAVA,
    "\n".join(f"({kind} name: (identifier) @decl)" for kind in TYPE_NODES)
    + """
    (type_identifier) @type
    [(scoped_type_identifier) (scoped_identifier) (field_access)] @chain
    (method_invocation object: (identifier) @ref)
    (field_access object: (identifier) @ref)
    (method_reference . (identifier) @ref)
    (marker_annotation name: (identifier) @ref)
    (annotation name: (identifier) @ref)
    (import_declaration) @skip
    (package_declaration) @skip
    """,
)
_CHAINS = frozenset({"scoped_type_identifier", "scoped_identifier", "field_access"})


@dataclass(frozen=True)
class JavaImport:
    name: str  # "a.b.C", "a.b" for "a.b.*", "a.b.C.m" for a static member
    static: bool
    wildcard: bool

    def __str__(self) -> str:
        return ("static " if self.static else "") + self.name + (".*" if self.wildcard else "")


@dataclass
class JavaFacts:
    path: str  # relative to the source root, "/"-separated
    package: str = ""
    imports: list[JavaImport] = field(default_factory=list)
    # Declared types relative to the package, nested ones dotted: "A", "A.Inner".
    types: list[str] = field(default_factory=list)
    # Simple names used where a type may stand.
    simple_refs: set[str] = field(default_factory=set)
    # Dotted names (two segments or more) that may start with a qualified type name.
    chains: set[tuple[str, ...]] = field(default_factory=set)
    parse_errors: bool = False
    non_utf8: bool = False
    # Why the file could not be read at all (then it has no facts).
    error: str = ""


def decode_java(data: bytes) -> tuple[str, str]:
    """(text, warning): UTF-8 (a BOM dropped), else ISO-8859-1 with a warning that says where
    the first non-UTF-8 byte is. Old L2J sources were Latin-1; ISO-8859-1 decodes any byte,
    so a file is never lost, only flagged."""
    try:
        return data.decode("utf-8-sig"), ""
    except UnicodeDecodeError as exc:
        return data.decode("iso-8859-1"), (
            f"not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); decoded as ISO-8859-1"
        )


def read_java(path: Path) -> tuple[str, str]:
    """:func:`decode_java` of a file; OSError when it cannot be read."""
    return decode_java(path.read_bytes())


def _text(node: tree_sitter.Node) -> str:
    return (node.text or b"").decode("utf-8", "replace")


def _segments(node: tree_sitter.Node) -> tuple[str, ...] | None:
    """``a.b.C`` as ("a", "b", "C"); None when the chain holds anything but names (a call,
    type arguments, ``this``)."""
    if node.type in ("identifier", "type_identifier"):
        return (_text(node),)
    if node.type not in _CHAINS or node.named_child_count != 2:
        return None
    head, tail = node.named_children
    if tail.type not in ("identifier", "type_identifier"):
        return None
    first = _segments(head)
    return None if first is None else (*first, _text(tail))


def _import(node: tree_sitter.Node) -> JavaImport | None:
    names = [c for c in node.named_children if c.type in ("scoped_identifier", "identifier")]
    if not names:
        return None
    return JavaImport(
        name="".join(_text(names[0]).split()),
        static=any(c.type == "static" for c in node.children),
        wildcard=any(c.type == "asterisk" for c in node.children),
    )


def _qualified_name(decl: tree_sitter.Node) -> str:
    """A declared type's name with its enclosing types': "Outer.Inner"."""
    names = [_text(decl)]
    node = decl.parent.parent if decl.parent is not None else None
    while node is not None:
        if node.type in TYPE_NODES and (name := node.child_by_field_name("name")) is not None:
            names.append(_text(name))
        node = node.parent
    return ".".join(reversed(names))


def analyse(path: str, text: str) -> JavaFacts:
    """The facts of one Java file's text. Types declared in a broken part of the file count
    too: other files may still use them."""
    doc = JavaDocument(text)
    facts = JavaFacts(path=path, package=java_package(doc), parse_errors=doc.has_error)
    found = tree_sitter.QueryCursor(_QUERY).captures(doc.tree.root_node)
    heads = sorted(found.get("skip", []), key=lambda n: n.start_byte)
    skipped = [(n.start_byte, n.end_byte) for n in heads]
    for node in heads:
        if node.type == "import_declaration" and (imported := _import(node)) is not None:
            facts.imports.append(imported)

    def counts(node: tree_sitter.Node) -> bool:
        # Imports and the package clause are read above, as imports.
        return not any(a <= node.start_byte < b for a, b in skipped)

    decls = sorted(found.get("decl", []), key=lambda n: n.start_byte)
    facts.types = [_qualified_name(n) for n in decls]
    for node in found.get("type", []):
        parent = node.parent
        # Only the first segment of ``Outer.Inner`` is a name on its own; the chain as a
        # whole is a @chain.
        if (
            parent is not None
            and parent.type == "scoped_type_identifier"
            and parent.named_child(0) != node
        ):
            continue
        facts.simple_refs.add(_text(node))
    facts.simple_refs.update(_text(n) for n in found.get("ref", []) if counts(n))
    for node in found.get("chain", []):
        chain = _segments(node) if counts(node) else None
        if chain is not None:
            facts.chains.add(chain)
    return facts
