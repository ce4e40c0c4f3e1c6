"""Where a run reports: ``data/projects/<project>/train.log``, the console, a loss-curve PNG
beside the log, and Weights & Biases when installed and asked for."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rich.console import Console

from l2j_lsp.atomic import atomic_path


class TrainLog:
    """Appends timestamped lines to the log (a resumed run continues the same file) and
    echoes them on stderr; stdout stays free for the closing JSON line. Ranks other than 0
    of a distributed run get neither file nor echo (``path`` None, ``echo`` False)."""

    def __init__(self, path: Path | None, console: Console, echo: bool = True) -> None:
        self.path = path
        self.console = console
        self.echo = echo
        self._file = None
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._file = path.open("a", encoding="utf-8")

    def __call__(self, message: str, style: str | None = None) -> None:
        self.file_only(message)
        if self.echo:
            self.console.print(message, style=style, highlight=False, soft_wrap=True)

    def file_only(self, message: str) -> None:
        if self._file is not None:
            stamp = datetime.now(UTC).isoformat(timespec="seconds")
            self._file.write(f"{stamp} {message}\n")
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


def plot_losses(history: list[dict[str, float]], path: Path) -> str | None:
    """Write the loss curves as a PNG (atomically); a notice instead when matplotlib is
    missing or there is nothing to draw."""
    train = [(h["step"], h["train_loss"]) for h in history if "train_loss" in h]
    val = [(h["step"], h["val_loss"]) for h in history if "val_loss" in h]
    if not train and not val:
        return "no losses recorded yet: loss curve skipped"
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return "matplotlib is not installed: loss curve skipped (pip install matplotlib)"
    fig, ax = plt.subplots(figsize=(7, 4))
    for points, label in ((train, "train loss"), (val, "val loss")):
        if points:
            ax.plot([p[0] for p in points], [p[1] for p in points], label=label)
    ax.set_xlabel("step")
    ax.set_ylabel("loss")
    ax.set_yscale("log")
    ax.grid(True, alpha=0.3)
    ax.legend()
    fig.tight_layout()
    try:
        with atomic_path(path) as tmp:
            fig.savefig(tmp, format="png", dpi=100)
    finally:
        plt.close(fig)
    return None


class Wandb:
    """A thin handle on a wandb run; inactive unless the config asks and wandb imports.
    ``WANDB_MODE=offline`` works as wandb documents it."""

    def __init__(self, wanted: bool, project: str, name: str, config: dict[str, Any]) -> None:
        self.run: Any = None
        self.notice: str | None = None
        if not wanted:
            return
        try:
            import wandb
        except ImportError:
            self.notice = "wandb: true in the config, but wandb is not installed: not logging"
            return
        self.run = wandb.init(project=project, name=name, config=config, resume="allow")

    def log(self, metrics: dict[str, float], step: int) -> None:
        if self.run is not None:
            self.run.log(metrics, step=step)

    def finish(self) -> None:
        if self.run is not None:
            self.run.finish()
