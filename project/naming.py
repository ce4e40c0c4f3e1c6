"""One Go name per Java declaration, decided for the whole project at once.

Methods: an override takes the name of what it overrides, so every method that Java may
dispatch to through one "slot" has one Go name. Slots of the same Java name get `M`,
`M2`, `M3`... with the smallest suffix not already used by another slot or field visible
in any class that sees this one (two slots that never meet in a class may share a name).
Fields avoid the method names of their class and its subclasses. Package-level names
(types, constructors, statics) are settled per Go package once the module layout is
known (``module.names``); here they get their base spelling."""

from __future__ import annotations

import re
from collections.abc import Iterable

from l2j_lsp.project import names
from l2j_lsp.project.jtypes import ClassType, JType, TypeVarType, substitute
from l2j_lsp.project.model import Project
from l2j_lsp.project.symbols import ClassSym, GoNames, MethodSym

_TEMPLATE_METHOD = re.compile(r"^\{this\}\.([A-Za-z_][A-Za-z0-9_]*)\(")


def type_go_name(sym: ClassSym) -> str:
    """`Outer.Inner` -> `OuterInner`; anonymous classes `OuterAnon1`, local `OuterLocal`."""
    if sym.outer is None:
        return names.exported(sym.name)
    outer = type_go_name(sym.outer)
    if sym.anonymous:
        return outer + "Anon" + sym.qname.rsplit("$", 1)[-1]
    return outer + names.exported(sym.name)


def is_iface(sym: ClassSym) -> bool:
    """Whether Java's type is a Go interface: interfaces, library types, and classes that
    have subclasses (or are abstract), so subclass values fit where Java accepts them."""
    if sym.is_interface or sym.origin == "library":
        return True
    if sym.origin == "jdk":
        # The runtime's own shape: declared by @GoType, else an interface with a struct for
        # every Throwable (Java code extends exceptions) and for classes the stubs extend.
        go_type = sym.annotations.get("GoType", "")
        if go_type:
            return not go_type.startswith("*") and not go_type.startswith("[")
        return (
            any(s.origin == "jdk" for s in sym.subclasses)
            or sym.is_abstract
            or "GoImpl" in sym.annotations
            or _throwable(sym)
        )
    return bool(sym.subclasses) or sym.is_abstract


