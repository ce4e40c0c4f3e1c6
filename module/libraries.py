"""Typed stand-ins for libraries with no source (org.slf4j, org.aeonbits.owner, gson,
JDBC drivers...): one Go package per Java package under `lib/`, each type an interface
with every member the migrated code uses (and a struct for classes that Java code
extends), every member panicking with `l2j: not migrated: library ...`."""

from __future__ import annotations

from dataclasses import dataclass, field

from l2j_lsp.project import names
from l2j_lsp.project.symbols import ClassSym

from .assemble import library_dir, library_type_name
from .layout import go_package_name


@dataclass
class LibraryType:
    sym: ClassSym
    methods: set[tuple[str, int]] = field(default_factory=set)
    statics: set[tuple[str, int]] = field(default_factory=set)
    fields: set[str] = field(default_factory=set)
    ctors: bool = False

    def members(self) -> list[str]:
        """What remains to port, for the report."""
        out = [f"{n}/{a}" for n, a in sorted(self.methods)]
        out += [f"static {n}/{a}" for n, a in sorted(self.statics)]
        out += [f"field {f}" for f in sorted(self.fields)]
        if self.ctors:
            out.append("constructor")
        return out


def collect(libs: dict[str, ClassSym], uses: dict[str, set[str]]) -> dict[str, LibraryType]:
    out: dict[str, LibraryType] = {}
    for qname, sym in libs.items():
        lt = out.setdefault(qname, LibraryType(sym))
        for use in uses.get(qname, set()):
            if use.startswith("field "):
                lt.fields.add(use.split(" ", 1)[1])
            elif use.startswith("new/"):
                lt.ctors = True
            elif use.startswith("static "):
                name, _, arity = use.split(" ")[1].partition("/")
                lt.statics.add((name, int(arity.split()[0])))
            else:
                name, _, arity = use.partition("/")
                lt.methods.add((name, int(arity.split()[0])))
    return out


def render_packages(types: dict[str, LibraryType]) -> dict[str, str]:
    """Go files (path relative to the module -> text) for every library package."""
    by_dir: dict[str, list[LibraryType]] = {}
    for lt in types.values():
        by_dir.setdefault(library_dir(lt.sym), []).append(lt)
    files: dict[str, str] = {}
    for d, lts in sorted(by_dir.items()):
        pkg = go_package_name(d)
        java_pkg = lts[0].sym.package
        out = [
            f"// Package {pkg} stands in for the library {java_pkg}, which has no source in the",
            "// migrated roots: every member the migrated code uses is here, typed loosely, and",
            "// panics until it is ported. l2j-migration.json lists them.",
            f"package {pkg}",
        ]
        for lt in sorted(lts, key=lambda x: x.sym.qname):
            out += _type(lt)
        files[f"{d}/{pkg}.go"] = "\n".join(out) + "\n"
    return files


def _marker(sym: ClassSym, member: str) -> str:
    return f'panic("l2j: not migrated: library {sym.qname}.{member}")'


def _type(lt: LibraryType) -> list[str]:
    sym = lt.sym
    t = library_type_name(sym)
    methods = sorted({(names.method(n, a, True), n) for n, a in lt.methods})
    out = ["", f"// {t} stands in for {sym.qname}.", f"type {t} interface {{"]
    out += [f"\t{go}(args ...any) any" for go, _ in methods]
    if not methods:
        out.append(f"\tIs{t}()")
    out += [
        "}",
        "",
        f"// {t}Impl is {t}'s struct, for Java classes that extend it.",
        f"type {t}Impl struct{{ self {t} }}",
        "",
    ]
    out += [
        f"// Init{t} is the library constructor a subclass runs.",
        f"func (x *{t}Impl) Init{t}(self {t}, args ...any) {{\n\tx.self = self\n}}",
    ]
    for go, java in methods:
        out += [
            "",
            f"// {go} is {sym.qname}.{java}.",
            f"func (x *{t}Impl) {go}(args ...any) any {{\n\t{_marker(sym, java)}\n}}",
        ]
    if not methods:
        out += ["", f"// Is{t} marks the stand-in.", f"func (x *{t}Impl) Is{t}() {{}}"]
    if lt.ctors:
        out += [
            "",
            f"// New{t} is the library's constructor.",
            f"func New{t}(args ...any) any {{\n\t{_marker(sym, '<init>')}\n}}",
        ]
    for go, n in sorted({(names.method(n, a, True), n) for n, a in lt.statics}):
        out += [
            "",
            f"// {t}{go} is {sym.qname}.{n}.",
            f"func {t}{go}(args ...any) any {{\n\t{_marker(sym, n)}\n}}",
        ]
    for f in sorted(lt.fields):
        out += ["", f"// {t}{names.camel(f)} is {sym.qname}.{f}.", f"var {t}{names.camel(f)} any"]
    return out
