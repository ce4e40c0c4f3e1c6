"""What `l2j-lsp migrate` prints: a line per Java file (or JSON objects), then the
module's totals, the top reasons for stubs and the libraries left to port."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rich.console import Console

from .migrate import MARKER, Outcome


def print_summary(outcome: Outcome, out: Path, json_lines: bool, scope: str, err: Console) -> int:
    """Prints the summary; returns the number of Java files that failed."""
    report = outcome.report
    console = Console(highlight=False, soft_wrap=True, markup=False)
    failed = {p: m for p, m in outcome.failed}
    for path, message in failed.items():
        err.print(f"failed: {path}: {message}", markup=False, highlight=False)
    for entry in outcome.files:
        java, go, total, stubbed = entry.java, entry.go, entry.methods, entry.stubbed
        status = "failed" if java in failed else "ok"
        if json_lines:
            if scope == "file":
                line = {
                    "source": java,
                    "scope": "file",
                    "name": Path(java).stem,
                    "target": str(out / go),
                    "backend": "rules",
                    "status": status,
                    "seconds": 0.0,
                    "message": failed.get(java, f"{stubbed}/{total} stubbed"),
                }
                sys.stdout.write(json.dumps(line) + "\n")
            else:
                for d in entry.decls:
                    line = {
                        "source": java,
                        "scope": "method" if d["kind"] in ("method", "func") else "class",
                        "name": d["symbol"],
                        "target": str(out / go),
                        "backend": "rules",
                        "status": status,
                        "seconds": 0.0,
                        "message": "stubbed" if d["stubbed"] else "",
                    }
                    sys.stdout.write(json.dumps(line) + "\n")
            continue
        state = "ok" if not stubbed else f"ok, {stubbed}/{total} stubbed"
        if java in failed:
            state = "FAILED: " + failed[java]
        console.print(f"{java} -> {out / go}  {state}")
    if not json_lines:
        build = report["build"]
        assert isinstance(build, dict)
        methods, stubbed_all = report["methods"], report["stubbed"]
        console.print(
            f"{report['java_files']} Java files -> {report['go_files']} Go files in {out}: "
            f"{report['migrated']}/{methods} functions migrated, {stubbed_all} carry '{MARKER}'; "
            f"go build+vet {_build_state(build)}"
        )
        if "repaired" in report:
            console.print(f"  repaired by the LLM: {report['repaired']} functions")
        reasons = report.get("stubbed_by_reason") or {}
        assert isinstance(reasons, dict)
        for reason, count in list(reasons.items())[:5]:
            console.print(f"  stubbed: {count} {reason}")
        libs = report.get("libraries") or {}
        assert isinstance(libs, dict)
        if libs:
            console.print(f"  {len(libs)} library types without source have stand-ins under lib/")
        console.print(f"  report: {out / 'l2j-migration.json'}")
        if build.get("checked") and not build["ok"]:
            err.print(
                f"the module does not build: `l2j-lsp check {out}` shows each error at its "
                "Java line",
                markup=False,
                highlight=False,
            )
    return len(failed)


def build_failed(outcome: Outcome) -> bool:
    """The check ran and the module still does not build (or vet)."""
    build = outcome.report["build"]
    assert isinstance(build, dict)
    return bool(build.get("checked")) and not build["ok"]


def _build_state(build: dict[str, object]) -> str:
    if not build.get("checked"):
        return "not run (--no-check)"
    if build["ok"]:
        return "ok"
    errors = build["errors"]
    return f"FAILED ({errors} error{'' if errors == 1 else 's'})"
