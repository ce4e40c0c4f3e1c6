"""From the dataset store to training examples: one snapshot read, source ids, the
deterministic train/val split, method-level cuts, and the per-epoch sample with renaming
augmentation."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from l2j_lsp.backends.base import TranslationRequest
from l2j_lsp.backends.hrm import rules_draft
from l2j_lsp.hrm import SOURCE_ACCEPTED, SOURCE_CORRECTED, SOURCE_RULES, SOURCE_SYNTHETIC, Tokenizer
from l2j_lsp.hrm.data import EncodedPair, encode_pair
from l2j_lsp.training.learned_edits import LearnedEdits
from l2j_lsp.training.post_edit import (
    edited_draft,
    learn_edits,
    model_input,
    pair_request,
    request_for,
)
from l2j_lsp.training.store import TRAINING_STATUSES, DatasetError, DatasetStore, Pair
from l2j_lsp.training.train_syntax import RenamePlan, apply_renaming, cut_methods, rename_plan

# Below this many pairs a held-out split leaves too little to learn from: validate on train.
MIN_PAIRS_FOR_SPLIT = 10


class EmptyDataset(ValueError):
    """Nothing trainable in the store (or the extra source)."""


@dataclass(frozen=True)
class Example:
    java: str
    go: str
    source_id: int
    # Split key: pairs (and the method cuts of a pair) with one key land on the same side.
    key: str
    scope: str = ""
    # The editor's request for this Java (the file, the context): what a post-editing
    # model's prompt is built from. None: built from the Java alone.
    request: TranslationRequest | None = None
    # For a post-editing model: the draft the prompt holds (``java`` is then the prompt): the
    # rules draft with the learned edits, and the rules draft as it was.
    draft: str = ""
    rules_draft: str = ""


@dataclass
class Snapshot:
    examples: list[Example]
    from_store: int
    from_data_path: int
    # The highest store id read: pairs written after the snapshot have higher ids.
    max_store_id: int


def source_id_of(pair: Pair) -> int:
    if pair.status == "corrected":
        return SOURCE_CORRECTED
    if pair.status == "accepted":
        return SOURCE_ACCEPTED
    return SOURCE_RULES if pair.backend == "rules" else SOURCE_SYNTHETIC


def _content_key(pair: Pair) -> str:
    digest = hashlib.sha256(f"{pair.input}\0{pair.output}".encode()).hexdigest()[:16]
    return f"seed:{digest}"


def load_snapshot(dataset: Path, data_path: Path | None) -> Snapshot:
    """The trainable pairs of the store (one SELECT, so a server writing at the same time
    never gives a torn read), plus those of ``data_path`` (seed JSON folder or HRM JSONL)
    that the store does not hold already."""
    store_pairs: list[Pair] = []
    if dataset.exists():
        with DatasetStore(dataset) as store:
            store_pairs = store.pairs(TRAINING_STATUSES)
    root = Path.cwd()
    examples = [
        Example(p.input, p.output, source_id_of(p), f"pair:{p.id}", p.scope, pair_request(p, root))
        for p in store_pairs
    ]
    extra = 0
    if data_path is not None:
        seen = {(p.input, p.output) for p in store_pairs}
        # An in-memory store parses the seed formats exactly as `l2j-lsp dataset import` does.
        with DatasetStore(Path(":memory:")) as mem:
            report = mem.import_path(data_path)
            if report.errors:
                raise DatasetError(f"{data_path}: {report.errors[0]}")
            for p in mem.pairs(TRAINING_STATUSES):
                if (p.input, p.output) not in seen:
                    examples.append(
                        Example(
                            p.input,
                            p.output,
                            source_id_of(p),
                            _content_key(p),
                            p.scope,
                            pair_request(p, root),
                        )
                    )
                    extra += 1
    if not examples:
        raise EmptyDataset(dataset)
    return Snapshot(examples, len(store_pairs), extra, max((p.id for p in store_pairs), default=0))


def _unit_hash(key: str) -> float:
    return int(hashlib.sha256(key.encode()).hexdigest()[:15], 16) / 16**15


def split(examples: list[Example], val_fraction: float) -> tuple[list[Example], list[Example], str]:
    """(train, val, note). A pair is in val when the hash of its key is below
    ``val_fraction``: stable as the dataset grows (a pair never changes side). At least one
    val pair from ``MIN_PAIRS_FOR_SPLIT`` pairs on; below that, or with ``val_fraction`` 0,
    val is the training set itself and the note says so."""
    if val_fraction <= 0 or len(examples) < MIN_PAIRS_FOR_SPLIT:
        why = "val_fraction is 0" if val_fraction <= 0 else f"only {len(examples)} pairs"
        return examples, examples, f"validating on the training pairs ({why})"
    hashes = [_unit_hash(e.key) for e in examples]
    is_val = [h < val_fraction for h in hashes]
    if not any(is_val):
        is_val[min(range(len(examples)), key=hashes.__getitem__)] = True
    train = [e for e, v in zip(examples, is_val, strict=True) if not v]
    val = [e for e, v in zip(examples, is_val, strict=True) if v]
    return train, val, f"{len(train)} train / {len(val)} val pairs (split by pair id)"


def with_method_cuts(examples: list[Example]) -> tuple[list[Example], int]:
    """The examples plus the method-level pairs cut from class-level ones."""
    out = list(examples)
    for e in examples:
        for m in cut_methods(e.java, e.go):
            package = e.request.go_package if e.request is not None else ""
            # The class-level Java is the cut's file: its context comes from there.
            request = request_for(m.java, "method", m.name, package, file_source=e.java)
            out.append(Example(m.java, m.go, e.source_id, e.key, "method", request))
    return out, len(out) - len(examples)


def with_drafts(examples: Sequence[Example]) -> list[Example]:
    """The examples with their request (built from the Java alone where there was none)
    and the rules draft of it."""
    out = []
    for e in examples:
        request = e.request or request_for(e.java, e.scope, "")
        out.append(replace(e, request=request, draft=rules_draft(request)))
    return out


def edits_from(drafted: Sequence[Example]) -> LearnedEdits:
    """The edits learned from examples ``with_drafts`` made."""
    return learn_edits((e.request, e.draft, e.go) for e in drafted if e.request is not None)


def post_edit_examples(drafted: Sequence[Example], edits: LearnedEdits) -> list[Example]:
    """Examples ``with_drafts`` made as a post-editing model sees them: ``draft`` becomes
    the rules draft with the learned edits, ``java`` the prompt (context, Java, that draft)."""
    out = []
    for e in drafted:
        request = e.request or request_for(e.java, e.scope, "")
        draft = edited_draft(request, e.draft, edits)
        out.append(replace(e, java=model_input(request, draft), draft=draft, rules_draft=e.draft))
    return out


def source_weights(synthetic: float, rules: float) -> dict[int, float]:
    return {
        SOURCE_CORRECTED: 1.0,
        SOURCE_ACCEPTED: 1.0,
        SOURCE_SYNTHETIC: synthetic,
        SOURCE_RULES: rules,
    }


@dataclass
class EpochSampler:
    """Which training sequences an epoch sees, the same on every rank and after a resume.

    Sources are sampled by weight relative to the most trusted source present: with people's
    pairs and teacher pairs at weight 0.5, each epoch sees every person's pair and a random
    half of the teacher pairs (a fixed count, so every epoch has the same length). Each
    chosen pair is renamed with probability ``rename_prob`` when its names allow it.
    """

    examples: list[Example]
    tokenizer: Tokenizer
    max_len: int
    weights: dict[int, float]
    rename_prob: float
    seed: int
    # Post-editing prompts lose their start, not their draft, when too long.
    keep_prompt_end: bool = False
    _encoded: list[EncodedPair] = field(init=False)
    _plans: dict[int, RenamePlan | None] = field(init=False, default_factory=dict)
    _groups: dict[int, list[int]] = field(init=False, default_factory=dict)
    _counts: dict[int, int] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self._encoded = [self._encode(e.java, e.go, e.source_id) for e in self.examples]
        for i, e in enumerate(self.examples):
            self._groups.setdefault(e.source_id, []).append(i)
        top = max(self.weights[s] for s in self._groups)
        for s, members in self._groups.items():
            self._counts[s] = max(1, round(len(members) * self.weights[s] / top))

    def _encode(self, java: str, go: str, source_id: int) -> EncodedPair:
        return encode_pair(self.tokenizer, java, go, self.max_len, source_id, self.keep_prompt_end)

    def __len__(self) -> int:
        return sum(self._counts.values())

    def truncated(self) -> int:
        """How many examples do not fit ``max_len`` whole."""
        return sum(p.truncated for p in self._encoded)

    def _plan(self, i: int) -> RenamePlan | None:
        # Parsed on first use: a large dataset does not pay for all parses before step one.
        if i not in self._plans:
            e = self.examples[i]
            self._plans[i] = rename_plan(e.java, e.go)
        return self._plans[i]

    def epoch(self, epoch: int) -> list[EncodedPair]:
        rng = random.Random(f"{self.seed}:{epoch}")
        chosen: list[int] = []
        for s in sorted(self._groups):
            members = self._groups[s]
            count = self._counts[s]
            chosen.extend(members if count >= len(members) else rng.sample(members, count))
        out = []
        for i in chosen:
            plan = self._plan(i) if rng.random() < self.rename_prob else None
            if plan is None:
                out.append(self._encoded[i])
                continue
            java, go, _ = apply_renaming(plan, rng)
            out.append(self._encode(java, go, self.examples[i].source_id))
        return out


def by_length(items: Sequence[EncodedPair]) -> list[EncodedPair]:
    """Longest first, so micro-batches pad little and an out-of-memory shows up at once."""
    return sorted(items, key=lambda p: -len(p.input_ids))


# Batches are cut from pools of this many batches, sorted by length.
BUCKET_POOL = 16


def length_buckets(
    items: Sequence[EncodedPair], batch_size: int, rng: random.Random
) -> list[list[EncodedPair]]:
    """``items`` (already shuffled) in batches of similar lengths, in random order: each
    pool of ``BUCKET_POOL`` batches is sorted by length before it is cut, so a batch pads to
    a neighbour's length instead of the epoch's longest (pairs range from 100 to 1,000+
    tokens)."""
    pool = batch_size * BUCKET_POOL
    batches: list[list[EncodedPair]] = []
    for start in range(0, len(items), pool):
        chunk = by_length(items[start : start + pool])
        batches.extend(chunk[i : i + batch_size] for i in range(0, len(chunk), batch_size))
    rng.shuffle(batches)
    return batches
