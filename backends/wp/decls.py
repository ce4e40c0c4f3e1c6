"""Java type declarations to Go, by the object model of ``docs/port.md``: interfaces and
structs for classes, constructors as `New`/`Init` pairs, methods, statics with Java's lazy
class initialisation, enums, records, anonymous and local classes with captured locals,
and interface default methods forwarded into the classes that inherit them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tree_sitter import Node

from l2j_lsp.project import jtypes as jt
from l2j_lsp.project import naming
from l2j_lsp.project.jtypes import ClassType, JType, TypeVarType
from l2j_lsp.project.model import TypeScope
from l2j_lsp.project.symbols import ClassSym, FieldSym, MethodSym, TypeVar, text

from . import refs
from .context import Capture, FileCtx, Local, MethodState, go_tparams, tparam_name
from .exprs import go_string
from .goexpr import GoExpr, unparen
from .stmts import Stmts
from .terminating import ends_terminating


@dataclass
class Decl:
    """One Go declaration and the Java lines it came from (for the source map and for
    stubbing a declaration that does not compile)."""

    go: str
    java_line: int  # 1-based first line of the Java declaration
    java_end: int
    kind: str  # type, method, func, var, const
    symbol: str  # Java qualified name + member ("a.B#m/2")
    gaps: list[str] = field(default_factory=list)


# Static initialisers per Go function (see Clinit below).
_CLINIT_CHUNK = 100


class Decls:
    def __init__(self, ctx: FileCtx) -> None:
        self.ctx = ctx
        self.st = Stmts(ctx)
        self.ex = self.st.ex
        self.calls = self.st.calls
        self.calls.anonymous_class = self.anonymous_creation
        self.st.local_class = self.local_class_stmt
        self.p = ctx.p
        self.out: list[Decl] = []
        self.captures: dict[ClassSym, list[Capture]] = {}

    # -- helpers ------------------------------------------------------------------------------
    def _guard(self, fn, sym: ClassSym, *args) -> None:  # type: ignore[no-untyped-def]
        """Runs one member's translation; a translator failure stubs that member (typed,
        with the reason) instead of losing the file."""
        saved = (self.ctx.m, self.ctx.scopes, self.ctx.pre)
        try:
            fn(sym, *args)
        except RecursionError:
            raise
        except Exception as exc:
            self.ctx.m, self.ctx.scopes, self.ctx.pre = saved
            what = f"translator error {type(exc).__name__}: {exc}".replace("\n", " ")[:150]
            m = next((a for a in args if isinstance(a, MethodSym)), None)
            self._stub_member(sym, m, what)

    def _stub_member(self, sym: ClassSym, m: MethodSym | None, what: str) -> None:
        mark = len(self.ctx.gaps)
        msg = self.ctx.gap(what)
        if m is None or m.is_ctor:
            self._emit(
                f"// {msg}", m.node if m else None, "func" if m else "support", sym.qname, mark
            )
            return
        try:
            state = self._enter(sym, m, m.static, m.ret or jt.VOID)
            state.go_tparams |= set(go_tparams(sym))
            params = self.params(m)
            ret = self._ret(m)
        except Exception:
            self._emit(f"// {msg}", m.node, "func", f"{sym.qname}#{m.name}/{m.arity}", mark)
            return
        body = f'{{\npanic("{msg}")\n}}'
        if m.static:
            head = (
                f"func {refs.func_ref(sym.qname, m.go_name)}{self._tparams_decl(m.tparams)}"
                f"({', '.join(params)}) {ret}"
            )
        else:
            recv = sym.go.receiver if sym.go else "x"
            head = (
                f"func ({recv} *{self.struct_name(sym)}{self._targs(go_tparams(sym))}) "
                f"{m.go_name}({', '.join(params)}) {ret}"
            )
        self._emit(
            head + body,
            m.node,
            "method" if not m.static else "func",
            f"{sym.qname}#{m.name}/{m.arity}",
            mark,
        )

    def _enter(
        self, sym: ClassSym, method: MethodSym | None, static: bool, ret: JType
    ) -> MethodState:
        scope = self.p.class_scope(sym)
        if method is not None and method.tparams:
            scope = TypeScope(scope.file, scope.cls, dict(scope.tvars))
            for tv in method.tparams:
                scope.tvars[tv.name] = tv
        go_tps = set(go_tparams(sym))
        erased: set[TypeVar] = set()
        if method is not None and method.tparams:
            if static or method.is_ctor:
                go_tps |= set(method.tparams)
            else:
                erased = set(method.tparams)
        recv = sym.go.receiver if sym.go else "t"
        m = MethodState(sym, method, static, ret, recv, scope, erased, go_tps)
        self.ctx.m = m
        # Captured locals of enclosing code read as the class's fields.
        base: dict[str, Local] = {}
        cur: ClassSym | None = sym
        path = recv
        while cur is not None and (cur.local or cur.anonymous):
            for c in self.ctx.captures.get(cur, []):
                if c.java not in base:
                    base[c.java] = Local(
                        c.local.go, c.local.jtype, c.local.gtype, 1, f"{path}.{c.field}"
                    )
            if not (cur.inner or cur.captures_this):
                break
            path += ".outer"
            cur = cur.outer
        self.ctx.scopes = [base]
        return m

    def _tparams_decl(self, tps: list[TypeVar]) -> str:
        if not tps:
            return ""
        return "[" + ", ".join(f"{tparam_name(tv)} any" for tv in tps) + "]"

    def _targs(self, tps: list[TypeVar]) -> str:
        return "[" + ", ".join(tparam_name(tv) for tv in tps) + "]" if tps else ""

    def _lines(self, node: Node | None) -> tuple[int, int]:
        if node is None:
            return 0, 0
        start = node
        prev = node.prev_named_sibling
        if prev is not None and prev.type == "block_comment" and text(prev).startswith("/**"):
            start = prev
        return start.start_point[0] + 1, node.end_point[0] + 1

    def _emit(self, go: str, node: Node | None, kind: str, symbol: str, gaps_from: int) -> None:
        a, b = self._lines(node)
        self.out.append(Decl(go, a, b, kind, symbol, self.ctx.gaps[gaps_from:]))

    def type_go(self, sym: ClassSym) -> str:
        """The Go type of `this` class as Java code names it, with its type parameters."""
        return self.ctx.go_type(ClassType(sym, tuple(TypeVarType(tv) for tv in sym.tparams)))

    def struct_name(self, sym: ClassSym) -> str:
        go = sym.go
        assert go is not None
        return refs.impl_ref(sym.qname) if go.is_iface else refs.type_ref(sym.qname)

    # -- entry ----------------------------------------------------------------------------------
    def type_decl(self, sym: ClassSym) -> None:
        if sym.anonymous or sym.local:
            return  # emitted where the code creates them
        if sym.is_interface:
            self.interface(sym)
        else:
            self.klass(sym)
        for nested in sym.nested.values():
            self.type_decl(nested)

    # -- interfaces -----------------------------------------------------------------------------
    def interface(self, sym: ClassSym) -> None:
        mark = len(self.ctx.gaps)
        self._enter(sym, None, True, jt.VOID)
        tps = go_tparams(sym)
        self.ctx.m.go_tparams = set(tps)  # type: ignore[union-attr]
        lines = []
        for sup in sym.interfaces:
            lines.append(self.ctx.go_type(sup))
        for m in sym.all_methods():
            if m.static or m.overrides is not None:
                continue
            lines.append(self.signature(m, sym))
        if _is_marker(sym):
            # A marker interface (also one extending only markers): a method of its own
            # keeps it nominal.
            lines.append(f"{_marker_method(sym)}()")
        doc = self.doc(
            sym, f"{sym.go.type_name if sym.go else sym.name} is the Java {sym.kind} {sym.qname}."
        )
        go = (
            f"{doc}\ntype {refs.type_ref(sym.qname)}{self._tparams_decl(tps)} interface {{\n"
            + "\n".join(lines)
            + "\n}"
        )
        self._emit(go, sym.node, "type", sym.qname, mark)
        for m in sym.all_methods():
            if m.is_default or (m.static and m.has_body):
                self.interface_func(sym, m)
        self.statics(sym)
        fm = self.p.functional_method(ClassType(sym, tuple(TypeVarType(tv) for tv in sym.tparams)))
        if fm is not None:
            self.func_adapter(sym, fm[0])

    def signature(self, m: MethodSym, sym: ClassSym) -> str:
        self._enter(sym, m, False, m.ret or jt.VOID)
        params = []
        for k, (n, t) in enumerate(zip(m.param_names, m.params, strict=True)):
            g = self.ctx.go_type(t)
            if m.varargs and k == m.arity - 1:
                g = "..." + g.removeprefix("[]")
            params.append(f"{self._pname(n, k)} {g}")
        ret = self.ctx.go_type(m.ret) if m.ret is not None and m.ret != jt.VOID else ""
        return f"{m.go_name}({', '.join(params)}) {ret}".rstrip()

    @staticmethod
    def _pname(n: str, k: int) -> str:
        from l2j_lsp.project import names

        return names.safe_local(n) if n else f"a{k}"

    def interface_func(self, sym: ClassSym, m: MethodSym) -> None:
        """A default method as a function of the interface value (or a static method)."""
        mark = len(self.ctx.gaps)
        state = self._enter(sym, m, m.static, m.ret or jt.VOID)
        tps = go_tparams(sym) if not m.static else []
        state.go_tparams |= set(tps)
        if not m.static:
            state.recv = "this"
        params = self.params(m)
        if not m.static:
            params.insert(0, f"this {self.type_go(sym)}")
        ret = self._ret(m)
        own_tps = tps + (m.tparams if m.static or not m.static else [])
        if not m.static:
            state.go_tparams |= set(m.tparams)
            state.erased = set()
        body = self.body(m)
        name = refs.func_ref(sym.qname, m.go_name)
        doc = self.doc_method(m)
        go = (
            f"{doc}\nfunc {name}{self._tparams_decl(own_tps)}({', '.join(params)}) {ret}{{\n"
            + "\n".join(body)
            + "\n}"
        )
        self._emit(
            go.replace(") {", ") {", 1), m.node, "func", f"{sym.qname}#{m.name}/{m.arity}", mark
        )

    def func_adapter(self, sym: ClassSym, m: MethodSym) -> None:
        """`type FooFunc func(...)`: lambdas and method references become values of it."""
        mark = len(self.ctx.gaps)
        self._enter(sym, m, False, m.ret or jt.VOID)
        tps = go_tparams(sym)
        self.ctx.m.go_tparams = set(tps)  # type: ignore[union-attr]
        ptypes = [self.ctx.go_type(t) for t in m.params]
        ret = self.ctx.go_type(m.ret) if m.ret is not None and m.ret != jt.VOID else ""
        name = refs.func_ref(sym.qname, "Func")
        args = ", ".join(f"a{k}" for k in range(len(ptypes)))
        params = ", ".join(f"a{k} {t}" for k, t in enumerate(ptypes))
        call = f"f({args})"
        lines = [
            f"// {sym.go.type_name if sym.go else sym.name}Func is a {sym.name} "
            "written as a function (a lambda).",
            f"type {name}{self._tparams_decl(tps)} func({', '.join(ptypes)}) {ret}".rstrip(),
            "",
            f"// {m.go_name} calls the function.",
            f"func (f {name}{self._targs(tps)}) {m.go_name}({params}) {ret} {{".replace(
                ")  {", ") {"
            ),
            f"return {call}" if ret else call,
            "}",
        ]
        # The interface's other (default) methods, so the func value satisfies it.
        for other in sym.all_methods():
            if other.is_default:
                self._enter(sym, other, False, other.ret or jt.VOID)
                self.ctx.m.go_tparams = set(tps)  # type: ignore[union-attr]
                ps = [f"a{k} {self.ctx.go_type(t)}" for k, t in enumerate(other.params)]
                r = (
                    self.ctx.go_type(other.ret)
                    if other.ret is not None and other.ret != jt.VOID
                    else ""
                )
                fn = refs.func_ref(sym.qname, other.go_name)
                call2 = f"{fn}({', '.join(['f', *[f'a{k}' for k in range(len(ps))]])})"
                lines += [
                    "",
                    (
                        f"func (f {name}{self._targs(tps)}) {other.go_name}({', '.join(ps)}) {r} {{"
                    ).replace(")  {", ") {"),
                    f"return {call2}" if r else call2,
                    "}",
                ]
        self._emit("\n".join(lines), None, "type", sym.qname + "#Func", mark)

    # -- classes --------------------------------------------------------------------------------
    def klass(self, sym: ClassSym, captures: list[Capture] | None = None) -> None:
        go = sym.go
        assert go is not None
        mark = len(self.ctx.gaps)
        self._enter(sym, None, True, jt.VOID)
        tps = go_tparams(sym)
        self.ctx.m.go_tparams = set(tps)  # type: ignore[union-attr]
        tdecl = self._tparams_decl(tps)
        targs = self._targs(tps)
        if go.is_iface:
            self.class_interface(sym, tdecl)
        fields: list[str] = []
        sup = sym.superclass
        if (
            sup is not None
            and sup.sym.qname not in ("java.lang.Object", "java.lang.Record")
            and not (sym.is_enum and sup.sym.qname == "java.lang.Enum")
        ):
            fields.append(self.embedded(sup))
        if sym.is_enum:
            fields.append("java.EnumImpl")
        if go.is_iface:
            fields.append(f"self {self.type_go(sym)}")
        if sym.inner and sym.outer is not None:
            fields.append(f"outer {self.outer_struct(sym.outer)}")
        for c in captures or []:
            fields.append(f"{c.field} {c.local.gtype}")
        for fs in sym.fields.values():
            if fs.static or fs.enum_constant:
                continue
            fields.append(f"{fs.go_name} {self.ctx.go_type(fs.type)}")
        if not fields:
            # Go gives zero-size values one shared address; Java objects are distinct.
            fields.append("_ byte // each object has its own address, as Java's identity needs")
        doc = self.doc(
            sym,
            f"{go.impl_name if go.is_iface else go.type_name} is the Java {sym.kind} {sym.qname}."
            if not sym.anonymous
            else f"{go.type_name} is an anonymous class in {sym.outer.qname if sym.outer else ''}.",
        )
        struct = (
            f"{doc}\ntype {self.struct_name(sym)}{tdecl} struct {{\n" + "\n".join(fields) + "\n}"
        )
        if not _static_only(sym):
            self._emit(struct, sym.node if not sym.anonymous else None, "type", sym.qname, mark)
        if go.is_iface:
            acc = f"As{go.type_name}"
            self._emit(
                f"// {acc} returns the {sym.name} part of the object.\n"
                f"func (x *{self.struct_name(sym)}{targs}) {acc}() "
                f"*{self.struct_name(sym)}{targs} {{\nreturn x\n}}",
                None,
                "support",
                f"{sym.qname}#As",
                len(self.ctx.gaps),
            )
        ctors: list[MethodSym | None] = list(sym.ctors) or [None]
        if _static_only(sym):
            ctors = []  # a holder of statics: Java code never builds one
        for ctor in ctors:
            self._guard(self.constructor, sym, ctor, captures or [])
        for m in sym.all_methods():
            if m.synthetic:
                continue  # an enum's values/valueOf: enum_extras writes them
            if m.static:
                self._guard(self.static_method, sym, m)
            elif m.has_body or (sym.is_record and m.node is None):
                self._guard(self.method, sym, m)
        self._guard(self.forwarders, sym)
        self._guard(self.class_name, sym)
        self._guard(self.marker_methods, sym)
        self._guard(lambda s: self._iterable_all(s), sym)
        if sym.is_enum:
            self._guard(self.enum_extras, sym)
        if sym.is_record:
            self._guard(self.record_extras, sym)
        self._guard(self.statics, sym)

    def class_interface(self, sym: ClassSym, tdecl: str) -> None:
        mark = len(self.ctx.gaps)
        go = sym.go
        assert go is not None
        lines = []
        sup = sym.superclass
        if (
            sup is not None
            and sup.sym.go is not None
            and sup.sym.go.is_iface
            and sup.sym.qname != "java.lang.Object"
        ):
            lines.append(self.ctx.go_type(sup))
        for i in sym.interfaces:
            lines.append(self.ctx.go_type(i))
        targs = self._targs(go_tparams(sym))
        lines.append(f"As{go.type_name}() *{refs.impl_ref(sym.qname)}{targs}")
        for m in sym.all_methods():
            if m.static or m.private or m.overrides is not None:
                continue
            lines.append(self.signature(m, sym))
            self._enter(sym, None, True, jt.VOID)
            self.ctx.m.go_tparams = set(go_tparams(sym))  # type: ignore[union-attr]
        doc = self.doc(
            sym,
            f"{go.type_name} is the Java {sym.kind} {sym.qname}: "
            f"any {sym.name}, subclasses included.",
        )
        self._emit(
            f"{doc}\ntype {refs.type_ref(sym.qname)}{tdecl} interface {{\n"
            + "\n".join(lines)
            + "\n}",
            sym.node,
            "type",
            sym.qname + "#iface",
            mark,
        )

    def embedded(self, sup: ClassType) -> str:
        ssym = sup.sym
        sgo = ssym.go
        assert sgo is not None
        args = self.ctx.targs(sup)
        ta = f"[{', '.join(args)}]" if args else ""
        if ssym.origin == "jdk":
            if sgo.is_iface:
                return f"java.{sgo.impl_name}{ta}"
            return f"*java.{sgo.type_name}{ta}"
        if sgo.is_iface:
            return f"{refs.impl_ref(ssym.qname)}{ta}"
        return f"{refs.type_ref(ssym.qname)}{ta}"

    def outer_struct(self, outer: ClassSym) -> str:
        tps = go_tparams(outer)
        return f"*{self.struct_name(outer)}{self._targs(tps)}"

    # -- constructors ---------------------------------------------------------------------------
    def constructor(self, sym: ClassSym, ctor: MethodSym | None, captures: list[Capture]) -> None:
        go = sym.go
        assert go is not None
        mark = len(self.ctx.gaps)
        k = ctor.ordinal if ctor is not None else 0
        suffix = str(k + 1) if k else ""
        state = self._enter(sym, ctor, False, jt.VOID)
        state.in_ctor = True
        tps = go_tparams(sym)
        state.go_tparams = set(tps)
        recv = state.recv
        targs = self._targs(tps)
        struct = f"{self.struct_name(sym)}{targs}"
        params = self.params(ctor) if ctor is not None else []
        if sym.anonymous:
            # An anonymous class takes its superclass constructor's arguments.
            params = [f"a{j} {pg}" for j, (_, pg) in enumerate(self.ctx.anon_super.get(sym, []))]
        pnames = [p.split(" ", 1)[0] for p in params]
        pre_params: list[str] = []
        pre_names: list[str] = []
        if sym.is_enum or (
            sym.anonymous
            and sym.outer is not None
            and sym.outer.is_enum
            and sym.superclass is not None
            and sym.superclass.sym is sym.outer
        ):
            pre_params += ["javaName string", "javaOrdinal int32"]
            pre_names += ["javaName", "javaOrdinal"]
        if sym.inner and sym.outer is not None:
            pre_params.append(f"outer {self.outer_struct(sym.outer)}")
            pre_names.append("outer")
        for c in captures:
            pre_params.append(f"{c.field} {c.local.gtype}")
            pre_names.append(c.field)
        init_name = f"Init{go.type_name}{suffix}"
        self_param = [f"self {self.type_go(sym)}"] if go.is_iface else []
        body: list[str] = []
        if go.is_iface:
            body.append(f"{recv}.self = self")
        # A String field is null until something sets it, already while the superclass's
        # constructor runs (Go's zero "" is not Java's null).
        for fs in sym.fields.values():
            if fs.static or fs.enum_constant or self.ctx.go_type(fs.type) != "string":
                continue
            if self.ctx.statics.constant(fs) is None:
                body.append(f"{recv}.{fs.go_name} = java.NullString")
        if sym.is_enum:
            body.append(f"{recv}.InitEnum(javaName, javaOrdinal)")
        if sym.inner:
            body.append(f"{recv}.outer = outer")
        for c in captures:
            body.append(f"{recv}.{c.field} = {c.field}")
        explicit = self._explicit_call(ctor)
        self_value = "self" if go.is_iface else recv
        if explicit is not None and text(explicit.child_by_field_name("constructor")) == "this":
            body += self._this_call(sym, explicit, self_value, pre_names)
        else:
            if sym.anonymous:
                body += self._anon_super_call(sym, self_value, pre_names, pnames)
            else:
                body += self._super_call(sym, explicit, self_value)
            body += self.field_inits(sym)
        if ctor is not None:
            body += self.body(ctor, skip_explicit=True)
        if sym.is_record and (
            ctor is None or ctor.node is None or ctor.node.type == "compact_constructor_declaration"
        ):
            # The implicit canonical constructor, or a compact one's implicit end.
            body += [
                f"{recv}.{f.go_name} = {names_safe(f.name)}"
                for f in sym.fields.values()
                if not f.static
            ]
        init = (
            f"// {init_name} runs the constructor {self._ctor_desc(sym, ctor)} on {recv}.\n"
            f"func ({recv} *{struct}) "
            f"{init_name}({', '.join(self_param + pre_params + params)}) {{\n"
            + "\n".join(body)
            + "\n}"
        )
        new_name = refs.func_ref(sym.qname, "New" + suffix)
        clinit = [f"{refs.func_ref(sym.qname, 'Clinit')}()"] if self.ctx.statics.lazy(sym) else []
        call_args = ", ".join((["this"] if go.is_iface else []) + pre_names + pnames)
        new = (
            f"// New{go.type_name}{suffix} is the Java constructor {self._ctor_desc(sym, ctor)}.\n"
            f"func {new_name}{self._tparams_decl(tps + (ctor.tparams if ctor else []))}"
            f"({', '.join(pre_params + params)}) *{struct} {{\n"
            + "\n".join(
                [*clinit, f"this := &{struct}{{}}", f"this.{init_name}({call_args})", "return this"]
            )
            + "\n}"
        )
        if sym.is_abstract:
            new = ""
        node = ctor.node if ctor is not None else None
        self._emit(
            new + ("\n\n" if new else "") + init,
            node,
            "func",
            f"{sym.qname}#<init>/{ctor.arity if ctor else 0}",
            mark,
        )

    def _anon_super_call(
        self, sym: ClassSym, self_value: str, pre_names: list[str], pnames: list[str]
    ) -> list[str]:
        sup = sym.superclass
        if sup is None or sup.sym.qname == "java.lang.Object":
            return []
        ssym = sup.sym
        sgo = ssym.go
        assert sgo is not None
        recv = self.ctx.m.recv if self.ctx.m else "r"
        chosen = self.ctx.anon_ctor.get(sym)
        k = chosen.ordinal if chosen is not None else 0
        field = sgo.impl_name if sgo.is_iface else sgo.type_name
        if ssym.is_enum and sym.outer is ssym:
            # An enum constant's body: the enum's constructor with its name and ordinal.
            init = f"Init{sgo.type_name}{str(k + 1) if k else ''}"
            return [
                f"{recv}.{field}.{init}"
                f"({', '.join([self_value, 'javaName', 'javaOrdinal', *pnames])})"
            ]
        if ssym.origin == "jdk" and not sgo.is_iface:
            return self._jdk_super(sup, chosen, pnames, recv, self_value)
        init = f"Init{sgo.type_name}{str(k + 1) if k else ''}"
        first = [self_value] if sgo.is_iface else []
        outer_arg: list[str] = []
        if ssym.inner and ssym.outer is not None:
            outer_arg = [self.ctx.this_value(ssym.outer).removesuffix(".self")]
        return [f"{recv}.{field}.{init}({', '.join(first + outer_arg + pnames)})"]

    def _jdk_super(
        self, sup: ClassType, ctor: MethodSym | None, vals: list[str], recv: str, self_value: str
    ) -> list[str]:
        """A JDK superclass the runtime has as a struct: the constructor the stub maps
        (`new LinkedHashMap<>(16, 0.75f, true)`), embedded; then, for a type whose protected
        hooks subclasses override (@GoSelf: removeEldestEntry), the subclass object handed
        to it, so the runtime's own code calls the overrides."""
        ssym = sup.sym
        sgo = ssym.go
        assert sgo is not None
        if ctor is not None and ctor.template:
            binding = self.p.binding(sup) if sup.args else {}
            made = self.calls.fill(ctor.template, "", vals, ssym, binding, None, ctor)
        else:
            targs = self.ctx.targs(sup)
            ta = f"[{', '.join(targs)}]" if targs else ""
            made = f"java.New{sgo.type_name}{ta}({', '.join(vals)})"
        out = [f"{recv}.{sgo.type_name} = {made}"]
        if "GoSelf" in ssym.annotations:
            out.append(f"{recv}.{sgo.type_name}.InitSelf({self_value})")
        return out

    def _ctor_desc(self, sym: ClassSym, ctor: MethodSym | None) -> str:
        ps = ", ".join(repr(t).rsplit(".", 1)[-1] for t in (ctor.params if ctor else []))
        return f"{sym.name or 'anonymous'}({ps})"

    def _explicit_call(self, ctor: MethodSym | None) -> Node | None:
        body = ctor.body if ctor is not None else None
        if body is None:
            return None
        for c in body.named_children:
            if c.type == "explicit_constructor_invocation":
                return c
            if c.type not in ("line_comment", "block_comment"):
                return None
        return None

    def _this_call(
        self, sym: ClassSym, call: Node, self_value: str, pre_names: list[str]
    ) -> list[str]:
        args = call.child_by_field_name("arguments")
        arg_nodes = [
            a
            for a in (args.named_children if args else [])
            if a.type not in ("line_comment", "block_comment")
        ]
        cands: list[tuple[MethodSym, dict[TypeVar, JType]]] = [(c, {}) for c in sym.ctors]
        chosen, vals = self.calls.ctor_call_args(cands, arg_nodes)
        if chosen is None:
            return [self.ex.unsupported(call, "this(...) call").text]
        k = chosen[0].ordinal
        go = sym.go
        assert go is not None
        name = f"Init{go.type_name}{str(k + 1) if k else ''}"
        first = [self_value] if go.is_iface else []
        pre = self.ctx.pre
        self.ctx.pre = []
        recv = self.ctx.m.recv if self.ctx.m else "r"
        return [*pre, f"{recv}.{name}({', '.join(first + pre_names + vals)})"]

    def _super_call(self, sym: ClassSym, call: Node | None, self_value: str) -> list[str]:
        sup = sym.superclass
        if sup is None or sup.sym.qname in ("java.lang.Object", "java.lang.Record"):
            return []
        ssym = sup.sym
        if sym.is_enum and ssym.qname == "java.lang.Enum":
            return []
        sgo = ssym.go
        assert sgo is not None
        arg_nodes: list[Node] = []
        if call is not None:
            args = call.child_by_field_name("arguments")
            arg_nodes = [
                a
                for a in (args.named_children if args else [])
                if a.type not in ("line_comment", "block_comment")
            ]
        binding = self.p.binding(sup) if sup.args else {}
        cands = [(c, binding) for c in ssym.ctors]
        chosen, vals = self.calls.ctor_call_args(cands, arg_nodes)
        k = chosen[0].ordinal if chosen is not None else 0
        field = sgo.impl_name if sgo.is_iface else sgo.type_name
        pre = self.ctx.pre
        self.ctx.pre = []
        recv = self.ctx.m.recv if self.ctx.m else "r"
        if ssym.origin == "jdk" and not sgo.is_iface:
            ctor = chosen[0] if chosen is not None else None
            return [*pre, *self._jdk_super(sup, ctor, vals, recv, self_value)]
        if ssym.origin == "library":
            return [*pre, f"{recv}.{field}.Init{sgo.type_name}({', '.join([self_value, *vals])})"]
        init = f"Init{sgo.type_name}{str(k + 1) if k else ''}"
        first = [self_value] if sgo.is_iface else []
        outer_arg: list[str] = []
        if ssym.inner and ssym.outer is not None:
            outer_arg = [self.ctx.this_value(ssym.outer).removesuffix(".self")]
        return [*pre, f"{recv}.{field}.{init}({', '.join(first + outer_arg + vals)})"]

    def field_inits(self, sym: ClassSym) -> list[str]:
        """Instance field initialisers and initialiser blocks, in source order."""
        body = (
            sym.node
            if sym.anonymous
            else (sym.node.child_by_field_name("body") if sym.node is not None else None)
        )
        out: list[str] = []
        members = list(body.named_children) if body is not None else []
        expanded: list[Node] = []
        for mnode in members:
            if mnode.type == "enum_body_declarations":
                expanded += mnode.named_children
            else:
                expanded.append(mnode)
        for mnode in expanded:
            if mnode.type == "field_declaration":
                mods = text(mnode).split("=")[0].split()
                if "static" in mods:
                    continue
                for d in mnode.children_by_field_name("declarator"):
                    fs = sym.fields.get(text(d.child_by_field_name("name")))
                    v = d.child_by_field_name("value")
                    if fs is None or v is None or fs.static:
                        continue
                    g = self.ctx.go_type(fs.type)
                    if v.type == "array_initializer":
                        val = self.ex.array_init(v, fs.type or jt.UNKNOWN).text
                    else:
                        val = self.ex.value(v, fs.type or jt.UNKNOWN, g)
                    pre = self.ctx.pre
                    self.ctx.pre = []
                    recv = self.ctx.m.recv if self.ctx.m else "r"
                    out += [*pre, f"{recv}.{fs.go_name} = {unparen(val)}"]
            elif mnode.type == "block":
                out += ["{", *self.st.block_lines(mnode), "}"]
        return out

    # -- methods --------------------------------------------------------------------------------
    def params(self, m: MethodSym) -> list[str]:
        out = []
        for k, (n, t) in enumerate(zip(m.param_names, m.params, strict=True)):
            g = self.ctx.go_type(t)
            go = self.ctx.declare(n or f"a{k}", t, g)
            loc = self.ctx.local(n)
            if loc is not None:
                loc.reads = 1  # parameters may go unused in Go
            if m.varargs and k == m.arity - 1:
                g = "..." + g.removeprefix("[]")
            out.append(f"{go} {g}")
        return out

    def _ret(self, m: MethodSym) -> str:
        if m.ret is None or m.ret == jt.VOID:
            return ""
        return self.ctx.go_type(self._root_ret(m)) + " "

    def _root_ret(self, m: MethodSym) -> JType:
        """Go keeps the overridden method's result type (Java allows a narrower one)."""
        root = m
        while root.overrides is not None:
            root = root.overrides
        if root is m or root.ret is None:
            return m.ret or jt.VOID
        # The root's type seen from this class (its type variables bound).
        anc = self.p.as_super(
            ClassType(m.owner, tuple(TypeVarType(tv) for tv in m.owner.tparams)), root.owner
        )
        binding = self.p.binding(anc) if anc is not None else {}
        if isinstance(root.ret, TypeVarType) and root.ret.var in binding:
            return binding[root.ret.var]
        return jt.substitute(root.ret, binding)

    def body(self, m: MethodSym, skip_explicit: bool = False) -> list[str]:
        node = m.body
        if node is None:
            return []
        lines: list[str] = []
        for c in node.named_children:
            if skip_explicit and c.type == "explicit_constructor_invocation":
                continue
            lines += self.st.stmt(c)
        self.st._close_scope(lines)
        if not m.is_ctor and m.ret not in (None, jt.VOID) and not ends_terminating(lines):
            # Java proved the end unreachable (a switch over every enum constant, a loop
            # that only returns); Go's terminating-statement rule cannot.
            lines.append('panic("unreachable")')
        return lines

    def method(self, sym: ClassSym, m: MethodSym) -> None:
        mark = len(self.ctx.gaps)
        go = sym.go
        assert go is not None
        state = self._enter(sym, m, False, self._root_ret(m))
        state.go_tparams = set(go_tparams(sym))
        params = self.params(m)
        ret = self._ret(m)
        targs = self._targs(go_tparams(sym))
        if m.node is None and sym.is_record:
            fs = sym.fields.get(m.name)
            body = [
                f"return {state.recv}.{fs.go_name}" if fs is not None else 'panic("unreachable")'
            ]
        else:
            body = self.body(m)
        if "synchronized" in m.mods:
            body.insert(0, f"defer java.Lock({self.ctx.this_value()})()")
        recv = go.receiver
        doc = self.doc_method(m)
        go_text = (
            f"{doc}\nfunc ({recv} *{self.struct_name(sym)}{targs}) "
            f"{m.go_name}({', '.join(params)}) {ret}{{\n" + "\n".join(body) + "\n}"
        )
        self._emit(go_text, m.node, "method", f"{sym.qname}#{m.name}/{m.arity}", mark)

    def static_method(self, sym: ClassSym, m: MethodSym) -> None:
        mark = len(self.ctx.gaps)
        state = self._enter(sym, m, True, m.ret or jt.VOID)
        state.go_tparams = set(m.tparams)
        params = self.params(m)
        ret = self._ret(m)
        body = self.body(m)
        if "synchronized" in m.mods:
            body.insert(0, f"defer java.Lock({go_string(sym.qname)})()")
        if self.ctx.statics.lazy(sym):
            body.insert(0, f"{refs.func_ref(sym.qname, 'Clinit')}()")
        name = refs.func_ref(sym.qname, m.go_name)
        doc = self.doc_method(m)
        go_text = (
            f"{doc}\nfunc {name}{self._tparams_decl(m.tparams)}({', '.join(params)}) {ret}{{\n"
            + "\n".join(body)
            + "\n}"
        )
        self._emit(go_text, m.node, "func", f"{sym.qname}#{m.name}/{m.arity}", mark)

    def forwarders(self, sym: ClassSym) -> None:
        """Interface default methods the class inherits but does not define: a method that
        forwards to the interface's function, so the struct satisfies the interface."""
        have = self._implemented(sym)
        seen: set[str] = set()
        for anc in list(
            self.p.ancestors(ClassType(sym, tuple(TypeVarType(tv) for tv in sym.tparams)))
        )[1:]:
            if not anc.sym.is_interface:
                continue
            for m in anc.sym.all_methods():
                if not m.is_default or m.go_name in have or m.go_name in seen:
                    continue
                if anc.sym.origin == "jdk" and naming.runtime_function(m):
                    continue
                if self._superclass_has(sym, m):
                    continue
                seen.add(m.go_name)
                self._forward(sym, anc, m)

    def marker_methods(self, sym: ClassSym) -> None:
        """The method of each marker interface (one with no methods: `sealed interface
        Shape permits Circle, Rect {}`) the class implements and its superclass does not,
        so that a Circle is a Shape in Go too."""
        if _static_only(sym):
            return
        self_t = ClassType(sym, tuple(TypeVarType(tv) for tv in sym.tparams))
        sup = sym.superclass
        for anc in list(self.p.ancestors(self_t))[1:]:
            if anc.sym.origin != "source" or not _is_marker(anc.sym):
                continue
            if sup is not None and self.p.as_super(sup, anc.sym) is not None:
                continue  # the embedded superclass struct has it
            state = self._enter(sym, None, False, jt.VOID)
            name = _marker_method(anc.sym)
            self._emit(
                f"// {name} marks the {sym.name or 'object'} as a {anc.sym.name}.\n"
                f"func ({state.recv} *{self.struct_name(sym)}"
                f"{self._targs(go_tparams(sym))}) {name}() {{}}",
                None,
                "support",
                f"{sym.qname}#{name}",
                len(self.ctx.gaps),
            )

    def class_name(self, sym: ClassSym) -> None:
        """JavaClassName: what getClass().getName() says in Java (`pkg.Outer$Inner`)."""
        if _static_only(sym):
            return
        state = self._enter(sym, None, False, jt.VOID)
        targs = self._targs(go_tparams(sym))
        self._emit(
            f"// JavaClassName is the Java class's name (getClass().getName()).\n"
            f"func ({state.recv} *{self.struct_name(sym)}{targs}) JavaClassName() string {{\n"
            f"return {go_string(sym.binary_name)}\n}}",
            None,
            "support",
            sym.qname + "#JavaClassName",
            len(self.ctx.gaps),
        )

    def _iterable_all(self, sym: ClassSym) -> None:
        """A class implementing Iterable gets All(), Go's form of the for-each loop."""
        it = self.p.classes.get("java.lang.Iterable")
        if it is None or sym.is_interface:
            return
        self_t = ClassType(sym, tuple(TypeVarType(tv) for tv in sym.tparams))
        seen = self.p.as_super(self_t, it)
        sup = sym.superclass
        if seen is None or (sup is not None and self.p.as_super(sup, it) is not None):
            return  # not Iterable, or the superclass already has All
        mark = len(self.ctx.gaps)
        state = self._enter(sym, None, False, jt.VOID)
        state.go_tparams = set(go_tparams(sym))
        elem = self.ctx.go_type(seen.args[0] if seen.args else self.p.object_type)
        recv = state.recv
        targs = self._targs(go_tparams(sym))
        self._emit(
            f"// All ranges over the {sym.name or 'object'} as Java's for-each loop does.\n"
            f"func ({recv} *{self.struct_name(sym)}{targs}) All() iter.Seq[{elem}] {{\n"
            f"return java.IterableAll[{elem}]({self.ctx.this_value()})\n}}",
            None,
            "support",
            sym.qname + "#All",
            mark,
        )
        self.ctx.std_imports.add("iter")

    def _implemented(self, sym: ClassSym) -> set[str]:
        return {
            m.go_name for m in sym.all_methods() if not m.static and (m.has_body or m.node is None)
        }

    def _superclass_has(self, sym: ClassSym, m: MethodSym) -> bool:
        sup = sym.superclass
        while sup is not None and sup.sym.qname != "java.lang.Object":
            s = sup.sym
            if any(x.go_name == m.go_name and not x.static for x in s.all_methods() if x.has_body):
                return True
            if any(self.p.is_subclass(s, m.owner) for _ in [0]) and s.origin == "source":
                return True  # the superclass forwards it already
            if s.origin == "jdk" and self.p.is_subclass(s, m.owner):
                return True  # the runtime's type has every method of its interfaces
            sup = s.superclass
        return False

    def _forward(self, sym: ClassSym, iface: ClassType, m: MethodSym) -> None:
        mark = len(self.ctx.gaps)
        go = sym.go
        assert go is not None
        state = self._enter(sym, m, False, m.ret or jt.VOID)
        state.go_tparams = set(go_tparams(sym))
        binding = self.p.binding(iface)
        ps = []
        names_ = []
        for k, t in enumerate(m.params):
            g = self.ctx.go_type(jt.substitute(t, binding))
            ps.append(f"a{k} {g}")
            names_.append(f"a{k}")
        r = (
            self.ctx.go_type(jt.substitute(m.ret, binding))
            if m.ret is not None and m.ret != jt.VOID
            else ""
        )
        if iface.sym.origin == "jdk":
            fn = f"java.{iface.sym.go.type_name if iface.sym.go else iface.sym.name}{m.go_name}"
        else:
            fn = refs.func_ref(iface.sym.qname, m.go_name)
            if m.tparams:
                # A generic default method behind a Go method (which cannot be generic):
                # its type parameters at their erasure, as Java's bridge sees them.
                fn += "[" + ", ".join(self.ctx.tvar_go(tv) for tv in m.tparams) + "]"
        call = f"{fn}({', '.join([self.ctx.this_value(), *names_])})"
        recv = go.receiver
        targs = self._targs(go_tparams(sym))
        text_ = (
            f"func ({recv} *{self.struct_name(sym)}{targs}) {m.go_name}({', '.join(ps)}) {r} {{\n"
            f"{'return ' if r else ''}{call}\n}}"
        ).replace(")  {", ") {")
        text_ = text_.replace(f"{go.receiver}.self", f"{recv}.self")
        self._emit(
            f"// {m.go_name} is {iface.sym.name}'s default method.\n" + text_,
            None,
            "support",
            f"{sym.qname}#{m.name}/{m.arity}",
            mark,
        )

    # -- statics --------------------------------------------------------------------------------
    def statics(self, sym: ClassSym) -> None:
        """Static fields as package-level constants and variables, and the class's
        initialisation: by Go's package init when its initialisers are plain values, else
        in a Clinit function run on first use, in Java's (source) order."""
        ctx = self.ctx
        lazy = ctx.statics.lazy(sym)
        mark = len(ctx.gaps)
        self._enter(sym, None, True, jt.VOID)
        decls: list[str] = []
        # (source position, statements) of each initialiser, static block, enum constant.
        init: list[tuple[int, list[str]]] = []
        for fs in sym.fields.values():
            if not fs.static:
                continue
            name = refs.func_ref(sym.qname, fs.go_name)
            g = ctx.go_type(fs.type)
            if fs.enum_constant:
                decls.append(f"var {name} {g}")
                continue
            const = ctx.statics.constant(fs)
            if const is not None and (
                isinstance(fs.type, jt.Prim) or jt.is_string(fs.type or jt.UNKNOWN)
            ):
                decls.append(
                    f"const {name} {g} = {self.ex.const_text(const, fs.type or jt.UNKNOWN)}"
                )
                continue
            v = fs.init
            if v is None:
                null = " = java.NullString" if g == "string" else ""
                decls.append(f"var {name} {g}{null}")
                continue
            val = (
                self.ex.array_init(v, fs.type or jt.UNKNOWN).text
                if v.type == "array_initializer"
                else self.ex.value(v, fs.type or jt.UNKNOWN, g)
            )
            pre = ctx.pre
            ctx.pre = []
            if lazy:
                decls.append(f"var {name} {g}")
                pos = fs.node.start_byte if fs.node is not None else 0
                init.append((pos, [*pre, f"{name} = {unparen(val)}"]))
            else:
                decls.append(f"var {name} {g} = {unparen(val)}")
        if sym.is_enum:
            init += self.enum_constants(sym, decls, lazy)
        body = (
            sym.node
            if sym.anonymous
            else (sym.node.child_by_field_name("body") if sym.node is not None else None)
        )
        for member in self._members(body):
            if member.type == "static_initializer":
                self._enter(sym, None, True, jt.VOID)
                block = self.st.block_lines(member.named_children[-1])
                init.append((member.start_byte, ["{", *block, "}"]))
        if lazy:
            once = refs.func_ref(sym.qname, "Once")
            sup = sym.superclass
            first = []
            if sup is not None and sup.sym.origin == "source" and ctx.statics.lazy(sup.sym):
                first.append(f"{refs.func_ref(sup.sym.qname, 'Clinit')}()")
            units = [lines for _, lines in sorted(init, key=lambda x: x[0])]
            tname = sym.go.type_name if sym.go else sym.name
            decls.append(f"var {once} java.Once")
            if len(units) > _CLINIT_CHUNK:
                # Thousands of constants in one function (L2J's NpcStringId) make the Go
                # compiler's memory grow past 20 GB: run them in parts, in source order.
                parts = []
                for k in range(0, len(units), _CLINIT_CHUNK):
                    part = refs.func_ref(sym.qname, f"clinitPart{k // _CLINIT_CHUNK + 1}")
                    chunk = [line for lines in units[k : k + _CLINIT_CHUNK] for line in lines]
                    decls.append(f"func {part}() {{\n" + "\n".join(chunk) + "\n}")
                    parts.append(f"{part}()")
                ordered = parts
            else:
                ordered = [line for lines in units for line in lines]
            decls.append(
                f"// {tname}Clinit initialises the class's statics on first use, as Java does.\n"
                f"func {refs.func_ref(sym.qname, 'Clinit')}() {{\n{once}.Do(func() {{\n"
                + "\n".join([*first, *ordered])
                + "\n})\n}"
            )
        if decls:
            self._emit("\n\n".join(decls), None, "var", sym.qname + "#statics", mark)

    @staticmethod
    def _members(body: Node | None) -> list[Node]:
        out: list[Node] = []
        for c in body.named_children if body is not None else []:
            if c.type == "enum_body_declarations":
                out += c.named_children
            else:
                out.append(c)
        return out

    # -- enums ----------------------------------------------------------------------------------
    def enum_constants(
        self, sym: ClassSym, decls: list[str], lazy: bool
    ) -> list[tuple[int, list[str]]]:
        """Each constant built by the enum's constructor: at package init, or (lazy) in
        Clinit; returns the lazy ones' statements with their source positions."""
        init: list[tuple[int, list[str]]] = []
        ctx = self.ctx
        for k, fs in enumerate(sym.enum_constants):
            name = refs.func_ref(sym.qname, fs.go_name)
            node = fs.node
            assert node is not None
            args_node = node.child_by_field_name("arguments")
            arg_nodes = [
                a
                for a in (args_node.named_children if args_node else [])
                if a.type not in ("line_comment", "block_comment")
            ]
            body = node.child_by_field_name("body")
            self._enter(sym, None, True, jt.VOID)
            if body is not None:
                anon = (
                    next(
                        (
                            c
                            for c in sym.file.all_types
                            if c.node is not None and c.node.id == body.id
                        ),
                        None,
                    )
                    if sym.file
                    else None
                )
                if anon is None:
                    continue
                value = self._anon_class(anon, ClassType(sym), arg_nodes, enum=(fs.name, k))
                val = value.text
            else:
                exprs = [self.ex.expr(a) for a in arg_nodes]
                ctors: list[tuple[MethodSym, dict[TypeVar, JType]]] = [(c, {}) for c in sym.ctors]
                chosen = self.ex.ty.choose(ctors, [e.jtype for e in exprs]) if ctors else None
                vals = [unparen(e.text) for e in exprs]
                if chosen is not None:
                    params = self.calls._param_types(chosen[0], {}, len(arg_nodes))
                    vals = [
                        unparen(self.ex.convert(e, pt, pg))
                        for e, (pt, pg) in zip(exprs, params, strict=False)
                    ]
                kk = chosen[0].ordinal if chosen is not None else 0
                fn = refs.func_ref(sym.qname, "New" + (str(kk + 1) if kk else ""))
                val = f"{fn}({', '.join([go_string(fs.name), str(k), *vals])})"
            if lazy:
                pre = ctx.pre
                ctx.pre = []
                init.append((node.start_byte, [*pre, f"{name} = {val}"]))
            else:
                decls[decls.index(f"var {name} {ctx.go_type(fs.type)}")] = f"var {name} = {val}"
        return init

    def enum_extras(self, sym: ClassSym) -> None:
        mark = len(self.ctx.gaps)
        self._enter(sym, None, True, jt.VOID)
        g = self.type_go(sym)
        vals = ", ".join(refs.func_ref(sym.qname, fs.go_name) for fs in sym.enum_constants)
        clinit = f"{refs.func_ref(sym.qname, 'Clinit')}()\n" if self.ctx.statics.lazy(sym) else ""
        tname = sym.go.type_name if sym.go else sym.name
        out = [
            f"// {tname}Values is {sym.name}.values().",
            f"func {refs.func_ref(sym.qname, 'Values')}() []{g} {{\n"
            f"{clinit}return []{g}{{{vals}}}\n}}",
            "",
            f"// {tname}ValueOf is {sym.name}.valueOf(name).",
            f"func {refs.func_ref(sym.qname, 'ValueOf')}(name string) {g} {{\n"
            f"return java.EnumValueOf({refs.func_ref(sym.qname, 'Values')}(), name, "
            f"{go_string(sym.qname)})\n}}",
            "",
            "// EnumSet.allOf, complementOf, range and Enum.valueOf(Class, String) need every"
            " constant.",
            f"func init() {{\njava.RegisterEnumValues({go_string(sym.qname)}, "
            f"{refs.func_ref(sym.qname, 'Values')})\n}}",
        ]
        self._emit("\n".join(out), None, "support", sym.qname + "#values", mark)

    # -- records --------------------------------------------------------------------------------
    def record_extras(self, sym: ClassSym) -> None:
        mark = len(self.ctx.gaps)
        recv = sym.go.receiver if sym.go else "r"
        struct = self.struct_name(sym)
        have = {m.name for m in sym.all_methods() if m.node is not None}
        comps = [f for f in sym.fields.values() if not f.static]
        parts = ' + ", " + '.join(f'"{f.name}=" + {self._str_of(f, recv)}' for f in comps)
        out = []
        if "toString" not in have:
            body = f'"{sym.name}[" + {parts} + "]"' if comps else f'"{sym.name}[]"'
            out.append(
                f"// String is the record's toString.\n"
                f"func ({recv} *{struct}) String() string {{\nreturn {body}\n}}"
            )
        if "equals" not in have:
            conds = (
                " && ".join(f"java.Equals({recv}.{f.go_name}, o.{f.go_name})" for f in comps)
                or "true"
            )
            out.append(
                f"// Equals compares the record's components.\n"
                f"func ({recv} *{struct}) Equals(other any) bool {{\n"
                f"o, ok := other.(*{struct})\nreturn ok && o != nil && {conds}\n}}"
            )
        if "hashCode" not in have:
            hs = " + ".join(f"31*java.HashCode({recv}.{f.go_name})" for f in comps) or "0"
            out.append(
                f"// HashCode combines the components' hash codes.\n"
                f"func ({recv} *{struct}) HashCode() int32 {{\nreturn {hs}\n}}"
            )
        if out:
            self._emit("\n\n".join(out), None, "support", sym.qname + "#record", mark)

    def _str_of(self, f: FieldSym, recv: str) -> str:
        self._enter(f.owner, None, False, jt.VOID)
        e = GoExpr(f"{recv}.{f.go_name}", f.type or jt.UNKNOWN, self.ctx.go_type(f.type))
        return self.ex.jstr(e)

    # -- anonymous and local classes ------------------------------------------------------------
    def anonymous_creation(
        self, node: Node, t: ClassType, arg_nodes: list[Node], body: Node
    ) -> GoExpr:
        anon = next(
            (c for c in self.ctx.file.all_types if c.node is not None and c.node.id == body.id),
            None,
        )
        if anon is None:
            return self.ex.unsupported(node, "anonymous class")
        return self._anon_class(anon, t, arg_nodes)

    def _anon_class(
        self,
        anon: ClassSym,
        t: ClassType,
        arg_nodes: list[Node],
        enum: tuple[str, int] | None = None,
    ) -> GoExpr:
        """Declares the anonymous class (once) and returns the expression creating it."""
        ctx = self.ctx
        if t.args:
            # `new ThreadLocal<>() {...}`: the supertype's arguments come from the context.
            if (
                anon.superclass is not None
                and anon.superclass.sym is t.sym
                and not anon.superclass.args
            ):
                anon.superclass = t
            anon.interfaces = [t if i.sym is t.sym and not i.args else i for i in anon.interfaces]
        outer_state = ctx.m
        outer_scopes = ctx.scopes
        # Arguments of the superclass constructor are evaluated where the class is created.
        arg_vals: list[GoExpr] = [self.ex.expr(a) for a in arg_nodes]
        outer_pre = ctx.pre
        sup = anon.superclass
        vals = [unparen(e.text) for e in arg_vals]
        params: list[tuple[JType, str]] = [(e.jtype, e.gtype) for e in arg_vals]
        chosen = None
        if sup is not None and sup.sym.ctors:
            binding = self.p.binding(sup) if sup.args else {}
            cands = [(c, binding) for c in sup.sym.ctors]
            picked = self.ex.ty.choose(cands, [e.jtype for e in arg_vals])
            if picked is not None:
                chosen = picked[0]
                params = self.calls._param_types(chosen, binding, len(arg_vals))
                vals = [
                    unparen(self.ex.convert(e, pt, pg))
                    for e, (pt, pg) in zip(arg_vals, params, strict=False)
                ]
        if anon not in ctx.captures:
            captures = self._find_captures(anon, outer_scopes)
            ctx.captures[anon] = captures
            ctx.anon_super[anon] = params
            ctx.anon_ctor[anon] = chosen
            self.declare_local_class(anon, captures)
            ctx.m = outer_state
            ctx.scopes = outer_scopes
        captures = ctx.captures[anon]
        ctx.pre = outer_pre
        go = anon.go
        assert go is not None
        pre: list[str] = []
        if enum is not None:
            pre = [go_string(enum[0]), str(enum[1])]
        if anon.inner and anon.outer is not None:
            pre.append(ctx.this_value(anon.outer).removesuffix(".self"))
        pre += self.capture_values(captures)
        targs = (
            ctx.targs(ClassType(anon, tuple(TypeVarType(tv) for tv in anon.tparams)))
            if go_tparams(anon)
            else []
        )
        ta = f"[{', '.join(targs)}]" if targs else ""
        fn = refs.func_ref(anon.qname, "New")
        struct_g = (
            ctx.impl_go(ClassType(anon)) if go.is_iface else f"*{refs.type_ref(anon.qname)}{ta}"
        )
        return GoExpr(f"{fn}{ta}({', '.join(pre + vals)})", t, struct_g, nonnull=True)

    def capture_values(self, captures: list[Capture]) -> list[str]:
        return self.ctx.capture_args(captures)

    def declare_local_class(self, sym: ClassSym, captures: list[Capture]) -> None:
        """Emits a local or anonymous class's declarations beside the file's types."""
        ctx = self.ctx
        saved = (ctx.m, ctx.scopes, ctx.pre)
        try:
            self.klass(sym, captures)
        finally:
            ctx.m, ctx.scopes, ctx.pre = saved

    def local_class_stmt(self, node: Node) -> list[str]:
        """A class declared in a method body: declared once, its captured locals recorded
        for the places that create it."""
        sym = next(
            (c for c in self.ctx.file.all_types if c.node is not None and c.node.id == node.id),
            None,
        )
        if sym is None or sym in self.ctx.captures:
            return []
        captures = self._find_captures(sym, self.ctx.scopes)
        self.ctx.captures[sym] = captures
        self.declare_local_class(sym, captures)
        return []

    def _find_captures(self, anon: ClassSym, scopes: list[dict[str, Local]]) -> list[Capture]:
        """Locals of the enclosing code that the class body reads: they become fields."""
        visible: dict[str, Local] = {}
        for s in scopes:
            visible.update(s)
        used = set()
        stack = [anon.node] if anon.node is not None else []
        while stack:
            n = stack.pop()
            if n is None:
                continue
            if n.type == "identifier" and text(n) in visible:
                used.add(text(n))
            stack.extend(n.named_children)
        out = []
        for name in sorted(used):
            loc = visible[name]
            field = "cap" + name[:1].upper() + name[1:]
            out.append(Capture(name, field, loc))
        return out

    # -- docs -----------------------------------------------------------------------------------
    def doc(self, sym: ClassSym, first: str) -> str:
        return javadoc(sym.node, "// " + first)

    def doc_method(self, m: MethodSym) -> str:
        kind = "constructor" if m.is_ctor else "method"
        ps = ", ".join(repr(t).rsplit(".", 1)[-1] for t in m.params)
        owner = m.owner.name or "anonymous class's "
        dot = "." if m.owner.name else ""
        return javadoc(m.node, f"// {m.go_name} is the Java {kind} {owner}{dot}{m.name}({ps}).")


