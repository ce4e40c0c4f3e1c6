"""Method pairs of a human Java -> Go port: Google's S2 geometry library (Java) and its
hand-written Go port (golang/geo, packages s1, s2, r1, r2, r3).

Both trees are read from git mirrors (``fetch`` brings them onto the machine as bare git
directories); nothing of them is kept in the project. A Java method and a Go func pair when
the names say so without doubt: the Java type maps to the Go receiver type (``S2Cap`` ->
``s2.Cap``, ``R1Interval`` -> ``r1.Interval``, ``S2LatLngRect`` -> ``s2.Rect``...), the
method name to the Go name (``getCenter`` -> ``Center``, ``contains(S2Point)`` ->
``ContainsPoint`` where the plain name is taken by an overload, a static ``S2LatLng.fromDegrees``
-> ``LatLngFromDegrees``, a constructor -> ``NewX``). A Go func claimed by two Java methods is
dropped. Both sides keep their leading comments (Javadoc, Go doc comment), as the editor's
scope does.
"""

from __future__ import annotations

import io
import re
import subprocess
import tarfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import tree_sitter
import tree_sitter_go

from l2j_lsp.migration.scope import JavaDocument

GO = tree_sitter.Language(tree_sitter_go.language())
JAVA_ROOT = "library/src"
GO_PACKAGES = ("s1", "s2", "r1", "r2", "r3")
# Java type (lower case) -> (Go package, Go type in lower case) where the name changes.
TYPE_MAP = {
    "r1interval": ("r1", "interval"),
    "s1interval": ("s1", "interval"),
    "s1angle": ("s1", "angle"),
    "s1chordangle": ("s1", "chordangle"),
    "r2vector": ("r2", "point"),
    "r2rect": ("r2", "rect"),
    "s2latlngrect": ("s2", "rect"),
    "s2latlngrectbase": ("s2", "rect"),
    "s2point": ("s2", "point"),
}
_GETTER = re.compile(r"^get([A-Z]\w*)$")
# The receiver's type name: `(c Cap)`, `(l *Loop)`, `(q *queue[T])`.
_RECEIVER = re.compile(r"(\w+)(?:\[[^\]]*\])?\s*\)$")


@dataclass(frozen=True)
class JavaMethod:
    path: str  # relative to the Java tree's root
    type_name: str
    name: str
    param_types: tuple[str, ...]
    static: bool
    constructor: bool
    text: str


@dataclass(frozen=True)
class GoFunc:
    package: str
    receiver: str  # "" for a plain function
    name: str
    text: str


@dataclass(frozen=True)
class PortPair:
    java_path: str
    type_name: str
    name: str
    java: str
    go: str
    go_package: str


def extract_tree(git_dir: Path, dest: Path) -> None:
    """Check out the mirror's HEAD into ``dest`` (``git archive``; no work tree needed)."""
    data = subprocess.run(
        ["git", f"--git-dir={git_dir}", "archive", "--format=tar", "HEAD"],
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(dest, filter="data")


def java_methods(root: Path) -> Iterator[JavaMethod]:
    for path in sorted((root / JAVA_ROOT).rglob("*.java")):
        doc = JavaDocument(path.read_text(encoding="utf-8"))
        for decl in doc.declarations():
            if decl.scope != "method" or not decl.outer:
                continue
            node = doc.tree.root_node.descendant_for_byte_range(decl.end_byte - 1, decl.end_byte)
            while node is not None and node.end_byte != decl.end_byte:
                node = node.parent
            while node is not None and node.type not in (
                "method_declaration",
                "constructor_declaration",
            ):
                node = node.parent
            if node is None or node.child_by_field_name("body") is None:
                continue
            params = node.child_by_field_name("parameters")
            types = tuple(
                _text(p.child_by_field_name("type"))
                for p in (params.named_children if params is not None else [])
                if p.child_by_field_name("type") is not None
            )
            modifiers = next((c for c in node.children if c.type == "modifiers"), None)
            yield JavaMethod(
                path=str(path.relative_to(root / JAVA_ROOT)),
                type_name=decl.outer[-1],
                name=decl.name,
                param_types=types,
                static=modifiers is not None and "static" in _text(modifiers).split(),
                constructor=decl.kind == "constructor",
                text=doc.source(decl.start_byte, decl.end_byte),
            )


def _text(node: tree_sitter.Node | None) -> str:
    return "" if node is None or node.text is None else node.text.decode("utf-8", "replace")


def go_funcs(root: Path) -> Iterator[GoFunc]:
    parser = tree_sitter.Parser(GO)
    for package in GO_PACKAGES:
        for path in sorted((root / package).glob("*.go")):
            if path.name.endswith("_test.go"):
                continue
            data = path.read_bytes()
            tree = parser.parse(data)
            for node in tree.root_node.named_children:
                if node.type not in ("function_declaration", "method_declaration"):
                    continue
                receiver = ""
                if node.type == "method_declaration":
                    text = _text(node.child_by_field_name("receiver"))
                    found = _RECEIVER.findall(text)
                    receiver = found[0] if found else ""
                start = node.start_byte
                prev = node.prev_sibling
                # The doc comment: comment lines directly above the func.
                while prev is not None and prev.type == "comment":
                    if data[prev.end_byte : start].count(b"\n") > 1:
                        break
                    start = prev.start_byte
                    prev = prev.prev_sibling
                yield GoFunc(
                    package=package,
                    receiver=receiver,
                    name=_text(node.child_by_field_name("name")),
                    text=data[start : node.end_byte].decode("utf-8", "replace"),
                )


def _go_type(java_type: str) -> tuple[str, str]:
    low = re.sub(r"<.*", "", java_type).split(".")[-1].lower()
    return TYPE_MAP.get(low) or ("s2", re.sub(r"^s2", "", low))


def _go_name(java_name: str) -> str:
    getter = _GETTER.match(java_name)
    if getter:
        return getter.group(1).lower()
    return "string" if java_name == "toString" else java_name.lower()


def match(methods: list[JavaMethod], funcs: list[GoFunc]) -> list[PortPair]:
    """The pairs the names decide without doubt."""
    by_receiver: dict[tuple[str, str], dict[str, list[GoFunc]]] = defaultdict(dict)
    for f in funcs:
        key = (f.package, f.receiver.lower())
        by_receiver[key].setdefault(f.name.lower(), []).append(f)
    found: list[tuple[JavaMethod, GoFunc]] = []
    for m in methods:
        package, type_name = _go_type(m.type_name)
        name = _go_name(m.name)
        suffix = name + _go_type(m.param_types[0])[1] if m.param_types else None
        if m.constructor:
            names, pool = ["new" + type_name], by_receiver[(package, "")]
        elif m.static:
            names = [type_name + name, name + type_name, name]
            names += [type_name + suffix] if suffix else []
            pool = by_receiver[(package, "")]
        else:
            names = ([suffix] if suffix else []) + [name]
            pool = by_receiver[(package, type_name)]
        for candidate in names:
            hits = pool.get(candidate, [])
            if len(hits) == 1:
                found.append((m, hits[0]))
                break
    claims = Counter(id(f) for _, f in found)
    return [
        PortPair(m.path, m.type_name, m.name, m.text, f.text, f.package)
        for m, f in found
        if claims[id(f)] == 1
    ]


def s2_pairs(java_root: Path, go_root: Path) -> list[PortPair]:
    return match(list(java_methods(java_root)), list(go_funcs(go_root)))
