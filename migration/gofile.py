"""Put migrated Go into its target file: package clause, merged imports, and each
declaration replaced in place when it was migrated before (else appended).

Declarations are matched by key: ``func Name``, ``method Recv.Name``, ``type Name``,
``const Name``, ``var Name``. The same keys find a migrated declaration again when the user
saves the Go file (correction capture).
"""

from __future__ import annotations

from dataclasses import dataclass

import tree_sitter

from l2j_lsp.migration.validate import parse_go

DECL_TYPES = (
    "function_declaration",
    "method_declaration",
    "type_declaration",
    "const_declaration",
    "var_declaration",
)


@dataclass(frozen=True)
class GoDecl:
    keys: frozenset[str]
    start_byte: int  # including leading doc comments
    end_byte: int
    text: str


@dataclass(frozen=True)
class GoImport:
    path: str
    alias: str = ""

    def render(self) -> str:
        return f'{self.alias} "{self.path}"' if self.alias else f'"{self.path}"'


@dataclass(frozen=True)
class GoSource:
    """A parsed Go file or snippet (no package clause needed)."""

    text: str
    package: str | None
    imports: tuple[GoImport, ...]
    # Byte spans of the import declarations, for rewriting them.
    import_spans: tuple[tuple[int, int], ...]
    package_end: int | None
    decls: tuple[GoDecl, ...]

    @property
    def keys(self) -> frozenset[str]:
        return frozenset().union(*(d.keys for d in self.decls)) if self.decls else frozenset()

    def body(self) -> str:
        """The declarations only, separated by blank lines."""
        return "\n\n".join(d.text for d in self.decls)


def _text(node: tree_sitter.Node | None) -> str:
    if node is None or node.text is None:
        return ""
    return node.text.decode("utf-8", "replace")


def _receiver_type(node: tree_sitter.Node) -> str:
    recv = node.child_by_field_name("receiver")
    for param in recv.named_children if recv is not None else []:
        typ = param.child_by_field_name("type")
        while typ is not None and typ.type in ("pointer_type", "generic_type"):
            typ = typ.named_children[0] if typ.named_children else None
        if typ is not None:
            return _text(typ)
    return ""


def decl_keys(node: tree_sitter.Node) -> frozenset[str]:
    if node.type == "function_declaration":
        return frozenset({f"func {_text(node.child_by_field_name('name'))}"})
    if node.type == "method_declaration":
        name = _text(node.child_by_field_name("name"))
        return frozenset({f"method {_receiver_type(node)}.{name}"})
    keys: set[str] = set()
    word = node.type.split("_")[0]  # type / const / var
    stack = list(node.named_children)
    while stack:
        child = stack.pop()
        if child.type in ("type_spec", "type_alias", "const_spec", "var_spec"):
            for name_node in child.children_by_field_name("name"):
                keys.add(f"{word} {_text(name_node)}")
        elif child.type == "var_spec_list":
            stack.extend(child.named_children)
    return frozenset(keys)


def _import_specs(node: tree_sitter.Node) -> list[GoImport]:
    specs: list[GoImport] = []
    stack = [node]
    while stack:
        cur = stack.pop()
        if cur.type == "import_spec":
            path = _text(cur.child_by_field_name("path")).strip('"`')
            specs.append(GoImport(path, _text(cur.child_by_field_name("name"))))
        else:
            stack.extend(reversed(cur.named_children))
    return specs


def parse_source(text: str) -> GoSource:
    tree = parse_go(text)
    data = text.encode("utf-8")
    package: str | None = None
    package_end: int | None = None
    imports: list[GoImport] = []
    spans: list[tuple[int, int]] = []
    decls: list[GoDecl] = []
    # Comments directly above a declaration (no blank line) are its doc comment.
    doc_start: int | None = None
    last_end = 0
    for child in tree.root_node.children:
        adjacent = b"\n\n" not in data[last_end : child.start_byte]
        if child.type == "comment":
            if doc_start is None or not adjacent:
                doc_start = child.start_byte
            last_end = child.end_byte
            continue
        if child.type == "package_clause":
            package = _text(child.named_children[0]) if child.named_children else None
            package_end = child.end_byte
        elif child.type == "import_declaration":
            imports.extend(_import_specs(child))
            spans.append((child.start_byte, child.end_byte))
        elif child.type in DECL_TYPES:
            start = doc_start if doc_start is not None and adjacent else child.start_byte
            decls.append(
                GoDecl(
                    keys=decl_keys(child),
                    start_byte=start,
                    end_byte=child.end_byte,
                    text=data[start : child.end_byte].decode("utf-8", "replace"),
                )
            )
        doc_start = None
        last_end = child.end_byte
    return GoSource(text, package, tuple(imports), tuple(spans), package_end, tuple(decls))


