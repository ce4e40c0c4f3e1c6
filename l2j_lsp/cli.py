"""The ``l2j-lsp`` command line (the contract's commands). Each command parses its flags
and hands off to the module that does the work; heavy imports stay inside the commands so
``l2j-lsp --help`` and ``serve`` start fast."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, cast

import typer
from rich.console import Console

from l2j_lsp.atomic import atomic_path
from l2j_lsp.redact import redact

if TYPE_CHECKING:
    from l2j_lsp.migration.batch import FileSummary
    from l2j_lsp.module.migrate import Outcome
    from l2j_lsp.settings import Settings
    from l2j_lsp.training.store import DatasetStore

app = typer.Typer(
    name="l2j-lsp",
    help="Migrate the L2J Java server to Go: language server, batch migration, training.",
    no_args_is_help=True,
    add_completion=False,
)
dataset_app = typer.Typer(help="Inspect, export and import the dataset of Java -> Go pairs.")
app.add_typer(dataset_app, name="dataset")

err = Console(stderr=True, soft_wrap=True)

USAGE_ERROR = 2


class BackendName(StrEnum):
    auto = "auto"
    hrm = "hrm"
    llm = "llm"
    rules = "rules"


class ScopeName(StrEnum):
    file = "file"
    cls = "class"
    method = "method"


class DeviceName(StrEnum):
    auto = "auto"
    cpu = "cpu"
    cuda = "cuda"
    mps = "mps"


class BenchmarkName(StrEnum):
    humaneval_x = "humaneval-x"
    dataset = "dataset"


def usage_error(message: str) -> typer.Exit:
    err.print(f"error: {redact(message)}", highlight=False, markup=False, style="red")
    return typer.Exit(USAGE_ERROR)


@app.command()
def serve(
    stdio: Annotated[bool, typer.Option("--stdio", help="Talk LSP over stdin/stdout.")] = True,
    tcp: Annotated[bool, typer.Option("--tcp", help="Listen on TCP instead.")] = False,
    host: Annotated[str, typer.Option(help="TCP host.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 2087,
) -> None:
    """Run the language server (stdio by default)."""
    from l2j_lsp.server.app import create_server
    from l2j_lsp.server.stdio import start_stdio

    server = create_server()
    if tcp:
        server.start_tcp(host, port)
    else:
        start_stdio(server)


@app.command()
def migrate(
    paths: Annotated[list[Path], typer.Argument(help="Java source roots (or files).")],
    backend: Annotated[
        BackendName,
        typer.Option(
            help="rules/auto: the whole program as one Go module; llm/hrm: file by file "
            "through the model, as the code actions do."
        ),
    ] = BackendName.auto,
    scope: Annotated[
        ScopeName, typer.Option(help="Granularity of the --json lines: files or declarations.")
    ] = ScopeName.file,
    out: Annotated[Path, typer.Option(help="The Go module's directory.")] = Path("build/go"),
    jobs: Annotated[int, typer.Option(min=1, max=256, help="Concurrent model requests.")] = 4,
    json_lines: Annotated[
        bool, typer.Option("--json", help="One JSON object a line per file or declaration.")
    ] = False,
    module: Annotated[
        str | None, typer.Option(help="Go module path (default: the go.module setting).")
    ] = None,
    check: Annotated[
        bool, typer.Option("--check/--no-check", help="Type-check, stub what fails, go build/vet.")
    ] = True,
    repair: Annotated[
        int,
        typer.Option(
            min=0,
            help="Rounds of LLM repair for each stubbed function (0: off); needs an LLM.",
        ),
    ] = 0,
) -> None:
    """Migrate Java source roots to one Go module that builds (see docs/port.md)."""
    if backend in (BackendName.llm, BackendName.hrm):
        # A model backend translates file by file, as the code actions do (no module).
        _migrate_per_file(paths, backend, scope, out, jobs, json_lines)
    from l2j_lsp.module.migrate import MigrationError, Options
    from l2j_lsp.module.migrate import migrate as run_migration
    from l2j_lsp.settings import Settings, SettingsError

    try:
        settings = Settings.resolve({"backend": backend.value, "go": {"outDir": str(out)}})
    except SettingsError as exc:
        raise usage_error(str(exc)) from None
    if repair and not check:
        raise usage_error("--repair needs the type check: drop --no-check")
    if repair:
        _require_llm(settings)
    from l2j_lsp.console import progress_bar

    progress = progress_bar(err)
    opts = Options(
        roots=list(paths),
        out=out,
        module=module or settings.go_module,
        strip=settings.go_strip_prefix,
        check=check,
    )
    with progress:
        bar = progress.add_task("migrating", total=None)

        def on_progress(stage: str, done: int, total: int) -> None:
            progress.update(bar, description=stage, completed=done, total=total)

        try:
            outcome = run_migration(opts, on_progress)
        except MigrationError as exc:
            raise usage_error(str(exc)) from None
        if repair:
            outcome = _repair(outcome, out, settings, repair, jobs, on_progress)
    from l2j_lsp.module.summary import build_failed, print_summary

    failed = print_summary(outcome, out, json_lines, scope.value, err)
    raise typer.Exit(1 if failed or build_failed(outcome) else 0)


def _require_llm(settings: Settings) -> None:
    """Exits 2 unless an LLM can be asked: its key is set, or its base URL needs none."""
    from l2j_lsp.backends.base import BackendConfigError
    from l2j_lsp.backends.llm.config import LlmConfig, resolve_api_key

    config = LlmConfig(
        base_url=settings.llm.base_url,
        model=settings.llm.model,
        api_key_env=settings.llm.api_key_env,
    )
    try:
        resolve_api_key(config, os.environ)
    except BackendConfigError as exc:
        raise usage_error(
            f"--repair needs an LLM: {exc}, or point L2J_LLM_BASE_URL at a server that needs no key"
        ) from None


def _repair(
    outcome: Outcome,
    out: Path,
    settings: Settings,
    rounds: int,
    jobs: int,
    on_progress: Callable[[str, int, int], None],
) -> Outcome:
    """The repair loop over the written module's stubs; the outcome with the new counts."""
    from l2j_lsp.backends.registry import FACTORIES
    from l2j_lsp.module.repair_stubs import file_outcomes, repair_module

    async def run() -> dict[str, object]:
        backend = FACTORIES["llm"](settings)
        try:
            return await repair_module(out, backend, rounds, jobs, on_progress)
        finally:
            await backend.aclose()

    report = asyncio.run(run())
    outcome.report = report
    outcome.files = file_outcomes(out)
    return outcome


