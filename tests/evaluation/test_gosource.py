from __future__ import annotations

from l2j_lsp.evaluation.gosource import (
    drop_funcs,
    func_names,
    local_name,
    referenced_names,
    render_test_file,
    split_answer,
)
from l2j_lsp.migration.gofile import GoImport


def test_split_answer_removes_package_and_imports() -> None:
    imports, body = split_answer(
        'package x\n\nimport (\n\t"strings"\n\tm "math"\n)\n\nfunc F() {}\n'
    )
    assert imports == (GoImport("strings"), GoImport("math", "m"))
    assert "package" not in body and "import" not in body
    assert body.strip() == "func F() {}"


def test_split_answer_keeps_broken_code_broken() -> None:
    _, body = split_answer("func F( {\n")
    assert body == "func F( {\n"


def test_local_names() -> None:
    assert local_name(GoImport("math/rand")) == "rand"
    assert local_name(GoImport("math/rand/v2")) == "rand"
    assert local_name(GoImport("strings", "s")) == "s"


def test_referenced_names_sees_calls_and_types() -> None:
    names = referenced_names(
        'package p\nvar x sort.Interface\nfunc f() { s.Trim(a.b, ""); var y []time.Duration }'
    )
    assert {"sort", "s", "a", "time"} <= names
    assert "b" not in names and "Trim" not in names


def test_func_names_and_drop_funcs() -> None:
    text = "// Poly doc.\nfunc Poly() int { return 1 }\n\nfunc Keep() {}\n\ntype T int\n"
    assert func_names(text) == {"Poly", "Keep"}
    dropped = drop_funcs(text, {"Poly"})
    assert "Poly" not in dropped and "func Keep() {}" in dropped and "type T int" in dropped


def test_render_keeps_own_imports_and_only_used_hints() -> None:
    text = render_test_file(
        "main",
        ['func F() { fmt.Println(strings.ToUpper("x")) }'],
        imports=[GoImport("os"), GoImport("fmt")],
        optional=[GoImport("strings"), GoImport("math"), GoImport("fmt"), GoImport("crypto/rand")],
    )
    assert text.startswith("package main\n\nimport (\n")
    assert '"os"' in text  # the answer's own, even unused: the compiler will say so
    assert '"strings"' in text  # a hint the code uses
    assert '"math"' not in text and '"crypto/rand"' not in text  # hints it does not use
    assert text.count('"fmt"') == 1


def test_render_lets_the_answer_win_a_name_clash() -> None:
    text = render_test_file(
        "main",
        ["func F() int { return rand.Int() }"],
        imports=[GoImport("crypto/rand")],
        optional=[GoImport("math/rand")],
    )
    assert '"crypto/rand"' in text and '"math/rand"' not in text
