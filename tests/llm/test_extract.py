from __future__ import annotations

import pytest

from l2j_lsp.backends.base import InvalidOutput
from l2j_lsp.backends.llm.extract import extract_go
from l2j_lsp.migration.validate import go_syntax_error

METHOD = "func (i *L2Item) Name() string {\n\treturn i.name\n}\n"


def test_takes_the_go_block_out_of_a_fenced_answer() -> None:
    answer = f"```go\n{METHOD}```"
    assert extract_go(answer, "method") == METHOD


def test_accepts_golang_label_and_prose_around_the_block() -> None:
    answer = f"Here you go:\n\n```golang\n{METHOD}```\n\nThe getter becomes Name()."
    assert extract_go(answer, "method") == METHOD


def test_accepts_an_unlabelled_fence_that_holds_go() -> None:
    assert extract_go(f"```\n{METHOD}```", "method") == METHOD


def test_skips_an_unlabelled_fence_that_is_not_go() -> None:
    with pytest.raises(InvalidOutput, match="prose"):
        extract_go("```\nsome notes\n```", "method")


def test_accepts_unfenced_go_after_a_line_of_prose() -> None:
    assert extract_go(f"Sure.\n{METHOD}", "method") == METHOD


def test_tolerates_a_missing_closing_fence_at_the_end_of_the_stream() -> None:
    assert extract_go(f"```go\n{METHOD}", "method") == METHOD


def test_takes_the_first_go_block_of_several_and_ignores_java_blocks() -> None:
    answer = (
        "```java\nString getName() { return _name; }\n```\n"
        f"```go\n{METHOD}```\n"
        "```go\nfunc other() {}\n```\n"
    )
    assert extract_go(answer, "method") == METHOD


def test_strips_the_package_clause_below_file_scope_and_keeps_imports() -> None:
    answer = (
        '```go\npackage model\n\nimport "fmt"\n\n'
        "func (i *L2Item) Show() {\n\tfmt.Println(i)\n}\n```"
    )
    go = extract_go(answer, "method")
    assert not go.startswith("package")
    assert go.startswith('import "fmt"\n')
    assert "func (i *L2Item) Show()" in go


def test_keeps_the_package_clause_for_a_file_and_adds_a_missing_one() -> None:
    whole = "package model\n\ntype L2Item struct {\n\tname string\n}\n"
    assert extract_go(f"```go\n{whole}```", "file", "model") == whole
    added = extract_go("```go\ntype L2Item struct{}\n```", "file", "model")
    assert added.startswith("package model\n\ntype L2Item struct{}")


def test_prose_without_code_is_invalid_output_quoting_the_start() -> None:
    prose = "I cannot translate this method because it depends on " + "x" * 100
    with pytest.raises(InvalidOutput) as info:
        extract_go(prose, "method")
    message = str(info.value)
    assert message.startswith("the model answered with prose, no Go code block: I cannot")
    assert len(message) < len("the model answered with prose, no Go code block: ") + 81


def test_an_empty_answer_is_invalid_output() -> None:
    with pytest.raises(InvalidOutput, match="empty"):
        extract_go("  \n", "method")


def test_broken_go_is_invalid_output_naming_the_line() -> None:
    broken = "```go\nfunc (i *L2Item) Name() string {\n\treturn i.name +\n}\n```"
    with pytest.raises(
        InvalidOutput, match=r"^the model's Go does not parse: line 2: unexpected '\+'"
    ):
        extract_go(broken, "method")


def test_go_syntax_error_accepts_declarations_and_files() -> None:
    assert go_syntax_error(METHOD) is None
    assert go_syntax_error("package model\n\n" + METHOD) is None


def test_go_syntax_error_counts_lines_of_the_given_text() -> None:
    error = go_syntax_error("func a() {}\n\nfunc b( {\n}\n")
    assert error is not None and error.startswith("line 3:")


def test_go_syntax_error_rejects_statements_outside_functions() -> None:
    error = go_syntax_error("return i.name\n")
    assert error is not None and "outside any function" in error and error.startswith("line 1:")


def test_go_syntax_error_reports_missing_tokens() -> None:
    error = go_syntax_error("func a() {\n\tx := f(1\n}\n")
    assert error is not None and error.startswith("line ")
