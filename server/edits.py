"""The workspace edit that puts migrated Go into its file, shaped for what the client
supports: file creation, versioned document edits, and change annotations that ask the
user to confirm (the VS Code extension shows its own preview, see docs/editors.md)."""

from __future__ import annotations

from lsprotocol import types

from l2j_lsp.migration.positions import Encoding

ANNOTATION_ID = "l2j.migrate"
_BLOCK = 4096


def _common_prefix(a: str, b: str, limit: int) -> int:
    """Length of the common prefix (at most ``limit``): whole blocks compared in C first,
    so a large Go file costs the event loop microseconds, not a Python loop per char."""
    i = 0
    while i + _BLOCK <= limit and a[i : i + _BLOCK] == b[i : i + _BLOCK]:
        i += _BLOCK
    while i < limit and a[i] == b[i]:
        i += 1
    return i


def _common_suffix(a: str, b: str, limit: int) -> int:
    i = 0
    while (
        i + _BLOCK <= limit
        and a[len(a) - i - _BLOCK : len(a) - i] == b[len(b) - i - _BLOCK : len(b) - i]
    ):
        i += _BLOCK
    while i < limit and a[len(a) - 1 - i] == b[len(b) - 1 - i]:
        i += 1
    return i


def minimal_edit(old: str, new: str, encoding: Encoding) -> types.TextEdit:
    """One TextEdit replacing only the changed middle, so the preview shows the real
    change rather than the whole file."""
    prefix = _common_prefix(old, new, min(len(old), len(new)))
    suffix = _common_suffix(old, new, min(len(old), len(new)) - prefix)
    return types.TextEdit(
        range=types.Range(
            _position(old, prefix, encoding), _position(old, len(old) - suffix, encoding)
        ),
        new_text=new[prefix : len(new) - suffix],
    )


def _position(text: str, index: int, encoding: Encoding) -> types.Position:
    """The LSP position of ``text[index]`` (line ends \n, \r\n or \r), by counting in C."""
    line = text.count("\n", 0, index) + text.count("\r", 0, index) - text.count("\r\n", 0, index)
    line_start = max(text.rfind("\n", 0, index), text.rfind("\r", 0, index)) + 1
    segment = text[line_start:index]
    if encoding == "utf-8":
        character = len(segment.encode("utf-8"))
    elif encoding == "utf-16":
        character = len(segment.encode("utf-16-le", "surrogatepass")) // 2
    else:
        character = len(segment)
    return types.Position(line, character)


def _workspace_edit_caps(
    capabilities: types.ClientCapabilities,
) -> types.WorkspaceEditClientCapabilities | None:
    return capabilities.workspace.workspace_edit if capabilities.workspace else None


def can_create_files(capabilities: types.ClientCapabilities) -> bool:
    ws = _workspace_edit_caps(capabilities)
    return bool(
        ws
        and ws.resource_operations
        and types.ResourceOperationKind.Create in ws.resource_operations
    )


def supports_document_changes(capabilities: types.ClientCapabilities) -> bool:
    """Resource operations only exist inside ``documentChanges``, so a client that declares
    them (Neovim does, without the flag) handles ``documentChanges``."""
    ws = _workspace_edit_caps(capabilities)
    return bool(ws and ws.document_changes) or can_create_files(capabilities)


def build_edit(
    uri: str,
    old_text: str | None,
    new_text: str,
    version: int | None,
    label: str,
    capabilities: types.ClientCapabilities,
    encoding: Encoding,
) -> types.WorkspaceEdit:
    ws = _workspace_edit_caps(capabilities)
    document_changes = supports_document_changes(capabilities)
    can_create = can_create_files(capabilities)
    annotations = bool(ws and ws.change_annotation_support)
    annotation_id = ANNOTATION_ID if annotations else None

    if old_text is None:
        edit = types.TextEdit(
            range=types.Range(types.Position(0, 0), types.Position(0, 0)), new_text=new_text
        )
    else:
        edit = minimal_edit(old_text, new_text, encoding)
    text_edit: types.TextEdit | types.AnnotatedTextEdit = (
        types.AnnotatedTextEdit(
            range=edit.range, new_text=edit.new_text, annotation_id=ANNOTATION_ID
        )
        if annotation_id
        else edit
    )
    change_annotations = (
        {
            ANNOTATION_ID: types.ChangeAnnotation(
                label=label, needs_confirmation=True, description="l2j-lsp migration"
            )
        }
        if annotations
        else None
    )
    if not document_changes:
        # Old clients: plain `changes`; a new file is then created by the client on edit
        # only if it supports that, which is the best such a client allows.
        return types.WorkspaceEdit(changes={uri: [edit]})
    ops: list[types.TextDocumentEdit | types.CreateFile | types.RenameFile | types.DeleteFile] = []
    if old_text is None and can_create:
        ops.append(
            # No ignoreIfExists: Neovim then creates neither the file nor its folder. We
            # only create files we saw absent.
            types.CreateFile(uri=uri, annotation_id=annotation_id)
        )
    ops.append(
        types.TextDocumentEdit(
            text_document=types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version),
            edits=[text_edit],
        )
    )
    return types.WorkspaceEdit(document_changes=ops, change_annotations=change_annotations)
