"""The training loop: start (resume, fine-tune or scratch), optimizer and schedule, gradient
accumulation with out-of-memory halving, EMA, evaluation, atomic checkpoints, and DDP
(``torch.distributed`` as torchrun sets it up; rank 0 alone writes files)."""

from __future__ import annotations

import contextlib
import functools
import math
import os
import random
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch
import torch.distributed as dist
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn
from torch import nn
from torch.nn.parallel import DistributedDataParallel
from torch.utils.data.distributed import DistributedSampler

from l2j_lsp.hrm import (
    HierarchicalReasoningModel,
    HRMConfig,
    Tokenizer,
    grad_depth_at,
)
from l2j_lsp.hrm.checkpoint import Checkpoint, load_checkpoint
from l2j_lsp.hrm.data import EncodedPair, collate, encode_pair
from l2j_lsp.hrm.ema import EMA
from l2j_lsp.hrm.generate import Generation
from l2j_lsp.hrm.model import IGNORE_INDEX
from l2j_lsp.hrm.optim import AdamATan2
from l2j_lsp.hrm.postedit import DRAFT_END, DRAFT_START
from l2j_lsp.training.calibrate import (
    GATE_SHIFTS,
    calibrate_checkpoint,
    decode_examples,
    fits_window,
    val_scores,
)
from l2j_lsp.training.learned_edits import EDITS_FILE, LearnedEdits
from l2j_lsp.training.train_config import ConfigError, TrainConfig
from l2j_lsp.training.train_data import (
    EpochSampler,
    Example,
    Snapshot,
    by_length,
    edits_from,
    length_buckets,
    post_edit_examples,
    source_weights,
    split,
    with_drafts,
    with_method_cuts,
)
from l2j_lsp.training.train_report import TrainLog, Wandb, plot_losses
from l2j_lsp.training.train_schedule import BatchPlan, lr_at, step_with_oom_retry

# Model settings that only steer training: the YAML may change them when a run resumes or
# fine-tunes; every other field must match the checkpoint's model.
TRAINING_ONLY_FIELDS = (
    "grad_depth",
    "grad_depth_warmup",
    "halt_exploration_prob",
    "q_loss_weight",
    "max_seq_len",
)
# Set from the tokenizer, not by the YAML.
DERIVED_FIELDS = ("copy_anchor_id", "copy_end_id")
# The time budget judges the pace after this many steps; before the first evaluation it
# keeps this share of the budget for the final evaluation and the calibration.
BUDGET_MIN_STEPS = 10
BUDGET_RESERVE = 0.25


@dataclass(frozen=True)
class DistInfo:
    rank: int = 0
    world: int = 1
    local_rank: int = 0

    @property
    def is_main(self) -> bool:
        return self.rank == 0

    @property
    def active(self) -> bool:
        return self.world > 1


def init_distributed(device: torch.device) -> tuple[DistInfo, torch.device]:
    """Join the process group torchrun describes in the environment (WORLD_SIZE > 1): NCCL
    with one GPU per process on CUDA, gloo on CPU."""
    world = int(os.environ.get("WORLD_SIZE", "1"))
    if world <= 1:
        return DistInfo(), device
    local_rank = int(os.environ.get("LOCAL_RANK", "0"))
    if device.type == "cuda":
        device = torch.device("cuda", local_rank)
        torch.cuda.set_device(device)
    if not dist.is_initialized():
        dist.init_process_group("nccl" if device.type == "cuda" else "gloo")
    return DistInfo(dist.get_rank(), dist.get_world_size(), local_rank), device


@dataclass
class RunResult:
    checkpoint: str
    epochs: int
    steps: int
    train_loss: float | None
    val_loss: float | None
    exact_match: float | None
    seconds: float
    tokens_per_second: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "checkpoint": self.checkpoint,
            "epochs": self.epochs,
            "steps": self.steps,
            "train_loss": self.train_loss,
            "val_loss": self.val_loss,
            "exact_match": self.exact_match,
            "seconds": round(self.seconds, 2),
            "tokens_per_second": self.tokens_per_second,
        }


