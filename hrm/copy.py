"""A copy head: the response may copy tokens of the prompt (a pointer-generator).

Post-editing a draft is mostly copying. A small model learns to copy through attention only
after many steps; here copying is built in. Each response position attends over the prompt's
tokens and may emit the token it points at. The score of prompt position ``j`` for the query
at response position ``i`` grows with the length of the common context: for ``k = 1..K``

    strength[k] * [x[j-1] == x[i], x[j-2] == x[i-1], ..., x[j-k] == x[i-k+1]]

(the longest match of the last tokens written with the tokens before ``j``), plus a bias
for positions in the draft (after ``anchor_id``), plus a learned
``(W_q h[i]) . (W_k h[j-1]) / sqrt(copy_dim)``. So an untrained head already goes on writing
the draft from where the last tokens were seen (the "induction" pattern, hard-wired, with up
to ``K`` tokens of context to tell repeated spots apart), and training learns where to leave
it. The response's first query is the ``<sep>`` token; it counts as ``anchor_id`` (the token
that opens the draft in the prompt), so the first copied token is the draft's first. A gate
mixes the copy distribution with the LM head's (copying the ``end_id`` token that closes the
draft emits ``<eos>``): ``p = g * softmax(lm) + (1 - g) * copy``,
returned as log-probabilities, which serve as logits everywhere (loss, argmax, sampling).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch
from torch import Tensor, nn

from l2j_lsp.hrm.layers import lecun_linear
from l2j_lsp.hrm.tokenizer import BOS_ID, EOS_ID, PAD_ID, SEP_ID

# Initial match strengths by context length: one matching token outweighs ~3000 unmatched
# positions, each further one adds to it.
FIRST_MATCH_INIT = 8.0
LONGER_MATCH_INIT = 3.0
# Initial preference for the draft over the Java and the context at equal matches.
DRAFT_BIAS_INIT = 4.0
# Initial gate bias: copy with probability ~0.88 before training says otherwise.
GATE_BIAS_INIT = -2.0
# Where the copy distribution is 0 and the LM's underflows: keep log() finite.
MIN_PROB = 1e-30
# Stand-ins for "no token here" (before the start, padding) on either side: never equal.
_NO_QUERY_TOKEN = -1
_NO_SOURCE_TOKEN = -2


@dataclass
class CopySource:
    """What the response may copy: one entry per prompt position ``j``."""

    keys: Tensor  # [B, P, copy_dim]: W_k h[j-1]
    context: Tensor  # [B, P, K]: x[j-1], x[j-2], ..., x[j-K]
    tokens: Tensor  # [B, P]: x[j], what copying from j emits
    valid: Tensor  # [B, P] bool: a prompt token that may be copied
    in_draft: Tensor  # [B, P] bool: after the draft's opening mark


def _history(ids: Tensor, depth: int, missing: int) -> Tensor:
    """[B, S, depth]: for each position i the tokens x[i], x[i-1], ..., x[i-depth+1];
    ``missing`` before the start and for padding."""
    ids = ids.masked_fill(ids == PAD_ID, missing)
    pad = torch.full_like(ids[:, :1], missing).expand(-1, depth - 1)
    padded = torch.cat((pad, ids), dim=1)
    s = ids.shape[1]
    return torch.stack([padded[:, depth - 1 - k : depth - 1 - k + s] for k in range(depth)], -1)


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
        # Zero query weights: the learned term starts at 0 (the exact match decides alone)
        # and still gets gradient, since the keys are not zero.
        nn.init.zeros_(self.q.weight)
        self.k = lecun_linear(hidden_size, copy_dim)
        self.strength = nn.Parameter(
            torch.tensor([FIRST_MATCH_INIT] + [LONGER_MATCH_INIT] * (context - 1))
        )
        self.draft_bias = nn.Parameter(torch.tensor(DRAFT_BIAS_INIT))
        self.gate = nn.Linear(hidden_size, 1)
        nn.init.zeros_(self.gate.weight)
        nn.init.constant_(self.gate.bias, GATE_BIAS_INIT)

    def history(self, ids: Tensor) -> Tensor:
        """Query contexts [B, S, K] of positions ``ids`` [B, S]: the last K tokens written,
        ``<sep>`` (the response's start) standing for the draft's opener."""
        if self.anchor_id >= 0:
            ids = torch.where(ids == SEP_ID, torch.full_like(ids, self.anchor_id), ids)
        return _history(ids, self.context, _NO_QUERY_TOKEN)

    def push(self, history: Tensor, tokens: Tensor) -> Tensor:
        """The query context [B, K] after writing ``tokens`` [B]."""
        return torch.cat((tokens[:, None], history[:, :-1]), dim=1)

    def source(self, h: Tensor, ids: Tensor, prompt: Tensor) -> CopySource:
        """Copy entries of positions ``0..S-1`` from hidden states ``h`` [B, S, d] and token
        ids [B, S]; ``prompt`` [B, S] marks the prompt positions (copyable ones are those
        that are not padding, ``<bos>`` or ``<sep>``)."""
        h_prev = torch.cat((torch.zeros_like(h[:, :1]), h[:, :-1]), dim=1)
        before = _history(ids, self.context + 1, _NO_SOURCE_TOKEN)[..., 1:]
        opener = ids == self.anchor_id
        # The opening mark itself is never written; copying the closing one ends the answer.
        valid = prompt & ~opener & (ids != PAD_ID) & (ids != BOS_ID) & (ids != SEP_ID)
        emits = torch.where(ids == self.end_id, torch.full_like(ids, EOS_ID), ids)
        in_draft = opener.long().cumsum(1) > 0
        return CopySource(self.k(h_prev), before, emits, valid, in_draft)

    def attention(self, h: Tensor, history: Tensor, src: CopySource) -> Tensor:
        """Copy attention [B, T, P] of ``T`` queries per row: hidden states [B, T, d] and
        query contexts [B, T, K] (``history``)."""
        learned = torch.einsum("btc,bpc->btp", self.q(h).float(), src.keys.float())
        scores = learned / math.sqrt(self.copy_dim) + self.draft_bias * src.in_draft[:, None, :]
        matched: Tensor | None = None
        for k in range(self.context):
            same = src.context[:, None, :, k] == history[:, :, None, k]
            matched = same if matched is None else matched & same
            scores = scores + self.strength[k] * matched
        valid = src.valid[:, None, :]
        # A large finite negative, not -inf: a row with nothing to copy must not give NaN.
        return torch.softmax(scores.masked_fill(~valid, -1e4), dim=-1) * valid

    def mix(self, lm_logits: Tensor, h: Tensor, attn: Tensor, tokens: Tensor) -> Tensor:
        """Log-probabilities [..., V] of the gated mixture, for LM logits [..., V], hidden
        states [..., d], copy attention [..., P] and the tokens it points at [..., P]."""
        copy = torch.zeros_like(lm_logits).scatter_add_(-1, tokens, attn)
        g = torch.sigmoid(self.gate(h).float())
        probs = g * torch.softmax(lm_logits, dim=-1) + (1 - g) * copy
        return probs.clamp_min(MIN_PROB).log()
