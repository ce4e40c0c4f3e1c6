"""Where every Java file lands in the Go module, and the final spelling of every
package-level Go name.

Java packages become directories (prefix ``go.stripPrefix`` removed). Go forbids import
cycles, Java does not: the Java packages are a graph (an edge for every reference the
translated Go makes to another package's declaration), its strongly connected components
(Tarjan, iterative) of more than one package each become one Go package. Its directory is
the longest common package prefix of its members, unless that directory belongs to a Java
package outside the component; then the member with the fewest segments (ties:
alphabetical) gives it. Names inside a Go package are made unique: a type whose name occurs
in two Java packages of one Go package gets its Java package's last segment as a prefix; a
package-level function or variable that collides gets `_` and a number."""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from l2j_lsp.backends.wp import refs
from l2j_lsp.migration.target import go_file_stem
from l2j_lsp.project import names
from l2j_lsp.project.model import Project
from l2j_lsp.project.symbols import ClassSym, SourceFile

_GO_KEYWORDS = frozenset(
    "break case chan const continue default defer else fallthrough for func go goto if "
    "import interface map package range return select struct switch type var".split()
)


@dataclass
class GoPackage:
    dir: str  # relative to the module root ("gameserver/model")
    java_packages: list[str]
    name: str = ""
    files: list[SourceFile] = field(default_factory=list)
    # Final names: type qname -> Go type name / impl name; (qname, base) -> func name.
    type_names: dict[str, str] = field(default_factory=dict)
    impl_names: dict[str, str] = field(default_factory=dict)
    func_names: dict[tuple[str, str], str] = field(default_factory=dict)
    taken: set[str] = field(default_factory=set)


def strip_package(pkg: str, strip: str) -> str:
    if strip and (pkg == strip or pkg.startswith(strip + ".")):
        pkg = pkg[len(strip) :].lstrip(".")
    return pkg


def package_dir(pkg: str, strip: str) -> str:
    rel = strip_package(pkg, strip)
    parts = [_dir_segment(p) for p in rel.split(".") if p] if rel else []
    return "/".join(parts) or "main_"


def _dir_segment(part: str) -> str:
    seg = re.sub(r"[^A-Za-z0-9_]", "_", part).lower()
    if not seg or seg[0].isdigit():
        seg = "p" + seg
    if seg in _GO_KEYWORDS or seg in ("java", "lib", "cmd", "main"):
        seg += "_"
    return seg


def go_package_name(dir_: str) -> str:
    last = dir_.rsplit("/", 1)[-1]
    return last if last.isidentifier() and not keyword.iskeyword(last) else last + "_"


