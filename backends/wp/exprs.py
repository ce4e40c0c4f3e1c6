"""Java expressions to Go expressions, with Java's typing made explicit: numeric
promotion, boxing, string conversion, interface conversions and member access through the
object model of ``docs/port.md``."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from tree_sitter import Node

from l2j_lsp.project import jtypes as jt
from l2j_lsp.project.jtypes import ArrayType, ClassType, JType, Prim, TypeVarType
from l2j_lsp.project.symbols import ClassSym, FieldSym, TypeVar, descendants, text

from . import refs
from .consteval import (
    _STRING,
    Const,
    const_str,
    evaluate,
    java_unescape,
    string_literal_value,
    wraps,
)
from .context import GO_NUMERIC, FileCtx, Local
from .goexpr import PREC, PRIMARY, UNARY, GoExpr, unparen
from .typing import Typing

if TYPE_CHECKING:
    from .calls import Calls

_INT_GO = ("int8", "int16", "int32", "int64", "uint16", "int")


def go_string(value: str) -> str:
    """A Go interpreted string literal for ``value``."""
    out = ['"']
    for ch in value:
        o = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif o < 0x20 or o == 0x7F:
            out.append(f"\\x{o:02x}")
        elif 0xD800 <= o <= 0xDFFF:
            out.append("\\uFFFD")  # a lone surrogate has no UTF-8 form
        elif o in (0x2028, 0x2029, 0xFEFF) or 0x80 <= o < 0xA0:
            out.append(f"\\u{o:04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def go_char(code: int) -> str:
    """A Go rune constant for a Java char value."""
    if code == ord("'"):
        return "'\\''"
    if code == ord("\\"):
        return "'\\\\'"
    if 0x20 <= code < 0x7F:
        return f"'{chr(code)}'"
    return f"0x{code:04X}"


class Exprs:
    def __init__(self, ctx: FileCtx) -> None:
        self.ctx = ctx
        self.p = ctx.p
        self.ty = Typing(ctx.p)
        self.calls: Calls
        # Set by the statement translator: the block body of a lambda or switch expression.
        self.block: Callable[[Node], list[str]] = lambda node: []
        self.switch_expr: Callable[[Node, JType | None], GoExpr] = lambda n, e: self.unsupported(n)
        self.string_type = self.p.type_of("java.lang.String")

    # -- entry --------------------------------------------------------------------------------
    def expr(self, node: Node, expected: JType | None = None) -> GoExpr:
        method = getattr(self, "x_" + node.type, None)
        if method is None:
            return self.unsupported(node)
        result: GoExpr = method(node, expected)
        return result

    def value(self, node: Node, target: JType, target_go: str | None = None) -> str:
        """The expression converted to ``target`` (assignment conversion)."""
        return self.convert(self.expr(node, target), target, target_go)

    def cond(self, node: Node) -> str:
        return unparen(self.value(node, jt.BOOLEAN))

    def unsupported(self, node: Node, what: str = "", go_type: str = "any") -> GoExpr:
        """A typed not-migrated marker, so the code around it still compiles."""
        what = what or node.type.replace("_", " ")
        snippet = " ".join(text(node).split())[:60].replace("*/", "* /")
        msg = self.ctx.gap(what)
        if not go_type:
            return GoExpr(f'java.NotMigrated("{msg}") /* {snippet} */', jt.VOID, "")
        return GoExpr(
            f'java.NotMigratedValue[{go_type}]("{msg}") /* {snippet} */', jt.UNKNOWN, go_type
        )

    # -- conversions --------------------------------------------------------------------------
    def convert(self, e: GoExpr, target: JType | None, target_go: str | None = None) -> str:
        ctx = self.ctx
        if target is None or not target.known:
            return e.text
        tg = target_go if target_go is not None else ctx.go_type(target)
        if e.jtype == jt.NULL:
            if tg == "string":
                return "java.NullString"
            if isinstance(target, TypeVarType):
                # The type argument may be String, whose null is NullString, not "".
                return f"java.Null[{tg}]()"
            return ctx.zero(tg) if tg != "any" else "nil"
        if tg == e.gtype or tg == "":
            return e.text
        if e.const is not None and tg in GO_NUMERIC and not isinstance(e.const.value, (str, bool)):
            return self.const_text(
                e.const, target if isinstance(target, Prim) else jt.unboxed(target)
            )
        sg = e.gtype
        if tg == "any":
            if sg in GO_NUMERIC | {"bool"}:
                # A primitive becomes an Object by boxing, as in Java: a pointer, which
                # `instanceof Integer` and `(Integer) o` see as the boxed type.
                return f"java.Box[{sg}]({unparen(e.text)})"
            return e.text
        if tg == "string":
            if sg == "any":
                return f"java.Cast[string]({e.text})"
            if sg != "string" and isinstance(e.jtype, ClassType) and _is_char_sequence(target):
                # A StringBuilder given as a CharSequence (Go holds those as strings): its
                # text, as Java's callee reads it through toString.
                held = e.text if e.nonnull else f"java.NonNull({unparen(e.text)})"
                return f"java.Str({unparen(held)})"
            return e.text
        if tg.startswith("*") and tg[1:] in GO_NUMERIC | {"bool"}:
            prim = tg[1:]
            if sg == "any":
                return f"java.Cast[{tg}]({e.text})"
            if sg.startswith("*"):
                return e.text  # another boxed type: Java would not compile it
            return f"java.Box[{prim}]({self.numeric_text(e, prim)})"
        if tg in GO_NUMERIC or tg == "bool":
            if sg.startswith("*") and sg[1:] in GO_NUMERIC | {"bool"}:
                inner = GoExpr(f"*{e.paren(UNARY)}", jt.unboxed(e.jtype), sg[1:], UNARY)
                return self.numeric_text(inner, tg)
            if sg == "any" or sg.startswith("java.") or not sg or sg[:1].isupper() or "\x01" in sg:
                return f"java.Cast[{tg}]({e.text})"
            if tg == "bool":
                return e.text
            return self.numeric_text(e, tg)
        if sg == "any":
            return f"java.Cast[{tg}]({e.text})"
        view = self._collection_view(e, target, tg)
        if view is not None:
            return view
        # A library's hierarchy is unknown here: Java's own check holds at run time.
        if (_library(e.jtype) or _library(target)) and sg != tg and not sg.startswith("*"):
            return f"java.Cast[{tg}]({e.text})"
        if self._is_iface_go(tg) and sg.startswith("*") and not e.nonnull:
            # A nil pointer must stay a nil interface (Go would wrap it as non-nil).
            return f"java.Up[{tg}]({e.text})"
        if sg.startswith("*") and tg.startswith("*") and sg != tg:
            if "[" in sg and sg.split("[", 1)[0] == tg.split("[", 1)[0]:
                # One generic class with other type arguments (Java allowed it through a
                # wildcard or a raw type): Go's instances never convert, the cast would fail.
                what = f"{e.jtype} as {target}: Go type arguments do not vary"
                return self.unsupported_typed(what, tg, target).text
            return f"java.Cast[{tg}]({e.text})"
        if self._is_iface_go(sg) and tg.startswith("*"):
            return f"java.Cast[{tg}]({e.text})"
        return e.text

    def _collection_view(self, e: GoExpr, target: JType, tg: str) -> str | None:
        """A list or collection passed where Java saw it through a wildcard
        (`List<Number>` as `List<? super Integer>`, `List<Integer>` as `Collection<? extends
        Number>`): a runtime view that converts each element, as Go's instances never
        convert. None when ``target`` is no such conversion."""
        view = isinstance(target, ClassType) and _COLLECTION_VIEWS.get(target.sym.qname)
        source = _one_type_argument(e.gtype)
        wanted = _one_type_argument(tg)
        if not view or source is None or wanted is None or source[1] == wanted[1]:
            return None
        if not isinstance(e.jtype, ClassType) or not self.ty.subtype(e.jtype, target):
            return None
        elem = target.args[0] if isinstance(target, ClassType) and target.args else None
        if (
            isinstance(elem, ClassType)
            and elem.sym.origin == "jdk"
            and elem.sym.is_interface
            and wanted[1] != "any"
        ):
            # A JDK interface (`List<? extends Comparable<? super T>>`): a boxed number or a
            # string does not implement Go's, and the runtime's generic functions take the
            # list as it is.
            return None
        return f"{view}[{wanted[1]}, {source[1]}]({unparen(e.text)})"

    @staticmethod
    def _is_iface_go(g: str) -> bool:
        return (
            not g.startswith(("*", "[]", "map[", "func"))
            and g not in GO_NUMERIC
            and g
            not in (
                "bool",
                "string",
            )
        )

    def numeric_text(self, e: GoExpr, tg: str) -> str:
        """``e`` (a number) as Go numeric type ``tg``, with Java's conversion rules (a
        float cast to an integer saturates)."""
        if e.gtype == tg:
            return e.text
        if e.untyped and e.const is None:
            return e.text
        if e.const is not None and not isinstance(e.const.value, (str, bool)):
            to = _JAVA_OF_GO.get(tg)
            if to is not None:
                return self.const_text(e.const, to)
        if e.gtype in ("float32", "float64") and tg in _INT_GO:
            fn = {"int64": "java.D2L"}.get(tg, "java.D2I")
            inner = (
                f"{fn}(float64({unparen(e.text)}))"
                if e.gtype == "float32"
                else f"{fn}({unparen(e.text)})"
            )
            if fn == "java.D2I" and tg != "int32":
                return f"{tg}({inner})"
            return inner
        return f"{tg}({unparen(e.text)})"

    def const_text(self, c: Const, to: JType) -> str:
        """A Java constant spelled as a Go constant of type ``to``."""
        if isinstance(to, Prim):
            from .consteval import cast

            c = cast(c, to) or c
        v = c.value
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, str):
            return go_string(v)
        if isinstance(v, float):
            if v != v:
                return "java.NaN()"
            if v in (float("inf"), float("-inf")):
                return "java.Inf(1)" if v > 0 else "java.Inf(-1)"
            if v == 0 and str(v).startswith("-"):
                return "java.NegZero()"
            s = repr(v)
            return s if any(ch in s for ch in ".en") else s + ".0"
        if c.type == jt.CHAR and isinstance(to, Prim) and to.name == "char":
            return go_char(int(v))
        return str(v)

    def jstr(self, e: GoExpr) -> str:
        """String.valueOf(e), as Java spells each type."""
        if e.const is not None and not (e.jtype == self.string_type and e.const.type != _STRING):
            return go_string(const_str(e.const))
        g = e.gtype
        if g == "string":
            # A String that may be null spells "null", as Java's `+` does.
            return e.text if e.nonnull or e.const is not None else f"java.S({unparen(e.text)})"
        if g == "uint16":
            return f"java.CharStr({unparen(e.text)})"
        if g in ("int8", "int16", "int32"):
            return (
                f"java.IntStr({unparen(e.text) if g == 'int32' else f'int32({unparen(e.text)})'})"
            )
        if g == "int64":
            return f"java.LongStr({unparen(e.text)})"
        if g == "float64":
            return f"java.DoubleStr({unparen(e.text)})"
        if g == "float32":
            return f"java.FloatStr({unparen(e.text)})"
        if g == "bool":
            return f"java.BoolStr({unparen(e.text)})"
        if e.jtype == jt.NULL:
            return '"null"'
        return f"java.Str({unparen(e.text)})"

    # -- literals -----------------------------------------------------------------------------
    def _const_expr(self, c: Const) -> GoExpr:
        t = c.type if c.type != _STRING else self.string_type
        g = self.ctx.go_type(t)
        return GoExpr(self.const_text(c, t), t, g, PRIMARY, c, untyped=True)

    def _literal(self, node: Node, expected: JType | None) -> GoExpr:
        c = evaluate(node, lambda n: None)
        if c is None:
            return self.unsupported(node, "literal")
        return self._const_expr(c)

    x_decimal_integer_literal = _literal
    x_hex_integer_literal = _literal
    x_octal_integer_literal = _literal
    x_binary_integer_literal = _literal
    x_decimal_floating_point_literal = _literal
    x_hex_floating_point_literal = _literal
    x_true = _literal
    x_false = _literal

    def x_character_literal(self, node: Node, expected: JType | None) -> GoExpr:
        body = java_unescape(text(node)[1:-1])
        code = ord(body[0]) if body else 0
        if code > 0xFFFF:
            code = 0xFFFD
        c = Const(code, jt.CHAR)
        return GoExpr(go_char(code), jt.CHAR, "uint16", PRIMARY, c, untyped=True)

    def x_string_literal(self, node: Node, expected: JType | None) -> GoExpr:
        value = string_literal_value(node)
        c = Const(value, self.string_type)
        return GoExpr(go_string(value), self.string_type, "string", PRIMARY, c)

    x_text_block = x_string_literal

    def x_null_literal(self, node: Node, expected: JType | None) -> GoExpr:
        return GoExpr("nil", jt.NULL, "any")

    def x_parenthesized_expression(self, node: Node, expected: JType | None) -> GoExpr:
        inner = self.expr(node.named_children[0], expected)
        return GoExpr(
            f"({unparen(inner.text)})",
            inner.jtype,
            inner.gtype,
            PRIMARY,
            inner.const,
            inner.nonnull,
            untyped=inner.untyped,
        )

    def x_class_literal(self, node: Node, expected: JType | None) -> GoExpr:
        t = self.ctx.resolve(node.named_children[0])
        cls_type = self.p.classes.get("java.lang.Class")
        jtype = ClassType(cls_type, (t,)) if cls_type is not None else jt.UNKNOWN
        g = self.ctx.go_type(t) if t.known else "any"
        if t == jt.VOID:
            g = "struct{}"  # void.class
        if isinstance(t, ClassType) and t.sym.origin == "source":
            # The Go type's name is not the Java one (`Outer$Inner`, the package).
            name = go_string(t.sym.binary_name)
            return GoExpr(f"java.ClassNamed[{g}]({name})", jtype, self.ctx.go_type(jtype))
        return GoExpr(f"java.ClassOf[{g}]()", jtype, self.ctx.go_type(jtype))

    # -- names --------------------------------------------------------------------------------
    def x_this(self, node: Node, expected: JType | None) -> GoExpr:
        m = self.ctx.m
        assert m is not None
        cls = m.cls
        t = ClassType(cls, tuple(TypeVarType(tv) for tv in cls.tparams))
        return GoExpr(self.ctx.this_value(), t, self.ctx.go_type(t), nonnull=True)

    def x_identifier(self, node: Node, expected: JType | None) -> GoExpr:
        name = text(node)
        loc = self.ctx.read(name)
        if loc is not None:
            return GoExpr(loc.captured or loc.go, loc.jtype, loc.gtype, fresh=loc.fresh)
        found = self.field_in_scope(name)
        if found is not None:
            return found
        imported = self.static_import_field(name)
        if imported is not None:
            return imported
        return self.unsupported(node, f"unresolved name {name}")

    def field_in_scope(self, name: str) -> GoExpr | None:
        """A field named without a qualifier: of this class, its superclasses, or an
        enclosing class (through the outer-instance links)."""
        m = self.ctx.m
        assert m is not None
        cur: ClassSym | None = m.cls
        hops = 0
        static_ctx = m.static
        while cur is not None:
            self_t = ClassType(cur, tuple(TypeVarType(tv) for tv in cur.tparams))
            found = self.p.fields_named(self_t, name)
            if found is not None:
                fs, binding = found
                if fs.static:
                    return self.static_field(fs)
                if static_ctx and hops == 0:
                    return None
                recv = m.recv + ".outer" * hops
                return self.field_on_struct(recv, fs, binding)
            if cur.captures_this or cur.inner:
                hops += 1
            else:
                static_ctx = True
            cur = cur.outer
        return None

    def static_import_field(self, name: str) -> GoExpr | None:
        f = self.ctx.file
        owners = [
            self.p.lookup_qualified(o, self.p.class_scope(None))
            for o in f.static_single.get(name, [])
        ]
        owners += [self.p.lookup_qualified(o, self.p.class_scope(None)) for o in f.static_on_demand]
        for owner in owners:
            if owner is None:
                continue
            found = self.p.fields_named(ClassType(owner), name)
            if found is not None and found[0].static:
                return self.static_field(found[0])
            if owner.origin == "library" and name[:1].isupper() and name.upper() == name:
                return self.library_static_field(owner, name)
        return None

    def static_field(self, fs: FieldSym) -> GoExpr:
        owner = fs.owner
        t = fs.type or jt.UNKNOWN
        ctx = self.ctx
        if owner.origin == "jdk":
            go = fs.template or f"java.{owner.go.type_name if owner.go else owner.name}{fs.go_name}"
            return GoExpr(go, t, ctx.go_type(t))
        c = ctx.statics.constant(fs)
        if c is not None:
            const = Const(c.value, t)
            return GoExpr(refs.func_ref(owner.qname, fs.go_name), t, ctx.go_type(t), PRIMARY, const)
        self.require_init(owner)
        return GoExpr(refs.func_ref(owner.qname, fs.go_name), t, ctx.go_type(t))

    def library_static_field(self, owner: ClassSym, name: str) -> GoExpr:
        from l2j_lsp.project import names

        self.ctx.statics.p.libraries.setdefault(owner.qname, owner)
        base = names.camel(name)
        self.library_use(owner, f"field {name}")
        return GoExpr(refs.func_ref(owner.qname, base), jt.UNKNOWN, "any")

    def library_use(self, owner: ClassSym, what: str) -> None:
        uses = self.ctx.library_uses.setdefault(owner.qname, set())
        uses.add(what)

    def require_init(self, owner: ClassSym) -> None:
        """Java initialises a class on first use of its statics: code outside it calls the
        class's initialiser first (a no-op once done)."""
        m = self.ctx.m
        if not self.ctx.statics.lazy(owner):
            return
        cur = m.cls if m is not None else None
        while cur is not None:
            if cur is owner:
                return  # its own code: already initialised
            cur = cur.outer if cur.local or cur.anonymous else None
        call = f"{refs.func_ref(owner.qname, 'Clinit')}()"
        if call not in self.ctx.pre:
            self.ctx.pre.append(call)

    def field_on_struct(
        self,
        recv: str,
        fs: FieldSym,
        binding: dict[TypeVar, JType],
        cls: ClassSym | None = None,
    ) -> GoExpr:
        """``recv.field``; ``cls``: the class of ``recv``'s struct, when it may hide the
        field (``super.field``)."""
        inlined = self._constant_field(fs)
        if inlined is not None:
            return inlined
        t = jt.substitute(fs.type or jt.UNKNOWN, binding)
        path = self._hidden_path(cls, fs)
        return GoExpr(f"{recv}.{path}{fs.go_name}", t, self.member_go(fs.type, binding))

    @staticmethod
    def _hidden_path(cls: ClassSym | None, fs: FieldSym) -> str:
        """``Owner.`` when a class from ``cls`` up to the field's owner declares an
        instance field of the same Go name: Java's field hiding picks the owner's field by
        the static type, Go's promotion the shallower one, so the owner's embedded struct
        is named."""
        owner_go = fs.owner.go
        cur = cls
        while cur is not None and cur is not fs.owner and owner_go is not None:
            if any(f.go_name == fs.go_name and not f.static for f in cur.fields.values()):
                return (owner_go.impl_name if owner_go.is_iface else owner_go.type_name) + "."
            cur = cur.superclass.sym if cur.superclass is not None else None
        return ""

    def _constant_field(self, fs: FieldSym) -> GoExpr | None:
        """A final instance field with a constant initialiser is a constant variable: Java
        inlines its value, so it reads so even before the constructor sets it."""
        if fs.static or not fs.final:
            return None
        c = self.ctx.statics.constant(fs)
        if c is None:
            return None
        return self._const_expr(Const(c.value, fs.type or c.type))

    def member_go(self, declared: JType | None, binding: dict[TypeVar, JType]) -> str:
        """The Go type of a member whose declared type is read through a binding (its
        class's type arguments)."""
        return self.ctx.go_type(jt.substitute(declared or jt.UNKNOWN, binding))

    def field_on(self, obj: GoExpr, fs: FieldSym, binding: dict[TypeVar, JType]) -> GoExpr:
        """``obj.field`` for an object of any Java type: a struct reaches the field by
        promotion, an interface value through its struct accessor."""
        if fs.static:
            return self.static_field(fs)
        inlined = self._constant_field(fs)
        if inlined is not None:
            return inlined
        owner = fs.owner
        t = jt.substitute(fs.type or jt.UNKNOWN, binding)
        g = self.member_go(fs.type, binding)
        if owner.origin == "library":
            return self.unsupported_typed(f"library field {owner.qname}.{fs.name}", g, t)
        og = obj.gtype
        seen = obj.jtype.sym if isinstance(obj.jtype, ClassType) else None
        path = self._hidden_path(seen, fs)
        if og.startswith("*") or owner.go is None or not owner.go.is_iface:
            return GoExpr(f"{obj.paren(PRIMARY)}.{path}{fs.go_name}", t, g)
        acc = "As" + owner.go.type_name
        return GoExpr(f"{obj.paren(PRIMARY)}.{acc}().{fs.go_name}", t, g)

    def unsupported_typed(self, what: str, g: str, t: JType) -> GoExpr:
        msg = self.ctx.gap(what)
        return GoExpr(f'java.NotMigratedValue[{g}]("{msg}")', t, g)

    def x_field_access(self, node: Node, expected: JType | None) -> GoExpr:
        obj_node = node.child_by_field_name("object")
        name = text(node.child_by_field_name("field"))
        assert obj_node is not None
        m = self.ctx.m
        assert m is not None
        if obj_node.type == "super":
            sup = m.cls.superclass
            if sup is not None:
                found = self.p.fields_named(sup, name)
                if found is not None:
                    fs, binding = found
                    if fs.static:
                        return self.static_field(fs)
                    return self.field_on_struct(m.recv, fs, binding, m.cls)
            return self.unsupported(node, f"super field {name}")
        if obj_node.type == "this":
            found = self.p.fields_named(
                ClassType(m.cls, tuple(TypeVarType(tv) for tv in m.cls.tparams)), name
            )
            if found is not None:
                fs, binding = found
                if fs.static:
                    return self.static_field(fs)
                return self.field_on_struct(m.recv, fs, binding)
        # `Outer.this.x`
        if (
            obj_node.type == "field_access"
            and text(obj_node.child_by_field_name("field")) == "this"
        ):
            outer = self.type_name(obj_node.child_by_field_name("object"))
            if outer is not None:
                val = self.ctx.this_value(outer)
                recv = val.removesuffix(".self")
                found = self.p.fields_named(ClassType(outer), name)
                if found is not None:
                    return self.field_on_struct(recv, found[0], found[1])
        target = self.object_or_type(obj_node)
        if isinstance(target, ClassSym):
            found = self.p.fields_named(ClassType(target), name)
            if found is not None:
                return self.static_field(found[0])
            if name == "length":
                pass
            if target.origin == "library":
                return self.library_static_field(target, name)
            nested = self.p.member_type(target, name)
            if nested is not None:
                return self.unsupported(node, f"type used as a value: {name}")
            return self.unsupported(node, f"unknown static field {target.name}.{name}")
        if target is None:
            return self.unsupported(node, f"unresolved {text(obj_node)}")
        obj = target
        if name == "length" and isinstance(obj.jtype, ArrayType):
            return GoExpr(f"int32(len({unparen(obj.text)}))", jt.INT, "int32")
        if isinstance(obj.jtype, ClassType):
            found = self.p.fields_named(obj.jtype, name)
            if found is not None:
                return self.field_on(obj, found[0], found[1])
            if obj.jtype.sym.origin == "library":
                self.library_use(obj.jtype.sym, f"field {name}")
                return self.unsupported(node, f"library field {obj.jtype.sym.qname}.{name}")
        return self.unsupported(node, f"unknown field {name}")

    def object_or_type(self, node: Node) -> GoExpr | ClassSym | None:
        """An expression, or the class a name stands for (`Math`, `a.b.Config`, `Outer.Inner`)."""
        if node.type == "identifier":
            name = text(node)
            if self.ctx.local(name) is not None:
                return self.expr(node)
            found = self.field_in_scope(name)
            if found is not None:
                return found
            sym = self.type_name(node)
            if sym is not None:
                return sym
            imported = self.static_import_field(name)
            if imported is not None:
                return imported
            return None
        if node.type in ("field_access", "scoped_identifier"):
            # `a.b.C` (a type) or `x.f` (a value).
            dotted = text(node).replace(" ", "")
            if all(part.isidentifier() for part in dotted.split(".")):
                head = dotted.split(".")[0]
                if self.ctx.local(head) is None and self.field_in_scope(head) is None:
                    sym = self.type_name(node)
                    if sym is not None:
                        return sym
            if node.type == "field_access":
                return self.expr(node)
            return None
        if node.type in ("type_identifier", "scoped_type_identifier", "generic_type"):
            t = self.ctx.resolve(node)
            return t.sym if isinstance(t, ClassType) else None
        return self.expr(node)

    def type_name(self, node: Node | None) -> ClassSym | None:
        if node is None:
            return None
        m = self.ctx.m
        assert m is not None
        dotted = text(node).replace(" ", "")
        if "." in dotted:
            return self.p.lookup_qualified(dotted, m.tscope)
        return self.p.lookup_type(dotted, m.tscope)

    # -- arrays -------------------------------------------------------------------------------
    def x_array_access(self, node: Node, expected: JType | None) -> GoExpr:
        arr = self.expr(node.child_by_field_name("array"))  # type: ignore[arg-type]
        idx = self.value(node.child_by_field_name("index"), jt.INT)  # type: ignore[arg-type]
        c = self.fold(node.child_by_field_name("index"))  # type: ignore[arg-type]
        et = arr.jtype.elem if isinstance(arr.jtype, ArrayType) else jt.UNKNOWN
        eg = arr.gtype[2:] if arr.gtype.startswith("[]") else "any"
        if c is not None and isinstance(c.value, int) and c.value < 0:
            # Go rejects a negative constant index at compile time; Java throws
            # ArrayIndexOutOfBoundsException (with the length) when the access runs.
            return GoExpr(f"java.ArrayAt({unparen(arr.text)}, {unparen(idx)})", et, eg)
        return GoExpr(f"{arr.paren(PRIMARY)}[{unparen(idx)}]", et, eg)

    def x_array_creation_expression(self, node: Node, expected: JType | None) -> GoExpr:
        base = self.ctx.resolve(node.child_by_field_name("type"))
        dims_exprs = [c for c in node.named_children if c.type == "dimensions_expr"]
        extra = sum(text(c).count("[") for c in node.named_children if c.type == "dimensions")
        init = node.child_by_field_name("value")
        total = len(dims_exprs) + extra
        t: JType = base
        for _ in range(total):
            t = ArrayType(t)
        if init is not None:
            return self.array_init(init, t)
        g = self.ctx.go_type(t)
        sizes = [self.value(d.named_children[0], jt.INT) for d in dims_exprs]
        if len(sizes) == 1 and g == "[]string":
            return GoExpr(f"java.NewStringArray({unparen(sizes[0])})", t, g, nonnull=True)
        if len(sizes) == 1:
            size = unparen(sizes[0])
            if not size.isdigit():
                size = f"java.ArrayLen({size})"  # a negative size: NegativeArraySizeException
            return GoExpr(f"make({g}, {size})", t, g, nonnull=True)
        if len(sizes) > 5:
            return self.unsupported(node, f"array creation with {len(sizes)} sizes")
        elem = self.ctx.go_type(base)
        for _ in range(extra):
            elem = "[]" + elem
        return GoExpr(
            f"java.NewArray{len(sizes)}[{elem}]({', '.join(unparen(s) for s in sizes)})",
            t,
            g,
            nonnull=True,
        )

    def array_init(self, node: Node, t: JType) -> GoExpr:
        g = self.ctx.go_type(t)
        et = t.elem if isinstance(t, ArrayType) else jt.UNKNOWN
        items = []
        for c in node.named_children:
            if c.type in ("line_comment", "block_comment"):
                continue
            if c.type == "array_initializer":
                items.append(self.array_init(c, et).text)
            else:
                items.append(unparen(self.value(c, et)))
        body = ", ".join(items)
        if len(body) > 80:
            body = "\n" + ",\n".join(items) + ",\n"
        return GoExpr(f"{g}{{{body}}}", t, g, nonnull=True)

    def x_array_initializer(self, node: Node, expected: JType | None) -> GoExpr:
        return self.array_init(
            node, expected if isinstance(expected, ArrayType) else ArrayType(jt.UNKNOWN)
        )

    # -- operators ----------------------------------------------------------------------------
    def _const_names(self, n: Node) -> Const | None:
        """The value of a name in a constant expression: a constant local or field."""
        if n.type == "identifier" and self.ctx.local(text(n)) is not None:
            loc = self.ctx.local(text(n))
            return getattr(loc, "const", None)
        m = self.ctx.m
        if m is None or m.cls is None:
            return None
        return self.ctx.statics.name_constant(n, m.cls)

    def fold(self, node: Node) -> Const | None:
        return evaluate(node, self._const_names)

    def folded(self, node: Node) -> Const | None:
        """The constant to write instead of ``node``'s Go: one made of literals only, or one
        whose int arithmetic wraps (`Integer.MIN_VALUE / -1`), which Go would reject."""
        c = self.fold(node)
        if c is None:
            return None
        return c if _literal_only(node) or wraps(node, self._const_names) else None

    def x_unary_expression(self, node: Node, expected: JType | None) -> GoExpr:
        op = text(node.child_by_field_name("operator"))
        operand = node.child_by_field_name("operand")
        assert operand is not None
        c = self.folded(node)
        if c is not None:
            return self._const_expr(c)
        if op == "!":
            inner = self.value(operand, jt.BOOLEAN)
            return GoExpr(f"!{_p(inner, UNARY)}", jt.BOOLEAN, "bool", UNARY)
        e = self.expr(operand)
        pt = jt.unary_promote(e.jtype) if jt.numeric(e.jtype) else jt.INT
        g = self.ctx.go_type(pt)
        inner = self.numeric_text(self._unboxed(e), g) if not e.untyped else e.text
        if op == "+":
            return GoExpr(inner, pt, g, _prec_of(inner))
        if op == "-":
            return GoExpr(f"-{_p(inner, UNARY)}", pt, g, UNARY, untyped=e.untyped)
        if op == "~":
            return GoExpr(f"^{_p(inner, UNARY)}", pt, g, UNARY, untyped=e.untyped)
        return self.unsupported(node)

    def _unboxed(self, e: GoExpr) -> GoExpr:
        if e.gtype.startswith("*") and e.gtype[1:] in GO_NUMERIC | {"bool"}:
            u = jt.unboxed(e.jtype)
            return GoExpr(f"*{e.paren(UNARY)}", u, e.gtype[1:], UNARY)
        if jt.is_boxed(e.jtype) and e.gtype in GO_NUMERIC | {"bool"}:
            return GoExpr(e.text, jt.unboxed(e.jtype), e.gtype, e.prec, e.const, untyped=e.untyped)
        if e.gtype == "any" and jt.is_boxed(e.jtype):
            u = jt.unboxed(e.jtype)
            g = self.ctx.go_type(u)
            return GoExpr(f"java.Cast[{g}]({e.text})", u, g)
        return e

    def x_binary_expression(self, node: Node, expected: JType | None) -> GoExpr:
        op = text(node.child_by_field_name("operator"))
        left_n = node.child_by_field_name("left")
        right_n = node.child_by_field_name("right")
        assert left_n is not None and right_n is not None
        c = self.fold(node)
        if c is not None and (isinstance(c.value, str) or self.folded(node) is not None):
            return self._const_expr(c)
        if op in ("&&", "||"):
            a = self.cond(left_n)
            b = self.cond(right_n)
            return GoExpr(
                f"{_p(a, PREC[op])} {op} {_p(b, PREC[op] + 1)}", jt.BOOLEAN, "bool", PREC[op]
            )
        left = self.expr(left_n)
        right = self.expr(right_n)
        return self.binary(op, left, right, node)

    def _read_moves(self, node: Node | None) -> bool:
        """The binary ``node``'s left side reads a field, a static or an array element, and
        its right side calls a source method that writes a field, a static or an array element:
        Go would read the left side after that call (``project.effects``)."""
        left = node.child_by_field_name("left") if node is not None else None
        right = node.child_by_field_name("right") if node is not None else None
        if left is None or right is None:
            return False
        return self._reads_shared(left) and self._calls_writer(right)

    def pinned_args(self, nodes: list[Node], args: list[str]) -> list[str]:
        """Call arguments (``args``, the Go of ``nodes``) with Java's left-to-right reads:
        an argument that reads a field, a static or an array element before a later one
        calls a method writing state is read through `java.Val` (Go passes `f(a, next())`
        the `a` that `next()` left)."""
        out = list(args)
        for k in range(len(nodes) - 1):
            if (
                k < len(out)
                and self._reads_shared(nodes[k])
                and any(self._calls_writer(later) for later in nodes[k + 1 :])
            ):
                out[k] = f"java.Val({unparen(out[k])})"
        return out

    def _calls_writer(self, node: Node) -> bool:
        """``node`` calls a source method that writes a field, a static or an array element
        (``project.effects``)."""
        writers = self.ctx.p.field_writers()
        return any(
            n.type == "method_invocation" and text(n.child_by_field_name("name")) in writers
            for n in descendants(node)
        )

    def _reads_shared(self, node: Node) -> bool:
        """``node`` reads a field, a static or an array element (a call cannot change a
        local: the ones a lambda captures are effectively final; a constant is none)."""
        if self.fold(node) is not None:
            return False
        return any(
            n.type in ("field_access", "array_access")
            or (n.type == "identifier" and self.ctx.local(text(n)) is None)
            for n in descendants(node)
        )

    def binary(self, op: str, left: GoExpr, right: GoExpr, node: Node | None = None) -> GoExpr:
        lt, rt = left.jtype, right.jtype
        if op == "+" and (
            jt.is_string(lt)
            or jt.is_string(rt)
            or left.gtype == "string"
            or right.gtype == "string"
        ):
            a, b = self.jstr(left), self.jstr(right)
            if "(" not in a and self._read_moves(node):
                a = f"java.Val({unparen(a)})"
            return GoExpr(f"{_p(a, 4)} + {_p(b, 5)}", self.string_type, "string", 4, nonnull=True)
        if op in ("==", "!="):
            return self.equality(op, left, right)
        if jt.unboxed(lt) == jt.BOOLEAN or jt.unboxed(rt) == jt.BOOLEAN or left.gtype == "bool":
            a = self.convert(left, jt.BOOLEAN)
            b = self.convert(right, jt.BOOLEAN)
            goop = {"&": "&&", "|": "||", "^": "!="}.get(op, op)
            if op in ("&", "|"):
                # Java's non-short-circuit & and | evaluate both sides.
                fn = "java.And" if op == "&" else "java.Or"
                return GoExpr(f"{fn}({unparen(a)}, {unparen(b)})", jt.BOOLEAN, "bool")
            return GoExpr(
                f"{_p(a, PREC[goop])} {goop} {_p(b, PREC[goop] + 1)}",
                jt.BOOLEAN,
                "bool",
                PREC[goop],
            )
        if op in ("<<", ">>", ">>>"):
            return self.shift(op, left, right)
        # A value of unknown type (a library's result) next to a number: Java's own
        # operand type is that number's, checked at run time.
        if left.gtype == "any" and jt.numeric(rt) and not jt.numeric(lt):
            left, lt = self._as_number(left, rt), jt.unboxed(rt)
        elif right.gtype == "any" and jt.numeric(lt) and not jt.numeric(rt):
            right, rt = self._as_number(right, lt), jt.unboxed(lt)
        if (
            not (jt.numeric(lt) or lt.known is False) or not (jt.numeric(rt) or rt.known is False)
        ) and (lt.known and rt.known):
            what = f"operator {op} on {lt} and {rt}"
            if node is not None:
                return self.unsupported(node, what)
            return self.unsupported_typed(what, "any", jt.UNKNOWN)
        pt = jt.promote(lt if lt.known else jt.INT, rt if rt.known else jt.INT)
        g = self.ctx.go_type(pt)
        a = self._operand(left, g)
        b = self._operand(right, g)
        if ("func()" in b or self._read_moves(node)) and left.const is None and not left.untyped:
            # Java reads `a` before the right side's assignment, increment or call runs
            # (`a + (a = 10) * a`, `7*x - 1 + ++x`, `a*100 + next()` where next() writes a);
            # Go orders only calls, so the left side, a variable or an expression of them,
            # becomes one.
            a = f"java.Val({unparen(a)})"
        if op in ("<", "<=", ">", ">="):
            return GoExpr(f"{_p(a, 4)} {op} {_p(b, 4)}", jt.BOOLEAN, "bool", 3)
        prec = PREC.get(op, 4)
        if op == "%" and pt.name in ("float", "double"):
            if pt.name == "float":
                return GoExpr(
                    f"float32(java.FMod(float64({unparen(a)}), float64({unparen(b)})))", pt, g
                )
            return GoExpr(f"java.FMod({unparen(a)}, {unparen(b)})", pt, g)
        if (
            op == "/"
            and right.const is not None
            and pt.name in ("int", "long")
            and right.const.value == 0
        ):
            return GoExpr(f"{_p(a, prec)} / java.Zero[{g}]()", pt, g, prec)
        text_ = f"{_p(a, prec)} {op} {_p(b, prec + 1)}"
        return GoExpr(text_, pt, g, prec, untyped=left.untyped and right.untyped)

    def _as_number(self, e: GoExpr, like: JType) -> GoExpr:
        t = jt.unboxed(like)
        g = self.ctx.go_type(t)
        return GoExpr(f"java.Cast[{g}]({unparen(e.text)})", t, g)

    def _operand(self, e: GoExpr, g: str) -> str:
        e = self._unboxed(e)
        if e.untyped and e.const is not None and g in GO_NUMERIC:
            return self.const_text(e.const, _JAVA_OF_GO.get(g, jt.INT))
        return self.numeric_text(e, g)

    def shift(self, op: str, left: GoExpr, right: GoExpr) -> GoExpr:
        lt = jt.unary_promote(left.jtype)
        g = self.ctx.go_type(lt)
        a = self._operand(left, g)
        bits = 63 if lt.name == "long" else 31
        r = self._unboxed(right)
        # An untyped constant shifted stays an untyped constant in Go (`1 << 26`, which
        # `:=` would make an int); shifted by a variable, Go gives it the type of the
        # context, so it is typed here (`int32(1) << (n&31)`).
        untyped = left.untyped
        if r.const is not None and isinstance(r.const.value, int):
            n = str(r.const.value & bits)
        else:
            n = f"{_p(self.numeric_text(r, 'int64' if r.gtype == 'int64' else 'int32'), 5)}&{bits}"
            n = f"({n})"
            if untyped:
                a, untyped = f"{g}({unparen(a)})", False
        if op == "<<":
            return GoExpr(f"{_p(a, 5)} << {n}", lt, g, 5, untyped=untyped)
        if op == ">>":
            return GoExpr(f"{_p(a, 5)} >> {n}", lt, g, 5, untyped=untyped)
        u = "uint64" if lt.name == "long" else "uint32"
        return GoExpr(f"{g}({u}({unparen(a)}) >> {n})", lt, g)

    def equality(self, op: str, left: GoExpr, right: GoExpr) -> GoExpr:
        lt, rt = left.jtype, right.jtype
        if left.jtype == jt.NULL and right.jtype != jt.NULL:
            left, right = right, left
            lt, rt = rt, lt
        if rt == jt.NULL:
            g = left.gtype
            if g in GO_NUMERIC or g == "bool":
                # A primitive (or a boxed value Go holds as its primitive) is never null.
                return GoExpr("false" if op == "==" else "true", jt.BOOLEAN, "bool")
            if g == "string":
                test = f"java.IsNullString({unparen(left.text)})"
                if op == "==":
                    return GoExpr(test, jt.BOOLEAN, "bool", PRIMARY)
                return GoExpr(f"!{test}", jt.BOOLEAN, "bool", UNARY)
            if isinstance(lt, TypeVarType) and g != "any":
                # A Go type parameter cannot be compared with nil.
                test = f"java.IsNull({unparen(left.text)})"
                if op == "==":
                    return GoExpr(test, jt.BOOLEAN, "bool", PRIMARY)
                return GoExpr(f"!{test}", jt.BOOLEAN, "bool", UNARY)
            return GoExpr(f"{_p(left.text, 4)} {op} nil", jt.BOOLEAN, "bool", 3)
        numeric = (isinstance(lt, Prim) or isinstance(rt, Prim)) and (
            jt.numeric(lt) or jt.numeric(rt)
        )
        if numeric or (isinstance(jt.unboxed(lt), Prim) and isinstance(rt, Prim)):
            if jt.unboxed(lt) == jt.BOOLEAN or jt.unboxed(rt) == jt.BOOLEAN:
                a = self.convert(left, jt.BOOLEAN)
                b = self.convert(right, jt.BOOLEAN)
            else:
                pt = jt.promote(lt if lt.known else jt.INT, rt if rt.known else jt.INT)
                g = self.ctx.go_type(pt)
                a = self._operand(left, g)
                b = self._operand(right, g)
            return GoExpr(f"{_p(a, 4)} {op} {_p(b, 4)}", jt.BOOLEAN, "bool", 3)
        a, b = left.text, right.text
        lg, rg = left.gtype, right.gtype
        if lg == rg == "string" and (left.fresh or right.fresh):
            # Go strings are values: == cannot tell `new String(s)` from s.
            what = "== on a String made by new String (Go compares contents)"
            return self.unsupported_typed(what, "bool", jt.BOOLEAN)
        if lg.startswith("[]") and rg.startswith("[]"):
            # Java compares arrays by identity; Go cannot compare slices at all.
            same = f"java.SameArray({unparen(a)}, {unparen(b)})"
            return GoExpr(
                same if op == "==" else f"!{same}",
                jt.BOOLEAN,
                "bool",
                PRIMARY if op == "==" else UNARY,
            )
        # Interface vs pointer of different static types: compare as identities.
        if lg != rg and lg != "any" and rg != "any" and lg.startswith("*") and rg.startswith("*"):
            a, b = f"any({a})", f"any({b})"
        return GoExpr(f"{_p(a, 4)} {op} {_p(b, 4)}", jt.BOOLEAN, "bool", 3)

    # -- ternary, casts, instanceof -----------------------------------------------------------
    def x_ternary_expression(self, node: Node, expected: JType | None) -> GoExpr:
        cond = self.cond(node.child_by_field_name("condition"))  # type: ignore[arg-type]
        a = self.expr(node.child_by_field_name("consequence"), expected)  # type: ignore[arg-type]
        b = self.expr(node.child_by_field_name("alternative"), expected)  # type: ignore[arg-type]
        num = _numeric_conditional(a, b)
        if num is not None and not isinstance(expected, Prim):
            # A numeric conditional has its own type (JLS 15.25), whatever the context:
            # `flag ? 'a' : 0` is a char, `(Object) (flag ? 1 : 2.0)` a Double.
            t = num
        elif (
            expected is not None
            and expected.known
            and not (a.jtype == jt.NULL and b.jtype == jt.NULL)
        ):
            t = expected
            if jt.numeric(a.jtype) and jt.numeric(b.jtype) and isinstance(expected, Prim):
                t = expected
        else:
            t = self.ty.lub(a.jtype, b.jtype)
        if (
            isinstance(t, Prim)
            and not (isinstance(a.jtype, Prim) or isinstance(b.jtype, Prim))
            and expected is None
        ):
            t = self.ty.lub(a.jtype, b.jtype)
        g = self.ctx.go_type(t)
        av, bv = self.convert(a, t, g), self.convert(b, t, g)
        return GoExpr(
            f"java.If[{g}]({cond}, {unparen(av)}, {unparen(bv)})"
            if _pure(av) and _pure(bv)
            else (
                f"func() {g} {{\nif {cond} {{\nreturn {unparen(av)}\n}}\nreturn {unparen(bv)}\n}}()"
            ),
            t,
            g,
        )

    def x_cast_expression(self, node: Node, expected: JType | None) -> GoExpr:
        tnode = node.child_by_field_name("type")
        vnode = node.child_by_field_name("value")
        assert vnode is not None
        t = self.ctx.resolve(tnode)
        c = self.fold(node)
        if c is not None and _literal_only(node):
            return self._const_expr(c)
        e = self.expr(vnode, t)
        g = self.ctx.go_type(t)
        if isinstance(t, Prim):
            u = self._unboxed(e)
            if t.name == "boolean":
                return GoExpr(self.convert(u, t), t, g)
            if u.gtype == "any" or not u.gtype or u.gtype not in GO_NUMERIC:
                return GoExpr(
                    f"java.Cast[{g}]({unparen(u.text)})"
                    if u.gtype == "any"
                    else self.numeric_text(u, g),
                    t,
                    g,
                )
            return GoExpr(self.numeric_text(u, g), t, g)
        if jt.is_boxed(t) and isinstance(e.jtype, Prim):
            return GoExpr(self.convert(e, t), t, g)
        if e.gtype == g:
            return GoExpr(e.text, t, g, e.prec, nonnull=e.nonnull)
        if isinstance(t, TypeVarType) and g == "any":
            return GoExpr(e.text, t, g, e.prec)
        if e.jtype == jt.NULL:
            # `(int[]) null` is a typed null: Go infers type arguments from it.
            if g == "string":
                return GoExpr("java.NullString", t, g)
            if not isinstance(t, TypeVarType) and (
                g.startswith(("*", "[]", "map[", "func", "chan")) or self._is_iface_go(g)
            ):
                return GoExpr(f"({g})(nil)", t, g, PRIMARY)
            return GoExpr(self.ctx.zero(g), t, g)
        if g == "any":
            return GoExpr(self.convert(e, t, g), t, g)
        if (
            isinstance(t, ArrayType)
            and isinstance(e.jtype, ArrayType)
            and g.startswith("[]")
            and e.gtype.startswith("[]")
            and not e.gtype.startswith("[][]")
            and (g == "[]any" or self._is_iface_go(g[2:]))
            and e.gtype[2:] not in GO_NUMERIC | {"bool"}
        ):
            # `(Object[]) strings`: Java arrays are covariant, Go slices are not, so a copy
            # of the references (a JDK call taking Object[] is generic and gets the array).
            return GoExpr(f"java.ArrayUp[{g[2:]}]({unparen(e.text)})", t, g)
        if isinstance(t, TypeVarType):
            # `(S) this` with `S extends Shape<S>`: unchecked in Java, but Go needs the
            # conversion from the Shape[S] interface to the type parameter.
            return GoExpr(f"java.Cast[{g}]({unparen(e.text)})", t, g)
        # An upcast needs no check; a downcast checks like Java (ClassCastException).
        if self.ty.subtype(e.jtype, t) and e.jtype.known:
            return GoExpr(self.convert(e, t, g), t, g)
        return GoExpr(f"java.Cast[{g}]({unparen(e.text)})", t, g)

    def x_instanceof_expression(self, node: Node, expected: JType | None) -> GoExpr:
        left = self.expr(node.child_by_field_name("left"))  # type: ignore[arg-type]
        right = node.child_by_field_name("right")
        pattern = node.child_by_field_name("pattern")
        name_node = node.child_by_field_name("name")
        if right is None and pattern is not None:
            right = pattern.child_by_field_name("type") or (
                pattern.named_children[0] if pattern.named_children else None
            )
            name_node = pattern.child_by_field_name("name") or (
                pattern.named_children[-1] if len(pattern.named_children) > 1 else None
            )
        t = self.ctx.resolve(right)
        g = self.ctx.go_type(t)
        # A JDK type that Go holds as `any` (Number) names its own test in its stub.
        custom = t.sym.annotations.get("GoInstanceOf") if isinstance(t, ClassType) else None
        # `List<?>` or a raw `List`: Go asserts one instantiation (`List[any]`), which a
        # `List[*int32]` is not, while Java's test holds for every type argument.
        raw = isinstance(t, ClassType) and bool(t.sym.tparams) and "<" not in text(right)
        generic_gap = "[" in g and not custom and (raw or "?" in text(right))
        # `List<?>` itself: the runtime sees any of its lists as a List[any].
        any_list = generic_gap and g == "java.List[any]"
        if any_list:
            custom, generic_gap = "java.IsList({0})", False
        if custom:
            test = custom.replace("{0}", unparen(left.text))
        elif generic_gap:
            test = self._generic_instanceof(node, right)
        elif g == "any":
            test = f"{_p(left.text, 4)} != nil"
        else:
            test = f"java.InstanceOf[{g}]({unparen(left.text)})"
        if name_node is not None:
            var = self.ctx.declare(text(name_node), t, g)
            # The binding is declared before the statement; Java's flow scoping makes it
            # usable where the test is true.
            self.ctx.pre.append(f"var {var} {g}")
            self.ctx.pre.append(f"_ = {var}")
            if generic_gap:
                return GoExpr(test, jt.BOOLEAN, "bool")
            tmp = GoExpr(left.text, left.jtype, left.gtype)
            check = (
                f"v, ok := java.AsAnyList({unparen(tmp.text)}); ok"
                if any_list
                else f"v := any({unparen(tmp.text)}); {custom.replace('{0}', 'v')}"
                if custom
                else f"v, ok := any({unparen(tmp.text)}).({g}); "
                f"ok && {('v != nil' if not self.ctx.is_value_go(g) else 'true')}"
            )
            assign = (
                f"func() bool {{\nif {check} {{\n{var} = v\nreturn true\n}}\nreturn false\n}}()"
            )
            return GoExpr(assign, jt.BOOLEAN, "bool")
        return GoExpr(test, jt.BOOLEAN, "bool", PRIMARY if custom or g != "any" else 3)

    def _generic_instanceof(self, node: Node, right: Node | None) -> str:
        """A marker for `instanceof List<?>` (or a raw `List`): Go's generics are invariant,
        so no type assertion holds for every element type, and a wrong `false` would change
        the program's meaning silently."""
        what = f"instanceof {text(right)} (Go cannot test a generic type for every type argument)"
        return self.unsupported(node, what, "bool").text

    # -- assignment ---------------------------------------------------------------------------
    def x_assignment_expression(self, node: Node, expected: JType | None) -> GoExpr:
        op = text(node.child_by_field_name("operator"))
        left_n = node.child_by_field_name("left")
        right_n = node.child_by_field_name("right")
        assert left_n is not None and right_n is not None
        target = self.expr(left_n)
        if left_n.type == "identifier":
            loc = self.ctx.local(text(left_n))
            if loc is not None and op == "=":
                loc.reads -= 1  # a store is not a use for Go
        if "func()" in target.text and "panic(" in target.text:
            return target
        t, g = target.jtype, target.gtype
        if op == "=":
            value = self.value(right_n, t, g)
            stmt = f"{target.text} = {unparen(value)}"
        else:
            bop = op[:-1]
            right = self.expr(right_n)
            stmt = self.compound(target, bop, right)
        tmp_needed = not _simple_lvalue(target.text)
        if tmp_needed:
            val = f"func() {g} {{\n{stmt}\nreturn {target.text}\n}}()"
        else:
            val = f"func() {g} {{\n{stmt}\nreturn {target.text}\n}}()"
        return GoExpr(val, t, g, stmt=stmt)

    def compound(self, target: GoExpr, op: str, right: GoExpr) -> str:
        """`x op= y` as Go statements: Java's implicit narrowing cast included."""
        t, g = target.jtype, target.gtype
        if op == "+" and (jt.is_string(t) or g == "string"):
            # `s += x` is `s = s + x`: a null `s` spells "null" (java.S), as `+` does.
            if target.nonnull:
                return f"{target.text} += {unparen(self.jstr(right))}"
            return f"{target.text} = java.S({target.text}) + {_p(self.jstr(right), 5)}"
        lhs = GoExpr(target.text, t, g)
        if (
            g in GO_NUMERIC
            and op in ("+", "-", "*", "/", "%", "&", "|", "^")
            and "(" in right.text
            and _simple_lvalue(target.text)
        ):
            # Java reads the left side before it evaluates the right one (`i += i++` adds
            # the old i); Go may read it after the right side's calls.
            res = self.binary(op, GoExpr("l2jOld", t, g), right)
            return (
                f"{{\nl2jOld := {target.text}\n"
                f"{target.text} = {unparen(self.numeric_text(res, g))}\n}}"
            )
        if g.startswith("*") and g[1:] in GO_NUMERIC | {"bool"}:
            res = self.binary(op, self._unboxed(lhs), right)
            return f"{target.text} = {self.convert(res, t, g)}"
        if op in ("<<", ">>") and g in _INT_GO:
            sh = self.shift(op, lhs, right)
            rest = sh.text.split(f" {'<<' if op == '<<' else '>>'} ", 1)[1]
            return f"{target.text} {op}= {rest}"
        res = self.binary(op, lhs, right)
        if res.gtype == g and op not in (">>>",) and g in GO_NUMERIC | {"bool"}:
            rtext = (
                self._operand(right, g)
                if op not in ("&", "|", "^") or g != "bool"
                else self.convert(right, jt.BOOLEAN)
            )
            if g == "bool":
                return f"{target.text} = {res.text}"
            rhs = unparen(rtext) if _prec_of(rtext) >= 5 or op in ("+", "-") else "(" + rtext + ")"
            return f"{target.text} {op}= {rhs}"
        return (
            f"{target.text} = {unparen(self.numeric_text(res, g)) if g in GO_NUMERIC else res.text}"
        )

    def x_update_expression(self, node: Node, expected: JType | None) -> GoExpr:
        raw = text(node)
        op = "++" if "++" in raw else "--"
        operand = node.named_children[0]
        prefix = raw.lstrip().startswith(op)
        target = self.expr(operand)
        t, g = target.jtype, target.gtype
        if g.startswith("*") and g[1:] in GO_NUMERIC:
            stmt = f"{target.text} = java.Box[{g[1:]}](*{target.text} {op[0]} 1)"
        else:
            stmt = f"{target.text}{op}"
        vg = g[1:] if g.startswith("*") and g[1:] in GO_NUMERIC else g
        cur = f"*{target.text}" if vg != g else target.text
        if prefix:
            val = f"func() {vg} {{\n{stmt}\nreturn {cur}\n}}()"
        else:
            val = f"func() {vg} {{\nv := {cur}\n{stmt}\nreturn v\n}}()"
        return GoExpr(val, jt.unboxed(t), vg, stmt=stmt)

    # -- delegated ----------------------------------------------------------------------------
    def x_method_invocation(self, node: Node, expected: JType | None) -> GoExpr:
        return self.calls.invocation(node, expected)

    def x_object_creation_expression(self, node: Node, expected: JType | None) -> GoExpr:
        return self.calls.creation(node, expected)

    def x_lambda_expression(self, node: Node, expected: JType | None) -> GoExpr:
        return self.calls.lambda_(node, expected)

    def x_method_reference(self, node: Node, expected: JType | None) -> GoExpr:
        return self.calls.method_ref(node, expected)

    def x_switch_expression(self, node: Node, expected: JType | None) -> GoExpr:
        return self.switch_expr(node, expected)

    def local_info(self, name: str) -> Local | None:
        return self.ctx.local(name)


