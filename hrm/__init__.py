"""A generative Hierarchical Reasoning Model that translates Java to Go.

>>> from l2j_lsp.hrm import HierarchicalReasoningModel
>>> model = HierarchicalReasoningModel.load_from_checkpoint("checkpoints/l2j_hrm/best.ckpt")
>>> go_code = model.generate(java_code, max_length=512)
"""

from l2j_lsp.hrm.checkpoint import CheckpointError
from l2j_lsp.hrm.config import HRMConfig, grad_depth_at
from l2j_lsp.hrm.generate import Generation
from l2j_lsp.hrm.model import HierarchicalReasoningModel, HRMOutput
from l2j_lsp.hrm.sources import (
    SOURCE_ACCEPTED,
    SOURCE_CORRECTED,
    SOURCE_NAMES,
    SOURCE_RULES,
    SOURCE_SYNTHETIC,
)
from l2j_lsp.hrm.tokenizer import Tokenizer

__all__ = [
    "SOURCE_ACCEPTED",
    "SOURCE_CORRECTED",
    "SOURCE_NAMES",
    "SOURCE_RULES",
    "SOURCE_SYNTHETIC",
    "CheckpointError",
    "Generation",
    "HRMConfig",
    "HRMOutput",
    "HierarchicalReasoningModel",
    "Tokenizer",
    "grad_depth_at",
]
