"""Java types as the project model sees them: primitives, classes with type arguments,
arrays, type variables, and the null and unknown types. Immutable and hashable."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from l2j_lsp.project.symbols import ClassSym, TypeVar

PRIMITIVES = ("boolean", "byte", "short", "char", "int", "long", "float", "double")
# Binary numeric promotion ranks.
NUMERIC_RANK = {"byte": 1, "short": 2, "char": 2, "int": 3, "long": 4, "float": 5, "double": 6}
BOXES = {
    "java.lang.Integer": "int",
    "java.lang.Long": "long",
    "java.lang.Short": "short",
    "java.lang.Byte": "byte",
    "java.lang.Character": "char",
    "java.lang.Double": "double",
    "java.lang.Float": "float",
    "java.lang.Boolean": "boolean",
}
BOX_OF = {v: k for k, v in BOXES.items()}


class JType:
    """Base of all Java types."""

    __slots__ = ()

    @property
    def is_primitive(self) -> bool:
        return False

    @property
    def is_numeric(self) -> bool:
        return False

    @property
    def is_reference(self) -> bool:
        return False

    @property
    def known(self) -> bool:
        return True

    def erasure(self) -> JType:
        return self


class Prim(JType):
    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Prim) and other.name == self.name

    def __hash__(self) -> int:
        return hash(("prim", self.name))

    def __repr__(self) -> str:
        return self.name

    @property
    def is_primitive(self) -> bool:
        return self.name != "void"

    @property
    def is_numeric(self) -> bool:
        return self.name in NUMERIC_RANK

    @property
    def is_integral(self) -> bool:
        return self.name in ("byte", "short", "char", "int", "long")


class Special(JType):
    """``null``'s type and the type of what could not be resolved."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Special) and other.name == self.name

    def __hash__(self) -> int:
        return hash(("special", self.name))

    def __repr__(self) -> str:
        return self.name

    @property
    def known(self) -> bool:
        return self.name != "?"

    @property
    def is_reference(self) -> bool:
        return self.name == "null"


class ClassType(JType):
    """A class, interface, enum or record type with its type arguments (empty: none given,
    or raw)."""

    __slots__ = ("args", "sym")

    def __init__(self, sym: ClassSym, args: tuple[JType, ...] = ()) -> None:
        self.sym = sym
        self.args = args

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ClassType) and other.sym is self.sym and other.args == self.args

    def __hash__(self) -> int:
        return hash((id(self.sym), self.args))

    def __repr__(self) -> str:
        a = f"<{', '.join(map(repr, self.args))}>" if self.args else ""
        return self.sym.qname + a

    @property
    def is_reference(self) -> bool:
        return True

    @property
    def qname(self) -> str:
        return self.sym.qname

    @property
    def is_numeric(self) -> bool:
        return self.sym.qname in BOXES and BOXES[self.sym.qname] != "boolean"

    def erasure(self) -> JType:
        return ClassType(self.sym) if self.args else self


class ArrayType(JType):
    __slots__ = ("elem",)

    def __init__(self, elem: JType) -> None:
        self.elem = elem

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ArrayType) and other.elem == self.elem

    def __hash__(self) -> int:
        return hash(("array", self.elem))

    def __repr__(self) -> str:
        return repr(self.elem) + "[]"

    @property
    def is_reference(self) -> bool:
        return True

    def erasure(self) -> JType:
        return ArrayType(self.elem.erasure())


class TypeVarType(JType):
    __slots__ = ("var",)

    def __init__(self, var: TypeVar) -> None:
        self.var = var

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TypeVarType) and other.var is self.var

    def __hash__(self) -> int:
        return hash(("tvar", id(self.var)))

    def __repr__(self) -> str:
        return self.var.name

    @property
    def is_reference(self) -> bool:
        return True

    def erasure(self) -> JType:
        return self.var.bound().erasure()


VOID = Prim("void")
BOOLEAN = Prim("boolean")
BYTE = Prim("byte")
SHORT = Prim("short")
CHAR = Prim("char")
INT = Prim("int")
LONG = Prim("long")
FLOAT = Prim("float")
DOUBLE = Prim("double")
NULL = Special("null")
UNKNOWN = Special("?")
PRIM_BY_NAME = {p.name: p for p in (BOOLEAN, BYTE, SHORT, CHAR, INT, LONG, FLOAT, DOUBLE, VOID)}


def promote(a: JType, b: JType) -> Prim:
    """Java's binary numeric promotion of two numeric types (boxed ones unboxed)."""
    ua, ub = unboxed(a), unboxed(b)
    ra = NUMERIC_RANK.get(ua.name if isinstance(ua, Prim) else "int", 3)
    rb = NUMERIC_RANK.get(ub.name if isinstance(ub, Prim) else "int", 3)
    return {3: INT, 4: LONG, 5: FLOAT, 6: DOUBLE}[max(ra, rb, 3)]


def unary_promote(a: JType) -> Prim:
    u = unboxed(a)
    if isinstance(u, Prim) and u.name in ("long", "float", "double"):
        return u
    return INT


def unboxed(t: JType) -> JType:
    """The primitive of a boxed type; other types unchanged."""
    if isinstance(t, ClassType) and t.sym.qname in BOXES:
        return PRIM_BY_NAME[BOXES[t.sym.qname]]
    return t


def is_boxed(t: JType) -> bool:
    return isinstance(t, ClassType) and t.sym.qname in BOXES


def numeric(t: JType) -> bool:
    u = unboxed(t)
    return isinstance(u, Prim) and u.is_numeric


def is_string(t: JType) -> bool:
    return isinstance(t, ClassType) and t.sym.qname == "java.lang.String"


def substitute(t: JType, binding: dict[TypeVar, JType]) -> JType:
    """``t`` with type variables replaced by their bindings."""
    if not binding:
        return t
    if isinstance(t, TypeVarType):
        return binding.get(t.var, t)
    if isinstance(t, ClassType) and t.args:
        return ClassType(t.sym, tuple(substitute(a, binding) for a in t.args))
    if isinstance(t, ArrayType):
        return ArrayType(substitute(t.elem, binding))
    return t


def mentions_var(t: JType) -> bool:
    if isinstance(t, TypeVarType):
        return True
    if isinstance(t, ClassType):
        return any(mentions_var(a) for a in t.args)
    if isinstance(t, ArrayType):
        return mentions_var(t.elem)
    return False
