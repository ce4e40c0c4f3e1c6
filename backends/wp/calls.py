"""Method calls, object creation, lambdas and method references: overloads resolved as
javac resolves them, type arguments inferred, arguments converted to the chosen method's
parameter types, and the call spelled for the object model (virtual calls through `self`,
JDK members through the runtime, library members through their stand-ins)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tree_sitter import Node

from l2j_lsp.project import jtypes as jt
from l2j_lsp.project import names
from l2j_lsp.project.jtypes import ArrayType, ClassType, JType, Prim, TypeVarType
from l2j_lsp.project.symbols import ClassSym, MethodSym, TypeVar, descendants, text

from . import refs
from .context import FileCtx
from .exprs import Exprs, go_string
from .goexpr import PRIMARY, GoExpr, unparen

_POLY = ("lambda_expression", "method_reference")
_TYPE_NODES = ("identifier", "scoped_identifier", "type_identifier", "generic_type")
_TEMPLATE_ARG = re.compile(r"\{(this|args|\d+|[A-Z][A-Za-z0-9]*)\}")
_NONE = "\x03none\x03"  # a template argument the call does not pass
# Go types a Java constant argument has that Go's default type of the literal (int, rune,
# float64) is not.
_UNTYPED_DEFAULTS_DIFFER = frozenset({"uint16", "int64", "float32", "int8", "int16"})
# Templates of Object's methods that call a runtime function taking null (Objects.equals,
# Objects.hashCode, String.valueOf): their receiver is checked as Java's call checks it.
_NULL_TAKING = ("java.Equals({this}", "java.HashCode({this}", "java.Str({this}")
# java.lang methods returning a String that may be null (the rest never return null).
_NULLABLE_STRINGS = frozenset(
    {
        ("java.lang.Throwable", "getMessage"),
        ("java.lang.Throwable", "getLocalizedMessage"),
        ("java.lang.System", "getProperty"),
        ("java.lang.System", "getenv"),
    }
)

Candidate = tuple[MethodSym, dict[TypeVar, JType]]
# Expressions Java accepts as statements: a lambda whose body is any other expression
# returns a value, so it is no void functional method (no Runnable).
_STATEMENT_EXPRS = frozenset(
    {
        "method_invocation",
        "assignment_expression",
        "update_expression",
        "object_creation_expression",
    }
)
_COMMENTS = ("line_comment", "block_comment")


def lambda_results(node: Node) -> tuple[bool, bool]:
    """Whether a lambda can be void-compatible and value-compatible (JLS 15.27.2), told
    from its body's shape before any typing: `() -> "x"` and a block returning a value are
    not void-compatible; a block with `return;`, or one whose last statement completes
    normally with no value returned (`{ run(); }`), is not value-compatible. A call as
    the body may be either."""
    body = node.child_by_field_name("body")
    if body is None:
        return True, True
    if body.type != "block":
        return body.type in _STATEMENT_EXPRS, True
    with_value = bare = False
    todo = list(body.named_children)
    while todo:
        n = todo.pop()
        if n.type in ("lambda_expression", "class_body"):
            continue  # their returns are their own
        if n.type == "return_statement":
            if any(c.type not in _COMMENTS for c in n.named_children):
                with_value = True
            else:
                bare = True
        todo.extend(n.named_children)
    stmts = [c for c in body.named_children if c.type not in _COMMENTS]
    completes = not stmts or stmts[-1].type in (
        "expression_statement",
        "local_variable_declaration",
    )
    return not with_value, not bare and (with_value or not completes)


@dataclass
class Receiver:
    """What a method is called on: ``text`` (Go) of Java type ``jtype``; ``this_call``
    when it is the current object (virtual dispatch goes through `self`)."""

    text: str
    jtype: JType
    gtype: str
    this_call: bool = False
    super_call: bool = False
    hops: int = 0  # outer-instance steps for a method of an enclosing class
    nonnull: bool = False  # known not null (a `new`, a literal, a string concatenation)

    def checked(self, text_: str) -> str:
        """``text_`` (this receiver) for a runtime function that takes null, such as
        java.Equals (Objects.equals): a call on null is a NullPointerException in Java."""
        if self.this_call or self.super_call or self.nonnull:
            return text_
        return f"java.NonNull({unparen(text_)})"


class Calls:
    def __init__(self, ctx: FileCtx, ex: Exprs) -> None:
        self.ctx = ctx
        self.ex = ex
        self.p = ctx.p
        self.ty = ex.ty
        ex.calls = self
        # Set by the declaration translator: emits an anonymous class, returns its symbol.
        self.anonymous_class: object = None
        self.stmts: object = None
        # The result type of the last expression lambda translated (for inference).
        self.last_lambda_ret: JType | None = None
        # Set when the last call's result type depends on the context (generic, unbound).
        self.poly_result = False
        # Arguments (position -> gaps mark) whose type the parameter should decide.
        self.poly_args: dict[int, int] = {}

    # -- invocation ---------------------------------------------------------------------------
    def invocation(self, node: Node, expected: JType | None) -> GoExpr:
        name = text(node.child_by_field_name("name"))
        obj_node = node.child_by_field_name("object")
        arg_nodes = _args(node)
        m = self.ctx.m
        assert m is not None
        if obj_node is None:
            return self._unqualified(node, name, arg_nodes, expected)
        if obj_node.type == "super":
            sup = m.cls.superclass
            if sup is None:
                return self.ex.unsupported(node, "super call")
            cands = self.p.methods_named(sup, name)
            recv = Receiver(m.recv, sup, self.ctx.go_type(sup), this_call=True, super_call=True)
            return self._call(node, cands, recv, arg_nodes, expected, name)
        iface_super = any(c.type == "super" for c in node.children)  # `Named.super.greet()`
        if iface_super or (
            obj_node.type == "field_access"
            and text(obj_node.child_by_field_name("field")) == "super"
        ):
            iface = self.ex.type_name(
                obj_node if iface_super else obj_node.child_by_field_name("object")
            )
            if iface is not None and iface.is_interface:
                cands = self.p.methods_named(ClassType(iface), name)
                recv = Receiver(
                    self.ctx.this_value(),
                    ClassType(iface),
                    self.ctx.go_type(ClassType(iface)),
                    this_call=True,
                    super_call=True,
                )
                return self._call(node, cands, recv, arg_nodes, expected, name)
        if obj_node.type == "this":
            t = ClassType(m.cls, tuple(TypeVarType(tv) for tv in m.cls.tparams))
            recv = Receiver(m.recv, t, self.ctx.go_type(t), this_call=True)
            return self._call(node, self.p.methods_named(t, name), recv, arg_nodes, expected, name)
        target = self.ex.object_or_type(obj_node)
        if isinstance(target, ClassSym):
            t = ClassType(target)
            cands = [
                c for c in self.p.methods_named(t, name) if c[0].static
            ] or self.p.methods_named(t, name)
            if not cands and target.origin == "library":
                return self._library_call(node, target, None, name, arg_nodes, expected)
            return self._call(node, cands, None, arg_nodes, expected, name, static_owner=target)
        if target is None:
            return self.ex.unsupported(node, f"unresolved {text(obj_node)}")
        obj = target
        jtype = obj.jtype
        if isinstance(jtype, TypeVarType):
            bound = jtype.var.bounds[0] if jtype.var.bounds else self.p.object_type
            if (
                isinstance(bound, ClassType)
                and bound.sym.qname == "java.lang.Comparable"
                and name == "compareTo"
                and len(arg_nodes) == 1
            ):
                # `T extends Comparable<T>` may be Integer or String, which Go holds as
                # *int32 or string, without a CompareTo method: the runtime compares.
                other = self.ex.convert(self.ex.expr(arg_nodes[0]), self.p.object_type, "any")
                return GoExpr(
                    f"java.Compare({unparen(obj.text)}, {unparen(other)})", jt.INT, "int32"
                )
            if isinstance(bound, ClassType) and bound.sym.qname != "java.lang.Object":
                bg = self.ctx.go_type(bound)
                obj = GoExpr(f"any({unparen(obj.text)}).({bg})", bound, bg)
                jtype = bound
            else:
                jtype = self.p.object_type
        if isinstance(jtype, ArrayType):
            if name == "clone":
                return GoExpr(f"java.CloneSlice({unparen(obj.text)})", jtype, obj.gtype)
            jtype = self.p.object_type
        if isinstance(jtype, Prim):
            return self.ex.unsupported(node, f"method {name} on {jtype}")
        if not isinstance(jtype, ClassType):
            if obj.gtype == "any":
                jtype = self.p.object_type
            else:
                return self.ex.unsupported(node, f"method {name} on an unknown type")
        if jtype.sym.origin == "library":
            cands = self.p.methods_named(jtype, name)
            if not cands:
                return self._library_call(node, jtype.sym, obj, name, arg_nodes, expected)
        recv = Receiver(obj.text, jtype, obj.gtype, nonnull=obj.nonnull)
        cands = self.p.methods_named(jtype, name)
        if not cands:
            return self.ex.unsupported(node, f"unknown method {jtype.sym.qname}.{name}")
        return self._call(node, cands, recv, arg_nodes, expected, name)

    def _unqualified(
        self, node: Node, name: str, arg_nodes: list[Node], expected: JType | None
    ) -> GoExpr:
        m = self.ctx.m
        assert m is not None
        cur: ClassSym | None = m.cls
        hops = 0
        static_ctx = m.static
        while cur is not None:
            t = ClassType(cur, tuple(TypeVarType(tv) for tv in cur.tparams))
            cands = self.p.methods_named(t, name)
            if cands:
                if static_ctx and hops == 0 and all(not c[0].static for c in cands):
                    break
                recv_text = m.recv + ".outer" * hops
                recv = Receiver(recv_text, t, self.ctx.go_type(t), this_call=True, hops=hops)
                return self._call(node, cands, recv, arg_nodes, expected, name)
            if cur.captures_this or cur.inner:
                hops += 1
            else:
                static_ctx = True
            cur = cur.outer
        f = self.ctx.file
        for owner_q in [*f.static_single.get(name, []), *f.static_on_demand]:
            owner = self.p.lookup_qualified(owner_q, self.p.class_scope(None))
            if owner is None:
                continue
            cands = [c for c in self.p.methods_named(ClassType(owner), name) if c[0].static]
            if cands:
                return self._call(node, cands, None, arg_nodes, expected, name, static_owner=owner)
            if owner.origin == "library" and owner_q in f.static_single.get(name, []):
                return self._library_call(node, owner, None, name, arg_nodes, expected)
        return self.ex.unsupported(node, f"unresolved method {name}")

    # -- arguments and overloads ----------------------------------------------------------------
    def _typed_args(self, arg_nodes: list[Node]) -> tuple[list[GoExpr | None], list[JType | None]]:
        exprs: list[GoExpr | None] = []
        self.poly_args = {}
        types: list[JType | None] = []
        for a in arg_nodes:
            if a.type in _POLY:
                exprs.append(None)
                types.append(None)
            elif _diamond(a):
                # `new X<>(...)` takes its type arguments from the parameter: typed now by
                # its class, translated once the method is chosen.
                exprs.append(None)
                t = self.ctx.resolve(a.child_by_field_name("type"))
                types.append(t)
            else:
                mark = len(self.ctx.gaps)
                self.poly_result = False
                e = self.ex.expr(a)
                if self.poly_result and a.type == "method_invocation":
                    self.poly_args[len(exprs)] = mark
                self.poly_result = False
                exprs.append(e)
                types.append(e.jtype)
        return exprs, types

    def ctor_call_args(
        self, cands: list[Candidate], arg_nodes: list[Node]
    ) -> tuple[Candidate | None, list[str]]:
        """The constructor a `this(...)` or `super(...)` call chooses, and its arguments in
        Go: poly expressions (`List.of()`, lambdas, diamonds) typed by the parameter."""
        exprs, types = self._typed_args(arg_nodes)
        poly_args = dict(self.poly_args)
        chosen = self.ty.choose(cands, types) if cands else None
        params = (
            self._param_types(chosen[0], chosen[1], len(arg_nodes)) if chosen is not None else []
        )
        vals: list[str] = []
        for k, a in enumerate(arg_nodes):
            pt, pg = params[k] if k < len(params) else (jt.UNKNOWN, "any")
            e = exprs[k]
            if e is not None and k in poly_args:
                del self.ctx.gaps[poly_args[k] :]
                e = None
            if e is None:
                e = self.ex.expr(a, pt if chosen is not None else None)
            vals.append(unparen(self.ex.convert(e, pt, pg)) if chosen is not None else e.text)
        return chosen, self.ex.pinned_args(arg_nodes, vals)

    def _call(
        self,
        node: Node,
        cands: list[Candidate],
        recv: Receiver | None,
        arg_nodes: list[Node],
        expected: JType | None,
        name: str,
        static_owner: ClassSym | None = None,
    ) -> GoExpr:
        exprs, types = self._typed_args(arg_nodes)
        poly_args = dict(self.poly_args)
        if len(cands) > 1 and any(a.type in _POLY for a in arg_nodes):
            cands = [c for c in cands if self._poly_fits(c, arg_nodes)] or cands
        chosen = self.ty.choose(cands, types)
        if chosen is None:
            return self.ex.unsupported(node, f"no method {name} for these arguments")
        method, binding = chosen
        binding = dict(binding)
        # Explicit type arguments (`Comparator.<Integer>naturalOrder()`) bind first.
        targs = (
            node.child_by_field_name("type_arguments") if node.type == "method_invocation" else None
        )
        if targs is not None and len(targs.named_children) == len(method.tparams):
            for tv, tnode in zip(method.tparams, targs.named_children, strict=True):
                resolved = self.ctx.resolve(tnode)
                if resolved.known:
                    binding[tv] = resolved
        # Infer the method's own type variables from the arguments, then the expected type.
        provisional: set[TypeVar] = set()  # bound only by a generic call's provisional type
        if method.tparams:
            # A diamond argument (`new ArrayList<>()`) takes its type arguments from the
            # parameter: it binds nothing before the context has (`List<String> l =
            # Collections.synchronizedList(new ArrayList<>())` is a List<String>).
            diamonds = [k for k, e in enumerate(exprs) if e is None and types[k] is not None]
            for pass_ in ("args", "diamonds"):
                for k, p in enumerate(method.params):
                    if (
                        k >= len(types)
                        or types[k] is None
                        or (k in diamonds) != (pass_ == "diamonds")
                    ):
                        continue
                    arg_t = types[k]
                    assert arg_t is not None
                    # A diamond only binds what nothing else has; so does a generic call
                    # typed by its context (`Comparator.reverseOrder()`), and a lambda's
                    # result may still bind it otherwise (see `provisional`).
                    into = binding if pass_ == "args" and k not in poly_args else {}
                    if (
                        method.varargs
                        and k == len(method.params) - 1
                        and isinstance(p, ArrayType)
                        and not isinstance(arg_t, ArrayType)
                    ):
                        self.ty.unify(p.elem, arg_t, method.tparams, into)
                    else:
                        self.ty.unify(p, arg_t, method.tparams, into)
                    for tv, bound in into.items():
                        if tv not in binding and k in poly_args:
                            provisional.add(tv)
                        binding.setdefault(tv, bound)
                if pass_ == "args" and expected is not None and method.ret is not None:
                    held = {tv: binding.pop(tv) for tv in provisional}
                    self._unify_expected(method, expected, binding)
                    provisional -= set(binding)
                    for tv, bound in held.items():
                        binding.setdefault(tv, bound)
            unbound = [tv for tv in method.tparams if tv not in binding or tv in provisional]
            if unbound and (expected is None or method.ret is None):
                # Only the context tells (`Collections.emptyList()`, `naturalOrder()`):
                # an argument of a call is translated again with its parameter's type.
                self.poly_result = True
        params = self._param_types(method, binding, len(arg_nodes))
        spread = self._spreads(method, binding, exprs, len(arg_nodes))
        if spread:
            last_t = jt.substitute(method.params[-1], binding)
            params[-1] = (last_t, self.member_go(method.params[-1], binding, method))
        args_go: list[str] = []
        for k, a in enumerate(arg_nodes):
            pt, pg = params[k] if k < len(params) else (jt.UNKNOWN, "any")
            e = exprs[k]
            if e is not None and k in poly_args:
                del self.ctx.gaps[poly_args[k] :]
                held = {tv: binding.pop(tv) for tv in provisional if tv in binding}
                if held and k < len(method.params):
                    # Typed by the parameter without the guesses its own provisional type
                    # made (`collect(Collectors.toList())` on a Stream<Integer>: toList's
                    # T is Integer, and collect's R then List<Integer>).
                    e = self.ex.expr(a, self._param_types(method, binding, len(arg_nodes))[k][0])
                    typed: dict[TypeVar, JType] = {}
                    self.ty.unify(method.params[k], e.jtype, method.tparams, typed)
                    provisional -= set(typed)
                    for tv, bound in [*typed.items(), *held.items()]:
                        binding.setdefault(tv, bound)
                    params = self._param_types(method, binding, len(arg_nodes))
                    pt, pg = params[k]
                else:
                    for tv, bound in held.items():
                        binding.setdefault(tv, bound)
                    e = self.ex.expr(a, pt)
            if e is None:
                mark = len(self.ctx.gaps)
                self.last_lambda_ret = None
                if (
                    method.tparams
                    and k < len(method.params)
                    and (
                        self._bind_from_ref_receiver(method, method.params[k], a, binding)
                        or self._bind_from_lambda_params(method, method.params[k], a, binding)
                    )
                ):
                    params = self._param_types(method, binding, len(arg_nodes))
                    pt, pg = params[k]
                e = self.ex.expr(a, pt)
                # A type variable only the lambda's result tells (`map(x -> ...)`):
                # bind it from the body's type and translate the lambda again.
                saved = {tv: binding.pop(tv) for tv in provisional if tv in binding}
                rebound = (
                    method.tparams
                    and k < len(method.params)
                    and self._bind_from_lambda(method, method.params[k], binding)
                )
                provisional -= set(binding)
                for tv, bound in saved.items():
                    binding.setdefault(tv, bound)
                if rebound:
                    params = self._param_types(method, binding, len(arg_nodes))
                    pt, pg = params[k]
                    del self.ctx.gaps[mark:]
                    e = self.ex.expr(a, pt)
            if (
                a.type == "method_invocation"
                and e.gtype not in (pg, "any")
                and pg != "any"
                and isinstance(pt, ClassType)
            ):
                e = self._retyped(a, e, pt, pg)
            arg = unparen(self.ex.convert(e, pt, pg))
            if (
                e.untyped
                and e.const is not None
                and pg in _UNTYPED_DEFAULTS_DIFFER
                and method.template
                and not arg.startswith(pg + "(")
            ):
                # A JDK template may pass the argument on as `any` (`println(char)` is
                # Println(x any)): Go would give 'c' its default type, rune.
                arg = f"{pg}({arg})"
            args_go.append(arg)
        args_go = self.ex.pinned_args(arg_nodes, args_go)
        if spread:
            args_go[-1] += "..."
        elif (
            method.varargs
            and method.owner.origin != "jdk"
            and len(arg_nodes) == method.arity - 1
            and isinstance(method.params[-1], ArrayType)
        ):
            # No variable arguments: Java passes an empty array, not null.
            args_go.append(f"{self.member_go(method.params[-1], binding, method)}{{}}...")
        return self.emit(node, method, binding, recv, args_go, static_owner, expected)

    def _retyped(self, node: Node, e: GoExpr, pt: ClassType, pg: str) -> GoExpr:
        """A generic call's result typed by the parameter it is passed to when its own
        arguments gave another Go type: Go has no variance, so `sum(Collection<? extends
        Number>)` given `List.of(1, 2)` needs a List[any], which javac's inference allows
        (T = Number). Kept only when that gives the parameter's Go type and nothing was
        hoisted (a statement translated twice would run twice)."""
        if pt.args == () or any(c.type == "class_body" for c in descendants(node)):
            return e
        ctx = self.ctx
        gaps, pre = len(ctx.gaps), len(ctx.pre)
        again = self.ex.expr(node, pt)
        seen = self.p.as_super(again.jtype, pt.sym) if isinstance(again.jtype, ClassType) else None
        if seen is not None and ctx.go_type(seen) == pg and len(ctx.pre) == pre:
            return again
        del ctx.gaps[gaps:]
        del ctx.pre[pre:]
        return e

    def _bind_from_lambda(
        self, method: MethodSym, declared: JType, binding: dict[TypeVar, JType]
    ) -> bool:
        """Binds the method's type variables that the lambda's result type fixes; True when
        that bound a new one."""
        ret = self.last_lambda_ret
        if ret is None or not ret.known or ret == jt.VOID:
            return False
        fm = self.p.functional_method(declared)
        if fm is None:
            return False
        fret = jt.substitute(fm[0].ret or jt.VOID, fm[1])
        before = {tv for tv in method.tparams if tv in binding}
        self.ty.unify(fret, ret, method.tparams, binding)
        return any(tv in binding and tv not in before for tv in method.tparams)

    def _unify_expected(
        self, method: MethodSym, expected: JType, binding: dict[TypeVar, JType]
    ) -> None:
        """Binds the method's type variables from the type the context expects, except to
        type variables not in scope here: a lambda's expected result may still hold the
        enclosing call's unbound ones (`flatMap(s -> Arrays.stream(a))`: Stream<R>, R
        unknown until the lambda's own type tells)."""
        m = self.ctx.m
        visible = set(m.tscope.tvars.values()) if m is not None else set()
        cls = m.cls if m is not None else None
        while cls is not None:
            visible.update(cls.tparams)
            cls = cls.outer
        trial = dict(binding)
        self.ty.unify_result(method.ret or jt.UNKNOWN, expected, method.tparams, trial)
        for tv, val in trial.items():
            if val is not binding.get(tv) and not _foreign_vars(val, visible):
                binding[tv] = val

    def _poly_fits(self, cand: Candidate, arg_nodes: list[Node]) -> bool:
        """Whether each lambda and method reference argument can be the candidate's
        functional parameter by its number of parameters, and a lambda by whether it
        returns a value, as javac checks before it picks an overload:
        `thenComparing(Player::getName)` is the Function overload, since getName() cannot
        compare two players; `schedule(() -> "x", ...)` is the Callable one."""
        method, binding = cand
        for k, a in enumerate(arg_nodes):
            if a.type not in _POLY or k >= len(method.params):
                continue
            if method.varargs and k >= len(method.params) - 1:
                continue
            fm = self.p.functional_method(jt.substitute(method.params[k], binding))
            if fm is None:
                continue
            arities = self._poly_arities(a)
            if arities is not None and len(fm[0].params) not in arities:
                return False
            if a.type == "lambda_expression":
                void_ok, value_ok = lambda_results(a)
                if not (void_ok if fm[0].ret in (None, jt.VOID) else value_ok):
                    return False
        return True

    def _poly_arities(self, node: Node) -> set[int] | None:
        """The functional arities a lambda or method reference can have (None: unknown)."""
        if node.type == "lambda_expression":
            params = node.child_by_field_name("parameters")
            if params is None:
                return None
            if params.type == "identifier":
                return {1}
            return {
                len(
                    [
                        c
                        for c in params.named_children
                        if c.type not in ("line_comment", "block_comment")
                    ]
                )
            }
        kids = node.named_children
        if len(kids) < 2 or kids[-1].type != "identifier":
            return None
        recv_t = self._ref_type(kids[0])
        if recv_t is None:
            return None
        name = text(kids[-1])
        found = [m for m in recv_t.sym.all_methods() if m.name == name]
        if not found or any(m.varargs for m in found):
            return None
        return {m.arity if m.static else m.arity + 1 for m in found}

    def _ref_type(self, target: Node) -> ClassType | None:
        """The class a method reference's `Type::` names (None: an expression receiver)."""
        if target.type not in _TYPE_NODES:
            return None
        if target.type == "identifier" and self.ctx.local(text(target)) is not None:
            return None
        try:
            t = self.ctx.resolve(target)
        except Exception:  # not a type name
            return None
        return t if isinstance(t, ClassType) and t.known else None

    def _bind_from_ref_receiver(
        self, method: MethodSym, declared: JType, node: Node, binding: dict[TypeVar, JType]
    ) -> bool:
        """`Type::instanceMethod` passed where the functional method's first parameter is
        the receiver (`Comparator.comparing(Player::getLevel)`): that parameter is `Type`,
        which binds the method's type variables it mentions (T = Player), as javac infers
        from an exact method reference. True when that bound a new one."""
        kids = node.named_children
        if node.type != "method_reference" or len(kids) < 2 or kids[-1].type != "identifier":
            return False
        target, name = kids[0], text(kids[-1])
        recv_t = self._ref_type(target)
        if recv_t is None:
            return False
        fm = self.p.functional_method(declared)
        if fm is None or not fm[0].params:
            return False
        arity = len(fm[0].params) - 1
        if not any(
            m.name == name and not m.static and m.arity == arity for m in recv_t.sym.all_methods()
        ):
            return False
        first = jt.substitute(fm[0].params[0], fm[1])
        before = {tv for tv in method.tparams if tv in binding}
        self.ty.unify(first, recv_t, method.tparams, binding)
        return any(tv in binding and tv not in before for tv in method.tparams)

    def _bind_from_lambda_params(
        self, method: MethodSym, declared: JType, node: Node, binding: dict[TypeVar, JType]
    ) -> bool:
        """An explicitly typed lambda (`comparingInt((Task t) -> -t.priority)`) fixes its
        functional method's parameter types, which bind the method's type variables they
        mention (T = Task), as javac infers from it. True when that bound a new one."""
        params = (
            node.child_by_field_name("parameters") if node.type == "lambda_expression" else None
        )
        if params is None or params.type != "formal_parameters":
            return False
        formals = [c for c in params.named_children if c.type == "formal_parameter"]
        fm = self.p.functional_method(declared)
        if not formals or fm is None or len(fm[0].params) != len(formals):
            return False
        before = {tv for tv in method.tparams if tv in binding}
        for p, f in zip(fm[0].params, formals, strict=True):
            tnode = f.child_by_field_name("type")
            if tnode is None or text(tnode) == "var":
                continue
            self.ty.unify(jt.substitute(p, fm[1]), self.ctx.resolve(tnode), method.tparams, binding)
        return any(tv in binding and tv not in before for tv in method.tparams)

    def _spreads(
        self,
        method: MethodSym,
        binding: dict[TypeVar, JType],
        exprs: list[GoExpr | None],
        nargs: int,
    ) -> bool:
        """Whether a varargs call passes an array as the variable part (Go: `xs...`)."""
        if not method.varargs or nargs != method.arity or not exprs:
            return False
        last = exprs[-1]
        want = jt.substitute(method.params[-1], binding)
        return (
            last is not None
            and isinstance(last.jtype, ArrayType)
            and (last.jtype == want or self.ty.subtype(last.jtype, want))
        )

    def _param_types(
        self, method: MethodSym, binding: dict[TypeVar, JType], nargs: int
    ) -> list[tuple[JType, str]]:
        out: list[tuple[JType, str]] = []
        for k, p in enumerate(method.params):
            if method.varargs and k == len(method.params) - 1:
                elem = p.elem if isinstance(p, ArrayType) else p
                et = jt.substitute(elem, binding)
                eg = self.member_go(elem, binding, method)
                while len(out) < nargs:
                    out.append((et, eg))
                break
            out.append((jt.substitute(p, binding), self.member_go(p, binding, method)))
        return out

    def member_go(
        self, declared: JType, binding: dict[TypeVar, JType], method: MethodSym | None = None
    ) -> str:
        """The Go type of a parameter or result as the callee declares it in Go: a type
        variable of its class is the instantiated type argument; one of a generic instance
        method is erased (its bound)."""
        if isinstance(declared, TypeVarType):
            var = declared.var
            if (
                method is not None
                and var in method.tparams
                and not method.static
                and not method.is_ctor
            ):
                bound = var.bounds[0] if var.bounds else self.p.object_type
                return self.ctx.go_type(bound)
            if var in binding:
                return self.ctx.go_type(binding[var])
        return self.ex.member_go(declared, binding)

    # -- emission -----------------------------------------------------------------------------
    def emit(
        self,
        node: Node,
        method: MethodSym,
        binding: dict[TypeVar, JType],
        recv: Receiver | None,
        args: list[str],
        static_owner: ClassSym | None,
        expected: JType | None,
    ) -> GoExpr:
        ret_java = jt.substitute(method.ret or jt.UNKNOWN, binding)
        if (
            isinstance(ret_java, TypeVarType)
            and ret_java.var in method.tparams
            and expected is not None
        ):
            ret_java = expected
        ret_go = self.member_go(method.ret or jt.UNKNOWN, binding, method)
        owner = method.owner
        ctx = self.ctx
        if owner.origin == "jdk":
            return self._jdk(node, method, binding, recv, args, ret_java, ret_go)
        if method.static:
            # A static method initialises its class itself (its first statement).
            fn = refs.func_ref(owner.qname, method.go_name)
            targs = self._explicit_targs(method, binding)
            call = f"{fn}{targs}({', '.join(args)})"
            return self._result(call, ret_java, ret_go, method)
        if recv is None:
            return self.ex.unsupported(node, f"instance method {method.name} without an object")
        if recv.super_call:
            if owner.is_interface:
                fn = refs.func_ref(owner.qname, method.go_name)
                call = f"{fn}({', '.join([ctx.this_value(), *args])})"
                return self._result(call, ret_java, ret_go, method)
            # The superclass's own version: the embedded struct's method, no dispatch.
            sup = ctx.m.cls.superclass if ctx.m else None
            field = _impl_field(sup.sym) if sup is not None else ""
            impl_owner = owner if owner.go and not owner.is_interface else None
            if impl_owner is not None and sup is not None and impl_owner is not sup.sym:
                field = _impl_field(sup.sym)
            if owner.is_abstract and not method.has_body:
                return self.ex.unsupported(node, f"abstract super.{method.name}")
            if method.is_default:
                fn = refs.func_ref(owner.qname, method.go_name)
                return self._result(
                    f"{fn}({', '.join([ctx.this_value(), *args])})", ret_java, ret_go, method
                )
            call = f"{recv.text}.{field}.{method.go_name}({', '.join(args)})"
            return self._result(call, ret_java, ret_go, method)
        target = recv.text
        if recv.this_call:
            cls = ctx.m.cls if ctx.m else None
            for _ in range(recv.hops):
                cls = cls.outer if cls is not None else None
            if (
                cls is not None
                and cls.go is not None
                and cls.go.is_iface
                and not cls.is_interface
                and self._virtual(method)
            ):
                target = f"{recv.text}.self"
            elif cls is not None and cls.is_interface:
                target = recv.text
        call = f"{_recv_paren(target)}.{method.go_name}({', '.join(args)})"
        return self._result(call, ret_java, ret_go, method)

    @staticmethod
    def _virtual(method: MethodSym) -> bool:
        return not method.private and not method.static and "final" not in method.mods

    def _explicit_targs(self, method: MethodSym, binding: dict[TypeVar, JType]) -> str:
        """A generic method's type arguments, spelled out: Go infers less than javac (not
        from a result type, not through an interface's type arguments)."""
        if not method.tparams:
            return ""
        return (
            "["
            + ", ".join(
                self.ctx.go_type(binding.get(tv, self.p.object_type)) for tv in method.tparams
            )
            + "]"
        )

    def _result(self, call: str, ret_java: JType, ret_go: str, method: MethodSym) -> GoExpr:
        if ret_java == jt.VOID:
            return GoExpr(call, jt.VOID, "")
        if (
            ret_go == "string"
            and method.owner.qname.startswith("java.lang.")
            and (method.owner.qname, method.name) not in _NULLABLE_STRINGS
        ):
            # String, StringBuilder, the boxed types' toString...: never null.
            return GoExpr(call, ret_java, ret_go, nonnull=True)
        want = self.ctx.go_type(ret_java) if not isinstance(method.ret, TypeVarType) else ret_go
        if (
            isinstance(method.ret, TypeVarType)
            and method.ret.var in method.tparams
            and not method.static
        ):
            # Erased by Go (a generic instance method): convert back as Java's cast would.
            want = self.ctx.go_type(ret_java)
            if want != ret_go and ret_go == "any":
                return GoExpr(f"java.Cast[{want}]({call})", ret_java, want)
        if method.overrides is not None and method.ret is not None:
            # A covariant override: Go keeps the overridden method's result type.
            root = method
            while root.overrides is not None:
                root = root.overrides
            if root is not method and root.ret is not None:
                rg = self.ctx.go_type(root.ret) if not isinstance(root.ret, TypeVarType) else ret_go
                if rg != ret_go and not isinstance(root.ret, TypeVarType):
                    return GoExpr(f"java.Cast[{ret_go}]({call})", ret_java, ret_go)
        return GoExpr(call, ret_java, ret_go)

    def _jdk(
        self,
        node: Node,
        method: MethodSym,
        binding: dict[TypeVar, JType],
        recv: Receiver | None,
        args: list[str],
        ret_java: JType,
        ret_go: str,
    ) -> GoExpr:
        owner = method.owner
        tmpl = method.template
        if (
            owner.qname == "java.lang.Enum"
            and method.name == "getDeclaringClass"
            and recv is not None
        ):
            # The enum's own class, also for a constant with a body (a subclass in Go).
            g = recv.gtype if not recv.this_call else self.ctx.go_type(recv.jtype)
            return GoExpr(f"java.ClassOf[{g}]()", ret_java, ret_go)
        this = ""
        if recv is not None:
            this = recv.text
            m = self.ctx.m
            sup = m.cls.superclass if m is not None else None
            if (
                recv.super_call
                and sup is not None
                and sup.sym.origin == "jdk"
                and sup.sym.go is not None
            ):
                # super.m() of a JDK superclass: the embedded runtime struct's own method.
                this = f"{recv.text}.{_impl_field(sup.sym)}"
            elif recv.super_call or (
                recv.this_call and tmpl and not tmpl.startswith("{this}.") and m is not None
            ):
                # `super.m()` runs on the whole object; so does a runtime function given
                # `this` (`getClass()`, `hashCode()`, a monitor): the subclass's identity.
                this = self.ctx.this_value()
        if tmpl:
            if recv is not None and tmpl.startswith(_NULL_TAKING):
                this = recv.checked(this)
            go = self.fill(tmpl, this, args, owner, binding, recv, method)
            if ret_java == jt.VOID:
                return GoExpr(go, jt.VOID, "")
            return self._result(go, ret_java, ret_go, method)
        if method.static or recv is None:
            gname = owner.go.type_name if owner.go else owner.name
            return self._result(
                f"java.{gname}{method.go_name}({', '.join(args)})", ret_java, ret_go, method
            )
        if recv.gtype == "string" or (
            isinstance(recv.jtype, ClassType) and recv.jtype.sym.qname == "java.lang.String"
        ):
            return self._result(
                f"java.String{method.go_name}({', '.join([unparen(this), *args])})",
                ret_java,
                ret_go,
                method,
            )
        if recv.gtype == "any" or owner.qname == "java.lang.Object":
            # Object's methods on any value go through the runtime's Java semantics.
            fn = {"Equals": "java.Equals", "HashCode": "java.HashCode", "String": "java.Str"}.get(
                method.go_name
            )
            if fn is not None:
                this = recv.checked(this)
                return self._result(
                    f"{fn}({', '.join([unparen(this), *args])})", ret_java, ret_go, method
                )
        if recv.gtype.startswith("*") and recv.gtype[1:] in (
            "int8",
            "int16",
            "int32",
            "int64",
            "uint16",
            "float32",
            "float64",
            "bool",
        ):
            fn = {
                "Equals": "java.Equals",
                "HashCode": "java.HashCode",
                "String": "java.Str",
                "CompareTo": "java.Compare",
            }.get(method.go_name)
            if fn is not None:
                this = recv.checked(this)
                return self._result(
                    f"{fn}({', '.join([unparen(this), *args])})", ret_java, ret_go, method
                )
            return self._result(
                f"java.{owner.name}{method.go_name}({', '.join([unparen(this), *args])})",
                ret_java,
                ret_go,
                method,
            )
        return self._result(
            f"{_recv_paren(this)}.{method.go_name}({', '.join(args)})", ret_java, ret_go, method
        )

    def fill(
        self,
        tmpl: str,
        this: str,
        args: list[str],
        owner: ClassSym,
        binding: dict[TypeVar, JType],
        recv: Receiver | None,
        method: MethodSym | None = None,
    ) -> str:
        # A method's own type variables hide its class's of the same name.
        tvars = {tv.name: tv for tv in owner.tparams}
        if method is not None:
            tvars.update({tv.name: tv for tv in method.tparams})
        variadic = method.arity - 1 if method is not None and method.varargs else -1

        def one(m: re.Match[str]) -> str:
            key = m.group(1)
            if key == "this":
                return (
                    _recv_paren(this)
                    if m.end() < len(tmpl) and tmpl[m.end()] == "."
                    else unparen(this)
                )
            if key == "args":
                return ", ".join(args)
            if key.isdigit():
                k = int(key)
                if k == variadic:
                    # The variable part: every remaining argument (or none).
                    return ", ".join(args[k:]) if len(args) > k else _NONE
                return args[k] if k < len(args) else _NONE
            tv = tvars.get(key)
            if tv is not None:
                return self.ctx.go_type(binding.get(tv, self.p.object_type))
            for tv2, val in binding.items():
                if tv2.name == key:
                    return self.ctx.go_type(val)
            return "any"

        out = _TEMPLATE_ARG.sub(one, tmpl)
        if _NONE in out:
            out = re.sub(r",\s*" + _NONE + r"(\.\.\.)?|" + _NONE + r"(\.\.\.)?,?\s*", "", out)
        return out

    # -- libraries ----------------------------------------------------------------------------
    def _library_call(
        self,
        node: Node,
        owner: ClassSym,
        obj: GoExpr | None,
        name: str,
        arg_nodes: list[Node],
        expected: JType | None,
    ) -> GoExpr:
        """A member of a type with no source: the stand-in takes `...any` and returns `any`
        (or nothing), converted to what the Java code expects here."""
        args = []
        for a in arg_nodes:
            e = self.ex.expr(a)
            args.append(unparen(self.ex.convert(e, self.p.object_type, "any")))
        go_name = names.method(name, len(arg_nodes), True)
        void = _statement_call(node)
        self.ex.library_use(
            owner,
            ("static " if obj is None else "")
            + f"{name}/{len(arg_nodes)}{' void' if void else ''}",
        )
        if obj is None:
            call = f"{refs.func_ref(owner.qname, go_name)}({', '.join(args)})"
        else:
            call = f"{obj.paren(PRIMARY)}.{go_name}({', '.join(args)})"
        if void:
            return GoExpr(call, jt.VOID, "")
        return GoExpr(call, self.p.object_type, "any")

    # -- object creation ------------------------------------------------------------------------
    def creation(self, node: Node, expected: JType | None) -> GoExpr:
        tnode = node.child_by_field_name("type")
        arg_nodes = _args(node)
        body = next((c for c in node.children if c.type == "class_body"), None)
        outer_node = next(
            (
                c
                for c in node.named_children
                if (tnode is None or c.id != tnode.id)
                and c.type not in ("argument_list", "class_body", "type_arguments")
            ),
            None,
        )
        t = self.ctx.resolve(tnode)
        if outer_node is not None and tnode is not None and tnode.type == "type_identifier":
            # `outer.new Inner()`: Inner is a member type of outer's class, which need not
            # be in scope here.
            outer_t = self.ex.expr(outer_node).jtype
            if isinstance(outer_t, ClassType):
                inner = self.p.member_type(outer_t.sym, text(tnode))
                if inner is not None:
                    t = ClassType(inner, ())
        if not isinstance(t, ClassType):
            return self.ex.unsupported(node, f"new {text(tnode)}")
        diamond = (
            tnode is not None
            and tnode.type == "generic_type"
            and not any(
                c.named_children for c in tnode.named_children if c.type == "type_arguments"
            )
        )
        if (diamond or not t.args) and t.sym.tparams and expected is not None:
            t = self._from_expected(t, expected)
        if body is not None:
            return self.anonymous(node, t, arg_nodes, body)
        sym = t.sym
        if sym.origin == "library":
            args = [
                unparen(self.ex.convert(self.ex.expr(a), self.p.object_type, "any"))
                for a in arg_nodes
            ]
            self.ex.library_use(sym, f"new/{len(arg_nodes)}")
            # A stand-in's constructor returns `any`: converted where it is used.
            return GoExpr(
                f"{refs.func_ref(sym.qname, 'New')}({', '.join(args)})", t, "any", nonnull=True
            )
        if sym.is_interface or (sym.is_abstract and sym.origin == "source"):
            return self.ex.unsupported(node, f"new of abstract {sym.name}")
        cands: list[Candidate] = [(c, self.p.binding(t)) for c in sym.ctors]
        exprs, types = self._typed_args(arg_nodes)
        poly_args = dict(self.poly_args)
        if not cands:
            chosen: Candidate | None = None
        else:
            chosen = self.ty.choose(cands, types)
        if chosen is not None and sym.tparams and not t.args:
            # `new ArrayList<>(other)` with nothing expected: the arguments tell.
            inferred: dict[TypeVar, JType] = {}
            for p, at in zip(chosen[0].params, types, strict=False):
                if at is not None:
                    self.ty.unify(p, at, sym.tparams, inferred)
            if inferred:
                t = ClassType(
                    sym, tuple(inferred.get(tv, self.p.object_type) for tv in sym.tparams)
                )
        binding = self.p.binding(t) if t.args else {}
        args_go: list[str] = []
        if chosen is not None:
            params = self._param_types(chosen[0], binding, len(arg_nodes))
            for k, a in enumerate(arg_nodes):
                pt, pg = params[k] if k < len(params) else (jt.UNKNOWN, "any")
                e = exprs[k]
                if e is None or k in poly_args:
                    if k in poly_args:
                        del self.ctx.gaps[poly_args[k] :]
                    e = self.ex.expr(a, pt)
                assert e is not None
                args_go.append(unparen(self.ex.convert(e, pt, pg)))
            args_go = self.ex.pinned_args(arg_nodes, args_go)
            if (
                chosen[0].varargs
                and len(arg_nodes) == chosen[0].arity
                and exprs
                and exprs[-1] is not None
                and isinstance(exprs[-1].jtype, ArrayType)
            ):
                args_go[-1] += "..."
        else:
            args_go = [unparen(e.text) for e in exprs if e is not None]
        g = self.ctx.go_type(t)
        if sym.origin == "jdk":
            ctor = chosen[0] if chosen is not None else None
            if ctor is not None and ctor.template:
                go = self.fill(ctor.template, "", args_go, sym, binding, None, ctor)
                fresh = sym.qname == "java.lang.String"
                return GoExpr(go, t, g, nonnull=True, fresh=fresh)
            targs = self.ctx.targs(t)
            ta = f"[{', '.join(targs)}]" if targs else ""
            return GoExpr(
                f"java.New{sym.go.type_name if sym.go else sym.name}{ta}({', '.join(args_go)})",
                t,
                g,
                nonnull=True,
            )
        k = chosen[0].ordinal if chosen is not None else 0
        fn = refs.func_ref(sym.qname, "New" + (str(k + 1) if k else ""))
        caps = self.ctx.captures.get(sym)
        if caps:
            args_go[0:0] = self.ctx.capture_args(caps)
        if sym.inner:
            outer_val = self._outer_instance(sym, outer_node)
            args_go.insert(0, outer_val)
        targs = self.ctx.targs(t)
        ta = f"[{', '.join(targs)}]" if targs else ""
        return GoExpr(
            f"{fn}{ta}({', '.join(args_go)})",
            t,
            g if not sym.go or not sym.go.is_iface else self.ctx.impl_go(t),
            nonnull=True,
        )

    def _from_expected(self, t: ClassType, expected: JType) -> ClassType:
        """A diamond or raw generic class typed by what the context expects (`List<String>
        l = new ArrayList<>()`: ArrayList<String>)."""
        seen = (
            self.p.as_super(
                ClassType(t.sym, tuple(TypeVarType(tv) for tv in t.sym.tparams)), expected.sym
            )
            if isinstance(expected, ClassType)
            else None
        )
        if (
            not isinstance(expected, ClassType)
            or not expected.args  # `Object o = new ArrayList<>(ints)`: the arguments tell
            or seen is None
            or len(seen.args) != len(expected.args)
        ):
            return t
        binding: dict[TypeVar, JType] = {}
        for s_arg, e_arg in zip(seen.args, expected.args, strict=True):
            self.ty.unify(s_arg, e_arg, t.sym.tparams, binding)
        return ClassType(t.sym, tuple(binding.get(tv, self.p.object_type) for tv in t.sym.tparams))

    def _outer_instance(self, sym: ClassSym, outer_node: Node | None) -> str:
        """The enclosing instance an inner class's constructor takes: the struct of `this`
        (or of `Outer.this`, or the `outer.new Inner()` qualifier)."""
        if outer_node is not None:
            e = self.ex.expr(outer_node)
            return self._as_struct(e.text, e.gtype, sym.outer)
        m = self.ctx.m
        assert m is not None and sym.outer is not None
        val = self.ctx.this_value(sym.outer)
        return val.removesuffix(".self")

    def _as_struct(self, go: str, gtype: str, cls: ClassSym | None) -> str:
        if cls is None or cls.go is None or not cls.go.is_iface or gtype.startswith("*"):
            return go
        return f"{_recv_paren(go)}.As{cls.go.type_name}()"

    def anonymous(self, node: Node, t: ClassType, arg_nodes: list[Node], body: Node) -> GoExpr:
        """An anonymous class: a named struct declared beside the file's types, its captured
        locals passed to its constructor."""
        emit = self.anonymous_class
        assert callable(emit)
        result: GoExpr = emit(node, t, arg_nodes, body)
        return result

    # -- lambdas ------------------------------------------------------------------------------
    def lambda_(self, node: Node, expected: JType | None) -> GoExpr:
        fm = self.p.functional_method(expected) if expected is not None else None
        if fm is None or not isinstance(expected, ClassType):
            return self.ex.unsupported(node, "lambda without a known functional interface")
        method, binding = fm
        params_node = node.child_by_field_name("parameters")
        body = node.child_by_field_name("body")
        assert body is not None
        pnames: list[str] = []
        if params_node is not None:
            if params_node.type == "identifier":
                pnames = [text(params_node)]
            else:
                for c in params_node.named_children:
                    if c.type == "identifier":
                        pnames.append(text(c))
                    elif c.type in ("formal_parameter", "spread_parameter"):
                        nm = c.child_by_field_name("name")
                        if nm is None:
                            decl = next(
                                (x for x in c.named_children if x.type == "variable_declarator"),
                                None,
                            )
                            nm = decl.child_by_field_name("name") if decl else None
                        pnames.append(text(nm))
        ptypes = [jt.substitute(p, binding) for p in method.params]
        pgos = [self.member_go(p, binding) for p in method.params]
        ret = jt.substitute(method.ret or jt.VOID, binding)
        ret_go = self.member_go(method.ret or jt.VOID, binding) if ret != jt.VOID else ""
        return self.func_literal(expected, pnames, ptypes, pgos, ret, ret_go, body)

    def func_literal(
        self,
        iface: ClassType,
        pnames: list[str],
        ptypes: list[JType],
        pgos: list[str],
        ret: JType,
        ret_go: str,
        body: Node | None,
        body_lines: list[str] | None = None,
    ) -> GoExpr:
        ctx = self.ctx
        m = ctx.m
        assert m is not None
        ctx.push()
        params = []
        for n, t, g in zip(pnames, ptypes, pgos, strict=False):
            go = ctx.declare(n, t, g)
            params.append(f"{go} {g}")
        saved = (m.ret, m.try_depth, m.try_ret, m.jump_codes, m.in_ctor, m.returned)
        m.ret, m.try_depth, m.try_ret, m.jump_codes, m.in_ctor = ret, 0, [], {}, False
        m.returned = []
        m.lambda_depth += 1
        try:
            if body_lines is not None:
                lines = body_lines
            elif body is not None and body.type == "block":
                lines = self.ex.block(body)
                results = [t for t in m.returned if t != jt.NULL]
                if results and all(t.known for t in results):
                    lub = results[0]
                    for t in results[1:]:
                        lub = self.ty.lub(lub, t)
                    self.last_lambda_ret = lub
            elif body is not None:
                saved_pre = ctx.pre
                ctx.pre = []
                e = self.ex.expr(body, ret if ret != jt.VOID and ret.known else None)
                self.last_lambda_ret = e.jtype
                pre = ctx.pre
                ctx.pre = saved_pre
                if ret == jt.VOID:
                    lines = [*pre, e.stmt if e.stmt is not None else _as_statement(e)]
                else:
                    lines = [*pre, f"return {unparen(self.ex.convert(e, ret, ret_go))}"]
            else:
                lines = []
        finally:
            m.ret, m.try_depth, m.try_ret, m.jump_codes, m.in_ctor, m.returned = saved
            m.lambda_depth -= 1
            ctx.pop()
        sig = f"func({', '.join(params)}) {ret_go}".rstrip()
        fn = f"{sig} {{\n" + "\n".join(lines) + "\n}"
        adapter = self.adapter(iface)
        g = ctx.go_type(iface)
        if adapter is None:
            return self.ex.unsupported_typed(f"lambda for {iface.sym.qname}", g, iface)
        return GoExpr(f"{adapter}({fn})", iface, g, nonnull=True)

    def adapter(self, iface: ClassType) -> str | None:
        """The Go func type that implements a functional interface (`java.RunnableFunc`)."""
        sym = iface.sym
        targs = self.ctx.targs(iface)
        ta = f"[{', '.join(targs)}]" if targs else ""
        if sym.origin == "jdk":
            return f"java.{sym.go.type_name if sym.go else sym.name}Func{ta}"
        if sym.origin == "source":
            self.ctx.func_adapters.add(sym.qname)
            return refs.func_ref(sym.qname, "Func") + ta
        return None

    def method_ref(self, node: Node, expected: JType | None) -> GoExpr:
        """`Type::method`, `expr::method`, `Type::new`: a lambda calling it."""
        fm = self.p.functional_method(expected) if expected is not None else None
        if fm is None or not isinstance(expected, ClassType):
            return self.ex.unsupported(
                node, "method reference without a known functional interface"
            )
        method, binding = fm
        ptypes = [jt.substitute(p, binding) for p in method.params]
        pgos = [self.member_go(p, binding) for p in method.params]
        ret = jt.substitute(method.ret or jt.VOID, binding)
        ret_go = self.member_go(method.ret or jt.VOID, binding) if ret != jt.VOID else ""
        kids = node.named_children
        target = kids[0]
        name = text(kids[-1]) if len(kids) > 1 and kids[-1].type == "identifier" else "new"
        pnames = [f"a{k}" for k in range(len(ptypes))]
        ctx = self.ctx
        m = ctx.m
        assert m is not None
        # The call is built as Java source and translated like any call, with the
        # parameters declared as locals of the literal.
        lines: list[str] = []
        ctx.push()
        go_params = [ctx.declare(n, t, g) for n, t, g in zip(pnames, ptypes, pgos, strict=False)]
        ctx.pop()
        expr = self._ref_call(node, target, name, go_params, ptypes, pgos, ret)
        if expr is None:
            return self.ex.unsupported(node, "method reference")
        if ret == jt.VOID:
            lines = [expr.stmt if expr.stmt is not None else _as_statement(expr)]
        else:
            lines = [f"return {unparen(self.ex.convert(expr, ret, ret_go))}"]
        literal = self.func_literal(
            expected, pnames, ptypes, pgos, ret, ret_go, None, body_lines=lines
        )
        self.last_lambda_ret = expr.jtype  # what the referenced method gives, for inference
        return literal

    def _ref_call(
        self,
        node: Node,
        target: Node,
        name: str,
        go_params: list[str],
        ptypes: list[JType],
        pgos: list[str],
        ret: JType,
    ) -> GoExpr | None:
        args = [GoExpr(g, t, pg) for g, t, pg in zip(go_params, ptypes, pgos, strict=False)]
        m = self.ctx.m
        assert m is not None
        if name == "new":
            t = self.ctx.resolve(target)
            if isinstance(t, ArrayType):
                return GoExpr(
                    f"make({self.ctx.go_type(t)}, {go_params[0] if go_params else 0})",
                    t,
                    self.ctx.go_type(t),
                )
            if not isinstance(t, ClassType):
                return None
            if not t.args and t.sym.tparams:
                # `Supplier<List<String>> s = ArrayList::new`: an ArrayList<String>.
                t = self._from_expected(t, ret)
            cands = [(c, self.p.binding(t)) for c in t.sym.ctors]
            chosen = self.ty.choose(cands, [a.jtype for a in args]) if cands else None
            return self._creation_from(t, chosen, args)
        if target.type == "super":
            sup = m.cls.superclass
            if sup is None:
                return None
            cands = self.p.methods_named(sup, name)
            recv = Receiver(m.recv, sup, self.ctx.go_type(sup), this_call=True, super_call=True)
            return self._call_with(node, cands, recv, args, name, None)
        sym = None
        obj: GoExpr | None = None
        if target.type == "this":
            t = ClassType(m.cls, tuple(TypeVarType(tv) for tv in m.cls.tparams))
            cands = self.p.methods_named(t, name)
            recv = Receiver(m.recv, t, self.ctx.go_type(t), this_call=True)
            return self._call_with(node, cands, recv, args, name, None)
        got = self.ex.object_or_type(target)
        if isinstance(got, ClassSym):
            sym = got
        else:
            obj = got
        if sym is not None:
            t = ClassType(sym)
            cands = self.p.methods_named(t, name)
            statics = [c for c in cands if c[0].static]
            chosen = self.ty.choose(statics, [a.jtype for a in args]) if statics else None
            if (chosen is not None and chosen[0].arity == len(args)) or (
                chosen is not None and chosen[0].varargs
            ):
                return self._call_with(node, statics, None, args, name, sym)
            # `Type::instanceMethod`: the first parameter is the receiver.
            if not args:
                return None
            first = args[0]
            recv_t = first.jtype if isinstance(first.jtype, ClassType) else t
            inst = [
                c
                for c in self.p.methods_named(recv_t if isinstance(recv_t, ClassType) else t, name)
                if not c[0].static
            ]
            recv = Receiver(first.text, recv_t, first.gtype)
            if first.gtype == "any" and isinstance(t, ClassType):
                tg = self.ctx.go_type(t)
                recv = Receiver(f"java.Cast[{tg}]({first.text})", t, tg)
            return self._call_with(node, inst, recv, args[1:], name, None)
        if obj is None:
            return None
        if isinstance(obj.jtype, ClassType):
            tmp = obj
            cands = self.p.methods_named(obj.jtype, name)
            recv = Receiver(tmp.text, obj.jtype, obj.gtype)
            return self._call_with(node, cands, recv, args, name, None)
        return None

    def _call_with(
        self,
        node: Node,
        cands: list[Candidate],
        recv: Receiver | None,
        args: list[GoExpr],
        name: str,
        static_owner: ClassSym | None,
    ) -> GoExpr | None:
        chosen = self.ty.choose(cands, [a.jtype for a in args])
        if chosen is None:
            return None
        method, binding = chosen
        binding = dict(binding)
        for k, p in enumerate(method.params):
            if k < len(args):
                self.ty.unify(p, args[k].jtype, method.tparams, binding)
        params = self._param_types(method, binding, len(args))
        go_args = [
            unparen(self.ex.convert(a, pt, pg)) for a, (pt, pg) in zip(args, params, strict=False)
        ]
        return self.emit(node, method, binding, recv, go_args, static_owner, None)

    def _creation_from(self, t: ClassType, chosen: Candidate | None, args: list[GoExpr]) -> GoExpr:
        sym = t.sym
        g = self.ctx.go_type(t)
        binding = self.p.binding(t) if t.args else {}
        params = self._param_types(chosen[0], binding, len(args)) if chosen else []
        go_args = [
            unparen(self.ex.convert(a, pt, pg)) for a, (pt, pg) in zip(args, params, strict=False)
        ]
        targs = self.ctx.targs(t)
        ta = f"[{', '.join(targs)}]" if targs else ""
        if sym.origin == "jdk":
            if chosen is not None and chosen[0].template:
                return GoExpr(
                    self.fill(chosen[0].template, "", go_args, sym, binding, None, chosen[0]),
                    t,
                    g,
                    nonnull=True,
                )
            return GoExpr(
                f"java.New{sym.go.type_name if sym.go else sym.name}{ta}({', '.join(go_args)})",
                t,
                g,
                nonnull=True,
            )
        k = chosen[0].ordinal if chosen is not None else 0
        fn = refs.func_ref(sym.qname, "New" + (str(k + 1) if k else ""))
        return GoExpr(f"{fn}{ta}({', '.join(go_args)})", t, g, nonnull=True)


