"""Java statements to Go statements: blocks, loops, switch, labels, try/catch/finally."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tree_sitter import Node

from .callbase import MUTATORS
from .calls import Calls
from .context import Ctx
from .expressions import Exprs, GoExpr, not_migrated
from .model import text
from .types import BOOLEAN, UNKNOWN, JType, parse_type

_LVALUES = ("identifier", "field_access", "array_access")
_DEFAULT_GO = {"int": "int", "float": "float64", "rune": "rune", "string": "string", "bool": "bool"}


@dataclass
class TryFrame:
    """A try body runs in a closure: jumps out of it travel as numbered control codes."""

    breakable_depth: int
    labels: set[str]
    escapes: list[str] = field(default_factory=list)
    returns: bool = False

    def code(self, jump: str) -> int:
        if jump not in self.escapes:
            self.escapes.append(jump)
        return self.escapes.index(jump) + 2


def reads_in(node: Node) -> set[str]:
    """Names of identifiers that are read somewhere under ``node``."""
    out: set[str] = set()
    stack = [node]
    while stack:
        n = stack.pop()
        stack.extend(n.children)
        if n.type != "identifier" or n.parent is None:
            continue
        p = n.parent
        declares = ("variable_declarator", "formal_parameter", "catch_formal_parameter")
        if p.type in declares and p.child_by_field_name("name") == n:
            continue
        if p.type == "assignment_expression" and p.child_by_field_name("left") == n:
            continue
        if p.type == "method_invocation" and p.child_by_field_name("name") == n:
            continue
        if p.type == "field_access" and p.child_by_field_name("field") == n:
            continue
        if p.type in ("labeled_statement", "break_statement", "continue_statement"):
            continue
        out.add(text(n))
    return out


# Comments and literals, whose brackets do not nest code.
_CODE_NOISE = re.compile(r'/\*.*?\*/|//.*$|"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])*\'|`[^`]*`')


def mark_unused(lines: list[str]) -> list[str]:
    """Adds `_ = x` after each local the Go code never mentions again: Go rejects unused
    locals, and a use can vanish into a `not migrated` panic."""
    flat = "\n".join(lines).split("\n")
    after: dict[int, list[str]] = {}
    for k, line in enumerate(flat):
        m = re.match(r"^\s*(?:var\s+(\w+)\s|(\w+)\s*:=)", line)
        name = (m.group(1) or m.group(2)) if m else None
        if not name or name == "_":
            continue
        end, depth = k, 0
        for end in range(k, len(flat)):
            code = _CODE_NOISE.sub("", flat[end])
            depth += sum(code.count(o) - code.count(c) for o, c in ("{}", "()", "[]"))
            if depth <= 0:
                break
        # Comments quote Java source and do not count as uses.
        rest = re.sub(r"/\*.*?\*/|//[^\n]*", "", "\n".join(flat[end + 1 :]))
        if not re.search(rf"\b{name}\b", rest):
            after.setdefault(end, []).append(f"_ = {name}")
    out: list[str] = []
    for k, line in enumerate(flat):
        out.append(line)
        out += after.get(k, [])
    return out


class Stmts:
    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.ex = Exprs(ctx)
        self.calls = Calls(ctx, self.ex)
        self.ex.block = self.lambda_block
        self.ex.switch = self.switch_expr
        self.reads: set[str] = set()
        # Loops and switches around the current statement, innermost last (label or "").
        self.breakables: list[tuple[str, str]] = []
        self.tries: list[TryFrame] = []
        self.pending_label: str | None = None

    # -- blocks ---------------------------------------------------------------------------
    def block(self, node: Node) -> list[str]:
        self.ctx.push()
        try:
            out: list[str] = []
            children = node.named_children if node.type in ("block", "constructor_body") else [node]
            for c in children:
                out += self.stmt(c)
            return out
        finally:
            self.ctx.pop()

    def lambda_block(self, node: Node) -> list[str]:
        """A lambda body: jumps and returns inside it belong to the lambda alone."""
        saved = (self.tries, self.breakables, self.reads)
        self.tries, self.breakables = [], []
        self.reads = self.reads | reads_in(node)
        try:
            return self.block(node)
        finally:
            self.tries, self.breakables, self.reads = saved

    def body_lines(self, node: Node) -> list[str]:
        """A method body; adds the terminating panic Go needs after non-returning code."""
        self.reads = reads_in(node)
        lines = self.block(node)
        ret = self.ctx.method.ret
        last = node.named_children[-1] if node.named_children else None
        ends = last is not None and (
            last.type in ("return_statement", "throw_statement")
            or (last.type in ("while_statement", "for_statement") and self._forever(last))
            or (bool(lines) and lines[-1].startswith(("return ", "panic(")))
        )
        if ret.name != "void" and not ends:
            # Go's terminating-statement rules are stricter than Java's reachability.
            lines.append('panic("l2j: unreachable: missing return")')
        return mark_unused(lines)

    @staticmethod
    def _forever(node: Node) -> bool:
        cond = node.child_by_field_name("condition")
        has_break = "break" in text(node.child_by_field_name("body"))
        return (cond is None or text(cond).strip("() ") == "true") and not has_break

    def stmt(self, node: Node) -> list[str]:
        method = getattr(self, "s_" + node.type, None)
        if method is None:
            if node.type in ("line_comment", "block_comment"):
                return self.comment(node)
            return [f"// l2j: not migrated: {node.type}", not_migrated(node.type, node)]
        saved, self.ctx.pre_stmts = self.ctx.pre_stmts, []
        try:
            result: list[str] = method(node)
            return self.ctx.pre_stmts + result
        finally:
            self.ctx.pre_stmts = saved

    def comment(self, node: Node) -> list[str]:
        raw = text(node)
        if raw.startswith("//"):
            return [raw]
        body = raw[2:-2].strip("*").strip()
        return [
            "// " + ln.strip().lstrip("*").strip() for ln in body.splitlines() if ln.strip()
        ] or []

    def s_block(self, node: Node) -> list[str]:
        return ["{", *self.block(node), "}"]

    def s_empty_statement(self, node: Node) -> list[str]:
        return []

    # -- declarations and expressions ------------------------------------------------------
    def s_local_variable_declaration(self, node: Node) -> list[str]:
        jt = parse_type(node.child_by_field_name("type"))
        out: list[str] = []
        for d in node.children_by_field_name("declarator"):
            out += self.declare(d, jt)
        return out

    def declare(self, d: Node, jt: JType) -> list[str]:
        ctx = self.ctx
        name = text(d.child_by_field_name("name"))
        dims = d.child_by_field_name("dimensions")
        if dims is not None:
            jt = JType(jt.name, jt.args, jt.dims + text(dims).count("["))
        vnode = d.child_by_field_name("value")
        is_var = jt.name == "var"
        value = self.ex.expr(vnode, None if is_var else jt) if vnode is not None else None
        if is_var:
            jt = value.jtype if value is not None else UNKNOWN
        elif value is not None and not jt.args and value.jtype.args and jt.name == value.jtype.name:
            # A raw type (`List x = new ArrayList<String>()`) takes the value's arguments.
            jt = value.jtype
        elif (
            value is not None
            and value.jtype.is_("TreeMap", "TreeSet")
            and jt.name in ("Map", "Set")
        ):
            # Remember the ordering: iteration over it goes in key order.
            jt = JType(value.jtype.name, jt.args or value.jtype.args)
        go = ctx.declare(name, jt)
        out = [self.short_decl(go, jt, value)]
        if not self.used_after(d, name):
            out.append(f"_ = {go}")
        return out

    def used_after(self, declarator: Node, name: str) -> bool:
        """Whether the statements after this declaration in its block read ``name``."""
        decl = declarator.parent
        if name not in self.reads or decl is None or decl.parent is None:
            return name in self.reads
        after = False
        for sib in decl.parent.named_children:
            if after and name in reads_in(sib):
                return True
            after = after or sib.id == decl.id
        return False

    def short_decl(self, go: str, jt: JType, value: GoExpr | None) -> str:
        ctx = self.ctx
        g = ctx.go_type(jt) if jt.known else "any"
        if value is None:
            return f"var {go} {g}"
        v = self.ex.convert(value, jt)
        if value.jtype.name == "null" or v == "nil":
            return f"var {go} {g} = {v}" if v != "nil" else f"var {go} {g}"
        if value.const:
            default = _DEFAULT_GO.get(self._const_kind(value), "")
            if default != g:
                return f"var {go} {g} = {v}"
        elif value.jtype.known and ctx.go_type(value.jtype) != g and v == value.text:
            return f"var {go} {g} = {v}"
        return f"{go} := {v}"

    @staticmethod
    def _const_kind(e: GoExpr) -> str:
        t = e.text
        if t.startswith('"'):
            return "string"
        if t in ("true", "false") or e.jtype.is_bool:
            return "bool"
        if t.startswith("'"):
            return "rune"
        if e.jtype.name in ("double", "float"):
            return "float"
        return "int" if e.jtype.is_integral else ""

    def s_expression_statement(self, node: Node) -> list[str]:
        e = node.named_children[0]
        return [self.expr_stmt(e)]

    def expr_stmt(self, e: Node) -> str:
        if e.type == "assignment_expression":
            return self.ex.assign_stmt(e)
        if e.type == "update_expression":
            return self.ex.update_stmt(e)
        if e.type == "parenthesized_expression":
            return self.expr_stmt(e.named_children[0])
        if e.type == "method_invocation":
            return self.call_stmt(e)
        r = self.ex.expr(e)
        return f"_ = {r.text}"

    def call_stmt(self, node: Node) -> str:
        r = self.ex.expr(node)
        if r.stmt is not None:
            return r.stmt
        name = text(node.child_by_field_name("name"))
        root = node
        while (
            root.type == "method_invocation" and text(root.child_by_field_name("name")) in MUTATORS
        ):
            obj = root.child_by_field_name("object")
            if obj is None:
                break
            root = obj
        target = None
        if r.jtype.is_builder and name in MUTATORS:
            if root.type in _LVALUES:
                target = self.ex.expr(root)
            elif root.type == "method_invocation":
                target = self.calls.map_slot(root)
            if target is not None and target.jtype.is_builder:
                appended = r.text.removeprefix(f"{target.text} + ")
                if appended != r.text and r.prec == 4:
                    return f"{target.text} += {appended}"
                return f"{target.text} = {r.text}"
        if r.jtype.name != "void" and r.jtype.known and not r.text.endswith(")"):
            return f"_ = {r.text}"
        if r.text.startswith("func() ") and r.jtype.name != "void":
            return f"_ = {r.text}"
        if r.jtype.known and r.jtype.name != "void" and not self._is_call(r.text):
            return f"_ = {r.text}"
        return r.text

    @staticmethod
    def _is_call(go: str) -> bool:
        return go.endswith(")") and not go.startswith("(")

    # -- control flow ---------------------------------------------------------------------
    def cond(self, node: Node | None) -> str:
        assert node is not None
        inner = node.named_children[0] if node.type == "parenthesized_expression" else node
        return self.ex.value(inner, BOOLEAN)

    def s_if_statement(self, node: Node) -> list[str]:
        out = [f"if {self.cond(node.child_by_field_name('condition'))} {{"]
        out += self.branch(node.child_by_field_name("consequence"))
        alt = node.child_by_field_name("alternative")
        while alt is not None:
            if alt.type == "if_statement":
                out.append(f"}} else if {self.cond(alt.child_by_field_name('condition'))} {{")
                out += self.branch(alt.child_by_field_name("consequence"))
                alt = alt.child_by_field_name("alternative")
            else:
                out.append("} else {")
                out += self.branch(alt)
                alt = None
        out.append("}")
        return out

    def branch(self, node: Node | None) -> list[str]:
        if node is None:
            return []
        return self.block(node)

    def loop(
        self,
        node: Node,
        header: str,
        body: Node | None,
        post: list[str] | None = None,
        pre: list[str] | None = None,
    ) -> list[str]:
        label = self.pending_label
        self.pending_label = None
        self.breakables.append(("loop", label or ""))
        try:
            lines = self.branch(body)
        finally:
            self.breakables.pop()
        out = []
        if label and label in self.ctx.method.labels_used:
            out.append(f"{label}:")
        out += [header + " {", *(pre or []), *lines, *(post or []), "}"]
        return out

    def s_while_statement(self, node: Node) -> list[str]:
        c = self.cond(node.child_by_field_name("condition"))
        header = "for" if c == "true" else f"for {c}"
        return self.loop(node, header, node.child_by_field_name("body"))

    def s_do_statement(self, node: Node) -> list[str]:
        # The post statement re-evaluates the condition, so `continue` still tests it.
        c = self.cond(node.child_by_field_name("condition"))
        v = self.ctx.fresh("more")
        return self.loop(node, f"for {v} := true; {v}; {v} = {c}", node.child_by_field_name("body"))

    def s_for_statement(self, node: Node) -> list[str]:
        self.ctx.push()
        try:
            inits = node.children_by_field_name("init")
            init = ""
            if len(inits) == 1 and inits[0].type == "local_variable_declaration":
                init = self.for_init_decl(inits[0])
            elif inits:
                init = self.parallel([self.expr_stmt(i) for i in inits]) or ""
                if not init:
                    return [*[self.expr_stmt(i) for i in inits], *self._for_rest(node, "")]
            return self._for_rest(node, init)
        finally:
            self.ctx.pop()

    def _for_rest(self, node: Node, init: str) -> list[str]:
        cnode = node.child_by_field_name("condition")
        cond = self.ex.value(cnode, BOOLEAN) if cnode is not None else ""
        updates = [self.expr_stmt(u) for u in node.children_by_field_name("update")]
        post = updates[0] if len(updates) == 1 else self.parallel(updates)
        if post is None:
            post = "func() {\n" + "\n".join(updates) + "\n}()"
        if not init and not post:
            header = f"for {cond}".rstrip()
        else:
            header = f"for {init}; {cond}; {post or ''}".rstrip()
        return self.loop(node, header, node.child_by_field_name("body"))

    def for_init_decl(self, node: Node) -> str:
        jt = parse_type(node.child_by_field_name("type"))
        names_: list[str] = []
        vals: list[str] = []
        for d in node.children_by_field_name("declarator"):
            vnode = d.child_by_field_name("value")
            value = (
                self.ex.expr(vnode, jt)
                if vnode is not None
                else GoExpr(self.ctx.zero(jt), jt, True)
            )
            t = value.jtype if jt.name == "var" else jt
            go = self.ctx.declare(text(d.child_by_field_name("name")), t)
            decl = self.short_decl(go, t, value)
            if decl.startswith("var "):
                g = self.ctx.go_type(t)
                v = decl.split(" = ", 1)[1] if " = " in decl else self.ctx.zero(t)
                decl = f"{go} := {g}({v})"
            names_.append(go)
            vals.append(decl.split(" := ", 1)[1])
        return f"{', '.join(names_)} := {', '.join(vals)}"

    @staticmethod
    def parallel(stmts: list[str]) -> str | None:
        """`i++, j--` as one Go assignment `i, j = i+1, j-1`, where each is that simple."""
        lhs: list[str] = []
        rhs: list[str] = []
        for s in stmts:
            if s.endswith(("++", "--")) and " " not in s:
                lhs.append(s[:-2])
                rhs.append(f"{s[:-2]} {'+' if s.endswith('++') else '-'} 1")
            elif (
                " = " in s
                and "\n" not in s
                and not any(op in s.split(" = ")[0] for op in "+-*/%&|^<>")
            ):
                a, b = s.split(" = ", 1)
                lhs.append(a)
                rhs.append(b)
            elif len(s.split()) == 3 and s.split()[1] in ("+=", "-=", "*=", "/="):
                a, op, b = s.split()
                lhs.append(a)
                rhs.append(f"{a} {op[0]} {b}")
            else:
                return None
        return f"{', '.join(lhs)} = {', '.join(rhs)}" if lhs else None

    def s_enhanced_for_statement(self, node: Node) -> list[str]:
        ctx = self.ctx
        jt = parse_type(node.child_by_field_name("type"))
        name = text(node.child_by_field_name("name"))
        vnode = node.child_by_field_name("value")
        assert vnode is not None
        body = node.child_by_field_name("body")
        ctx.push()
        try:
            used = name in reads_in(body) if body is not None else False
            source = vnode
            kind = ""
            if (
                vnode.type == "method_invocation"
                and vnode.child_by_field_name("object") is not None
            ):
                mname = text(vnode.child_by_field_name("name"))
                obj = self.ex.expr(vnode.child_by_field_name("object"))  # type: ignore[arg-type]
                if obj.jtype.is_map and mname in ("keySet", "values", "entrySet"):
                    kind = mname
                    coll = obj
            if not kind:
                coll = self.ex.expr(source)
            t = coll.jtype
            ordered = t.key().unboxed().is_numeric or t.key().is_string
            if t.is_("TreeMap", "TreeSet") and ordered and (kind or t.is_set):
                return self.sorted_loop(node, kind or "keySet", coll, name, jt, body)
            if kind == "entrySet":
                entry = JType("Entry", (t.key(), t.elem()))
                go = ctx.declare(name, entry)
                btxt = text(body)
                k = f"{go}Key" if f"{name}.getKey" in btxt else "_"
                v = f"{go}Value" if f"{name}.getValue" in btxt else "_"
                header = (
                    f"for {k}, {v} := range {coll.text}"
                    if (k, v) != ("_", "_")
                    else f"for range {coll.text}"
                )
                if v != "_" and k == "_":
                    header = f"for _, {v} := range {coll.text}"
                return self.loop(node, header, body)
            el = t.key() if kind == "keySet" else t.elem()
            if jt.name != "var" and jt.known:
                el = jt if not el.known or ctx.go_type(el) == ctx.go_type(jt) else el
            go = ctx.declare(name, el)
            if kind == "keySet" or (not kind and t.is_set):
                header = f"for {go} := range {coll.text}" if used else f"for range {coll.text}"
            else:
                header = f"for _, {go} := range {coll.text}" if used else f"for range {coll.text}"
            return self.loop(node, header, body)
        finally:
            ctx.pop()

    def sorted_loop(
        self, node: Node, kind: str, coll: GoExpr, name: str, jt: JType, body: Node | None
    ) -> list[str]:
        """A TreeMap or TreeSet iterates in key order; Go maps do not, so sort the keys."""
        ctx = self.ctx
        t = coll.jtype
        keys = f"{ctx.use('slices')}.Sorted({ctx.use('maps')}.Keys({coll.text}))"
        if kind == "keySet":
            go = ctx.declare(name, t.key() if not jt.known or jt.name == "var" else jt)
            return self.loop(node, f"for _, {go} := range {keys}", body)
        if kind == "values":
            go = ctx.declare(name, t.elem())
            key = ctx.fresh("key")
            return self.loop(
                node, f"for _, {key} := range {keys}", body, pre=[f"{go} := {coll.text}[{key}]"]
            )
        go = ctx.declare(name, JType("Entry", (t.key(), t.elem())))
        return self.loop(
            node,
            f"for _, {go}Key := range {keys}",
            body,
            pre=[f"{go}Value := {coll.text}[{go}Key]"],
        )

    def s_labeled_statement(self, node: Node) -> list[str]:
        label = text(node.named_children[0])
        inner = node.named_children[1]
        if inner.type in (
            "for_statement",
            "while_statement",
            "do_statement",
            "enhanced_for_statement",
        ):
            self.pending_label = label
            self._scan_labels(inner, label)
            return self.stmt(inner)
        # Go can only break out of loops: a one-pass loop carries the block's label.
        self._scan_labels(inner, label)
        self.breakables.append(("loop", label))
        try:
            body = self.stmt(inner)
        finally:
            self.breakables.pop()
        if label not in self.ctx.method.labels_used:
            return body
        return [f"{label}:", "for range 1 {", *body, "break", "}"]

    def _scan_labels(self, node: Node, label: str) -> None:
        stack = [node]
        while stack:
            n = stack.pop()
            if n.type in ("break_statement", "continue_statement") and any(
                c.type == "identifier" and text(c) == label for c in n.named_children
            ):
                self.ctx.method.labels_used.add(label)
                return
            stack.extend(n.children)

    def jump(self, node: Node, kind: str) -> list[str]:
        label = next((text(c) for c in node.named_children if c.type == "identifier"), "")
        stmt = f"{kind} {label}".strip()
        if self.tries:
            frame = self.tries[-1]
            inside = self.breakables[frame.breakable_depth :]
            escapes = (
                label not in frame.labels
                if label
                else not any(k == "loop" or kind == "break" for k, _ in inside)
            )
            if escapes:
                return [f"return {self.try_zero()}{frame.code(stmt)}"]
        return [stmt]

    def s_break_statement(self, node: Node) -> list[str]:
        return self.jump(node, "break")

    def s_continue_statement(self, node: Node) -> list[str]:
        return self.jump(node, "continue")

    def try_zero(self) -> str:
        ret = self.ctx.method.ret
        return "" if ret.name == "void" or not ret.known else f"{self.ctx.zero(ret)}, "

    def s_return_statement(self, node: Node) -> list[str]:
        ctx = self.ctx
        ret = ctx.method.ret
        vnode = node.named_children[0] if node.named_children else None
        if vnode is not None and not self.tries and ret.known:
            inner = self._unparen(vnode)
            if inner.type == "ternary_expression":
                # `return c ? a : b` reads better as Go's if/return than as a closure.
                return self.ternary_returns(inner)
            if inner.type == "switch_expression":
                return self.switch_returns(inner, ret)
        val = ""
        if vnode is not None:
            val = self.ex.value(vnode, ret if ret.known else None)
        if not val and ctx.method.ctor_recv:
            val = ctx.method.ctor_recv
        if self.tries:
            self.tries[-1].returns = True
            return [f"return {val + ', ' if val else ''}1"]
        return [f"return {val}".rstrip()]

    def ternary_returns(self, node: Node) -> list[str]:
        ret = self.ctx.method.ret
        cond = self.cond(node.child_by_field_name("condition"))
        lines = [f"if {cond} {{"]
        for key in ("consequence", "alternative"):
            branch = self._unparen(node.child_by_field_name(key))
            if branch.type == "ternary_expression":
                lines += self.ternary_returns(branch)
            else:
                lines.append(f"return {self.ex.value(branch, ret)}")
            if key == "consequence":
                lines.append("}")
        return lines

    def switch_returns(self, node: Node, ret: JType) -> list[str]:
        lines = self.switch(node, ret)
        has_default = any(ln == "default:" for ln in lines)
        return lines if has_default else [*lines, 'panic("l2j: no switch case matched")']

    def s_throw_statement(self, node: Node) -> list[str]:
        e = self.ex.expr(node.named_children[0])
        return [f"panic({e.text})"]

    def s_yield_statement(self, node: Node) -> list[str]:
        return self.s_return_statement(node)

    def s_assert_statement(self, node: Node) -> list[str]:
        # Java runs with assertions disabled unless -ea is given; keep the check visible.
        return [
            f"// assert {' '.join(text(node).split())[7:].rstrip(';')}"
            " (Java asserts are off by default)"
        ]

    def s_local_class_declaration(self, node: Node) -> list[str]:
        name = text(node.child_by_field_name("name"))
        return [f"// local class {name} is declared at package level"]

    s_class_declaration = s_local_class_declaration

    # -- switch ---------------------------------------------------------------------------
    def s_switch_expression(self, node: Node) -> list[str]:
        return self.switch(node, None)

    s_switch_statement = s_switch_expression

    def switch(self, node: Node, result: JType | None) -> list[str]:
        ctx = self.ctx
        subject = self.ex.expr(self._unparen(node.child_by_field_name("condition")))
        info = ctx.reg.lookup(subject.jtype.name)
        body = node.child_by_field_name("body")
        assert body is not None
        groups = [
            c
            for c in body.named_children
            if c.type in ("switch_block_statement_group", "switch_rule")
        ]
        label = self.pending_label
        self.pending_label = None
        self.breakables.append(("switch", label or ""))
        out = [f"switch {subject.text} {{"]
        pending: list[str] = []
        try:
            for k, g in enumerate(groups):
                labels = [c for c in g.named_children if c.type == "switch_label"]
                stmts = [c for c in g.named_children if c.type != "switch_label"]
                vals: list[str] = []
                is_default = False
                for lab in labels:
                    if not lab.named_children:
                        is_default = True
                    for v in lab.named_children:
                        vals.append(self.case_value(v, info, subject.jtype))
                if g.type == "switch_block_statement_group" and not stmts and k < len(groups) - 1:
                    if is_default:
                        vals = []
                        out.append("default:")
                        out.append("fallthrough")
                    pending += vals
                    continue
                vals = pending + vals
                pending = []
                if is_default:
                    out.append("default:" if not vals else f"case {', '.join(vals)}:")
                    if vals:
                        out[-1] = "default:"
                        out.insert(len(out) - 1, f"case {', '.join(vals)}:")
                        out.insert(len(out) - 1, "fallthrough")
                else:
                    out.append(f"case {', '.join(vals)}:")
                if g.type == "switch_rule":
                    out += self.rule_body(stmts, result)
                    continue
                if stmts and stmts[-1].type == "break_statement" and not stmts[-1].named_children:
                    stmts = stmts[:-1]
                    ends = True
                else:
                    ends = bool(stmts) and stmts[-1].type in (
                        "return_statement",
                        "throw_statement",
                        "continue_statement",
                        "break_statement",
                        "yield_statement",
                    )
                ctx.push()
                for s in stmts:
                    out += self.stmt(s)
                ctx.pop()
                if not ends and k < len(groups) - 1:
                    out.append("fallthrough")
        finally:
            self.breakables.pop()
        out.append("}")
        if label and label in ctx.method.labels_used:
            out.insert(0, f"{label}:")
        return out

    def rule_body(self, stmts: list[Node], result: JType | None) -> list[str]:
        if not stmts:
            return []
        s = stmts[0]
        if s.type == "block":
            return self.block(s)
        if result is not None and s.type == "expression_statement":
            return [f"return {self.ex.value(s.named_children[0], result)}"]
        if s.type == "throw_statement" or s.type.endswith("_statement"):
            return self.stmt(s)
        if result is not None:
            return [f"return {self.ex.value(s, result)}"]
        return [self.expr_stmt(s)]

    @staticmethod
    def _unparen(node: Node | None) -> Node:
        assert node is not None
        return node.named_children[0] if node.type == "parenthesized_expression" else node

    def case_value(self, v: Node, info: object, subject: JType) -> str:
        from .model import TypeInfo

        if (
            isinstance(info, TypeInfo)
            and info.is_enum
            and v.type == "identifier"
            and text(v) in info.enum_constants
        ):
            return self.ex.enum_constant(info, text(v)).text
        return self.ex.value(v, subject)

    def switch_expr(self, node: Node, expected: JType | None) -> GoExpr:
        """A switch expression: a closure whose cases return the value."""
        t = expected if expected is not None and expected.known else UNKNOWN
        if not t.known:
            t = self._guess_switch_type(node)
        g = self.ctx.go_type(t) if t.known else "any"
        saved = self.ctx.method
        from .context import MethodState

        self.ctx.method = MethodState(t)
        saved_tries, self.tries = self.tries, []
        try:
            lines = self.switch(node, t)
        finally:
            self.ctx.method = saved
            self.tries = saved_tries
        body = "\n".join(lines)
        return GoExpr(f'func() {g} {{\n{body}\npanic("l2j: unreachable")\n}}()', t)

    def _guess_switch_type(self, node: Node) -> JType:
        body = node.child_by_field_name("body")
        for g in body.named_children if body is not None else []:
            if g.type == "switch_rule":
                vals = [c for c in g.named_children if c.type != "switch_label"]
                if vals and not vals[0].type.endswith(("statement", "block")):
                    return self.ex.expr(vals[0]).jtype
        return UNKNOWN

    # -- exceptions and locks -------------------------------------------------------------
    def s_try_statement(self, node: Node) -> list[str]:
        body = node.child_by_field_name("body")
        catches = [c for c in node.named_children if c.type == "catch_clause"]
        fin = next((c for c in node.named_children if c.type == "finally_clause"), None)
        return self.try_block([], body, catches, fin)

    def s_try_with_resources_statement(self, node: Node) -> list[str]:
        body = node.child_by_field_name("body")
        catches = [c for c in node.named_children if c.type == "catch_clause"]
        fin = next((c for c in node.named_children if c.type == "finally_clause"), None)
        res = node.child_by_field_name("resources")
        pre: list[str] = []
        self.ctx.push()
        for r in res.named_children if res is not None else []:
            if r.type == "resource" and r.child_by_field_name("name") is not None:
                jt = parse_type(r.child_by_field_name("type"))
                value = self.ex.expr(r.child_by_field_name("value"), jt)  # type: ignore[arg-type]
                go = self.ctx.declare(text(r.child_by_field_name("name")), jt)
                pre.append(self.short_decl(go, jt, value))
                if self.ctx.go_type(jt) == "any":
                    pre.append(f"_ = {go} // l2j: not migrated: closing the {jt.name}")
                else:
                    pre.append(f"defer {go}.Close()")
        try:
            return self.try_block(pre, body, catches, fin)
        finally:
            self.ctx.pop()

    def s_synchronized_statement(self, node: Node) -> list[str]:
        mu = self.mutex()
        body = node.child_by_field_name("body") or node.named_children[-1]
        lock = [f"{mu}.Lock()", f"defer {mu}.Unlock()"]
        method = node.parent.parent if node.parent is not None else None
        last = node.parent is not None and node.parent.named_children[-1].id == node.id
        if method is not None and method.type == "method_declaration" and last and not self.tries:
            # The method's last statement: the function's own defer unlocks at the same point.
            return [*lock, *self.block(body)]
        return self.try_block(lock, body, [], None)

    def mutex(self) -> str:
        """The lock that stands in for Java's monitor: one per struct, or per type."""
        ctx = self.ctx
        ctx.use("sync")
        info = ctx.type
        if info is None:
            return "l2jMu"
        info_static = ctx.method.info is not None and ctx.method.info.static
        if info_static or ctx.reg.flat:
            ctx.static_mutexes.add(info.go_name)
            return f"{info.go_name[:1].lower()}{info.go_name[1:]}Mu"
        ctx.instance_mutexes.add(info.name)
        return f"{ctx.recv}.l2jMu"

    def try_block(
        self, pre: list[str], body: Node | None, catches: list[Node], fin: Node | None
    ) -> list[str]:
        ctx = self.ctx
        ret = ctx.method.ret
        frame = TryFrame(len(self.breakables), self._labels_in(body))
        self.tries.append(frame)
        try:
            lines = pre + (self.block(body) if body is not None else [])
            catch_lines = self.catch_dispatch(catches)
        finally:
            self.tries.pop()
        fin_lines = (
            self.block(fin.named_children[0]) if fin is not None and fin.named_children else []
        )
        if not frame.returns and not frame.escapes:
            # Nothing leaves the try early: a plain closure does.
            out = ["func() {"]
            if fin_lines:
                out += ["defer func() {", *fin_lines, "}()"]
            if catch_lines:
                out += ["defer func() {", "if thrown := recover(); thrown != nil {"]
                out += [*catch_lines, "}", "}()"]
            return [*out, *lines, "}()"]
        # `return`, `break` and `continue` inside the closure travel out as a control code.
        has_result = ret.known and ret.name != "void"
        sig = f"(ret {ctx.go_type(ret)}, ctl int)" if has_result else "(ctl int)"
        keep = "ret, ctl" if has_result else "ctl"
        out = [f"{keep} := func() {sig} {{"]
        if fin_lines:
            out += ["defer func() {", *fin_lines, "}()"]
        if catch_lines:
            out += [
                "defer func() {",
                "if thrown := recover(); thrown != nil {",
                f"{keep} = func() {sig} {{",
                *catch_lines,
                *self._final_return(catch_lines),
                "}()",
                "}",
                "}()",
            ]
        out += [*lines, *self._final_return(lines), "}()"]
        if frame.returns:
            values = ["ret"] if has_result else []
            if self.tries:
                # Still inside an enclosing try closure: pass the return on outwards.
                self.tries[-1].returns = True
                values.append("1")
            out.append(f"if ctl == 1 {{\n{' '.join(['return', ', '.join(values)]).rstrip()}\n}}")
        elif has_result:
            out[0] = out[0].replace("ret, ctl :=", "_, ctl :=")
        for k, jump in enumerate(frame.escapes, start=2):
            out.append(f"if ctl == {k} {{\n{self.jump_text(jump)}\n}}")
        return ["{", *out, "}"]

    @staticmethod
    def _final_return(lines: list[str]) -> list[str]:
        """The closing bare `return` of a try closure, unless its code already ends so."""
        return [] if lines and lines[-1].startswith(("return", "panic(")) else ["return"]

    def jump_text(self, jump: str) -> str:
        if self.tries:
            label = jump.partition(" ")[2]
            frame = self.tries[-1]
            inside = self.breakables[frame.breakable_depth :]
            escapes = label not in frame.labels if label else not inside
            if escapes:
                return f"return {self.try_zero()}{frame.code(jump)}"
        return jump

    def _labels_in(self, node: Node | None) -> set[str]:
        out: set[str] = set()
        stack = [node] if node is not None else []
        while stack:
            n = stack.pop()
            if n.type == "labeled_statement":
                out.add(text(n.named_children[0]))
            stack.extend(n.children)
        return out

    def catch_dispatch(self, catches: list[Node]) -> list[str]:
        if not catches:
            return []
        ctx = self.ctx
        ctx.helper("l2jException")
        all_classes: list[str] = []
        branches: list[tuple[list[str], list[str]]] = []
        for c in catches:
            param = next(x for x in c.named_children if x.type == "catch_formal_parameter")
            ctype = next(x for x in param.named_children if x.type == "catch_type")
            classes = [parse_type(t).name for t in ctype.named_children]
            all_classes += classes
            name = text(param.child_by_field_name("name"))
            ctx.push()
            go = ctx.declare(name, JType(classes[0]))
            body = c.child_by_field_name("body")
            used = name in reads_in(body) if body is not None else False
            lines = [f"{go} := l2jErr"] if used else []
            lines += self.block(body) if body is not None else []
            ctx.pop()
            branches.append((classes, lines))
        quoted = ", ".join(f'"{c}"' for c in dict.fromkeys(all_classes))
        out = [f"l2jErr := l2jCaught(thrown, {quoted})"]
        if len(branches) == 1:
            if "l2jErr" not in "\n".join(branches[0][1]):
                # The clause never looks at the exception: only the class check remains.
                out = [out[0].removeprefix("l2jErr := ")]
            return out + branches[0][1]
        first = True
        for classes, lines in branches:
            test = " || ".join(f'l2jErr.Is("{c}")' for c in classes)
            out.append(f"{'if' if first else '} else if'} {test} {{")
            out += lines
            first = False
        out.append("}")
        return out