class Naming:
    def __init__(self, project: Project) -> None:
        self.p = project
        self.order = self._topological()
        # Union-find of methods into dispatch slots.
        self.parent: dict[MethodSym, MethodSym] = {}
        self.visible: dict[ClassSym, set[MethodSym]] = {}
        self.used: dict[ClassSym, set[str]] = {}
        self.children: dict[ClassSym, list[ClassSym]] = {}

    def run(self) -> None:
        for sym in self.order:
            self._shape(sym)
        for sym in self.order:
            for sup in sym.supertypes():
                self.children.setdefault(sup.sym, []).append(sym)
        for sym in self.order:
            self._link_overrides(sym)
        self._name_slots()
        for sym in self.order:
            self._name_statics(sym)
            self._name_fields(sym)

    # -- order ------------------------------------------------------------------------------
    def _topological(self) -> list[ClassSym]:
        """Every class after its supertypes (JDK and library types included)."""
        out: list[ClassSym] = []
        state: dict[ClassSym, int] = {}
        for root in self.p.classes.values():
            if root in state:
                continue
            stack: list[tuple[ClassSym, int]] = [(root, 0)]
            while stack:
                sym, k = stack.pop()
                sups = [s.sym for s in sym.supertypes()]
                if k == 0:
                    if state.get(sym) is not None:
                        continue
                    state[sym] = 1
                if k < len(sups):
                    stack.append((sym, k + 1))
                    if sups[k] not in state:
                        stack.append((sups[k], 0))
                    continue
                state[sym] = 2
                out.append(sym)
        return out

    # -- types ------------------------------------------------------------------------------
    def _shape(self, sym: ClassSym) -> None:
        shape(sym)

    # -- methods ----------------------------------------------------------------------------
    def _find(self, m: MethodSym) -> MethodSym:
        root = m
        while self.parent.get(root, root) is not root:
            root = self.parent[root]
        while self.parent.get(m, m) is not root:
            nxt = self.parent[m]
            self.parent[m] = root
            m = nxt
        return root

    def _union(self, a: MethodSym, b: MethodSym) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra is rb:
            return
        # The JDK's name wins (it is fixed by the runtime), then the earlier declaration.
        if (rb.owner.origin == "jdk") > (ra.owner.origin == "jdk"):
            ra, rb = rb, ra
        self.parent[rb] = ra

    def _link_overrides(self, sym: ClassSym) -> None:
        visible: set[MethodSym] = set()
        for sup in sym.supertypes():
            visible |= self.visible.get(sup.sym, set())
        self_type = ClassType(sym, tuple(TypeVarType(tv) for tv in sym.tparams))
        inherited = [
            (m, binding)
            for anc in list(self.p.ancestors(self_type))[1:]
            for binding in [self.p.binding(anc)]
            for m in anc.sym.all_methods()
            if not m.static and not m.private
        ]
        by_name: dict[str, list[tuple[MethodSym, dict]]] = {}
        for m, binding in inherited:
            by_name.setdefault(m.name, []).append((m, binding))
        for m in sym.all_methods():
            self.parent.setdefault(m, m)
            if m.static:
                continue
            own = [p.erasure() for p in m.params]
            for other, binding in by_name.get(m.name, []):
                if other.arity != m.arity:
                    continue
                theirs = [substitute(p, binding).erasure() for p in other.params]
                if _same(own, theirs):
                    self._union(m, other)
                    if m.overrides is None:
                        m.overrides = other
            visible.add(m)
        # A class inheriting the same method from two supertypes joins their slots too.
        seen: dict[tuple[str, tuple[JType, ...]], MethodSym] = {}
        for m, binding in inherited:
            key = (m.name, tuple(substitute(p, binding).erasure() for p in m.params))
            if key in seen:
                self._union(seen[key], m)
            else:
                seen[key] = m
        self.visible[sym] = visible

    def _name_slots(self) -> None:
        slots: dict[MethodSym, list[MethodSym]] = {}
        for sym in self.order:
            for m in sym.all_methods():
                if not m.static:
                    slots.setdefault(self._find(m), []).append(m)
        # JDK slots first: their names are fixed by the stubs and reserved below them.
        position = {sym: k for k, sym in enumerate(self.order)}
        ordered = sorted(
            slots.items(),
            key=lambda kv: (
                kv[0].owner.origin != "jdk",
                min(position[m.owner] for m in kv[1]),
                kv[0].ordinal,
            ),
        )
        for _, members in ordered:
            self._name_slot(members)

    def _name_slot(self, members: list[MethodSym]) -> None:
        roots = {m.owner for m in members}
        reach = list(self._subtree(roots))
        jdk = next((m for m in members if m.owner.origin == "jdk"), None)
        if jdk is not None:
            name = jdk_method_name(jdk)
            if runtime_function(jdk):
                # The runtime reaches it through a function, not a method of its own
                # (`toArray(T[])`): an override needs a name free of its overloads.
                name = self._free(name, jdk, reach)
        else:
            first = members[0]
            public = any(
                "public" in m.mods or "protected" in m.mods or m.owner.is_interface for m in members
            )
            if first.static:
                name = names.member(names.accessor(first.name, first.arity), public)
            else:
                name = names.method(first.name, first.arity, public)
            name = self._free(name, first, reach)
        for m in members:
            m.go_name = name
        for c in reach:
            self.used.setdefault(c, set()).add(name)

    def _free(self, base: str, m: MethodSym, reach: list[ClassSym]) -> str:
        if m.static:
            # Package-level: made unique per Go package by the module layout.
            return base
        reserved = _reserved(m.owner)
        candidates = [base]
        if base != names.member(m.name, base[:1].isupper()) and base not in (
            "String",
            "HashCode",
            "Equals",
        ):
            candidates.append(names.member(m.name, base[:1].isupper()))
        for cand in candidates:
            if cand not in reserved and not any(cand in self.used.get(c, ()) for c in reach):
                return cand
        k = 2
        while True:
            cand = f"{base}{k}" if not base[-1:].isdigit() else f"{base}_{k}"
            if not any(cand in self.used.get(c, ()) for c in reach):
                return cand
            k += 1

    def _subtree(self, roots: Iterable[ClassSym]) -> Iterable[ClassSym]:
        seen: set[ClassSym] = set()
        stack = list(roots)
        while stack:
            c = stack.pop()
            if c in seen:
                continue
            seen.add(c)
            yield c
            stack.extend(self.children.get(c, ()))

    def _name_statics(self, sym: ClassSym) -> None:
        """Static methods are package-level (`Class` + name, settled per Go package); here
        overloads and getter names are made distinct within the class."""
        taken: set[str] = set()
        statics = [m for m in sym.all_methods() if m.static]
        for m in statics:
            if sym.origin == "jdk":
                m.go_name = jdk_method_name(m)
                continue
            public = "public" in m.mods or "protected" in m.mods or sym.is_interface
            base = names.member(names.accessor(m.name, m.arity), public)
            if base in taken or any(
                o is not m and o.static and names.member(o.name, public) == base for o in statics
            ):
                base = names.member(m.name, public)
            cand = base
            k = 2
            while cand in taken:
                cand = f"{base}{k}" if not base[-1:].isdigit() else f"{base}_{k}"
                k += 1
            m.go_name = cand
            taken.add(cand)

    # -- fields -----------------------------------------------------------------------------
    def _name_fields(self, sym: ClassSym) -> None:
        taken: set[str] = set()
        # Statics share the class's package-level prefix: `PET_USES_S1` and `PET_USES_S1_`,
        # or a field `instance` beside `getInstance()`, must not meet on one Go name.
        statics = {m.go_name for m in sym.all_methods() if m.static and m.go_name}
        reach = list(self._subtree([sym]))
        for fs in sym.fields.values():
            if fs.template:
                fs.go_name = fs.template
                continue
            public = "public" in fs.mods or "protected" in fs.mods
            if fs.static or fs.enum_constant:
                # Package-level (`FooMaxLevel`), settled with the module layout.
                base = names.member(fs.name, public or fs.enum_constant or sym.is_interface)
                cand = base
                k = 2
                while sym.origin != "jdk" and cand in statics:
                    cand = f"{base}_" if k == 2 else f"{base}{k}"
                    k += 1
                statics.add(cand)
                fs.go_name = cand
                continue
            base = names.member(fs.name, public)
            cand = base
            k = 2
            while (
                cand in taken
                or cand in _reserved(sym)
                or any(cand in self.used.get(c, ()) for c in reach)
            ):
                cand = f"{base}_" if k == 2 else f"{base}{k}"
                k += 1
            fs.go_name = cand
            taken.add(cand)


