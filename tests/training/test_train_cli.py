"""`l2j-lsp train` end to end, in a subprocess with a temporary working directory: learning
40 short pairs with the CPU config, resuming after SIGKILL, and reading while the server
writes. Bounded by training steps, never by the clock (tests/support/steps.py)."""

from __future__ import annotations

import asyncio
import re
import signal
import subprocess
import threading
import time
from pathlib import Path

import torch

from l2j_lsp.backends.base import TranslationRequest
from l2j_lsp.backends.hrm import HrmBackend, rules_draft
from l2j_lsp.evaluation.dataset_bench import held_out_pairs
from l2j_lsp.evaluation.metrics import chrf
from l2j_lsp.hrm.checkpoint import load_checkpoint
from l2j_lsp.training.store import TRAINING_STATUSES, DatasetStore
from l2j_lsp.training.train_data import load_snapshot
from tests.support.steps import STEP_BOUNDED, run_to_end
from tests.training.conftest import (
    CPU_CONFIG,
    closing_json,
    env,
    l2j_lsp,
    run_train,
    tiny_config,
    train_cmd,
)
from tests.training.pairs import short_pairs, write_jsonl

EPOCHS = 40
# The answers, the drafts with the learned edits, the rules drafts.
CHRF = re.compile(r"chrF ([\d.]+) \(draft ([\d.]+), rules draft ([\d.]+)\)")

pytestmark = STEP_BOUNDED


def test_cpu_config_learns_40_pairs_and_the_hrm_backend_uses_them(tmp_path: Path) -> None:
    pairs = short_pairs()
    assert len(pairs) == 40
    dataset = tmp_path / ".l2j" / "dataset.sqlite"
    imported = run_to_end(
        [
            *l2j_lsp(),
            "dataset",
            "import",
            str(write_jsonl(tmp_path / "p.jsonl", pairs)),
            "--dataset",
            str(dataset),
        ],
        cwd=tmp_path,
        env=env(),
    )
    assert imported.returncode == 0, imported.stderr
    began = time.monotonic()
    done = run_train(tmp_path, CPU_CONFIG, dataset, "--epochs", str(EPOCHS))
    seconds = time.monotonic() - began
    assert done.returncode == 0, done.stderr[-3000:]
    result = closing_json(done.stdout)
    print(f"cpu config: {result} in {seconds:.0f}s")
    assert result["train_loss"] < 0.5 and result["epochs"] == EPOCHS
    assert result["checkpoint"] == "checkpoints/l2j_hrm/best.ckpt"
    best = tmp_path / result["checkpoint"]
    assert best.is_file() and (tmp_path / "checkpoints/l2j_hrm/last.ckpt").is_file()
    log_dir = tmp_path / "data/projects/l2j-hrm-migration-cpu"
    log = (log_dir / "train.log").read_text()
    assert "exact match" in log
    assert (log_dir / "loss_curve.png").read_bytes()[:4] == b"\x89PNG"
    # The held-out pairs' answers are closer to the Go than the rules drafts are (the drafts
    # use L2jWrapper receivers and int32; the pairs *Obj and int); the learned edits alone
    # already bring the drafts closer.
    answer_chrf, edited_chrf, rules_chrf = (float(v) for v in CHRF.findall(log)[-1])
    assert answer_chrf > rules_chrf + 5, log[-2000:]
    assert edited_chrf > rules_chrf, log[-2000:]
    assert "calibration on" in log

    # The hrm backend, asked as the editor asks, does better than the draft on pairs the run
    # held out (best.ckpt is the checkpoint with the lowest val loss, not a memoriser).
    with DatasetStore(dataset) as store:
        held = [(p.input, p.output) for p in held_out_pairs(store)[0]]
    backend = HrmBackend(best, device="cpu", max_length=128)
    answers, drafts = [], []
    for java, go in held:
        request = TranslationRequest(java=java, scope="method", name="f", go_package="p")
        answer = asyncio.run(backend.translate(request))
        assert answer.backend == "hrm" and answer.confidence is not None
        answers.append(chrf(answer.go, go))
        drafts.append(chrf(rules_draft(request), go))
    assert sum(answers) / len(held) > sum(drafts) / len(held), (answers, drafts)


PROGRESS = re.compile(r"^\S+ step (\d+)/\d+ epoch \d+: loss ", flags=re.MULTILINE)


def _progress_steps(text: str) -> list[int]:
    """The steps of train.log's progress lines (one per step with log_interval 1)."""
    return [int(s) for s in PROGRESS.findall(text)]


