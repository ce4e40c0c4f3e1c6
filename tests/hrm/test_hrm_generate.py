"""Decoding: batching, caching, streaming, cancellation, sampling."""

from __future__ import annotations

import torch

from l2j_lsp.hrm.model import DecodeState
from tests.hrm.helpers import random_model

JAVA = [
    "int getHp() { return hp; }",
    "x",
    "public static long fib(long n) {\n\treturn n < 2 ? n : fib(n - 1) + fib(n - 2);\n}",
]


def test_batched_generation_equals_per_item() -> None:
    model = random_model(seed=3)
    batch = model.generate_batch(JAVA, max_length=40)
    for java, gen in zip(JAVA, batch, strict=True):
        single = model.generate_with_confidence(java, max_length=40)
        assert gen.text == single.text
        assert gen.tokens == single.tokens
        assert abs(gen.confidence - single.confidence) < 1e-4


def test_cached_and_uncached_generation_agree() -> None:
    model = random_model(seed=4)
    cached = model.generate_batch(JAVA, max_length=30)
    uncached = model.generate_batch(JAVA, max_length=30, use_cache=False)
    assert [g.text for g in cached] == [g.text for g in uncached]
    pairs = zip(cached, uncached, strict=True)
    assert all(abs(a.confidence - b.confidence) < 1e-4 for a, b in pairs)


def test_streaming_adds_up_to_the_result_and_stop_is_prompt() -> None:
    model = random_model(seed=5)
    pieces: list[str] = []
    counts: list[int] = []

    def on_token(n: int, text: str) -> None:
        counts.append(n)
        pieces.append(text)

    gen = model.generate_with_confidence(JAVA[0], max_length=25, on_token=on_token)
    assert "".join(pieces) == gen.text and counts == sorted(counts)
    assert 0.0 <= gen.confidence <= 1.0

    calls = 0

    def should_stop() -> bool:
        nonlocal calls
        calls += 1
        return calls > 3

    stopped = model.generate_with_confidence(JAVA[0], max_length=25, should_stop=should_stop)
    assert stopped.tokens == 3 and not stopped.finished
    assert model.generate(JAVA[0], max_length=25) == gen.text


def test_sampling_is_seeded_and_top_k_1_is_greedy() -> None:
    model = random_model(seed=6)
    a = model.generate(JAVA[0], max_length=20, temperature=1.0, seed=11)
    b = model.generate(JAVA[0], max_length=20, temperature=1.0, seed=11)
    c = model.generate(JAVA[0], max_length=20, temperature=1.0, seed=12)
    assert a == b and a != c
    greedy = model.generate(JAVA[0], max_length=20)
    assert model.generate(JAVA[0], max_length=20, temperature=0.7, top_k=1, seed=1) == greedy


def test_special_and_spare_tokens_are_never_emitted() -> None:
    from l2j_lsp.hrm import HierarchicalReasoningModel, HRMConfig, Tokenizer
    from l2j_lsp.hrm.tokenizer import BOS_ID, PAD_ID, SEP_ID

    tok = Tokenizer.train_bpe(["int getX() { return x; }"] * 5, 300)
    assert tok.vocab_size < 280  # the model below has spare embedding rows
    model = HierarchicalReasoningModel(
        HRMConfig.preset("test", tokenizer="bpe", vocab_size=300), tok
    ).eval()
    with torch.no_grad():
        model.H.norm.weight.zero_()  # every logit 0: sampling is uniform over what is allowed
    picked: list[int] = []
    step = model.decode_step

    def spy(state: DecodeState, tokens: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        picked.extend(tokens.tolist())
        return step(state, tokens)

    model.decode_step = spy  # type: ignore[method-assign]
    greedy = model.generate_with_confidence("int a;", max_length=5)
    # All logits tie: argmax would pick <pad> (id 0); the first allowed id is <eos>.
    assert greedy.finished and greedy.tokens == 0
    model.generate("int a;", max_length=120, temperature=1.0, seed=0)
    assert len(picked) > 20
    assert not {PAD_ID, BOS_ID, SEP_ID} & set(picked)
    assert max(picked) < tok.vocab_size
