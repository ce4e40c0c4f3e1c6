"""``l2j-lsp plan``: the dependency map of a Java tree and its files in migration order.

A file depends on another when it uses a type declared there: by simple name (declared in
the file itself, imported explicitly, in the same package, or in a wildcard-imported package
or type, Java's order of precedence), by fully qualified name, or through a static import.
An import alone is not a use, except a static one: its members are used unqualified and
telling which ones would need method resolution. The strongly connected components of that
graph are the cycles, migrated together; the order puts every file after the files it
depends on (see ``docs/bootstrap.md`` for the JSON).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rich.console import Console

from l2j_lsp.atomic import write_text_atomic
from l2j_lsp.training.plan_graph import migration_order, strongly_connected
from l2j_lsp.training.plan_java import JavaFacts, analyse, read_java

PLAN_VERSION = 1

err = Console(stderr=True, highlight=False, soft_wrap=True)


class PlanError(Exception):
    """The plan cannot be made or read; the message says what to fix."""


def _qualify(package: str, name: str) -> str:
    return f"{package}.{name}" if package else name


@dataclass
class _Index:
    """Where each type of the tree is declared."""

    # Fully qualified type name (nested: "p.Outer.Inner") -> file.
    by_fqn: dict[str, str] = field(default_factory=dict)
    # Package -> top-level simple name -> file.
    by_package: dict[str, dict[str, str]] = field(default_factory=dict)
    # Fully qualified type -> its member types' simple names -> file.
    members: dict[str, dict[str, str]] = field(default_factory=dict)
    duplicates: list[str] = field(default_factory=list)

    @classmethod
    def build(cls, facts: list[JavaFacts]) -> _Index:
        index = cls()
        for f in facts:
            for name in f.types:
                fqn = _qualify(f.package, name)
                if fqn in index.by_fqn:
                    index.duplicates.append(f"{fqn} in {index.by_fqn[fqn]} and {f.path}")
                    continue
                index.by_fqn[fqn] = f.path
                outer, _, simple = name.rpartition(".")
                if outer:
                    index.members.setdefault(_qualify(f.package, outer), {})[simple] = f.path
                else:
                    index.by_package.setdefault(f.package, {})[simple] = f.path
        return index

    def longest_type(self, segments: tuple[str, ...] | list[str]) -> str | None:
        """The file of the longest prefix of a dotted name that is a qualified type of the
        tree. One segment is never tried: a simple name goes through the file's scope."""
        for end in range(len(segments), 1, -1):
            found = self.by_fqn.get(".".join(segments[:end]))
            if found is not None:
                return found
        return None

    def scope(self, f: JavaFacts) -> dict[str, str | None]:
        """Simple name -> file for one file (None: a type from outside the tree, which
        shadows the tree's types of that name)."""
        names: dict[str, str | None] = {}
        # Lowest precedence first, so higher ones overwrite.
        for imported in reversed([i for i in f.imports if i.wildcard and not i.static]):
            names.update(self.by_package.get(imported.name, {}))
            names.update(self.members.get(imported.name, {}))
        names.update(self.by_package.get(f.package, {}))
        for imported in f.imports:
            if not imported.wildcard and not imported.static:
                names[imported.name.rpartition(".")[2]] = self.by_fqn.get(imported.name)
        for name in f.types:
            names[name.rpartition(".")[2]] = f.path
        return names

    def dependencies(self, f: JavaFacts) -> set[str]:
        scope = self.scope(f)
        hits = [scope.get(name) for name in f.simple_refs]
        hits.extend(self.longest_type(chain) for chain in f.chains)
        for imported in f.imports:
            if imported.static:
                parts = imported.name.split(".")
                hits.append(self.longest_type(parts if imported.wildcard else parts[:-1]))
        return {hit for hit in hits if hit is not None and hit != f.path}


def scan(source: Path) -> tuple[list[JavaFacts], list[str]]:
    """Facts of every ``*.java`` under ``source``, sorted by path; and the warnings."""
    facts: list[JavaFacts] = []
    warnings: list[str] = []
    for path in sorted(p for p in source.rglob("*.java") if p.is_file()):
        rel = path.relative_to(source).as_posix()
        try:
            text, warning = read_java(path)
        except OSError as exc:
            facts.append(JavaFacts(rel, parse_errors=True, error=str(exc)))
            warnings.append(f"{rel}: cannot be read: {exc}")
            continue
        one = analyse(rel, text)
        if warning:
            one.non_utf8 = True
            warnings.append(f"{rel}: {warning}")
        if one.parse_errors:
            warnings.append(f"{rel}: has syntax errors; its dependencies may be incomplete")
        facts.append(one)
    return facts, warnings


