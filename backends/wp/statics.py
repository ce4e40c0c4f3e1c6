"""Static state of the project's classes: which fields are compile-time constants (Go
`const`), which static initialisers Go's package init may run (plain values), and which
classes must initialise lazily on first use, as Java does (static blocks, initialisers
that call code)."""

from __future__ import annotations

from tree_sitter import Node

from l2j_lsp.project import jtypes as jt
from l2j_lsp.project.jtypes import ClassType
from l2j_lsp.project.model import Project, TypeScope
from l2j_lsp.project.symbols import ClassSym, FieldSym, text

from .consteval import _STRING, Const, evaluate

# JDK static calls whose result is a plain value (no project code runs).
_PURE_CALLS = frozenset(
    (
        "java.util.logging.Logger.getLogger",
        "org.slf4j.LoggerFactory.getLogger",
        "java.util.regex.Pattern.compile",
        "java.util.List.of",
        "java.util.Set.of",
        "java.util.Map.of",
        "java.util.Arrays.asList",
        "java.util.Collections.emptyList",
        "java.util.Collections.emptyMap",
        "java.util.Collections.emptySet",
        "java.lang.Math.pow",
        "java.lang.Math.sqrt",
        "java.lang.Integer.valueOf",
        "java.lang.String.valueOf",
    )
)


class Statics:
    def __init__(self, project: Project) -> None:
        self.p = project
        self._const: dict[FieldSym, Const | None] = {}
        self._busy: set[FieldSym] = set()
        self._lazy: dict[ClassSym, bool] = {}

    # -- constants --------------------------------------------------------------------------
    def constant(self, fs: FieldSym) -> Const | None:
        """The value of a constant variable: a final field of primitive or String type
        whose initialiser is a constant expression."""
        if fs in self._const:
            return self._const[fs]
        if fs in self._busy or not fs.final or fs.enum_constant or fs.init is None:
            return None
        t = fs.type
        if not (isinstance(t, jt.Prim) or jt.is_string(t or jt.UNKNOWN)):
            self._const[fs] = None
            return None
        self._busy.add(fs)
        try:
            value = evaluate(fs.init, lambda n: self.name_constant(n, fs.owner))
        finally:
            self._busy.discard(fs)
        if value is not None and t is not None:
            value = _coerce(value, t)
        self._const[fs] = value
        return value

    def name_constant(self, node: Node, cls: ClassSym) -> Const | None:
        fs = self.field_named(node, cls)
        return self.constant(fs) if fs is not None else None

    def field_named(self, node: Node, cls: ClassSym) -> FieldSym | None:
        """The static field an identifier or `Type.FIELD` names from inside ``cls``."""
        if node.type == "identifier":
            name = text(node)
            cur: ClassSym | None = cls
            while cur is not None:
                found = self.p.fields_named(ClassType(cur), name)
                if found is not None:
                    return found[0]
                cur = cur.outer
            f = cls.file
            if f is not None:
                for owner in f.static_single.get(name, []):
                    sym = self.p.lookup_qualified(owner, TypeScope(f, cls))
                    if sym is not None and name in sym.fields:
                        return sym.fields[name]
                for owner in f.static_on_demand:
                    sym = self.p.lookup_qualified(owner, TypeScope(f, cls))
                    if sym is not None:
                        found = self.p.fields_named(ClassType(sym), name)
                        if found is not None:
                            return found[0]
            return None
        if node.type == "field_access":
            obj = node.child_by_field_name("object")
            name = text(node.child_by_field_name("field"))
            if obj is None:
                return None
            sym = self.p.lookup_qualified(text(obj).replace(" ", ""), self.p.class_scope(cls))
            if sym is None:
                return None
            found = self.p.fields_named(ClassType(sym), name)
            return found[0] if found is not None else None
        return None

    # -- initialisation ---------------------------------------------------------------------
    def lazy(self, cls: ClassSym) -> bool:
        """Whether the class initialises on first use (a `Clinit` function) rather than in
        Go's package init."""
        if cls in self._lazy:
            return self._lazy[cls]
        self._lazy[cls] = False
        result = cls.origin == "source" and self._needs_lazy(cls)
        self._lazy[cls] = result
        return result

    def _needs_lazy(self, cls: ClassSym) -> bool:
        body = cls.node.child_by_field_name("body") if cls.node is not None else None
        if cls.anonymous:
            body = cls.node
        for c in body.named_children if body is not None else []:
            if c.type == "static_initializer":
                return True
            if c.type == "enum_body_declarations" and any(
                x.type == "static_initializer" for x in c.named_children
            ):
                return True
        for fs in cls.fields.values():
            if not fs.static:
                continue
            if fs.enum_constant:
                if not self.plain_enum_constant(fs):
                    return True
                continue
            if fs.init is None or self.constant(fs) is not None:
                continue
            if not self.plain(fs.init, cls):
                return True
        return False

    def plain_enum_constant(self, fs: FieldSym) -> bool:
        """An enum constant Go can build at package init: no body, arguments plain, and a
        constructor that only stores them (see ``enum_ctor_fields``)."""
        node = fs.node
        if node is None or node.child_by_field_name("body") is not None:
            return False
        args = node.child_by_field_name("arguments")
        nargs = len(args.named_children) if args is not None else 0
        if any(not self.plain(a, fs.owner) for a in (args.named_children if args else [])):
            return False
        ctors = [c for c in fs.owner.ctors if c.arity == nargs]
        if not fs.owner.ctors:
            return nargs == 0
        if len(ctors) != 1:
            return False
        return enum_ctor_fields(ctors[0]) is not None

    def plain(self, node: Node, cls: ClassSym) -> bool:
        """An initialiser that runs no project code: Go's package init may evaluate it."""
        t = node.type
        if t in (
            "decimal_integer_literal",
            "hex_integer_literal",
            "octal_integer_literal",
            "binary_integer_literal",
            "decimal_floating_point_literal",
            "hex_floating_point_literal",
            "true",
            "false",
            "character_literal",
            "string_literal",
            "text_block",
            "null_literal",
            "class_literal",
        ):
            return True
        if t in ("identifier", "field_access"):
            fs = self.field_named(node, cls)
            if fs is None:
                return False
            if self.constant(fs) is not None:
                return True
            # Another static field of this very class: Go orders package vars by use.
            return fs.owner is cls and fs.static and (fs.init is None or self.plain(fs.init, cls))
        if t in (
            "parenthesized_expression",
            "unary_expression",
            "binary_expression",
            "cast_expression",
        ):
            return all(self.plain(c, cls) for c in node.named_children if c.type not in _TYPE_NODES)
        if t == "array_initializer":
            return all(self.plain(c, cls) for c in node.named_children)
        if t == "array_creation_expression":
            return all(
                self.plain(c, cls)
                for c in node.named_children
                if c.type not in _TYPE_NODES and c.type != "dimensions"
            )
        if t == "dimensions_expr":
            return all(self.plain(c, cls) for c in node.named_children)
        if t == "object_creation_expression":
            if any(c.type == "class_body" for c in node.children):
                return False
            sym = self._type_sym(node.child_by_field_name("type"), cls)
            args = node.child_by_field_name("arguments")
            return (
                sym is not None
                and sym.origin == "jdk"
                and all(self.plain(a, cls) for a in (args.named_children if args else []))
            )
        if t == "method_invocation":
            obj = node.child_by_field_name("object")
            if obj is None:
                return False
            sym = self.p.lookup_qualified(text(obj).replace(" ", ""), self.p.class_scope(cls))
            name = text(node.child_by_field_name("name"))
            args = node.child_by_field_name("arguments")
            return (
                sym is not None
                and f"{sym.qname}.{name}" in _PURE_CALLS
                and all(self.plain(a, cls) for a in (args.named_children if args else []))
            )
        return False

    def _type_sym(self, node: Node | None, cls: ClassSym) -> ClassSym | None:
        t = self.p.resolve_type(node, self.p.class_scope(cls))
        return t.sym if isinstance(t, ClassType) else None


