"""``make bench-hrm``: HRM speed on CPU, and analytic size and cost per config.

Measures, with random weights (speed does not depend on what the weights learned):
- decode tokens/s at a context of ~512 tokens, with the per-invocation KV cache and without
  it (a full forward pass per new token); target: cached >= 5x uncached;
- a full cached generation of 512 new tokens (prefill included);
- training tokens/s for `cpu-small` (forward, backward, AdamATan2 step); target >= 4,000.
Also the parameter count and analytic FLOPs per token of each preset. Writes
docs/benchmarks/hrm.md and prints it.
"""

from __future__ import annotations

import argparse
import os
import time

import torch

from benchmarks.table import write_table
from l2j_lsp.hrm import HierarchicalReasoningModel, HRMConfig
from l2j_lsp.hrm.data import collate, encode_pair
from l2j_lsp.hrm.layers import SwiGLU
from l2j_lsp.hrm.optim import AdamATan2
from l2j_lsp.hrm.tokenizer import EOS_ID, PAD_ID, Tokenizer

CONTEXT = 512
WINDOW = 16  # decode steps timed at the end of the context
TARGET_CACHE_SPEEDUP = 5.0
TARGET_TRAIN_TOKENS_S = 4000.0
JAVA_LINE = "    public int getLevel() { return _level + bonus * 2; }\n"


def layer_matmul_flops(cfg: HRMConfig) -> int:
    """Forward FLOPs of one block's matmuls for one token (2 per multiply-add)."""
    d = cfg.hidden_size
    inter = SwiGLU(d, cfg.expansion).down.in_features
    return 2 * (4 * d * d + 3 * d * inter)


def flops_per_token(cfg: HRMConfig, context: int) -> tuple[float, float]:
    """(training, decoding) FLOPs per token at ``context`` tokens of context.

    Training: every module call runs forward; only the last ``grad_depth`` calls of each
    segment run backward (2x forward); the LM head runs in each segment. Attention over the
    context counts 4 * T * d per block (scores and weighted sum); training sees T/2 on average.
    """
    d, v = cfg.hidden_size, cfg.vocab_size
    per_l, per_h = cfg.L_layers, cfg.H_layers
    apps_fwd = cfg.N_sup * cfg.H_cycles * (cfg.L_cycles * per_l + per_h)
    # Layer applications in the last grad_depth calls of a segment (the tail of L..L H).
    tail = [
        per_h if (c % (cfg.L_cycles + 1)) == cfg.L_cycles else per_l
        for c in range(cfg.calls_per_segment)
    ][-cfg.grad_depth :]
    apps_bwd = cfg.N_sup * sum(tail)
    block = layer_matmul_flops(cfg)
    head = 2 * d * v
    train = (apps_fwd + 2 * apps_bwd) * (block + 4 * (context / 2) * d) + 3 * cfg.N_sup * head
    decode = apps_fwd * (block + 4 * context * d) + head
    return train, decode


def _model(preset: str) -> HierarchicalReasoningModel:
    torch.manual_seed(0)
    model = HierarchicalReasoningModel(HRMConfig.preset(preset))
    with torch.no_grad():
        # A zero <eos> row loses the argmax to the largest of 259 random logits: no early
        # stop, timings cover the asked number of tokens.
        model.lm_head.weight[EOS_ID] = 0.0
    return model.eval()


