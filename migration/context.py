"""The context a model needs around a scope, without translating it: package, imports, the
enclosing type's header, fields and member signatures, and the L2J naming conventions that
apply (``_field`` -> unexported ``field``, ``getX()`` -> ``X()``)."""

from __future__ import annotations

import re

import tree_sitter

from l2j_lsp.migration.scope import METHOD_NODES, TYPE_NODES, Declaration, JavaDocument

_GETTER = re.compile(r"^(get|is)([A-Z]\w*)$")


def java_package(doc: JavaDocument) -> str:
    for child in doc.tree.root_node.named_children:
        if child.type == "package_declaration":
            for part in child.named_children:
                if part.type in ("scoped_identifier", "identifier") and part.text:
                    return part.text.decode("utf-8", "replace")
    return ""


def java_imports(doc: JavaDocument) -> list[str]:
    return [
        c.text.decode("utf-8", "replace")
        for c in doc.tree.root_node.named_children
        if c.type == "import_declaration" and c.text
    ]


def go_field_name(java_name: str, exported: bool) -> str:
    """L2J's ``_objectId`` -> ``objectId`` (unexported) or ``ObjectId`` (exported)."""
    base = java_name.lstrip("_") or java_name
    return base[0].upper() + base[1:] if exported else base[0].lower() + base[1:]


def go_accessor_name(java_method: str) -> str | None:
    """``getObjectId`` -> ``ObjectId``, ``isDead`` -> ``IsDead``; None for other names."""
    match = _GETTER.match(java_method)
    if match is None:
        return None
    return match.group(2) if match.group(1) == "get" else "Is" + match.group(2)


def _type_node(doc: JavaDocument, decl: Declaration) -> tree_sitter.Node | None:
    """The type declaration node enclosing a method declaration."""
    node = doc.tree.root_node.descendant_for_byte_range(decl.end_byte - 1, decl.end_byte - 1)
    while node is not None and node.type not in METHOD_NODES:
        node = node.parent
    while node is not None and node.type not in TYPE_NODES:
        node = node.parent
    return node


def _header(doc: JavaDocument, node: tree_sitter.Node) -> str:
    body = node.child_by_field_name("body")
    end = body.start_byte if body is not None else node.end_byte
    return doc.source(node.start_byte, end).strip()


def _members(doc: JavaDocument, type_node: tree_sitter.Node) -> tuple[list[str], list[str]]:
    """(field declarations, member signatures) of a type, as Java text."""
    fields: list[str] = []
    signatures: list[str] = []
    body = type_node.child_by_field_name("body")
    for member in body.named_children if body is not None else []:
        if member.type in ("field_declaration", "constant_declaration"):
            fields.append(doc.source(member.start_byte, member.end_byte).strip())
        elif member.type in METHOD_NODES or member.type in TYPE_NODES:
            signatures.append(_header(doc, member).replace("\n", " "))
        elif member.type == "enum_body_declarations":
            nested_fields, nested_sigs = _members_of_body(doc, member)
            fields.extend(nested_fields)
            signatures.extend(nested_sigs)
    if type_node.type == "enum_declaration" and body is not None:
        constants = [
            c.child_by_field_name("name") for c in body.named_children if c.type == "enum_constant"
        ]
        names = [c.text.decode() for c in constants if c is not None and c.text]
        if names:
            fields.insert(0, "enum constants: " + ", ".join(names))
    return fields, signatures


def _members_of_body(doc: JavaDocument, body: tree_sitter.Node) -> tuple[list[str], list[str]]:
    fields = [
        doc.source(m.start_byte, m.end_byte).strip()
        for m in body.named_children
        if m.type == "field_declaration"
    ]
    sigs = [
        _header(doc, m).replace("\n", " ") for m in body.named_children if m.type in METHOD_NODES
    ]
    return fields, sigs


def _field_names(fields: list[str]) -> list[str]:
    names: list[str] = []
    for text in fields:
        head = text.split("=", 1)[0].rstrip(";").strip()
        for part in head.split(","):
            words = part.strip().split()
            if words:
                names.append(words[-1].strip("[]"))
    return names


def build_context(doc: JavaDocument, decl: Declaration | None) -> tuple[str, str]:
    """(context text for the prompt, Java name of the enclosing type or "")."""
    lines: list[str] = []
    package = java_package(doc)
    if package:
        lines.append(f"package {package};")
    lines.extend(java_imports(doc))
    enclosing = ""
    naming: list[str] = []
    if decl is not None and decl.scope == "method":
        type_node = _type_node(doc, decl)
        if type_node is not None:
            name_node = type_node.child_by_field_name("name")
            enclosing = name_node.text.decode() if name_node is not None and name_node.text else ""
            fields, signatures = _members(doc, type_node)
            lines.append("")
            lines.append(f"// enclosing type: {_header(doc, type_node)}")
            lines.extend(f"//   field: {f}" for f in fields)
            lines.extend(f"//   member: {s}" for s in signatures)
            for field in _field_names([f for f in fields if not f.startswith("enum ")]):
                if field.startswith("_"):
                    naming.append(f"field {field} -> {go_field_name(field, exported=False)}")
            for sig in signatures:
                match = re.search(r"(\w+)\s*\(", sig)
                accessor = go_accessor_name(match.group(1)) if match else None
                if match and accessor:
                    naming.append(f"method {match.group(1)}() -> {accessor}()")
    elif decl is not None and decl.outer:
        lines.append(f"// nested in: {'.'.join(decl.outer)}")
    if naming:
        lines.append("")
        lines.append("// L2J naming in Go: " + "; ".join(naming))
    return "\n".join(lines).strip(), enclosing
