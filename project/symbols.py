"""Declarations of the project: source files, types, fields, methods and type variables.

Types and members are created by the indexer with their tree-sitter nodes; their Java types
are resolved by the project once every file is indexed (a class may name one declared later
or in another file), and their Go names by ``naming``."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from tree_sitter import Node, Tree

if TYPE_CHECKING:
    from l2j_lsp.project.jtypes import ClassType, JType


def text(node: Node | None) -> str:
    return (node.text or b"").decode("utf-8", "replace") if node is not None else ""


def descendants(node: Node) -> list[Node]:
    """``node`` and every named node under it."""
    out, stack = [], [node]
    while stack:
        cur = stack.pop()
        out.append(cur)
        stack.extend(cur.named_children)
    return out


@dataclass(eq=False)
class SourceFile:
    """One parsed Java file (or JDK stub)."""

    path: Path
    root: Path | None
    package: str
    tree: Tree
    source: bytes
    origin: str = "source"  # "source" or "jdk"
    # Single-type imports: simple name -> qualified name.
    single: dict[str, str] = field(default_factory=dict)
    # On-demand imports: packages or types whose members are imported (`import a.b.*`).
    on_demand: list[str] = field(default_factory=list)
    # Static imports: member name -> qualified class; classes imported with `static C.*`.
    static_single: dict[str, list[str]] = field(default_factory=dict)
    static_on_demand: list[str] = field(default_factory=list)
    types: list[ClassSym] = field(default_factory=list)  # top-level
    all_types: list[ClassSym] = field(default_factory=list)  # nested, local, anonymous too

    @property
    def root_node(self) -> Node:
        return self.tree.root_node

    @property
    def rel(self) -> str:
        """The path below its source root (the package path and file name)."""
        if self.root is not None:
            try:
                return self.path.relative_to(self.root).as_posix()
            except ValueError:
                pass
        return self.path.name

    @property
    def has_errors(self) -> bool:
        return self.tree.root_node.has_error


@dataclass(eq=False)
class TypeVar:
    name: str
    bound_nodes: list[Node]
    owner_name: str
    bounds: list[JType] = field(default_factory=list)

    def bound(self) -> JType:
        """The first bound (Object when none is declared; set by the project)."""
        return self.bounds[0]

    def __repr__(self) -> str:
        return f"TypeVar({self.owner_name}.{self.name})"


@dataclass(eq=False)
class FieldSym:
    name: str
    owner: ClassSym
    node: Node | None  # variable_declarator, enum_constant or record component
    type_node: Node | None
    mods: frozenset[str]
    dims: int = 0  # extra `[]` after the name (`int a[]`)
    enum_constant: bool = False
    type: JType | None = None
    go_name: str = ""
    template: str = ""  # stubs: @Go

    @property
    def static(self) -> bool:
        return (
            "static" in self.mods
            or self.enum_constant
            or self.owner.kind in ("interface", "annotation")
        )

    @property
    def final(self) -> bool:
        return "final" in self.mods or self.enum_constant or self.owner.kind == "interface"

    @property
    def init(self) -> Node | None:
        return self.node.child_by_field_name("value") if self.node is not None else None

    @property
    def private(self) -> bool:
        return "private" in self.mods

    def __repr__(self) -> str:
        return f"Field({self.owner.qname}.{self.name})"


@dataclass(eq=False)
class MethodSym:
    name: str  # "<init>" for constructors
    owner: ClassSym
    node: Node | None
    mods: frozenset[str]
    param_names: list[str]
    param_nodes: list[Node | None]
    param_dims: list[int]
    ret_node: Node | None
    tparams: list[TypeVar] = field(default_factory=list)
    varargs: bool = False
    params: list[JType] = field(default_factory=list)
    ret: JType | None = None
    go_name: str = ""
    template: str = ""  # stubs: @Go
    # The method this one overrides (the topmost such declaration names it in Go).
    overrides: MethodSym | None = None
    ordinal: int = 0  # position among the owner's constructors / same-name methods
    # Declared by Java itself rather than the source: an enum's "values" and "valueOf".
    synthetic: str = ""

    @property
    def is_ctor(self) -> bool:
        return self.name == "<init>"

    @property
    def static(self) -> bool:
        return "static" in self.mods

    @property
    def private(self) -> bool:
        return "private" in self.mods

    @property
    def abstract(self) -> bool:
        if "abstract" in self.mods:
            return True
        iface = self.owner.kind in ("interface", "annotation")
        return iface and not self.static and "default" not in self.mods and not self.has_body

    @property
    def is_default(self) -> bool:
        return "default" in self.mods

    @property
    def has_body(self) -> bool:
        return self.node is not None and self.node.child_by_field_name("body") is not None

    @property
    def body(self) -> Node | None:
        return self.node.child_by_field_name("body") if self.node is not None else None

    @property
    def arity(self) -> int:
        return len(self.param_names)

    def __repr__(self) -> str:
        return f"Method({self.owner.qname}.{self.name}/{self.arity})"


@dataclass(eq=False)
class ClassSym:
    name: str
    qname: str
    kind: str  # class, interface, enum, record, annotation
    package: str
    file: SourceFile | None
    node: Node | None
    outer: ClassSym | None
    mods: frozenset[str] = frozenset()
    origin: str = "source"  # source, jdk, library
    annotations: dict[str, str] = field(default_factory=dict)
    tparams: list[TypeVar] = field(default_factory=list)
    local: bool = False  # declared in a method body
    anonymous: bool = False
    # The method or initializer a local or anonymous class is declared in.
    enclosing_member: Node | None = None
    super_node: Node | None = None
    iface_nodes: list[Node] = field(default_factory=list)
    fields: dict[str, FieldSym] = field(default_factory=dict)
    methods: dict[str, list[MethodSym]] = field(default_factory=dict)
    ctors: list[MethodSym] = field(default_factory=list)
    nested: dict[str, ClassSym] = field(default_factory=dict)
    enum_constants: list[FieldSym] = field(default_factory=list)
    superclass: ClassType | None = None
    interfaces: list[ClassType] = field(default_factory=list)
    subclasses: list[ClassSym] = field(default_factory=list)
    resolved: bool = False
    go: GoNames | None = None

    @property
    def is_interface(self) -> bool:
        return self.kind in ("interface", "annotation")

    @property
    def binary_name(self) -> str:
        """What Class.getName() says (`pkg.Outer$Inner`)."""
        top = self
        while top.outer is not None:
            top = top.outer
        return top.qname + self.qname[len(top.qname) :].replace(".", "$")

    @property
    def is_enum(self) -> bool:
        return self.kind == "enum"

    @property
    def is_record(self) -> bool:
        return self.kind == "record"

    @property
    def is_abstract(self) -> bool:
        if "abstract" in self.mods:
            return True
        if not self.is_enum:
            return False
        # An enum whose constants implement its abstract methods is abstract itself; so is one
        # whose every constant has a body (it may leave an interface's method to them).
        if any("abstract" in m.mods for m in self.all_methods()):
            return True
        return bool(self.enum_constants) and all(
            c.node is not None and c.node.child_by_field_name("body") is not None
            for c in self.enum_constants
        )

    @property
    def inner(self) -> bool:
        """A non-static nested class: its instances hold the enclosing instance."""
        if self.outer is None or self.kind != "class" or "static" in self.mods:
            return False
        if self.outer.is_interface:
            return False
        return not (self.local or self.anonymous) or self.captures_this

    @property
    def captures_this(self) -> bool:
        """A local or anonymous class declared in an instance context."""
        member = self.enclosing_member
        if member is None:
            return False
        if member.type == "static_initializer":
            return False
        if member.type in ("method_declaration",):
            mods = next((c for c in member.children if c.type == "modifiers"), None)
            return mods is None or "static" not in text(mods).split()
        return member.type != "field_declaration" or "static" not in text(member).split("=")[0]

    def all_methods(self) -> list[MethodSym]:
        return [m for ms in self.methods.values() for m in ms]

    def supertypes(self) -> list[ClassType]:
        out: list[ClassType] = []
        if self.superclass is not None:
            out.append(self.superclass)
        out.extend(self.interfaces)
        return out

    def __repr__(self) -> str:
        return f"Class({self.qname})"


@dataclass
class GoNames:
    """How a Java type appears in Go (package-level names are final once the module layout
    is known: see ``naming``)."""

    # The Go identifier of the type Java code names: the interface for a class with
    # subclasses, else the struct.
    type_name: str
    # The struct holding the fields; empty for interfaces.
    impl_name: str
    # Whether Java's type is a Go interface (interfaces; classes with subclasses; library).
    is_iface: bool
    # Go package import path relative to the module ("gameserver/model"), or "java"/"lib/...".
    package: str = ""
    receiver: str = "t"
