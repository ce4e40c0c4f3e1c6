"""Parse a Java file and index its declarations: types (nested, local and anonymous ones
included), fields, methods, constructors, type parameters and imports. Types of members
stay as tree-sitter nodes here; the project resolves them once every file is known."""

from __future__ import annotations

from pathlib import Path

import tree_sitter_java
from tree_sitter import Language, Node, Parser, Query, QueryCursor

from l2j_lsp.project.symbols import ClassSym, FieldSym, MethodSym, SourceFile, TypeVar, text

JAVA = Language(tree_sitter_java.language())
TYPE_DECLS = (
    "class_declaration",
    "interface_declaration",
    "enum_declaration",
    "record_declaration",
    "annotation_type_declaration",
)
MEMBER_CONTEXTS = (
    "method_declaration",
    "constructor_declaration",
    "compact_constructor_declaration",
    "static_initializer",
    "field_declaration",
    "constant_declaration",
    "block",  # an instance initializer (only when directly in a class body)
    "lambda_expression",
)
_CLASSLIKE = Query(
    JAVA,
    "\n".join(f"({t}) @decl" for t in TYPE_DECLS)
    + "\n(object_creation_expression (class_body) @anon)"
    + "\n(enum_constant body: (class_body) @anon)",
)
_PARSER = Parser(JAVA)


def parse(source: bytes) -> Node:
    return _PARSER.parse(source).root_node


def modifiers(node: Node | None) -> tuple[frozenset[str], dict[str, str]]:
    """The modifier keywords of a declaration and its annotations (name -> first argument's
    text, unquoted when a string)."""
    if node is None:
        return frozenset(), {}
    mods = next((c for c in node.children if c.type == "modifiers"), None)
    if mods is None:
        return frozenset(), {}
    words: set[str] = set()
    notes: dict[str, str] = {}
    for c in mods.children:
        if c.type in ("marker_annotation", "annotation"):
            name = text(c.child_by_field_name("name")).rsplit(".", 1)[-1]
            args = c.child_by_field_name("arguments")
            value = ""
            if args is not None and args.named_children:
                first = args.named_children[0]
                if first.type == "element_value_pair":
                    first = first.child_by_field_name("value") or first
                value = _string_value(first)
            notes[name] = value
        elif c.type not in ("line_comment", "block_comment"):
            words.add(text(c))
    return frozenset(words), notes


def _string_value(node: Node) -> str:
    if node.type == "string_literal":
        raw = text(node)[1:-1]
        return raw.replace('\\"', '"').replace("\\\\", "\\")
    return text(node)


