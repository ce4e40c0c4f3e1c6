"""``make bench-s2``: the post-editing HRM on a human Java -> Go port, against the ``rules``
draft it starts from.

The port: Google's S2 geometry library (Java) and golang/geo (Go), method pairs extracted by
``benchmarks.s2_pairs`` from git mirrors (``fetch`` puts them under /work/.mirror; pass
``--java-mirror``/``--go-mirror`` elsewhere), split by Java file (a fifth of the files held
out). For each share of the training pairs (the learning curve) a workspace gets the Java
sources and the stores, then the commands run as a user runs them:

    l2j-lsp train --config configs/train_l2j_hrm_cpu.yaml --dataset train.sqlite
    l2j-lsp eval --backend hrm --benchmark dataset --split all --dataset heldout.sqlite --json

(and ``--backend auto`` for the full share: the HRM where its calibrated confidence says its
answer is at least as good as the draft, else the draft; no LLM key is set). The eval scores
the rules draft of every pair beside the backend. Writes docs/benchmarks/s2.md and prints
it. The training is the expensive part (up to 30 minutes for all pairs on 2 cores); the
machine's load average is recorded with it.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.s2_oracle import oracle_chrf
from benchmarks.s2_workspace import GO_MIRROR, JAVA_MIRROR, Workspace, build, extract
from benchmarks.table import write_table

REPO = Path(__file__).resolve().parent.parent
CONFIG = REPO / "configs" / "train_l2j_hrm_cpu.yaml"
SHARES = (0.25, 0.5, 1.0)
TARGET_MINUTES = 30.0
TARGET_PARSE = 0.95
TARGET_CHRF_GAIN = 5.0


def cli() -> list[str]:
    script = Path(sys.executable).with_name("l2j-lsp")
    return [str(script)] if script.exists() else [sys.executable, "-m", "l2j_lsp.cli"]


def load() -> str:
    return ", ".join(f"{v:.1f}" for v in os.getloadavg())


def run(args: list[str], cwd: Path) -> str:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    proc = subprocess.run([*cli(), *args], cwd=cwd, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"l2j-lsp {' '.join(args)} failed:\n{proc.stderr[-3000:]}")
    return proc.stdout.strip().splitlines()[-1]


def train(ws: Workspace, config: Path) -> tuple[float, dict[str, Any]]:
    began = time.monotonic()
    out = run(["train", "--config", str(config), "--dataset", str(ws.train)], ws.root)
    return (time.monotonic() - began) / 60, json.loads(out)


def evaluate(ws: Workspace, backend: str) -> dict[str, Any]:
    args = ["eval", "--backend", backend, "--benchmark", "dataset", "--split", "all"]
    result: dict[str, Any] = json.loads(
        run([*args, "--dataset", str(ws.held_out), "--json"], ws.root)
    )
    return result


def _pct(rate: float) -> str:
    return f"{100 * rate:.1f}%"


def scores(summary: dict[str, Any]) -> list[str]:
    return [_pct(summary["parse_rate"]), _pct(summary["exact_match"]), f"{summary['chrf']:.1f}"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--java-mirror", type=Path, default=JAVA_MIRROR)
    parser.add_argument("--go-mirror", type=Path, default=GO_MIRROR)
    parser.add_argument("--config", type=Path, default=CONFIG)
    parser.add_argument("--shares", default=",".join(str(s) for s in SHARES))
    parser.add_argument("--workdir", type=Path, default=None, help="keep the workspaces here")
    args = parser.parse_args()
    shares = sorted(float(s) for s in args.shares.split(","))
    if shares[-1] != 1.0:
        parser.error("--shares must include 1.0 (the main table uses all training pairs)")
    with tempfile.TemporaryDirectory(prefix="l2j-port-") as tmp:
        work = args.workdir or Path(tmp)
        extract(work / "trees", args.java_mirror, args.go_mirror)
        load_before = load()
        curve: list[list[str]] = []
        main_rows: list[list[str]] = []
        reliability = targets = held = ""
        for share in shares:
            ws = build(work / f"share_{round(share * 100)}", work / "trees", share)
            minutes, trained = train(ws, args.config)
            hrm = evaluate(ws, "hrm")
            draft = hrm["draft"]
            curve.append(
                [
                    f"{ws.train_pairs} ({ws.train_files} files)",
                    f"{minutes:.1f}",
                    f"{trained['tokens_per_second']:,}",
                    *scores(hrm),
                    f"{draft['chrf']:.1f}",
                    f"{hrm['chrf_over_draft']:+.1f}",
                ]
            )
            if share < 1.0:
                continue
            auto = evaluate(ws, "auto")
            ceiling = oracle_chrf(ws.held_out, ws.root)
            main_rows = [
                ["HRM (`hrm`)", *scores(hrm), f"{hrm['chrf_over_draft']:+.1f}"],
                ["rules draft", *scores(draft), "+0.0"],
                ["`auto` (HRM or draft)", *scores(auto), f"{auto['chrf_over_draft']:+.1f}"],
                [
                    "draft + ideal systematic edits (oracle, `s2_oracle`)",
                    "",
                    "",
                    f"{ceiling:.1f}",
                    f"{ceiling - draft['chrf']:+.1f}",
                ],
            ]
            rel = hrm["reliability"]
            if rel is not None:
                bins = "; ".join(
                    f"{b['range'][0]:.1f}-{b['range'][1]:.1f}: {b['answers']} answers, mean "
                    f"{b['mean_confidence']:.2f}, {_pct(b['not_worse_than_draft'])} not worse"
                    for b in rel["bins"]
                )
                reliability = (
                    f"Reliability of the HRM's calibrated confidence on the held-out pairs "
                    f"(claim: {rel['claim']}): ECE {rel['ece']:.3f}, Brier {rel['brier']:.3f}; "
                    f"{bins}. "
                )
            targets = (
                f"Targets (issue 12): training <= {TARGET_MINUTES:.0f} min: "
                f"{'met' if minutes <= TARGET_MINUTES else 'missed'} ({minutes:.1f}); HRM parse "
                f">= {_pct(TARGET_PARSE)}: "
                f"{'met' if hrm['parse_rate'] >= TARGET_PARSE else 'missed'}; chrF >= draft + "
                f"{TARGET_CHRF_GAIN:.0f}: "
                f"{'met' if hrm['chrf_over_draft'] >= TARGET_CHRF_GAIN else 'missed'} "
                f"({hrm['chrf_over_draft']:+.1f}). "
            )
            held = f"{ws.held_out_pairs} held-out pairs ({ws.held_out_files} files)"
        load_after = load()
    header = ["answer", "parse", "exact", "chrF", "chrF over the draft"]
    notes = (
        f"Held out: {held}, scored with `eval --benchmark dataset --split all`. "
        + targets
        + reliability
        + "\n\nLearning curve (the same held-out pairs; each row a fresh run of the CPU config "
        "on a random share of the training pairs):\n\n"
        + "| training pairs | train minutes | tokens/s | HRM parse | HRM exact | HRM chrF | "
        "draft chrF | chrF over the draft |\n|"
        + "|".join(" --- " for _ in range(8))
        + "|\n"
        + "\n".join("| " + " | ".join(r) + " |" for r in curve)
        + f"\n\nLoad average (1, 5, 15 min) before: {load_before}; after: {load_after} (2 "
        "cores shared with other jobs: minutes and tokens/s are pessimistic). Pairs: "
        "`benchmarks.s2_pairs` (S2 Java library methods matched to golang/geo funcs by name; "
        "both with their doc comments), split by Java file. Made by `python -m "
        "benchmarks.s2_bench` (`make bench-s2`)."
    )
    title = "HRM post-editing on a human port (S2 geometry, Java -> Go)"
    write_table("port", title, header, main_rows, notes)


if __name__ == "__main__":
    main()
