"""Translation state: options, the type registry, scopes of locals, imports and helpers."""

from __future__ import annotations

from dataclasses import dataclass, field

from . import names
from .model import MethodInfo, Registry, TypeInfo
from .types import (
    FUNCTIONAL,
    LIST_TYPES,
    MAP_TYPES,
    OPAQUE,
    SET_TYPES,
    UNBOX,
    UNKNOWN,
    JType,
    functional_shape,
    substitute,
)

_PRIMITIVES = {
    "byte": "int8",
    "short": "int16",
    "int": "int32",
    "long": "int64",
    "char": "rune",
    "float": "float32",
    "double": "float64",
    "boolean": "bool",
    "void": "",
    "goint": "int",
}
# Eval mode (HumanEval-X): the Go signatures use `int` for Java's int and long.
_EVAL_PRIMITIVES = {**_PRIMITIVES, "short": "int", "int": "int", "long": "int", "float": "float64"}
_ANY = (
    "Object",
    "Optional",
    "OptionalInt",
    "OptionalDouble",
    "OptionalLong",
    "?",
    "null",
    "Number",
    "Serializable",
    "Class",
)
# Streams are evaluated eagerly as slices.
_STREAMS = {"IntStream": "int", "LongStream": "long", "DoubleStream": "double"}
_STRINGS = ("String", "StringBuilder", "StringBuffer", "CharSequence")


@dataclass
class Local:
    go: str
    jtype: JType


@dataclass
class MethodState:
    """Per-method facts: the Java return type and the enclosing try depth."""

    ret: JType
    info: MethodInfo | None = None
    # Inside a try closure, `return x` becomes `return x, true`.
    try_depth: int = 0
    labels_used: set[str] = field(default_factory=set)
    # In a constructor: the Go variable being built, which a bare `return` returns.
    ctor_recv: str = ""


class Ctx:
    def __init__(self, registry: Registry, eval_mode: bool) -> None:
        self.reg = registry
        self.eval_mode = eval_mode
        self.imports: set[str] = set()
        self.helpers: set[str] = set()
        self.scopes: list[dict[str, Local]] = []
        self.type: TypeInfo | None = None
        self.recv = "t"
        self.method: MethodState = MethodState(UNKNOWN)
        self.type_vars: set[str] = set()
        # Type variables of generic instance methods: Go methods cannot have their own.
        self.erased_vars: set[str] = set()
        self.counter = 0
        # User-declared exception classes, registered at init so catch clauses see them.
        self.exception_classes: dict[str, str] = {}
        # Types whose synchronized code needs a lock: a struct field, or a package variable.
        self.instance_mutexes: set[str] = set()
        self.static_mutexes: set[str] = set()
        # In an enum's constructor, fields live on the value being built, not in the table.
        self.in_enum_ctor = False
        # Statements an expression needs run first (pattern bindings of instanceof).
        self.pre_stmts: list[str] = []

    # -- imports and helpers --------------------------------------------------------------
    def use(self, pkg: str) -> str:
        self.imports.add(pkg)
        return pkg.rsplit("/", 1)[-1]

    def helper(self, name: str) -> str:
        self.helpers.add(name)
        return name

    def fresh(self, base: str) -> str:
        self.counter += 1
        return f"{base}{self.counter}"

    # -- scopes ---------------------------------------------------------------------------
    def push(self) -> None:
        self.scopes.append({})

    def pop(self) -> None:
        self.scopes.pop()

    def declare(self, java: str, jtype: JType) -> str:
        go = names.safe_local(java)
        if go == self.recv:
            go += "_"
        self.scopes[-1][java] = Local(go, jtype)
        return go

    def local(self, java: str) -> Local | None:
        for scope in reversed(self.scopes):
            if java in scope:
                return scope[java]
        return None

    # -- types ----------------------------------------------------------------------------
    def int_go(self) -> str:
        return "int" if self.eval_mode else "int32"

    def go_type(self, t: JType) -> str:
        if t.dims:
            return "[]" + self.go_type(JType(t.name, t.args, t.dims - 1))
        name = UNBOX.get(t.name, t.name)
        prims = _EVAL_PRIMITIVES if self.eval_mode else _PRIMITIVES
        if name in prims:
            return prims[name]
        if name in _STRINGS:
            return "string"
        if (
            name in _ANY
            or name in self.erased_vars
            or (name in OPAQUE and not self.reg.lookup(name))
        ):
            return "any"
        if name in self.type_vars:
            return name
        if name in _STREAMS:
            return "[]" + self.go_type(JType(_STREAMS[name]))
        if name in LIST_TYPES or name == "Stream":
            return "[]" + self.go_type(t.args[0] if t.args else UNKNOWN)
        if name in MAP_TYPES:
            k = self.go_type(t.args[0] if t.args else UNKNOWN)
            v = self.go_type(t.args[1] if len(t.args) > 1 else UNKNOWN)
            return f"map[{k}]{v}"
        if name in SET_TYPES:
            return f"map[{self.go_type(t.args[0] if t.args else UNKNOWN)}]struct{{}}"
        if name in FUNCTIONAL:
            return self.func_type(t)
        if self.reg.is_exception(name):
            self.helper("l2jException")
            return "*l2jException"
        if name == "Logger" and not self.reg.lookup(name):
            return "*" + self.use("log") + ".Logger"
        if name in ("AtomicInteger", "AtomicLong"):
            return (
                "*" + self.use("sync/atomic") + (".Int32" if name == "AtomicInteger" else ".Int64")
            )
        if name in ("ReentrantLock", "Lock", "Object_lock"):
            return "*" + self.use("sync") + ".Mutex"
        info = self.reg.lookup(name)
        args = f"[{', '.join(self.go_type(a) for a in t.args)}]" if t.args else ""
        # An inner class named inside its generic outer class shares its parameters.
        shared = info is not None and info.type_params and set(info.type_params) <= self.type_vars
        if not t.args and shared and info is not None:
            args = f"[{', '.join(info.type_params)}]"
        if info is not None:
            if info.is_interface or info.is_enum:
                return info.go_name + args
            return "*" + info.go_name + args
        if self.reg.is_value_type(name):
            return name + args
        return "*" + name + args

    def shape(self, t: JType | None) -> tuple[list[JType], JType] | None:
        """Parameter and result types of a functional interface, the file's own included."""
        if t is None:
            return None
        found = functional_shape(t)
        if found is not None or t.dims:
            return found
        info = self.reg.lookup(t.name)
        m = self.reg.functional_method(info)
        if m is None or info is None:
            return None
        binding = dict(zip(info.type_params, t.args, strict=False))
        return [substitute(p, binding) for _, p in m.params], substitute(m.ret, binding)

    def func_type(self, t: JType) -> str:
        shape = functional_shape(t)
        if shape is None:
            return "func()"
        params, ret = shape
        ps = ", ".join(self.go_type(p) for p in params)
        r = self.go_type(ret) if ret.name != "void" else ""
        return f"func({ps}) {r}".rstrip()

    def zero(self, t: JType) -> str:
        g = self.go_type(t)
        if g in ("int8", "int16", "int32", "int64", "int", "rune", "float32", "float64"):
            return "0"
        if g == "bool":
            return "false"
        if g == "string":
            return '""'
        if self.is_enum(t):
            return f"{g}(0)"
        return "nil"

    def is_enum(self, t: JType) -> bool:
        """An enum of this file, or one imported from an L2J `enums` package."""
        info = self.reg.lookup(t.name)
        if t.dims:
            return False
        if info is not None:
            return info.is_enum
        return ".enums." in self.reg.imports.get(t.name, "")