def _migrate_per_file(
    paths: list[Path],
    backend: BackendName,
    scope: ScopeName,
    out: Path,
    jobs: int,
    json_lines: bool,
) -> None:
    """`--backend llm|hrm`: each declaration through the code actions' pipeline."""
    from l2j_lsp.backends.base import BackendError
    from l2j_lsp.backends.registry import create_backend
    from l2j_lsp.migration.batch import BatchMigrator, collect_java_files
    from l2j_lsp.migration.batch import Outcome as DeclOutcome
    from l2j_lsp.migration.scope import ScopeKind
    from l2j_lsp.settings import Settings, SettingsError

    scope_kind = cast(ScopeKind, scope.value)
    files, missing = collect_java_files(paths)
    for path in missing:
        err.print(f"[red]error:[/red] {path}: no such file or folder", highlight=False)
    if not files:
        raise usage_error("no Java files found in " + ", ".join(map(str, paths)))
    try:
        # --jobs is the number of concurrent requests: the LLM's own cap must not undercut it.
        settings = Settings.resolve(
            {"backend": backend.value, "go": {"outDir": str(out)}, "llm": {"maxConcurrency": jobs}}
        )
        translator = create_backend(backend.value, settings)
    except (SettingsError, BackendError) as exc:
        raise usage_error(str(exc)) from None
    from l2j_lsp.console import progress_bar

    progress = progress_bar(err)

    def on_outcome(outcome: DeclOutcome) -> None:
        progress.advance(bar)
        if json_lines:
            sys.stdout.write(redact(json.dumps(outcome.to_json())) + "\n")
            sys.stdout.flush()

    async def run() -> list[FileSummary]:
        try:
            return await BatchMigrator(translator, settings, jobs, on_outcome).run(
                files, scope_kind
            )
        finally:
            await translator.aclose()

    with progress:
        bar = progress.add_task(f"migrating with {backend.value}", total=None)
        summaries = asyncio.run(run())
    failed = _report(summaries, json_lines, out, backend.value)
    raise typer.Exit(1 if failed else 0)


