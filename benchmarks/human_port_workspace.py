"""A workspace for a human-port benchmark: the Java sources where the editor would have
them, and the port's method pairs in two dataset stores, split by Java file.

``train.sqlite`` holds the pairs of the training files, ``heldout.sqlite`` those of the
held-out files (a file's pairs never straddle the split). Pairs are stored as a person's
corrections (status ``corrected``): the human port is what the user would have written.
"""

from __future__ import annotations

import hashlib
import random
import shutil
from dataclasses import dataclass
from pathlib import Path

from benchmarks.human_port import Port, PortPair, extract_tree
from l2j_lsp.training.store import DatasetStore

SOURCE_ROOT = "src"
HELD_OUT_FRACTION = 0.2


@dataclass(frozen=True)
class Workspace:
    root: Path
    train: Path
    held_out: Path
    train_pairs: int
    held_out_pairs: int
    train_files: int
    held_out_files: int

    @classmethod
    def split(cls, root: Path, train: list[str], held_out: list[str]) -> Workspace:
        """The workspace at ``root`` whose stores hold one pair per Java path listed."""
        return cls(
            root,
            root / "train.sqlite",
            root / "heldout.sqlite",
            len(train),
            len(held_out),
            len(set(train)),
            len(set(held_out)),
        )


def held_out(java_path: str, fraction: float = HELD_OUT_FRACTION) -> bool:
    """Whether a Java file's pairs are held out: a stable hash of its path."""
    digest = hashlib.sha256(java_path.encode()).hexdigest()[:15]
    return int(digest, 16) / 16**15 < fraction


def _store(path: Path, pairs: list[PortPair]) -> None:
    path.unlink(missing_ok=True)
    with DatasetStore(path) as store:
        for p in pairs:
            store.add(
                p.java,
                p.go,
                "corrected",
                source_file=f"{SOURCE_ROOT}/{p.java_path}",
                symbol=f"{p.type_name}.{p.name}",
                scope="method",
                backend="human",
                go_file=f"go/{p.go_package}/{Path(p.java_path).stem.lower()}.go",
            )


def extract(port: Port, trees: Path, java_mirror: Path, go_mirror: Path) -> None:
    """Both mirrors' HEAD under ``trees/java`` and ``trees/go`` (once)."""
    for name, mirror in (("java", java_mirror), ("go", go_mirror)):
        if not (trees / name).is_dir():
            if not mirror.is_dir():
                raise FileNotFoundError(
                    f"no git mirror at {mirror}: fetch github:{port.java_repo} "
                    f"and github:{port.go_repo}, or pass --java-mirror and --go-mirror"
                )
            (trees / name).mkdir(parents=True)
            extract_tree(mirror, trees / name)


def build(
    port: Port, root: Path, trees: Path, train_share: float = 1.0, seed: int = 0
) -> Workspace:
    """A workspace at ``root`` from the trees ``extract`` wrote: the Java sources under
    ``src/`` and the split pairs in the two stores. ``train_share`` < 1 keeps a random share
    of the training pairs (the learning curve); the held-out pairs stay the same."""
    sources = root / SOURCE_ROOT
    if not sources.is_dir():
        # A copy, not a link: requests only read Java files inside the workspace.
        shutil.copytree(trees / "java" / port.java_root, sources)
    pairs = port.pairs(trees / "java", trees / "go")
    train = [p for p in pairs if not held_out(p.java_path)]
    test = [p for p in pairs if held_out(p.java_path)]
    if train_share < 1.0:
        train = random.Random(seed).sample(train, round(len(train) * train_share))
    _store(root / "train.sqlite", train)
    _store(root / "heldout.sqlite", test)
    return Workspace.split(root, [p.java_path for p in train], [p.java_path for p in test])
