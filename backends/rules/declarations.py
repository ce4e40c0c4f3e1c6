"""Java type declarations to Go: structs with constructors and methods, interfaces, enums,
records; static members at package level."""

from __future__ import annotations

import re

from tree_sitter import Node

from . import names
from .context import Ctx, MethodState
from .expressions import enum_table, is_inner
from .literals import go_string
from .model import FieldInfo, MethodInfo, TypeInfo, text
from .statements import Stmts, reads_in
from .types import UNKNOWN, VOID, JType


def receiver_name(info: TypeInfo) -> str:
    """Go's short receiver (`p` for Player), unless the class already uses that name."""
    base = info.name[:1].lower() or "t"
    body = text(info.node)
    for cand in (base, base + base, "this"):
        if cand not in names.GO_RESERVED and not re.search(rf"\b{cand}\b", body):
            return cand
    return "this_"


def javadoc(node: Node | None, first: str) -> str:
    """The Go doc comment: what the declaration was in Java, then its Javadoc's text."""
    prev = node.prev_named_sibling if node is not None else None
    if prev is None or prev.type != "block_comment" or not text(prev).startswith("/**"):
        return first
    lines: list[str] = []
    for raw in text(prev)[3:-2].splitlines():
        line = raw.strip().removeprefix("*").strip()
        # Javadoc markup reads fine as plain text without its tags and HTML.
        line = re.sub(r"\{@\w+\s+([^}]*)\}", r"\1", line)
        line = re.sub(r"</?\w+[^>]*>", "", line).replace("*/", "* /")
        if line or (lines and lines[-1]):
            lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join([first, *(f"// {ln}".rstrip() for ln in lines)])