def _foreign_vars(t: JType, visible: set[TypeVar]) -> bool:
    """Whether ``t`` mentions a type variable not in ``visible``."""
    if isinstance(t, TypeVarType):
        return t.var not in visible
    if isinstance(t, ClassType):
        return any(_foreign_vars(a, visible) for a in t.args)
    if isinstance(t, ArrayType):
        return _foreign_vars(t.elem, visible)
    return False


def _args(node: Node) -> list[Node]:
    args = node.child_by_field_name("arguments")
    if args is None:
        return []
    return [c for c in args.named_children if c.type not in ("line_comment", "block_comment")]


def _diamond(node: Node) -> bool:
    if node.type != "object_creation_expression":
        return False
    tnode = node.child_by_field_name("type")
    return (
        tnode is not None
        and tnode.type == "generic_type"
        and not any(c.named_children for c in tnode.named_children if c.type == "type_arguments")
        and not any(c.type == "class_body" for c in node.children)
    )


def _vars(t: JType) -> set[TypeVar]:
    if isinstance(t, TypeVarType):
        return {t.var}
    if isinstance(t, ClassType):
        out: set[TypeVar] = set()
        for a in t.args:
            out |= _vars(a)
        return out
    if isinstance(t, ArrayType):
        return _vars(t.elem)
    return set()


def _impl_field(sym: ClassSym) -> str:
    """The name Go gives the embedded superclass struct (its type name)."""
    go = sym.go
    assert go is not None
    return go.impl_name or go.type_name


def _recv_paren(go: str) -> str:
    """``go`` as a selector's operand: parenthesised unless it is a primary expression."""
    simple = refs.PATTERN.sub("X", go)
    simple = simple.replace(".", "").replace("_", "").replace("(", "").replace(")", "")
    if simple.isalnum() or (go.endswith(")") and not go.startswith(("func", "-", "!", "*", "&"))):
        return go
    return f"({go})"


def _statement_call(node: Node) -> bool:
    parent = node.parent
    return parent is not None and parent.type == "expression_statement"


def _as_statement(e: GoExpr) -> str:
    """An expression in statement position: Go allows calls and receives only."""
    t = e.text
    if t.startswith("java.NotMigratedValue["):
        return "java.NotMigrated(" + t.split("](", 1)[1]
    if e.jtype == jt.VOID or e.gtype == "":
        return t
    if (t.endswith(")") or t.endswith("*/")) and not t.startswith(("(", "func(")):
        return t
    return f"_ = {t}"


__all__ = ["Calls", "go_string"]
