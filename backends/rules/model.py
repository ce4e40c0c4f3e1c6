"""What the translator knows about the Java file: its types, fields, methods and overloads."""

from __future__ import annotations

from dataclasses import dataclass, field

from tree_sitter import Node

from . import names
from .types import JType, parse_type

TYPE_DECLS = (
    "class_declaration",
    "interface_declaration",
    "enum_declaration",
    "record_declaration",
    "annotation_type_declaration",
)


def text(node: Node | None) -> str:
    return (node.text or b"").decode() if node is not None else ""


def modifiers(node: Node) -> set[str]:
    mods = next((c for c in node.children if c.type == "modifiers"), None)
    if mods is None:
        return set()
    return {text(c) for c in mods.children if c.type not in ("marker_annotation", "annotation")}


@dataclass
class FieldInfo:
    name: str
    jtype: JType
    static: bool
    public: bool
    go_name: str
    final: bool = False
    node: Node | None = None


@dataclass
class MethodInfo:
    name: str
    params: list[tuple[str, JType]]
    ret: JType
    static: bool
    public: bool
    go_name: str
    node: Node | None
    varargs: bool = False
    type_params: list[str] = field(default_factory=list)
    abstract: bool = False
    synchronized: bool = False

    @property
    def generic_instance(self) -> bool:
        """An instance method with its own type parameters (a Go function, not a method)."""
        return bool(self.type_params) and not self.static


@dataclass
class TypeInfo:
    name: str
    kind: str
    go_name: str
    node: Node
    public: bool
    outer: TypeInfo | None = None
    fields: dict[str, FieldInfo] = field(default_factory=dict)
    methods: dict[str, list[MethodInfo]] = field(default_factory=dict)
    ctors: list[MethodInfo] = field(default_factory=list)
    superclass: str | None = None
    # Type arguments given to a generic superclass (`extends Holder<String>`).
    super_args: tuple[JType, ...] = ()
    interfaces: list[str] = field(default_factory=list)
    type_params: list[str] = field(default_factory=list)
    enum_constants: list[str] = field(default_factory=list)
    static: bool = True

    @property
    def is_interface(self) -> bool:
        return self.kind == "interface"

    @property
    def is_enum(self) -> bool:
        return self.kind == "enum"


