"""``make bench-port``: the whole-program port of the L2J corpus (`../shared/corpus`).

Extracts the game server, commons and mmocore sources to a temporary folder and runs
``l2j-lsp migrate`` on them in process (the code the command runs): files per second for
indexing and translation (excluding the Go toolchain), the type-check-and-stub loop,
``go build`` and ``go vet`` of the result, peak memory, functions migrated and stubbed, and
stubs by reason. Then the language server on the same tree, as an editor user meets it:
the project model built from `java.sourceRoots`, code action latency on the 10k-line
L2PcInstance.java, and one of its methods migrated by the code action into the module,
which is type-checked after it. Writes docs/benchmarks/port.md and prints it.
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import statistics
import tarfile
import tempfile
import time
from pathlib import Path

from benchmarks.lsp_bench import sampled_code_actions
from benchmarks.table import write_table
from l2j_lsp.module import gotool
from l2j_lsp.module.migrate import Options, migrate
from tests.server.lsp_session import build_ended, start_session, stop_session

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "l2j-src.tgz"
ROOTS = ("game/src/main/java", "commons/src/main/java", "mmocore/src/main/java")
TARGET_FILES_PER_S = 50.0
PC_INSTANCE = "com/l2jserver/gameserver/model/actor/instance/L2PcInstance.java"
# A method of the 10k-line god class, migrated through the editor as a user would.
EDITOR_METHOD = "getRandomFishGrade"


async def editor_on_l2j(root: Path, roots: list[Path], out: Path) -> list[list[str]]:
    """The language server on the same tree (`java.sourceRoots` = the three roots, the
    module in `go/`): code action latency on L2PcInstance.java once the project model is
    built, and one of its methods migrated through the code action, then type-checked
    with the whole module."""
    rel = [r.relative_to(root).as_posix() for r in roots]
    session = await start_session(
        root, {"backend": "rules", "cache": {"enabled": False}, "java": {"sourceRoots": rel}}
    )
    try:
        path = roots[0] / PC_INSTANCE
        text = path.read_text(encoding="utf-8")
        started = time.monotonic()
        uri = session.open(path.relative_to(root).as_posix(), text)
        while not build_ended(session):
            if time.monotonic() - started > 600:
                raise RuntimeError("the project model was not built in 10 minutes")
            await asyncio.sleep(0.2)
        model_s = time.monotonic() - started
        lines = text.count("\n")
        timings = await sampled_code_actions(session, uri, lines)
        line = text[: text.index(f" int {EDITOR_METHOD}(")].count("\n")  # the declaration
        actions = await session.actions(uri, line, 8)
        title = f"Migrate method '{EDITOR_METHOD}' to Go"
        action = next(a for a in actions if a.title == title)
        result = await session.run(action)
    finally:
        await stop_session(session)  # before its background check starts a full build
    problems = gotool.check(out)
    go_file = Path(str(result.get("goUri", ""))[len("file://") :])
    in_file = [p for p in problems if (out / p.file) == go_file]
    return [
        ["project model built by the server (java.sourceRoots)", f"{model_s:.1f} s", ""],
        [
            f"codeAction on L2PcInstance.java ({lines:,} lines), median of 50",
            f"{statistics.median(timings):.2f} ms",
            "target <= 5 ms",
        ],
        ["codeAction on L2PcInstance.java, max of 50", f"{max(timings):.2f} ms", ""],
        [
            f"`{EDITOR_METHOD}` migrated by its code action",
            str(result.get("status")),
            f"into {go_file.relative_to(out) if go_file.is_relative_to(out) else go_file}",
        ],
        [
            "type errors in the module after it (go/types, whole module)",
            str(len(problems)),
            f"{len(in_file)} in that file",
        ],
    ]


def _load() -> str:
    one, five, fifteen = (round(x, 1) for x in __import__("os").getloadavg())
    return f"{one}, {five}, {fifteen}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="the l2j-src.tgz archive")
    args = parser.parse_args()
    load_before = _load()
    with tempfile.TemporaryDirectory(prefix="l2j-port-bench-") as tmp:
        root = Path(tmp)
        with tarfile.open(args.corpus) as tar:
            tar.extractall(root / "src", filter="data")
        roots = [root / "src" / r for r in ROOTS]
        out = root / "go"
        started = time.monotonic()
        outcome = migrate(Options(roots, out))
        total = time.monotonic() - started
        report = outcome.report
        build_start = time.monotonic()
        # The flags migrate builds with (-trimpath), so the cache it filled is the one used.
        build_ok = gotool.run_go(out, "build")[0]
        build_s = time.monotonic() - build_start
        vet_ok = gotool.run_go(out, "vet")[0]
        editor = asyncio.run(editor_on_l2j(root, roots, out))
        go_lines = sum(
            p.read_text(errors="replace").count("\n")
            for p in out.rglob("*.go")
            if "/java/" not in p.as_posix()
        )
    seconds = outcome.seconds
    java_files = int(report["java_files"])  # type: ignore[call-overload]
    front = seconds["index"] + seconds["translate"] + seconds["assemble"]
    methods = int(report["methods"])  # type: ignore[call-overload]
    stubbed = int(report["stubbed"])  # type: ignore[call-overload]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    peak_children_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    build_info = report["build"]
    assert isinstance(build_info, dict)
    rows = [
        ["Java files", f"{java_files:,}", ""],
        ["Go lines written (runtime excluded)", f"{go_lines:,}", ""],
        [
            "index + translate + assemble",
            f"{front:.1f} s",
            f"{java_files / front:.0f} files/s (target >= {TARGET_FILES_PER_S:.0f})",
        ],
        ["of which index", f"{seconds['index']:.1f} s", "parse and resolve every file"],
        ["of which translate", f"{seconds['translate']:.1f} s", ""],
        [
            "type check, vet and stub loop, gofmt, go build + vet (in migrate)",
            f"{seconds['check_and_build']:.1f} s",
            "",
        ],
        [
            "of which the final `go build ./...` + `go vet ./...`",
            f"{seconds['go_build_and_vet']:.1f} s",
            "cold: the module's packages are new to the Go cache",
        ],
        ["whole `migrate`", f"{total:.1f} s", ""],
        [
            "`go build ./...` again (warm cache)",
            f"{build_s:.1f} s",
            "ok" if build_ok else "FAILED",
        ],
        ["`go vet ./...`", "ok" if vet_ok else "FAILED", ""],
        [
            "build errors after stubbing",
            str(build_info.get("errors")),
            "ok" if build_info.get("ok") else "FAILED",
        ],
        ["functions (Java methods and constructors)", f"{methods:,}", ""],
        [
            "migrated",
            f"{methods - stubbed:,}",
            f"{100 * (methods - stubbed) / max(methods, 1):.1f}%",
        ],
        [
            "carrying `l2j: not migrated`",
            f"{stubbed:,}",
            f"{100 * stubbed / max(methods, 1):.1f}% (target <= 10%)",
        ],
        ["peak memory, l2j-lsp", f"{peak_mb:.0f} MB", ""],
        ["peak memory, largest Go tool process", f"{peak_children_mb:.0f} MB", ""],
    ]
    rows += editor
    reasons = report.get("stubbed_by_reason") or {}
    assert isinstance(reasons, dict)
    for reason, count in list(reasons.items())[:15]:
        rows.append([f"stubbed: {reason}", str(count), ""])
    libs = report.get("libraries") or {}
    assert isinstance(libs, dict)
    rows.append(
        [
            "library types with stand-ins",
            str(len(libs)),
            ", ".join(sorted({q.rsplit(".", 1)[0] for q in libs})[:12]),
        ]
    )
    notes = (
        f"The L2J game server, commons and mmocore from `{args.corpus.name}`, migrated by "
        "`l2j-lsp migrate` in process (`make bench-port`). Load average (1, 5, 15 min) "
        f"before: {load_before}; after: {_load()}. Two cores shared with other work: "
        "compare ratios within one run."
    )
    write_table("port", "Whole-program port of L2J", ["measure", "value", "note"], rows, notes)


if __name__ == "__main__":
    main()
