"""The learned edits: what the miner keeps and leaves out, how an edit generalises to names
it never saw, the JSON file, and the hrm backend reading a draft with the edits applied."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
import torch

from l2j_lsp.backends.base import BackendUnavailable, TranslationRequest
from l2j_lsp.backends.hrm import HrmBackend
from l2j_lsp.hrm import HierarchicalReasoningModel, HRMConfig, Tokenizer
from l2j_lsp.hrm.postedit import DRAFT_END, DRAFT_START
from l2j_lsp.training.learned_edits import (
    EDITS_FILE,
    Deletion,
    Example,
    LearnedEdits,
    LearnedEditsError,
    mine,
)


def getter(field: str, owner: str = "Item") -> Example:
    """A Java getter, the rules draft of it, and the user's Go: no generated comment,
    receiver ``this``, ``GetX`` for ``getX``, ``int`` for ``int32``."""
    cap = field[0].upper() + field[1:]
    java = f"public int get{cap}() {{\n    return {field};\n}}"
    var = owner[0].lower()
    draft = (
        f"// {cap} is the Java method {owner}.get{cap}.\n"
        f"func ({var} *{owner}) {cap}() int32 {{\n\treturn {var}.{field}\n}}\n"
    )
    go = f"func (this *{owner}) Get{cap}() int {{\n\treturn this.{field}\n}}\n"
    return Example(java, draft, go, owner)


def test_edits_learned_from_five_getters_rewrite_a_sixth_of_another_type() -> None:
    edits = mine([getter(f) for f in ("hp", "level", "exp", "karma", "mp")])
    unseen = getter("pvpKills", owner="Hero")
    assert edits.apply(unseen.draft, unseen.java, unseen.enclosing) == unseen.go
    kinds = {(r.feature[0], r.transform[0]) for r in edits.renames}
    # Abstracted, not the five names: the receiver and the getter's Java name.
    assert {("receiver", "literal"), ("origin", "java_cap")} <= kinds
    assert any(d.feature[0] == "line" and "Java method" in d.feature[1] for d in edits.deletions)


def test_a_rename_the_user_makes_in_half_the_places_is_not_learned() -> None:
    # In three pairs the user turns `int32` into `int`, in three others (with as many
    # `int32`s) keeps it: precision 1/2, below MIN_PRECISION, though supported by 3 pairs.
    changed = [getter(f) for f in ("hp", "level", "exp")]
    kept = [
        Example(e.java, e.draft, e.go.replace(") int {", ") int32 {"), e.enclosing)
        for e in (getter(f) for f in ("karma", "mp", "sp"))
    ]
    edits = mine(changed + kept)
    int_rules = [r for r in edits.renames if r.feature == ("token", "int32")]
    assert int_rules == []
    # The edits every pair agrees on are still there.
    assert any(r.feature == ("receiver",) for r in edits.renames)
    unseen = getter("pvp")
    assert ") int32 {" in edits.apply(unseen.draft, unseen.java, unseen.enclosing)


def test_an_edit_seen_in_fewer_pairs_than_min_support_is_not_learned() -> None:
    assert not mine([getter("hp"), getter("mp")], min_support=3)
    assert mine([getter("hp"), getter("mp")], min_support=2)


def test_a_comment_deletion_never_deletes_code_and_other_comments_stay() -> None:
    edits = LearnedEdits(deletions=[Deletion(("head_comment",), 3, 1.0)])
    draft = "// Hp is the Java method.\nfunc f() {\n\t// why\n\treturn\n}\n"
    assert edits.apply(draft, "void f() { return; }") == "func f() {\n\t// why\n\treturn\n}\n"


def test_the_edits_round_trip_through_json_and_a_bad_file_says_what_to_do(
    tmp_path: Path,
) -> None:
    edits = mine([getter(f) for f in ("hp", "level", "exp")])
    path = tmp_path / EDITS_FILE
    edits.save(path)
    assert LearnedEdits.load(path) == edits
    assert not LearnedEdits.load(tmp_path / "missing.json")
    for text, why in (
        ("{", "learned_edits.json"),
        ('{"format": "other"}', "not a learned-edits file"),
        ('{"format": "l2j-learned-edits", "version": 99}', "version 99"),
        ('{"format": "l2j-learned-edits", "version": 1, "renames": [{}]}', "malformed"),
    ):
        path.write_text(text)
        with pytest.raises(LearnedEditsError, match=why) as info:
            LearnedEdits.load(path)
        assert "run `l2j-lsp train` again" in str(info.value)


def _copying_model(path: Path) -> None:
    """An untrained post-editing model with the copy head: it writes its draft out."""
    tokens = Tokenizer.bytes()
    config = HRMConfig.preset(
        "test",
        copy_head=True,
        prompt="post_edit",
        copy_anchor_id=tokens.encode(DRAFT_START)[0],
        copy_end_id=tokens.encode(DRAFT_END)[0],
    )
    torch.manual_seed(0)
    HierarchicalReasoningModel(config).save_checkpoint(path)


def test_the_hrm_backend_reads_the_draft_with_the_edits_beside_its_checkpoint(
    tmp_path: Path,
) -> None:
    ckpt = tmp_path / "best.ckpt"
    _copying_model(ckpt)
    example = getter("hp")
    request = TranslationRequest(
        java=example.java,
        scope="method",
        name="getHp",
        go_package="model",
        draft=example.draft,
        enclosing_type="Item",
    )
    backend = HrmBackend(ckpt, device="cpu")
    assert asyncio.run(backend.translate(request)).go == example.draft
    mine([getter(f) for f in ("level", "exp", "karma")]).save(tmp_path / EDITS_FILE)
    _copying_model(ckpt)  # a new best.ckpt: the backend reloads it and its edits
    assert asyncio.run(backend.translate(request)).go == example.go


def test_the_hrm_backend_refuses_a_broken_edits_file_with_the_reason(tmp_path: Path) -> None:
    ckpt = tmp_path / "best.ckpt"
    _copying_model(ckpt)
    (tmp_path / EDITS_FILE).write_text(json.dumps({"format": "l2j-learned-edits"}))
    request = TranslationRequest(getter("hp").java, "method", "getHp", "model")
    with pytest.raises(BackendUnavailable, match="learned-edits version None"):
        asyncio.run(HrmBackend(ckpt, device="cpu").translate(request))


def test_a_name_misaligned_with_punctuation_is_never_renamed_to_it() -> None:
    # Three users' Go where `results` lines up with a `)`: not a rename to learn.
    pairs = [
        Example("void f(List r) { g(a, r); }", f"func f{n}() {{\n\tg(a, results)\n}}\n", go)
        for n, go in enumerate(["func f0() {\n\tg(a, ))\n}\n"] * 3)
    ]
    edits = mine(pairs)
    assert all(r.transform != ("literal", ")") for r in edits.renames)
    assert edits.apply(pairs[0].draft, pairs[0].java) == pairs[0].draft