class Registry:
    """All type declarations in the parsed file, by Java simple name."""

    def __init__(self, root: Node, flat: bool = False) -> None:
        # `flat`: eval mode, where every method becomes a package-level function.
        self.flat = flat
        self.types: dict[str, TypeInfo] = {}
        # Single-type imports: simple name -> qualified name.
        self.imports: dict[str, str] = {}
        # Static imports: member name -> its class's simple name; and classes imported `.*`.
        self.static_members: dict[str, str] = {}
        self.static_wildcards: list[str] = []
        for imp in root.named_children:
            if imp.type != "import_declaration":
                continue
            body = text(imp).removeprefix("import").removesuffix(";").strip()
            static = body.startswith("static ")
            qualified = body.removeprefix("static ").strip()
            parts = qualified.split(".")
            if static and parts[-1] == "*" and len(parts) > 1:
                self.static_wildcards.append(parts[-2])
            elif static and len(parts) > 1:
                self.static_members[parts[-1]] = parts[-2]
            elif parts[-1] != "*":
                self.imports[parts[-1]] = qualified
        self._collect(root, None)

    def _collect(self, node: Node, outer: TypeInfo | None) -> None:
        for child in node.named_children:
            if child.type in TYPE_DECLS:
                info = self._declare(child, outer)
                body = child.child_by_field_name("body")
                if body is not None:
                    self._collect(body, info)
                    # Enum bodies keep their members in an `enum_body_declarations` node.
                    for sub in body.named_children:
                        if sub.type == "enum_body_declarations":
                            self._collect(sub, info)
            elif child.type in ("program", "class_body", "interface_body", "enum_body"):
                self._collect(child, outer)
            elif outer is not None and child.type in (
                "method_declaration",
                "constructor_declaration",
            ):
                self._local_classes(child, outer)

    def _local_classes(self, node: Node, outer: TypeInfo) -> None:
        """Classes declared inside a method body become types nested in the method's type."""
        stack = list(node.children)
        while stack:
            n = stack.pop()
            if n.type in TYPE_DECLS:
                self._collect_one(n, outer)
            else:
                stack.extend(n.children)

    def _collect_one(self, node: Node, outer: TypeInfo) -> None:
        info = self._declare(node, outer)
        # Local classes capture no enclosing instance here; outer fields used from them are
        # reported as not migrated.
        info.static = True
        body = node.child_by_field_name("body")
        if body is not None:
            self._collect(body, info)

    def _declare(self, node: Node, outer: TypeInfo | None) -> TypeInfo:
        name = text(node.child_by_field_name("name"))
        mods = modifiers(node)
        kind = node.type.removesuffix("_declaration").replace("annotation_type", "interface")
        public = "public" in mods or (outer is not None and outer.public and "private" not in mods)
        if outer is not None:
            go = outer.go_name[:1].upper() + outer.go_name[1:] + name
        else:
            # Types are exported even when package-private: an unexported type name would be
            # shadowed by the locals Java code names after it (`Item item`).
            go = names.exported(name)
        info = TypeInfo(name, kind, go, node, public, outer)
        info.static = outer is None or "static" in mods or kind != "class" or self.flat
        if not info.static and outer is not None:
            info.type_params = outer.type_params + info.type_params
        tps = node.child_by_field_name("type_parameters")
        if tps is not None:
            info.type_params = [
                text(c.named_children[0]) for c in tps.named_children if c.named_children
            ]
        sup = node.child_by_field_name("superclass")
        if sup is not None and sup.named_children:
            sup_type = parse_type(sup.named_children[0])
            info.superclass = sup_type.name
            info.super_args = sup_type.args
        for key in ("interfaces", "extends_interfaces"):
            ifs = node.child_by_field_name(key) or next(
                (c for c in node.named_children if c.type == key), None
            )
            if ifs is not None:
                for tl in ifs.named_children:
                    info.interfaces += [parse_type(t).name for t in tl.named_children]
        self.types.setdefault(name, info)
        self._members(info)
        return info

    def _members(self, info: TypeInfo) -> None:
        body = info.node.child_by_field_name("body")
        if body is None:
            return
        members = list(body.named_children)
        for sub in body.named_children:
            if sub.type == "enum_body_declarations":
                members += sub.named_children
            if sub.type == "enum_constant":
                info.enum_constants.append(text(sub.child_by_field_name("name")))
        if info.kind == "record":
            params = info.node.child_by_field_name("parameters")
            for p in params.named_children if params is not None else []:
                n = text(p.child_by_field_name("name"))
                t = parse_type(p.child_by_field_name("type"))
                info.fields[n] = FieldInfo(n, t, False, False, names.unexported(n), True, p)
                self._add_method(info, MethodInfo(n, [], t, False, True, "", None))
        for m in members:
            if m.type in ("field_declaration", "constant_declaration"):
                self._field(info, m)
            elif m.type in ("method_declaration", "constructor_declaration"):
                self._method(info, m)
        self._name_methods(info)

    def _field(self, info: TypeInfo, node: Node) -> None:
        mods = modifiers(node)
        jt = parse_type(node.child_by_field_name("type"))
        static = "static" in mods or info.is_interface
        public = "public" in mods or info.is_interface
        for d in node.children_by_field_name("declarator"):
            n = text(d.child_by_field_name("name"))
            dims = d.child_by_field_name("dimensions")
            t = JType(jt.name, jt.args, jt.dims + text(dims).count("[")) if dims else jt
            init = text(d.child_by_field_name("value"))
            for sorted_type in ("TreeMap", "TreeSet"):
                if init.startswith(f"new {sorted_type}") and t.name in ("Map", "Set"):
                    # Keep the ordering: iteration over it goes in key order.
                    t = JType(sorted_type, t.args)
            go = names.prefixed(info.go_name, n, public) if static else names.member(n, public)
            final = "final" in mods or info.is_interface
            info.fields[n] = FieldInfo(n, t, static, public, go, final, d)

    def method_info(self, node: Node) -> MethodInfo:
        """A MethodInfo for a method declaration outside any type's member list (the body
        of an enum constant)."""
        scratch = TypeInfo("", "class", "", node, False)
        self._method(scratch, node)
        return next(iter(scratch.methods.values()))[0]

    def _method(self, info: TypeInfo, node: Node) -> None:
        mods = modifiers(node)
        params: list[tuple[str, JType]] = []
        varargs = False
        plist = node.child_by_field_name("parameters")
        for p in plist.named_children if plist is not None else []:
            if p.type == "formal_parameter":
                params.append((text(p.child_by_field_name("name")), self._param_type(p)))
            elif p.type == "spread_parameter":
                varargs = True
                t = parse_type(next(c for c in p.named_children if c.type != "modifiers"))
                decl = next((c for c in p.named_children if c.type == "variable_declarator"), p)
                params.append((text(decl.child_by_field_name("name")), t.array_of()))
        tps = node.child_by_field_name("type_parameters")
        tparams = [text(c.named_children[0]) for c in tps.named_children] if tps else []
        if node.type == "constructor_declaration":
            m = MethodInfo("<init>", params, JType(info.name), True, True, "", node, varargs)
            info.ctors.append(m)
            return
        body = node.child_by_field_name("body")
        m = MethodInfo(
            text(node.child_by_field_name("name")),
            params,
            parse_type(node.child_by_field_name("type")),
            "static" in mods or self.flat,
            "public" in mods or "protected" in mods or info.is_interface,
            "",
            node,
            varargs,
            tparams,
            body is None,
            "synchronized" in mods,
        )
        self._add_method(info, m)

    @staticmethod
    def _param_type(p: Node) -> JType:
        t = parse_type(p.child_by_field_name("type"))
        dims = p.child_by_field_name("dimensions")
        return JType(t.name, t.args, t.dims + text(dims).count("[")) if dims else t

    @staticmethod
    def _add_method(info: TypeInfo, m: MethodInfo) -> None:
        info.methods.setdefault(m.name, []).append(m)

    def _name_methods(self, info: TypeInfo) -> None:
        """Overloads: the first declared keeps the name, the k-th gets suffix k."""
        field_names = {f.go_name for f in info.fields.values() if not f.static}
        static_names = {f.go_name for f in info.fields.values() if f.static}
        for name, overloads in info.methods.items():
            for k, m in enumerate(overloads, start=1):
                if m.go_name:
                    continue
                if self.flat:
                    base = names.safe_local(name)
                elif m.static or (m.generic_instance and not info.is_interface):
                    base = names.prefixed(
                        info.go_name, names.accessor(name, len(m.params)), m.public
                    )
                    if base in static_names:
                        base = names.prefixed(info.go_name, name, m.public)
                else:
                    base = names.member(names.accessor(name, len(m.params)), m.public)
                    if base in field_names or (base in ("String",) and name != "toString"):
                        base = names.member(name, m.public)
                if name == "toString" and not m.params and not self.flat:
                    base = "String"
                m.go_name = base if k == 1 else f"{base}{k}"
        if not info.ctors and info.kind in ("class", "record"):
            # Java's implicit constructor (a record's canonical one takes its components).
            comps = (
                [(f.name, f.jtype) for f in info.fields.values()] if info.kind == "record" else []
            )
            info.ctors.append(MethodInfo("<init>", comps, JType(info.name), True, True, "", None))
        for k, c in enumerate(info.ctors, start=1):
            c.go_name = "New" + info.go_name[:1].upper() + info.go_name[1:]
            if not info.public:
                c.go_name = "new" + info.go_name[:1].upper() + info.go_name[1:]
            if k > 1:
                c.go_name += str(k)

    def functional_method(self, info: TypeInfo | None) -> MethodInfo | None:
        """The one abstract method of an interface that lambdas can implement, if any."""
        if info is None or not info.is_interface or info.interfaces:
            return None
        instance = [m for ms in info.methods.values() for m in ms if not m.static and m.node]
        abstract = [m for m in instance if m.node and m.node.child_by_field_name("body") is None]
        # Default methods need a Go interface (a func type has no methods).
        return abstract[0] if len(abstract) == len(instance) == 1 else None

    def virtual_root(self, info: TypeInfo | None) -> TypeInfo | None:
        """The topmost class of this file above ``info`` (itself included), when that class
        has methods overridden in the file: calls to those go through `l2jSelf`."""
        root = None
        seen = 0
        while info is not None and info.kind == "class" and seen < 20:
            root = info
            info = self.lookup(info.superclass) if info.superclass else None
            seen += 1
        return root if root is not None and self.virtuals(root) else None

    def virtuals(self, root: TypeInfo) -> dict[str, MethodInfo]:
        """Instance methods of a top class that a subclass in this file overrides (or that
        are abstract): Java dispatches them on the runtime class, Go on the static one."""
        if root.kind != "class" or (root.superclass and self.lookup(root.superclass)):
            return {}
        subclasses = [t for t in self.types.values() if t is not root and self._extends(t, root)]
        out: dict[str, MethodInfo] = {}
        for name, ms in root.methods.items():
            m = ms[0]
            if m.static or m.generic_instance or m.node is None or len(ms) > 1:
                continue
            overridden = any(name in sub.methods for sub in subclasses)
            if overridden or (m.abstract and subclasses):
                out[name] = m
        return out

    def _extends(self, info: TypeInfo, root: TypeInfo) -> bool:
        seen = 0
        while info.superclass and seen < 20:
            sup = self.lookup(info.superclass)
            if sup is None:
                return False
            if sup is root:
                return True
            info = sup
            seen += 1
        return False

    def is_exception(self, name: str) -> bool:
        """Java's exceptions, and classes of the file that extend one, travel as panics."""
        for _ in range(20):
            if name.endswith(("Exception", "Error")) or name == "Throwable":
                return True
            info = self.lookup(name)
            if info is None or not info.superclass:
                return False
            name = info.superclass
        return False

    def is_value_type(self, name: str) -> bool:
        """Whether a type declared elsewhere is held by value (an enum or an interface), by
        L2J's conventions: `IFoo` interfaces, and packages named `enums` or `interfaces`."""
        if len(name) > 1 and name[0] == "I" and name[1].isupper():
            return True
        return any(f".{p}." in self.imports.get(name, "") for p in ("enums", "interfaces"))

    def static_owner(self, name: str) -> str | None:
        """The class a statically imported member comes from: named by a single import, or
        an ALL_CAPS constant when exactly one class is imported with `.*`."""
        if name in self.static_members:
            return self.static_members[name]
        if len(self.static_wildcards) == 1 and name.isupper() and len(name) > 1:
            return self.static_wildcards[0]
        return None

    def lookup(self, name: str) -> TypeInfo | None:
        return self.types.get(name)

    def field(self, info: TypeInfo | None, name: str) -> tuple[TypeInfo, FieldInfo] | None:
        """A field of the type, its superclasses or its interfaces (their constants)."""
        pending = [info] if info is not None else []
        seen = 0
        while pending and seen < 40:
            cur = pending.pop(0)
            if name in cur.fields:
                return cur, cur.fields[name]
            pending += [t for n in [cur.superclass, *cur.interfaces] if n and (t := self.lookup(n))]
            seen += 1
        return None

    def methods(self, info: TypeInfo | None, name: str) -> list[tuple[TypeInfo, MethodInfo]]:
        found: list[tuple[TypeInfo, MethodInfo]] = []
        seen = 0
        pending = [info] if info is not None else []
        while pending and seen < 20:
            cur = pending.pop(0)
            found += [(cur, m) for m in cur.methods.get(name, [])]
            pending += [t for n in [cur.superclass, *cur.interfaces] if n and (t := self.lookup(n))]
            seen += 1
        return found