def _report(summaries: list[FileSummary], json_lines: bool, out: Path, backend: str) -> int:
    """Failures on stderr; without --json a line per file and, for `auto`, which backend
    answered and why. Returns the number of files with a failure."""
    failed = 0
    out_console = Console(highlight=False, soft_wrap=True, markup=False)
    routes: dict[str, int] = {}
    for summary in summaries:
        bad = [o for o in summary.outcomes if o.status != "ok"]
        failed += bool(bad)
        for o in bad:
            err.print(redact(f"failed: {o.source} {o.name}: {o.message}"), markup=False)
        for o in summary.outcomes:
            if o.status == "ok" and o.message:
                route = redact(o.message)
                routes[route] = routes.get(route, 0) + 1
        if json_lines:
            continue
        targets = sorted({_shown(Path(o.target)) for o in summary.outcomes if o.target})
        used = ",".join(sorted({o.backend for o in summary.outcomes}))
        seconds = sum(o.seconds for o in summary.outcomes)
        state = "ok" if summary.ok else f"FAILED ({len(bad)}/{len(summary.outcomes)})"
        out_console.print(
            f"{summary.source} -> {', '.join(targets) or '-'}  {state}  {used}  {seconds:.2f}s"
        )
    if not json_lines:
        for route, count in sorted(routes.items()):
            out_console.print(f"{backend} route for {count} declaration(s): {route}")
        ok = len(summaries) - failed
        out_console.print(f"{ok}/{len(summaries)} files migrated to {out} with {backend}")
    return failed


def _shown(path: Path) -> str:
    """A path relative to the working directory when it is inside it."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


@contextmanager
def _opened(dataset: Path | None) -> Iterator[DatasetStore]:
    """The dataset, closed afterwards. A file that cannot be used, found so on opening or
    in the middle of a read, is a usage error that names it (exit 2)."""
    from l2j_lsp.settings import Settings
    from l2j_lsp.training.store import DatasetError, DatasetStore

    path = dataset or Settings.resolve({}).dataset_path
    try:
        with DatasetStore(path) as store:
            yield store
    except DatasetError as exc:
        raise usage_error(str(exc)) from None


DatasetOption = Annotated[
    Path | None, typer.Option("--dataset", help="The SQLite store (default: dataset.path).")
]


@app.command()
def check(
    directory: Annotated[Path, typer.Argument(help="The migrated Go module.")] = Path("build/go"),
    json_lines: Annotated[bool, typer.Option("--json", help="One JSON object a line.")] = False,
) -> None:
    """Build and vet a migrated module; print each error at the Java line it came from."""
    from l2j_lsp.module.check import CheckError, shown
    from l2j_lsp.module.check import check as run_check
    from l2j_lsp.module.gotool import GoToolError

    try:
        ok, findings = run_check(directory)
    except (CheckError, GoToolError) as exc:
        raise usage_error(str(exc)) from None
    cwd = Path.cwd()
    for f in findings:
        if json_lines:
            sys.stdout.write(json.dumps(f.to_json()) + "\n")
        elif f.java is not None:
            print(f"{shown(f.java, cwd)}:{f.line}:{f.col}: {f.message} (Go {f.go})")
        else:
            print(f"{directory / f.go.split(':', 1)[0] if f.go else directory}: {f.message}")
    if not json_lines:
        err.print("builds and vets" if ok else f"{len(findings)} problem(s)", highlight=False)
    raise typer.Exit(0 if ok else 1)


@dataset_app.command("stats")
def dataset_stats(
    dataset: DatasetOption = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Counts by status and backend."""
    with _opened(dataset) as store:
        stats = store.stats()
    if json_out:
        print(json.dumps(stats))
        return
    from rich.table import Table

    table = Table(title=f"dataset {stats['path']}")
    table.add_column("status")
    table.add_column("pairs", justify="right")
    for status, count in stats["by_status"].items():
        table.add_row(status, str(count))
    table.add_row("total", str(stats["total"]))
    table.add_row("trainable", str(stats["trainable"]))
    Console().print(table)


