"""What every kind of call translation shares: arguments, overload resolution, user method
calls, mutations that also yield a value, comparators, and opaque library calls."""

from __future__ import annotations

from tree_sitter import Node

from .context import Ctx
from .expressions import PRIMARY, Exprs, GoExpr, not_migrated
from .model import MethodInfo, TypeInfo, text
from .streams import Streams
from .types import (
    OPAQUE_RESULTS,
    UNKNOWN,
    VOID,
    JType,
    promote,
    substitute,
    unify,
)

# Methods that change a collection or builder in place: in statement position they become
# an assignment to the receiver.
MUTATORS = {
    "add",
    "addAll",
    "remove",
    "clear",
    "put",
    "append",
    "insert",
    "reverse",
    "deleteCharAt",
    "setCharAt",
    "setLength",
    "delete",
    "push",
    "pop",
    "poll",
    "offer",
    "addFirst",
    "addLast",
    "removeFirst",
    "removeLast",
    "pollFirst",
    "pollLast",
    "set",
    "putAll",
    "putIfAbsent",
    "merge",
    "sort",
    "removeIf",
    "forEach",
    "retainAll",
    "removeAll",
    "replace",
}


class CallBase:
    """State and helpers of the call translator; the library mappings build on it."""

    ctx: Ctx
    ex: Exprs
    streams: Streams

    # -- helpers --------------------------------------------------------------------------
    def args(self, node: Node) -> list[Node]:
        a = node.child_by_field_name("arguments")
        return list(a.named_children) if a is not None else []

    def i(self, go_int: str) -> GoExpr:
        return self.ex.int_of(go_int)

    def use(self, pkg: str) -> str:
        return self.ctx.use(pkg)

    def user_call(
        self,
        recv: str | None,
        found: list[tuple[TypeInfo, MethodInfo]],
        args: list[Node],
        node: Node,
        recv_type: JType | None = None,
        virtual: bool = True,
    ) -> GoExpr:
        owner, m = self.pick(found, args)
        binding: dict[str, JType] = {}
        if recv_type is not None and recv_type.args and owner.type_params:
            binding.update(zip(owner.type_params, recv_type.args, strict=False))
        start = self.ctx.reg.lookup(recv_type.name) if recv_type is not None else self.ctx.type
        if start is not None and start is not owner:
            binding.update(self.inherited_binding(start, owner))
        if m.type_params:
            for (_, pt), a in zip(m.params, args, strict=False):
                unify(pt, self.ex.expr(a).jtype, m.type_params, binding)
        gargs = self.convert_args(m, args, binding)
        ret = substitute(m.ret, binding)
        if (ret.name in m.type_params or ret.name in owner.type_params) and (
            ret.name not in self.ctx.type_vars
        ):
            ret = UNKNOWN
        if m.static or self.ctx.reg.flat:
            return GoExpr(f"{m.go_name}({gargs})", ret)
        if owner.is_enum and recv is None:
            recv = self.ctx.recv
        if recv is None:
            g = self.ctx.go_type(ret) if ret.known and ret.name != "void" else "any"
            return GoExpr(not_migrated("outer instance method " + m.name, node, g), ret)
        root = self.ctx.reg.virtual_root(owner)
        if virtual and root is not None and m.name in self.ctx.reg.virtuals(root):
            # Dispatch on the most derived object, as Java does.
            return GoExpr(f"{recv}.l2jSelf.{m.go_name}({gargs})", ret)
        if m.generic_instance and not owner.is_interface:
            return GoExpr(f"{m.go_name}({recv}{', ' + gargs if gargs else ''})", ret)
        return GoExpr(f"{recv}.{m.go_name}({gargs})", ret)

    def inherited_binding(self, start: TypeInfo, owner: TypeInfo) -> dict[str, JType]:
        """The type arguments ``owner``'s parameters get along `extends Holder<String>`
        clauses from ``start`` up to it."""
        binding: dict[str, JType] = {}
        cur = start
        for _ in range(20):
            sup = self.ctx.reg.lookup(cur.superclass) if cur.superclass else None
            if sup is None:
                return {}
            args = [substitute(a, binding) for a in cur.super_args]
            binding = dict(zip(sup.type_params, args, strict=False))
            if sup is owner:
                return binding
            cur = sup
        return {}

    def pick(
        self, found: list[tuple[TypeInfo, MethodInfo]], args: list[Node]
    ) -> tuple[TypeInfo, MethodInfo]:
        """Overload resolution: arity first, then the best match of argument types."""
        n = len(args)
        fits = [(o, m) for o, m in found if len(m.params) == n] or [
            (o, m) for o, m in found if m.varargs and n >= len(m.params) - 1
        ]
        if len(fits) <= 1:
            return fits[0] if fits else found[0]
        arg_types = [self.ex.expr(a).jtype for a in args]

        def score(m: MethodInfo) -> int:
            s = 0
            for (_, pt), at in zip(m.params, arg_types, strict=False):
                if pt.unboxed() == at.unboxed():
                    s += 3
                elif pt.unboxed().is_numeric and at.unboxed().is_numeric:
                    s += 1 if promote(pt, at) == pt.unboxed() else -5
                elif pt.name == at.name:
                    s += 2
                elif at.known and pt.name not in ("Object", "T") and pt.name not in m.type_params:
                    s -= 2
            return s

        return max(fits, key=lambda om: score(om[1]))

    def convert_args(
        self, m: MethodInfo, args: list[Node], binding: dict[str, JType] | None = None
    ) -> str:
        out = []
        for k, a in enumerate(args):
            if m.varargs and k >= len(m.params) - 1:
                el = m.params[-1][1]
                e = self.ex.expr(a, el)
                if len(args) == len(m.params) and e.jtype.is_array:
                    out.append(e.text + "...")
                else:
                    out.append(self.ex.convert(e, el.elem()))
                continue
            pt = m.params[k][1] if k < len(m.params) else None
            if pt is not None and binding:
                pt = substitute(pt, binding)
            if pt is not None and pt.name in m.type_params:
                pt = None
            out.append(self.ex.value(a, pt))
        return ", ".join(out)

    def sort(self, lst: GoExpr, rest: list[Node], node: Node) -> GoExpr:
        sl = self.use("slices")
        if not rest:
            return GoExpr(f"{sl}.Sort({lst.text})", VOID)
        if len(rest) == 2:
            lo, hi = (self.ex.as_int(self.ex.expr(x)) for x in rest)
            return GoExpr(f"{sl}.Sort({lst.paren(PRIMARY)}[{lo}:{hi}])", VOID)
        el = lst.jtype.elem()
        if rest[0].type == "lambda_expression":
            direct = self.ex.expr(rest[0], JType("GoComparator", (el,)))
            return GoExpr(f"{sl}.SortStableFunc({lst.text}, {direct.text})", VOID)
        cmp_fn = self.ex.expr(rest[0], JType("Comparator", (el,)))
        return GoExpr(f"{sl}.SortStableFunc({lst.text}, {self.go_comparator(cmp_fn, el)})", VOID)

    def go_comparator(self, cmp_fn: GoExpr, el: JType) -> str:
        if self.ctx.eval_mode:
            return cmp_fn.text
        g = self.ctx.go_type(el) if el.known else "any"
        return f"func(a, b {g}) int {{\nreturn int(({cmp_fn.text})(a, b))\n}}"

    def comparing(self, key_node: Node, el: JType) -> GoExpr:
        """Comparator.comparing(key): compares the keys the function extracts."""
        key = self.ex.expr(key_node, JType("Function", (el, UNKNOWN)))
        g = self.ctx.go_type(el) if el.known else "any"
        ig = self.ctx.int_go()
        c = self.use("cmp")
        return GoExpr(
            f"func(a, b {g}) {ig} {{\nkey := {key.text}\n"
            f"return {ig}({c}.Compare(key(a), key(b)))\n}}",
            JType("Comparator", (el,)),
        )

    def opaque_call(self, owner: str, name: str, expected: JType | None, node: Node) -> GoExpr:
        """A call into an unmapped Java library: a panic typed like the call's result."""
        what = f"{owner}.{name}"
        ret = JType(OPAQUE_RESULTS[name]) if name in OPAQUE_RESULTS else None
        if ret is None or not ret.known:
            ret = expected if expected is not None and expected.known else ret or VOID
        if ret.name == "void":
            msg = f'panic("l2j: not migrated: {what}")'
            return GoExpr(f"func() {{\n{msg}\n}}()", VOID, stmt=msg)
        g = self.ctx.go_type(ret)
        snippet = " ".join(text(node).split())[:60].replace("*/", "* /")
        return GoExpr(
            f'func() {g} {{\npanic("l2j: not migrated: {what}") /* {snippet} */\n}}()', ret
        )

    def as_value(self, stmts: list[str], result: tuple[str, JType] | None, obj: GoExpr) -> GoExpr:
        """A mutation: its statements, and the Java value it yields in expression position.

        Lines starting with `=` only compute that value (`old := m[k]`): the statement form
        leaves them out, so no unused variable is declared.
        """
        effect = "\n".join(s for s in stmts if not s.startswith("="))
        if result is None or result[0] == "__stmt_only__":
            return GoExpr(effect, VOID, stmt=effect)
        val, t = result
        g = self.ctx.go_type(t) if t.known else "any"
        body = "\n".join(s.removeprefix("=") for s in stmts)
        return GoExpr(f"func() {g} {{\n{body}\nreturn {val}\n}}()", t, stmt=effect)
