"""Autoregressive decoding of Go from Java: batched, cached, cancellable, streaming."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import torch
from torch import Tensor

from l2j_lsp.hrm.tokenizer import PAD_ID, Tokenizer

if TYPE_CHECKING:
    from l2j_lsp.hrm.model import HierarchicalReasoningModel


@dataclass
class Generation:
    text: str
    # Sigmoid of the Q head where the model ended the response: its estimate that this Go is
    # exactly right.
    confidence: float
    tokens: int
    # True when the model emitted <eos>; False when max_length or should_stop cut it short.
    finished: bool


def _pick(
    logits: Tensor, temperature: float, top_k: int | None, gen: torch.Generator | None
) -> Tensor:
    if temperature <= 0:
        return logits.argmax(-1)
    logits = logits / temperature
    if top_k is not None and top_k < logits.shape[-1]:
        kth = logits.topk(top_k, dim=-1).values[:, -1:]
        logits = logits.masked_fill(logits < kth, float("-inf"))
    probs = torch.softmax(logits, dim=-1)
    return torch.multinomial(probs, 1, generator=gen).squeeze(-1)


class _Streamer:
    """Turns token ids into text deltas, holding back an incomplete UTF-8 character."""

    def __init__(self, tokenizer: Tokenizer, callback: Callable[[int, str], None]) -> None:
        self.tokenizer = tokenizer
        self.callback = callback
        self.sent = 0

    def push(self, ids: list[int]) -> None:
        text = self.tokenizer.decode(ids)
        if text.endswith("\ufffd"):
            return
        if len(text) > self.sent:
            self.callback(len(ids), text[self.sent :])
            self.sent = len(text)


@torch.no_grad()
def generate_batch(
    model: HierarchicalReasoningModel,
    tokenizer: Tokenizer,
    java_codes: Sequence[str],
    max_length: int = 512,
    temperature: float = 0.0,
    top_k: int | None = None,
    source_id: int = 0,
    should_stop: Callable[[], bool] | None = None,
    on_token: Callable[[int, str], None] | None = None,
    use_cache: bool = True,
    seed: int | None = None,
) -> list[Generation]:
    """Decode each Java input to Go. Prompts are left-padded so every row's next token lands
    in the same column; ``on_token`` streams the first row only (meant for single inputs)."""
    if not java_codes:
        return []
    dev = model.device
    prompts = [[tokenizer.bos_id, *tokenizer.encode(j), tokenizer.sep_id] for j in java_codes]
    b, width = len(prompts), max(len(p) for p in prompts)
    input_ids = torch.full((b, width), PAD_ID, dtype=torch.long)
    for i, p in enumerate(prompts):
        input_ids[i, width - len(p) :] = torch.tensor(p)
    input_ids = input_ids.to(dev)
    prefix_lens = torch.tensor([len(p) for p in prompts], device=dev)
    source_ids = torch.full((b,), source_id, dtype=torch.long, device=dev)
    gen = None
    if seed is not None:
        gen = torch.Generator(device=dev)
        gen.manual_seed(seed)

    if use_cache:
        capacity = model.config.puzzle_emb_len + width + max_length
        logits, q, state = model.prefill(input_ids, prefix_lens, source_ids, capacity)
    else:
        out = model(input_ids, prefix_lens, source_ids)
        logits, q = out.logits[:, -1], out.q_logit

    # Never emit <pad>/<bos>/<sep>, nor embedding rows beyond the tokenizer's vocabulary
    # (a BPE may learn fewer tokens than the model has rows).
    banned = torch.zeros(logits.shape[-1], dtype=torch.bool, device=dev)
    banned[[tokenizer.pad_id, tokenizer.bos_id, tokenizer.sep_id]] = True
    banned[tokenizer.vocab_size :] = True

    outputs: list[list[int]] = [[] for _ in range(b)]
    confidence = [0.0] * b
    done = [False] * b
    streamer = _Streamer(tokenizer, on_token) if on_token is not None else None
    seq = input_ids
    for step in range(max_length):
        if should_stop is not None and should_stop():
            break
        tokens = _pick(logits.masked_fill(banned, float("-inf")), temperature, top_k, gen)
        q_prob = torch.sigmoid(q).tolist()
        for i, tok in enumerate(tokens.tolist()):
            if done[i]:
                continue
            # The Q head at the position that emits <eos> judges the whole response.
            confidence[i] = q_prob[i]
            if tok == tokenizer.eos_id:
                done[i] = True
            else:
                outputs[i].append(tok)
        if streamer is not None and not done[0]:
            streamer.push(outputs[0])
        if all(done) or step == max_length - 1:
            break
        # Finished rows keep decoding <eos> in lockstep; their outputs are ignored.
        tokens = torch.where(torch.tensor(done, device=dev), tokenizer.eos_id, tokens)
        if use_cache:
            logits, q = model.decode_step(state, tokens)
        else:
            seq = torch.cat((seq, tokens[:, None]), dim=1)
            out = model(seq, prefix_lens, source_ids)
            logits, q = out.logits[:, -1], out.q_logit
    return [
        Generation(tokenizer.decode(ids), confidence[i], len(ids), done[i])
        for i, ids in enumerate(outputs)
    ]
