"""Tokenizers: raw bytes for the small configs, byte-level BPE trained locally for the big one.

Both are lossless on any text (tabs, CRLF, unicode) because they work on UTF-8 bytes, and
both serialise to JSON so the checkpoint carries its own tokenizer.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from tokenizers import Regex, decoders, models, pre_tokenizers, trainers
from tokenizers import Tokenizer as HFTokenizer

from l2j_lsp.hrm.postedit import MARKS

PAD, BOS, SEP, EOS = "<pad>", "<bos>", "<sep>", "<eos>"
SPECIAL_TOKENS = (PAD, BOS, SEP, EOS)
PAD_ID, BOS_ID, SEP_ID, EOS_ID = range(len(SPECIAL_TOKENS))
_N_SPECIAL = len(SPECIAL_TOKENS)


class Tokenizer:
    """Text <-> ids. Special tokens take ids 0..3 in both kinds; text never produces them
    (a literal ``<eos>`` in Java source is encoded as ordinary text)."""

    def __init__(self, kind: str, bpe: HFTokenizer | None = None) -> None:
        if kind not in ("bytes", "bpe") or (kind == "bpe") != (bpe is not None):
            raise ValueError("Tokenizer kind must be 'bytes', or 'bpe' with a trained model")
        self.kind = kind
        self._bpe = bpe
        if bpe is not None:
            for i, tok in enumerate(SPECIAL_TOKENS):
                if bpe.token_to_id(tok) != i:
                    raise ValueError(f"BPE tokenizer must have {tok} at id {i}")
            bpe.encode_special_tokens = True
        self.pad_id, self.bos_id, self.sep_id, self.eos_id = PAD_ID, BOS_ID, SEP_ID, EOS_ID

    @classmethod
    def bytes(cls) -> Tokenizer:
        return cls("bytes")

    @classmethod
    def train_bpe(cls, texts: Iterable[str], vocab_size: int) -> Tokenizer:
        """Train a byte-level BPE on ``texts`` locally (no downloads)."""
        tok = HFTokenizer(models.BPE())
        # The post-edit prompt's marks stand alone (one token each, never merged), then the
        # GPT-2 word split keeps merges inside words/whitespace runs; add_prefix_space off
        # keeps the round trip exact.
        tok.pre_tokenizer = pre_tokenizers.Sequence(
            [
                pre_tokenizers.Split(Regex(f"[{MARKS}]"), behavior="isolated"),
                pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=True),
            ]
        )
        tok.decoder = decoders.ByteLevel()
        trainer = trainers.BpeTrainer(
            vocab_size=vocab_size,
            special_tokens=list(SPECIAL_TOKENS),
            initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
            show_progress=False,
        )
        tok.train_from_iterator(texts, trainer=trainer)
        return cls("bpe", tok)

    @property
    def vocab_size(self) -> int:
        if self._bpe is None:
            return _N_SPECIAL + 256
        return int(self._bpe.get_vocab_size(with_added_tokens=True))

    def encode(self, text: str) -> list[int]:
        if self._bpe is None:
            return [b + _N_SPECIAL for b in text.encode("utf-8")]
        return list(self._bpe.encode(text, add_special_tokens=False).ids)

    def decode(self, ids: Sequence[int]) -> str:
        """Text of ``ids``, special tokens dropped; an incomplete UTF-8 tail shows as U+FFFD."""
        if self._bpe is None:
            data = bytes(i - _N_SPECIAL for i in ids if _N_SPECIAL <= i < _N_SPECIAL + 256)
            return data.decode("utf-8", errors="replace")
        return str(self._bpe.decode([int(i) for i in ids], skip_special_tokens=True))

    def to_json(self) -> str:
        if self._bpe is None:
            return json.dumps({"kind": "bytes"})
        return json.dumps({"kind": "bpe", "model": self._bpe.to_str()})

    @classmethod
    def from_json(cls, data: str) -> Tokenizer:
        obj = json.loads(data)
        if obj.get("kind") == "bytes":
            return cls.bytes()
        if obj.get("kind") == "bpe":
            return cls("bpe", HFTokenizer.from_str(obj["model"]))
        raise ValueError(f"unknown tokenizer kind {obj.get('kind')!r}")