_TYPE_NODES = (
    "integral_type",
    "floating_point_type",
    "boolean_type",
    "type_identifier",
    "generic_type",
    "scoped_type_identifier",
    "array_type",
)


def enum_ctor_fields(ctor: object) -> list[tuple[str, int]] | None:
    """For an enum constructor whose body only stores parameters in fields
    (`this.x = x;`), the (field, parameter index) pairs; else None."""
    from l2j_lsp.project.symbols import MethodSym

    assert isinstance(ctor, MethodSym)
    body = ctor.body
    if body is None:
        return []
    out: list[tuple[str, int]] = []
    for stmt in body.named_children:
        if stmt.type in ("line_comment", "block_comment"):
            continue
        if stmt.type != "expression_statement" or not stmt.named_children:
            return None
        e = stmt.named_children[0]
        if e.type != "assignment_expression" or text(e.child_by_field_name("operator")) != "=":
            return None
        left = e.child_by_field_name("left")
        right = e.child_by_field_name("right")
        if left is None or right is None or right.type != "identifier":
            return None
        if left.type == "field_access" and text(left.child_by_field_name("object")) == "this":
            fname = text(left.child_by_field_name("field"))
        elif left.type == "identifier":
            fname = text(left)
        else:
            return None
        pname = text(right)
        if pname not in ctor.param_names or fname not in ctor.owner.fields:
            return None
        out.append((fname, ctor.param_names.index(pname)))
    return out


def _coerce(value: Const, t: object) -> Const:
    """A constant read as the type of the variable holding it (`long X = 5` is a long)."""
    from .consteval import cast

    if isinstance(t, jt.Prim) and not isinstance(value.value, str):
        return cast(value, t) or value
    if value.type == _STRING:
        return Const(value.value, t)  # type: ignore[arg-type]
    return value
