"""Tokenizers are lossless on code and travel as JSON."""

from __future__ import annotations

import pytest

from l2j_lsp.hrm import Tokenizer
from l2j_lsp.hrm.tokenizer import BOS_ID, EOS_ID, PAD_ID, SEP_ID

SAMPLES = [
    "public final class L2Item {\r\n\tprivate int _count; // Zählung ✓\r\n}\r\n",
    "func (i *L2Item) Count() int {\n\treturn i.count // 数量 🗡️\n}\n",
    "\t\t  mixed \t whitespace\r\n\r\n trailing   ",
    'String s = "<eos> <pad> <sep>";',
    "",
]


def _corpus() -> list[str]:
    return SAMPLES * 20 + [f"int get{n}() {{ return {n}; }}" for n in range(200)]


@pytest.mark.parametrize("kind", ["bytes", "bpe"])
def test_round_trip(kind: str) -> None:
    tok = Tokenizer.bytes() if kind == "bytes" else Tokenizer.train_bpe(_corpus(), 400)
    for text in SAMPLES:
        ids = tok.encode(text)
        assert tok.decode(ids) == text
        # Text never yields a special token, even when it spells one.
        assert not {PAD_ID, BOS_ID, SEP_ID, EOS_ID} & set(ids)
        assert all(0 <= i < tok.vocab_size for i in ids)
    again = Tokenizer.from_json(tok.to_json())
    assert again.vocab_size == tok.vocab_size
    assert all(again.encode(t) == tok.encode(t) for t in SAMPLES)


def test_bpe_is_shorter_than_bytes_and_keeps_special_ids() -> None:
    bpe = Tokenizer.train_bpe(_corpus(), 400)
    assert bpe.vocab_size == 400
    text = SAMPLES[0]
    assert len(bpe.encode(text)) < len(Tokenizer.bytes().encode(text)) / 2
    assert bpe.decode([BOS_ID, *bpe.encode("abc"), EOS_ID]) == "abc"
    assert Tokenizer.bytes().vocab_size == 260


def test_unknown_tokenizer_json_is_rejected() -> None:
    with pytest.raises(ValueError):
        Tokenizer.from_json('{"kind": "sentencepiece"}')
