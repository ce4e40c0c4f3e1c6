"""Java's typing rules the translator needs: assignability (widening, boxing, subtyping),
type-variable inference from arguments and from the expected type, and overload resolution
(applicability in javac's three phases, then the most specific method)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from l2j_lsp.project import jtypes as jt
from l2j_lsp.project.jtypes import ArrayType, ClassType, JType, Prim, Special, TypeVarType
from l2j_lsp.project.model import Project
from l2j_lsp.project.symbols import MethodSym, TypeVar

_WIDENING = {
    "byte": ("short", "int", "long", "float", "double"),
    "short": ("int", "long", "float", "double"),
    "char": ("int", "long", "float", "double"),
    "int": ("long", "float", "double"),
    "long": ("float", "double"),
    "float": ("double",),
    "double": (),
    "boolean": (),
}


class Typing:
    def __init__(self, project: Project) -> None:
        self.p = project

    # -- assignability ----------------------------------------------------------------------
    def assignable(self, src: JType, dst: JType, boxing: bool = True) -> bool:
        if not src.known or not dst.known or src == dst:
            return True
        if isinstance(dst, TypeVarType):
            return True  # inference binds it
        if isinstance(src, Prim) and isinstance(dst, Prim):
            return dst.name in _WIDENING.get(src.name, ())
        if src == jt.NULL:
            return not isinstance(dst, Prim)
        if isinstance(src, Prim):
            if not boxing:
                return False
            box = jt.BOX_OF.get(src.name)
            if box is None:
                return False
            return self.assignable(self.p.type_of(box), dst, False)
        if isinstance(dst, Prim):
            if not boxing:
                return False
            u = jt.unboxed(src)
            return isinstance(u, Prim) and self.assignable(u, dst, False)
        return self.subtype(src, dst)

    def subtype(self, src: JType, dst: JType) -> bool:
        """Reference subtyping by erasure (type arguments are not compared: Java code that
        compiles already respects them)."""
        if not src.known or not dst.known or src == dst:
            return True
        if isinstance(dst, ClassType) and dst.sym.qname == "java.lang.Object":
            return not isinstance(src, Prim)
        if isinstance(src, TypeVarType):
            return any(self.subtype(b, dst) for b in src.var.bounds)
        if isinstance(dst, TypeVarType):
            return True
        if isinstance(src, ArrayType):
            if isinstance(dst, ArrayType):
                if isinstance(src.elem, Prim) or isinstance(dst.elem, Prim):
                    return src.elem == dst.elem
                return self.subtype(src.elem, dst.elem)
            return isinstance(dst, ClassType) and dst.sym.qname in (
                "java.lang.Cloneable",
                "java.io.Serializable",
            )
        if isinstance(src, ClassType) and isinstance(dst, ClassType):
            if src.sym.origin == "library" or dst.sym.origin == "library":
                return True  # unknown hierarchy: trust the Java code
            return self.p.is_subclass(src.sym, dst.sym)
        return False

    # -- inference --------------------------------------------------------------------------
    def unify(
        self, param: JType, arg: JType, tvars: list[TypeVar], binding: dict[TypeVar, JType]
    ) -> None:
        """Binds the type variables of ``param`` from the matching parts of ``arg``."""
        if not arg.known or arg == jt.NULL:
            return
        if isinstance(param, TypeVarType) and param.var in tvars:
            if isinstance(arg, Prim) and arg.name != "void":
                box = jt.BOX_OF.get(arg.name)
                if box:
                    arg = self.p.type_of(box)
            prior = binding.get(param.var)
            if prior is None or (prior != arg and self.subtype(prior, arg)):
                binding[param.var] = arg
            return
        if isinstance(param, ArrayType) and isinstance(arg, ArrayType):
            self.unify(param.elem, arg.elem, tvars, binding)
            return
        if isinstance(param, ClassType) and param.args:
            seen = (
                self.p.as_super(arg, param.sym)
                if isinstance(arg, (ClassType, TypeVarType))
                else None
            )
            if seen is not None and len(seen.args) == len(param.args):
                for p, a in zip(param.args, seen.args, strict=True):
                    self.unify(p, a, tvars, binding)

    def unify_result(
        self, ret: JType, expected: JType, tvars: list[TypeVar], binding: dict[TypeVar, JType]
    ) -> None:
        """Binds type variables of a method's result from the type the context expects
        (`List<T>` expected as `Collection<Integer>` binds T to Integer)."""
        if isinstance(ret, ClassType) and isinstance(expected, ClassType) and expected.args:
            seen = self.p.as_super(ret, expected.sym)
            if seen is not None and len(seen.args) == len(expected.args):
                for r, e in zip(seen.args, expected.args, strict=True):
                    self.unify(r, e, tvars, binding)
                return
        self.unify(ret, expected, tvars, binding)

    # -- overloads --------------------------------------------------------------------------
    def choose(
        self,
        candidates: list[tuple[MethodSym, dict[TypeVar, JType]]],
        args: Sequence[JType | None],
    ) -> tuple[MethodSym, dict[TypeVar, JType]] | None:
        """The method javac would call for these argument types (None for a lambda or
        method reference argument, which fits any functional interface parameter)."""
        if not candidates:
            return None
        if len(candidates) == 1:
            return candidates[0]
        n = len(args)
        for phase in (1, 2, 3):
            fits = [c for c in candidates if self._applicable(c, args, n, phase)]
            if fits:
                return self._most_specific(fits)
        by_arity = [
            c for c in candidates if c[0].arity == n or (c[0].varargs and n >= c[0].arity - 1)
        ]
        return (by_arity or candidates)[0]

    def _applicable(
        self,
        cand: tuple[MethodSym, dict[TypeVar, JType]],
        args: Sequence[JType | None],
        n: int,
        phase: int,
    ) -> bool:
        m, binding = cand
        params = [jt.substitute(p, binding) for p in m.params]
        if phase < 3:
            if len(params) != n:
                return False
        elif not m.varargs or n < len(params) - 1:
            return False
        for k, a in enumerate(args):
            if phase == 3 and k >= len(params) - 1:
                last = params[-1]
                p = last.elem if isinstance(last, ArrayType) else last
                if n == len(params) and isinstance(a, ArrayType) and self.assignable(a, last, True):
                    continue
            else:
                p = params[k]
            if a is None:
                if not self._functional_param(p):
                    return False
                continue
            if not self.assignable(a, p, boxing=phase > 1):
                return False
        return True

    def _functional_param(self, p: JType) -> bool:
        return (
            isinstance(p, (TypeVarType,))
            or (isinstance(p, ClassType) and (p.sym.is_interface or p.sym.origin == "library"))
            or not p.known
        )

    def _most_specific(
        self, fits: list[tuple[MethodSym, dict[TypeVar, JType]]]
    ) -> tuple[MethodSym, dict[TypeVar, JType]]:
        best = fits[0]
        for cand in fits[1:]:
            if self._more_specific(cand, best) and not self._more_specific(best, cand):
                best = cand
        return best

    def _more_specific(
        self, a: tuple[MethodSym, dict[TypeVar, JType]], b: tuple[MethodSym, dict[TypeVar, JType]]
    ) -> bool:
        pa = [jt.substitute(p, a[1]) for p in a[0].params]
        pb = [jt.substitute(p, b[1]) for p in b[0].params]
        if len(pa) != len(pb):
            return len(pa) > len(pb) if a[0].varargs and b[0].varargs else not a[0].varargs
        for x, y in zip(pa, pb, strict=True):
            if isinstance(x, Prim) and isinstance(y, Prim):
                if x != y and not self.assignable(x, y, False):
                    return False
            elif not self.assignable(x, y, False):
                return False
        return True

    # -- misc -------------------------------------------------------------------------------
    def element_type(self, t: JType) -> JType:
        """What `for (X x : expr)` iterates over."""
        if isinstance(t, ArrayType):
            return t.elem
        it = self.p.classes.get("java.lang.Iterable")
        if it is not None:
            seen = self.p.as_super(t, it)
            if seen is not None and seen.args:
                return seen.args[0]
        return self.p.object_type

    def lub(self, a: JType, b: JType) -> JType:
        """A common type of two branches (ternary, switch expression)."""
        if a == b or b == jt.NULL or not b.known:
            return a
        if a == jt.NULL or not a.known:
            return b
        if jt.numeric(a) and jt.numeric(b):
            ua, ub = jt.unboxed(a), jt.unboxed(b)
            if (
                isinstance(ua, Prim)
                and isinstance(ub, Prim)
                and (isinstance(a, Prim) or isinstance(b, Prim))
            ):
                return jt.promote(ua, ub) if ua != ub else ua
        if isinstance(a, Prim) and isinstance(b, Prim):
            return a
        if self.subtype(a, b):
            return b
        if self.subtype(b, a):
            return a
        if isinstance(a, ClassType) and isinstance(b, ClassType):
            for anc in self.p.ancestors(a):
                if self.subtype(b, anc) and anc.sym.qname != "java.lang.Object":
                    return anc
        return self.p.object_type


@dataclass
class Chosen:
    method: MethodSym
    binding: dict[TypeVar, JType]
    params: list[JType]
    ret: JType


def is_special_null(t: JType) -> bool:
    return isinstance(t, Special) and t.name == "null"
