"""`l2j-lsp migrate --repair N`: after the stub loop, every stubbed function of the written
module (and every one that still fails) goes through the repair loop; the fixes that
type-check are applied together, whatever then fails is put back as it was (stubbed), so
the module always builds; the report and the source map follow."""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from l2j_lsp.backends.base import Backend

from . import gotool
from .check import SourceMap
from .migrate import MARKER, REPORT, SOURCEMAP, FileOutcome, _gap_reason
from .repair import (
    Candidate,
    RepairResult,
    Target,
    drop_unused_imports,
    func_in,
    func_named,
    gofmt_file,
    marker_reasons,
    remap_entry,
    repair,
    replace_func,
)
from .stubs import category

Progress = Callable[[str, int, int], None]


@dataclass
class _Job:
    target: Target
    entry: dict[str, Any]  # the source map's file entry
    decl: dict[str, Any]  # its declaration
    reasons: list[str]  # the report keys its stub may be counted under


def _java_text(path: str, lines: list[int]) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError):
        return ""
    a, b = lines
    return "\n".join(text[max(0, a - 1) : b])


def _jobs(module_dir: Path, smap: dict[str, Any]) -> tuple[list[_Job], int]:
    """The functions to repair, and how many type errors the module has now."""
    failing: dict[str, set[int]] = {}
    baseline = gotool.check(module_dir)
    for p in baseline:
        failing.setdefault(p.file, set()).add(p.line)
    jobs = []
    for entry in smap.get("files", []):
        path = module_dir / entry["go"]
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            continue
        for d in entry["decls"]:
            if d["kind"] not in ("method", "func"):
                continue
            a, b = d["go_lines"]
            broken = any(a <= ln <= b for ln in failing.get(entry["go"], ()))
            if not d["stubbed"] and not broken:
                continue
            f = func_in(text, a, b)
            if f is None:
                continue
            target = Target(
                module_dir,
                entry["go"],
                f.key,
                _java_text(entry["java"], d["java_lines"]),
                entry["java"],
                int(d["java_lines"][0] or 0),
            )
            stub = text.encode()[f.start : f.end].decode()
            keys = []
            for reason in marker_reasons(stub):
                keys += ["does not compile: " + category(reason), _gap_reason(reason)]
            jobs.append(_Job(target, entry, d, keys))
    return jobs, len(baseline)


async def _run_all(
    jobs: list[_Job],
    backend: Backend,
    rounds: int,
    concurrency: int,
    progress: Progress,
    smap: SourceMap,
) -> list[RepairResult]:
    slots = asyncio.Semaphore(concurrency)
    done = 0

    async def one(job: _Job) -> RepairResult:
        nonlocal done
        async with slots:
            res = await repair(job.target, backend, rounds, smap=smap)
        done += 1
        progress(f"repairing: {done}/{len(jobs)}", done, len(jobs))
        return res

    progress(f"repairing: 0/{len(jobs)}", 0, len(jobs))
    return list(await asyncio.gather(*(one(j) for j in jobs)))


def _apply(
    module_dir: Path, fixes: list[tuple[_Job, RepairResult]], originals: dict[str, str]
) -> dict[str, str]:
    """Writes the fixes file by file; returns each touched file's new text."""
    texts: dict[str, str] = {}
    for job, res in fixes:
        go = job.target.go_file
        text = texts.get(go, originals[go])
        # The fix's imports: those of its file's text that the original lacks.
        cand = Candidate(res.go, _imports(res.file_text))
        texts[go] = replace_func(text, job.target.key, cand)
    for go, text in texts.items():
        (module_dir / go).write_text(text)
    # The stubs' imports that nothing uses any more go.
    problems = gotool.check(module_dir)
    for go, text in texts.items():
        texts[go] = gofmt_file(drop_unused_imports(text, problems, go))
        (module_dir / go).write_text(texts[go])
    return texts


def _imports(text: str) -> list[str]:
    from .repair import _parse  # the same parser

    out = []
    for top in _parse(text.encode()).root_node.named_children:
        if top.type != "import_declaration":
            continue
        stack = [top]
        while stack:
            n = stack.pop(0)
            if n.type == "import_spec" and n.text is not None:
                out.append(" ".join(n.text.decode().split()))
            stack.extend(n.named_children)
    return out


