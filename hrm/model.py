"""The generative Hierarchical Reasoning Model: a PrefixLM over ``<bos> java <sep> go <eos>``.

Every position carries two recurrent states, z_H (slow) and z_L (fast). One segment runs
``H_cycles`` times: ``L_cycles`` calls of ``z_L = L(z_L, z_H + x)`` then ``z_H = H(z_H, z_L)``.
Each call is a stack of transformer blocks with the PrefixLM mask (prompt bidirectional,
response causal), so the whole recurrence is causal over the response and next-token
decoding can cache keys/values per module call. ``N_sup`` segments run one after the other
with the carry detached between them (deep supervision); each gets its own LM loss and a
Q-head loss. Only the last ``grad_depth`` module calls of a segment build a graph.
"""

from __future__ import annotations

import contextlib
import logging
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from l2j_lsp.hrm.calibration import Calibration, features
from l2j_lsp.hrm.checkpoint import CheckpointError, load_checkpoint, save_checkpoint
from l2j_lsp.hrm.config import HRMConfig
from l2j_lsp.hrm.copy import CopyHead, CopySource
from l2j_lsp.hrm.generate import Generation, generate_batch
from l2j_lsp.hrm.layers import (
    Block,
    KVCache,
    RMSNorm,
    Rope,
    lecun_linear,
    rope_tables,
    trunc_normal_init_,
)
from l2j_lsp.hrm.postedit import DRAFT_START, post_edit_prompt
from l2j_lsp.hrm.sources import SOURCE_CORRECTED
from l2j_lsp.hrm.tokenizer import PAD_ID, Tokenizer

IGNORE_INDEX = -100


@dataclass
class HRMOutput:
    """``logits`` and ``q_logit`` [B] come from the last segment; ``loss`` sums the LM and
    weighted Q losses of all segments (None without labels). ``logits`` is [B, T, V]
    without labels; with labels only the N labelled positions get the vocabulary-wide head,
    and ``logits`` is [N, V] in row-major order (``labels`` shifted, then masked)."""

    loss: Tensor | None
    lm_loss: Tensor | None
    q_loss: Tensor | None
    logits: Tensor
    q_logit: Tensor
    metrics: dict[str, Tensor] = field(default_factory=dict)


@dataclass
class DecodeState:
    """KV caches of every module call of every segment, for one batch being decoded."""

    caches: list[list[list[KVCache]]]  # [segment][call][layer]
    key_valid: Tensor  # [B, capacity] bool: False for left padding
    length: int  # columns filled so far (source positions included)
    next_pos: Tensor  # [B] RoPE position of the next token
    capacity: int
    # With a copy head: what the answer may copy, and the last query's match lengths [B, P].
    copy_source: CopySource | None = None
    copy_lengths: Tensor | None = None


class ReasoningModule(nn.Module):
    """One recurrent module (H or L): add the injection, run pre-norm blocks, final norm."""

    def __init__(self, config: HRMConfig, num_layers: int) -> None:
        super().__init__()
        self.layers = nn.ModuleList(
            Block(config.hidden_size, config.num_heads, config.expansion, config.norm_eps)
            for _ in range(num_layers)
        )
        self.norm = RMSNorm(config.hidden_size, config.norm_eps)

    def forward(
        self,
        z: Tensor,
        injection: Tensor,
        rope: Rope,
        mask: Tensor | None,
        caches: list[KVCache] | None = None,
        capacity: int = 0,
    ) -> Tensor:
        h = z + injection
        for i, layer in enumerate(self.layers):
            h = layer(h, rope, mask, None if caches is None else caches[i], capacity)
        # The norm at the exit keeps the recurrent state bounded however many calls run.
        return self.norm(h)