def javadoc(node: Node | None, first: str) -> str:
    prev = node.prev_named_sibling if node is not None else None
    if prev is None or prev.type != "block_comment" or not text(prev).startswith("/**"):
        return first
    lines: list[str] = []
    for raw in text(prev)[3:-2].splitlines():
        line = raw.strip().removeprefix("*").strip()
        line = re.sub(r"\{@\w+\s+([^}]*)\}", r"\1", line)
        line = re.sub(r"</?\w+[^>]*>", "", line).replace("*/", "* /")
        if line or (lines and lines[-1]):
            lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join([first, *(f"// {ln}".rstrip() for ln in lines)])


def _is_marker(iface: ClassSym) -> bool:
    """An interface without abstract methods, its own or inherited: Go would see every
    type as one, so its Go interface gets a method of its own."""
    return all(m.static or m.overrides is not None for m in iface.all_methods()) and all(
        i.sym.origin == "source" and _is_marker(i.sym) for i in iface.interfaces
    )


def _marker_method(iface: ClassSym) -> str:
    return f"Is{iface.go.type_name if iface.go else iface.name}"


def _static_only(sym: ClassSym) -> bool:
    """A class that only holds statics (a Java utility class): no Go struct for it."""
    return (
        sym.kind == "class"
        and not sym.anonymous
        and not sym.local
        and not sym.subclasses
        # The Java idiom for a class no one instantiates: a private constructor.
        and any(c.node is not None for c in sym.ctors)
        and all(
            c.private and not (c.body and c.body.named_children)
            for c in sym.ctors
            if c.node is not None
        )
        and not any(not f.static for f in sym.fields.values())
        and not any(not m.static for m in sym.all_methods())
        and (sym.superclass is None or sym.superclass.sym.qname == "java.lang.Object")
        and not sym.interfaces
        and not (
            sym.node is not None
            and any(
                c.type == "block"
                for c in (sym.node.child_by_field_name("body") or sym.node).named_children
            )
        )
    )


def names_safe(n: str) -> str:
    from l2j_lsp.project import names

    return names.safe_local(n)
