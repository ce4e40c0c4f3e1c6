"""Assemble translated declarations into Go files: placeholders settled into qualified
names, the imports each file needs (aliased where names would clash), the declarations'
line ranges kept for the source map and for stubbing."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from l2j_lsp.backends.wp import refs
from l2j_lsp.backends.wp.decls import Decl
from l2j_lsp.backends.wp.stmts import code_only
from l2j_lsp.project.symbols import ClassSym

from .layout import GoPackage, Layout, go_package_name

_JAVA_USE = re.compile(r"(?<![\w.])java\.[A-Z]")
_STD_USE = re.compile(r"(?<![\w.])(fmt|strings|strconv|math|os|sort|sync|time)\.")


@dataclass
class GoDecl:
    """A declaration as written in its file: text, and where it came from."""

    decl: Decl
    text: str
    stubbed: str = ""  # the reason, once replaced by a stub
    # The compiler's message categories that stubbed it (for the report).
    categories: list[str] = field(default_factory=list)
    # How many times the type check sent it back.
    attempts: int = 0
    # Statement lines: (line offset in ``text``, Java line, Java column), once finalized.
    lines: list[tuple[int, int, int]] = field(default_factory=list)


@dataclass
class GoFile:
    path: str  # relative to the module root
    package: str
    java: str  # the Java file's path relative to its source root (or absolute)
    java_abs: str
    decls: list[GoDecl]
    std_imports: set[str] = field(default_factory=set)
    local_names: set[str] = field(default_factory=set)
    # Go line ranges of each declaration in the written file (1-based, inclusive).
    ranges: list[tuple[int, int]] = field(default_factory=list)
    header: str = ""


class Resolver:
    """Settles placeholders for one file: qualified names and the imports they need."""

    def __init__(self, layout: Layout, own: GoPackage | None, module: str, avoid: set[str]) -> None:
        self.layout = layout
        self.own = own
        self.module = module
        self.avoid = set(avoid)
        self.imports: dict[str, str] = {}  # import path -> alias used

    def alias(self, path: str, name: str) -> str:
        if path in self.imports:
            return self.imports[path]
        used = set(self.imports.values())
        cand = name
        k = 2
        while cand in used or cand in self.avoid:
            cand = f"{name}{k}"
            k += 1
        self.imports[path] = cand
        return cand

    def sub(self, go: str) -> str:
        return refs.PATTERN.sub(self._one, go)

    def _one(self, m: re.Match[str]) -> str:
        kind, qname, base = m.group(1), m.group(2), m.group(3) or ""
        sym = self.layout.p.classes.get(qname)
        if sym is not None and sym.origin == "library":
            return self._library(sym, kind, base)
        gp = self.layout.package_of(sym) if sym is not None else None
        if gp is None:
            return "any"  # an unknown type: the check stubs what uses it
        if kind == "T":
            name = gp.type_names.get(qname, "any")
        elif kind == "I":
            name = gp.impl_names.get(qname, "any")
        else:
            name = self.layout.func_name(gp, qname, base)
        if gp is self.own:
            return name
        alias = self.alias(f"{self.module}/{gp.dir}", gp.name)
        return f"{alias}.{name}"

    def _library(self, sym: ClassSym, kind: str, base: str) -> str:
        d = library_dir(sym)
        alias = self.alias(f"{self.module}/{d}", go_package_name(d))
        tname = library_type_name(sym)
        if kind == "T":
            return f"{alias}.{tname}"
        if kind == "I":
            return f"{alias}.{tname}Impl"
        if base == "New":
            return f"{alias}.New{tname}"
        return f"{alias}.{tname}{base}"


def library_dir(sym: ClassSym) -> str:
    parts = [p.lower().replace("-", "_") for p in sym.package.split(".") if p]
    return "lib/" + "/".join(parts or ["unnamed"])


def library_type_name(sym: ClassSym) -> str:
    rest = sym.qname[len(sym.package) + 1 :] if sym.package else sym.qname
    return "".join(p[:1].upper() + p[1:] for p in rest.split("."))


def render(gf: GoFile, module: str) -> str:
    """The file's text; records each declaration's line range."""
    java_import = any(_JAVA_USE.search(code_only(d.text)) for d in gf.decls)
    lines = [
        f"// Code migrated from {gf.java} by l2j-lsp. Review it: it is yours now.",
        "",
        f"package {gf.package}",
        "",
    ]
    std = [f'\t"{p}"' for p in sorted(gf.std_imports)]
    own = [ln for ln in gf.header.split("\n") if ln.strip()]
    if java_import:
        own.append(f'\t"{module}/java"')
    own.sort(key=lambda ln: ln.split('"')[1])  # gofmt's order: by path
    if std or own:
        # The standard library, then the module's packages, as goimports groups them.
        lines += ["import (", *std, *([""] if std and own else []), *own, ")", ""]
    text_lines = list(lines)
    gf.ranges = []
    for d in gf.decls:
        start = len(text_lines) + 1
        chunk = d.text.split("\n")
        text_lines += chunk
        gf.ranges.append((start, start + len(chunk) - 1))
        text_lines.append("")
    return "\n".join(text_lines).rstrip("\n") + "\n"


def used_std(go: str) -> set[str]:
    return {m.group(1) for m in _STD_USE.finditer(go)}
