"""Go source surgery for the test harness: split an answer into its imports and the rest,
and render one test file with the answer's imports plus the hinted ones it refers to."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import tree_sitter

from l2j_lsp.migration.gofile import GoImport, merge_imports, parse_source, render_imports
from l2j_lsp.migration.validate import parse_go

_VERSION_SUFFIX = re.compile(r"v\d+")


def local_name(imp: GoImport) -> str:
    """The name a file uses for an import: its alias, else the path's last element (the
    element before a ``/vN`` suffix, as for ``math/rand/v2``)."""
    if imp.alias:
        return imp.alias
    parts = imp.path.split("/")
    if len(parts) > 1 and _VERSION_SUFFIX.fullmatch(parts[-1]):
        return parts[-2]
    return parts[-1]


def split_answer(text: str) -> tuple[tuple[GoImport, ...], str]:
    """The answer's imports, and its text without the package clause and import
    declarations (everything else is kept verbatim, errors included, so a broken answer
    stays broken)."""
    data = text.encode("utf-8")
    cuts = [
        (child.start_byte, child.end_byte)
        for child in parse_go(text).root_node.children
        if child.type in ("package_clause", "import_declaration")
    ]
    for start, end in reversed(cuts):
        data = data[:start] + data[end:]
    return parse_source(text).imports, data.decode("utf-8")


def func_names(text: str) -> set[str]:
    """Names of the top-level functions ``text`` declares."""
    return {key.split(" ", 1)[1] for key in parse_source(text).keys if key.startswith("func ")}


def drop_funcs(text: str, names: set[str]) -> str:
    """``text`` without its top-level functions called one of ``names`` (doc comments too)."""
    data = text.encode("utf-8")
    spans = [
        (d.start_byte, d.end_byte)
        for d in parse_source(text).decls
        if any(k.startswith("func ") and k[5:] in names for k in d.keys)
    ]
    for start, end in reversed(spans):
        data = data[:start] + data[end:]
    return data.decode("utf-8")


def referenced_names(text: str) -> set[str]:
    """Identifiers used as a package qualifier (``x.F``, ``x.T``) in a Go file."""
    names: set[str] = set()
    stack: list[tree_sitter.Node] = [parse_go(text).root_node]
    while stack:
        node = stack.pop()
        if node.type == "package_identifier" and node.text is not None:
            names.add(node.text.decode("utf-8"))
        elif node.type == "selector_expression":
            operand = node.child_by_field_name("operand")
            if operand is not None and operand.type == "identifier" and operand.text is not None:
                names.add(operand.text.decode("utf-8"))
        stack.extend(node.children)
    return names


def render_test_file(
    package: str,
    parts: Sequence[str],
    imports: Iterable[GoImport] = (),
    optional: Iterable[GoImport] = (),
) -> str:
    """``package`` + imports + the parts. ``imports`` are all kept (an answer's unused
    import fails to compile, as it would anywhere); an ``optional`` one is kept only where
    the parts refer to it and no kept import has its name, since Go refuses unused imports
    and a hint the answer did not need must not break its build."""
    body = "\n\n".join(p.strip("\n") for p in parts if p.strip())
    used = referenced_names(f"package {package}\n\n{body}")
    kept: dict[str, GoImport] = {}
    for imp in imports:
        kept.setdefault(f"{local_name(imp)} {imp.path}", imp)
    names = {local_name(imp) for imp in kept.values()}
    for imp in optional:
        name = local_name(imp)
        if name in used and name not in names:
            kept[f"{name} {imp.path}"] = imp
            names.add(name)
    header = [f"package {package}"]
    rendered = render_imports(merge_imports(tuple(kept.values())))
    if rendered:
        header.append(rendered)
    return "\n\n".join([*header, body]) + "\n"
