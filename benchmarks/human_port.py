"""Method pairs of a human Java -> Go port: what every port benchmark shares.

A port is described by ``Port``: the two repositories (read from git mirrors that ``fetch``
brings onto the machine as bare git directories; nothing of them is kept in the project),
the Java source root, the Go packages, and the naming rules that pair a Java method with a Go
func without doubt (``match``). The per-port modules (``benchmarks.s2_pairs``,
``benchmarks.zxing_pairs``) hold those rules. Both sides keep their leading comments (Javadoc,
Go doc comment), as the editor's scope does.
"""

from __future__ import annotations

import io
import re
import subprocess
import tarfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import tree_sitter
import tree_sitter_go

from l2j_lsp.migration.scope import JavaDocument

GO = tree_sitter.Language(tree_sitter_go.language())
MIRRORS = Path("/work/.mirror")
# The receiver's type name: `(c Cap)`, `(l *Loop)`, `(q *queue[T])`.
_RECEIVER = re.compile(r"(\w+)(?:\[[^\]]*\])?\s*\)$")


@dataclass(frozen=True)
class JavaMethod:
    path: str  # relative to the Java source root
    type_name: str
    name: str
    param_types: tuple[str, ...]
    static: bool
    constructor: bool
    text: str


@dataclass(frozen=True)
class GoFunc:
    package: str  # the folder under the Go tree ("" for its root)
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
    go_package: str  # the Go package's name (the folder's last part, or the module's)


Matcher = Callable[[list[JavaMethod], list[GoFunc]], list[tuple[JavaMethod, GoFunc]]]


@dataclass(frozen=True)
class Port:
    name: str
    title: str
    java_repo: str  # owner/name on GitHub
    go_repo: str
    java_root: str  # the Java sources' root inside the Java repository
    # Go folders whose funcs pair; None: every folder of the Go tree.
    go_packages: tuple[str, ...] | None
    # The Go package name of the Go tree's root folder (for the request's package).
    root_package: str
    match: Matcher
    # The pairs' description in the benchmark's notes.
    about: str
    # The draft with the port's systematic edits written by hand (a ceiling), if any.
    oracle: Callable[[str], str] | None = None

    @property
    def java_mirror(self) -> Path:
        return MIRRORS / self.java_repo.replace("/", "+") / "repo"

    @property
    def go_mirror(self) -> Path:
        return MIRRORS / self.go_repo.replace("/", "+") / "repo"

    def pairs(self, java_tree: Path, go_tree: Path) -> list[PortPair]:
        """The pairs the names decide; a Go func claimed by two Java methods is dropped."""
        found = self.match(
            list(java_methods(java_tree / self.java_root)), list(go_funcs(go_tree, self))
        )
        claims = Counter(id(f) for _, f in found)
        return [
            PortPair(m.path, m.type_name, m.name, m.text, f.text, self.package_name(f.package))
            for m, f in found
            if claims[id(f)] == 1
        ]

    def package_name(self, folder: str) -> str:
        return folder.rsplit("/", 1)[-1] if folder else self.root_package


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
    """The methods and constructors with a body of every Java file under ``root``."""
    for path in sorted(root.rglob("*.java")):
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
                path=str(path.relative_to(root)),
                type_name=decl.outer[-1],
                name=decl.name,
                param_types=types,
                static=modifiers is not None and "static" in _text(modifiers).split(),
                constructor=decl.kind == "constructor",
                text=doc.source(decl.start_byte, decl.end_byte),
            )


def _text(node: tree_sitter.Node | None) -> str:
    return "" if node is None or node.text is None else node.text.decode("utf-8", "replace")


def _go_folders(root: Path, port: Port) -> list[str]:
    if port.go_packages is not None:
        return list(port.go_packages)
    folders = {str(p.parent.relative_to(root)) for p in root.rglob("*.go")}
    return sorted("" if f == "." else f for f in folders)


def go_funcs(root: Path, port: Port) -> Iterator[GoFunc]:
    """The funcs and methods of the port's Go packages (tests left out), each with its doc
    comment."""
    parser = tree_sitter.Parser(GO)
    for package in _go_folders(root, port):
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
