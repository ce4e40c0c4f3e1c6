"""Turning Java/Go pairs into model inputs: ``<bos> java <sep> go <eos>`` and padded batches."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import torch
from torch import Tensor

from l2j_lsp.hrm.model import IGNORE_INDEX
from l2j_lsp.hrm.sources import SOURCE_CORRECTED
from l2j_lsp.hrm.tokenizer import PAD_ID, Tokenizer


@dataclass
class EncodedPair:
    input_ids: list[int]
    prefix_len: int  # tokens of <bos> java <sep>
    labels: list[int]  # the token at Go and <eos> positions, IGNORE_INDEX elsewhere
    source_id: int = SOURCE_CORRECTED
    truncated: bool = False


@dataclass
class Batch:
    input_ids: Tensor  # [B, T] right-padded with <pad>
    prefix_lens: Tensor  # [B]
    labels: Tensor  # [B, T]
    source_ids: Tensor  # [B]

    def to(self, device: torch.device | str) -> Batch:
        return Batch(
            self.input_ids.to(device),
            self.prefix_lens.to(device),
            self.labels.to(device),
            self.source_ids.to(device),
        )


def encode_pair(
    tokenizer: Tokenizer,
    java: str,
    go: str,
    max_len: int,
    source_id: int = SOURCE_CORRECTED,
    keep_prompt_end: bool = False,
) -> EncodedPair:
    """Encode one pair in at most ``max_len`` tokens.

    Too long: the Java keeps at least half the budget (the model must see what it
    translates), the Go gets the rest; a cut Go loses its ``<eos>`` so the model is never
    taught to stop mid-function. The Java loses its end, or with ``keep_prompt_end`` its
    start (a post-editing prompt ends with the draft, the part most worth keeping).
    """
    j, g = tokenizer.encode(java), tokenizer.encode(go)
    budget = max_len - 3  # <bos> <sep> <eos>
    if budget < 2:
        raise ValueError("max_len is too small for a pair")
    java_len = len(j)
    if len(j) + len(g) > budget:
        keep = max(budget - len(g), budget // 2)
        j = j[len(j) - keep :] if keep_prompt_end else j[:keep]
    go_cut = len(j) + len(g) > budget
    if go_cut:
        g = g[: budget + 1 - len(j)]  # +1: the <eos> slot is free when Go is cut anyway
    ids = [tokenizer.bos_id, *j, tokenizer.sep_id, *g]
    if not go_cut:
        ids.append(tokenizer.eos_id)
    prefix_len = len(j) + 2
    labels = [IGNORE_INDEX] * prefix_len + ids[prefix_len:]
    return EncodedPair(ids, prefix_len, labels, source_id, go_cut or len(j) < java_len)


def collate(pairs: Sequence[EncodedPair]) -> Batch:
    """Right-pad a list of pairs into one batch."""
    width = max(len(p.input_ids) for p in pairs)
    b = len(pairs)
    input_ids = torch.full((b, width), PAD_ID, dtype=torch.long)
    labels = torch.full((b, width), IGNORE_INDEX, dtype=torch.long)
    for i, p in enumerate(pairs):
        input_ids[i, : len(p.input_ids)] = torch.tensor(p.input_ids)
        labels[i, : len(p.labels)] = torch.tensor(p.labels)
    return Batch(
        input_ids,
        torch.tensor([p.prefix_len for p in pairs]),
        labels,
        torch.tensor([p.source_id for p in pairs]),
    )
