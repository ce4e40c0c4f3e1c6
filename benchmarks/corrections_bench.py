"""``make bench-corrections``: does the HRM learn a user's systematic corrections of the rules
draft, on methods of files it never saw?

The workload is the L2J corpus (/work/shared/corpus/l2j-src.tgz, or ``--corpus``). A
simulated user migrates methods with the ``rules`` backend and corrects every draft the same
way: the generated comment lines go, and Java's ``int`` becomes Go's ``int`` rather than
``int32``. (A draft the rules leave untouched that way is accepted as it is.) Methods are
split by Java file; the training files' pairs go into ``train.sqlite`` as the editor records
them (the Java file in the workspace, the correction as the pair's output), the held-out
files' into ``heldout.sqlite``. Then, as a user runs them:

    l2j-lsp train --config configs/train_l2j_hrm_cpu.yaml --dataset train.sqlite
    l2j-lsp eval --backend hrm --benchmark dataset --split all --dataset heldout.sqlite --json

Exact match is the measure here (chrF barely moves for these edits): the draft is exact only
where the correction changes nothing. Writes docs/benchmarks/corrections.md.
"""

from __future__ import annotations

import argparse
import random
import tarfile
import tempfile
from pathlib import Path

from benchmarks.human_port_bench import evaluate, load, scores, train
from benchmarks.human_port_workspace import Workspace, held_out
from benchmarks.table import write_table
from l2j_lsp.backends.hrm import rules_draft
from l2j_lsp.migration.scope import JavaDocument
from l2j_lsp.training.post_edit import request_for
from l2j_lsp.training.store import DatasetStore

CORPUS = Path("/work/shared/corpus/l2j-src.tgz")
REPO = Path(__file__).resolve().parent.parent
CONFIG = REPO / "configs" / "train_l2j_hrm_cpu.yaml"
# Enough pairs for a few epochs in the CPU config's time budget; short methods only.
TRAIN_PAIRS = 400
HELD_OUT_PAIRS = 100
MAX_JAVA_CHARS = 600
SEED = 12


def corrected(draft: str) -> str:
    """The simulated user's habit: no generated doc comment (the comment lines above the
    func; those in its body stay), and ``int`` for ``int32``."""
    code = "".join(line for line in draft.splitlines(True) if not line.startswith("//"))
    return code.replace("int32", "int")


def method_pairs(root: Path, path: Path) -> list[tuple[str, str, str, str, str]]:
    """(java path, symbol, java, draft, corrected) for the short methods of one file."""
    text = path.read_text(encoding="utf-8", errors="replace")
    doc = JavaDocument(text)
    rel = str(path.relative_to(root))
    out = []
    for decl in doc.declarations():
        java = doc.source(decl.start_byte, decl.end_byte)
        short = len(java) <= MAX_JAVA_CHARS and "{" in java  # with a body
        if decl.scope != "method" or not decl.outer or not short:
            continue
        draft = rules_draft(request_for(java, "method", decl.qualified_name, "", text))
        if draft:
            out.append((rel, decl.qualified_name, java, draft, corrected(draft)))
    return out


def build(root: Path, corpus: Path) -> Workspace:
    """Extract the corpus under ``root`` and store the pairs of randomly chosen files, split
    by file, until both sides are full."""
    with tarfile.open(corpus) as tar:
        tar.extractall(root, filter="data")
    files = sorted(root.rglob("*.java"))
    random.Random(SEED).shuffle(files)
    train: list[tuple[str, str, str, str, str]] = []
    test: list[tuple[str, str, str, str, str]] = []
    for path in files:
        side = test if held_out(str(path.relative_to(root))) else train
        if len(side) < (HELD_OUT_PAIRS if side is test else TRAIN_PAIRS):
            side.extend(method_pairs(root, path))
        if len(train) >= TRAIN_PAIRS and len(test) >= HELD_OUT_PAIRS:
            break
    train, test = train[:TRAIN_PAIRS], test[:HELD_OUT_PAIRS]
    for name, chosen in (("train.sqlite", train), ("heldout.sqlite", test)):
        with DatasetStore(root / name) as store:
            for rel, symbol, java, draft, fixed in chosen:
                pair = store.add(
                    java, draft, "accepted", source_file=rel, symbol=symbol, scope="method"
                )
                store.correct(pair, fixed)
    return Workspace.split(root, [p[0] for p in train], [p[0] for p in test])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--config", type=Path, default=CONFIG)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="l2j-corrections-") as tmp:
        ws = build(Path(tmp), args.corpus)
        load_before = load()
        minutes, trained = train(ws, args.config)
        hrm = evaluate(ws, "hrm")
        auto = evaluate(ws, "auto")
        load_after = load()
    draft = hrm["draft"]
    rows = [
        ["HRM (`hrm`)", *scores(hrm)],
        ["rules draft", *scores(draft)],
        ["`auto` (HRM or draft)", *scores(auto)],
    ]
    notes = (
        f"{ws.train_pairs} training pairs from {ws.train_files} files, {ws.held_out_pairs} "
        f"held-out pairs from {ws.held_out_files} other files (methods of at most "
        f"{MAX_JAVA_CHARS} characters). The simulated user drops the draft's comment lines "
        f"and writes `int` for `int32`. Training: {minutes:.1f} min, "
        f"{trained['tokens_per_second']:,} tokens/s, {trained['steps']} steps. Load average "
        f"(1, 5, 15 min) before: {load_before}; after: {load_after} (2 shared cores). Made by "
        "`python -m benchmarks.corrections_bench` (`make bench-corrections`)."
    )
    write_table(
        "corrections",
        "HRM learning systematic corrections (L2J corpus, held-out files)",
        ["answer", "parse", "exact", "chrF"],
        rows,
        notes,
    )


if __name__ == "__main__":
    main()