class Layout:
    def __init__(self, project: Project, strip: str, module: str) -> None:
        self.p = project
        self.strip = strip
        self.module = module
        self.by_java: dict[str, GoPackage] = {}
        self.packages: list[GoPackage] = []

    # -- packages -----------------------------------------------------------------------------
    def build(self, files: list[SourceFile], edges: dict[str, set[str]]) -> None:
        """``edges``: Java package -> Java packages its translated Go refers to."""
        java_pkgs = sorted({f.package for f in files})
        comps = _tarjan(java_pkgs, edges)
        own_dirs = {p: package_dir(p, self.strip) for p in java_pkgs}
        used_dirs: set[str] = set()
        for comp in sorted(comps, key=lambda c: sorted(c)[0]):
            members = sorted(comp)
            if len(members) == 1:
                d = own_dirs[members[0]]
            else:
                d = _common_dir([own_dirs[m] for m in members])
                outside = {own_dirs[p] for p in java_pkgs if p not in comp}
                if not d or d in outside or d in used_dirs:
                    d = min((own_dirs[m] for m in members), key=lambda x: (x.count("/"), x))
            while d in used_dirs:
                d += "_"
            used_dirs.add(d)
            gp = GoPackage(d, members, go_package_name(d))
            self.packages.append(gp)
            for m in members:
                self.by_java[m] = gp
        for f in files:
            self.by_java[f.package].files.append(f)
        for gp in self.packages:
            self._names(gp)

    def package_of(self, sym: ClassSym) -> GoPackage | None:
        top = sym
        while top.outer is not None:
            top = top.outer
        return self.by_java.get(top.package)

    def file_path(self, f: SourceFile) -> str:
        """`model/actor/L2Character.java` in package dir `gameserver` ->
        `gameserver/model_actor_l2_character.go`."""
        gp = self.by_java[f.package]
        own = package_dir(f.package, self.strip)
        prefix = ""
        if own != gp.dir:
            common = _common_dir([own, gp.dir])
            rest = own[len(common) :].lstrip("/") if common else own
            prefix = rest.replace("/", "_") + "_"
        stem = f.path.stem
        return f"{gp.dir}/{prefix}{snake(stem)}.go"

    # -- names --------------------------------------------------------------------------------
    def _names(self, gp: GoPackage) -> None:
        types: list[ClassSym] = [t for f in gp.files for t in f.all_types]
        counts: dict[str, int] = {}
        for t in types:
            if t.go is not None:
                counts[t.go.type_name] = counts.get(t.go.type_name, 0) + 1
        for t in sorted(types, key=lambda s: s.qname):
            go = t.go
            if go is None:
                continue
            base = go.type_name
            if counts.get(base, 0) > 1 and len(gp.java_packages) > 1:
                seg = strip_package(t.package, self.strip).rsplit(".", 1)[-1]
                base = names.exported(seg) + base
            name = self._unique(gp, base)
            gp.type_names[t.qname] = name
            if go.is_iface and not t.is_interface:
                gp.impl_names[t.qname] = self._unique(gp, name + "Impl")
            else:
                gp.impl_names[t.qname] = name

    def _unique(self, gp: GoPackage, base: str) -> str:
        name = base
        k = 2
        while name in gp.taken:
            name = f"{base}_{k}"
            k += 1
        gp.taken.add(name)
        return name

    def func_name(self, gp: GoPackage, qname: str, base: str) -> str:
        key = (qname, base)
        if key not in gp.func_names:
            tname = gp.type_names.get(qname, qname.rsplit(".", 1)[-1])
            if base == "Once":
                cand = _unexported(tname) + "Once"
            elif base == "Clinit":
                cand = tname + "Clinit"
            elif base.startswith("New") and (base == "New" or base[3:].isdigit()):
                cand = "New" + tname + base[3:]
            elif base[:1].islower():
                # A private or package-private static stays unexported.
                cand = _unexported(tname) + base[:1].upper() + base[1:]
            else:
                cand = tname + base
            gp.func_names[key] = self._unique(gp, cand)
        return gp.func_names[key]


def _unexported(name: str) -> str:
    return name[:1].lower() + name[1:]


def snake(name: str) -> str:
    """`L2PcInstance` -> `l2_pc_instance`; never a name Go reads as a test or platform file."""
    return go_file_stem(name)


def _common_dir(dirs: list[str]) -> str:
    parts = [d.split("/") for d in dirs]
    out = []
    for segs in zip(*parts, strict=False):
        if len(set(segs)) != 1:
            break
        out.append(segs[0])
    return "/".join(out)


def _tarjan(nodes: list[str], edges: dict[str, set[str]]) -> list[set[str]]:
    """Strongly connected components, iteratively (Java trees have deep chains)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    comps: list[set[str]] = []
    counter = 0
    known = set(nodes)
    for root in nodes:
        if root in index:
            continue
        work: list[tuple[str, Iterable[str]]] = [
            (root, iter(sorted(edges.get(root, set()) & known)))
        ]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            v, it = work[-1]
            advanced = False
            for w in it:
                if w not in index:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on_stack.add(w)
                    work.append((w, iter(sorted(edges.get(w, set()) & known))))
                    advanced = True
                    break
                if w in on_stack:
                    low[v] = min(low[v], index[w])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                comp = set()
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    comp.add(w)
                    if w == v:
                        break
                comps.append(comp)
    return comps


def references(go: str) -> set[str]:
    return refs.referenced(go)
