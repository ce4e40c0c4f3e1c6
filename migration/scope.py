"""Java documents parsed with tree-sitter, and the declarations around a range.

A *scope* is what one "Migrate ... to Go" action translates: a method or constructor, a
type declaration (class, interface, enum, record, annotation; nested ones too) or the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

import tree_sitter
import tree_sitter_java

from l2j_lsp.migration.positions import Encoding, LineTable, sanitize, ts_point

JAVA = tree_sitter.Language(tree_sitter_java.language())

ScopeKind = Literal["method", "class", "file"]

METHOD_NODES = {
    "method_declaration": "method",
    "constructor_declaration": "constructor",
    "compact_constructor_declaration": "constructor",
}
TYPE_NODES = {
    "class_declaration": "class",
    "interface_declaration": "interface",
    "enum_declaration": "enum",
    "record_declaration": "record",
    "annotation_type_declaration": "annotation",
}


@dataclass(frozen=True)
class Declaration:
    """A method-like or type declaration found in the tree."""

    kind: str  # "method", "constructor", "class", "interface", "enum", "record", ...
    name: str
    start_byte: int
    end_byte: int
    # Names of the enclosing types, outermost first.
    outer: tuple[str, ...]

    @property
    def scope(self) -> ScopeKind:
        return "method" if self.kind in ("method", "constructor") else "class"

    @property
    def qualified_name(self) -> str:
        return ".".join((*self.outer, self.name))


class JavaDocument:
    """The text of one Java file and its syntax tree, kept in step through edits."""

    def __init__(self, text: str, version: int | None = None) -> None:
        self._parser = tree_sitter.Parser(JAVA)
        self.version = version
        self._set_text(sanitize(text))
        self.tree = self._parser.parse(self.data)

    def _set_text(self, text: str) -> None:
        self.text = text
        self.data = text.encode("utf-8")
        self.lines = LineTable.build(self.data)

    # --- edits ------------------------------------------------------------------------

    def apply_change(
        self,
        new_text: str,
        start: tuple[int, int] | None = None,
        end: tuple[int, int] | None = None,
        encoding: Encoding = "utf-16",
    ) -> None:
        """Apply one LSP content change (a full replacement when ``start`` is None).

        Incremental changes edit the old tree first so the re-parse reuses it; call
        :meth:`reparse` after the batch of changes of one notification.
        """
        new_text = sanitize(new_text)
        if start is None or end is None:
            self._set_text(new_text)
            self.tree = self._parser.parse(self.data)
            return
        start_byte = self.lines.to_byte(*start, encoding)
        old_end_byte = max(start_byte, self.lines.to_byte(*end, encoding))
        inserted = new_text.encode("utf-8")
        old_data = self.data
        new_data = old_data[:start_byte] + inserted + old_data[old_end_byte:]
        new_end_byte = start_byte + len(inserted)
        self.tree.edit(
            start_byte=start_byte,
            old_end_byte=old_end_byte,
            new_end_byte=new_end_byte,
            start_point=ts_point(old_data, start_byte),
            old_end_point=ts_point(old_data, old_end_byte),
            new_end_point=ts_point(new_data, new_end_byte),
        )
        self._set_text(new_data.decode("utf-8"))

    def reparse(self) -> None:
        self.tree = self._parser.parse(self.data, self.tree)

    # --- queries ----------------------------------------------------------------------

    @property
    def has_error(self) -> bool:
        return self.tree.root_node.has_error

    def byte_range(
        self, start: tuple[int, int], end: tuple[int, int], encoding: Encoding = "utf-16"
    ) -> tuple[int, int]:
        a = self.lines.to_byte(*start, encoding)
        b = self.lines.to_byte(*end, encoding)
        return min(a, b), max(a, b)

    def position(self, offset: int, encoding: Encoding = "utf-16") -> tuple[int, int]:
        return self.lines.to_position(offset, encoding)

    def source(self, start_byte: int, end_byte: int) -> str:
        return self.data[start_byte:end_byte].decode("utf-8", "replace")

    def enclosing(self, start_byte: int, end_byte: int | None = None) -> list[Declaration]:
        """Well-formed declarations enclosing the byte range, innermost first.

        A declaration whose own subtree has a syntax error is left out: a translation of
        half-parsed code would silently lose the broken part.
        """
        end_byte = start_byte if end_byte is None else end_byte
        node: tree_sitter.Node | None = self.tree.root_node.descendant_for_byte_range(
            start_byte, end_byte
        )
        found: list[tree_sitter.Node] = []
        while node is not None:
            if node.type in METHOD_NODES or node.type in TYPE_NODES:
                found.append(node)
            node = node.parent
        return [d for d in (self._declaration(n) for n in found) if d is not None]

    def declarations(self) -> Iterator[Declaration]:
        """Every well-formed declaration in document order."""
        stack = [self.tree.root_node]
        while stack:
            node = stack.pop()
            if node.type in METHOD_NODES or node.type in TYPE_NODES:
                decl = self._declaration(node)
                if decl is not None:
                    yield decl
            stack.extend(reversed(node.named_children))

    def find(self, scope: ScopeKind, name: str, near_byte: int = 0) -> Declaration | None:
        """The declaration of that scope and (qualified or simple) name closest to a byte
        offset; used when the document changed between the action and the command."""
        matches = [
            d
            for d in self.declarations()
            if d.scope == scope and name in (d.name, d.qualified_name)
        ]
        if not matches:
            return None
        return min(matches, key=lambda d: abs(d.start_byte - near_byte))

    def _declaration(self, node: tree_sitter.Node) -> Declaration | None:
        if node.has_error:
            return None
        name_node = node.child_by_field_name("name")
        if name_node is None or name_node.text is None:
            return None
        outer: list[str] = []
        parent = node.parent
        while parent is not None:
            if parent.type in TYPE_NODES:
                pname = parent.child_by_field_name("name")
                if pname is not None and pname.text is not None:
                    outer.append(pname.text.decode("utf-8", "replace"))
            parent = parent.parent
        kind = METHOD_NODES.get(node.type) or TYPE_NODES[node.type]
        return Declaration(
            kind=kind,
            name=name_node.text.decode("utf-8", "replace"),
            start_byte=self._with_leading_comments(node),
            end_byte=node.end_byte,
            outer=tuple(reversed(outer)),
        )

    def _with_leading_comments(self, node: tree_sitter.Node) -> int:
        """Start of the declaration including its Javadoc and line comments, which carry
        intent the translation should keep."""
        start = node.start_byte
        prev = node.prev_sibling
        while prev is not None and prev.type in ("block_comment", "line_comment"):
            gap = self.data[prev.end_byte : start]
            if gap.count(b"\n") > 1:
                break
            start = prev.start_byte
            prev = prev.prev_sibling
        return start
