"""Translation state: the project, the file, the method being translated, its scopes of
locals, and the mapping of Java types to Go types."""

from __future__ import annotations

from dataclasses import dataclass, field

from l2j_lsp.project import jtypes as jt
from l2j_lsp.project import names
from l2j_lsp.project.jtypes import ArrayType, ClassType, JType, Prim, TypeVarType
from l2j_lsp.project.model import Project, TypeScope
from l2j_lsp.project.naming import shape
from l2j_lsp.project.symbols import ClassSym, MethodSym, SourceFile, TypeVar

from . import refs
from .statics import Statics

GO_PRIM = {
    "byte": "int8",
    "short": "int16",
    "int": "int32",
    "long": "int64",
    "char": "uint16",
    "float": "float32",
    "double": "float64",
    "boolean": "bool",
    "void": "",
}
GO_NUMERIC = frozenset(("int8", "int16", "int32", "int64", "uint16", "float32", "float64", "int"))


@dataclass
class Local:
    go: str
    jtype: JType
    gtype: str
    reads: int = 0
    # For a local of an enclosing method seen from an anonymous or local class: the field
    # of the class's struct that carries its captured value.
    captured: str = ""
    fresh: bool = False  # a String declared with `new String(...)` (GoExpr.fresh)


@dataclass
class Capture:
    """A local of enclosing code that a local or anonymous class reads: a field of it."""

    java: str
    field: str
    local: Local


@dataclass
class MethodState:
    """Facts about the member whose code is being translated."""

    cls: ClassSym
    method: MethodSym | None
    static: bool
    ret: JType
    recv: str
    tscope: TypeScope
    # Type variables Go cannot declare here (a generic instance method's own): erased.
    erased: set[TypeVar] = field(default_factory=set)
    # Go type parameters in scope (class's and a static generic method's own).
    go_tparams: set[TypeVar] = field(default_factory=set)
    # Inside a try body's closure: returns travel out as values.
    try_depth: int = 0
    # The Go variable a constructor builds (a bare `return` in a constructor returns).
    in_ctor: bool = False
    lambda_depth: int = 0
    # The Java types a block lambda's `return`s give (its result type, for inference).
    returned: list[JType] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    # In a try closure: the Go variables that carry a `return`'s value and its flag.
    try_ret: list[tuple[str, str]] = field(default_factory=list)
    # Loops and labels a `break`/`continue` inside a try closure jumps to, by code.
    jump_codes: dict[str, int] = field(default_factory=dict)