class Decls:
    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.st = Stmts(ctx)
        self.ex = self.st.ex

    # -- shared -----------------------------------------------------------------------------
    def type_params(self, node: Node) -> tuple[str, list[str]]:
        """`[T any, K cmp.Ordered]` and the names, from a type_parameters node."""
        tps = node.child_by_field_name("type_parameters")
        if tps is None:
            return "", []
        parts = []
        tnames = []
        for tp in tps.named_children:
            ident = next(
                (c for c in tp.named_children if c.type in ("type_identifier", "identifier")), None
            )
            n = text(ident)
            bound = next((c for c in tp.named_children if c.type == "type_bound"), None)
            constraint = "any"
            if bound is not None and "Comparable" in text(bound):
                constraint = self.ctx.use("cmp") + ".Ordered"
            elif re.search(rf"(Map|Set)<\s*{n}\b", text(node)):
                # Used as a map key or set element: Go needs it comparable.
                constraint = "comparable"
            parts.append(f"{n} {constraint}")
            tnames.append(n)
        return f"[{', '.join(parts)}]", tnames

    def class_type_params(self, info: TypeInfo) -> tuple[str, list[str]]:
        """A type's Go type parameters; an inner class also takes its outer class's, since
        its code may use them."""
        own, names_ = self.type_params(info.node)
        if not is_inner(info) or info.outer is None:
            return own, names_
        outer, outer_names = self.class_type_params(info.outer)
        if not outer_names:
            return own, names_
        merged = outer[:-1] + (", " + own[1:] if own else "]")
        return merged, outer_names + names_

    def outer_args(self, info: TypeInfo) -> str:
        """`[T]` for the enclosing class's type parameters, as an inner class refers to it."""
        if info.outer is None:
            return ""
        _, names_ = self.class_type_params(info.outer)
        return f"[{', '.join(names_)}]" if names_ else ""

    def params(self, m: MethodInfo) -> str:
        ctx = self.ctx
        out = []
        for k, (n, t) in enumerate(m.params):
            go = ctx.declare(n, t)
            if m.varargs and k == len(m.params) - 1:
                out.append(f"{go} ...{ctx.go_type(t.elem())}")
            else:
                out.append(f"{go} {ctx.go_type(t)}")
        return ", ".join(out)

    def result(self, t: JType) -> str:
        if t.name == "void" and not t.dims:
            return ""
        return " " + (self.ctx.go_type(t) if t.known else "any")

    def enter_type(self, info: TypeInfo) -> None:
        ctx = self.ctx
        ctx.type = info
        ctx.recv = receiver_name(info)
        ctx.type_vars = set(info.type_params)
        cur = info.outer
        while cur is not None:
            ctx.type_vars |= set(cur.type_params)
            cur = cur.outer

    # -- entry points -----------------------------------------------------------------------
    def type_decl(self, info: TypeInfo) -> list[str]:
        """Go declarations for the type and for the types nested in it."""
        self.enter_type(info)
        if info.kind == "class" and info.superclass and self.ctx.reg.is_exception(info.name):
            chunks = self.exception_class(info)
        elif info.is_interface:
            chunks = self.interface(info)
        elif info.is_enum:
            chunks = self.enum(info)
        else:
            chunks = self.struct(info)
        for nested in self.ctx.reg.types.values():
            if nested.outer is info:
                chunks += self.type_decl(nested)
        return chunks

    def exception_class(self, info: TypeInfo) -> list[str]:
        """An exception class becomes an l2jException class name with its superclass, so
        catch clauses naming the superclass catch it; its own members are not carried."""
        self.ctx.helper("l2jException")
        return [
            f"// {info.name} is a Java exception class: thrown as *l2jException{{Class: "
            f'"{info.name}"}}.\nfunc init() {{\nl2jExceptionParents["{info.name}"] = '
            f'"{info.superclass}"\n}}'
        ]

    def method_decl(self, info: TypeInfo, node: Node) -> list[str]:
        """One method or constructor, as a function or a method on the type's struct."""
        self.enter_type(info)
        for m in [*info.ctors, *(m for ms in info.methods.values() for m in ms)]:
            if m.node is not None and m.node.id == node.id:
                if m.name == "<init>":
                    return [self.constructor(info, m)]
                return [self.method(info, m)]
        return []

    def flat_methods(self, info: TypeInfo) -> list[str]:
        """Eval mode: every method of the class as a package-level function."""
        self.enter_type(info)
        return [
            self.method(info, m) for ms in info.methods.values() for m in ms if m.node is not None
        ]

    # -- classes and records ----------------------------------------------------------------
    def struct(self, info: TypeInfo) -> list[str]:
        ctx = self.ctx
        tparams, _ = self.class_type_params(info)
        statics = self.static_fields(info)
        body_chunks: list[str] = []
        for c in info.ctors:
            body_chunks.append(self.constructor(info, c))
        for ms in info.methods.values():
            for m in ms:
                body_chunks.append(self.method(info, m))
        body_chunks += [self.method(info, d) for d in self.inherited_defaults(info)]
        body_chunks += self.initializers(info)
        fields = []
        if info.superclass:
            sup = ctx.reg.lookup(info.superclass)
            fields.append(
                (sup.go_name if sup is not None else info.superclass) + self.super_targs(info)
            )
        for f in info.fields.values():
            if not f.static:
                fields.append(f"{f.go_name} {ctx.go_type(f.jtype) if f.jtype.known else 'any'}")
        if info.name in ctx.instance_mutexes:
            fields.append(f"l2jMu {ctx.use('sync')}.Mutex")
        if is_inner(info) and info.outer is not None:
            fields.append(f"outer *{info.outer.go_name}{self.outer_args(info)}")
        if ctx.reg.virtuals(info):
            _, tnames = self.class_type_params(info)
            targs = f"[{', '.join(tnames)}]" if tnames else ""
            fields.append(f"l2jSelf {info.go_name}Virtual{targs}")
        doc = javadoc(info.node, f"// {info.go_name} is the Java {info.kind} {info.name}.")
        struct = f"{doc}\ntype {info.go_name}{tparams} struct {{\n" + "\n".join(fields) + "\n}"
        if (
            info.go_name[:1].lower() + info.go_name[1:] + "Mu" in "".join(body_chunks)
            and info.go_name in ctx.static_mutexes
        ):
            statics.append(
                f"var {info.go_name[:1].lower()}{info.go_name[1:]}Mu {ctx.use('sync')}.Mutex"
            )
        return [struct, *self.virtual_interface(info), *statics, *body_chunks]

    def static_fields(self, info: TypeInfo) -> list[str]:
        ctx = self.ctx
        out = []
        saved = ctx.method
        ctx.method = MethodState(UNKNOWN)
        ctx.push()
        for f in info.fields.values():
            if not f.static or f.node is None:
                continue
            g = ctx.go_type(f.jtype) if f.jtype.known else "any"
            vnode = f.node.child_by_field_name("value")
            if vnode is None:
                out.append(f"var {f.go_name} {g}")
                continue
            v = self.ex.expr(vnode, f.jtype)
            conv = self.ex.convert(v, f.jtype)
            if "l2j: not migrated" in conv:
                # Running it at package init would panic the whole program.
                out.append(
                    f"var {f.go_name} {g} // l2j: not migrated initializer: {text(vnode)[:60]}"
                )
                continue
            if (
                f.final
                and v.const
                and (f.jtype.unboxed().is_numeric or f.jtype.is_string or f.jtype.is_bool)
            ):
                out.append(f"const {f.go_name} {g} = {conv}")
            else:
                out.append(f"var {f.go_name} {g} = {conv}")
        ctx.pop()
        ctx.method = saved
        return out

    def initializers(self, info: TypeInfo) -> list[str]:
        """Static initializer blocks run from Go's init."""
        body = info.node.child_by_field_name("body")
        out = []
        for c in body.named_children if body is not None else []:
            if c.type == "static_initializer":
                block = c.named_children[-1]
                self.ctx.method = MethodState(VOID)
                lines = self.st.body_lines(block)
                out.append("func init() {\n" + "\n".join(lines) + "\n}")
        return out

    def instance_init(self, info: TypeInfo, recv: str) -> list[str]:
        """Field initializers and instance initializer blocks, run by each constructor."""
        out = []
        body = info.node.child_by_field_name("body")
        for c in body.named_children if body is not None else []:
            if c.type == "block":
                out += self.st.block(c)
        for f in info.fields.values():
            if f.static or f.node is None:
                continue
            vnode = f.node.child_by_field_name("value")
            if vnode is not None:
                out.append(f"{recv}.{f.go_name} = {self.ex.value(vnode, f.jtype)}")
            elif f.jtype.is_map or f.jtype.is_set:
                continue
        return out

    def constructor(self, info: TypeInfo, m: MethodInfo) -> str:
        ctx = self.ctx
        tparams, tnames = self.class_type_params(info)
        targs = f"[{', '.join(tnames)}]" if tnames else ""
        recv = ctx.recv
        ctx.method = MethodState(JType(info.name), m, ctor_recv=recv)
        ctx.push()
        params = self.params(m)
        lines: list[str] = []
        if is_inner(info) and info.outer is not None:
            outer_t = f"*{info.outer.go_name}{self.outer_args(info)}"
            params = f"outer {outer_t}" + (", " + params if params else "")
        ctor_body = m.node.child_by_field_name("body") if m.node is not None else None
        stmts = list(ctor_body.named_children) if ctor_body is not None else []
        first = stmts[0] if stmts else None
        invocation = (
            first if first is not None and first.type == "explicit_constructor_invocation" else None
        )
        arg_nodes: list[Node] = []
        if invocation is not None:
            stmts = stmts[1:]
            args = invocation.child_by_field_name("arguments")
            arg_nodes = list(args.named_children) if args is not None else []
        others = [(info, c) for c in info.ctors if c is not m]
        if (
            invocation is not None
            and text(invocation.child_by_field_name("constructor")) == "this"
            and others
        ):
            _, target = self.st.calls.pick(others, arg_nodes)
            lines.append(
                f"{recv} := {target.go_name}{targs}"
                f"({'outer, ' if is_inner(info) else ''}"
                f"{self.st.calls.convert_args(target, arg_nodes)})"
            )
        else:
            lines.append(f"{recv} := &{info.go_name}{targs}{{}}")
            lines += self.super_call(info, recv, arg_nodes, explicit=invocation is not None)
            if is_inner(info):
                lines.append(f"{recv}.outer = outer")
            if ctx.reg.virtual_root(info) is not None:
                # The most derived object answers the overridable calls (see l2jSelf).
                lines.append(f"{recv}.l2jSelf = {recv}")
            lines += self.instance_init(info, recv)
        if m.node is not None:
            body = m.node.child_by_field_name("body")
            self.st.reads = reads_in(body) if body is not None else set()
            for s in stmts:
                lines += self.st.stmt(s)
        elif info.kind == "record":
            lines += [f"{recv}.{info.fields[n].go_name} = {ctx.local(n).go}" for n, _ in m.params]  # type: ignore[union-attr]
        if not lines or not lines[-1].startswith("return"):
            lines.append(f"return {recv}")
        ctx.pop()
        doc = javadoc(m.node, f"// {m.go_name} is the Java constructor {info.name}(...).")
        head = f"func {m.go_name}{tparams}({params}) *{info.go_name}{targs} {{"
        return f"{doc}\n{head}\n" + "\n".join(lines) + "\n}"

    def inherited_defaults(self, info: TypeInfo) -> list[MethodInfo]:
        """Default methods of this file's interfaces that the class does not define (nor
        its superclasses): Go has no default methods, so the class gets their bodies."""
        reg = self.ctx.reg
        pending = [reg.lookup(n) for n in info.interfaces]
        out: list[MethodInfo] = []
        seen: set[str] = set()
        while pending:
            iface = pending.pop(0)
            if iface is None or iface.name in seen or not iface.is_interface:
                continue
            seen.add(iface.name)
            pending += [reg.lookup(n) for n in iface.interfaces]
            for name, ms in iface.methods.items():
                m = ms[0]
                has_body = m.node is not None and m.node.child_by_field_name("body") is not None
                own = any(o.kind == "class" for o, _ in reg.methods(info, name))
                if has_body and not m.static and not own and name not in {d.name for d in out}:
                    out.append(m)
        return out

    def super_call(self, info: TypeInfo, recv: str, args: list[Node], explicit: bool) -> list[str]:
        """The superclass part of a new object: `super(...)`, or Java's implicit `super()`
        when the superclass is in this file."""
        if not info.superclass or self.ctx.reg.is_exception(info.name):
            return []
        sup = self.ctx.reg.lookup(info.superclass)
        if sup is not None and sup.ctors and not is_inner(sup):
            _, target = self.st.calls.pick([(sup, c) for c in sup.ctors], args)
            targs = self.super_targs(info)
            call = f"{target.go_name}{targs}({self.st.calls.convert_args(target, args)})"
            return [f"{recv}.{sup.go_name} = *{call}"]
        if not explicit:
            return []
        gargs = ", ".join(self.ex.expr(a).text for a in args)
        return [f"{recv}.{info.superclass} = *New{info.superclass}({gargs})"]

    def super_targs(self, info: TypeInfo) -> str:
        """`[string]` for `extends Holder<String>`."""
        if not info.super_args:
            return ""
        return f"[{', '.join(self.ctx.go_type(a) for a in info.super_args)}]"

    def virtual_interface(self, info: TypeInfo) -> list[str]:
        """For a class overridden in this file: the interface of its overridable methods,
        which the `l2jSelf` field (the most derived object) implements."""
        virtuals = self.ctx.reg.virtuals(info)
        if not virtuals:
            return []
        sigs = []
        for m in virtuals.values():
            self.ctx.push()
            sigs.append(f"{m.go_name}({self.params(m)}){self.result(m.ret)}")
            self.ctx.pop()
        doc = f"// {info.go_name}Virtual is what subclasses of {info.name} override."
        tparams, _ = self.class_type_params(info)
        head = f"type {info.go_name}Virtual{tparams} interface"
        return [f"{doc}\n{head} {{\n" + "\n".join(sigs) + "\n}"]

    def method(
        self, info: TypeInfo, m: MethodInfo, overrides: list[tuple[str, str]] | None = None
    ) -> str:
        """A method; ``overrides`` are (enum constant, Go method) pairs for enum constants
        whose own class body overrides it: the method first dispatches to those."""
        ctx = self.ctx
        generic_instance = m.generic_instance and not info.is_interface and not info.is_enum
        saved_vars = set(ctx.erased_vars)
        if m.type_params and not m.static and not generic_instance:
            ctx.erased_vars |= set(m.type_params)
        ctx.method = MethodState(m.ret, m)
        ctx.push()
        saved_tvars = set(ctx.type_vars)
        if (m.static or generic_instance) and m.type_params:
            ctx.type_vars |= set(m.type_params)
        try:
            params = self.params(m)
            res = self.result(m.ret)
            if m.node is None:
                # A record component's accessor.
                f = info.fields[m.name]
                lines = [f"return {ctx.recv}.{f.go_name}"]
            else:
                body = m.node.child_by_field_name("body")
                if body is None:
                    lines = [f'panic("l2j: abstract method {info.name}.{m.name}")']
                else:
                    lines = self.st.body_lines(body)
            args = ", ".join(ctx.local(n).go for n, _ in m.params if ctx.local(n) is not None)  # type: ignore[union-attr]
            for const, go in overrides or []:
                call = f"{ctx.recv}.{go}({args})"
                do = [f"return {call}"] if m.ret.name != "void" else [call, "return"]
                lines = [f"if {ctx.recv} == {const} {{", *do, "}", *lines]
            if m.synchronized:
                mu = self.st.mutex()
                lines = [f"{mu}.Lock()", f"defer {mu}.Unlock()", *lines]
        finally:
            ctx.pop()
            ctx.erased_vars = saved_vars
            ctx.type_vars = saved_tvars
        tparams = ""
        if (m.static or generic_instance) and m.type_params and m.node is not None:
            ctx.type_vars |= set(m.type_params)
            tparams, _ = self.type_params(m.node)
            ctx.type_vars = saved_tvars
        if generic_instance:
            # Go methods cannot have type parameters: a function taking the receiver first.
            _, tnames = self.class_type_params(info)
            targs = f"[{', '.join(tnames)}]" if tnames else ""
            tparams = (
                tparams[:-1] + ", " + ", ".join(f"{n} any" for n in tnames) + "]"
                if tnames
                else tparams
            )
            params = f"{ctx.recv} *{info.go_name}{targs}" + (f", {params}" if params else "")
            recv = ""
        elif info.is_enum and not m.static:
            recv = f"({ctx.recv} {info.go_name}) "
        elif m.static or ctx.reg.flat:
            recv = ""
        else:
            _, tnames = self.class_type_params(info)
            targs = f"[{', '.join(tnames)}]" if tnames else ""
            recv = f"({ctx.recv} *{info.go_name}{targs}) "
        doc = javadoc(m.node, f"// {m.go_name} is the Java method {info.name}.{m.name}.")
        return (
            f"{doc}\nfunc {recv}{m.go_name}{tparams}({params}){res} {{\n" + "\n".join(lines) + "\n}"
        )

    # -- interfaces -------------------------------------------------------------------------
    def interface(self, info: TypeInfo) -> list[str]:
        ctx = self.ctx
        tparams, _ = self.class_type_params(info)
        fm = ctx.reg.functional_method(info)
        if fm is not None:
            return self.func_interface(info, fm, tparams)
        sigs = []
        extra: list[str] = []
        for ms in info.methods.values():
            for m in ms:
                if (
                    m.static
                    and m.node is not None
                    and m.node.child_by_field_name("body") is not None
                ):
                    extra.append(self.method(info, m))
                    continue
                ctx.push()
                params = self.params(m)
                ctx.pop()
                sigs.append(f"{m.go_name}({params}){self.result(m.ret)}")
                if m.node is not None and m.node.child_by_field_name("body") is not None:
                    sigs[-1] = (
                        "// a default method: implementing classes of this file get a copy of"
                        f" its body; others must define it\n{sigs[-1]}"
                    )
        for sup in info.interfaces:
            known = ctx.reg.lookup(sup)
            sigs.insert(0, known.go_name if known else sup)
        doc = javadoc(info.node, f"// {info.go_name} is the Java interface {info.name}.")
        decl = f"{doc}\ntype {info.go_name}{tparams} interface {{\n" + "\n".join(sigs) + "\n}"
        return [decl, *self.static_fields(info), *extra]

    def func_interface(self, info: TypeInfo, fm: MethodInfo, tparams: str) -> list[str]:
        """A one-method interface is a Go func type, so lambdas and method values fit it."""
        ctx = self.ctx
        ctx.push()
        params = self.params(fm)
        ctx.pop()
        doc = (
            f"// {info.go_name} is the Java functional interface {info.name}"
            f" (its method {fm.name} is a call of the func)."
        )
        extra = [
            self.method(info, m)
            for ms in info.methods.values()
            for m in ms
            if m.static and m.node is not None and m.node.child_by_field_name("body") is not None
        ]
        decl = f"{doc}\ntype {info.go_name}{tparams} func({params}){self.result(fm.ret)}"
        return [decl, *self.static_fields(info), *extra]

    # -- enums ------------------------------------------------------------------------------
    def enum(self, info: TypeInfo) -> list[str]:
        ctx = self.ctx
        g = info.go_name
        low = names.unexported(g)
        consts = [self.ex.enum_constant(info, c).text for c in info.enum_constants]
        base = "int" if ctx.eval_mode else "int32"
        out = [f"// {g} is the Java enum {info.name}.\ntype {g} {base}"]
        if consts:
            lines = [f"{consts[0]} {g} = iota", *consts[1:]]
            out.append("const (\n" + "\n".join(lines) + "\n)")
        names_lit = ", ".join(go_string(c) for c in info.enum_constants)
        out.append(f"var {low}Names = [...]string{{{names_lit}}}")
        recv = ctx.recv
        out.append(f"func ({recv} {g}) String() string {{\nreturn {low}Names[{recv}]\n}}")
        out.append(
            f"// {g}Values is the Java {info.name}.values().\nfunc {g}Values() []{g} {{\n"
            f"return []{g}{{{', '.join(consts)}}}\n}}"
        )
        ctx.helper("l2jException")
        out.append(
            f"// {g}ValueOf is the Java {info.name}.valueOf(name).\n"
            f"func {g}ValueOf(name string) {g} {{\n"
            f"for i, n := range {low}Names {{\nif n == name {{\nreturn {g}(i)\n}}\n}}\n"
            f'panic(&l2jException{{Class: "IllegalArgumentException", '
            f'Message: "No enum constant {info.name}." + name}})\n}}'
        )
        instance = [f for f in info.fields.values() if not f.static]
        if instance:
            out += self.enum_data(info, instance)
        out += self.static_fields(info)
        bodies = self.constant_bodies(info)
        for ms in info.methods.values():
            for m in ms:
                if m.name in ("values", "valueOf") and m.static:
                    continue
                mine = [(c, o.go_name) for c, o in bodies if o.name == m.name and not m.static]
                out.append(self.method(info, m, mine))
        out += [self.method(info, o) for _, o in bodies]
        out += self.initializers(info)
        return out

    def constant_bodies(self, info: TypeInfo) -> list[tuple[str, MethodInfo]]:
        """Methods of enum constants' own class bodies: (the constant's Go name, the method
        as a method of the enum named after both)."""
        found: list[tuple[str, MethodInfo]] = []
        body = info.node.child_by_field_name("body")
        for const in body.named_children if body is not None else []:
            cbody = const.child_by_field_name("body") if const.type == "enum_constant" else None
            if cbody is None:
                continue
            cname = text(const.child_by_field_name("name"))
            for node in cbody.named_children:
                if node.type != "method_declaration":
                    continue
                m = self.ctx.reg.method_info(node)
                base = info.methods.get(m.name, [m])[0]
                m.go_name = names.unexported(base.go_name + names.camel(cname))
                found.append((self.ex.enum_constant(info, cname).text, m))
        return found

    def enum_data(self, info: TypeInfo, fields: list[FieldInfo]) -> list[str]:
        """Enum fields live in a table indexed by the constant, built by the constructor."""
        ctx = self.ctx
        low = names.unexported(info.go_name)
        dtype = f"{low}Fields"
        decl = (
            f"type {dtype} struct {{\n"
            + "\n".join(
                f"{f.go_name} {ctx.go_type(f.jtype) if f.jtype.known else 'any'}" for f in fields
            )
            + "\n}"
        )
        ctors = info.ctors or [
            MethodInfo(
                "<init>",
                [],
                JType(info.name),
                True,
                False,
                f"new{dtype[:1].upper()}{dtype[1:]}",
                None,
            )
        ]
        funcs = []
        for k, c in enumerate(ctors, start=1):
            c.go_name = f"new{dtype[:1].upper()}{dtype[1:]}" + (str(k) if k > 1 else "")
            ctx.method = MethodState(VOID, c, ctor_recv="*d")
            ctx.push()
            saved_recv = ctx.recv
            ctx.recv = "d"
            ctx.in_enum_ctor = True
            try:
                params = self.params(c)
                lines = [f"d := &{dtype}{{}}", *self.instance_init(info, "d")]
                if c.node is not None:
                    body = c.node.child_by_field_name("body")
                    if body is not None:
                        lines += self.st.body_lines(body)
            finally:
                ctx.in_enum_ctor = False
                ctx.recv = saved_recv
                ctx.pop()
            lines.append("return *d")
            funcs.append(f"func {c.go_name}({params}) {dtype} {{\n" + "\n".join(lines) + "\n}")
        rows = []
        body = info.node.child_by_field_name("body")
        for const in body.named_children if body is not None else []:
            if const.type != "enum_constant":
                continue
            args = const.child_by_field_name("arguments")
            arg_nodes = list(args.named_children) if args is not None else []
            found = [(info, c) for c in ctors]
            _, target = self.st.calls.pick(found, arg_nodes)
            ctx.method = MethodState(UNKNOWN)
            ctx.push()
            rows.append(f"{target.go_name}({self.st.calls.convert_args(target, arg_nodes)}),")
            ctx.pop()
        table = f"var {enum_table(info)} = [...]{dtype}{{\n" + "\n".join(rows) + "\n}"
        return [decl, table, *funcs]