async def repair_module(
    module_dir: Path,
    backend: Backend,
    rounds: int,
    concurrency: int = 4,
    progress: Progress = lambda s, d, t: None,
) -> dict[str, Any]:
    """Repairs the module's stubbed and failing functions in place; returns the updated
    report (with ``"repaired"``), also written to ``l2j-migration.json``."""
    smap_data = json.loads((module_dir / SOURCEMAP).read_text())
    report = json.loads((module_dir / REPORT).read_text())
    jobs, baseline = await asyncio.to_thread(_jobs, module_dir, smap_data)
    results = await _run_all(jobs, backend, rounds, concurrency, progress, SourceMap(smap_data))
    fixes = [(j, r) for j, r in zip(jobs, results, strict=True) if r.ok and r.rounds]
    originals = {j.target.go_file: r.old_text for j, r in fixes}
    kept = list(fixes)
    texts: dict[str, str] = {}
    # Fixes checked one by one may clash together (rare): what fails is put back, stubbed.
    for _ in range(3):
        for go, text in originals.items():
            (module_dir / go).write_text(text)
        if not kept:
            texts = {}
            break
        texts = await asyncio.to_thread(_apply, module_dir, kept, originals)
        problems = await asyncio.to_thread(gotool.check, module_dir)
        bad = set()
        for p in problems:
            if p.file in texts:
                for job, _ in kept:
                    f = func_named(texts[p.file], job.target.key)
                    if job.target.go_file == p.file and f and f.line <= p.line <= f.end_line:
                        bad.add(id(job))
        if not bad and len(problems) <= baseline:
            break
        if not bad:  # a failure the fixes cannot be told apart for: put them all back
            kept = []
            continue
        kept = [(j, r) for j, r in kept if id(j) not in bad]
    else:
        for go, text in originals.items():
            (module_dir / go).write_text(text)
        kept, texts = [], {}
    repaired = {(j.target.go_file, j.target.key) for j, _ in kept}
    for entry in smap_data.get("files", []):
        go = entry["go"]
        if go in texts:
            keys = {k for g, k in repaired if g == go}
            remap_entry(entry, originals[go], texts[go], keys)
    (module_dir / SOURCEMAP).write_text(json.dumps(smap_data, indent=1) + "\n")
    ok, problems, _ = await asyncio.to_thread(gotool.run_go, module_dir, "build")
    if ok:
        ok, problems, _ = await asyncio.to_thread(gotool.run_go, module_dir, "vet")
    report["build"] = {"ok": ok, "errors": len(problems)}
    _recount(report, [j for j, _ in kept], smap_data)
    report["repaired"] = len(kept)
    (module_dir / REPORT).write_text(json.dumps(report, indent=2) + "\n")
    return report


def _recount(report: dict[str, Any], repaired: list[_Job], smap: dict[str, Any]) -> None:
    methods = stubbed = 0
    for entry in smap.get("files", []):
        for d in entry["decls"]:
            if d["kind"] in ("method", "func"):
                methods += 1
                stubbed += bool(d["stubbed"])
    report["methods"] = methods
    report["stubbed"] = stubbed
    report["migrated"] = methods - stubbed
    reasons = Counter(report.get("stubbed_by_reason") or {})
    for job in repaired:
        for key in (*job.reasons, "not migrated"):
            if reasons.get(key, 0) > 0:
                reasons[key] -= 1
                break
    report["stubbed_by_reason"] = {k: n for k, n in reasons.most_common() if n > 0}


def file_outcomes(module_dir: Path) -> list[FileOutcome]:
    """The per-file lines of the summary, from the (updated) source map."""
    data = json.loads((module_dir / SOURCEMAP).read_text())
    out = []
    for entry in data.get("files", []):
        methods = [d for d in entry["decls"] if d["kind"] in ("method", "func")]
        stubbed = sum(1 for d in methods if d["stubbed"])
        out.append(FileOutcome(entry["java"], entry["go"], len(methods), stubbed, entry["decls"]))
    return out


__all__ = ["MARKER", "file_outcomes", "repair_module"]
