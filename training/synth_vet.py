"""``go vet`` for one migrated Go file, alone in a throw-away module.

The file is vetted before the rest of the port exists, so names from other files (its own
package's other files, the packages it imports from the module) cannot resolve. What counts:

- vet's analyzers (printf, copylocks, lostcancel, assign, bools, nilfunc, shift,
  stdmethods, unusedresult, loopclosure, ...): any finding fails the pair. ``unreachable``
  and ``composites`` are off: code after a translated ``throw`` and unkeyed struct literals
  are style, not bugs.
- type errors the file makes on its own ("declared and not used", "imported and not used",
  "missing return", mismatched types, an import of a standard package that does not
  exist): they fail the pair.
- type errors about names defined elsewhere ("undefined: X", "x.Y undefined (type T has no
  field or method Y)", a third-party module that cannot be fetched offline): ignored, as
  the file is right to expect them. vet stops at the first type error, so the compiler
  (``go build -gcflags=-e``) lists them all, and the analyzers run only on files that
  type-check alone (the leaves of the plan, which come first).
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from l2j_lsp.migration.gofile import parse_source
from l2j_lsp.migration.target import go_package_name

VET_FLAGS = ("-unreachable=false", "-composites=false")
# Errors about what lives outside the vetted file.
_ELSEWHERE = re.compile(
    r"undefined: |has no field or method |no required module provides package|"
    r"cannot find module|too many errors"
)
# A location-prefixed message: "path/x.go:3:2: message" (vet adds "vet: " for type errors).
_MESSAGE = re.compile(r"^(vet: )?(\S+\.go:\d+(?::\d+)?: .*)$")


@dataclass
class VetReport:
    ok: bool
    # "passed", "type-checked; names from other files left unresolved", "no go toolchain"...
    summary: str
    problems: list[str] = field(default_factory=list)


def _environment() -> dict[str, str]:
    # Offline and reproducible: no toolchain download, no module fetch, no go.work nearby.
    return {
        **os.environ,
        "GOTOOLCHAIN": "local",
        "GOPROXY": "off",
        "GOFLAGS": "-mod=mod",
        "GOWORK": "off",
        "GO111MODULE": "on",
    }


async def _go(go: str, args: list[str], cwd: Path, timeout: float) -> tuple[int, list[str]]:
    """Exit status and the messages (continuation lines joined to their message)."""
    proc = await asyncio.create_subprocess_exec(
        go,
        *args,
        cwd=cwd,
        env=_environment(),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    try:
        out, _ = await asyncio.wait_for(proc.communicate(), timeout)
    except TimeoutError:
        proc.kill()
        await proc.wait()
        raise
    messages: list[str] = []
    for line in out.decode("utf-8", "replace").replace(f"{cwd}{os.sep}", "").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if line[0].isspace() and messages:
            messages[-1] += " " + line.strip()
        else:
            messages.append(line)
    return proc.returncode or 0, messages


def _write_module(root: Path, text: str, relative_dir: str, file_name: str, module: str) -> str:
    """Lay out the module; the package pattern to vet. Imported packages of the module get
    an empty stub, so a use of them is "undefined", not a missing package."""
    (root / "go.mod").write_text(f"module {module}\n\ngo 1.22\n", encoding="utf-8")
    package_dir = root.joinpath(*relative_dir.split("/")) if relative_dir else root
    package_dir.mkdir(parents=True, exist_ok=True)
    (package_dir / file_name).write_text(text, encoding="utf-8")
    for imported in parse_source(text).imports:
        if not imported.path.startswith(module + "/"):
            continue
        rest = imported.path[len(module) + 1 :].split("/")
        stub = root.joinpath(*rest)
        if stub == package_dir or any(p in ("", ".", "..") for p in rest):
            continue
        stub.mkdir(parents=True, exist_ok=True)
        (stub / "doc.go").write_text(f"package {go_package_name(rest[-1])}\n", encoding="utf-8")
    return "./" + relative_dir if relative_dir else "."


async def vet_go(
    text: str, relative_dir: str, file_name: str, module: str, timeout: float = 180.0
) -> VetReport:
    """Vet ``text`` as ``<module>/<relative_dir>/<file_name>``."""
    go = shutil.which("go")
    if go is None:
        return VetReport(True, "skipped: no go toolchain on PATH")
    with tempfile.TemporaryDirectory(prefix="l2j-vet-") as tmp:
        root = Path(tmp)
        pattern = _write_module(root, text, relative_dir, file_name, module)
        try:
            status, messages = await _go(go, ["vet", *VET_FLAGS, pattern], root, timeout)
            if status == 0:
                return VetReport(True, "passed")
            if any(m.startswith("vet: ") for m in messages):
                # A type error stopped vet at the first one: ask the compiler for all.
                build = ["build", "-gcflags=-e", "-o", os.devnull, pattern]
                _, messages = await _go(go, build, root, timeout)
        except TimeoutError:
            return VetReport(True, f"inconclusive: go vet ran over {timeout:g} s")
    found = [m.group(2) for m in map(_MESSAGE.match, messages) if m is not None]
    if not found:
        # No message in the usual form: the tool itself failed, not the file.
        return VetReport(True, "inconclusive: " + " ".join(messages)[:200])
    problems = [m for m in found if not _ELSEWHERE.search(m)]
    if problems:
        return VetReport(False, "failed", problems)
    return VetReport(True, "type-checked; names from other files left unresolved")
