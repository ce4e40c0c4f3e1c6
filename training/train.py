"""``l2j-lsp train``: fine-tune the HRM on the dataset's accepted, corrected and synthetic
pairs. Also ``python -m l2j_lsp.training.train`` (the same flags) so torchrun can start one process
per GPU: ``torchrun --nproc-per-node N -m l2j_lsp.training.train --config ...``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from rich.console import Console

from l2j_lsp.training.train_config import ConfigError, TrainConfig, load_config

USAGE_ERROR = 2


def _data_path(config: TrainConfig) -> Path | None:
    """The config's ``data_path`` as an extra source when it is a JSONL file, a seed JSON
    file, or a folder of them that exists; the seed's default (a folder that a fresh checkout
    lacks) is then simply not used."""
    path = Path(config.data_path)
    if path.is_file() and path.suffix in (".jsonl", ".json"):
        return path
    if path.is_dir() and any(p.suffix in (".json", ".jsonl") for p in path.rglob("*")):
        return path
    return None


def run(
    config: Path,
    dataset: Path | None = None,
    epochs: int | None = None,
    device: str = "auto",
    resume: bool = True,
) -> int:
    """Train and print the closing JSON line on stdout; the exit code (0 ok, 2 usage or
    configuration problem)."""
    import torch

    from l2j_lsp.hrm.checkpoint import CheckpointError
    from l2j_lsp.hrm.device import resolve_device
    from l2j_lsp.settings import Settings
    from l2j_lsp.training.store import DatasetError
    from l2j_lsp.training.train_data import EmptyDataset, load_snapshot
    from l2j_lsp.training.train_report import TrainLog
    from l2j_lsp.training.trainer import Trainer, init_distributed

    console = Console(stderr=True)

    def fail(message: str) -> int:
        console.print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)
        return USAGE_ERROR

    try:
        cfg = load_config(config)
    except ConfigError as exc:
        return fail(str(exc))
    if epochs is not None:
        cfg.epochs = epochs
    dataset_path = dataset or Settings.resolve({}).dataset_path
    try:
        dev, notice = resolve_device(device)
    except ValueError as exc:
        return fail(str(exc))
    dist_info, dev = init_distributed(dev)
    if cfg.num_threads is not None and dev.type == "cpu":
        torch.set_num_threads(cfg.num_threads)
    if notice and dist_info.is_main:
        console.print(f"[yellow]notice:[/yellow] {notice}", highlight=False)
    log_path = Path("data/projects") / cfg.project_name / "train.log"
    log = TrainLog(log_path if dist_info.is_main else None, console, echo=dist_info.is_main)
    try:
        torch.manual_seed(cfg.seed)
        # Weights and gradients drift into subnormal floats, which x86 CPUs compute on many
        # times slower; flushing them to zero costs no accuracy that matters here.
        torch.set_flush_denormal(True)
        try:
            snapshot = load_snapshot(dataset_path, _data_path(cfg))
        except EmptyDataset:
            return fail(
                f"no accepted or corrected pairs in {dataset_path} yet: accept some "
                "migrations in the editor or run `l2j-lsp dataset import`"
            )
        except DatasetError as exc:
            return fail(str(exc))
        try:
            trainer = Trainer(cfg, snapshot, dev, resume, log, dist_info, console=console)
        except (ConfigError, CheckpointError) as exc:
            return fail(str(exc))
        log(f"run {cfg.run_name}: config {config}, dataset {dataset_path}")
        result = trainer.fit()
        if dist_info.is_main:
            log(f"done: best checkpoint {result.checkpoint}")
            sys.stdout.write(json.dumps(result.to_json()) + "\n")
            sys.stdout.flush()
        return 0
    finally:
        log.close()
        if dist_info.active:
            import torch.distributed as dist

            dist.destroy_process_group()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m l2j_lsp.training.train", description=__doc__)
    parser.add_argument("--config", type=Path, default=Path("configs/train_l2j_hrm.yaml"))
    parser.add_argument("--dataset", type=Path, default=None)
    parser.add_argument("--epochs", type=int, default=None)
    parser.add_argument("--device", default="auto", choices=("auto", "cpu", "cuda", "mps"))
    parser.add_argument("--resume", action=argparse.BooleanOptionalAction, default=True)
    args = parser.parse_args(argv)
    if args.epochs is not None and args.epochs < 1:
        parser.error("--epochs must be >= 1")
    return run(args.config, args.dataset, args.epochs, args.device, args.resume)


if __name__ == "__main__":
    sys.exit(main())
