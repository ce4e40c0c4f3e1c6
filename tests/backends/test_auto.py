"""The hybrid `auto` backend: HRM first, the LLM for what the HRM gets wrong, rules when
neither can answer. Real backends: an HRM checkpoint on disk, the LLM over loopback HTTP."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
import torch

from l2j_lsp.backends.auto import AutoBackend
from l2j_lsp.backends.base import TranslationRequest, TranslationResult
from l2j_lsp.backends.hrm import rules_draft
from l2j_lsp.backends.registry import create_backend
from l2j_lsp.hrm import HierarchicalReasoningModel, HRMConfig, Tokenizer
from l2j_lsp.hrm.calibration import FEATURES, Calibration
from l2j_lsp.hrm.postedit import DRAFT_END, DRAFT_START
from l2j_lsp.migration.validate import go_syntax_error
from l2j_lsp.settings import Settings
from l2j_lsp.training.learned_edits import EDITS_FILE, Deletion, LearnedEdits
from tests.support.openai_server import OpenAIServer

REQUEST = TranslationRequest(
    java="public int getId() { return _id; }",
    scope="method",
    name="getId",
    go_package="model",
    kind="method",
    enclosing_type="L2Item",
    file_source="class L2Item { private int _id; public int getId() { return _id; } }",
)


def untrained_checkpoint(path: Path) -> Path:
    """A real checkpoint of an untrained model: its answers are noise, not Go."""
    torch.manual_seed(0)
    model = HierarchicalReasoningModel(HRMConfig.preset("test"), Tokenizer.bytes())
    model.save_checkpoint(path)
    return path


def auto_settings(tmp_path: Path, base_url: str, checkpoint: Path, key_env: str) -> Settings:
    return Settings.resolve(
        {
            "backend": "auto",
            "llm": {"baseUrl": base_url, "apiKeyEnv": key_env, "maxRetries": 0},
            "hrm": {"checkpoint": str(checkpoint), "maxLength": 48, "device": "cpu"},
            "cache": {"enabled": False},
        },
        tmp_path,
    )


async def translate(settings: Settings) -> TranslationResult:
    backend = create_backend("auto", settings)
    assert isinstance(backend, AutoBackend)
    try:
        return await backend.translate(REQUEST)
    finally:
        await backend.aclose()


async def test_invalid_hrm_go_goes_to_the_llm(tmp_path: Path, openai_server: OpenAIServer) -> None:
    ckpt = untrained_checkpoint(tmp_path / "best.ckpt")
    result = await translate(auto_settings(tmp_path, openai_server.base_url, ckpt, "UNSET"))
    assert result.backend == "llm"
    assert result.route[0].startswith("hrm: ") and "llm: answered" in result.route
    assert any(word in result.route[0] for word in ("does not parse", "confidence", "invalid"))
    assert len(openai_server.chat_requests) == 1


async def test_nothing_available_falls_back_to_rules(tmp_path: Path) -> None:
    settings = auto_settings(
        tmp_path, "https://openrouter.ai/api/v1", tmp_path / "missing.ckpt", "L2J_NO_KEY_HERE"
    )
    result = await translate(settings)
    assert result.backend == "rules"
    assert result.route[0].startswith("hrm: unavailable (no HRM checkpoint")
    assert result.route[1].startswith("llm: unavailable (no API key")
    assert result.route[-1] == "rules: answered"
    assert "func" in result.go


async def test_llm_server_down_falls_back_to_rules(tmp_path: Path) -> None:
    settings = auto_settings(tmp_path, "http://127.0.0.1:9/v1", tmp_path / "none.ckpt", "X")
    result = await translate(settings)
    assert result.backend == "rules"
    assert "llm: unavailable (cannot reach" in result.route[1]


class ConfidentBackend:
    """Valid Go with a fixed confidence: the router is under test here, not the HRM."""

    name = "hrm"
    model_id = "fixed"

    def __init__(self, confidence: float) -> None:
        self.confidence = confidence

    async def translate(
        self, request: TranslationRequest, on_token: object = None
    ) -> TranslationResult:
        return TranslationResult(
            go="func (i *L2Item) ID() int32 {\n\treturn i.id\n}\n",
            backend="hrm",
            confidence=self.confidence,
        )

    async def aclose(self) -> None:
        return None


@pytest.mark.parametrize(("confidence", "answered_by"), [(0.2, "llm"), (0.9, "hrm")])
async def test_confidence_threshold_routes(
    tmp_path: Path, openai_server: OpenAIServer, confidence: float, answered_by: str
) -> None:
    settings = auto_settings(tmp_path, openai_server.base_url, tmp_path / "x.ckpt", "UNSET")
    backend = AutoBackend(
        hrm=ConfidentBackend(confidence),
        llm=create_backend("llm", settings),
        rules=create_backend("rules", settings),
        min_confidence=0.5,
    )
    result = await backend.translate(REQUEST)
    await backend.aclose()
    assert result.backend == answered_by
    if answered_by == "llm":
        assert result.route[0] == "hrm: confidence 0.20 < 0.50"


async def test_a_rules_fallback_is_not_cached_past_an_outage(
    tmp_path: Path, openai_server: OpenAIServer
) -> None:
    def with_cache(base_url: str) -> Settings:
        return Settings.resolve(
            {
                "backend": "auto",
                "llm": {"baseUrl": base_url, "apiKeyEnv": "UNSET", "maxRetries": 0},
                "hrm": {"checkpoint": str(tmp_path / "none.ckpt")},
                "cache": {"enabled": True},
            },
            tmp_path,
        )

    down = await translate(with_cache("http://127.0.0.1:9/v1"))
    assert down.backend == "rules"
    up = await translate(with_cache(openai_server.base_url))
    assert up.backend == "llm" and not up.cached


def post_edit_checkpoint(path: Path, calibrated_bias: float) -> Path:
    """A real post-editing checkpoint: untrained, its copy head writes out the rules draft;
    its stored calibration says ``sigmoid(calibrated_bias)`` whatever the answer."""
    torch.manual_seed(0)
    marks = Tokenizer.bytes().encode(DRAFT_START + DRAFT_END)
    config = HRMConfig.preset(
        "test",
        copy_head=True,
        prompt="post_edit",
        copy_anchor_id=marks[0],
        copy_end_id=marks[1],
    )
    width = len(FEATURES)
    calibration = Calibration([0.0] * width, calibrated_bias, [0.0] * width, [1.0] * width, 20, 0.5)
    HierarchicalReasoningModel(config).save_checkpoint(
        path, training_state={"calibration": calibration.to_dict()}
    )
    return path


@pytest.mark.parametrize(("bias", "answered_by"), [(-3.0, "llm"), (3.0, "hrm")])
async def test_the_calibrated_confidence_decides_for_a_post_editing_hrm(
    tmp_path: Path, openai_server: OpenAIServer, bias: float, answered_by: str
) -> None:
    ckpt = post_edit_checkpoint(tmp_path / "best.ckpt", bias)
    settings = auto_settings(tmp_path, openai_server.base_url, ckpt, "UNSET")
    result = await translate(settings)
    assert result.backend == answered_by
    if answered_by == "hrm":
        # Valid Go, and confident: the HRM's answer (here the rules draft, copied) is taken.
        assert result.go == rules_draft(REQUEST)
        assert result.confidence == pytest.approx(1 / (1 + math.exp(-bias)))
        assert result.route == ["hrm: answered"]
    else:
        assert result.route[0] == "hrm: confidence 0.05 < 0.50"


def noise_post_edit_checkpoint(path: Path) -> Path:
    """A real post-editing checkpoint with no copy head, untrained: it reads the draft but
    writes noise, never Go."""
    torch.manual_seed(0)
    config = HRMConfig.preset("test", prompt="post_edit")
    HierarchicalReasoningModel(config, Tokenizer.bytes()).save_checkpoint(path)
    return path


def with_learned_deletion(checkpoint: Path) -> str:
    """Learned edits beside the checkpoint (the head comment deleted, as a user's corrections
    teach it); the draft the HRM starts from for REQUEST."""
    LearnedEdits(deletions=[Deletion(("head_comment",), 3, 1.0)]).save(
        checkpoint.parent / EDITS_FILE
    )
    draft = rules_draft(REQUEST)
    edited = draft.split("\n", 1)[1]
    assert draft.startswith("// ") and edited.startswith("func ")
    return edited


async def test_hrm_whose_go_does_not_parse_answers_its_draft(tmp_path: Path) -> None:
    ckpt = noise_post_edit_checkpoint(tmp_path / "best.ckpt")
    edited = with_learned_deletion(ckpt)
    settings = auto_settings(tmp_path, "http://127.0.0.1:9/v1", ckpt, "UNSET")
    backend = create_backend("hrm", settings)
    try:
        result = await backend.translate(REQUEST)
    finally:
        await backend.aclose()
    assert result.backend == "hrm"
    assert result.go == edited == result.draft
    # The network's own Go is kept for evaluation, and it is not Go.
    assert result.rejected and go_syntax_error(result.rejected) is not None
    assert result.fallback.startswith("its Go does not parse (")
    assert result.route[0].startswith("hrm: its Go does not parse (")


async def test_a_method_too_long_for_the_hrm_is_answered_by_its_draft_undecoded(
    tmp_path: Path,
) -> None:
    """Past the positions the network was trained on it writes noise: a method whose prompt
    and answer do not fit is answered by its draft at once, and says so."""
    torch.manual_seed(0)
    short = HRMConfig.preset("test", prompt="post_edit", max_seq_len=64)
    ckpt = tmp_path / "best.ckpt"
    HierarchicalReasoningModel(short, Tokenizer.bytes()).save_checkpoint(ckpt)
    edited = with_learned_deletion(ckpt)
    backend = create_backend("hrm", auto_settings(tmp_path, "http://127.0.0.1:9/v1", ckpt, "X"))
    try:
        result = await backend.translate(REQUEST)
    finally:
        await backend.aclose()
    assert result.go == edited and result.tokens == 0 and not result.rejected
    assert result.confidence is None
    assert "exceed the model's 64" in result.fallback
    assert result.route == [f"hrm: {result.fallback}; answered the draft"]
    # `auto` takes it as a hard case: no LLM here, so the HRM's draft answers.
    routed = await translate(auto_settings(tmp_path, "http://127.0.0.1:9/v1", ckpt, "X"))
    assert routed.go == edited
    assert routed.route[-1] == "hrm draft (rules with learned edits): answered"


@pytest.mark.parametrize("bias", [-3.0, None])
async def test_auto_without_an_llm_answers_the_hrm_draft(
    tmp_path: Path, bias: float | None
) -> None:
    """A low-confidence answer (bias -3) or Go that does not parse (None: noise), and no LLM
    to ask: the answer is the rules draft with the user's learned edits, not the bare rules
    translation."""
    path = tmp_path / "best.ckpt"
    ckpt = noise_post_edit_checkpoint(path) if bias is None else post_edit_checkpoint(path, bias)
    edited = with_learned_deletion(ckpt)
    result = await translate(auto_settings(tmp_path, "http://127.0.0.1:9/v1", ckpt, "UNSET"))
    assert result.backend == "hrm"
    assert result.go == edited
    assert result.route[-1] == "hrm draft (rules with learned edits): answered"
    assert "llm: unavailable (cannot reach" in result.route[-2]
    assert not any(step == "hrm: answered" for step in result.route)


async def test_auto_sends_an_hrm_draft_answer_to_the_llm(
    tmp_path: Path, openai_server: OpenAIServer
) -> None:
    ckpt = noise_post_edit_checkpoint(tmp_path / "best.ckpt")
    result = await translate(auto_settings(tmp_path, openai_server.base_url, ckpt, "UNSET"))
    assert result.backend == "llm"
    assert result.route[0].startswith("hrm: its Go does not parse (")
    assert result.route[-1] == "llm: answered"