def _throwable(sym: ClassSym) -> bool:
    cur: ClassSym | None = sym
    for _ in range(30):
        if cur is None:
            return False
        if cur.qname == "java.lang.Throwable":
            return True
        cur = cur.superclass.sym if cur.superclass is not None else None
    return False


def _same(a: list[JType], b: list[JType]) -> bool:
    return len(a) == len(b) and all(
        x == y or not x.known or not y.known for x, y in zip(a, b, strict=True)
    )


def _reserved(sym: ClassSym) -> set[str]:
    """Names the object model itself uses on a type's struct."""
    out = {"self", "outer"}
    cur: ClassSym | None = sym
    while cur is not None and cur.go is not None:
        out |= {"As" + cur.go.type_name, "Init" + cur.go.type_name, cur.go.impl_name}
        sup = cur.superclass
        cur = sup.sym if sup is not None else None
    return out


def runtime_function(m: MethodSym) -> bool:
    """A JDK method the runtime gives as a function (`java.CollectionStream({this})`), not as a
    method of its Go type: Go types that implement the interface need no method for it."""
    return bool(m.template) and not _TEMPLATE_METHOD.match(m.template)


def jdk_method_name(m: MethodSym) -> str:
    """The Go method name a JDK stub method has in the runtime."""
    found = _TEMPLATE_METHOD.match(m.template) if m.template else None
    if found:
        return found.group(1)
    if m.name == "compareTo":
        return "CompareTo"
    return names.method(m.name, m.arity, True)


def receiver_name(sym: ClassSym) -> str:
    """Go's short receiver (`c` for L2Character)."""
    base = (sym.name or "x")[:1].lower()
    if not base.isascii() or not base.isalpha():
        base = "x"
    return base if base not in names.GO_RESERVED else base + base


def name_project(project: Project) -> None:
    Naming(project).run()


def shape(sym: ClassSym) -> GoNames:
    """How a type appears in Go (also for library types met after naming ran)."""
    if sym.go is None:
        base = type_go_name(sym)
        iface = is_iface(sym)
        if sym.origin == "jdk":
            pkg = "java"
        elif sym.origin == "library":
            pkg = "lib/" + sym.package.replace(".", "/")
        else:
            pkg = ""  # settled by the module layout
        impl = base + "Impl" if iface and not sym.is_interface else ("" if iface else base)
        if sym.origin == "library":
            impl = base + "Impl"
        sym.go = GoNames(base, impl, iface, pkg, receiver_name(sym))
    return sym.go
