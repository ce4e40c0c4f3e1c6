"""A copy head: the response may copy tokens of the prompt (a pointer-generator).

Post-editing a draft is mostly copying. A small model learns to copy through attention only
after many steps; here copying is built in. Each answer position attends over the prompt's
tokens and may emit the token it points at. The score of prompt position ``j`` for the query
at answer position ``i`` grows with ``L[i, j]``, the length of the common suffix of the
answer so far and the prompt before ``j``:

    L[i, j] = [x[j-1] == x[i]] * (L[i-1, j-1] + 1)          (0 before the answer starts)
    score   = sum(strength[:min(L, K)]) + long * log(1 + max(L - K, 0))
              + draft_bias * [j in the draft]
              + 4 tanh((W_q h[i]) . (W_k h[j-1]) / (4 sqrt(copy_dim)))

An untrained head therefore goes on writing the draft from where the answer has been
following it: the position that continues the longest run wins, so a phrase the draft holds
twice does not send it back to the earlier copy. Training learns where to leave the draft.
The answer's first query is the ``<sep>`` token; it counts as ``anchor_id`` (the token that
opens the draft in the prompt), so the first copied token is the draft's first, and copying
``end_id`` (the token that closes the draft) emits ``<eos>``. A gate mixes the copy
distribution with the LM head's, ``p = g * softmax(lm) + (1 - g) * copy``, returned as
log-probabilities, which serve as logits everywhere (loss, argmax, sampling).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from l2j_lsp.hrm.layers import lecun_linear
from l2j_lsp.hrm.tokenizer import BOS_ID, EOS_ID, PAD_ID, SEP_ID

# Initial match strengths: one matching token outweighs ~3000 unmatched positions, each of
# the next K-1 adds to it, and longer runs keep growing (log).
FIRST_MATCH_INIT = 8.0
LONGER_MATCH_INIT = 3.0
# Initial preference for the draft over the Java and the context at equal matches.
DRAFT_BIAS_INIT = 4.0
# Largest magnitude of the learned score (hrm.copy.CopyHead.attention).
LEARNED_BOUND = 4.0
# Initial gate bias: copy with probability ~0.88 before training says otherwise.
GATE_BIAS_INIT = -2.0
# Where the copy distribution is 0 and the LM's underflows: keep log() finite.
MIN_PROB = 1e-30
# Stand-in for "no token before this position": never equal to a query token.
_NO_TOKEN = -1


@dataclass
class CopySource:
    """What the answer may copy: one entry per prompt position ``j``."""

    keys: Tensor  # [B, P, copy_dim]: W_k h[j-1]
    before: Tensor  # [B, P]: x[j-1]
    tokens: Tensor  # [B, P]: x[j], what copying from j emits
    valid: Tensor  # [B, P] bool: a prompt token that may be copied
    in_draft: Tensor  # [B, P] bool: after the draft's opening mark


class CopyHead(nn.Module):
    def __init__(
        self, hidden_size: int, copy_dim: int, context: int, anchor_id: int, end_id: int
    ) -> None:
        super().__init__()
        self.copy_dim = copy_dim
        self.context = context
        self.anchor_id = anchor_id
        self.end_id = end_id
        self.q = nn.Linear(hidden_size, copy_dim, bias=False)
        # Zero query weights: the learned term starts at 0 (the match decides alone) and
        # still gets gradient, since the keys are not zero.
        nn.init.zeros_(self.q.weight)
        self.k = lecun_linear(hidden_size, copy_dim)
        self.strength = nn.Parameter(
            torch.tensor([FIRST_MATCH_INIT] + [LONGER_MATCH_INIT] * (context - 1))
        )
        self.long = nn.Parameter(torch.tensor(LONGER_MATCH_INIT))
        self.draft_bias = nn.Parameter(torch.tensor(DRAFT_BIAS_INIT))
        self.gate = nn.Linear(hidden_size, 1)
        nn.init.zeros_(self.gate.weight)
        nn.init.constant_(self.gate.bias, GATE_BIAS_INIT)
        # Added to the gate's copy side at inference: how strongly to stay with the draft
        # (chosen on held-out pairs after training, hrm.calibration); 0 in training.
        self.gate_shift = 0.0

    def priors(self) -> list[nn.Parameter]:
        """The match strengths and the draft bias: what makes the head follow the draft."""
        return [self.strength, self.long, self.draft_bias]

    def canonical(self, ids: Tensor) -> Tensor:
        """Query tokens: ``<sep>`` (the answer's start) stands for the draft's opener."""
        if self.anchor_id < 0:
            return ids
        return torch.where(ids == SEP_ID, torch.full_like(ids, self.anchor_id), ids)

    def source(self, h: Tensor, ids: Tensor, prompt: Tensor) -> CopySource:
        """Copy entries of positions ``0..S-1`` from hidden states ``h`` [B, S, d] and token
        ids [B, S]; ``prompt`` [B, S] marks the prompt positions (copyable ones are those
        that are not padding, ``<bos>`` or ``<sep>``)."""
        h_prev = torch.cat((torch.zeros_like(h[:, :1]), h[:, :-1]), dim=1)
        before = torch.cat((torch.full_like(ids[:, :1], _NO_TOKEN), ids[:, :-1]), dim=1)
        before = before.masked_fill(before == PAD_ID, _NO_TOKEN)
        opener = ids == self.anchor_id
        # The opening mark itself is never written; copying the closing one ends the answer.
        valid = prompt & ~opener & (ids != PAD_ID) & (ids != BOS_ID) & (ids != SEP_ID)
        emits = torch.where(ids == self.end_id, torch.full_like(ids, EOS_ID), ids)
        in_draft = opener.long().cumsum(1) > 0
        return CopySource(self.k(h_prev), before, emits, valid, in_draft)

    def step(self, lengths: Tensor | None, tokens: Tensor, src: CopySource) -> Tensor:
        """Match lengths [B, P] of the query that reads ``tokens`` [B], from those of the
        query before it (None: the answer starts here)."""
        same = (src.before == self.canonical(tokens)[:, None]).long()
        if lengths is None:
            return same
        carried = torch.cat((torch.zeros_like(lengths[:, :1]), lengths[:, :-1]), dim=1)
        return same * (carried + 1)

    @torch.no_grad()
    def lengths(self, ids: Tensor, starts: Tensor, src: CopySource) -> Tensor:
        """Match lengths [B, T, P] of queries reading ``ids`` [B, T]; each row's answer
        starts at column ``starts`` [B] (earlier columns match nothing)."""
        out = torch.zeros(*ids.shape, src.before.shape[1], dtype=torch.long, device=ids.device)
        previous: Tensor | None = None
        for t in range(ids.shape[1]):
            current = self.step(previous, ids[:, t], src) * (t >= starts)[:, None]
            out[:, t] = current
            previous = current
        return out

    def attention(self, h: Tensor, lengths: Tensor, src: CopySource) -> Tensor:
        """Copy attention [B, T, P] of ``T`` queries per row: hidden states [B, T, d] and
        their match lengths [B, T, P]."""
        raw = torch.einsum("btc,bpc->btp", self.q(h).float(), src.keys.float())
        # Bounded: the learned term breaks ties and may overrule a short match, never a run
        # of several matched tokens (a jump there drops the draft's content in between).
        learned = LEARNED_BOUND * torch.tanh(raw / (LEARNED_BOUND * math.sqrt(self.copy_dim)))
        # sum(strength[:L]) for L up to K, by lookup in the running sum.
        running = torch.cat((self.strength.new_zeros(1), self.strength.cumsum(0)))
        matched = F.embedding(lengths.clamp(max=self.context), running[:, None]).squeeze(-1)
        beyond = torch.log1p((lengths - self.context).clamp(min=0).float())
        scores = learned + matched + self.long * beyond + self.draft_bias * src.in_draft[:, None, :]
        valid = src.valid[:, None, :]
        # A large finite negative, not -inf: a row with nothing to copy must not give NaN.
        return torch.softmax(scores.masked_fill(~valid, -1e4), dim=-1) * valid

    def mix(self, lm_logits: Tensor, h: Tensor, attn: Tensor, tokens: Tensor) -> Tensor:
        """Log-probabilities [..., V] of the gated mixture, for LM logits [..., V], hidden
        states [..., d], copy attention [..., P] and the tokens it points at [..., P]."""
        copy = torch.zeros_like(lm_logits).scatter_add_(-1, tokens, attn)
        g = torch.sigmoid(self.gate(h).float() - self.gate_shift)
        probs = g * torch.softmax(lm_logits, dim=-1) + (1 - g) * copy
        return probs.clamp_min(MIN_PROB).log()