def test_resume_after_sigkill_continues_from_last_ckpt(tmp_path: Path, pair_store: Path) -> None:
    # 4 sequences a step: 9-10 steps an epoch; last.ckpt every 4 steps, so the first lands
    # mid-epoch, and epoch ends write nothing (checkpoint_min_seconds is an hour).
    config = tiny_config(tmp_path / "cfg.yaml", global_batch_size=4, epochs=3, eval_interval=4)
    last = tmp_path / "checkpoints/l2j_hrm/last.ckpt"
    log = tmp_path / "data/projects/l2j-hrm-migration-cpu/train.log"
    proc = subprocess.Popen(
        train_cmd(config, pair_store),
        cwd=tmp_path,
        env=env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        # Until the first last.ckpt (step 4) or the end of the run: steps, not seconds.
        while not last.exists() and proc.poll() is None:
            time.sleep(0.02)
        assert last.exists(), "no last.ckpt appeared"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    killed_at = _progress_steps(log.read_text())[-1]
    saved = load_checkpoint(last).training_state
    assert saved["step"] % 4 == 0 and 0 < saved["step"] < 27 and not saved["finished"]
    assert 0 < saved["batch_in_epoch"] < 9  # mid-epoch
    assert killed_at - saved["step"] <= 4  # at most one eval interval lost
    assert load_checkpoint(last).optimizer_state is not None

    done = run_train(tmp_path, config, pair_store)
    assert done.returncode == 0, done.stderr[-3000:]
    text = log.read_text()
    assert f"resuming from checkpoints/l2j_hrm/last.ckpt at step {saved['step']}" in text
    after = text.split("resuming from", 1)[1]
    result = closing_json(done.stdout)
    # Weights, EMA, optimizer, schedule, data order and RNG all continue: the resumed run
    # ends exactly where an uninterrupted one does (length-bucketed batches decide the
    # number of steps an epoch, so the uninterrupted run says how many there are).
    (tmp_path / "whole").mkdir()
    whole = closing_json(run_train(tmp_path / "whole", config, pair_store).stdout)
    assert _progress_steps(after) == list(range(saved["step"] + 1, whole["steps"] + 1))
    assert result["steps"] == whole["steps"] > saved["step"] and result["epochs"] == 3
    assert (whole["train_loss"], whole["val_loss"]) == (result["train_loss"], result["val_loss"])
    assert load_checkpoint(last).training_state["finished"]
    assert (tmp_path / "checkpoints/l2j_hrm/epoch_3.ckpt").is_file()

    # A finished run is not resumed: the next `train` fine-tunes from best.ckpt.
    again = run_train(tmp_path, config, pair_store, "--epochs", "1")
    assert again.returncode == 0, again.stderr[-3000:]
    assert "holds a finished run" in again.stderr and "fine-tuning from" in again.stderr
    assert closing_json(again.stdout)["steps"] == whole["steps"] // 3  # one epoch


def test_training_while_the_server_writes(tmp_path: Path, pair_store: Path) -> None:
    config = tiny_config(tmp_path / "cfg.yaml", epochs=1)
    with DatasetStore(pair_store) as store:
        before = len(store.pairs(TRAINING_STATUSES))
    stop = threading.Event()
    written: list[int] = []
    errors: list[BaseException] = []

    def server() -> None:
        # A second connection, as the language server's process would hold.
        try:
            with DatasetStore(pair_store) as store:
                n = 0
                while not stop.is_set():
                    # Statuses are final at insert: a later status change of an old pair
                    # would blur what "present at snapshot time" means.
                    status = ("accepted", "suggested", "corrected", "rejected")[n % 4]
                    written.append(
                        store.add(
                            f"int w{n}() {{ return {n}; }}",
                            f"func w{n}() int {{ return {n} }}",
                            status,
                        )
                    )
                    n += 1
                    time.sleep(0.005)
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=server)
    thread.start()
    try:
        # --device cuda on a machine without CUDA also checks the fallback to the CPU.
        done = run_train(tmp_path, config, pair_store, device="cuda")
    finally:
        stop.set()
        thread.join()
    assert not errors
    assert done.returncode == 0, done.stderr[-3000:]
    if not torch.cuda.is_available():
        assert "CUDA is not available: using CPU" in done.stderr
    state = load_checkpoint(tmp_path / "checkpoints/l2j_hrm/last.ckpt").training_state
    with DatasetStore(pair_store) as store:
        everything = store.pairs()
        trainable = store.pairs(TRAINING_STATUSES)
    assert len(everything) == 40 + len(written)  # no pair lost
    # The run used exactly the trainable pairs that existed at its snapshot...
    at_snapshot = [p for p in trainable if p.id <= state["max_store_id"]]
    assert state["store_pairs"] == len(at_snapshot) >= before
    assert f"dataset: {len(at_snapshot)} pairs from the store" in done.stderr
    # ...and the later ones are there for the next run.
    assert max(written) > state["max_store_id"]
    assert len(load_snapshot(pair_store, None).examples) == len(trainable) > len(at_snapshot)
    assert closing_json(done.stdout)["steps"] > 0
