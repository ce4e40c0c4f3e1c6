from __future__ import annotations

import pytest

from l2j_lsp.evaluation.metrics import chrf, exact_match


def test_identical_strings_score_100() -> None:
    assert chrf("func F() int { return 1 }", "func F() int { return 1 }") == 100.0


def test_disjoint_strings_score_0() -> None:
    assert chrf("abc", "xyz") == 0.0


def test_hand_computed_short_case() -> None:
    # n=1: P=2/2, R=2/3, F2=5PR/(4P+R)=10/14; n=2: P=1, R=1/2, F2=2.5/4.5; n=3: only the
    # reference has trigrams, F=0; n>3: neither, skipped. Mean of three orders.
    assert chrf("ab", "abc") == pytest.approx(100 * (10 / 14 + 2.5 / 4.5) / 3)
    # Beta 2 weighs recall: the longer hypothesis covering the reference scores higher.
    assert chrf("abc", "ab") == pytest.approx(100 * (10 / 11 + 2.5 / 3) / 3)
    assert chrf("abc", "ab") > chrf("ab", "abc")


def test_whitespace_does_not_count() -> None:
    assert chrf("func F() {\n\treturn\n}", "func F(){ return }") == 100.0
    assert chrf("", "   ") == 100.0
    assert chrf("", "x") == 0.0


def test_partial_overlap_is_between() -> None:
    score = chrf("return a + b", "return a - b")
    assert 0.0 < score < 100.0


def test_exact_match_normalises_whitespace_only() -> None:
    assert exact_match("func F() int {\n\treturn 1\n}\n", "func F() int { return 1 }")
    assert not exact_match("func F() int { return 1 }", "func F() int { return 2 }")
    assert not exact_match("a b", "ab")
