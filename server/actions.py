"""``textDocument/codeAction``: the "Migrate ... to Go" actions, computed from the syntax
tree alone so they answer at once."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from lsprotocol import types

from l2j_lsp.migration.positions import Encoding
from l2j_lsp.migration.scope import TYPE_NODES, Declaration, JavaDocument

COMMAND = "l2j.migrateToGo"
KIND = types.CodeActionKind.RefactorRewrite


def _lsp_range(doc: JavaDocument, start: int, end: int, encoding: Encoding) -> types.Range:
    sl, sc = doc.position(start, encoding)
    el, ec = doc.position(end, encoding)
    return types.Range(types.Position(sl, sc), types.Position(el, ec))


def title(scope: str, kind: str, name: str) -> str:
    if scope == "file":
        return "Migrate file to Go"
    return f"Migrate {kind} '{name}' to Go"


def _action(
    uri: str, doc: JavaDocument, decl: Declaration | None, encoding: Encoding
) -> types.CodeAction:
    if decl is None:
        scope, kind, name, rng = "file", "file", "", _lsp_range(doc, 0, len(doc.data), encoding)
    else:
        scope, kind, name = decl.scope, decl.kind, decl.qualified_name
        rng = _lsp_range(doc, decl.start_byte, decl.end_byte, encoding)
    label = title(scope, kind, decl.name if decl is not None else "")
    argument: dict[str, Any] = {
        "uri": uri,
        "version": doc.version,
        "scope": scope,
        "name": name,
        "range": {
            "start": {"line": rng.start.line, "character": rng.start.character},
            "end": {"line": rng.end.line, "character": rng.end.character},
        },
    }
    return types.CodeAction(
        title=label,
        kind=KIND,
        command=types.Command(title=label, command=COMMAND, arguments=[argument]),
    )


def wanted(only: Sequence[str] | None) -> bool:
    """Honour ``context.only``: our kind must be one of the asked kinds or below one."""
    if not only:
        return True
    return any(k == KIND or KIND.startswith(f"{k}.") for k in only)


def code_actions(
    uri: str, doc: JavaDocument, rng: types.Range, encoding: Encoding
) -> list[types.CodeAction]:
    if rng.start.line >= doc.lines.line_count or rng.end.line >= doc.lines.line_count:
        return []
    start, end = doc.byte_range(
        (rng.start.line, rng.start.character), (rng.end.line, rng.end.character), encoding
    )
    actions = [_action(uri, doc, decl, encoding) for decl in doc.enclosing(start, end)]
    if not doc.has_error and declares_types(doc):
        actions.append(_action(uri, doc, None, encoding))
    return actions


def declares_types(doc: JavaDocument) -> bool:
    """A file worth migrating whole declares a type (not only a package or comments)."""
    return any(child.type in TYPE_NODES for child in doc.tree.root_node.named_children)