@dataclass
class _State:
    """What last.ckpt carries besides weights and optimizer."""

    step: int = 0
    epoch: int = 0  # the epoch in progress (0-based)
    batch_in_epoch: int = 0  # optimizer steps already taken in that epoch
    finished: bool = False
    best_val_loss: float = math.inf
    best_exact_match: float = -1.0
    last_eval: dict[str, float] = field(default_factory=dict)
    history: list[dict[str, float]] = field(default_factory=list)
    seconds: float = 0.0
    # Training tokens seen (padding excluded) and the seconds spent in optimizer steps.
    tokens: int = 0
    step_seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "step": self.step,
            "epoch": self.epoch,
            "batch_in_epoch": self.batch_in_epoch,
            "finished": self.finished,
            "best_val_loss": self.best_val_loss,
            "best_exact_match": self.best_exact_match,
            "last_eval": dict(self.last_eval),
            "history": list(self.history),
            "seconds": self.seconds,
            "tokens": self.tokens,
            "step_seconds": self.step_seconds,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> _State:
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in known})


def _norm_ws(text: str) -> str:
    return " ".join(text.split())


def _label_tokens(items: list[EncodedPair]) -> int:
    return sum(sum(1 for t in p.labels if t != IGNORE_INDEX) for p in items)


def _answer_loss(logits: torch.Tensor, labels: torch.Tensor) -> tuple[float, int]:
    """(sum, count) of the token cross-entropy of the final segment's prediction of the
    response, from a labelled pass's [N, V] logits. Unlike the training objective (every
    segment, plus the Q head) it falls as the answers improve, so it ranks checkpoints and
    reads as nats per token."""
    target = labels[:, 1:]
    target = target[target != IGNORE_INDEX]
    if target.numel() == 0:
        return 0.0, 0
    ce = torch.nn.functional.cross_entropy(logits.float(), target, reduction="sum")
    return float(ce), int(target.numel())


def _compatible(saved: HRMConfig, wanted: HRMConfig) -> list[str]:
    a, b = saved.to_dict(), wanted.to_dict()
    skip = TRAINING_ONLY_FIELDS + DERIVED_FIELDS
    return [k for k in a if k not in skip and a[k] != b.get(k)]