def render_imports(imports: list[GoImport]) -> str:
    if not imports:
        return ""
    if len(imports) == 1:
        return f"import {imports[0].render()}"
    lines = "\n".join(f"\t{imp.render()}" for imp in imports)
    return f"import (\n{lines}\n)"


def merge_imports(*groups: tuple[GoImport, ...]) -> list[GoImport]:
    """Union in first-seen order, the standard library first as gofmt users expect."""
    seen: dict[tuple[str, str], GoImport] = {}
    for group in groups:
        for imp in group:
            seen.setdefault((imp.path, imp.alias), imp)
    merged = list(seen.values())
    return sorted(merged, key=lambda i: ("." in i.path.split("/")[0], i.path))


def merge_into_file(
    existing: str | None, package: str, snippet: str, replaces: frozenset[str] = frozenset()
) -> str:
    """The full text of the target Go file after adding ``snippet``'s declarations.

    A declaration of the file with the same key is replaced in place. ``replaces`` names the
    keys an earlier migration of the same Java declaration produced: those go too, and the
    new declarations take the place of the first of them, so a model that names a method
    differently this time does not leave the old one behind.
    """
    new = parse_source(snippet)
    old = parse_source(existing) if existing and existing.strip() else None
    if old is None:
        parts = [f"package {package}"]
        imports = render_imports(merge_imports(new.imports))
        if imports:
            parts.append(imports)
        parts.extend(d.text for d in new.decls)
        return "\n\n".join(parts) + "\n"

    data = old.text.encode("utf-8")
    # Replacements as (start, end, new bytes), applied back to front.
    edits: list[tuple[int, int, bytes]] = []
    unplaced: list[str] = []
    used: set[int] = set()
    for decl in new.decls:
        targets = [i for i, d in enumerate(old.decls) if d.keys & decl.keys and i not in used]
        if not targets:
            unplaced.append(decl.text)
            continue
        first, *rest = targets
        used.update(targets)
        edits.append((old.decls[first].start_byte, old.decls[first].end_byte, decl.text.encode()))
        # A declaration split in two before (e.g. a type now grouped) is removed, not left
        # duplicated.
        edits.extend((old.decls[i].start_byte, old.decls[i].end_byte, b"") for i in rest)
    stale = [i for i, d in enumerate(old.decls) if d.keys & replaces and i not in used]
    for n, i in enumerate(stale):
        placed = "\n\n".join(unplaced).encode() if n == 0 else b""
        edits.append((old.decls[i].start_byte, old.decls[i].end_byte, placed))
    appended = [] if stale else unplaced

    merged_imports = merge_imports(old.imports, new.imports)
    import_text = render_imports(merged_imports).encode()
    if old.import_spans:
        first_start = old.import_spans[0][0]
        edits.append((first_start, old.import_spans[0][1], import_text))
        edits.extend((s, e, b"") for s, e in old.import_spans[1:])
    elif import_text:
        anchor = old.package_end if old.package_end is not None else 0
        edits.append((anchor, anchor, b"\n\n" + import_text))
    if old.package_end is None:
        edits.append((0, 0, f"package {package}\n\n".encode()))

    out = data
    for start, end, repl in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        out = out[:start] + repl + out[end:]
    text = out.decode("utf-8")
    if appended:
        text = text.rstrip("\n") + "\n\n" + "\n\n".join(appended) + "\n"
    return _collapse_blank_runs(text)


def _collapse_blank_runs(text: str) -> str:
    """Removing declarations leaves runs of blank lines; gofmt would keep them."""
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        if line.strip() == "" and out and out[-1].strip() == "":
            continue
        out.append(line)
    return "\n".join(out).rstrip("\n") + "\n"


def find_decls(text: str, keys: frozenset[str]) -> list[GoDecl]:
    """The declarations of a Go file that carry any of ``keys``."""
    return [d for d in parse_source(text).decls if d.keys & keys]
