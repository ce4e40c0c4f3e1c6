"""The stub loop's edits on what `go vet` and the type check report: dead code the translator
wrote goes without a marker, and a `missing return` inside a function literal is closed in
that literal (both seen on L2J, where they left `go build` failing)."""

from __future__ import annotations

from pathlib import Path

from l2j_lsp.backends.wp.decls import Decl
from l2j_lsp.module import gotool
from l2j_lsp.module.assemble import GoDecl
from l2j_lsp.module.stubs import reason_of, stub

GO_MOD = "module m\n\ngo 1.23\n"

# What the translator wrote for `return switch (x) { case 1 -> 0; default -> 1; };` once the
# stub loop had turned vet's unreachable `panic` into a marker: the literal lacks a return.
GRADE = """func grade(x int32) int32 {
\treturn func() int32 {
\t\tswitch x {
\t\tcase 1:
\t\t\treturn 0
\t\tdefault:
\t\t\treturn 1
\t\t}
\t\tprintln("after")
\t}()
}"""


def _module(tmp_path: Path, func: str) -> tuple[Path, int]:
    (tmp_path / "go.mod").write_text(GO_MOD)
    head = "package main\n\n"
    main = "\nfunc main() { println(grade(1)) }\n"
    (tmp_path / "main.go").write_text(head + func + "\n" + main)
    return tmp_path, head.count("\n") + 1  # the 1-based line the function starts on


def _decl(text: str) -> GoDecl:
    return GoDecl(Decl(text, 1, 1, "func", "p.A#grade/1"), text)


def _rewrite(root: Path, gd: GoDecl) -> None:
    (root / "main.go").write_text(
        "package main\n\n" + gd.text + "\n\nfunc main() { println(grade(1)) }\n"
    )


def test_unreachable_code_vet_reports_is_deleted_without_a_marker(tmp_path: Path) -> None:
    text = GRADE.replace('\t\tprintln("after")\n', '\t\tpanic("unreachable")\n')
    root, first = _module(tmp_path, text)
    ok, problems, _ = gotool.run_go(root, "vet")
    assert not ok and problems and problems[0].msg.startswith("unreachable code")
    gd = _decl(text)
    assert stub(
        gd, [p.line - first + 1 for p in problems], problems[0].msg, [p.msg for p in problems]
    )
    assert "not migrated" not in gd.text and "panic" not in gd.text
    _rewrite(root, gd)
    assert gotool.run_go(root, "vet")[0]
    assert gotool.run_go(root, "build")[0]


def test_missing_return_in_a_function_literal_is_closed_there(tmp_path: Path) -> None:
    root, first = _module(tmp_path, GRADE)
    problems = gotool.check(root)
    assert problems and "missing return" in problems[0].msg
    gd = _decl(GRADE)
    assert stub(
        gd, [p.line - first + 1 for p in problems], problems[0].msg, [p.msg for p in problems]
    )
    # The panic closes the literal, not the outer function (which returns already).
    assert gd.text.count('panic("unreachable")') == 1
    assert gd.text.index('panic("unreachable")') < gd.text.index("}()")
    _rewrite(root, gd)
    assert gotool.check(root) == []
    assert gotool.run_go(root, "build")[0]


def test_a_marker_names_no_temporary_path() -> None:
    msg = "in call to F, cannot infer T (declared at /tmp/.go.l2j-tmp-12/demo/a.go:5:8)"
    assert reason_of(msg) == "in call to F, cannot infer T"