class Trainer:
    def __init__(
        self,
        config: TrainConfig,
        snapshot: Snapshot,
        device: torch.device,
        resume: bool,
        log: TrainLog,
        dist_info: DistInfo | None = None,
        oom_errors: tuple[type[BaseException], ...] = (torch.OutOfMemoryError,),
        console: Console | None = None,
    ) -> None:
        self.cfg = config
        self.device = device
        self.dist = dist_info or DistInfo()
        self.log = log
        self.oom_errors = oom_errors
        self.console = console or Console(stderr=True)
        self.ckpt_dir = Path(config.checkpoint_path)
        self.project_dir = Path("data/projects") / config.project_name
        self.state = _State()
        self._last_saved = time.monotonic()
        self._resuming = False
        self._plot_notice_shown = False
        self._evaluated_at = -1
        # The latest evaluation's answers to the val pairs (for the calibration), and how
        # long that evaluation took (for the time budget).
        self._val_answers: list[Generation] = []
        self._val_decoded: list[Example] = []
        self._eval_seconds = 0.0
        self.snapshot_pairs = (snapshot.from_store, snapshot.max_store_id)

        start = self._pick_start(resume)
        tokenizer = start.tokenizer if start is not None else None
        train, val, note = split(snapshot.examples, config.val_fraction)
        if not train:
            raise ConfigError(f"val_fraction {config.val_fraction} leaves no pairs to train on")
        self.val = val
        if config.method_level:
            train, cuts = with_method_cuts(train)
            if cuts:
                self.log(f"method-level cuts: {cuts} pairs from class-level ones")
        self.log(
            f"dataset: {snapshot.from_store} pairs from the store, {snapshot.from_data_path} "
            f"from data_path; {note}"
        )
        rename_prob = config.augment_rename_prob
        self.post_edit = config.model.prompt == "post_edit"
        self.edits = LearnedEdits()
        if self.post_edit:
            started = time.monotonic()
            train, val = with_drafts(train), with_drafts(val)
            drafted = time.monotonic()
            # Learned from the training pairs only: val measures how they generalise.
            self.edits = edits_from(train)
            train, val = post_edit_examples(train, self.edits), post_edit_examples(val, self.edits)
            self.val = val
            self.log(
                f"post-editing: rules drafts for {len(train) + len(val)} pairs in "
                f"{drafted - started:.1f}s; {len(self.edits.renames)} renames and "
                f"{len(self.edits.deletions)} line deletions learned in "
                f"{time.monotonic() - drafted:.1f}s (applied to every draft; written to "
                f"{self.ckpt_dir / EDITS_FILE} with best.ckpt)"
            )
            if rename_prob > 0:
                # The draft would keep the old names: renamed pairs would teach renaming.
                self.log("augment_rename_prob is not used with prompt: post_edit")
                rename_prob = 0.0
        if tokenizer is None:
            tokenizer = self._build_tokenizer(train)
        self.tokenizer = tokenizer
        if config.model.copy_head:
            config.model.copy_anchor_id = tokenizer.encode(DRAFT_START)[0]
            config.model.copy_end_id = tokenizer.encode(DRAFT_END)[0]
        self.model = self._build_model(start)
        self.ema = EMA(self.model, config.ema_decay) if config.ema else None
        self.optimizer = self._build_optimizer()
        if start is not None and self._resuming:
            self._restore(start)
        self.ddp: DistributedDataParallel | None = None
        if self.dist.active:
            self.ddp = DistributedDataParallel(
                self.model, device_ids=[self.device.index] if self.device.type == "cuda" else None
            )
        self.sampler = EpochSampler(
            train,
            tokenizer,
            self.cfg.model.max_seq_len,
            source_weights(config.synthetic_weight, config.rules_weight),
            rename_prob,
            config.seed,
            keep_prompt_end=self.post_edit,
        )
        self.val_encoded = [self._encode(e) for e in val]
        cut = self.sampler.truncated()
        if cut:
            self.log(
                f"{cut} of {len(train)} training sequences are longer than max_seq_len "
                f"{self.cfg.model.max_seq_len} and are cut"
            )
        self.per_rank_batch = max(1, config.global_batch_size // self.dist.world)
        per_rank_items = math.ceil(len(self.sampler) / self.dist.world)
        self.steps_per_epoch = math.ceil(per_rank_items / self.per_rank_batch)
        self.total_steps = self.planned_steps = config.epochs * self.steps_per_epoch
        self.plan = BatchPlan(
            min(self.per_rank_batch, per_rank_items),
            config.micro_batch_size or self.per_rank_batch,
        )
        self.wandb = Wandb(
            config.wandb and self.dist.is_main,
            config.project_name,
            config.run_name,
            {"model": config.model.to_dict(), "global_batch_size": config.global_batch_size},
        )
        if self.wandb.notice:
            self.log(self.wandb.notice, style="yellow")

    # ------------------------------------------------------------------ setup

    def _pick_start(self, resume: bool) -> Checkpoint | None:
        """last.ckpt of an unfinished run (resume), else the fine-tuning source, else None."""
        last = self.ckpt_dir / "last.ckpt"
        if resume and last.is_file():
            ckpt = load_checkpoint(last)
            if not ckpt.training_state.get("finished", False):
                self._check_arch(ckpt, last, "pass --no-resume to start a new run")
                self._resuming = True
                self.log(f"resuming from {last} at step {ckpt.training_state.get('step', 0)}")
                return ckpt
            self.log(f"{last} holds a finished run: starting a new run")
        source = self.cfg.init_from
        if source == "none":
            self.log("training from scratch (init_from: none)")
            return None
        path = self.ckpt_dir / "best.ckpt" if source == "best" else Path(source)
        if not path.is_file():
            if source != "best":
                raise ConfigError(f"init_from: {source} does not exist")
            self.log(f"no {path} yet: training from scratch")
            return None
        ckpt = load_checkpoint(path)
        self._check_arch(ckpt, path, "set init_from: none to train a new model")
        self.log(f"fine-tuning from {path}")
        return ckpt

    def _check_arch(self, ckpt: Checkpoint, path: Path, fix: str) -> None:
        differ = _compatible(ckpt.config, self.cfg.model)
        if differ:
            raise ConfigError(
                f"{path} holds a model with other arch settings ({', '.join(differ)}) than "
                f"the config: {fix}"
            )

    def _build_tokenizer(self, train: list[Example]) -> Tokenizer:
        if self.cfg.model.tokenizer == "bytes":
            return Tokenizer.bytes()
        if self.dist.is_main:
            texts: list[str] = []
            budget = self.cfg.tokenizer_train_chars
            for e in train:
                if budget <= 0:
                    break
                texts.extend((e.java, e.go))
                budget -= len(e.java) + len(e.go)
            self.log(f"training a {self.cfg.model.vocab_size}-token BPE on the training pairs")
            data = Tokenizer.train_bpe(texts, self.cfg.model.vocab_size).to_json()
        else:
            data = ""
        return Tokenizer.from_json(self._broadcast_text(data))

    def _broadcast_text(self, text: str) -> str:
        """Rank 0's string on every rank, sent as bytes (never pickled)."""
        if not self.dist.active:
            return text
        dev = self.device if self.device.type == "cuda" else torch.device("cpu")
        raw = torch.tensor(list(text.encode("utf-8")), dtype=torch.uint8, device=dev)
        size = torch.tensor([raw.numel()], device=dev)
        dist.broadcast(size, 0)
        buf = (
            raw
            if self.dist.is_main
            else torch.empty(int(size.item()), dtype=torch.uint8, device=dev)
        )
        dist.broadcast(buf, 0)
        return bytes(buf.cpu().tolist()).decode("utf-8")

    def _build_model(self, start: Checkpoint | None) -> HierarchicalReasoningModel:
        torch.manual_seed(self.cfg.seed)
        model = HierarchicalReasoningModel(self.cfg.model, self.tokenizer)
        if start is not None:
            # Fine-tuning starts from the weights the server was using (EMA when present).
            use_ema = not self._resuming and start.ema_state is not None
            model.load_state_dict(
                start.ema_state if use_ema and start.ema_state else start.model_state
            )
        self.log(
            f"model: {model.num_parameters() / 1e6:.2f}M parameters, {self.tokenizer.kind} "
            f"tokenizer ({self.tokenizer.vocab_size} tokens), device {self.device}"
        )
        return model.to(self.device)

    def _build_optimizer(self) -> torch.optim.Optimizer:
        c = self.cfg
        groups = self.model.param_groups(c.weight_decay, c.puzzle_emb_lr, c.puzzle_emb_weight_decay)
        for g in groups:
            g["base_lr"] = g.get("lr", c.lr)
        if c.optimizer == "adamw":
            return torch.optim.AdamW(groups, lr=c.lr, betas=(c.beta1, c.beta2))
        return AdamATan2(groups, lr=c.lr, betas=(c.beta1, c.beta2))

    def _restore(self, ckpt: Checkpoint) -> None:
        if self.ema is not None and ckpt.ema_state is not None:
            self.ema.load_state_dict(ckpt.ema_state)
        if ckpt.optimizer_state is not None:
            self.optimizer.load_state_dict(ckpt.optimizer_state)
        state = dict(ckpt.training_state)
        rng = state.pop("rng_cpu", None)
        if isinstance(rng, torch.Tensor):
            torch.set_rng_state(rng)
        cuda_rng = state.pop("rng_cuda", None)
        cuda_ok = torch.cuda.is_available() and isinstance(cuda_rng, list)
        if cuda_ok and len(cuda_rng) == torch.cuda.device_count():
            torch.cuda.set_rng_state_all(cuda_rng)
        self.state = _State.from_dict(state)

    def _encode(self, e: Example) -> EncodedPair:
        return encode_pair(
            self.tokenizer,
            e.java,
            e.go,
            self.cfg.model.max_seq_len,
            e.source_id,
            keep_prompt_end=self.post_edit,
        )

    # ------------------------------------------------------------------ training

    @property
    def _net(self) -> nn.Module:
        return self.ddp if self.ddp is not None else self.model

    def _set_lr(self, step: int) -> float:
        c = self.cfg
        factor = lr_at(step, 1.0, c.lr_warmup_steps, self.total_steps, c.lr_min_ratio)
        for g in self.optimizer.param_groups:
            g["lr"] = g["base_lr"] * factor
        return c.lr * factor

    def _optimizer_step(
        self, micro_batches: list[list[EncodedPair]], depth: int
    ) -> dict[str, float]:
        """One optimizer step over the micro-batches (gradients accumulated, each weighted by
        its share of the step's response tokens so the step's loss is a token mean)."""
        self.optimizer.zero_grad(set_to_none=True)
        total = max(1, sum(_label_tokens(mb) for mb in micro_batches))
        sums = {
            "loss": 0.0,
            "lm_loss": 0.0,
            "q_loss": 0.0,
            "answer_loss": 0.0,
            "token_accuracy": 0.0,
        }
        try:
            for i, mb in enumerate(micro_batches):
                share = _label_tokens(mb) / total
                batch = collate(mb).to(self.device)
                sync = self.ddp is None or i == len(micro_batches) - 1
                ctx = contextlib.nullcontext() if sync or self.ddp is None else self.ddp.no_sync()
                with ctx:
                    out = self._net(
                        batch.input_ids,
                        batch.prefix_lens,
                        batch.source_ids,
                        batch.labels,
                        grad_depth=depth,
                    )
                    assert (
                        out.loss is not None and out.lm_loss is not None and out.q_loss is not None
                    )
                    (out.loss * share).backward()
                sums["loss"] += out.loss.item() * share
                sums["lm_loss"] += out.lm_loss.item() * share
                sums["q_loss"] += out.q_loss.item() * share
                sums["token_accuracy"] += out.metrics["token_accuracy"].item() * share
                with torch.no_grad():
                    ce, _ = _answer_loss(out.logits, batch.labels)
                sums["answer_loss"] += ce / total
        except self.oom_errors:
            # Drop the partial step before the retry with smaller micro-batches.
            self.optimizer.zero_grad(set_to_none=True)
            if self.device.type == "cuda":
                torch.cuda.empty_cache()
            raise
        if self.cfg.grad_clip > 0:
            sums["grad_norm"] = float(
                torch.nn.utils.clip_grad_norm_(self.model.parameters(), self.cfg.grad_clip)
            )
        self.optimizer.step()
        return sums

    def _on_halve(self, plan: BatchPlan) -> None:
        self.log(
            f"out of memory: micro-batch halved to {plan.micro_batch_size}, now "
            f"{plan.accumulation_steps} accumulation steps; global_batch_size stays "
            f"{self.cfg.global_batch_size}",
            style="yellow",
        )

    def _epoch_batches(self, epoch: int) -> list[list[EncodedPair]]:
        items = self.sampler.epoch(epoch)
        sampler: DistributedSampler[int] = DistributedSampler(
            range(len(items)),  # type: ignore[arg-type]
            num_replicas=self.dist.world,
            rank=self.dist.rank,
            shuffle=True,
            seed=self.cfg.seed,
        )
        sampler.set_epoch(epoch)
        order = [items[i] for i in sampler]
        return length_buckets(order, self.per_rank_batch, random.Random(f"{self.cfg.seed}:{epoch}"))

    def fit(self) -> RunResult:
        c, s = self.cfg, self.state
        began = time.monotonic()
        seconds_before = s.seconds
        self.log(
            f"training: {c.epochs} epochs x {self.steps_per_epoch} steps = {self.total_steps} "
            f"steps; batch {self.plan.batch_size * self.dist.world} sequences "
            f"({self.dist.world} rank(s), micro-batch {self.plan.micro_batch_size}); "
            f"eval every {c.eval_interval} steps"
        )
        window: list[float] = []
        # Without a terminal (CI, nohup) the progress lines go to stderr as well.
        bar_on = self.dist.is_main and self.console.is_terminal
        say = self.log.file_only if bar_on else self.log
        progress = Progress(
            "[progress.description]{task.description}",
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            "{task.fields[info]}",
            console=self.console,
            disable=not bar_on,
        )
        with progress:
            bar = progress.add_task("training", total=self.total_steps, completed=s.step, info="")
            while s.epoch < c.epochs and s.step < self.total_steps:
                batches = self._epoch_batches(s.epoch)
                for batch in batches[s.batch_in_epoch :]:
                    if s.step >= self.total_steps:
                        break  # the time budget ends the run inside this epoch
                    step_began = time.monotonic()
                    lr = self._set_lr(s.step + 1)
                    depth = grad_depth_at(self.cfg.model, s.step / max(1, self.total_steps))
                    metrics = step_with_oom_retry(
                        self.plan,
                        batch,
                        functools.partial(self._optimizer_step, depth=depth),
                        self.oom_errors,
                        self._on_halve,
                    )
                    if self.ema is not None:
                        # Warm-up of the decay (1+t)/(10+t): early averages are not stuck at init.
                        self.ema.decay = min(c.ema_decay, (1 + s.step) / (10 + s.step))
                        self.ema.update(self.model)
                    s.step += 1
                    s.batch_in_epoch += 1
                    s.tokens += sum(len(p.input_ids) for p in batch) * self.dist.world
                    s.step_seconds += time.monotonic() - step_began
                    window.append(metrics["answer_loss"])
                    self.wandb.log({**metrics, "lr": lr, "grad_depth": depth}, s.step)
                    progress.update(bar, advance=1, info=f"loss {metrics['answer_loss']:.4f}")
                    if s.step % c.log_interval == 0:
                        self._fit_budget(began, seconds_before)
                        progress.update(bar, total=self.total_steps)
                    if s.step % c.log_interval == 0 and self.dist.is_main:
                        say(
                            f"step {s.step}/{self.total_steps} epoch {s.epoch + 1}: loss "
                            f"{metrics['answer_loss']:.4f} (objective {metrics['loss']:.4f}), "
                            f"lr {lr:.3g}, grad depth {depth}, "
                            f"{self.tokens_per_second:,.0f} tokens/s"
                        )
                    if s.step % c.eval_interval == 0:
                        self._eval_and_save(window, began, seconds_before)
                        window = []
                else:
                    s.epoch += 1
                    s.batch_in_epoch = 0
                if time.monotonic() - self._last_saved >= c.checkpoint_min_seconds:
                    s.seconds = seconds_before + time.monotonic() - began
                    self._save("last.ckpt", with_optimizer=True)
        s.finished = True
        if window or self._evaluated_at != s.step:
            self._eval_and_save(window, began, seconds_before)
        else:
            s.seconds = seconds_before + time.monotonic() - began
            self._save("last.ckpt", with_optimizer=True)
        if self.post_edit and self.dist.is_main:
            # The last evaluation's answers serve when its weights are the best ones.
            last_is_best = s.last_eval.get("val_loss") == s.best_val_loss
            calibrate_checkpoint(
                self.ckpt_dir / "best.ckpt",
                self._val_decoded,
                self.device,
                self.plan.micro_batch_size,
                self.log,
                self._val_answers if last_is_best and self._val_answers else None,
                deadline=None
                if self.cfg.time_budget_minutes is None
                else began - seconds_before + 60.0 * self.cfg.time_budget_minutes,
                decode_seconds=self._eval_seconds,
            )
        self._plot()
        self.wandb.finish()
        ev = s.last_eval
        return RunResult(
            str(self.ckpt_dir / "best.ckpt"),
            s.epoch,
            s.step,
            ev.get("train_loss"),
            ev.get("val_loss"),
            ev.get("exact_match"),
            s.seconds,
            round(self.tokens_per_second),
        )

    def _fit_budget(self, began: float, seconds_before: float) -> None:
        """With ``time_budget_minutes``: cut the planned steps to those that fit, at the pace
        so far, in the budget left after the final evaluation and calibration (the schedule
        follows the new end). Every rank takes rank 0's number."""
        c, s = self.cfg, self.state
        if c.time_budget_minutes is None or s.step < BUDGET_MIN_STEPS:
            return
        elapsed = seconds_before + time.monotonic() - began
        budget = 60.0 * c.time_budget_minutes
        # The end of the run: one evaluation, and the calibration's decoding (one more per
        # copy gate shift it tries).
        ends = 1 + len(GATE_SHIFTS)
        reserve = ends * self._eval_seconds if self._eval_seconds else BUDGET_RESERVE * budget
        fits = s.step + max(0, int((budget - elapsed - reserve) * s.step / elapsed))
        total = self._from_rank0(min(self.planned_steps, fits))
        if total < self.total_steps:
            if self.total_steps == self.planned_steps:
                self.log(
                    f"time budget {c.time_budget_minutes:g} min: {total} of the planned "
                    f"{self.planned_steps} steps fit at the pace so far"
                )
            self.total_steps = total

    def _from_rank0(self, value: int) -> int:
        if not self.dist.active:
            return value
        dev = self.device if self.device.type == "cuda" else torch.device("cpu")
        buf = torch.tensor([value], device=dev)
        dist.broadcast(buf, 0)
        return int(buf.item())

    @property
    def tokens_per_second(self) -> float:
        return self.state.tokens / max(self.state.step_seconds, 1e-9)

    # ------------------------------------------------------------------ eval and checkpoints

    @contextlib.contextmanager
    def _eval_weights(self) -> Iterator[HierarchicalReasoningModel]:
        ctx = self.ema.applied(self.model) if self.ema is not None else contextlib.nullcontext()
        self.model.eval()
        try:
            with ctx:
                yield self.model
        finally:
            self.model.train()

    @torch.no_grad()
    def evaluate(self) -> dict[str, float]:
        """Val loss (the answer's token cross-entropy) and exact match of greedy decodes, with
        the weights the server will load (EMA when on)."""
        with self._eval_weights() as model:
            total_tokens, loss_sum = 0, 0.0
            for mb in self.plan.split(by_length(self.val_encoded)):
                batch = collate(mb).to(self.device)
                out = model(batch.input_ids, batch.prefix_lens, batch.source_ids, batch.labels)
                ce, n = _answer_loss(out.logits, batch.labels)
                loss_sum += ce
                total_tokens += n
            # As the hrm backend asks: never a pair too long for the model's window.
            decoded = [e for e in self.val[: self.cfg.eval_decode_limit] if fits_window(model, e)]
            gens = decode_examples(model, decoded, self.plan.micro_batch_size)
        self._val_answers, self._val_decoded = gens, decoded
        exact = sum(_norm_ws(g.text) == _norm_ws(e.go) for g, e in zip(gens, decoded, strict=True))
        ev = {
            "val_loss": loss_sum / max(1, total_tokens),
            "exact_match": exact / max(1, len(decoded)),
        }
        if self.post_edit:
            ev.update(val_scores(gens, decoded))
            ev["too_long"] = float(min(len(self.val), self.cfg.eval_decode_limit) - len(decoded))
        return ev

    def _eval_and_save(self, window: list[float], began: float, seconds_before: float) -> None:
        s = self.state
        # Every rank records it: the decision to run a final evaluation must agree across
        # ranks, or one waits at the barrier for a rank that has left.
        self._evaluated_at = s.step
        if self.dist.is_main:
            eval_began = time.monotonic()
            ev = self.evaluate()
            self._eval_seconds = time.monotonic() - eval_began
            if window:
                ev["train_loss"] = sum(window) / len(window)
            ev["step"] = float(s.step)
            s.last_eval = ev
            s.history.append(ev)
            chrf = ""
            if "chrf" in ev:
                chrf = (
                    f", chrF {ev['chrf']:.1f} (draft {ev['draft_chrf']:.1f}, rules draft "
                    f"{ev['rules_draft_chrf']:.1f})"
                )
                if ev["too_long"]:
                    chrf += f" ({ev['too_long']:.0f} val pairs too long for the model's window)"
            self.log(
                f"step {s.step}/{self.total_steps} epoch {s.epoch + (s.batch_in_epoch > 0)}: "
                f"train loss {ev.get('train_loss', float('nan')):.4f}, val loss "
                f"{ev['val_loss']:.4f}, exact match {ev['exact_match']:.1%}{chrf}"
            )
            self.wandb.log({k: v for k, v in ev.items() if k != "step"}, s.step)
            s.seconds = seconds_before + time.monotonic() - began
            better = (ev["val_loss"], -ev["exact_match"]) < (s.best_val_loss, -s.best_exact_match)
            if better:
                s.best_val_loss, s.best_exact_match = ev["val_loss"], ev["exact_match"]
            self._save("last.ckpt", with_optimizer=True)
            if better:
                self._save("best.ckpt", with_optimizer=False)
            if self.cfg.checkpoint_every_eval or s.finished:
                epoch = s.epoch + (s.batch_in_epoch > 0)
                self._save(f"epoch_{epoch}.ckpt", with_optimizer=False)
                self._prune()
            self._plot()
        if self.dist.active:
            dist.barrier()

    def _save(self, name: str, with_optimizer: bool) -> None:
        if not self.dist.is_main:
            return
        state = self.state.to_dict()
        state["rng_cpu"] = torch.get_rng_state()
        if torch.cuda.is_available():
            state["rng_cuda"] = torch.cuda.get_rng_state_all()
        state["store_pairs"], state["max_store_id"] = self.snapshot_pairs
        state["total_steps"] = self.total_steps
        if name == "best.ckpt" and self.post_edit:
            # Before the weights: a backend that sees the new best.ckpt reads its edits.
            self.edits.save(self.ckpt_dir / EDITS_FILE)
        self.model.save_checkpoint(
            self.ckpt_dir / name,
            ema_state=self.ema.state_dict() if self.ema is not None else None,
            optimizer_state=self.optimizer.state_dict() if with_optimizer else None,
            training_state=state,
        )
        if name == "last.ckpt":
            self._last_saved = time.monotonic()

    def _prune(self) -> None:
        keep = self.cfg.keep_checkpoints
        if keep <= 0:
            return
        found = []
        for p in self.ckpt_dir.glob("epoch_*.ckpt"):
            number = p.stem.removeprefix("epoch_")
            if number.isdigit():
                found.append((int(number), p))
        for _, p in sorted(found)[:-keep]:
            p.unlink(missing_ok=True)

    def _plot(self) -> None:
        if not self.dist.is_main:
            return
        self.project_dir.mkdir(parents=True, exist_ok=True)
        notice = plot_losses(self.state.history, self.project_dir / "loss_curve.png")
        if notice and not self._plot_notice_shown:
            self._plot_notice_shown = True
            self.log(notice, style="yellow")