_JAVA_OF_GO = {
    "int8": jt.BYTE,
    "int16": jt.SHORT,
    "int32": jt.INT,
    "int64": jt.LONG,
    "uint16": jt.CHAR,
    "float32": jt.FLOAT,
    "float64": jt.DOUBLE,
    "bool": jt.BOOLEAN,
}


def _is_char_sequence(t: JType) -> bool:
    return isinstance(t, ClassType) and t.sym.qname == "java.lang.CharSequence"


# The runtime's views of a collection under other type arguments (module/runtime/java/
# util_views.go), by the Java interface the view is seen as.
# A Set[T] has Collection[T]'s methods: the collection view is one.
_COLLECTION_VIEWS = {
    "java.util.List": "java.ListAs",
    "java.util.Collection": "java.CollectionAs",
    "java.util.Set": "java.CollectionAs",
}


def _one_type_argument(g: str) -> tuple[str, str] | None:
    """``(base, argument)`` of a Go type with one type argument (`java.List[*int32]`,
    `*java.ArrayList[any]`); None for any other."""
    base, bracket, rest = g.partition("[")
    if not bracket or not rest.endswith("]"):
        return None
    arg, depth = rest[:-1], 0
    for ch in arg:
        depth += {"[": 1, "]": -1}.get(ch, 0)
        if depth < 0 or (ch == "," and depth == 0):
            return None
    return base, arg


