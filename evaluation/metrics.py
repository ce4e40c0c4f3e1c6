"""Text similarity for translations without tests: exact match and chrF.

chrF (Popović, 2015) is the F-score of character n-grams, n = 1..6, recall weighted by
beta = 2. Whitespace is removed first (as chrF does), so layout does not count. Per order n
the precision and recall give an F-score; chrF is their mean over the orders that either
text has n-grams of, times 100. An order only one text has scores 0 there, so a short
hypothesis is not rewarded for having no long n-grams to get wrong.
"""

from __future__ import annotations

from collections import Counter

CHRF_ORDER = 6
CHRF_BETA = 2.0


def normalize_whitespace(text: str) -> str:
    return " ".join(text.split())


def exact_match(hypothesis: str, reference: str) -> bool:
    """Equal once runs of whitespace count as one space and the ends are trimmed."""
    return normalize_whitespace(hypothesis) == normalize_whitespace(reference)


def _ngrams(text: str, n: int) -> Counter[str]:
    return Counter(text[i : i + n] for i in range(len(text) - n + 1))


def chrf(
    hypothesis: str, reference: str, order: int = CHRF_ORDER, beta: float = CHRF_BETA
) -> float:
    """chrF in 0..100 (100: the same characters in the same order, whitespace aside)."""
    hyp = "".join(hypothesis.split())
    ref = "".join(reference.split())
    if not hyp and not ref:
        return 100.0
    scores: list[float] = []
    for n in range(1, order + 1):
        hyp_grams, ref_grams = _ngrams(hyp, n), _ngrams(ref, n)
        if not hyp_grams and not ref_grams:
            continue
        matches = sum((hyp_grams & ref_grams).values())
        if matches == 0:
            scores.append(0.0)
            continue
        precision = matches / sum(hyp_grams.values())
        recall = matches / sum(ref_grams.values())
        b2 = beta * beta
        scores.append((1 + b2) * precision * recall / (b2 * precision + recall))
    return 100.0 * sum(scores) / len(scores)
