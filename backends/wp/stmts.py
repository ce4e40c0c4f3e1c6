"""Java statements to Go statements: declarations, loops, switch (with Java's
fall-through), labels, try/catch/finally and try-with-resources as closures that carry
`return`/`break`/`continue` out as values, synchronized blocks on reentrant monitors."""

from __future__ import annotations

import re
from collections.abc import Callable

from tree_sitter import Node

from l2j_lsp.project import jtypes as jt
from l2j_lsp.project.jtypes import ArrayType, ClassType, JType, Prim
from l2j_lsp.project.symbols import ClassSym, text

from .calls import Calls, _as_statement
from .consteval import evaluate
from .context import FileCtx
from .exprs import Exprs, go_string
from .goexpr import GoExpr, unparen
from .terminating import ends_terminating

_LOOPS = ("for_statement", "enhanced_for_statement", "while_statement", "do_statement")


class Stmts:
    def __init__(self, ctx: FileCtx) -> None:
        self.ctx = ctx
        self.ex = Exprs(ctx)
        self.calls = Calls(ctx, self.ex)
        self.calls.stmts = self
        self.ex.block = self.block_lines
        self.ex.switch_expr = self.switch_expression
        self.p = ctx.p
        # Set by the declaration translator: declares a class found in a method body.
        self.local_class: Callable[[Node], list[str]] | None = None

    # -- blocks -------------------------------------------------------------------------------
    def block_lines(self, node: Node) -> list[str]:
        """The statements of a block, in a scope of their own (no braces)."""
        self.ctx.push()
        try:
            out: list[str] = []
            for c in node.named_children:
                out += self.stmt(c)
            return out
        finally:
            self._close_scope(out)
            self.ctx.pop()

    def _close_scope(self, out: list[str]) -> None:
        """Go rejects locals that are never read: mark them used after their declaration.
        Read from the Go written, not from the Java (a read inside an expression that
        became a not-migrated marker is gone)."""
        for loc in self.ctx.scopes[-1].values():
            if loc.captured:
                continue
            marker = f"/*decl:{loc.go}*/"
            at = next((k for k, line in enumerate(out) if marker in line), None)
            if at is not None and not _read_in(loc.go, out, at):
                out.insert(at + 1, f"_ = {loc.go}")
        for k, line in enumerate(out):
            if "/*decl:" in line:
                out[k] = _strip_markers(line)

    def stmt(self, node: Node) -> list[str]:
        method = getattr(self, "s_" + node.type, None)
        self.ctx.pre = []
        if method is None:
            if node.type in ("line_comment", "block_comment"):
                return self.comment(node)
            return [self.ex.unsupported(node, node.type.replace("_", " "), "").text]
        lines: list[str] = method(node)
        return mark_line(lines, node)

    def comment(self, node: Node) -> list[str]:
        raw = text(node)
        if raw.startswith("//"):
            return [raw]
        body = raw[2:-2].strip().strip("*").strip()
        return [
            "// " + ln.strip().lstrip("*").strip()
            for ln in body.splitlines()
            if ln.strip().lstrip("*").strip()
        ]

    def _with_pre(self, lines: list[str]) -> list[str]:
        pre, self.ctx.pre = self.ctx.pre, []
        return [*pre, *lines]

    def s_block(self, node: Node) -> list[str]:
        return ["{", *self.block_lines(node), "}"]

    def s_expression_statement(self, node: Node) -> list[str]:
        e = self.ex.expr(node.named_children[0])
        if e.stmt is not None:
            return self._with_pre([e.stmt])
        return self._with_pre([_as_statement(e)])

    def s_local_variable_declaration(self, node: Node) -> list[str]:
        tnode = node.child_by_field_name("type")
        declared = self.ctx.resolve(tnode)
        out: list[str] = []
        for d in node.children_by_field_name("declarator"):
            name = text(d.child_by_field_name("name"))
            dims = text(d.child_by_field_name("dimensions")).count("[")
            t = declared
            for _ in range(dims):
                t = ArrayType(t)
            vnode = d.child_by_field_name("value")
            if vnode is None:
                g = self.ctx.go_type(t)
                go = self.ctx.declare(name, t, g)
                out.append(f"var {go} {g} /*decl:{go}*/")
                continue
            if not t.known:  # `var x = ...`
                e = self.ex.expr(vnode)
                t = e.jtype if e.jtype != jt.NULL else self.p.object_type
                g = e.gtype if not e.untyped else self.ctx.go_type(t)
                value = e.text if not e.untyped else self.ex.convert(e, t, g)
            elif vnode.type == "array_initializer":
                e = self.ex.array_init(vnode, t)
                g = self.ctx.go_type(t)
                value = e.text
            else:
                e = self.ex.expr(vnode, t)
                g = self.ctx.go_type(t)
                value = self.ex.convert(e, t, g)
            go = self.ctx.declare(name, t, g)
            loc = self.ctx.local(name)
            if loc is not None:
                loc.fresh = e.fresh
            c = self.ex.fold(vnode) if "final" in text(node).split("=")[0].split() else None
            if c is not None and loc is not None:
                loc.const = c  # type: ignore[attr-defined]
            if e.gtype == g and not e.untyped and e.jtype != jt.NULL and not self._adapted(e, t):
                out.append(f"{go} := {unparen(value)} /*decl:{go}*/")
            else:
                out.append(f"var {go} {g} = {unparen(value)} /*decl:{go}*/")
        return self._with_pre(out)

    def _adapted(self, e: GoExpr, t: JType) -> bool:
        """Whether ``e`` is a lambda as its interface's Go func type (`EffectFunc(...)`):
        `:=` would give the local that func type, and a later assignment of another
        Effect would not compile."""
        if not isinstance(t, ClassType) or self.p.functional_method(t) is None:
            return False
        adapter = self.calls.adapter(t)
        return adapter is not None and e.text.startswith(adapter + "(")

    def s_local_class_declaration(self, node: Node) -> list[str]:
        hook = self.local_class
        return hook(node) if hook is not None else []

    s_class_declaration = s_local_class_declaration
    s_interface_declaration = s_local_class_declaration
    s_enum_declaration = s_local_class_declaration
    s_record_declaration = s_local_class_declaration

    def s_return_statement(self, node: Node) -> list[str]:
        m = self.ctx.m
        assert m is not None
        value = node.named_children[0] if node.named_children else None
        if m.try_ret:
            var, flag = m.try_ret[-1]
            out = []
            if value is not None and var:
                g = self.ctx.go_type(m.ret)
                out.append(f"{var} = {unparen(self._returned(value, g))}")
            out += [f"{flag} = true", "return"]
            return self._with_pre(out)
        if m.in_ctor:
            return ["return"]
        if value is None:
            return ["return"]
        g = self.ctx.go_type(m.ret)
        if g == "":
            e = self.ex.expr(value)
            return self._with_pre([_as_statement(e), "return"])
        return self._with_pre([f"return {unparen(self._returned(value, g))}"])

    def _returned(self, value: Node, g: str) -> str:
        """A `return`'s value as the method's result type; its own type is noted, which
        tells a block lambda's result (`supplyAsync(() -> { ...; return "ok"; })`)."""
        m = self.ctx.m
        assert m is not None
        e = self.ex.expr(value, m.ret)
        m.returned.append(e.jtype)
        return self.ex.convert(e, m.ret, g)

    def s_throw_statement(self, node: Node) -> list[str]:
        e = self.ex.expr(node.named_children[0])
        return self._with_pre([f"panic({unparen(e.text)})"])

    def s_if_statement(self, node: Node) -> list[str]:
        cond = self.ex.cond(node.child_by_field_name("condition"))  # type: ignore[arg-type]
        pre, self.ctx.pre = self.ctx.pre, []
        out = [*pre, f"if {cond} {{", *self.body(node.child_by_field_name("consequence"))]
        alt = node.child_by_field_name("alternative")
        if alt is None:
            return [*out, "}"]
        if alt.type == "if_statement":
            rest = self.s_if_statement(alt)
            if rest and rest[0].startswith("if ") and not self._has_pre(rest):
                return [*out, "} else " + rest[0], *rest[1:]]
            return [*out, "} else {", *rest, "}"]
        return [*out, "} else {", *self.body(alt), "}"]

    @staticmethod
    def _has_pre(lines: list[str]) -> bool:
        return not lines[0].startswith("if ")

    def body(self, node: Node | None) -> list[str]:
        """A statement used as a body (a block or a single statement)."""
        if node is None:
            return []
        if node.type == "block":
            return self.block_lines(node)
        self.ctx.push()
        try:
            out = self.stmt(node)
            self._close_scope(out)
            return out
        finally:
            self.ctx.pop()

    # -- loops --------------------------------------------------------------------------------
    def _label(self, node: Node) -> str:
        parent = node.parent
        if parent is not None and parent.type == "labeled_statement":
            return text(parent.named_children[0])
        return ""

    def _loop(self, node: Node, head: str, body: list[str]) -> list[str]:
        label = self._label(node)
        prefix = f"{label}:\n" if label and self._label_used(node, label) else ""
        return [f"{prefix}for {head}{{".replace("for {", "for {"), *body, "}"]

    def _label_used(self, node: Node, label: str) -> bool:
        stack = list(node.named_children)
        while stack:
            n = stack.pop()
            if n.type in ("break_statement", "continue_statement") and any(
                c.type == "identifier" and text(c) == label for c in n.named_children
            ):
                return True
            stack.extend(n.named_children)
        return False

    def s_while_statement(self, node: Node) -> list[str]:
        cond_node = node.child_by_field_name("condition")
        assert cond_node is not None
        cond = self.ex.cond(cond_node)
        pre, self.ctx.pre = self.ctx.pre, []
        body = self.body(node.child_by_field_name("body"))
        if pre and any(not p.endswith("()") for p in pre):
            # The condition needs statements first: evaluate it at the top of each turn.
            return self._loop(node, "", [*pre, f"if !({cond}) {{", "break", "}", *body])
        head = "" if cond == "true" else f"{cond} "
        return [*pre, *self._loop(node, head, body)]

    def s_do_statement(self, node: Node) -> list[str]:
        body = self.body(node.child_by_field_name("body"))
        cond = self.ex.cond(node.child_by_field_name("condition"))  # type: ignore[arg-type]
        pre, self.ctx.pre = self.ctx.pre, []
        if self._has_continue(node):
            # `continue` must still test the condition: keep it in the loop's post statement.
            flag = self.ctx.fresh("more")
            return (
                self._loop(node, f"{flag} := true; {flag}; {flag} = {cond} ", body)
                if not pre
                else [*self._loop(node, "", [*body, *pre, f"if !({cond}) {{", "break", "}"])]
            )
        return self._loop(node, "", [*body, *pre, f"if !({cond}) {{", "break", "}"])

    def _has_continue(self, node: Node) -> bool:
        stack = list(node.named_children)
        while stack:
            n = stack.pop()
            if n.type == "continue_statement":
                return True
            if n.type in _LOOPS or n.type in ("lambda_expression", "class_body"):
                continue
            stack.extend(n.named_children)
        return False

    def s_for_statement(self, node: Node) -> list[str]:
        self.ctx.push()
        try:
            inits = node.children_by_field_name("init")
            init_lines: list[str] = []
            for i in inits:
                if i.type == "local_variable_declaration":
                    init_lines += self.s_local_variable_declaration(i)
                else:
                    e = self.ex.expr(i)
                    init_lines += self._with_pre([e.stmt or _as_statement(e)])
            cond_node = node.child_by_field_name("condition")
            cond = self.ex.cond(cond_node) if cond_node is not None else ""
            cond_pre, self.ctx.pre = self.ctx.pre, []
            updates = []
            for u in node.children_by_field_name("update"):
                e = self.ex.expr(u)
                updates.append(e.stmt or _as_statement(e))
            upd_pre, self.ctx.pre = self.ctx.pre, []
            body = self.body(node.child_by_field_name("body"))
            init_clean = [_strip_markers(x) for x in init_lines]
            simple_init = len(init_clean) <= 1 and all(
                ":=" in x and "\n" not in x for x in init_clean
            )
            if len(init_clean) > 1 and all(" := " in x and "\n" not in x for x in init_clean):
                names_ = [x.split(" := ", 1)[0] for x in init_clean]
                vals = [x.split(" := ", 1)[1] for x in init_clean]
                # `int j = i * i, inc = i * 2, bound = MAX - inc`: Java's declarators see
                # the earlier ones, Go's one `:=` does not; such an init stays before the loop.
                if not any(
                    re.search(rf"\b{re.escape(name)}\b", val)
                    for k, val in enumerate(vals)
                    for name in names_[:k]
                ):
                    init_clean = [f"{', '.join(names_)} := {', '.join(vals)}"]
                    simple_init = True
            update = _parallel(updates)
            if simple_init and update is not None and not cond_pre and not upd_pre:
                head = f"{init_clean[0] if init_clean else ''}; {cond}; {update} "
                loop = self._loop(node, head, body)
                used = self._unused_after(init_clean, loop)
                return [*used[0], *loop] if used[0] else loop
            # General form: init before, the update in the post statement where Go allows.
            if update is not None and not upd_pre:
                head = f"; {cond}; {update} " if not cond_pre else f"; ; {update} "
                inner = (
                    body if not cond_pre else [*cond_pre, f"if !({cond}) {{", "break", "}", *body]
                )
                return ["{", *init_lines, *self._loop(node, head, inner), "}"]
            flag = self.ctx.fresh("first")
            step = [*upd_pre, *updates]
            inner = [f"if !{flag} {{", *step, "}", f"{flag} = false"]
            if cond:
                inner += [*cond_pre, f"if !({cond}) {{", "break", "}"]
            return [
                "{",
                *init_lines,
                f"{flag} := true",
                *self._loop(node, "", [*inner, *body]),
                "}",
            ]
        finally:
            self.ctx.pop()

    def _unused_after(self, init: list[str], loop: list[str]) -> tuple[list[str], None]:
        return [], None

    def s_enhanced_for_statement(self, node: Node) -> list[str]:
        value_node = node.child_by_field_name("value")
        assert value_node is not None
        coll = self.ex.expr(value_node)
        pre, self.ctx.pre = self.ctx.pre, []
        tnode = node.child_by_field_name("type")
        name = text(node.child_by_field_name("name"))
        declared = self.ctx.resolve(tnode)
        elem = self.ex.ty.element_type(coll.jtype)
        t = declared if declared.known else elem
        self.ctx.push()
        try:
            g = self.ctx.go_type(t)
            if isinstance(coll.jtype, ArrayType):
                eg = coll.gtype[2:] if coll.gtype.startswith("[]") else self.ctx.go_type(elem)
                src = f"_, {{v}} := range {unparen(coll.text)}"
            else:
                eg = self._elem_go(coll)
                src = f"{{v}} := range {self._iterate(coll)}"
            go = self.ctx.declare(name, t, g)
            body = self.body(node.child_by_field_name("body"))
            loc = self.ctx.local(name)
            reads = loc.reads if loc is not None else 1
            if eg == g:
                head = src.replace("{v}", go if reads > 0 else "_") + " "
                if reads <= 0 and src.startswith("_, "):
                    head = f"range {unparen(coll.text)} "
                return [*pre, *self._loop(node, head, body)]
            raw = self.ctx.fresh("item")
            conv = self.ex.convert(GoExpr(raw, elem, eg), t, g)
            head = src.replace("{v}", raw) + " "
            first = [f"{go} := {unparen(conv)}"] + ([f"_ = {go}"] if reads <= 0 else [])
            return [*pre, *self._loop(node, head, [*first, *body])]
        finally:
            self.ctx.pop()

    def _elem_go(self, coll: GoExpr) -> str:
        t = coll.jtype
        it = self.p.classes.get("java.lang.Iterable")
        if isinstance(t, ClassType) and it is not None:
            seen = self.p.as_super(t, it)
            if seen is not None:
                # The Go element type is the instantiated type argument.
                g = self.ctx.go_type(seen)
                if "[" in g and g.endswith("]"):
                    return g[g.index("[") + 1 : -1]
                return self.ctx.go_type(seen.args[0] if seen.args else self.p.object_type)
        return "any"

    def _iterate(self, coll: GoExpr) -> str:
        # Every Iterable has All() for Go's range (a class of the program gets it too).
        return f"{_paren(coll.text)}.All()"

    def s_labeled_statement(self, node: Node) -> list[str]:
        label = text(node.named_children[0])
        inner = node.named_children[-1]
        if inner.type in _LOOPS:
            return self.stmt(inner)
        # A labelled block: Go can only break out of loops, switches and selects.
        body = self.stmt(inner)
        if not self._label_used(inner, label):
            return body
        return [f"{label}:", "for {", *body, "break", "}"]

    def s_break_statement(self, node: Node) -> list[str]:
        label = next((text(c) for c in node.named_children if c.type == "identifier"), "")
        m = self.ctx.m
        if m is not None and m.try_ret and m.jump_codes is not None:
            key = "break:" + label
            if key in m.jump_codes or self._exits_try(node, label, "break"):
                code = m.jump_codes.setdefault(key, len(m.jump_codes) + 1)
                var = m.try_ret[-1][1].replace("done", "jump")
                return [f"{var} = {code}", "return"]
        return [f"break {label}".strip()]

    def s_continue_statement(self, node: Node) -> list[str]:
        label = next((text(c) for c in node.named_children if c.type == "identifier"), "")
        m = self.ctx.m
        if m is not None and m.try_ret and m.jump_codes is not None:
            key = "continue:" + label
            if key in m.jump_codes or self._exits_try(node, label, "continue"):
                code = m.jump_codes.setdefault(key, len(m.jump_codes) + 1)
                var = m.try_ret[-1][1].replace("done", "jump")
                return [f"{var} = {code}", "return"]
        return [f"continue {label}".strip()]

    def _exits_try(self, node: Node, label: str, kind: str) -> bool:
        """Whether a break/continue leaves the innermost enclosing try closure."""
        cur = node.parent
        while cur is not None:
            if cur.type in (
                "try_statement",
                "try_with_resources_statement",
                "synchronized_statement",
            ):
                return True
            if cur.type in _LOOPS and not label:
                return False
            if cur.type == "switch_block" and kind == "break" and not label:
                return False
            if label and cur.type == "labeled_statement" and text(cur.named_children[0]) == label:
                return False
            cur = cur.parent
        return False

    def s_yield_statement(self, node: Node) -> list[str]:
        m = self.ctx.m
        assert m is not None
        value = node.named_children[0]
        g = self.ctx.go_type(m.ret)
        return self._with_pre([f"return {unparen(self.ex.value(value, m.ret, g))}"])

    def s_assert_statement(self, node: Node) -> list[str]:
        # Java runs without -ea by default: assertions are not evaluated.
        return ["// assert " + " ".join(text(node).removeprefix("assert").rstrip(";").split())]

    def s_explicit_constructor_invocation(self, node: Node) -> list[str]:
        return []  # handled by the constructor translator

    def s_empty_statement(self, node: Node) -> list[str]:
        return []

    # -- switch -------------------------------------------------------------------------------
    def s_switch_expression(self, node: Node) -> list[str]:
        return self.switch(node, None)

    s_switch_statement = s_switch_expression

    def switch(self, node: Node, result: JType | None) -> list[str]:
        cond = node.child_by_field_name("condition")
        body = node.child_by_field_name("body")
        assert cond is not None and body is not None
        inner = cond.named_children[0] if cond.type == "parenthesized_expression" else cond
        subject = self.ex.expr(inner)
        pre, self.ctx.pre = self.ctx.pre, []
        st = subject.jtype
        sg = subject.gtype
        subj = unparen(subject.text)
        if sg.startswith("*") and sg[1:] in ("int8", "int16", "int32", "uint16"):
            subj = f"*{subject.paren(6)}"
            st = jt.unboxed(st)
        elif sg == "string" or (isinstance(st, ClassType) and st.sym.is_enum):
            subj = f"java.NonNull({subj})"  # switch on a null String or enum: NPE
        groups = self._groups(body)
        out = [*pre, f"switch {subj} {{"]
        for k, (labels, stmts, arrow) in enumerate(groups):
            cases = []
            default = False
            for lab in labels:
                if lab is None:
                    default = True
                else:
                    cases.append(self._case_value(lab, st, sg))
            head = "default:" if default and not cases else f"case {', '.join(cases)}:"
            lines: list[str] = []
            self.ctx.push()
            try:
                if arrow:
                    for s in stmts:
                        if result is not None and s.type == "expression_statement":
                            # `case 1 -> 0;` in a switch expression: the arm's value.
                            s = s.named_children[0]
                        if (
                            s.type == "expression_statement"
                            or s.type.endswith("statement")
                            or s.type == "block"
                        ):
                            lines += self.stmt(s) if s.type != "block" else self.block_lines(s)
                        else:
                            e = self.ex.expr(s, result)
                            if result is not None:
                                m = self.ctx.m
                                assert m is not None
                                lines += self._with_pre(
                                    [f"return {unparen(self.ex.convert(e, result))}"]
                                )
                            else:
                                lines += self._with_pre([e.stmt or _as_statement(e)])
                else:
                    for s in stmts:
                        lines += self.stmt(s)
                self._close_scope(lines)
            finally:
                self.ctx.pop()
            falls = not arrow and _completes_normally(stmts) and k < len(groups) - 1
            if lines and untag(lines[-1]) == "break" and not arrow:
                lines = lines[:-1]
            if default and cases:
                out += [f"case {', '.join(cases)}:", "fallthrough", "default:"]
            else:
                out.append(head)
            out += lines
            if falls:
                out.append("fallthrough")
        out.append("}")
        return out

    def _groups(self, body: Node) -> list[tuple[list[Node | None], list[Node], bool]]:
        groups: list[tuple[list[Node | None], list[Node], bool]] = []
        for c in body.named_children:
            if c.type == "switch_block_statement_group":
                labels: list[Node | None] = []
                stmts: list[Node] = []
                for x in c.named_children:
                    if x.type == "switch_label":
                        labels += _label_values(x)
                    else:
                        stmts.append(x)
                groups.append((labels, stmts, False))
            elif c.type == "switch_rule":
                kids = c.named_children
                labels = _label_values(kids[0])
                groups.append((labels, kids[1:], True))
        return groups

    def _case_value(self, lab: Node, st: JType, sg: str) -> str:
        if isinstance(st, ClassType) and st.sym.is_enum and lab.type == "identifier":
            fs = st.sym.fields.get(text(lab))
            if fs is not None:
                return self.ex.static_field(fs).text
        e = self.ex.expr(lab)
        if e.const is not None and sg in ("int8", "int16", "int32", "int64", "uint16"):
            return self.ex.const_text(e.const, jt.unboxed(st) if jt.unboxed(st) != st else st)
        if sg == "string" and e.const is not None:
            return go_string(str(e.const.value))
        return unparen(e.text)

    def switch_expression(self, node: Node, expected: JType | None) -> GoExpr:
        m = self.ctx.m
        assert m is not None
        t = expected if expected is not None and expected.known else self._switch_type(node)
        g = self.ctx.go_type(t)
        saved = (m.ret, m.try_ret, m.in_ctor)
        m.ret, m.try_ret, m.in_ctor = t, [], False
        try:
            lines = self.switch(node, t)
        finally:
            m.ret, m.try_ret, m.in_ctor = saved
        if not ends_terminating(lines):
            lines.append('panic("unreachable")')  # an exhaustive enum switch without default
        return GoExpr(f"func() {g} {{\n" + "\n".join(lines) + "\n}()", t, g)

    def _switch_type(self, node: Node) -> JType:
        body = node.child_by_field_name("body")
        for c in body.named_children if body is not None else []:
            if c.type == "switch_rule" and len(c.named_children) > 1:
                v = c.named_children[-1]
                if v.type == "expression_statement" and v.named_children:
                    v = v.named_children[0]  # `case 0 -> 1;`: the arm's value
                if v.type not in ("block", "expression_statement", "throw_statement"):
                    saved = self.ctx.gaps[:]
                    e = self.ex.expr(v)
                    self.ctx.gaps[:] = saved
                    if e.jtype.known and e.jtype != jt.NULL:
                        return e.jtype
        return self.p.object_type

    # -- exceptions ---------------------------------------------------------------------------
    def s_try_statement(self, node: Node) -> list[str]:
        body = node.child_by_field_name("body")
        catches = [c for c in node.named_children if c.type == "catch_clause"]
        fin = next((c for c in node.named_children if c.type == "finally_clause"), None)
        return self.try_(node, body, catches, fin, [])

    def s_try_with_resources_statement(self, node: Node) -> list[str]:
        body = node.child_by_field_name("body")
        catches = [c for c in node.named_children if c.type == "catch_clause"]
        fin = next((c for c in node.named_children if c.type == "finally_clause"), None)
        res = node.child_by_field_name("resources")
        return self.try_(node, body, catches, fin, res.named_children if res is not None else [])

    def try_(
        self,
        node: Node,
        body: Node | None,
        catches: list[Node],
        fin: Node | None,
        resources: list[Node],
    ) -> list[str]:
        m = self.ctx.m
        assert m is not None
        ret_var = self.ctx.fresh("ret") if self.ctx.go_type(m.ret) else ""
        done = self.ctx.fresh("done")
        jump = done.replace("done", "jump")
        m.try_ret.append((ret_var, done))
        saved_codes = m.jump_codes
        m.jump_codes = {}
        self.ctx.push()
        try:
            inner: list[str] = []
            for r in resources:
                inner += self._resource(r)
            inner += self.block_lines(body) if body is not None else []
            codes = m.jump_codes
            catch_lines: list[str] = []
            if catches:
                ex = self.ctx.fresh("ex")
                catch_lines = [f"if {ex} := java.Try(func() {{", *inner, f"}}); {ex} != nil {{"]
                if fin is None:
                    # Catch bodies run outside the closure: their returns are direct.
                    m.try_ret.pop()
                    m.jump_codes = saved_codes
                try:
                    switch = self._catches(catches, ex)
                finally:
                    if fin is None:
                        m.try_ret.append((ret_var, done))
                        m.jump_codes = codes
                catch_lines += [*switch, "}"]
            else:
                catch_lines = ["func() {", *inner, "}()"]
            if fin is not None:
                fin_lines = _discarding_pending(self.block_lines(fin.named_children[-1]))
                wrapped = [
                    "func() {",
                    "defer func() {",
                    *fin_lines,
                    "}()",
                    *(catch_lines if catches else inner),
                    "}()",
                ]
            else:
                wrapped = catch_lines
        finally:
            self.ctx.pop()
            m.try_ret.pop()
            codes = m.jump_codes
            m.jump_codes = saved_codes
        used_ret = any(done in ln for ln in wrapped)
        return self._closure_exits(wrapped, ret_var, done, jump, codes, used_ret)

    def _closure_exits(
        self,
        wrapped: list[str],
        ret_var: str,
        done: str,
        jump: str,
        codes: dict[str, int],
        used_ret: bool,
    ) -> list[str]:
        """A try or synchronized body run in a closure: declares what the closure reports,
        runs it, then carries a `return`, `break` or `continue` it made on out of it."""
        m = self.ctx.m
        assert m is not None
        out: list[str] = []
        if used_ret:
            if ret_var:
                out.append(f"var {ret_var} {self.ctx.go_type(m.ret)}")
            out.append(f"{done} := false")
        if codes:
            out.append(f"{jump} := 0")
        out += wrapped
        if used_ret:
            if m.try_ret:
                # Nested in another closure: pass the return on outward.
                outer_var, outer_done = m.try_ret[-1]
                assign = [f"{outer_var} = {ret_var}"] if ret_var and outer_var else []
                out += [f"if {done} {{", *assign, f"{outer_done} = true", "return", "}"]
            elif m.in_ctor:
                out += [f"if {done} {{", "return", "}"]
            else:
                out += [f"if {done} {{", f"return {ret_var}".strip(), "}"]
        for key, code in codes.items():
            kind, _, label = key.partition(":")
            out += [f"if {jump} == {code} {{", f"{kind} {label}".strip(), "}"]
        return out

    def _catches(self, catches: list[Node], ex: str) -> list[str]:
        out = [f"switch {ex}Caught := {ex}.(type) {{"]
        var = f"{ex}Caught"
        for c in catches:
            param = next((x for x in c.named_children if x.type == "catch_formal_parameter"), None)
            if param is None:
                continue
            types_node = next((x for x in param.named_children if x.type == "catch_type"), None)
            tnodes = types_node.named_children if types_node is not None else []
            name = text(param.child_by_field_name("name"))
            ts = [self.ctx.resolve(t) for t in tnodes]
            gos = []
            for t in ts:
                if (
                    isinstance(t, ClassType)
                    and t.sym.qname in ("java.lang.Throwable", "java.lang.Exception")
                    and len(ts) == 1
                ):
                    gos.append(self.ctx.go_type(t))
                else:
                    gos.append(self.ctx.go_type(t))
            self.ctx.push()
            jtype = (
                ts[0]
                if len(ts) == 1
                else self.p.type_of("java.lang.Throwable")
                if "java.lang.Throwable" in self.p.classes
                else jt.UNKNOWN
            )
            g = gos[0] if len(gos) == 1 else "java.Throwable"
            go = self.ctx.declare(name, jtype, g)
            block = self.block_lines(c.child_by_field_name("body") or c.named_children[-1])
            loc = self.ctx.local(name)
            self.ctx.pop()
            out.append(f"case {', '.join(gos)}:")
            if loc is not None and loc.reads > 0:
                out.append(f"{go} := {var}" if len(gos) == 1 else f"{go} := {var}.(java.Throwable)")
            out += block
        out += ["default:", f"panic({ex})", "}"]
        if not any(f"{var}" in x for x in out[1:]):
            out[0] = f"switch {ex}.(type) {{"
        return out

    def _resource(self, r: Node) -> list[str]:
        if r.type == "resource":
            tnode = r.child_by_field_name("type")
            name_node = r.child_by_field_name("name")
            value = r.child_by_field_name("value")
            if tnode is not None and name_node is not None and value is not None:
                t = self.ctx.resolve(tnode)
                e = self.ex.expr(value, t)
                if not t.known:
                    t = e.jtype
                g = self.ctx.go_type(t)
                go = self.ctx.declare(text(name_node), t, g)
                loc = self.ctx.local(text(name_node))
                if loc is not None:
                    loc.reads += 1
                decl = (
                    f"var {go} {g} = {unparen(self.ex.convert(e, t, g))}"
                    if e.jtype == jt.NULL or e.untyped or e.gtype != g
                    else f"{go} := {unparen(self.ex.convert(e, t, g))}"
                )
                return self._with_pre(
                    [
                        decl,
                        f"defer func() {{ java.CloseResource({go}, recover()) }}()",
                    ]
                )
            inner = r.named_children[0] if r.named_children else r
            e = self.ex.expr(inner)
            return self._with_pre(
                [f"defer func() {{ java.CloseResource({unparen(e.text)}, recover()) }}()"]
            )
        e = self.ex.expr(r)
        return self._with_pre(
            [f"defer func() {{ java.CloseResource({unparen(e.text)}, recover()) }}()"]
        )

    def s_synchronized_statement(self, node: Node) -> list[str]:
        lock_node = next(
            (c for c in node.named_children if c.type == "parenthesized_expression"), None
        )
        body = node.child_by_field_name("body") or node.named_children[-1]
        m = self.ctx.m
        assert m is not None
        lock = (
            self.ex.expr(lock_node.named_children[0])
            if lock_node is not None
            else GoExpr("nil", jt.UNKNOWN, "any")
        )
        pre, self.ctx.pre = self.ctx.pre, []
        ret_var = self.ctx.fresh("ret") if self.ctx.go_type(m.ret) else ""
        done = self.ctx.fresh("done")
        jump = done.replace("done", "jump")
        m.try_ret.append((ret_var, done))
        saved_codes = m.jump_codes
        m.jump_codes = {}
        try:
            lines = self.block_lines(body)
        finally:
            m.try_ret.pop()
            codes = m.jump_codes
            m.jump_codes = saved_codes
        monitor = self.ctx.fresh("mon")
        wrapped = [
            f"{monitor} := {unparen(lock.text)}",
            "func() {",
            f"defer java.Lock({monitor})()",
            *lines,
            "}()",
        ]
        used = any(done in ln for ln in lines)
        return [*pre, *self._closure_exits(wrapped, ret_var, done, jump, codes, used)]

    # -- helpers for declarations -------------------------------------------------------------
    def class_of(self, node: Node) -> ClassSym | None:
        for f in self.ctx.file.all_types:
            if f.node is not None and f.node.id == node.id:
                return f
        return None