class Indexer:
    """Indexes one file into ``SourceFile`` with its ``ClassSym`` tree."""

    def __init__(self, path: Path, root: Path | None, source: bytes, origin: str = "source"):
        tree = _PARSER.parse(source)
        package = ""
        for child in tree.root_node.named_children:
            if child.type == "package_declaration":
                name = next((c for c in child.named_children if c.type != "annotation"), None)
                package = text(name).replace(" ", "")
                break
        self.file = SourceFile(path, root, package, tree, source, origin)
        self._anon_count: dict[ClassSym, int] = {}

    def run(self) -> SourceFile:
        self._imports()
        by_node: dict[int, ClassSym] = {}
        captures = QueryCursor(_CLASSLIKE).captures(self.file.root_node)
        nodes = sorted(
            (n for ns in captures.values() for n in ns), key=lambda n: (n.start_byte, -n.end_byte)
        )
        for node in nodes:
            outer, member = self._enclosing(node, by_node)
            sym = self._declare(node, outer, member)
            if sym is None:
                continue
            by_node[node.id] = sym
            self.file.all_types.append(sym)
            if outer is None:
                self.file.types.append(sym)
            elif not sym.anonymous and not sym.local:
                outer.nested.setdefault(sym.name, sym)
        return self.file

    # -- imports --------------------------------------------------------------------------
    def _imports(self) -> None:
        f = self.file
        for imp in f.root_node.named_children:
            if imp.type != "import_declaration":
                continue
            static = any(c.type == "static" for c in imp.children)
            star = any(c.type == "asterisk" for c in imp.children)
            name_node = next(
                (c for c in imp.named_children if c.type in ("scoped_identifier", "identifier")),
                None,
            )
            qname = text(name_node).replace(" ", "")
            if not qname:
                continue
            if static and star:
                f.static_on_demand.append(qname)
            elif static:
                cls, _, member = qname.rpartition(".")
                f.static_single.setdefault(member, []).append(cls)
            elif star:
                f.on_demand.append(qname)
            else:
                f.single[qname.rsplit(".", 1)[-1]] = qname

    # -- types ----------------------------------------------------------------------------
    @staticmethod
    def _enclosing(node: Node, by_node: dict[int, ClassSym]) -> tuple[ClassSym | None, Node | None]:
        """The class declaring ``node`` and, for local and anonymous classes, the member
        (method, constructor, initializer, field) whose code contains it."""
        member: Node | None = None
        cur = node.parent
        while cur is not None:
            if cur.id in by_node:
                return by_node[cur.id], member
            if cur.type == "class_body" and cur.parent is not None and cur.parent.id in by_node:
                return by_node[cur.parent.id], member
            if (
                cur.type in MEMBER_CONTEXTS
                and member is None
                and (
                    cur.type != "block"
                    or (cur.parent is not None and cur.parent.type == "class_body")
                )
            ):
                member = cur
            cur = cur.parent
        return None, member

    def _declare(self, node: Node, outer: ClassSym | None, member: Node | None) -> ClassSym | None:
        f = self.file
        if node.type == "class_body":  # anonymous class or enum constant body
            if outer is None:
                return None
            return self._anonymous(node, outer, member)
        name = text(node.child_by_field_name("name"))
        if not name:
            return None
        kind = node.type.removesuffix("_declaration").replace("annotation_type", "annotation")
        mods, notes = modifiers(node)
        local = member is not None
        if outer is None:
            qname = f"{f.package}.{name}" if f.package else name
        elif local:
            count = self._anon_count.get(outer, 0) + 1
            self._anon_count[outer] = count
            qname = f"{outer.qname}${count}{name}"
        else:
            qname = f"{outer.qname}.{name}"
        sym = ClassSym(
            name,
            qname,
            kind,
            f.package,
            f,
            node,
            outer,
            mods,
            f.origin,
            notes,
            local=local,
            enclosing_member=member,
        )
        sym.tparams = type_params(node, qname)
        sup = node.child_by_field_name("superclass")
        if sup is not None and sup.named_children:
            sym.super_node = sup.named_children[0]
        for key in ("interfaces", "extends_interfaces"):
            ifs = node.child_by_field_name(key) or next(
                (c for c in node.named_children if c.type == key), None
            )
            if ifs is None:
                continue
            for tl in ifs.named_children:
                if tl.type == "type_list":
                    sym.iface_nodes.extend(tl.named_children)
        self._members(sym, node.child_by_field_name("body"))
        return sym

    def _anonymous(self, body: Node, outer: ClassSym, member: Node | None) -> ClassSym:
        f = self.file
        count = self._anon_count.get(outer, 0) + 1
        self._anon_count[outer] = count
        parent = body.parent
        sym = ClassSym(
            "",
            f"{outer.qname}${count}",
            "class",
            f.package,
            f,
            body,
            outer,
            frozenset(),
            f.origin,
            anonymous=True,
            enclosing_member=member,
        )
        if parent is not None and parent.type == "object_creation_expression":
            sym.super_node = parent.child_by_field_name("type")
        # An enum constant's body extends the enum: the project fills that in.
        self._members(sym, body)
        return sym

    # -- members --------------------------------------------------------------------------
    def _members(self, sym: ClassSym, body: Node | None) -> None:
        if body is None:
            return
        if sym.kind == "record" and sym.node is not None:
            params = sym.node.child_by_field_name("parameters")
            for p in params.named_children if params is not None else []:
                n = text(p.child_by_field_name("name"))
                fs = FieldSym(
                    n, sym, p, p.child_by_field_name("type"), frozenset({"private", "final"})
                )
                sym.fields[n] = fs
        members = list(body.named_children)
        if sym.kind == "record":
            self._record_accessors(sym, members)
        k = 0
        while k < len(members):
            m = members[k]
            k += 1
            if m.type == "enum_body_declarations":
                members[k:k] = m.named_children
            elif m.type == "enum_constant":
                n = text(m.child_by_field_name("name"))
                fs = FieldSym(
                    n, sym, m, None, frozenset({"public", "static", "final"}), enum_constant=True
                )
                sym.fields[n] = fs
                sym.enum_constants.append(fs)
            elif m.type in ("field_declaration", "constant_declaration"):
                self._field(sym, m)
            elif m.type in ("method_declaration", "annotation_type_element_declaration"):
                self._method(sym, m, m.child_by_field_name("name"))
            elif m.type in ("constructor_declaration", "compact_constructor_declaration"):
                self._method(sym, m, None)
        if sym.kind == "enum":
            for name, synth_params in (("values", []), ("valueOf", ["name"])):
                if any(other.arity == len(synth_params) for other in sym.methods.get(name, [])):
                    continue
                synth = MethodSym(
                    name,
                    sym,
                    None,
                    frozenset({"public", "static"}),
                    synth_params,
                    [None] * len(synth_params),
                    [0] * len(synth_params),
                    None,
                    synthetic=name,
                )
                sym.methods.setdefault(name, []).append(synth)
        comps = [f for f in sym.fields.values() if not f.static]
        if sym.kind == "record" and not any(c.arity == len(comps) for c in sym.ctors):
            # The canonical constructor, implicit when not declared.
            canon = MethodSym(
                "<init>",
                sym,
                None,
                frozenset({"public"}),
                [f.name for f in comps],
                [f.type_node for f in comps],
                [0] * len(comps),
                None,
            )
            canon.ordinal = len(sym.ctors)
            sym.ctors.append(canon)

    def _record_accessors(self, sym: ClassSym, members: list[Node]) -> None:
        """A record's implicit accessor methods (`x()` for component `x`), unless declared."""
        declared = {
            text(m.child_by_field_name("name"))
            for m in members
            if m.type == "method_declaration"
            and not (m.child_by_field_name("parameters") or m).named_children
        }
        for fs in sym.fields.values():
            if fs.name in declared:
                continue
            acc = MethodSym(fs.name, sym, None, frozenset({"public"}), [], [], [], fs.type_node)
            acc.ordinal = len(sym.methods.get(fs.name, []))
            sym.methods.setdefault(fs.name, []).append(acc)

    def _field(self, sym: ClassSym, node: Node) -> None:
        mods, notes = modifiers(node)
        type_node = node.child_by_field_name("type")
        for d in node.children_by_field_name("declarator"):
            n = text(d.child_by_field_name("name"))
            dims = text(d.child_by_field_name("dimensions")).count("[")
            fs = FieldSym(n, sym, d, type_node, mods, dims)
            fs.template = notes.get("Go", "")
            sym.fields[n] = fs

    def _method(self, sym: ClassSym, node: Node, name_node: Node | None) -> None:
        mods, notes = modifiers(node)
        name = text(name_node) if name_node is not None else "<init>"
        names: list[str] = []
        types: list[Node | None] = []
        dims: list[int] = []
        varargs = False
        plist = node.child_by_field_name("parameters")
        if node.type == "compact_constructor_declaration":
            # A record's compact constructor takes the components.
            comps = sym.node.child_by_field_name("parameters") if sym.node is not None else None
            plist = comps
        for p in plist.named_children if plist is not None else []:
            if p.type == "formal_parameter":
                names.append(text(p.child_by_field_name("name")))
                types.append(p.child_by_field_name("type"))
                dims.append(text(p.child_by_field_name("dimensions")).count("["))
            elif p.type == "spread_parameter":
                varargs = True
                t = next((c for c in p.named_children if c.type not in ("modifiers",)), None)
                decl = next((c for c in p.named_children if c.type == "variable_declarator"), None)
                names.append(text(decl.child_by_field_name("name")) if decl else "args")
                types.append(t)
                dims.append(0)
        ret = node.child_by_field_name("type") if name != "<init>" else None
        m = MethodSym(name, sym, node, mods, names, types, dims, ret, varargs=varargs)
        m.template = notes.get("Go", "")
        m.tparams = type_params(node, f"{sym.qname}.{name}")
        if name == "<init>":
            m.ordinal = len(sym.ctors)
            sym.ctors.append(m)
        else:
            overloads = sym.methods.setdefault(name, [])
            m.ordinal = len(overloads)
            overloads.append(m)


def type_params(node: Node, owner: str) -> list[TypeVar]:
    tps = node.child_by_field_name("type_parameters")
    out: list[TypeVar] = []
    for tp in tps.named_children if tps is not None else []:
        if tp.type != "type_parameter":
            continue
        ident = next(
            (c for c in tp.named_children if c.type in ("type_identifier", "identifier")), None
        )
        bound = next((c for c in tp.named_children if c.type == "type_bound"), None)
        out.append(TypeVar(text(ident), list(bound.named_children) if bound else [], owner))
    return out


def index_file(path: Path, root: Path | None, source: bytes, origin: str = "source") -> SourceFile:
    return Indexer(path, root, source, origin).run()
