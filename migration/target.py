"""Where the Go for a Java file goes, per the contract:
``com/l2jserver/gameserver/model/L2Item.java`` -> ``<go.outDir>/gameserver/model/l2_item.go``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

GO_KEYWORDS = frozenset(
    (
        "break case chan const continue default defer else fallthrough for func go goto if "
        "import interface map package range return select struct switch type var"
    ).split()
)
# Suffixes that make the go tool treat a file as a test or as platform-specific.
_SPECIAL_SUFFIXES = re.compile(
    r"_(test|linux|windows|darwin|freebsd|netbsd|openbsd|android|ios|js|wasip1|plan9|"
    r"solaris|aix|dragonfly|illumos|amd64|386|arm|arm64|wasm|mips|mipsle|mips64|mips64le|"
    r"ppc64|ppc64le|riscv64|s390x|loong64)$"
)


class TargetError(ValueError):
    """The Go target cannot be written (e.g. it would leave the workspace)."""


def snake_case(name: str) -> str:
    """``L2PcInstance`` -> ``l2_pc_instance``, ``HTMLParser`` -> ``html_parser``. Letters
    outside ASCII stay (``Größe`` -> ``größe``): Go takes them in file names, and
    dropping them would send different classes to one file."""
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", s)
    return re.sub(r"[\W_]+", "_", s).strip("_").lower() or "file"


def go_package_name(directory: str) -> str:
    name = re.sub(r"[^0-9a-z_]", "", directory.lower()) or "main"
    if name[0].isdigit():
        name = "p" + name
    return name + "pkg" if name in GO_KEYWORDS else name


def go_file_stem(java_name: str) -> str:
    """A Java type's Go file name (without .go): snake case, never one the go tool reads as
    a test or a platform-specific file (`Foo_test` -> `foo_test_java`)."""
    stem = snake_case(java_name)
    return stem + "_java" if _SPECIAL_SUFFIXES.search(stem) else stem


@dataclass(frozen=True)
class GoTarget:
    path: Path
    package: str
    # Directory of the target relative to go.outDir, "/"-separated ("" at the top).
    relative_dir: str


def map_java_file(
    java_path: Path,
    java_package: str,
    out_dir: Path,
    strip_prefix: str,
    module: str,
) -> GoTarget:
    """Map a Java file to its Go file using its package declaration (robust to where the
    source root is); files without a package go to the top of ``out_dir``."""
    parts = [p for p in java_package.split(".") if p]
    prefix = [p for p in strip_prefix.split(".") if p]
    if prefix and parts[: len(prefix)] == prefix:
        parts = parts[len(prefix) :]
    stem = go_file_stem(java_path.stem)
    directory = out_dir.joinpath(*parts) if parts else out_dir
    package = go_package_name(parts[-1] if parts else module.rsplit("/", 1)[-1])
    return GoTarget(directory / f"{stem}.go", package, "/".join(parts))


def ensure_inside(path: Path, root: Path) -> Path:
    """Resolve ``path`` (following symlinks) and refuse anything outside ``root``."""
    resolved = path.resolve()
    root_resolved = root.resolve()
    if not resolved.is_relative_to(root_resolved):
        raise TargetError(
            f"the Go target {resolved} is outside the workspace {root_resolved}; "
            "set l2j.go.outDir to a folder inside the workspace"
        )
    return resolved