class HierarchicalReasoningModel(nn.Module):
    def __init__(self, config: HRMConfig, tokenizer: Tokenizer | None = None) -> None:
        super().__init__()
        if tokenizer is None and config.tokenizer == "bytes":
            tokenizer = Tokenizer.bytes()
        # A BPE may learn fewer merges than asked for: spare embedding rows are harmless.
        if tokenizer is not None and (
            tokenizer.vocab_size > config.vocab_size or tokenizer.kind != config.tokenizer
        ):
            raise ValueError(
                f"{tokenizer.kind} tokenizer with {tokenizer.vocab_size} tokens does not fit "
                f"config (tokenizer={config.tokenizer!r}, vocab_size={config.vocab_size})"
            )
        self.config = config
        self.tokenizer = tokenizer
        # Set by load_from_checkpoint when training fitted one (hrm.calibration).
        self.calibration: Calibration | None = None
        d = config.hidden_size
        self.embed_scale = math.sqrt(d)
        self.embed_tokens = nn.Embedding(config.vocab_size, d)
        # std 1/sqrt(d) times the sqrt(d) scale gives unit-variance inputs, as in HRM.
        trunc_normal_init_(self.embed_tokens.weight, std=1.0 / self.embed_scale)
        # Zero init (as HRM's puzzle embedding): sources start identical and drift apart only
        # as far as the data asks.
        self.source_emb = nn.Embedding(config.num_sources, config.puzzle_emb_len * d)
        nn.init.zeros_(self.source_emb.weight)
        self.H = ReasoningModule(config, config.H_layers)
        self.L = ReasoningModule(config, config.L_layers)
        self.lm_head = lecun_linear(d, config.vocab_size)
        self.q_head = nn.Linear(d, 1)
        self.copy = (
            CopyHead(
                d, config.copy_dim, config.copy_context, config.copy_anchor_id, config.copy_end_id
            )
            if config.copy_head
            else None
        )
        # Weight 0, bias -5: "not confident" until the head has learned something.
        nn.init.zeros_(self.q_head.weight)
        nn.init.constant_(self.q_head.bias, -5.0)
        self.register_buffer("H_init", trunc_normal_init_(torch.empty(d), std=1.0))
        self.register_buffer("L_init", trunc_normal_init_(torch.empty(d), std=1.0))

    # ---------------------------------------------------------------- parameters and devices

    @property
    def device(self) -> torch.device:
        return self.embed_tokens.weight.device

    def num_parameters(self) -> int:
        return sum(p.numel() for p in self.parameters())

    def param_groups(
        self,
        weight_decay: float,
        source_lr: float | None = None,
        source_weight_decay: float | None = None,
    ) -> list[dict[str, Any]]:
        """Optimizer groups: the model, the source embedding with its own lr/decay (the seed
        config's ``puzzle_emb_lr`` / ``puzzle_emb_weight_decay``), and the copy head's match
        strengths and biases without decay (decay would pull the model away from the draft
        a little every step, whatever the data says)."""
        source = [self.source_emb.weight]
        undecayed = self.copy.priors() if self.copy is not None else []
        special = {id(p) for p in [*source, *undecayed]}
        main = [p for p in self.parameters() if id(p) not in special]
        source_group: dict[str, Any] = {
            "params": source,
            "name": "source_emb",
            "weight_decay": weight_decay if source_weight_decay is None else source_weight_decay,
        }
        if source_lr is not None:
            source_group["lr"] = source_lr
        groups = [{"params": main, "name": "main", "weight_decay": weight_decay}, source_group]
        if undecayed:
            groups.append({"params": undecayed, "name": "copy_priors", "weight_decay": 0.0})
        return groups

    def _autocast(self) -> contextlib.AbstractContextManager[Any]:
        # bf16 only on CUDA; CPU and MPS stay fp32 (CPU bf16 is slow, MPS support is patchy).
        if self.device.type == "cuda":
            return torch.autocast(device_type="cuda", dtype=torch.bfloat16)
        return contextlib.nullcontext()

    # ---------------------------------------------------------------- the recurrence

    def _embed(self, input_ids: Tensor, source_ids: Tensor | None) -> Tensor:
        x = self.embed_tokens(input_ids)
        p = self.config.puzzle_emb_len
        if p:
            if source_ids is None:
                source_ids = torch.full(
                    (input_ids.shape[0],), SOURCE_CORRECTED, device=input_ids.device
                )
            src = self.source_emb(source_ids).view(-1, p, self.config.hidden_size)
            x = torch.cat((src.to(x.dtype), x), dim=1)
        return x * self.embed_scale

    def _initial_carry(self, batch: int, length: int) -> tuple[Tensor, Tensor]:
        shape = (batch, length, self.config.hidden_size)
        h_init: Tensor = self.H_init  # type: ignore[assignment]
        l_init: Tensor = self.L_init  # type: ignore[assignment]
        return h_init.expand(shape), l_init.expand(shape)

    def _segment(
        self,
        z_H: Tensor,
        z_L: Tensor,
        x: Tensor,
        rope: Rope,
        mask: Tensor | None,
        grad_depth: int,
        caches: list[list[KVCache]] | None = None,
        capacity: int = 0,
    ) -> tuple[Tensor, Tensor]:
        """One segment of H_cycles x (L_cycles L calls + 1 H call).

        Calls before the last ``grad_depth`` run without a graph: their cost is forward only
        and the state they produce enters the graph as a constant.
        """
        cfg = self.config
        grad_on = torch.is_grad_enabled()
        first_grad = cfg.calls_per_segment - grad_depth
        call = 0
        for _ in range(cfg.H_cycles):
            for _ in range(cfg.L_cycles):
                with torch.set_grad_enabled(grad_on and call >= first_grad):
                    z_L = self.L(
                        z_L, z_H + x, rope, mask, None if caches is None else caches[call], capacity
                    )
                call += 1
            with torch.set_grad_enabled(grad_on and call >= first_grad):
                z_H = self.H(
                    z_H, z_L, rope, mask, None if caches is None else caches[call], capacity
                )
            call += 1
        return z_H, z_L

    def _layout(self, input_ids: Tensor, prefix_lens: Tensor) -> tuple[Rope, Tensor, Tensor]:
        """RoPE tables, the PrefixLM mask [B, 1, S, S] and key validity [B, S].

        Works for left and right padding: positions count real tokens only, padded keys are
        hidden, and a key is visible when it is in the prompt or not after the query.
        """
        b, t = input_ids.shape
        p = self.config.puzzle_emb_len
        dev = input_ids.device
        valid = input_ids != PAD_ID
        counts = valid.long().cumsum(1)
        leading_pads = (counts == 0).sum(1)
        tok_pos = (counts - 1).clamp(min=0) + p
        positions = torch.cat((torch.arange(p, device=dev).expand(b, p), tok_pos), dim=1)
        key_valid = torch.cat((torch.ones(b, p, dtype=torch.bool, device=dev), valid), dim=1)
        prefix_end = p + leading_pads + prefix_lens.to(dev)
        cols = torch.arange(p + t, device=dev)
        causal = cols[:, None] >= cols[None, :]
        in_prefix = cols[None, None, :] < prefix_end[:, None, None]
        # The diagonal keeps fully padded query rows from a softmax over nothing (NaN).
        mask = (key_valid[:, None, :] & (causal[None] | in_prefix)) | torch.eye(
            p + t, dtype=torch.bool, device=dev
        )
        rope = rope_tables(positions, self.config.head_dim, self.config.rope_theta)
        return rope, mask[:, None], key_valid

    def forward(
        self,
        input_ids: Tensor,
        prefix_lens: Tensor,
        source_ids: Tensor | None = None,
        labels: Tensor | None = None,
        grad_depth: int | None = None,
    ) -> HRMOutput:
        """Full pass over padded sequences ``<bos> java <sep> go <eos>``.

        ``prefix_lens`` [B]: tokens of ``<bos> java <sep>`` (attended bidirectionally).
        ``labels`` [B, T]: aligned with ``input_ids`` (the token itself at Go and ``<eos>``
        positions, -100 elsewhere); the model shifts them, position i predicts token i + 1.
        ``grad_depth`` overrides ``config.grad_depth`` (for the warmup schedule).
        """
        cfg = self.config
        depth = cfg.grad_depth if grad_depth is None else grad_depth
        if not 1 <= depth <= cfg.calls_per_segment:
            raise ValueError(f"grad_depth must be in 1..{cfg.calls_per_segment}")
        b, t = input_ids.shape
        p = cfg.puzzle_emb_len
        rows = torch.arange(b, device=input_ids.device)
        shifted = None
        if labels is not None:
            shifted = torch.cat(
                (labels[:, 1:], torch.full_like(labels[:, :1], IGNORE_INDEX)), dim=1
            )
            tok_mask = shifted != IGNORE_INDEX
            has_labels = tok_mask.any(1)
            label_rows = rows[:, None].expand(b, t)[tok_mask]
            # The Q head reads the position that predicts the last response token (<eos>).
            q_pos = torch.where(has_labels, t - 1 - tok_mask.flip(1).long().argmax(1), 0)
        else:
            valid = input_ids != PAD_ID
            q_pos = t - 1 - valid.flip(1).long().argmax(1)
        halting = self.training and labels is not None and cfg.N_sup > 1
        if halting:
            # HRM exploration: some sequences must run a random minimum number of segments
            # before the Q head may stop them, so Q sees the value of later segments.
            explore = torch.rand(b, device=input_ids.device) < cfg.halt_exploration_prob
            random_min = torch.randint(2, cfg.N_sup + 1, (b,), device=input_ids.device)
            min_segments = torch.where(explore, random_min, 1)

        with self._autocast():
            rope, mask, _ = self._layout(input_ids, prefix_lens)
            x = self._embed(input_ids, source_ids)
            z_H, z_L = self._initial_carry(b, p + t)
            active = torch.ones(b, dtype=torch.bool, device=input_ids.device)
            lm_total = q_total = None
            for seg in range(cfg.N_sup):
                z_H, z_L = self._segment(z_H.detach(), z_L.detach(), x, rope, mask, depth)
                h = z_H[:, p:]
                q_logit = self.q_head(h[rows, q_pos]).squeeze(-1).float()
                if shifted is None:
                    logits = self._logits(h, input_ids, prefix_lens)
                    continue
                # Only the labelled positions need the (vocabulary-wide) head: [N, V].
                logits = self._logits(h, input_ids, prefix_lens, tok_mask)
                target = shifted[tok_mask]
                ce = F.cross_entropy(logits, target, reduction="none")
                n_tokens = tok_mask.sum().clamp(min=1)
                lm_seg = (ce * active[label_rows]).sum() / n_tokens
                with torch.no_grad():
                    correct = torch.zeros_like(tok_mask)
                    correct[tok_mask] = logits.argmax(-1) == target
                    exact = (correct.sum(1) == tok_mask.sum(1)) & has_labels
                q_seg = F.binary_cross_entropy_with_logits(q_logit, exact.float(), reduction="none")
                q_seg = (q_seg * (active & has_labels)).sum() / b
                lm_total = lm_seg if lm_total is None else lm_total + lm_seg
                q_total = q_seg if q_total is None else q_total + q_seg
                if halting and seg < cfg.N_sup - 1:
                    halt = (q_logit.detach() > 0) & (seg + 1 >= min_segments)
                    active = active & ~halt

        if shifted is None or lm_total is None or q_total is None:
            return HRMOutput(None, None, None, logits, q_logit)
        with torch.no_grad():
            metrics = {
                "token_accuracy": correct.sum() / n_tokens,
                "exact_match": exact.float().mean(),
                "q_accuracy": ((q_logit > 0) == exact).float().mean(),
                "active_last_segment": active.float().mean(),
            }
        loss = lm_total + cfg.q_loss_weight * q_total
        return HRMOutput(loss, lm_total, q_total, logits, q_logit, metrics)

    def _logits(
        self, h: Tensor, input_ids: Tensor, prefix_lens: Tensor, select: Tensor | None = None
    ) -> Tensor:
        """Logits of a full pass: [B, T, V], or [N, V] at the N positions ``select`` [B, T]
        marks. The LM head's, or with a copy head the log-probabilities of its mixture
        (prompt positions, which never predict the response, keep the LM's)."""
        if self.copy is None:
            return self.lm_head(h if select is None else h[select]).float()
        t = input_ids.shape[1]
        leading_pads = ((input_ids != PAD_ID).long().cumsum(1) == 0).sum(1)
        prompt_end = leading_pads + prefix_lens.to(input_ids.device)
        # Keys: the columns any row's prompt reaches; queries: from the first <sep> on.
        keys_end = int(prompt_end.max())
        first = max(int(prompt_end.min()) - 1, 0)
        cols = torch.arange(keys_end, device=input_ids.device)
        prompt = (cols[None] >= leading_pads[:, None]) & (cols[None] < prompt_end[:, None])
        src = self.copy.source(h[:, :keys_end], input_ids[:, :keys_end], prompt)
        hq = h[:, first:]
        lengths = self.copy.lengths(input_ids[:, first:], prompt_end - 1 - first, src)
        attn = self.copy.attention(hq, lengths, src)
        tokens = src.tokens[:, None, :].expand(-1, t - first, -1)
        if select is not None:
            if bool(select[:, :first].any()):
                raise ValueError("a labelled position lies inside the prompt")
            chosen = select[:, first:]
            lm = self.lm_head(hq[chosen]).float()
            return self.copy.mix(lm, hq[chosen], attn[chosen], tokens[chosen])
        lm = self.lm_head(h).float()
        mixed = self.copy.mix(lm[:, first:], hq, attn, tokens)
        if first == 0:
            return mixed
        return torch.cat((lm[:, :first].log_softmax(-1), mixed), dim=1)

    # ---------------------------------------------------------------- cached decoding

    def _layers_of_call(self, call: int) -> int:
        is_h_call = call % (self.config.L_cycles + 1) == self.config.L_cycles
        return self.config.H_layers if is_h_call else self.config.L_layers

    @torch.no_grad()
    def prefill(
        self,
        input_ids: Tensor,
        prefix_lens: Tensor,
        source_ids: Tensor | None,
        capacity: int,
    ) -> tuple[Tensor, Tensor, DecodeState]:
        """Run left-padded prompts once, filling one KV cache per (segment, module call).

        Returns logits [B, V] and the Q logit [B] at the last column, and the decode state.
        """
        cfg = self.config
        b, t = input_ids.shape
        p = cfg.puzzle_emb_len
        if capacity < p + t:
            raise ValueError("capacity must cover the prompt")
        caches = [
            [
                [KVCache() for _ in range(self._layers_of_call(c))]
                for c in range(cfg.calls_per_segment)
            ]
            for _ in range(cfg.N_sup)
        ]
        with self._autocast():
            rope, mask, key_valid = self._layout(input_ids, prefix_lens)
            x = self._embed(input_ids, source_ids)
            z_H, z_L = self._initial_carry(b, p + t)
            for seg in range(cfg.N_sup):
                z_H, z_L = self._segment(z_H, z_L, x, rope, mask, 1, caches[seg], capacity)
            last = z_H[:, -1]
            logits, q = self.lm_head(last).float(), self.q_head(last).squeeze(-1).float()
            source = lengths = None
            if self.copy is not None:
                # Every column of a prefill is prompt (left padding is not copyable).
                source = self.copy.source(z_H[:, p:], input_ids, input_ids != PAD_ID)
                # The last column is every row's <sep>: the answer's first query.
                lengths = self.copy.step(None, input_ids[:, -1], source)
                attn = self.copy.attention(last[:, None], lengths[:, None], source)[:, 0]
                logits = self.copy.mix(logits, last, attn, source.tokens)
        kv = torch.zeros(b, capacity, dtype=torch.bool, device=input_ids.device)
        kv[:, : p + t] = key_valid
        next_pos = key_valid.sum(1)
        state = DecodeState(caches, kv, p + t, next_pos, capacity, source, lengths)
        return logits, q, state

    @torch.no_grad()
    def decode_step(self, state: DecodeState, tokens: Tensor) -> tuple[Tensor, Tensor]:
        """Append one token [B] per row; logits [B, V] and Q logit [B] at that position."""
        cfg = self.config
        b = tokens.shape[0]
        with self._autocast():
            x = self.embed_tokens(tokens[:, None]) * self.embed_scale
            rope = rope_tables(state.next_pos[:, None], cfg.head_dim, cfg.rope_theta)
            state.key_valid[:, state.length] = True
            state.length += 1
            kv = state.key_valid[:, : state.length]
            # Only padding is ever hidden from a new token; skip the mask when there is none.
            mask = None if bool(kv.all()) else kv[:, None, None, :]
            z_H, z_L = self._initial_carry(b, 1)
            for seg in range(cfg.N_sup):
                z_H, z_L = self._segment(
                    z_H, z_L, x, rope, mask, 1, state.caches[seg], state.capacity
                )
            last = z_H[:, -1]
            logits, q = self.lm_head(last).float(), self.q_head(last).squeeze(-1).float()
            if self.copy is not None:
                src = state.copy_source
                assert src is not None and state.copy_lengths is not None
                lengths = self.copy.step(state.copy_lengths, tokens, src)
                state.copy_lengths = lengths
                attn = self.copy.attention(last[:, None], lengths[:, None], src)
                logits = self.copy.mix(logits, last, attn[:, 0], src.tokens)
        state.next_pos = state.next_pos + 1
        return logits, q

    # ---------------------------------------------------------------- public generation

    def _prompts(self, texts: Sequence[str]) -> list[str]:
        """What the model reads for each text. A post-editing model given plain Java (no
        draft mark: ``model.generate(java_code)``) gets the post-editing prompt of that Java
        with the ``rules`` draft, as the hrm backend builds it without an editor's context."""
        if self.config.prompt != "post_edit" or all(DRAFT_START in t for t in texts):
            return list(texts)
        # Imported here: the model itself needs neither the rules translator nor the
        # request builder, only this convenience does.
        from l2j_lsp.backends.hrm import rules_draft
        from l2j_lsp.training.post_edit import request_for

        out = []
        for text in texts:
            if DRAFT_START in text:
                out.append(text)
                continue
            draft = rules_draft(request_for(text, "", ""))
            out.append(post_edit_prompt(text, draft))
        return out

    def _require_tokenizer(self) -> Tokenizer:
        if self.tokenizer is None:
            raise RuntimeError("this model has no tokenizer; load it from a checkpoint")
        return self.tokenizer

    def generate(
        self,
        java_code: str,
        max_length: int = 512,
        temperature: float = 0.0,
        top_k: int | None = None,
        source_id: int = SOURCE_CORRECTED,
        should_stop: Callable[[], bool] | None = None,
        on_token: Callable[[int, str], None] | None = None,
        seed: int | None = None,
    ) -> str:
        """Go for one Java snippet (greedy by default); at most ``max_length`` new tokens."""
        return self.generate_with_confidence(
            java_code, max_length, temperature, top_k, source_id, should_stop, on_token, seed
        ).text

    def generate_with_confidence(
        self,
        java_code: str,
        max_length: int = 512,
        temperature: float = 0.0,
        top_k: int | None = None,
        source_id: int = SOURCE_CORRECTED,
        should_stop: Callable[[], bool] | None = None,
        on_token: Callable[[int, str], None] | None = None,
        seed: int | None = None,
    ) -> Generation:
        return generate_batch(
            self,
            self._require_tokenizer(),
            self._prompts([java_code]),
            max_length=max_length,
            temperature=temperature,
            top_k=top_k,
            source_id=source_id,
            should_stop=should_stop,
            on_token=on_token,
            seed=seed,
        )[0]

    def generate_batch(
        self,
        java_codes: Sequence[str],
        max_length: int = 512,
        temperature: float = 0.0,
        top_k: int | None = None,
        source_id: int = SOURCE_CORRECTED,
        should_stop: Callable[[], bool] | None = None,
        use_cache: bool = True,
        seed: int | None = None,
    ) -> list[Generation]:
        """Decode several inputs of different lengths together (left-padded)."""
        return generate_batch(
            self,
            self._require_tokenizer(),
            self._prompts(java_codes),
            max_length=max_length,
            temperature=temperature,
            top_k=top_k,
            source_id=source_id,
            should_stop=should_stop,
            use_cache=use_cache,
            seed=seed,
        )

    # ---------------------------------------------------------------- checkpoints

    def save_checkpoint(
        self,
        path: str | Path,
        ema_state: dict[str, Tensor] | None = None,
        optimizer_state: dict[str, Any] | None = None,
        training_state: dict[str, Any] | None = None,
    ) -> None:
        """Write config, tokenizer and weights (and optional EMA/optimizer/training state)
        atomically to one file."""
        save_checkpoint(
            path,
            config=self.config.to_dict(),
            tokenizer_json=self._require_tokenizer().to_json(),
            model_state=self.state_dict(),
            ema_state=ema_state,
            optimizer_state=optimizer_state,
            training_state=training_state,
        )

    @classmethod
    def load_from_checkpoint(
        cls, path: str | Path, device: str = "auto", use_ema: bool = True
    ) -> HierarchicalReasoningModel:
        """Rebuild a model from a checkpoint, in eval mode on ``device`` (EMA weights when
        present and ``use_ema``). Raises ``CheckpointError`` for unusable files."""
        from l2j_lsp.hrm.device import resolve_device

        dev, notice = resolve_device(device)
        if notice:
            logging.getLogger(__name__).warning(notice)
        ckpt = load_checkpoint(path)
        state = ckpt.ema_state if use_ema and ckpt.ema_state is not None else ckpt.model_state
        try:
            model = cls(ckpt.config, ckpt.tokenizer)
            model.load_state_dict(state)
        except (RuntimeError, ValueError) as exc:
            raise CheckpointError(f"checkpoint {path} does not fit its own config: {exc}") from exc
        calibration = ckpt.training_state.get("calibration")
        if calibration is not None:
            try:
                model.calibration = Calibration.from_dict(calibration)
                if model.copy is not None:
                    model.copy.gate_shift = model.calibration.gate_shift
            except (KeyError, TypeError, ValueError) as exc:
                raise CheckpointError(
                    f"checkpoint {path} has a malformed calibration: {exc!r}"
                ) from exc
        return model.to(dev).eval()

    def calibrated_confidence(self, generation: Generation, draft: str) -> float:
        """The probability that ``generation`` is at least as good as ``draft`` (the
        post-editing prompt's draft), from the calibration fitted on held-out pairs; the Q
        head's raw probability for a model without one."""
        if self.calibration is None:
            return generation.confidence
        return self.calibration.probability(features(generation, draft))