class FileCtx:
    """Per-file state shared by the expression, statement and declaration translators."""

    def __init__(self, project: Project, file: SourceFile, statics: Statics) -> None:
        self.p = project
        self.file = file
        self.statics = statics
        self.std_imports: set[str] = set()
        self._erasing: set[TypeVar] = set()
        self.local_names: set[str] = set()
        self.counter = 0
        self.m: MethodState | None = None
        self.scopes: list[dict[str, Local]] = []
        # Statements an expression needs first (class initialisation, pattern bindings).
        self.pre: list[str] = []
        # Gaps: reasons of `l2j: not migrated` markers this file emitted.
        self.gaps: list[str] = []
        # Library members used (type -> member descriptions) and functional interfaces of
        # the project whose Func adapters were used.
        self.library_uses: dict[str, set[str]] = {}
        self.func_adapters: set[str] = set()
        # Local and anonymous classes: the enclosing locals each captures, and for an
        # anonymous class its superclass constructor (chosen where it is created).
        self.captures: dict[ClassSym, list[Capture]] = {}
        self.anon_super: dict[ClassSym, list[tuple[JType, str]]] = {}
        self.anon_ctor: dict[ClassSym, MethodSym | None] = {}

    # -- names ------------------------------------------------------------------------------
    def fresh(self, base: str) -> str:
        self.counter += 1
        name = f"{base}{self.counter}"
        self.local_names.add(name)
        return name

    def use(self, pkg: str) -> str:
        self.std_imports.add(pkg)
        return pkg.rsplit("/", 1)[-1]

    def gap(self, what: str) -> str:
        """The text of a not-migrated marker, counted for the report."""
        self.gaps.append(what)
        safe = what.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
        return f"l2j: not migrated: {safe}"

    # -- scopes -----------------------------------------------------------------------------
    def push(self) -> None:
        self.scopes.append({})

    def pop(self) -> None:
        self.scopes.pop()

    def declare(self, java: str, jtype: JType, gtype: str | None = None) -> str:
        go = names.safe_local(java)
        taken = {loc.go for s in self.scopes for loc in s.values()}
        if self.m is not None and not self.m.static:
            taken.add(self.m.recv)
        while go in taken:
            go += "_"
        self.scopes[-1][java] = Local(
            go, jtype, gtype if gtype is not None else self.go_type(jtype)
        )
        self.local_names.add(go)
        return go

    def local(self, java: str) -> Local | None:
        for scope in reversed(self.scopes):
            if java in scope:
                return scope[java]
        return None

    def capture_args(self, captures: list[Capture]) -> list[str]:
        """The values a local or anonymous class's constructor takes for its captures."""
        out = []
        for c in captures:
            loc = self.local(c.java)
            if loc is None:
                loc = c.local
            loc.reads += 1
            out.append(loc.captured or loc.go)
        return out

    def read(self, java: str) -> Local | None:
        """A local being read (Go rejects locals that are declared and never used)."""
        loc = self.local(java)
        if loc is not None:
            loc.reads += 1
        return loc

    # -- types ------------------------------------------------------------------------------
    def resolve(self, node: object) -> JType:
        assert self.m is not None
        return self.p.resolve_type(node, self.m.tscope)  # type: ignore[arg-type]

    def go_type(self, t: JType | None) -> str:
        """The Go type of a Java type. A boxed type is a pointer to its primitive, also as a
        type argument (`List<Integer>` is `java.List[*int32]`): Java's null fits, and a
        boxed value keeps its identity."""
        if t is None or not t.known:
            return "any"
        if isinstance(t, Prim):
            return GO_PRIM[t.name]
        if isinstance(t, ArrayType):
            return "[]" + self.go_type(t.elem)
        if isinstance(t, TypeVarType):
            return self.tvar_go(t.var)
        if isinstance(t, ClassType):
            return self.class_go(t)
        return "any"  # null

    def tvar_go(self, var: TypeVar) -> str:
        m = self.m
        if m is not None and var in m.go_tparams:
            return tparam_name(var)
        # Erased (Java's erasure): the bound's Go type; a recursive bound
        # (`T extends Comparable<T>`) reads as its raw type.
        bound = var.bounds[0] if var.bounds else None
        if bound is None or var in self._erasing:
            return "any"
        self._erasing.add(var)
        try:
            return self.go_type(bound)
        finally:
            self._erasing.discard(var)

    def class_go(self, t: ClassType) -> str:
        sym = t.sym
        q = sym.qname
        if q == "java.lang.String":
            return "string"
        if q == "java.lang.Object":
            return "any"
        if q in jt.BOXES:
            return "*" + GO_PRIM[jt.BOXES[q]]
        go = sym.go if sym.go is not None else shape(sym)
        gotype = sym.annotations.get("GoType", "")
        if gotype:
            out = gotype
            for tv, a in zip(sym.tparams, self.targs(t), strict=False):
                out = out.replace("{" + tv.name + "}", a)
            return out
        name = "java." + go.type_name if sym.origin == "jdk" else refs.type_ref(q)
        args = self.targs(t)
        targs = f"[{', '.join(args)}]" if args else ""
        return (name if go.is_iface else "*" + name) + targs

    def targs(self, t: ClassType) -> list[str]:
        """Go type arguments of a class type (an inner class adds its outer class's)."""
        sym = t.sym
        params = go_tparams(sym)
        if not params:
            return []
        own = list(t.args)
        if len(own) != len(sym.tparams):
            own = []
        values: dict[TypeVar, str] = {}
        for tv, a in zip(sym.tparams, own, strict=False):
            values[tv] = self.go_type(a)
        out = []
        for tv in params:
            if tv in values:
                out.append(values[tv])
            elif self.m is not None and tv in self.m.go_tparams:
                out.append(tparam_name(tv))
            else:
                out.append("any")
        return out

    def impl_go(self, t: ClassType) -> str:
        """The struct type of a class (``*FooImpl[T]``)."""
        sym = t.sym
        go = sym.go
        assert go is not None
        name = "java." + go.impl_name if sym.origin == "jdk" else refs.impl_ref(sym.qname)
        args = self.targs(t)
        return "*" + name + (f"[{', '.join(args)}]" if args else "")

    def zero(self, gtype: str) -> str:
        if gtype in GO_NUMERIC:
            return "0"
        if gtype == "bool":
            return "false"
        if gtype == "string":
            return '""'
        if gtype.startswith(("*", "[]", "map[", "func", "chan")) or gtype == "any":
            return "nil"
        return f"*new({gtype})"

    def is_value_go(self, gtype: str) -> bool:
        return gtype in GO_NUMERIC or gtype in ("bool", "string")

    # -- the receiver -----------------------------------------------------------------------
    def this_value(self, cls: ClassSym | None = None) -> str:
        """`this` as a value of its Java type: the whole object."""
        m = self.m
        assert m is not None
        recv = m.recv
        cur = m.cls
        target = cls or cur
        # From an inner class, `Outer.this` walks the outer links.
        while cur is not target and cur.outer is not None and (cur.inner or cur.captures_this):
            recv += ".outer"
            cur = cur.outer
        go = cur.go
        assert go is not None
        if go.is_iface and not cur.is_interface:
            return recv + ".self"
        return recv


def go_tparams(sym: ClassSym) -> list[TypeVar]:
    """The Go type parameters of a class: its own, after its enclosing class's when it is an
    inner (or local/anonymous) class whose code may use them."""
    out: list[TypeVar] = []
    if sym.outer is not None and (sym.inner or sym.local or sym.anonymous):
        out.extend(go_tparams(sym.outer))
    out.extend(sym.tparams)
    return out


def tparam_name(var: TypeVar) -> str:
    return names.exported(var.name) if var.name[:1].islower() else var.name
