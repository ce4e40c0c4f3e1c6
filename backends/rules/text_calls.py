"""String and StringBuilder methods on Go strings."""

from __future__ import annotations

import re

from tree_sitter import Node

from .callbase import CallBase
from .expressions import PRIMARY, GoExpr, not_migrated
from .types import (
    BOOLEAN,
    CHAR,
    INT,
    STRING,
    JType,
)


class TextCalls(CallBase):
    # strings
    def string_call(
        self, obj: GoExpr, name: str, args: list[Node], node: Node, expected: JType | None
    ) -> GoExpr | None:
        ex = self.ex
        s = obj.paren(PRIMARY)
        vals = [ex.expr(a) for a in args]
        st = "strings"
        if name == "length":
            return self.i(f"len({obj.text})")
        if name in ("charAt", "codePointAt") and vals:
            return GoExpr(f"rune({s}[{vals[0].text}])", CHAR)
        if name == "isEmpty":
            return GoExpr(f"len({obj.text}) == 0", BOOLEAN, False, 3)
        if name == "isBlank":
            return GoExpr(f'{self.use(st)}.TrimSpace({obj.text}) == ""', BOOLEAN, False, 3)
        if name in ("equals", "contentEquals") and vals:
            return GoExpr(
                f"{obj.paren(4)} == "
                f"{ex.jstr(vals[0]) if vals[0].jtype.is_string else vals[0].text}",
                BOOLEAN,
                False,
                3,
            )
        if name == "equalsIgnoreCase" and vals:
            return GoExpr(f"{self.use(st)}.EqualFold({obj.text}, {vals[0].text})", BOOLEAN)
        if name == "substring" and vals:
            if len(vals) == 1:
                return GoExpr(f"{s}[{vals[0].text}:]", STRING)
            return GoExpr(f"{s}[{vals[0].text}:{vals[1].text}]", STRING)
        if name == "subSequence" and len(vals) == 2:
            return GoExpr(f"{s}[{vals[0].text}:{vals[1].text}]", STRING)
        if name in ("contains", "startsWith", "endsWith") and vals:
            fn = {"contains": "Contains", "startsWith": "HasPrefix", "endsWith": "HasSuffix"}[name]
            target = obj.text if len(vals) == 1 else f"{s}[{vals[1].text}:]"
            return GoExpr(f"{self.use(st)}.{fn}({target}, {ex.jstr(vals[0])})", BOOLEAN)
        if name in ("indexOf", "lastIndexOf") and vals:
            fn = "Index" if name == "indexOf" else "LastIndex"
            needle = ex.jstr(vals[0])
            if len(vals) == 2 and name == "indexOf":
                frm = ex.as_int(vals[1])
                return self.i(
                    f"func() int {{\nif {frm} > len({obj.text}) {{\nreturn -1\n}}\n"
                    f"i := {self.use(st)}.Index({s}[{frm}:], {needle})\nif i >= 0 {{\n"
                    f"i += {frm}\n}}\nreturn i\n}}()"
                )
            return self.i(f"{self.use(st)}.{fn}({obj.text}, {needle})")
        if name in ("toUpperCase", "toLowerCase"):
            return GoExpr(
                f"{self.use(st)}.To{'Upper' if 'Upper' in name else 'Lower'}({obj.text})", STRING
            )
        if name in ("trim", "strip"):
            return GoExpr(f"{self.use(st)}.TrimSpace({obj.text})", STRING)
        if name == "split" and vals:
            if len(vals) == 2:
                return GoExpr(
                    f"{self.use('regexp')}.MustCompile({vals[0].text})"
                    f".Split({obj.text}, {ex.as_int(vals[1])})",
                    STRING.array_of(),
                )
            return GoExpr(
                f"{self.ctx.helper('l2jSplit')}({obj.text}, {vals[0].text})", STRING.array_of()
            )
        if name == "replace" and len(vals) == 2:
            return GoExpr(
                f"{self.use(st)}.ReplaceAll({obj.text}, {ex.jstr(vals[0])}, {ex.jstr(vals[1])})",
                STRING,
            )
        if name in ("replaceAll", "replaceFirst") and len(vals) == 2:
            rep = vals[1].text
            if vals[1].const:
                rep = re.sub(r"\$(\d)", r"${\1}", rep)
            rx = f"{self.use('regexp')}.MustCompile({vals[0].text})"
            if name == "replaceAll":
                return GoExpr(f"{rx}.ReplaceAllString({obj.text}, {rep})", STRING)
            return GoExpr(not_migrated("String.replaceFirst", node, "string"), STRING)
        if name == "matches" and vals:
            return GoExpr(
                f'{self.use("regexp")}.MustCompile("^(?:" + {vals[0].text} + ")$")'
                f".MatchString({obj.text})",
                BOOLEAN,
            )
        if name == "toCharArray":
            return GoExpr(f"[]rune({obj.text})", CHAR.array_of())
        if name in ("compareTo", "compareToIgnoreCase") and vals:
            if name == "compareToIgnoreCase":
                lo = f"{self.use(st)}.ToLower"
                return self.i(f"{self.use(st)}.Compare({lo}({obj.text}), {lo}({vals[0].text}))")
            return self.i(f"{self.use(st)}.Compare({obj.text}, {vals[0].text})")
        if name == "concat" and vals:
            return GoExpr(f"{obj.text} + {vals[0].text}", STRING, False, 4)
        if name == "repeat" and vals:
            return GoExpr(f"{self.use(st)}.Repeat({obj.text}, {ex.as_int(vals[0])})", STRING)
        if name in ("toString", "intern"):
            return obj
        if name == "hashCode":
            return GoExpr(
                ex.convert(
                    GoExpr(f"{self.ctx.helper('l2jHashCode')}({obj.text})", JType("int32")), INT
                ),
                INT,
            )
        if name == "chars":
            return self.streams.chars(obj)
        return None

    def builder_call(
        self, obj: GoExpr, name: str, args: list[Node], node: Node, expected: JType | None
    ) -> GoExpr | None:
        ex = self.ex
        vals = [ex.expr(a) for a in args]
        t = obj.jtype
        if name == "append" and vals:
            v = vals[0]
            if v.jtype.is_array and v.jtype.elem().name == "char":
                return GoExpr(f"{obj.text} + string({v.text})", t, False, 4)
            return GoExpr(f"{obj.text} + {ex.concat_operand(v, True)}", t, False, 4)
        if name == "reverse":
            return GoExpr(f"{self.ctx.helper('l2jReverse')}({obj.text})", t)
        if name == "insert" and len(vals) == 2:
            return GoExpr(
                f"{self.ctx.helper('l2jInsert')}({obj.text}, {ex.as_int(vals[0])}, "
                f"{ex.jstr(vals[1])})",
                t,
            )
        if name == "deleteCharAt" and vals:
            s, i = obj.paren(PRIMARY), vals[0].paren(4)
            return GoExpr(f"{s}[:{i}] + {s}[{i}+1:]", t, False, 4)
        if name == "delete" and len(vals) == 2:
            s = obj.paren(PRIMARY)
            return GoExpr(
                f"{s}[:{vals[0].text}] + {s}[min(len({obj.text}), {ex.as_int(vals[1])}):]",
                t,
                False,
                4,
            )
        if name == "setCharAt" and len(vals) == 2:
            return GoExpr(
                f"{self.ctx.helper('l2jSetCharAt')}({obj.text}, {ex.as_int(vals[0])}, "
                f"{vals[1].text})",
                t,
            )
        if name == "setLength" and vals:
            return GoExpr(f"{obj.paren(PRIMARY)}[:{vals[0].text}]", t)
        return self.string_call(obj, name, args, node, expected)
