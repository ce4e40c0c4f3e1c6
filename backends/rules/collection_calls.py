"""List, Map and Set methods on Go slices and maps; mutations assign back to the receiver."""

from __future__ import annotations

from tree_sitter import Node

from .callbase import MUTATORS, CallBase
from .expressions import PRIMARY, GoExpr, not_migrated
from .streams import stream_of
from .types import (
    BOOLEAN,
    VOID,
    JType,
)


class CollectionCalls(CallBase):
    # collections
    def list_call(
        self, obj: GoExpr, name: str, args: list[Node], node: Node, expected: JType | None
    ) -> GoExpr | None:
        ex = self.ex
        el = obj.jtype.elem()
        lp = obj.paren(PRIMARY)
        sl = "slices"
        g = self.ctx.go_type(el) if el.known else "any"
        if name in ("size", "length"):
            return self.i(f"len({obj.text})")
        if name == "isEmpty":
            return GoExpr(f"len({obj.text}) == 0", BOOLEAN, False, 3)
        if name in ("get", "elementAt") and args:
            return GoExpr(f"{lp}[{ex.expr(args[0]).text}]", el)
        if name in ("getFirst", "peekFirst", "element", "firstElement") or (
            name == "peek" and not obj.jtype.is_("Stack")
        ):
            return GoExpr(f"{lp}[0]", el)
        if name in ("getLast", "peekLast", "lastElement") or name == "peek":
            return GoExpr(f"{lp}[len({obj.text})-1]", el)
        if name == "contains" and args:
            return GoExpr(f"{self.use(sl)}.Contains({obj.text}, {ex.value(args[0], el)})", BOOLEAN)
        if name in ("indexOf", "lastIndexOf") and args:
            v = ex.value(args[0], el)
            if name == "indexOf":
                return self.i(f"{self.use(sl)}.Index({obj.text}, {v})")
            return self.i(
                f"func() int {{\nfor i := len({obj.text}) - 1; i >= 0; i-- {{\n"
                f"if {lp}[i] == {v} {{\nreturn i\n}}\n}}\nreturn -1\n}}()"
            )
        if name in ("stream", "parallelStream"):
            return GoExpr(obj.text, stream_of(el))
        if name in ("iterator", "spliterator"):
            return None
        if name in ("toArray", "clone"):
            return GoExpr(
                f"{self.use(sl)}.Clone({obj.text})",
                obj.jtype if obj.jtype.is_array else el.array_of(),
            )
        if name == "subList" and len(args) == 2:
            a, b = (ex.expr(x).text for x in args)
            return GoExpr(f"{lp}[{a}:{b}]", obj.jtype)
        if name == "equals" and args:
            return GoExpr(f"{self.use(sl)}.Equal({obj.text}, {ex.expr(args[0]).text})", BOOLEAN)
        if name == "hashCode":
            return None
        if name in MUTATORS and (obj.text.endswith(")") or obj.text.startswith("func(")):
            # Go can only append to something it can assign back to.
            return GoExpr(not_migrated(f"{name} on a list returned by a call", node), VOID)
        if name in MUTATORS:
            stmts, result = self.list_mutation(obj, name, args, el, g, node)
            if stmts is not None and obj.jtype.is_array:
                return None
            if stmts is None:
                return None
            return self.as_value(stmts, result, obj)
        return None

    def list_mutation(
        self, obj: GoExpr, name: str, args: list[Node], el: JType, g: str, node: Node
    ) -> tuple[list[str] | None, tuple[str, JType] | None]:
        ex = self.ex
        lv = obj.text
        lp = obj.paren(PRIMARY)
        sl = self.use("slices")
        stack = obj.jtype.is_("Stack")
        if name in ("add", "addLast", "offer", "offerLast") or (name == "push" and stack):
            if len(args) == 2:
                i = ex.as_int(ex.expr(args[0]))
                return [f"{lv} = {sl}.Insert({lv}, {i}, {ex.value(args[1], el)})"], (
                    "__stmt_only__",
                    VOID,
                )
            return [f"{lv} = append({lv}, {ex.value(args[0], el)})"], ("true", BOOLEAN)
        if name in ("push", "addFirst", "offerFirst"):
            return [f"{lv} = {sl}.Insert({lv}, 0, {ex.value(args[0], el)})"], (
                "__stmt_only__",
                VOID,
            )
        if name == "addAll" and args:
            other = ex.expr(args[0])
            if other.jtype.is_set:
                return [f"for v := range {other.text} {{\n{lv} = append({lv}, v)\n}}"], (
                    "true",
                    BOOLEAN,
                )
            return [f"{lv} = append({lv}, {other.text}...)"], ("true", BOOLEAN)
        if name == "set" and len(args) == 2:
            i = ex.expr(args[0]).text
            v = ex.value(args[1], el)
            return [f"=old := {lp}[{i}]", f"{lp}[{i}] = {v}"], ("old", el)
        if name == "clear":
            return [f"{lv} = {lv}[:0]"], None
        if name in ("pop", "removeLast", "pollLast") and (stack or name != "pop"):
            return [f"=last := {lp}[len({lv})-1]", f"{lv} = {lv}[:len({lv})-1]"], ("last", el)
        if name in ("pop", "poll", "removeFirst", "pollFirst", "remove") and not args:
            return [f"=first := {lp}[0]", f"{lv} = {lv}[1:]"], ("first", el)
        if name == "remove" and args:
            a = ex.expr(args[0])
            if (
                a.jtype.unboxed().is_integral
                and not a.jtype.name[0].isupper()
                and (el.name not in ("Integer", "int") or a.jtype.name == "int")
            ):
                i = ex.as_int(a)
                return [f"=removed := {lp}[{i}]", f"{lv} = {sl}.Delete({lv}, {i}, {i}+1)"], (
                    "removed",
                    el,
                )
            self.ctx.helper("l2jRemoveValue")
            v = ex.convert(a, el)
            return [
                f"=n := len({lv})",
                f"{lv} = l2jRemoveValue({lv}, {v})",
            ], (f"len({lv}) != n", BOOLEAN)
        if name == "sort" and args:
            s = self.sort(obj, args, node)
            return [s.text], None
        if name == "removeIf" and args:
            pred = ex.expr(args[0], JType("Predicate", (el,)))
            return [f"{lv} = {sl}.DeleteFunc({lv}, {pred.text})"], None
        if name == "forEach" and args:
            fn = ex.expr(args[0], JType("Consumer", (el,)))
            return [f"for _, v := range {lv} {{\n({fn.text})(v)\n}}"], None
        if name in ("removeAll", "retainAll") and args:
            other = ex.expr(args[0])
            keep = "!" if name == "removeAll" else ""
            test = (
                f"{self.use('slices')}.Contains({other.text}, v)"
                if not other.jtype.is_set
                else f"{self.ctx.helper('l2jHas')}({other.text}, v)"
            )
            return [
                f"{lv} = {self.use('slices')}.DeleteFunc({lv}, func(v {g}) bool {{\n"
                f"return {'!' if not keep else ''}{test}\n}})"
            ], None
        return None, None

    def map_call(
        self, obj: GoExpr, name: str, args: list[Node], node: Node, expected: JType | None
    ) -> GoExpr | None:
        ex = self.ex
        kt, vt = obj.jtype.key(), obj.jtype.elem()
        m = obj.paren(PRIMARY)
        if name == "size":
            return self.i(f"len({obj.text})")
        if name == "isEmpty":
            return GoExpr(f"len({obj.text}) == 0", BOOLEAN, False, 3)
        if name == "get" and args:
            return GoExpr(f"{m}[{ex.value(args[0], kt)}]", vt)
        if name == "containsKey" and args:
            return GoExpr(
                f"{self.ctx.helper('l2jHas')}({obj.text}, {ex.value(args[0], kt)})", BOOLEAN
            )
        if name == "containsValue" and args:
            v = ex.value(args[0], vt)
            return GoExpr(
                f"func() bool {{\nfor _, v := range {obj.text} {{\nif v == {v} {{\n"
                f"return true\n}}\n}}\nreturn false\n}}()",
                BOOLEAN,
            )
        if name == "getOrDefault" and len(args) == 2:
            h = self.ctx.helper("l2jGetOrDefault")
            return GoExpr(f"{h}({obj.text}, {ex.value(args[0], kt)}, {ex.value(args[1], vt)})", vt)
        if name == "keySet":
            self.use("maps")
            lt = JType("List", (kt,))
            return GoExpr(
                f"{self.use('slices')}.AppendSeq({self.ctx.go_type(lt)}{{}}, "
                f"maps.Keys({obj.text}))",
                lt,
            )
        if name == "values":
            self.use("maps")
            lt = JType("List", (vt,))
            return GoExpr(
                f"{self.use('slices')}.AppendSeq({self.ctx.go_type(lt)}{{}}, "
                f"maps.Values({obj.text}))",
                lt,
            )
        if name in ("put", "putIfAbsent") and len(args) == 2:
            k = ex.value(args[0], kt)
            v = ex.value(args[1], vt)
            if name == "putIfAbsent":
                return self.as_value(
                    [f"=old := {m}[{k}]", f"if _, ok := {m}[{k}]; !ok {{\n{m}[{k}] = {v}\n}}"],
                    ("old", vt),
                    obj,
                )
            return self.as_value([f"=old := {m}[{k}]", f"{m}[{k}] = {v}"], ("old", vt), obj)
        if name == "remove" and args:
            k = ex.value(args[0], kt)
            return self.as_value(
                [f"=old := {m}[{k}]", f"delete({obj.text}, {k})"], ("old", vt), obj
            )
        if name == "clear":
            return GoExpr(f"clear({obj.text})", VOID)
        if name == "putAll" and args:
            return GoExpr(f"{self.use('maps')}.Copy({obj.text}, {ex.expr(args[0]).text})", VOID)
        if name == "merge" and len(args) == 3:
            k = ex.value(args[0], kt)
            v = ex.value(args[1], vt)
            f = ex.expr(args[2], JType("BiFunction", (vt, vt, vt)))
            return self.as_value(
                [
                    f"if old, ok := {m}[{k}]; ok {{\n{m}[{k}] = ({f.text})(old, {v})\n"
                    f"}} else {{\n{m}[{k}] = {v}\n}}"
                ],
                (f"{m}[{k}]", vt),
                obj,
            )
        if name == "computeIfAbsent" and len(args) == 2:
            k = ex.value(args[0], kt)
            f = ex.expr(args[1], JType("Function", (kt, vt)))
            return self.as_value(
                [f"if _, ok := {m}[{k}]; !ok {{\n{m}[{k}] = ({f.text})({k})\n}}"],
                (f"{m}[{k}]", vt),
                obj,
            )
        if name == "forEach" and args:
            f = ex.expr(args[0], JType("BiConsumer", (kt, vt)))
            return GoExpr(f"for k, v := range {obj.text} {{\n({f.text})(k, v)\n}}", VOID)
        return None

    def set_call(
        self, obj: GoExpr, name: str, args: list[Node], node: Node, expected: JType | None
    ) -> GoExpr | None:
        ex = self.ex
        el = obj.jtype.elem()
        s = obj.paren(PRIMARY)
        if name == "size":
            return self.i(f"len({obj.text})")
        if name == "isEmpty":
            return GoExpr(f"len({obj.text}) == 0", BOOLEAN, False, 3)
        if name == "contains" and args:
            return GoExpr(
                f"{self.ctx.helper('l2jHas')}({obj.text}, {ex.value(args[0], el)})", BOOLEAN
            )
        if name == "add" and args:
            v = ex.value(args[0], el)
            h = self.ctx.helper("l2jHas")
            return self.as_value(
                [f"=had := {h}({obj.text}, {v})", f"{s}[{v}] = struct{{}}{{}}"],
                ("!had", BOOLEAN),
                obj,
            )
        if name == "remove" and args:
            v = ex.value(args[0], el)
            h = self.ctx.helper("l2jHas")
            return self.as_value(
                [f"=had := {h}({obj.text}, {v})", f"delete({obj.text}, {v})"], ("had", BOOLEAN), obj
            )
        if name == "addAll" and args:
            other = ex.expr(args[0])
            loop = (
                f"for v := range {other.text}"
                if other.jtype.is_set
                else f"for _, v := range {other.text}"
            )
            return self.as_value(
                [f"{loop} {{\n{s}[v] = struct{{}}{{}}\n}}"], ("true", BOOLEAN), obj
            )
        if name == "clear":
            return GoExpr(f"clear({obj.text})", VOID)
        if name in ("retainAll", "removeAll") and args:
            other = ex.expr(args[0])
            if other.jtype.is_set or other.jtype.is_map:
                has = f"{self.ctx.helper('l2jHas')}({other.text}, v)"
            else:
                has = f"{self.use('slices')}.Contains({other.text}, v)"
            test = f"!{has}" if name == "retainAll" else has
            return self.as_value(
                [f"for v := range {obj.text} {{\nif {test} {{\ndelete({obj.text}, v)\n}}\n}}"],
                ("true", BOOLEAN),
                obj,
            )
        return None
