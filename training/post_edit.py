"""A stored pair as the request the editor made, its ``rules`` draft, and the post-editing
prompt the HRM learns from.

Training, evaluation and the ``hrm`` backend must build the same model input for the same
Java, so all three go through here: the request (scope, name, package, the whole Java file
when the workspace still has it, the context ``migration.context`` builds), the draft of the
``rules`` translator (through its public ``translate_java``), the edits learned from the
user's corrections applied to that draft (``training.learned_edits``), and ``hrm.postedit``'s
prompt.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path, PurePath

from l2j_lsp.backends.base import ScopeKind, TranslationRequest
from l2j_lsp.hrm.postedit import post_edit_prompt
from l2j_lsp.migration.context import build_context
from l2j_lsp.migration.scope import METHOD_NODES, TYPE_NODES, Declaration, JavaDocument
from l2j_lsp.training.learned_edits import Example, LearnedEdits, mine
from l2j_lsp.training.store import Pair

_SCOPES: dict[str, ScopeKind] = {"method": "method", "class": "class", "file": "file"}
_FILE_NODES = ("package_declaration", "import_declaration")
_COMMENTS = ("line_comment", "block_comment")


def infer_scope(java: str) -> ScopeKind:
    """What a piece of Java is when nobody said: one method or constructor, one type, or a
    file (a package clause, imports, several declarations)."""
    root = JavaDocument(java).tree.root_node
    decls = [c for c in root.named_children if c.type not in _COMMENTS]
    if len(decls) == 1 and decls[0].type in METHOD_NODES:
        return "method"
    if len(decls) == 1 and decls[0].type in TYPE_NODES:
        return "class"
    return "file"


def _inside(root: Path, name: str) -> Path | None:
    """``name`` resolved against ``root`` when it is a file inside it."""
    if not name:
        return None
    try:
        path = (root / name).resolve()
        path.relative_to(root.resolve())
    except (OSError, ValueError):
        return None
    return path if path.is_file() else None


def _declaration(doc: JavaDocument, java: str) -> Declaration | None:
    """The declaration of ``doc`` whose text is ``java`` (as the editor cut it)."""
    at = doc.text.find(java)
    if at < 0:
        return None
    start = len(doc.text[:at].encode())
    end = start + len(java.encode())
    # From the last byte up: the range's start may be a Javadoc, outside the method's node.
    for decl in doc.enclosing(max(end - 1, start)):
        if decl.start_byte == start and decl.end_byte == end:
            return decl
    return None


def request_for(
    java: str,
    scope: str,
    name: str,
    go_package: str = "",
    file_source: str = "",
    source_file: str = "",
) -> TranslationRequest:
    """The request the editor would make for ``java``: its scope (inferred when unknown),
    and, when ``file_source`` holds it, the enclosing type and the context around it."""
    kind_of: ScopeKind = _SCOPES.get(scope) or infer_scope(java)
    context, enclosing, kind = "", "", "file" if kind_of == "file" else ""
    if kind_of == "file":
        file_source = java
    doc = JavaDocument(file_source) if file_source else None
    decl = _declaration(doc, java) if doc is not None and kind_of != "file" else None
    if doc is not None and decl is not None:
        context, enclosing = build_context(doc, decl)
        kind = decl.kind
    elif doc is not None and kind_of == "file":
        context, _ = build_context(doc, None)
    else:
        file_source = ""
        if kind_of == "method" and "." in name:
            # "Shop.reset": the store's symbol names the enclosing type.
            enclosing = name.rsplit(".", 2)[-2]
    return TranslationRequest(
        java=java,
        scope=kind_of,
        name=name.rsplit(".", 1)[-1] if kind_of == "method" else name,
        go_package=go_package or "main",
        context=context,
        source_file=source_file,
        kind=kind,
        enclosing_type=enclosing,
        file_source=file_source,
    )


def pair_request(pair: Pair, root: Path) -> TranslationRequest:
    """The request for a stored pair, with the Java file read from the workspace ``root``
    when it is still there."""
    path = _inside(root, pair.source_file)
    file_source = ""
    if path is not None:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            text = ""
        file_source = text if pair.input in text else ""
    package = PurePath(pair.go_file).parent.name if pair.go_file else ""
    return request_for(
        pair.input,
        pair.scope,
        pair.symbol or PurePath(pair.source_file).stem,
        package,
        file_source,
        pair.source_file,
    )


def model_input(request: TranslationRequest, draft: str) -> str:
    """The post-editing prompt for a request and its draft."""
    return post_edit_prompt(request.java, draft, request.context)


def learn_edits(pairs: Iterable[tuple[TranslationRequest, str, str]]) -> LearnedEdits:
    """The systematic edits from the rules draft to the user's Go, mined from
    ``(request, rules draft, user's Go)`` triples."""
    return mine([Example(r.java, draft, go, r.enclosing_type) for r, draft, go in pairs])


def edited_draft(request: TranslationRequest, draft: str, edits: LearnedEdits) -> str:
    """The draft the model reads: the rules draft with the learned edits applied."""
    return edits.apply(draft, request.java, request.enclosing_type)