_TAG = re.compile(r" ?/\*@L\d+:\d+\*/")


def code_only(go: str) -> str:
    """``go`` without its comments and string literals (names inside them are not reads)."""
    out = []
    k, n = 0, len(go)
    while k < n:
        ch = go[k]
        if ch in "\"`'":
            end = k + 1
            while end < n and go[end] != ch:
                end += 2 if go[end] == "\\" and ch != "`" else 1
            out.append(ch + ch)
            k = end + 1
        elif go.startswith("/*", k):
            end = go.find("*/", k + 2)
            k = n if end < 0 else end + 2
        elif go.startswith("//", k):
            end = go.find("\n", k)
            k = n if end < 0 else end
        else:
            out.append(ch)
            k += 1
    return "".join(out)


def _read_in(name: str, lines: list[str], decl_at: int) -> bool:
    """Whether Go code reads ``name`` (a plain `name = v` store is not a read for Go)."""
    word = re.compile(rf"(?<![\w.]){re.escape(name)}\b")
    store = re.compile(rf"^\s*{re.escape(name)}\s*=[^=]")
    for k, line in enumerate(lines):
        body = code_only(line)
        if k == decl_at:
            body = body.split("=", 1)[1] if "=" in body else ""
        for chunk in body.split("\n"):
            hits = len(word.findall(chunk))
            if hits and store.match(chunk):
                hits -= 1
            if hits:
                return True
    return False


