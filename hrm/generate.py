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
    # True when the model emitted <eos>; False when max_length, should_stop or a loop cut
    # it short.
    finished: bool
    # Mean and lowest log-probability of the emitted tokens (<eos> included): how sure the
    # model was along the way (calibration reads them).
    mean_logprob: float = 0.0
    min_logprob: float = 0.0
    # True when decoding stopped because the answer had started to repeat itself.
    looped: bool = False


# Repetition stop: the last LOOP_SPAN+ tokens are LOOP_REPEATS+ copies of one period of at most
# LOOP_MAX_PERIOD tokens. Written code repeats short runs (closing braces, tabs), not a
# 32-token block four times in a row; a small model caught in a loop does.
LOOP_SPAN = 32
LOOP_REPEATS = 4
LOOP_MAX_PERIOD = 64


def loop_start(ids: Sequence[int]) -> int | None:
    """Where the repetition at the end of ``ids`` becomes redundant (one copy of the period
    kept), or None when ``ids`` does not end in a loop."""
    n = len(ids)
    last = ids[-1] if ids else None
    for period in range(1, min(LOOP_MAX_PERIOD, n // LOOP_REPEATS) + 1):
        if ids[n - 1 - period] != last:
            continue
        repeats = max(LOOP_REPEATS, -(-LOOP_SPAN // period))
        span = period * repeats
        if span > n:
            continue
        tail = ids[n - span :]
        if all(tail[i] == tail[i - period] for i in range(period, span)):
            # Extend back over earlier copies of the same period.
            start = n - span
            while start >= period and ids[start - period : start] == tail[:period]:
                start -= period
            return start + period
    return None


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
    looped = [False] * b
    logprobs: list[list[float]] = [[] for _ in range(b)]
    streamer = _Streamer(tokenizer, on_token) if on_token is not None else None
    seq = input_ids
    for step in range(max_length):
        if should_stop is not None and should_stop():
            break
        allowed = logits.masked_fill(banned, float("-inf"))
        tokens = _pick(allowed, temperature, top_k, gen)
        q_prob = torch.sigmoid(q).tolist()
        chosen = torch.log_softmax(allowed.float(), -1).gather(1, tokens[:, None])[:, 0].tolist()
        for i, tok in enumerate(tokens.tolist()):
            if done[i]:
                continue
            # The Q head at the position that emits <eos> judges the whole response.
            confidence[i] = q_prob[i]
            logprobs[i].append(chosen[i])
            if tok == tokenizer.eos_id:
                done[i] = True
                continue
            outputs[i].append(tok)
            cut = loop_start(outputs[i])
            if cut is not None:
                del outputs[i][cut:]
                done[i] = looped[i] = True
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
        Generation(
            tokenizer.decode(ids),
            confidence[i],
            len(ids),
            done[i] and not looped[i],
            sum(logprobs[i]) / max(1, len(logprobs[i])),
            min(logprobs[i], default=0.0),
            looped[i],
        )
        for i, ids in enumerate(outputs)
    ]
