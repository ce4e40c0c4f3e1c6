"""One migration, the same for a code action and for ``l2j-lsp migrate``:
Java document -> scope -> request -> backend -> validated Go -> the target file's new text.

Writing the file (an LSP edit or a disk write) and recording the pair are the callers'
steps, since they differ: the editor asks the user first.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from l2j_lsp.backends.base import (
    Backend,
    InvalidOutput,
    TokenCallback,
    TranslationRequest,
    TranslationResult,
)
from l2j_lsp.migration.context import build_context, java_package
from l2j_lsp.migration.gofile import find_decls, merge_into_file, parse_source, render_imports
from l2j_lsp.migration.scope import Declaration, JavaDocument, ScopeKind
from l2j_lsp.migration.target import GoTarget, map_java_file
from l2j_lsp.migration.validate import GoValidationError, go_syntax_error, gofmt
from l2j_lsp.settings import Settings


@dataclass(frozen=True)
class Job:
    """What to migrate: a declaration of a document, or the whole file (decl None)."""

    doc: JavaDocument
    java_path: Path
    decl: Declaration | None

    @property
    def scope(self) -> ScopeKind:
        return "file" if self.decl is None else self.decl.scope

    @property
    def name(self) -> str:
        return self.java_path.name if self.decl is None else self.decl.qualified_name

    @property
    def java(self) -> str:
        if self.decl is None:
            return self.doc.text
        return self.doc.source(self.decl.start_byte, self.decl.end_byte)


@dataclass(frozen=True)
class Migration:
    job: Job
    request: TranslationRequest
    target: GoTarget
    result: TranslationResult
    # The target file's full text after the change.
    new_text: str
    # The migrated declarations as they stand in ``new_text``: the pair's output.
    output: str
    keys: frozenset[str]
    gofmt_used: bool


def build_request(job: Job, settings: Settings) -> tuple[TranslationRequest, GoTarget]:
    target = map_java_file(
        job.java_path,
        java_package(job.doc),
        settings.go_out_dir,
        settings.go_strip_prefix,
        settings.go_module,
    )
    context, enclosing = build_context(job.doc, job.decl)
    request = TranslationRequest(
        java=job.java,
        scope=job.scope,
        name=job.decl.name if job.decl is not None else job.java_path.stem,
        go_package=target.package,
        context=context,
        source_file=str(job.java_path),
        kind=job.decl.kind if job.decl is not None else "file",
        enclosing_type=enclosing,
        file_source=job.doc.text,
    )
    return request, target


async def translate(
    backend: Backend, request: TranslationRequest, on_token: TokenCallback | None = None
) -> TranslationResult:
    """Ask the backend and refuse anything that is not Go."""
    result = await backend.translate(request, on_token)
    error = go_syntax_error(result.go)
    if error is not None:
        raise InvalidOutput(f"the {result.backend} backend's Go does not parse: {error}")
    if not parse_source(result.go).decls:
        raise InvalidOutput(f"the {result.backend} backend answered with no Go declaration")
    return result


def compose(
    job: Job,
    request: TranslationRequest,
    target: GoTarget,
    result: TranslationResult,
    existing: str | None,
    replaces: frozenset[str] = frozenset(),
) -> Migration:
    """Merge validated Go into the target file's current text and format it; ``replaces``
    are the Go keys an earlier migration of the same declaration left in the file."""
    snippet = parse_source(result.go)
    merged = merge_into_file(existing, target.package, result.go, replaces)
    try:
        formatted = gofmt(merged)
    except GoValidationError as exc:
        raise InvalidOutput(f"the {result.backend} backend's Go: {exc}") from exc
    keys = snippet.keys
    decls = find_decls(formatted.text, keys)
    imports = render_imports(list(snippet.imports))
    output = "\n\n".join(([imports] if imports else []) + [d.text for d in decls])
    return Migration(
        job=job,
        request=request,
        target=target,
        result=result,
        new_text=formatted.text,
        output=output,
        keys=keys,
        gofmt_used=formatted.gofmt_used,
    )


def corrected_output(suggestion: str, keys: frozenset[str], saved_go: str) -> str | None:
    """The user's version of a migrated suggestion found in a saved Go file, or None when
    the declarations are gone. Shaped like the suggestion: its import block, then the
    declarations."""
    decls = find_decls(saved_go, keys)
    if not decls:
        return None
    imports = render_imports(list(parse_source(suggestion).imports))
    return "\n\n".join(([imports] if imports else []) + [d.text for d in decls])
