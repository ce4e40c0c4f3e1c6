"""``make bench-s2`` / ``make bench-zxing``: the post-editing HRM on a human Java -> Go port,
against the ``rules`` draft it starts from and the edits training learns from the pairs.

A port (``--port``): S2 geometry (``benchmarks.s2_pairs``) or ZXing (``benchmarks.zxing_pairs``),
method pairs extracted from git mirrors (``fetch`` puts them under /work/.mirror; pass
``--java-mirror``/``--go-mirror`` elsewhere), split by Java file (a fifth of the files held
out). For each share of the training pairs (the learning curve) a workspace gets the Java
sources and the stores. The "draft + learned edits" row needs no training: the edits
``l2j-lsp train`` learns (``training.post_edit.learn_edits``, from all training pairs here)
applied to the held-out drafts (``edited_draft``, as the HRM gets them). Then, for the
shares in ``--hrm-shares``, the commands run as a user runs them:

    l2j-lsp train --config configs/train_l2j_hrm_cpu.yaml --dataset train.sqlite
    l2j-lsp eval --backend hrm --benchmark dataset --split all --dataset heldout.sqlite --json

(and ``--backend auto`` for the full share: the HRM where its calibrated confidence says its
answer is at least as good as the draft, else the draft with the learned edits; no LLM key is
set). The ``hrm`` backend answers its draft where the network's Go does not parse or the
method does not fit the network's window; the network's own Go is scored beside it. The eval scores
the rules draft of every pair beside the backend. Writes docs/benchmarks/<port>.md and prints
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

from benchmarks.human_port import Port
from benchmarks.human_port_workspace import Workspace, build, extract
from benchmarks.s2_pairs import S2
from benchmarks.table import write_table
from benchmarks.zxing_pairs import ZXING
from l2j_lsp.backends.hrm import rules_draft
from l2j_lsp.evaluation.dataset_bench import Scores, score
from l2j_lsp.evaluation.metrics import chrf
from l2j_lsp.training.learned_edits import LearnedEdits
from l2j_lsp.training.post_edit import edited_draft, learn_edits, pair_request
from l2j_lsp.training.store import TRAINING_STATUSES, DatasetStore, Pair

REPO = Path(__file__).resolve().parent.parent
CONFIG = REPO / "configs" / "train_l2j_hrm_cpu.yaml"
PORTS = {p.name: p for p in (S2, ZXING)}
SHARES = (0.25, 0.5, 1.0)
TARGET_MINUTES = 30.0
TARGET_PARSE = 0.95
TARGET_CHRF_GAIN = 5.0
CURVE_HEADER = [
    "training pairs",
    "edits (renames + deletions)",
    "draft + edits chrF",
    "train minutes",
    "tokens/s",
    "HRM parse",
    "HRM exact",
    "HRM chrF",
    "draft chrF",
    "HRM chrF over the draft",
]


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


def train(ws: Workspace, config: Path, reuse: bool = False) -> tuple[float, dict[str, Any]]:
    """Train in the workspace: (wall minutes, the command's JSON). Both are kept in
    ``train.json``; with ``reuse`` a workspace that has one is not trained again."""
    record = ws.root / "train.json"
    if reuse and record.exists():
        kept = json.loads(record.read_text(encoding="utf-8"))
        return kept["minutes"], kept["result"]
    began = time.monotonic()
    out = run(["train", "--config", str(config), "--dataset", str(ws.train)], ws.root)
    minutes, result = (time.monotonic() - began) / 60, json.loads(out)
    record.write_text(json.dumps({"minutes": minutes, "result": result}), encoding="utf-8")
    return minutes, result


def evaluate(ws: Workspace, backend: str) -> dict[str, Any]:
    args = ["eval", "--backend", backend, "--benchmark", "dataset", "--split", "all"]
    result: dict[str, Any] = json.loads(
        run([*args, "--dataset", str(ws.held_out), "--json"], ws.root)
    )
    return result


def _pairs(store: Path) -> list[Pair]:
    with DatasetStore(store) as s:
        return s.pairs(TRAINING_STATUSES)


def _summary(results: list[Scores], drafts: list[Scores]) -> dict[str, float]:
    """Scores in the eval's summary keys."""
    n = max(1, len(results))
    mean_chrf = sum(r.chrf for r in results) / n
    return {
        "parse_rate": sum(r.parsed for r in results) / n,
        "exact_match": sum(r.exact for r in results) / n,
        "chrf": mean_chrf,
        "chrf_over_draft": mean_chrf - sum(d.chrf for d in drafts) / n,
    }


def edits_only(ws: Workspace) -> tuple[dict[str, float], dict[str, float], LearnedEdits]:
    """The held-out scores of the rules drafts and of the drafts with the edits learned from
    the training pairs (as the eval scores answers)."""
    train_pairs = []
    for p in _pairs(ws.train):
        request = pair_request(p, ws.root)
        train_pairs.append((request, rules_draft(request), p.output))
    edits = learn_edits(train_pairs)
    results: list[Scores] = []
    drafts: list[Scores] = []
    for p in _pairs(ws.held_out):
        request = pair_request(p, ws.root)
        draft = rules_draft(request)
        results.append(score(edited_draft(request, draft, edits), p.output))
        drafts.append(score(draft, p.output))
    return _summary(results, drafts), _summary(drafts, drafts), edits


def oracle_chrf(port: Port, ws: Workspace) -> float | None:
    """Mean chrF of the held-out drafts with the port's hand-written systematic edits."""
    if port.oracle is None:
        return None
    pairs = _pairs(ws.held_out)
    edit = port.oracle
    scores = [chrf(edit(rules_draft(pair_request(p, ws.root))), p.output) for p in pairs]
    return sum(scores) / max(1, len(scores))


def _pct(rate: float) -> str:
    return f"{100 * rate:.1f}%"


def scores(summary: dict[str, Any]) -> list[str]:
    return [_pct(summary["parse_rate"]), _pct(summary["exact_match"]), f"{summary['chrf']:.1f}"]


def _reliability(hrm: dict[str, Any]) -> str:
    rel = hrm["reliability"]
    if rel is None:
        return ""
    bins = "; ".join(
        f"{b['range'][0]:.1f}-{b['range'][1]:.1f}: {b['answers']} answers, mean "
        f"{b['mean_confidence']:.2f}, {_pct(b['not_worse_than_draft'])} not worse"
        for b in rel["bins"]
    )
    return (
        f"Reliability of the HRM's calibrated confidence on the held-out pairs "
        f"(claim: {rel['claim']}): ECE {rel['ece']:.3f}, Brier {rel['brier']:.3f}; {bins}. "
    )


def _targets(minutes: float, hrm: dict[str, Any]) -> str:
    def verdict(ok: bool) -> str:
        return "met" if ok else "missed"

    gain = hrm["chrf_over_draft"]
    return (
        f"Targets (issue 12): training <= {TARGET_MINUTES:.0f} min: "
        f"{verdict(minutes <= TARGET_MINUTES)} ({minutes:.1f}); HRM parse >= "
        f"{_pct(TARGET_PARSE)}: {verdict(hrm['parse_rate'] >= TARGET_PARSE)} "
        f"({_pct(hrm['parse_rate'])}; the network's own Go {_pct(hrm['own']['parse_rate'])} "
        f"of the {hrm['own']['decoded']} it decoded); "
        f"HRM chrF >= draft + {TARGET_CHRF_GAIN:.0f}: "
        f"{verdict(gain >= TARGET_CHRF_GAIN)} ({gain:+.1f}). "
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", choices=sorted(PORTS), default="s2")
    parser.add_argument("--java-mirror", type=Path, default=None)
    parser.add_argument("--go-mirror", type=Path, default=None)
    parser.add_argument("--config", type=Path, default=CONFIG)
    parser.add_argument("--shares", default=",".join(str(s) for s in SHARES))
    parser.add_argument(
        "--hrm-shares",
        default=None,
        help="the shares to train the HRM on (default: all of --shares; each is a training run; "
        "'none': no training, the learned edits alone)",
    )
    parser.add_argument("--workdir", type=Path, default=None, help="keep the workspaces here")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="do not train again where the --workdir workspace holds a finished training",
    )
    parser.add_argument(
        "--no-auto", action="store_true", help="skip the `auto` eval (it decodes all again)"
    )
    args = parser.parse_args()
    port = PORTS[args.port]
    shares = sorted(float(s) for s in args.shares.split(","))
    if args.hrm_shares is None:
        hrm_shares = set(shares)
    elif args.hrm_shares == "none":
        hrm_shares = set()
    else:
        hrm_shares = {float(s) for s in args.hrm_shares.split(",")}
    if shares[-1] != 1.0:
        parser.error("--shares must include 1.0 (the main table uses all pairs)")
    with tempfile.TemporaryDirectory(prefix="l2j-port-") as tmp:
        work = args.workdir or Path(tmp)
        extract(
            port,
            work / "trees",
            args.java_mirror or port.java_mirror,
            args.go_mirror or port.go_mirror,
        )
        load_before = load()
        curve: list[list[str]] = []
        main_rows: list[list[str]] = []
        notes_top = ""
        for share in shares:
            ws = build(port, work / f"share_{round(share * 100)}", work / "trees", share)
            edited, draft, edits = edits_only(ws)
            row = [
                f"{ws.train_pairs} ({ws.train_files} files)",
                f"{len(edits.renames)} + {len(edits.deletions)}",
                f"{edited['chrf']:.1f}",
            ]
            hrm: dict[str, Any] | None = None
            minutes = 0.0
            if share in hrm_shares:
                minutes, trained = train(ws, args.config, args.reuse)
                hrm = evaluate(ws, "hrm")
                row += [f"{minutes:.1f}", f"{trained['tokens_per_second']:,}", *scores(hrm)]
                row += [f"{hrm['draft']['chrf']:.1f}", f"{hrm['chrf_over_draft']:+.1f}"]
            curve.append(row + [""] * (len(CURVE_HEADER) - len(row)))
            if share < 1.0:
                continue
            main_rows = [
                ["rules draft", *scores(draft), "+0.0"],
                [
                    "draft + learned edits (no network)",
                    *scores(edited),
                    f"{edited['chrf_over_draft']:+.1f}",
                ],
            ]
            scored = (
                "the HRM scored with `eval --benchmark dataset --split all`, the drafts with "
                "the same scores"
                if share in hrm_shares
                else "the drafts scored as `eval --benchmark dataset` scores answers; no HRM "
                "trained in this run (`--hrm-shares none`)"
            )
            notes_top = (
                f"Held out: {ws.held_out_pairs} pairs ({ws.held_out_files} files), {scored}. "
                f"Edits learned from all {ws.train_pairs} training pairs: "
                f"{len(edits.renames)} renames, {len(edits.deletions)} line deletions "
                "(training learns them from its 90% training split). "
            )
            if hrm is not None:
                own = hrm["own"]
                main_rows.append(
                    [
                        f"the network's own Go, on the {own['decoded']} pairs it decoded "
                        "(before `hrm` checks that it parses)",
                        *scores(own),
                        "",
                    ]
                )
                main_rows.append(
                    [
                        f"HRM (`hrm`: learned edits, then the network; its draft where the "
                        f"network's Go does not parse ({own['did_not_parse']}) or the method "
                        f"is too long for it ({own['not_decoded']}))",
                        *scores(hrm),
                        f"{hrm['chrf_over_draft']:+.1f}",
                    ]
                )
                notes_top += _targets(minutes, hrm) + _reliability(hrm)
                if not args.no_auto:
                    auto = evaluate(ws, "auto")
                    main_rows.append(
                        ["`auto` (HRM or draft)", *scores(auto), f"{auto['chrf_over_draft']:+.1f}"]
                    )
            ceiling = oracle_chrf(port, ws)
            if ceiling is not None:
                main_rows.append(
                    [
                        "draft + hand-written systematic edits (oracle)",
                        "",
                        "",
                        f"{ceiling:.1f}",
                        f"{ceiling - draft['chrf']:+.1f}",
                    ]
                )
        load_after = load()
    header = ["answer", "parse", "exact", "chrF", "chrF over the draft"]
    notes = (
        notes_top
        + "\n\nLearning curve (the same held-out pairs; each row a fresh workspace with a random "
        "share of the training pairs; the HRM is trained only where its columns are filled):\n\n"
        + "| "
        + " | ".join(CURVE_HEADER)
        + " |\n|"
        + "|".join(" --- " for _ in CURVE_HEADER)
        + "|\n"
        + "\n".join("| " + " | ".join(r) + " |" for r in curve)
        + f"\n\nLoad average (1, 5, 15 min) before: {load_before}; after: {load_after} (2 "
        "cores shared with other engineers' jobs: minutes and tokens/s are pessimistic). "
        f"Pairs: {port.about}; split by Java file. Made by `python -m "
        f"benchmarks.human_port_bench --port {port.name}` (`make bench-{port.name}`)."
    )
    title = f"HRM post-editing on a human port ({port.title}, Java -> Go)"
    write_table(port.name, title, header, main_rows, notes)


if __name__ == "__main__":
    main()