def _library(t: JType | None) -> bool:
    return isinstance(t, ClassType) and t.sym.origin == "library"


_INT_RANGES = {"byte": (-128, 127), "short": (-32768, 32767), "char": (0, 65535)}


def _numeric_conditional(a: GoExpr, b: GoExpr) -> JType | None:
    """The type of `c ? a : b` when both operands are numeric, primitive or boxed (JLS
    15.25): the same type; T (byte, short, char) when the other operand is an int constant
    T can hold; short for byte and short; else binary numeric promotion. None when an
    operand is not numeric or both are the same boxed type (a reference conditional)."""
    ta, tb = a.jtype, b.jtype
    if not (jt.numeric(ta) and jt.numeric(tb)) or not (
        isinstance(ta, Prim) or isinstance(tb, Prim)
    ):
        return None
    ua, ub = jt.unboxed(ta), jt.unboxed(tb)
    if not (isinstance(ua, Prim) and isinstance(ub, Prim)):
        return None
    if ua == ub:
        return ua
    for x, y, other in ((ua, ub, b), (ub, ua, a)):
        lo_hi = _INT_RANGES.get(x.name)
        c = other.const
        if (
            lo_hi is not None
            and y == jt.INT
            and isinstance(other.jtype, Prim)
            and c is not None
            and isinstance(c.value, int)
            and not isinstance(c.value, bool)
            and lo_hi[0] <= c.value <= lo_hi[1]
        ):
            return x
    if {ua.name, ub.name} == {"byte", "short"}:
        return jt.SHORT
    return jt.promote(ua, ub)


