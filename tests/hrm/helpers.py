"""Helpers for the HRM tests: tiny pairs and small random models."""

from __future__ import annotations

import torch

from l2j_lsp.hrm import HierarchicalReasoningModel, HRMConfig

FIELDS = [
    ("hp", "Hp"),
    ("mp", "Mp"),
    ("level", "Level"),
    ("exp", "Exp"),
    ("karma", "Karma"),
    ("x", "X"),
    ("y", "Y"),
    ("z", "Z"),
]
OPS = [
    ("add", "+"),
    ("sub", "-"),
    ("mul", "*"),
    ("div", "/"),
    ("mod", "%"),
    ("and", "&"),
    ("or", "|"),
    ("xor", "^"),
]


def make_tiny_pairs() -> list[tuple[str, str]]:
    """32 short Java -> Go pairs: getters, setters and arithmetic."""
    pairs: list[tuple[str, str]] = []
    for field, cap in FIELDS:
        pairs.append(
            (
                f"int get{cap}() {{ return {field}; }}",
                f"func (o *Obj) Get{cap}() int {{ return o.{field} }}",
            )
        )
        pairs.append(
            (
                f"void set{cap}(int v) {{ {field} = v; }}",
                f"func (o *Obj) Set{cap}(v int) {{ o.{field} = v }}",
            )
        )
    for name, op in OPS:
        pairs.append(
            (
                f"int {name}(int a, int b) {{ return a {op} b; }}",
                f"func {name}(a int, b int) int {{ return a {op} b }}",
            )
        )
        pairs.append(
            (
                f"long {name}L(long a) {{ return a {op} 2; }}",
                f"func {name}L(a int64) int64 {{ return a {op} 2 }}",
            )
        )
    return pairs


def random_model(seed: int = 0, **overrides: object) -> HierarchicalReasoningModel:
    """A `test`-preset model whose zero-initialised parts (source embedding, Q head weight)
    are randomised too, so every path of the computation shows in the outputs."""
    torch.manual_seed(seed)
    model = HierarchicalReasoningModel(HRMConfig.preset("test", **overrides))
    with torch.no_grad():
        model.source_emb.weight.normal_(0, 0.1)
        model.q_head.weight.normal_(0, 0.1)
        if model.copy is not None:
            model.copy.q.weight.normal_(0, 0.1)
            model.copy.gate.weight.normal_(0, 0.1)
    return model.eval()
