"""``make bench-check``: how long `l2j-lsp check` takes on a migrated module of real code.

Extracts the L2J corpus (``/work/shared/corpus/l2j-src.tgz``, or ``--corpus``) to a
temporary folder, runs ``l2j-lsp migrate ROOT... --out DIR`` on the source roots given
(default: the game server, commons and mmocore: the whole L2J port; its merged Go package
takes the compiler about 13 GB), then times ``l2j-lsp check DIR``:

1. cold: an empty Go build cache (``GOCACHE``), as on a fresh machine or CI;
2. the same again, nothing changed;
3. after one Go file changed (a statement added to a function body): incremental;
4. the first check after ``migrate`` with the cache ``migrate`` left, as a user meets it.

Each check runs in its own process (the command's code, with its three steps timed: the
type check of every package, ``go build``, ``go vet``); its peak memory is that process's
and its Go tools' (``wait4`` / ``getrusage`` of the children). Writes
docs/benchmarks/check.md and prints it. The corpus's code never enters the repository.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.table import write_table

REPO = Path(__file__).resolve().parents[1]
ARCHIVE = Path("shared") / "corpus" / "l2j-src.tgz"
DEFAULT_ROOTS = ("game/src/main/java", "commons/src/main/java", "mmocore/src/main/java")


def find_corpus() -> Path | None:
    """The corpus archive in a `shared/corpus` beside the checkout or above it."""
    for parent in Path(__file__).resolve().parents:
        if (parent / ARCHIVE).is_file():
            return parent / ARCHIVE
    return None


def _load() -> str:
    return ", ".join(f"{x:.1f}" for x in os.getloadavg())


def _env(gocache: Path) -> dict[str, str]:
    return {
        **os.environ,
        "GOCACHE": str(gocache),
        "GOTOOLCHAIN": "local",
        "GOPROXY": "off",
        "PYTHONPATH": str(REPO),
    }


def _run(args: list[str], env: dict[str, str], cwd: Path) -> tuple[int, float, int, str]:
    """(exit code, seconds, peak RSS in MB of the process and its descendants, stderr)."""
    started = time.monotonic()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(args, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.monotonic() - started
        err.seek(0)
        text = err.read().decode("utf-8", "replace")
    return proc.returncode, seconds, usage.ru_maxrss // 1024, text


# -- the child: one `l2j-lsp check`, its steps timed ------------------------------------------
def _timed_check(module: Path, report: Path) -> None:
    """Runs the `check` command as `l2j-lsp check DIR --json` does, timing its steps."""
    from l2j_lsp import cli
    from l2j_lsp.module import gotool

    steps: dict[str, float] = {}
    tools_mb: dict[str, int] = {}

    def timed(name: str, fn: Any) -> Any:
        def run(*args: Any, **kwargs: Any) -> Any:
            key = name if name != "go" else str(args[1])  # `go build` / `go vet`
            started = time.monotonic()
            try:
                return fn(*args, **kwargs)
            finally:
                steps[key] = steps.get(key, 0.0) + time.monotonic() - started
                # The largest Go tool process so far (compile, vet, gocheck).
                tools_mb[key] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024

        return run

    gotool.check = timed("typecheck", gotool.check)
    gotool.run_go = timed("go", gotool.run_go)
    code = 0
    try:
        cli.app(["check", str(module), "--json"])
    except SystemExit as exc:
        code = int(exc.code or 0)
    report.write_text(
        json.dumps(
            {
                "code": code,
                "steps": steps,
                "tools_mb": tools_mb,
                "self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
            }
        )
    )


def _check(module: Path, gocache: Path, work: Path) -> dict[str, Any]:
    report = work / "check-report.json"
    report.unlink(missing_ok=True)
    args = [sys.executable, "-m", "benchmarks.check_bench", "--child", str(module), str(report)]
    code, seconds, peak_mb, err = _run(args, _env(gocache), REPO)
    data = json.loads(report.read_text()) if report.exists() else {}
    if code != 0 or data.get("code", 1) not in (0, 1):
        raise SystemExit(f"the check did not run (exit {code}): {err.strip()[-2000:]}")
    data.update({"seconds": seconds, "peak_mb": peak_mb})
    return data


# -- the change: one statement in one function ---------------------------------------------
def touch_one_file(module: Path, wanted: str | None) -> str:
    """Adds a statement at the top of the first function body of one Go file the migration
    wrote (``wanted``, relative to the module, or the first such file); returns its path."""
    from l2j_lsp.module.repair import go_funcs

    smap = json.loads((module / "l2j-sourcemap.json").read_text())
    files = sorted(str(f["go"]) for f in smap["files"])
    for rel in [wanted] if wanted else files:
        assert rel is not None
        text = (module / rel).read_text(encoding="utf-8")
        funcs = [f for f in go_funcs(text) if f.body_start < f.end]
        if not funcs:
            continue
        at = funcs[0].body_start + 1  # after the `{`
        data = text.encode()
        changed = data[:at] + b'\n\t_ = "l2j-bench: one changed line"' + data[at:]
        (module / rel).write_bytes(changed)
        return rel
    raise SystemExit(f"no Go function to change in {wanted or module}")


def _mb(value: object) -> str:
    return f"{value:,} MB" if isinstance(value, int) else "?"


def _row(label: str, r: dict[str, Any]) -> list[str]:
    steps = r.get("steps", {})
    tools = r.get("tools_mb", {})
    ok = "builds and vets" if r.get("code") == 0 else "FAILS"

    def step(name: str) -> str:
        return f"{steps[name]:.1f} s" if name in steps else "not run"

    return [
        label,
        f"{r['seconds']:.1f} s",
        step("typecheck"),
        step("build"),
        step("vet"),
        _mb(max(tools.values(), default=None)),
        _mb(r.get("self_mb")),
        ok,
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "roots",
        nargs="*",
        default=list(DEFAULT_ROOTS),
        help="Java source roots inside the archive (default: game, commons and mmocore)",
    )
    parser.add_argument("--corpus", type=Path, default=None, help="the l2j-src.tgz archive")
    parser.add_argument("--touch", default=None, help="the Go file (in the module) to change")
    parser.add_argument("--child", nargs=2, metavar=("MODULE", "REPORT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _timed_check(Path(args.child[0]), Path(args.child[1]))
        return
    corpus = args.corpus or find_corpus()
    if corpus is None or not corpus.is_file():
        raise SystemExit(
            f"no corpus archive: pass --corpus PATH/l2j-src.tgz (looked for {ARCHIVE})"
        )
    load_before = _load()
    with tempfile.TemporaryDirectory(prefix="l2j-check-bench-") as tmp:
        work = Path(tmp)
        with tarfile.open(corpus) as tar:
            tar.extractall(work / "src", filter="data")
        roots = [work / "src" / r for r in args.roots]
        for r in roots:
            if not r.is_dir():
                raise SystemExit(f"{r.relative_to(work / 'src')}: not a folder of the archive")
        java_files = sum(1 for r in roots for _ in r.rglob("*.java"))
        module = work / "go"
        migrate_cache = work / "gocache-migrate"
        migrate_args = [sys.executable, "-m", "l2j_lsp", "migrate", *map(str, roots)]
        code, migrate_s, migrate_mb, err = _run(
            [*migrate_args, "--out", str(module)], _env(migrate_cache), work
        )
        if not (module / "go.mod").exists():
            raise SystemExit(f"migrate wrote no module (exit {code}): {err.strip()[-2000:]}")
        report = json.loads((module / "l2j-migration.json").read_text())
        go_files = sum(1 for _ in module.rglob("*.go"))
        go_lines = sum(
            p.read_text(errors="replace").count("\n")
            for p in module.rglob("*.go")
            if p.relative_to(module).parts[0] not in ("java", "lib")
        )

        cold_cache = work / "gocache-cold"
        cold = _check(module, cold_cache, work)
        again = _check(module, cold_cache, work)
        after_migrate = _check(module, migrate_cache, work)
        touched = touch_one_file(module, args.touch)
        incremental = _check(module, cold_cache, work)
        shutil.rmtree(cold_cache, ignore_errors=True)
        shutil.rmtree(migrate_cache, ignore_errors=True)

    rows = [
        _row("1. first check, empty Go build cache (cold)", cold),
        _row("2. again, nothing changed", again),
        _row("3. first check after `migrate`, with the cache it left", after_migrate),
        _row(f"4. after one Go file changed (`{touched}`), cache of 1-2", incremental),
    ]
    ratio = incremental["seconds"] / cold["seconds"] if cold["seconds"] else 0.0
    build = report.get("build", {})
    names = ", ".join(f"`{r}`" for r in args.roots)
    notes = "\n".join(
        [
            f"Module: `l2j-lsp migrate {' '.join(args.roots)}` of `{corpus.name}` (roots "
            f"measured: {names}): {java_files:,} Java files -> {go_files:,} Go files "
            f"({go_lines:,} lines outside the runtime `java/` and the stand-ins `lib/`), "
            f"{report.get('methods', 0):,} functions, {report.get('stubbed', 0):,} stubbed; "
            f"`migrate` exit {code}, go build+vet {'ok' if build.get('ok') else 'FAILED'}, "
            f"{migrate_s:.0f} s, peak {migrate_mb:,} MB.",
            "",
            "Each row is one `l2j-lsp check DIR` (the command's code in its own process, "
            "rows in the order they ran): the type check of every package (gocheck, from "
            "source; the standard library's export data comes from the Go build cache), "
            "then `go build ./...` and `go vet ./...`, each timed. Rows 1, 2 and 4 share a "
            "Go build cache that starts empty, so row 1 also compiles the standard library "
            "packages the module imports. Row 3 uses the cache `migrate` filled with its own "
            "build and vet, which is what a user's first check meets (`migrate` builds the "
            "files as it leaves them, and builds use `-trimpath`, so the folder it built in "
            "does not matter). Peak memory: the largest Go tool process "
            "(compile, vet, gocheck) and the l2j-lsp process itself.",
            "",
            f"The incremental check (row 4) took {100 * ratio:.0f}% of the cold one. Row 4 "
            "adds one statement at the top of the first function of that file. Go compiles "
            "a package as a whole, so a change in one file of L2J's merged package (1,788 files "
            "of one Java import cycle) recompiles all of it, and everything importing it; "
            "the type check column is what stays cheap, and it is what the editor's "
            "background check runs on a module this large (docs/editors.md).",
            "",
            f"Load average (1, 5, 15 min) before: {load_before}; after: {_load()}. Two "
            "cores shared with other work (large Go builds): compare rows within one run.",
        ]
    )
    header = [
        "check",
        "whole",
        "type check",
        "go build",
        "go vet",
        "peak, Go tools",
        "peak, l2j-lsp",
        "result",
    ]
    write_table("check", "`l2j-lsp check` on a migrated module", header, rows, notes)


if __name__ == "__main__":
    main()
