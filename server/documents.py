"""Open Java documents, each kept parsed and in step with the client's edits."""

from __future__ import annotations

import copy

from lsprotocol import types

from l2j_lsp.migration.positions import Encoding
from l2j_lsp.migration.scope import JavaDocument


def is_java(uri: str, language_id: str | None = None) -> bool:
    return language_id == "java" or uri.endswith(".java")


def is_go(uri: str, language_id: str | None = None) -> bool:
    return language_id == "go" or uri.endswith(".go")


def lsp_encoding(kind: object) -> Encoding:
    value = str(getattr(kind, "value", kind) or "utf-16")
    return value if value in ("utf-8", "utf-32") else "utf-16"  # type: ignore[return-value]


def snapshot(doc: JavaDocument) -> JavaDocument:
    """A copy of ``doc`` as it is now, safe to read on another thread while the client's
    edits go on changing ``doc`` (its text is immutable; its tree is copied, as an edit
    changes a tree in place)."""
    frozen = copy.copy(doc)
    frozen.tree = doc.tree.copy()
    return frozen


class JavaDocuments:
    def __init__(self) -> None:
        self._docs: dict[str, JavaDocument] = {}
        self.encoding: Encoding = "utf-16"

    def get(self, uri: str) -> JavaDocument | None:
        return self._docs.get(uri)

    def open(self, uri: str, text: str, version: int | None) -> JavaDocument:
        doc = JavaDocument(text, version)
        self._docs[uri] = doc
        return doc

    def change(
        self,
        uri: str,
        version: int | None,
        changes: list[types.TextDocumentContentChangeEvent],
    ) -> None:
        doc = self._docs.get(uri)
        if doc is None:
            return
        for change in changes:
            if isinstance(change, types.TextDocumentContentChangePartial):
                start = (change.range.start.line, change.range.start.character)
                end = (change.range.end.line, change.range.end.character)
                doc.apply_change(change.text, start, end, self.encoding)
            else:
                doc.apply_change(change.text)
        doc.reparse()
        doc.version = version

    def close(self, uri: str) -> None:
        self._docs.pop(uri, None)
