"""Transformer building blocks: RMSNorm, RoPE, SwiGLU, SDPA attention with a KV cache."""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F
from torch import Tensor, nn

Rope = tuple[Tensor, Tensor]


def trunc_normal_init_(tensor: Tensor, std: float, bound: float = 2.0) -> Tensor:
    """Normal(0, std) truncated at +-bound std, rescaled so the result really has ``std``.

    torch's trunc_normal_ truncates without correcting the variance (the truncated
    distribution is ~12% narrower at 2 std); LeCun init wants the exact std.
    """
    # Variance of a standard normal truncated to [-bound, bound].
    pdf = math.exp(-0.5 * bound * bound) / math.sqrt(2 * math.pi)
    mass = math.erf(bound / math.sqrt(2))
    trunc_std = math.sqrt(1 - 2 * bound * pdf / mass)
    with torch.no_grad():
        nn.init.trunc_normal_(tensor, mean=0.0, std=1.0, a=-bound, b=bound)
        tensor.mul_(std / trunc_std)
    return tensor


def lecun_linear(in_features: int, out_features: int) -> nn.Linear:
    layer = nn.Linear(in_features, out_features, bias=False)
    trunc_normal_init_(layer.weight, std=1.0 / math.sqrt(in_features))
    return layer


class RMSNorm(nn.Module):
    def __init__(self, dim: int, eps: float = 1e-5) -> None:
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(dim))

    def forward(self, x: Tensor) -> Tensor:
        # Normalise in fp32 so bf16 autocast does not lose the small variances.
        xf = x.float()
        xf = xf * torch.rsqrt(xf.pow(2).mean(-1, keepdim=True) + self.eps)
        return (xf * self.weight.float()).to(x.dtype)


def rope_tables(position_ids: Tensor, head_dim: int, theta: float) -> Rope:
    """cos/sin of shape [B, T, head_dim/2] for integer positions [B, T].

    Computed per call from explicit positions, so left-padded rows and cached decoding use
    the same positions as an unpadded full pass.
    """
    inv_freq = 1.0 / (
        theta
        ** (
            torch.arange(0, head_dim, 2, device=position_ids.device, dtype=torch.float32) / head_dim
        )
    )
    angles = position_ids.to(torch.float32)[..., None] * inv_freq
    return angles.cos(), angles.sin()


def apply_rope(x: Tensor, rope: Rope) -> Tensor:
    """Rotate x [B, H, T, D] by the half-split convention."""
    cos, sin = rope
    cos, sin = cos[:, None].to(x.dtype), sin[:, None].to(x.dtype)
    x1, x2 = x.chunk(2, dim=-1)
    return torch.cat((x1 * cos - x2 * sin, x2 * cos + x1 * sin), dim=-1)


class KVCache:
    """Keys and values of one attention layer in one module invocation, preallocated."""

    def __init__(self) -> None:
        self.k: Tensor | None = None
        self.v: Tensor | None = None
        self.length = 0

    def append(self, k: Tensor, v: Tensor, capacity: int) -> tuple[Tensor, Tensor]:
        """Store k/v [B, H, T, D] after the cached ones; return everything cached so far."""
        if self.k is None or self.v is None:
            shape = (k.shape[0], k.shape[1], max(capacity, k.shape[2]), k.shape[3])
            self.k = k.new_empty(shape)
            self.v = v.new_empty(shape)
        end = self.length + k.shape[2]
        if end > self.k.shape[2]:
            raise RuntimeError(f"KV cache full ({self.k.shape[2]} positions)")
        self.k[:, :, self.length : end] = k
        self.v[:, :, self.length : end] = v
        self.length = end
        return self.k[:, :, :end], self.v[:, :, :end]


class Attention(nn.Module):
    def __init__(self, hidden_size: int, num_heads: int) -> None:
        super().__init__()
        self.num_heads = num_heads
        self.head_dim = hidden_size // num_heads
        self.qkv = lecun_linear(hidden_size, 3 * hidden_size)
        self.out = lecun_linear(hidden_size, hidden_size)

    def forward(
        self,
        x: Tensor,
        rope: Rope,
        mask: Tensor | None,
        cache: KVCache | None = None,
        capacity: int = 0,
    ) -> Tensor:
        b, t, _ = x.shape
        q, k, v = self.qkv(x).view(b, t, 3, self.num_heads, self.head_dim).permute(2, 0, 3, 1, 4)
        q, k = apply_rope(q, rope), apply_rope(k, rope)
        if cache is not None:
            k, v = cache.append(k, v, capacity)
        y = F.scaled_dot_product_attention(q, k, v, attn_mask=mask)
        return self.out(y.transpose(1, 2).reshape(b, t, -1))


class SwiGLU(nn.Module):
    def __init__(self, hidden_size: int, expansion: float) -> None:
        super().__init__()
        # 2/3 keeps the parameter count of a 2-matrix MLP of the same expansion; round up to a
        # multiple of 32 for friendly matmul shapes.
        inter = -(-round(expansion * hidden_size * 2 / 3) // 32) * 32
        self.gate_up = lecun_linear(hidden_size, 2 * inter)
        self.down = lecun_linear(inter, hidden_size)

    def forward(self, x: Tensor) -> Tensor:
        gate, up = self.gate_up(x).chunk(2, dim=-1)
        return self.down(F.silu(gate) * up)


class Block(nn.Module):
    """Pre-norm transformer block."""

    def __init__(self, hidden_size: int, num_heads: int, expansion: float, eps: float) -> None:
        super().__init__()
        self.attn_norm = RMSNorm(hidden_size, eps)
        self.attn = Attention(hidden_size, num_heads)
        self.mlp_norm = RMSNorm(hidden_size, eps)
        self.mlp = SwiGLU(hidden_size, expansion)

    def forward(
        self,
        x: Tensor,
        rope: Rope,
        mask: Tensor | None,
        cache: KVCache | None = None,
        capacity: int = 0,
    ) -> Tensor:
        x = x + self.attn(self.attn_norm(x), rope, mask, cache, capacity)
        return x + self.mlp(self.mlp_norm(x))