def _prompt(tokens: int) -> torch.Tensor:
    text = (JAVA_LINE * (tokens // len(JAVA_LINE) + 1))[: tokens - 2]
    ids = [1, *Tokenizer.bytes().encode(text), 2]
    return torch.tensor([ids])


@torch.no_grad()
def decode_at_context(preset: str) -> tuple[float, float]:
    """(cached, uncached) tokens/s for WINDOW tokens ending at CONTEXT tokens."""
    model = _model(preset)
    prompt = _prompt(CONTEXT - WINDOW)
    prefix = torch.tensor([prompt.shape[1]])
    cap = model.config.puzzle_emb_len + CONTEXT
    logits, _, state = model.prefill(prompt, prefix, None, cap)
    start = time.perf_counter()
    for _ in range(WINDOW):
        logits, _ = model.decode_step(state, logits.argmax(-1))
    cached = WINDOW / (time.perf_counter() - start)

    seq = prompt
    start = time.perf_counter()
    for _ in range(WINDOW):
        out = model(seq, prefix)
        seq = torch.cat((seq, out.logits[:, -1].argmax(-1)[:, None]), dim=1)
    uncached = WINDOW / (time.perf_counter() - start)
    return cached, uncached


@torch.no_grad()
def generate_512(preset: str) -> tuple[float, float]:
    """(tokens/s, seconds) of a cached 512-token generation from a one-line Java prompt."""
    model = _model(preset)
    start = time.perf_counter()
    gen = model.generate_with_confidence(JAVA_LINE, max_length=CONTEXT)
    seconds = time.perf_counter() - start
    return gen.tokens / seconds, seconds


def train_tokens_per_s(preset: str, steps: int, batch: int, length: int) -> tuple[float, float]:
    """(best step, mean) real (non-pad) tokens per second of full training steps.

    The best step is timeit's convention: other processes only ever slow a step down.
    """
    torch.manual_seed(0)
    model = HierarchicalReasoningModel(HRMConfig.preset(preset)).train()
    tok = model.tokenizer
    assert tok is not None
    g = torch.Generator().manual_seed(0)
    pairs = []
    for _ in range(batch):
        # Lengths 3/4..1 of the bucket: a trainer batches pairs of similar length.
        n = int(torch.randint(3 * length // 4, length + 1, (1,), generator=g))
        java = "".join(chr(c) for c in torch.randint(97, 123, (n // 2,), generator=g).tolist())
        go = "".join(
            chr(c) for c in torch.randint(97, 123, (n - n // 2 - 3,), generator=g).tolist()
        )
        pairs.append(encode_pair(tok, java, go, length))
    data = collate(pairs)
    real = int((data.input_ids != PAD_ID).sum())
    opt = AdamATan2(model.param_groups(0.1), lr=1e-4)

    def step() -> None:
        out = model(data.input_ids, data.prefix_lens, data.source_ids, data.labels)
        assert out.loss is not None
        opt.zero_grad()
        out.loss.backward()
        opt.step()

    step()  # warm-up: allocator and kernels
    times = []
    for _ in range(steps):
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    return real / min(times), real * steps / sum(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=2, help="torch threads for training")
    # Batch-1 decoding is a chain of tiny ops: a second thread adds a barrier per matmul
    # and, on a busy machine, waits for a time slice at each one (measured: 10-40x slower).
    parser.add_argument("--decode-threads", type=int, default=1, help="torch threads for decoding")
    parser.add_argument("--train-steps", type=int, default=6)
    args = parser.parse_args()
    # Other processes on the cores slow everything down: the table records the load.
    load_before = ", ".join(f"{x:.1f}" for x in os.getloadavg())

    rows: list[list[str]] = []
    for preset in ("test", "cpu-small", "gpu-base"):
        cfg = HRMConfig.preset(preset)
        params = HierarchicalReasoningModel(cfg).num_parameters()
        train_f, decode_f = flops_per_token(cfg, CONTEXT)
        rows.append(
            [
                f"`{preset}` size",
                f"{params / 1e6:.2f}M params; {train_f / 1e9:.3f} GFLOP/token training, "
                f"{decode_f / 1e9:.3f} GFLOP/token decoding (at {CONTEXT} context)",
                "",
            ]
        )
    torch.set_num_threads(args.decode_threads)
    for preset in ("test", "cpu-small"):
        cached, uncached = decode_at_context(preset)
        speedup = cached / uncached
        verdict = "met" if speedup >= TARGET_CACHE_SPEEDUP else "missed"
        rows.append(
            [
                f"`{preset}` decode at {CONTEXT} context",
                f"cached {cached:.0f} tok/s, uncached {uncached:.1f} tok/s ({speedup:.1f}x)",
                f">= {TARGET_CACHE_SPEEDUP:.0f}x: {verdict}",
            ]
        )
        tps, seconds = generate_512(preset)
        rows.append(
            [
                f"`{preset}` cached generation, {CONTEXT} new tokens",
                f"{tps:.0f} tok/s ({seconds:.1f} s)",
                "",
            ]
        )
    torch.set_num_threads(args.threads)
    best, mean = train_tokens_per_s("cpu-small", args.train_steps, batch=16, length=256)
    verdict = "met" if best >= TARGET_TRAIN_TOKENS_S else "missed"
    rows.append(
        [
            "`cpu-small` training, batch 16 x 192-256 tokens",
            f"{best:,.0f} tokens/s best step ({mean:,.0f} mean of {args.train_steps})",
            f">= {TARGET_TRAIN_TOKENS_S:,.0f}: {verdict}",
        ]
    )
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    notes = (
        f"Load average (1, 5, 15 min) before: {load_before}; after: {load}. "
        f"CPU, fp32, {args.decode_threads} torch thread(s) for decoding, {args.threads} for "
        f"training, random weights (speed does not depend "
        f"on them), byte tokenizer for `test` and `cpu-small`. Decode at context: {WINDOW} "
        f"greedy tokens ending at {CONTEXT} tokens, with the per-invocation KV cache vs a "
        "full forward pass per token. Training: forward, backward and AdamATan2 step with "
        "the preset's gradient depth; tokens counted without padding. FLOPs are analytic "
        "(matmuls and attention, 2 per multiply-add; training counts backward only for the "
        "calls that get gradient). Made by `python -m benchmarks.hrm_bench`."
    )
    write_table(
        "hrm",
        "HRM: size, decoding and training speed",
        ["measure", "result", "target"],
        rows,
        notes,
    )


if __name__ == "__main__":
    main()