def untag(line: str) -> str:
    return _TAG.sub("", line)


def mark_line(lines: list[str], node: Node) -> list[str]:
    """Tags a statement's first Go line with the Java line and column it came from; the
    module writer turns the tags into the source map and strips them."""
    if not lines:
        return lines
    row, col = node.start_point
    tag = f" /*@L{row + 1}:{col + 1}*/"
    first, nl, rest = lines[0].partition("\n")
    return [first + tag + nl + rest, *lines[1:]]


def _label_values(label: Node) -> list[Node | None]:
    """The case constants of a switch label; None stands for `default`."""
    if text(label).strip().startswith("default"):
        return [None]
    return [c for c in label.named_children if c.type not in ("line_comment", "block_comment")]


def _completes_normally(stmts: list[Node]) -> bool:
    """Whether a case's statements can fall through to the next case."""
    real = [s for s in stmts if s.type not in ("line_comment", "block_comment")]
    if not real:
        return True
    last = real[-1]
    while last.type == "block" and last.named_children:
        inner = [s for s in last.named_children if s.type not in ("line_comment", "block_comment")]
        if not inner:
            break
        last = inner[-1]
    if last.type in (
        "break_statement",
        "return_statement",
        "throw_statement",
        "continue_statement",
        "yield_statement",
    ):
        return False
    if last.type == "expression_statement":
        e = last.named_children[0] if last.named_children else None
        if e is not None and e.type == "method_invocation" and text(e).startswith("System.exit"):
            return True
    return True


