"""The project: every Java file of the source roots plus the JDK stubs, indexed, with type
names resolved the way javac resolves them and the class hierarchy linked."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tree_sitter import Node

from l2j_lsp.project import effects
from l2j_lsp.project import jtypes as jt
from l2j_lsp.project.index import index_file
from l2j_lsp.project.jtypes import ArrayType, ClassType, JType, TypeVarType
from l2j_lsp.project.symbols import ClassSym, FieldSym, MethodSym, SourceFile, TypeVar, text

JDK_DIR = Path(__file__).parent / "jdk"
# Types every Java program has even when no stub declares them yet: the model falls back to
# empty declarations so resolution never depends on the stub set's completeness.
_CORE = {
    "java.lang.Object": "class",
    "java.lang.String": "class",
    "java.lang.Enum": "class",
    "java.lang.Record": "class",
    "java.lang.Throwable": "class",
    **{q: "class" for q in jt.BOXES},
}


class ProjectError(Exception):
    """A problem the user must fix: a missing source root, an unreadable file."""


@dataclass
class Problem:
    """A Java file the project could not take as it is (syntax errors, a duplicate class)."""

    path: Path
    message: str


@dataclass
class TypeScope:
    """Where a type name is resolved: the file, the innermost class, type variables."""

    file: SourceFile | None
    cls: ClassSym | None
    tvars: dict[str, TypeVar] = field(default_factory=dict)


class Project:
    def __init__(self) -> None:
        self.files: list[SourceFile] = []
        self.jdk_files: list[SourceFile] = []
        self.classes: dict[str, ClassSym] = {}
        # Top-level types by package, then simple name.
        self.packages: dict[str, dict[str, ClassSym]] = {}
        self.problems: list[Problem] = []
        self.libraries: dict[str, ClassSym] = {}
        self._field_writers: frozenset[str] | None = None
        self._load_jdk()

    def field_writers(self) -> frozenset[str]:
        """Names of the source methods that write a field, a static or an array element
        (``project.effects``), once the project is linked."""
        if self._field_writers is None:
            self._field_writers = effects.field_writers(self.classes.values())
        return self._field_writers

    # -- loading ----------------------------------------------------------------------------
    @classmethod
    def from_roots(cls, roots: Iterable[Path]) -> Project:
        project = cls()
        for root in roots:
            if not root.exists():
                raise ProjectError(f"{root}: no such source root")
            for path in iter_java_files(root):
                project.add_file(path, root if root.is_dir() else None)
        project.link()
        return project

    def add_file(self, path: Path, root: Path | None, source: bytes | None = None) -> SourceFile:
        if source is None:
            try:
                source = path.read_bytes()
            except OSError as exc:
                raise ProjectError(f"{path}: cannot read ({exc.strerror})") from None
        f = index_file(path.resolve(), root.resolve() if root else None, source)
        self.files.append(f)
        self._register(f)
        return f

    def _load_jdk(self) -> None:
        for path in sorted(JDK_DIR.rglob("*.java")):
            f = index_file(path, JDK_DIR, path.read_bytes(), origin="jdk")
            self.jdk_files.append(f)
            self._register(f)
        for qname, kind in _CORE.items():
            if qname not in self.classes:
                pkg, _, name = qname.rpartition(".")
                sym = ClassSym(name, qname, kind, pkg, None, None, None, origin="jdk")
                self.classes[qname] = sym
                self.packages.setdefault(pkg, {})[name] = sym

    def _register(self, f: SourceFile) -> None:
        for sym in f.all_types:
            prior = self.classes.get(sym.qname)
            if prior is not None and prior.origin == "source" and sym.origin == "source":
                where = prior.file.path if prior.file else "?"
                self.problems.append(
                    Problem(f.path, f"duplicate class {sym.qname} (also declared in {where})")
                )
                continue
            self.classes[sym.qname] = sym
        for sym in f.types:
            self.packages.setdefault(f.package, {}).setdefault(sym.name, sym)

    # -- linking ----------------------------------------------------------------------------
    @property
    def object_type(self) -> ClassType:
        return ClassType(self.classes["java.lang.Object"])

    def cls(self, qname: str) -> ClassSym:
        return self.classes[qname]

    def type_of(self, qname: str, *args: JType) -> ClassType:
        return ClassType(self.classes[qname], args)

    def link(self) -> None:
        """Resolves every declaration's types and links the class hierarchy."""
        for f in [*self.jdk_files, *self.files]:
            for sym in f.all_types:
                self.resolve_class(sym)
        for sym in list(self.classes.values()):
            for sup in sym.supertypes():
                if sym not in sup.sym.subclasses:
                    sup.sym.subclasses.append(sym)

    def resolve_class(self, sym: ClassSym) -> None:
        if sym.resolved:
            return
        sym.resolved = True
        scope = self.class_scope(sym)
        for tv in sym.tparams:
            self._bounds(tv, scope)
        obj = self.object_type
        if sym.qname != "java.lang.Object":
            if sym.super_node is not None:
                sup = self.resolve_type(
                    sym.super_node,
                    self.class_scope(sym.outer) if sym.anonymous and sym.outer else scope,
                )
                if isinstance(sup, ClassType):
                    if sym.anonymous and sup.sym.is_interface:
                        sym.interfaces.append(sup)
                        sym.superclass = obj
                    else:
                        sym.superclass = sup
            elif sym.anonymous and sym.outer is not None and sym.outer.is_enum:
                sym.superclass = ClassType(sym.outer)  # an enum constant's body
            elif sym.is_enum:
                sym.superclass = self.type_of("java.lang.Enum", ClassType(sym))
            elif sym.is_record:
                sym.superclass = self.type_of("java.lang.Record")
            elif not sym.is_interface:
                sym.superclass = obj
        for n in sym.iface_nodes:
            t = self.resolve_type(n, scope)
            if isinstance(t, ClassType):
                sym.interfaces.append(t)
        for fs in sym.fields.values():
            if fs.enum_constant:
                fs.type = ClassType(sym)
            else:
                t = self.resolve_type(fs.type_node, scope)
                for _ in range(fs.dims):
                    t = ArrayType(t)
                fs.type = t
        for m in [*sym.ctors, *sym.all_methods()]:
            self.resolve_method(m, scope)

    def resolve_method(self, m: MethodSym, class_scope: TypeScope) -> None:
        scope = TypeScope(class_scope.file, class_scope.cls, dict(class_scope.tvars))
        for tv in m.tparams:
            scope.tvars[tv.name] = tv
        for tv in m.tparams:
            self._bounds(tv, scope)
        m.params = []
        if m.synthetic:
            # values() is E[]; valueOf(String) is E.
            own = ClassType(m.owner)
            m.params = [self.type_of("java.lang.String")] * m.arity
            m.ret = ArrayType(own) if m.synthetic == "values" else own
            return
        for k, node in enumerate(m.param_nodes):
            t = self.resolve_type(node, scope)
            for _ in range(m.param_dims[k]):
                t = ArrayType(t)
            if m.varargs and k == len(m.param_nodes) - 1:
                t = ArrayType(t)
            m.params.append(t)
        m.ret = ClassType(m.owner) if m.is_ctor else self.resolve_type(m.ret_node, scope)

    def _bounds(self, tv: TypeVar, scope: TypeScope) -> None:
        bounds = [self.resolve_type(b, scope) for b in tv.bound_nodes]
        tv.bounds = [b for b in bounds if b.known] or [self.object_type]

    def class_scope(self, sym: ClassSym | None) -> TypeScope:
        if sym is None:
            return TypeScope(None, None)
        tvars: dict[str, TypeVar] = {}
        chain: list[ClassSym] = []
        cur: ClassSym | None = sym
        while cur is not None:
            chain.append(cur)
            cur = cur.outer
        for c in reversed(chain):
            for tv in c.tparams:
                tvars[tv.name] = tv
        return TypeScope(sym.file, sym, tvars)

    def method_tvars(self, node: Node, scope: TypeScope) -> TypeScope:
        """The scope inside a method's code: its own type variables added."""
        from l2j_lsp.project.index import type_params

        tps = type_params(node, "local")
        if not tps:
            return scope
        out = TypeScope(scope.file, scope.cls, dict(scope.tvars))
        for tv in tps:
            out.tvars[tv.name] = tv
        for tv in tps:
            self._bounds(tv, out)
        return out

    # -- type names -------------------------------------------------------------------------
    def resolve_type(self, node: Node | None, scope: TypeScope) -> JType:
        """The Java type a tree-sitter type node stands for in ``scope``."""
        if node is None:
            return jt.UNKNOWN
        t = node.type
        if t in ("integral_type", "floating_point_type", "boolean_type", "void_type"):
            return jt.PRIM_BY_NAME.get(text(node), jt.UNKNOWN)
        if t == "type_identifier" or t == "identifier":
            name = text(node)
            if name in scope.tvars:
                return TypeVarType(scope.tvars[name])
            if name == "var":
                return jt.UNKNOWN
            sym = self.lookup_type(name, scope)
            return ClassType(sym) if sym is not None else jt.UNKNOWN
        if t == "scoped_type_identifier" or t == "scoped_identifier":
            sym = self.lookup_qualified(text(node).replace(" ", ""), scope)
            return ClassType(sym) if sym is not None else jt.UNKNOWN
        if t == "generic_type":
            base = self.resolve_type(node.named_children[0], scope)
            targs = next((c for c in node.named_children if c.type == "type_arguments"), None)
            args = tuple(self.resolve_type(c, scope) for c in targs.named_children) if targs else ()
            if isinstance(base, ClassType):
                return ClassType(base.sym, tuple(a if a.known else self.object_type for a in args))
            return base
        if t == "array_type":
            inner = self.resolve_type(node.child_by_field_name("element"), scope)
            dims = text(node.child_by_field_name("dimensions")).count("[") or 1
            for _ in range(dims):
                inner = ArrayType(inner)
            return inner
        if t == "wildcard":
            bound = [
                c for c in node.named_children if c.type not in ("annotation", "marker_annotation")
            ]
            # `? extends X` and `? super X` both read as X: Go has no variance, and X is
            # what a lambda or a collection of that parameter works with.
            return self.resolve_type(bound[-1], scope) if bound else self.object_type
        if t == "annotated_type":
            return self.resolve_type(node.named_children[-1], scope)
        return jt.UNKNOWN

    def lookup_type(self, name: str, scope: TypeScope) -> ClassSym | None:
        """A simple type name, resolved as javac does from inside ``scope``."""
        cur = scope.cls
        while cur is not None:
            if cur.name == name and not cur.anonymous:
                return cur
            found = self.member_type(cur, name)
            if found is not None:
                return found
            # Local classes of the enclosing class (declared in one of its methods).
            for local in cur.file.all_types if cur.file else []:
                if local.local and local.outer is cur and local.name == name:
                    return local
            cur = cur.outer
        f = scope.file
        if f is None:
            return self.packages.get("java.lang", {}).get(name)
        for top in f.types:
            if top.name == name:
                return top
        if name in f.single:
            return self.lookup_qualified(f.single[name], TypeScope(None, None), library=True)
        same = self.packages.get(f.package, {}).get(name)
        if same is not None:
            return same
        for imp in f.on_demand:
            pkg = self.packages.get(imp)
            if pkg is not None and name in pkg:
                return pkg[name]
            owner = self.classes.get(imp)
            if owner is not None:
                found = self.member_type(owner, name)
                if found is not None:
                    return found
        lang = self.packages.get("java.lang", {}).get(name)
        if lang is not None:
            return lang
        for imp in f.on_demand:
            if imp not in self.packages and imp not in self.classes and _library_package(imp):
                # `import org.lib.*` naming a library we have no source for.
                return self.library(f"{imp}.{name}")
        if name[:1].isupper():
            # A java.lang type no stub declares yet (`Thread`, `Runnable`...).
            return self.library(f"java.lang.{name}")
        return None

    def member_type(self, cls: ClassSym, name: str, depth: int = 0) -> ClassSym | None:
        """A member type of ``cls`` or inherited from its supertypes."""
        if name in cls.nested:
            return cls.nested[name]
        if depth > 30:
            return None
        self.resolve_class(cls)
        for sup in cls.supertypes():
            found = self.member_type(sup.sym, name, depth + 1)
            if found is not None:
                return found
        return None

    def lookup_qualified(
        self, qname: str, scope: TypeScope, library: bool = False
    ) -> ClassSym | None:
        """``a.b.C`` or ``Outer.Inner`` (the first part may be a simple type name)."""
        if qname in self.classes:
            return self.classes[qname]
        parts = qname.split(".")
        if not all(p.isidentifier() for p in parts):
            return None
        if scope.file is not None or scope.cls is not None:
            head = self.lookup_type(parts[0], scope)
            if head is not None:
                for p in parts[1:]:
                    nxt = self.member_type(head, p)
                    if nxt is None:
                        break
                    head = nxt
                else:
                    return head
        for k in range(len(parts) - 1, 0, -1):
            pkg = ".".join(parts[:k])
            top = self.packages.get(pkg, {}).get(parts[k])
            if top is not None:
                for p in parts[k + 1 :]:
                    nxt = self.member_type(top, p)
                    if nxt is None:
                        return None
                    top = nxt
                return top
        if library or _library_package(qname.rpartition(".")[0]):
            return self.library(qname)
        return None

    def library(self, qname: str) -> ClassSym:
        """The stand-in symbol of a type no source or stub declares."""
        sym = self.classes.get(qname)
        if sym is not None:
            return sym
        pkg, _, name = qname.rpartition(".")
        # `a.b.Outer.Inner` imports: the package is the lower-case prefix.
        parts = qname.split(".")
        k = next((i for i, p in enumerate(parts) if p[:1].isupper()), len(parts) - 1)
        pkg = ".".join(parts[:k])
        sym = ClassSym(name, qname, "class", pkg, None, None, None, origin="library")
        sym.resolved = True
        sym.superclass = self.object_type
        self.classes[qname] = sym
        self.libraries[qname] = sym
        from l2j_lsp.project.naming import shape  # naming imports this module

        shape(sym)
        return sym

    # -- hierarchy --------------------------------------------------------------------------
    def supertypes(self, t: ClassType) -> list[ClassType]:
        """Direct supertypes of ``t`` with its type arguments substituted."""
        sym = t.sym
        self.resolve_class(sym)
        binding = self.binding(t)
        return [jt.substitute(s, binding) for s in sym.supertypes()]  # type: ignore[misc]

    def binding(self, t: ClassType) -> dict[TypeVar, JType]:
        if not t.args or len(t.args) != len(t.sym.tparams):
            # Raw: type variables read as their bounds' erasure (Object).
            return {tv: self.object_type for tv in t.sym.tparams} if t.sym.tparams else {}
        return dict(zip(t.sym.tparams, t.args, strict=True))

    def ancestors(self, t: ClassType) -> Iterator[ClassType]:
        """``t`` and all its supertypes, breadth first, each once."""
        seen: set[ClassSym] = set()
        queue = [t]
        while queue:
            cur = queue.pop(0)
            if cur.sym in seen:
                continue
            seen.add(cur.sym)
            yield cur
            queue.extend(self.supertypes(cur))

    def as_super(self, t: JType, target: ClassSym) -> ClassType | None:
        """``t`` seen as ``target`` (``ArrayList<String>`` as ``Iterable`` is
        ``Iterable<String>``), or None when ``t`` is not a subtype of it."""
        if isinstance(t, TypeVarType):
            for b in t.var.bounds:
                found = self.as_super(b, target)
                if found is not None:
                    return found
            return None
        if not isinstance(t, ClassType):
            return None
        for anc in self.ancestors(t):
            if anc.sym is target:
                return anc
        return None

    def is_subclass(self, sym: ClassSym, base: ClassSym) -> bool:
        if sym is base or base.qname == "java.lang.Object":
            return True
        return self.as_super(ClassType(sym), base) is not None

    def fields_named(self, t: ClassType, name: str) -> tuple[FieldSym, dict[TypeVar, JType]] | None:
        """The field ``name`` visible on ``t`` (its own or inherited) and the type-variable
        binding its declared type is read with."""
        for anc in self.ancestors(t):
            fs = anc.sym.fields.get(name)
            if fs is not None:
                return fs, self.binding(anc)
        return None

    def methods_named(
        self, t: ClassType, name: str
    ) -> list[tuple[MethodSym, dict[TypeVar, JType]]]:
        """Every method ``name`` visible on ``t``: its own and inherited ones, an override
        hiding what it overrides."""
        out: list[tuple[MethodSym, dict[TypeVar, JType]]] = []
        seen: set[tuple[JType, ...]] = set()
        for anc in self.ancestors(t):
            binding = self.binding(anc)
            for m in anc.sym.methods.get(name, []):
                key = tuple(jt.substitute(p, binding).erasure() for p in m.params)
                if key in seen:
                    continue
                seen.add(key)
                out.append((m, binding))
        if not out and t.sym.is_interface:
            obj = self.object_type.sym
            out += [(m, {}) for m in obj.methods.get(name, [])]
        return out

    def functional_method(self, t: JType) -> tuple[MethodSym, dict[TypeVar, JType]] | None:
        """The single abstract method of a functional interface type."""
        if not isinstance(t, ClassType) or not t.sym.is_interface:
            return None
        found: dict[str, tuple[MethodSym, dict[TypeVar, JType]]] = {}
        overridden: set[str] = set()
        for anc in self.ancestors(t):
            binding = self.binding(anc)
            for m in anc.sym.all_methods():
                key = f"{m.name}/{m.arity}"
                if m.name in ("equals", "hashCode", "toString") or m.static:
                    continue
                if not m.abstract:
                    overridden.add(key)
                    continue
                if key not in found and key not in overridden:
                    found[key] = (m, binding)
        return next(iter(found.values())) if len(found) == 1 else None


def _library_package(pkg: str) -> bool:
    """Packages of libraries we have no source for (anything but the JDK's, which the stubs
    and the runtime cover, and the project's own)."""
    return bool(pkg) and "." in pkg


def iter_java_files(root: Path) -> Iterator[Path]:
    """``.java`` files under ``root`` in a stable order (a file root is itself)."""
    if root.is_file():
        if root.suffix == ".java":
            yield root
        return
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.endswith(".java"):
                yield Path(dirpath) / name
