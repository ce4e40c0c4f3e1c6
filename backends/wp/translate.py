"""Translate one Java file of a project into Go declarations (with symbolic references
the module layout settles)."""

from __future__ import annotations

import sys
import threading
import traceback
from dataclasses import dataclass

from l2j_lsp.project.model import Project
from l2j_lsp.project.symbols import SourceFile

from .context import FileCtx
from .decls import Decl, Decls
from .statics import Statics


@dataclass
class FileResult:
    file: SourceFile
    decls: list[Decl]
    gaps: list[str]
    library_uses: dict[str, set[str]]
    std_imports: set[str]
    local_names: set[str]
    error: str = ""


def translate_file(project: Project, statics: Statics, f: SourceFile) -> FileResult:
    ctx = FileCtx(project, f, statics)
    decls = Decls(ctx)
    error = ""
    for sym in f.types:
        try:
            decls.type_decl(sym)
        except RecursionError:
            error = f"{sym.qname}: nested too deeply to translate"
        except Exception as exc:  # a translator bug must not sink the whole module
            tb = traceback.extract_tb(exc.__traceback__)[-1]
            error = (
                f"{sym.qname}: translator error {type(exc).__name__}: {exc} "
                f"({tb.filename.rsplit('/', 1)[-1]}:{tb.lineno})"
            )
    return FileResult(
        f, decls.out, ctx.gaps, ctx.library_uses, ctx.std_imports, ctx.local_names, error
    )


_STACK_BYTES = 512 << 20
_LOCK = threading.Lock()


def run_deep(fn, *args):  # type: ignore[no-untyped-def]
    """Runs ``fn`` on a thread with a large stack: deeply nested Java recurses deeply."""
    out: list[object] = []

    def work() -> None:
        try:
            out.append(fn(*args))
        except BaseException as exc:
            out.append(exc)

    if sys.getrecursionlimit() < 60_000:
        sys.setrecursionlimit(60_000)
    with _LOCK:
        prev = threading.stack_size(_STACK_BYTES)
        try:
            t = threading.Thread(target=work, name="l2j-translate")
            t.start()
        finally:
            threading.stack_size(prev)
    t.join()
    result = out[0]
    if isinstance(result, BaseException):
        raise result
    return result