@dataset_app.command("export")
def dataset_export(
    dataset: DatasetOption = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="JSONL file (default: stdout).")
    ] = None,
    all_statuses: Annotated[
        bool, typer.Option("--all", help="Also suggested and rejected pairs.")
    ] = False,
) -> None:
    """Write the pairs as HRM JSONL (accepted, corrected and synthetic by default)."""
    from l2j_lsp.training.store import STATUSES, TRAINING_STATUSES

    statuses = STATUSES if all_statuses else TRAINING_STATUSES
    with _opened(dataset) as store:
        if output is None:
            count = store.export_jsonl(sys.stdout, statuses)
        else:
            with atomic_path(output) as tmp, tmp.open("w", encoding="utf-8") as fh:
                count = store.export_jsonl(fh, statuses)
        skipped = len(store.skipped)
    if skipped:
        # Each was named on stderr as it was met; the rest are exported.
        err.print(f"exported {count} pairs; skipped {skipped} unreadable", highlight=False)
        raise typer.Exit(1)
    err.print(f"exported {count} pairs", highlight=False)


@dataset_app.command("import")
def dataset_import(
    source: Annotated[Path, typer.Argument(help="A folder of seed *.json files, or JSONL.")],
    dataset: DatasetOption = None,
) -> None:
    """Import the seed guide's per-pair JSON files or HRM JSONL."""
    from l2j_lsp.training.store import DatasetError

    with _opened(dataset) as store:
        try:
            report = store.import_path(source)
        except DatasetError as exc:
            raise usage_error(str(exc)) from None
    for problem in report.errors:
        err.print(f"[red]skipped:[/red] {problem}", highlight=False)
    err.print(
        f"imported {report.added} pairs ({report.skipped_duplicates} duplicates skipped, "
        f"{len(report.errors)} errors)",
        highlight=False,
    )
    raise typer.Exit(1 if report.errors else 0)


@app.command()
def train(
    config: Annotated[Path, typer.Option(help="Training config (YAML).")] = Path(
        "configs/train_l2j_hrm.yaml"
    ),
    dataset: DatasetOption = None,
    epochs: Annotated[int | None, typer.Option(min=1, help="Override the config's epochs.")] = None,
    device: Annotated[DeviceName, typer.Option(help="Where to train.")] = DeviceName.auto,
    resume: Annotated[
        bool, typer.Option("--resume/--no-resume", help="Continue from last.ckpt if present.")
    ] = True,
) -> None:
    """Build the dataset from accepted and corrected edits and fine-tune the HRM."""
    from l2j_lsp.training.train import run

    raise typer.Exit(
        run(config=config, dataset=dataset, epochs=epochs, device=device.value, resume=resume)
    )


@app.command()
def plan(
    source: Annotated[Path, typer.Option(help="Root of the Java tree.")],
    output: Annotated[Path, typer.Option(help="Where to write migration_plan.json.")],
) -> None:
    """Map a Java tree's dependencies and order its files for migration."""
    from l2j_lsp.training.plan import run

    raise typer.Exit(run(source=source, output=output))


@app.command()
def synth(
    plan_file: Annotated[Path, typer.Option("--plan", help="migration_plan.json from `plan`.")],
    output: Annotated[Path, typer.Option(help="Folder for the per-pair JSON files.")],
    limit: Annotated[int | None, typer.Option(min=1, help="At most this many files.")] = None,
    jobs: Annotated[int, typer.Option(min=1, max=64, help="Concurrent requests.")] = 4,
    dataset: DatasetOption = None,
) -> None:
    """Let the teacher LLM write ground-truth pairs in plan order."""
    from l2j_lsp.training.synth import run

    raise typer.Exit(run(plan=plan_file, output=output, limit=limit, jobs=jobs, dataset=dataset))


@app.command("eval")
def evaluate(
    backend: Annotated[BackendName, typer.Option(help="The backend to measure.")] = (
        BackendName.rules
    ),
    benchmark: Annotated[BenchmarkName, typer.Option(help="What to measure on.")] = (
        BenchmarkName.humaneval_x
    ),
    json_out: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
    limit: Annotated[int | None, typer.Option(min=1, help="Only the first N tasks.")] = None,
    jobs: Annotated[int, typer.Option(min=1, max=64, help="Tasks in parallel.")] = 4,
    dataset: DatasetOption = None,
    split: Annotated[
        str, typer.Option(help="dataset: `val` (training's held-out pairs) or `all` pairs.")
    ] = "val",
) -> None:
    """Quality and speed table for a backend."""
    from l2j_lsp.evaluation.cli import run

    raise typer.Exit(
        run(
            backend=backend.value,
            benchmark=benchmark.value,
            json_out=json_out,
            limit=limit,
            jobs=jobs,
            dataset=dataset,
            split=split,
        )
    )


def main() -> None:
    app()


if __name__ == "__main__":
    main()