def build_plan(source: Path) -> tuple[dict[str, Any], list[str]]:
    """The plan as JSON-ready data, and the warnings to show."""
    facts, warnings = scan(source)
    if not facts:
        raise PlanError(f"no .java files under {source}")
    index = _Index.build(facts)
    warnings.extend(f"type declared twice: {d} (the first counts)" for d in index.duplicates)
    position = {f.path: i for i, f in enumerate(facts)}
    depends = [sorted(index.dependencies(f)) for f in facts]
    graph = [[position[d] for d in ds] for ds in depends]
    components = strongly_connected(graph)
    ordered = migration_order(graph, components, [f.path for f in facts])

    cycles = [[facts[v].path for v in members] for members in ordered if len(members) > 1]
    cycle_of = {path: c for c, members in enumerate(cycles) for path in members}
    files = [
        {
            "path": f.path,
            "package": f.package,
            "types": [_qualify(f.package, t) for t in f.types],
            "imports": [str(i) for i in f.imports],
            "depends_on": ds,
            "scc": cycle_of.get(f.path),
            "parse_errors": f.parse_errors,
            "non_utf8": f.non_utf8,
            **({"error": f.error} if f.error else {}),
        }
        for f, ds in zip(facts, depends, strict=True)
    ]
    package_of = {f.path: f.package for f in facts}
    packages: dict[str, dict[str, Any]] = {}
    for f, ds in zip(facts, depends, strict=True):
        entry = packages.setdefault(
            f.package, {"files": 0, "types": 0, "depends_on_packages": set()}
        )
        entry["files"] += 1
        entry["types"] += len(f.types)
        entry["depends_on_packages"].update(package_of[d] for d in ds)
    for name, entry in packages.items():
        entry["depends_on_packages"] = sorted(entry["depends_on_packages"] - {name})
    plan = {
        "version": PLAN_VERSION,
        "source": str(source.resolve()),
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "files": files,
        "order": [facts[v].path for members in ordered for v in members],
        "sccs": cycles,
        "packages": dict(sorted(packages.items())),
        "stats": {
            "files": len(facts),
            "packages": len(packages),
            "types": sum(len(f.types) for f in facts),
            "dependencies": sum(len(ds) for ds in depends),
            "sccs": len(cycles),
            "files_in_cycles": sum(len(c) for c in cycles),
            "largest_scc": max((len(c) for c in cycles), default=1),
            "parse_errors": sum(f.parse_errors for f in facts),
            "non_utf8": sum(f.non_utf8 for f in facts),
        },
    }
    return plan, warnings


def _summary(plan: dict[str, Any], output: Path) -> None:
    s = plan["stats"]
    err.print(
        f"[bold]plan[/bold] {s['files']} files in {s['packages']} packages, "
        f"{s['types']} types, {s['dependencies']} file dependencies"
    )
    if s["sccs"]:
        largest = max(plan["sccs"], key=len)
        err.print(
            f"  {s['sccs']} cycles holding {s['files_in_cycles']} files; largest SCC "
            f"{len(largest)} files (first: {largest[0]})"
        )
    else:
        err.print("  no cycles")
    busiest = Counter({name: p["files"] for name, p in plan["packages"].items()}).most_common(3)
    err.print("  largest packages: " + ", ".join(f"{n or '(default)'} {c}" for n, c in busiest))
    err.print(f"  written to {output}")


def run(source: Path, output: Path) -> int:
    """The ``plan`` command: 0 done, 1 written but some files unreadable or with syntax
    errors (named), 2 nothing written (bad arguments)."""
    if not source.is_dir():
        err.print(f"[red]error:[/red] --source {source} is not a folder")
        return 2
    if output.is_dir():
        err.print(f"[red]error:[/red] --output {output} is a folder; give a file name")
        return 2
    try:
        plan, warnings = build_plan(source)
    except PlanError as exc:
        err.print(f"[red]error:[/red] {exc}")
        return 2
    for warning in warnings:
        err.print(f"[yellow]warning:[/yellow] {warning}")
    try:
        write_text_atomic(output, json.dumps(plan, indent=1, ensure_ascii=False) + "\n")
    except OSError as exc:
        err.print(f"[red]error:[/red] cannot write {output}: {exc}")
        return 2
    _summary(plan, output)
    return 1 if plan["stats"]["parse_errors"] else 0


def load_plan(path: Path) -> dict[str, Any]:
    """A plan written by :func:`run`, its shape checked; PlanError says what is wrong."""
    try:
        plan = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PlanError(f"cannot read the plan {path}: {exc}") from None
    files = plan.get("files") if isinstance(plan, dict) else None
    order = plan.get("order") if isinstance(plan, dict) else None
    if (
        not isinstance(files, list)
        or not isinstance(order, list)
        or not isinstance(plan.get("source"), str)
        or not all(isinstance(f, dict) and isinstance(f.get("path"), str) for f in files)
        or not all(isinstance(p, str) for p in order)
    ):
        raise PlanError(f"{path} is not a plan from `l2j-lsp plan` (needs source, files, order)")
    known = {f["path"] for f in files}
    unknown = [p for p in order if p not in known]
    if unknown:
        raise PlanError(f"{path}: order names files not in files: {', '.join(unknown[:3])}")
    return plan