def _strip_markers(line: str) -> str:
    return re.sub(r" ?/\*decl:[A-Za-z0-9_]+\*/", "", line)


def _parallel(updates: list[str]) -> str | None:
    """Several Java for-updates as one Go post statement (`i, j = i+1, j-1`)."""
    if not updates:
        return ""
    if len(updates) == 1:
        u = updates[0]
        return u if "\n" not in u else None
    lhs, rhs = [], []
    for u in updates:
        if u.endswith("++") or u.endswith("--"):
            v = u[:-2]
            lhs.append(v)
            rhs.append(f"{v} {u[-1]} 1")
        elif " = " in u and "\n" not in u:
            a, b = u.split(" = ", 1)
            lhs.append(a)
            rhs.append(b)
        elif " += " in u or " -= " in u:
            op = "+" if " += " in u else "-"
            a, b = u.split(f" {op}= ", 1)
            lhs.append(a)
            rhs.append(f"{a} {op} ({b})")
        else:
            return None
    return f"{', '.join(lhs)} = {', '.join(rhs)}"


def _paren(go: str) -> str:
    if go.replace(".", "").replace("_", "").replace("(", "").replace(
        ")", ""
    ).isalnum() or go.endswith(")"):
        return go
    return f"({go})"


def is_constant(node: Node) -> bool:
    return evaluate(node, lambda n: None) is not None


__all__ = ["Prim", "Stmts"]


def _discarding_pending(fin_lines: list[str]) -> list[str]:
    """A finally block that completes abruptly (return, break, continue out of it)
    discards the exception the try was throwing: its exits from the deferred function
    recover() first. Exits inside nested function literals are left alone."""
    out: list[str] = []
    depth = 0
    for ln in "\n".join(fin_lines).split("\n"):
        bare = untag(ln).strip()
        if bare == "return" and depth == 0:
            out.append("recover()")
        out.append(ln)
        if "func(" in bare and bare.endswith("{"):
            depth += 1
        elif bare.startswith("}") and ")" in bare and depth > 0:
            depth -= 1
    return out