def _p(go: str, at_least: int) -> str:
    return go if _prec_of(go) >= at_least else f"({go})"


def _prec_of(go: str) -> int:
    """The loosest binding operator at the top level of ``go``."""
    depth = 0
    in_str = False
    quote = ""
    lowest = PRIMARY
    k = 0
    n = len(go)
    if go.startswith(("-", "!", "^", "*", "&")) and not go.startswith(("&&",)):
        lowest = 6
    while k < n:
        ch = go[k]
        if in_str:
            if ch == "\\":
                k += 2
                continue
            if ch == quote:
                in_str = False
            k += 1
            continue
        if ch in "\"'`":
            in_str, quote = True, ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif depth == 0 and ch == " " and k + 1 < n:
            rest = go[k + 1 : k + 4]
            for op in (
                "&&",
                "||",
                "==",
                "!=",
                "<=",
                ">=",
                "<<",
                ">>",
                "&^",
                "<",
                ">",
                "+",
                "-",
                "|",
                "^",
                "*",
                "/",
                "%",
                "&",
            ):
                if rest.startswith(op + " "):
                    lowest = min(lowest, PREC[op])
                    break
        k += 1
    return lowest


def _literal_only(node: Node) -> bool:
    """A constant expression made of literals only (Go would evaluate it exactly and may
    reject what Java wraps); named constants keep their names."""
    stack = [node]
    while stack:
        n = stack.pop()
        if n.type in ("identifier", "field_access", "method_invocation"):
            return False
        stack.extend(n.named_children)
    return True


def _pure(go: str) -> bool:
    """Short and side-effect free enough to evaluate eagerly in `java.If`, and unable to
    panic: Java evaluates only the chosen branch (`v == null ? 1 : v + 1` must not
    unbox v when it is null), so no dereference, index or division."""
    return (
        "(" not in go and "func" not in go and not any(ch in go for ch in "*[/%") and len(go) < 60
    )


def _simple_lvalue(go: str) -> bool:
    return go.replace(".", "").replace("_", "").isalnum()
