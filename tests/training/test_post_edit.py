"""Post-editing: the HRM learns a user's correction of the rules draft from five methods
and applies it to a sixth method it never saw."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import yaml

from l2j_lsp.backends.base import TranslationRequest
from l2j_lsp.backends.hrm import HrmBackend, rules_draft
from l2j_lsp.training.post_edit import request_for
from l2j_lsp.training.store import DatasetStore
from l2j_lsp.training.train import run
from tests.training.conftest import CPU_CONFIG

# Names of several lengths; the last is the unseen one.
FIELDS = ("hp", "level", "exp", "karma", "mp", "pvp")
HERO = (
    "package com.l2jserver.gameserver.model;\n\npublic class Hero {\n"
    + "".join(f"    private int _{f};\n" for f in FIELDS)
    + "\n"
    + "".join(
        f"    public int get{f.capitalize()}() {{\n        return _{f};\n    }}\n\n" for f in FIELDS
    )
    + "}\n"
)
REL = "src/com/l2jserver/gameserver/model/Hero.java"
# Bounded by steps: 5 pairs a step, this many steps.
STEPS = 150


def method(field: str) -> str:
    start = HERO.index(f"public int get{field.capitalize()}()")
    return HERO[start : HERO.index("    }\n", start) + 5]


def request(field: str) -> TranslationRequest:
    return request_for(method(field), "method", f"Hero.get{field.capitalize()}", "model", HERO)


def corrected(draft: str) -> str:
    """The user's habit: no generated comments, and Go's ``int`` for Java's ``int``."""
    code = "".join(line for line in draft.splitlines(True) if not line.startswith("//"))
    return code.replace("int32", "int")


def test_a_correction_made_five_times_is_applied_to_a_sixth_method(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    java = tmp_path / REL
    java.parent.mkdir(parents=True)
    java.write_text(HERO)
    store_path = tmp_path / ".l2j" / "dataset.sqlite"
    with DatasetStore(store_path) as store:
        for field in FIELDS[:5]:
            # Recorded as the server records an accepted draft, then corrected on save.
            draft = rules_draft(request(field))
            symbol = f"Hero.get{field.capitalize()}"
            pair = store.add(
                method(field), draft, "accepted", source_file=REL, symbol=symbol, scope="method"
            )
            assert store.correct(pair, corrected(draft)), (
                f"the rules draft changed: the correction does nothing to it now:\n{draft}"
            )
    config = yaml.safe_load(CPU_CONFIG.read_text(encoding="utf-8"))
    config["arch"].update(tokenizer="bytes", vocab_size=260, hidden_size=64, num_heads=2)
    config.update(epochs=STEPS, global_batch_size=5, eval_interval=STEPS, val_fraction=0.0)
    config_path = tmp_path / "cfg.yaml"
    config_path.write_text(yaml.safe_dump(config), encoding="utf-8")
    assert run(config_path, store_path, device="cpu") == 0

    unseen = request("pvp")
    draft = rules_draft(unseen)
    backend = HrmBackend(tmp_path / "checkpoints/l2j_hrm/best.ckpt", device="cpu")
    answer = asyncio.run(backend.translate(unseen))
    assert answer.go == corrected(draft) != draft
