"""The ``hrm`` backend: a local HRM checkpoint, decoded in a worker thread.

The checkpoint loads lazily on first use and again whenever the file changes on disk (a
training run writing a new ``best.ckpt``), so the editor picks up new weights without a
restart. Decoding runs off the event loop; cancelling the asyncio task sets a flag the
decoder checks before every token.

A post-editing model (``prompt: post_edit``) reads the Java, its context and the ``rules``
draft (the request's ``draft``, else the rules translator's) with the edits training learned
from the user's corrections (``learned_edits.json`` beside the checkpoint) and writes the
Go; its confidence is the calibrated probability that the answer is at least as good as the draft.
A post-editor never answers Go worse-formed than its input: where the network's Go does not
parse (kept as ``rejected``), or where the prompt and an answer as long as the draft exceed
the positions the network was trained on, the answer is the draft it started from
(``fallback`` says why).
"""

from __future__ import annotations

import asyncio
import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from l2j_lsp.backends.base import (
    BackendError,
    BackendUnavailable,
    TokenCallback,
    TranslationRequest,
    TranslationResult,
)
from l2j_lsp.hrm.postedit import answer_limit, window_needed
from l2j_lsp.migration.validate import go_syntax_error
from l2j_lsp.training.learned_edits import EDITS_FILE, LearnedEdits, LearnedEditsError
from l2j_lsp.training.post_edit import edited_draft, model_input

log = logging.getLogger("l2j.hrm")

if TYPE_CHECKING:
    from l2j_lsp.hrm import HierarchicalReasoningModel


def rules_draft(request: TranslationRequest) -> str:
    """The ``rules`` translator's Go for the request (through its public entry point); ""
    where it cannot translate it. A post-editing model's starting point."""
    # Imported here: the translator is only needed once a draft is asked for.
    from l2j_lsp.backends.rules import translate_java

    try:
        return translate_java(request)
    except BackendError as exc:
        log.debug("no rules draft for %s: %s", request.name, exc)
        return ""


class HrmBackend:
    name = "hrm"

    def __init__(self, checkpoint: Path, device: str = "auto", max_length: int = 512) -> None:
        self.checkpoint = Path(checkpoint)
        self.device = device
        self.max_length = max_length
        self._model: HierarchicalReasoningModel | None = None
        self._edits = LearnedEdits()
        self._loaded_stamp: tuple[int, int] | None = None
        # Threading locks, not asyncio ones: loading and decoding happen on worker threads,
        # and the backend may outlive one event loop (the CLI runs several).
        self._load_lock = threading.Lock()
        # One decode at a time: a cancelled decode still finishing its current token holds
        # this briefly, and concurrent decodes would only split the same cores.
        self._decode_lock = threading.Lock()
        # The stop flags of the decodes under way: closing the backend sets them all.
        self._running: set[threading.Event] = set()

    @property
    def model_id(self) -> str:
        # mtime and size tell weights apart: a retrained best.ckpt is a different model.
        try:
            mtime_ns, size = self._stamp()
            stamp = f"{mtime_ns}:{size}"
        except BackendUnavailable:
            stamp = "missing"
        return f"hrm:{self.checkpoint.resolve()}@{stamp}"

    def reload(self) -> None:
        """Drop the model; the next translation loads the checkpoint again."""
        self._model = None
        self._loaded_stamp = None

    def _stamp(self) -> tuple[int, int]:
        try:
            st = self.checkpoint.stat()
        except FileNotFoundError:
            raise BackendUnavailable(
                f"no HRM checkpoint at {self.checkpoint} yet: run `l2j-lsp train`"
            ) from None
        return st.st_mtime_ns, st.st_size

    def _load(self) -> HierarchicalReasoningModel:
        # Imported here so that choosing another backend never pays for importing torch.
        import torch

        from l2j_lsp.hrm import CheckpointError, HierarchicalReasoningModel

        # Trained weights produce denormal activations that make CPU kernels many times
        # slower (seen: 10.9 s vs 0.35 s for 8 pairs); flushing them to zero costs nothing
        # a translation can see. The training loop does the same.
        torch.set_flush_denormal(True)
        try:
            model = HierarchicalReasoningModel.load_from_checkpoint(self.checkpoint, self.device)
        except CheckpointError as exc:
            raise BackendUnavailable(str(exc)) from exc
        if model.device.type == "cpu":
            # Decoding one answer is a chain of small ops: a second OpenMP thread adds a
            # barrier to each and made it 10-40x slower on a busy 2-core machine
            # (docs/benchmarks/hrm.md). The process uses torch for nothing else.
            torch.set_num_threads(1)
        return model

    def _ensure_model(self) -> tuple[HierarchicalReasoningModel, LearnedEdits]:
        """The loaded model and its learned edits, (re)loaded when absent or when the
        checkpoint changed (training writes the edits before the checkpoint)."""
        with self._load_lock:
            stamp = self._stamp()
            model = self._model
            if model is None or stamp != self._loaded_stamp:
                self._model = None
                try:
                    edits = LearnedEdits.load(self.checkpoint.parent / EDITS_FILE)
                except LearnedEditsError as exc:
                    raise BackendUnavailable(str(exc)) from exc
                model = self._load()
                self._model, self._edits, self._loaded_stamp = model, edits, stamp
            return model, self._edits

    async def translate(
        self, request: TranslationRequest, on_token: TokenCallback | None = None
    ) -> TranslationResult:
        model, edits = await asyncio.to_thread(self._ensure_model)
        loop = asyncio.get_running_loop()
        stop = threading.Event()

        def forward_token(count: int, text: str) -> None:
            # Called on the worker thread; the callback belongs to the event loop's thread.
            if not stop.is_set():
                loop.call_soon_threadsafe(_deliver, count, text)

        def _deliver(count: int, text: str) -> None:
            if on_token is not None and not stop.is_set():
                on_token(count, text)

        def decode() -> TranslationResult:
            prompt, draft, limit = request.java, "", self.max_length
            result = TranslationResult(go="", backend=self.name, model=self.checkpoint.name)
            if model.config.prompt == "post_edit":
                draft = edited_draft(request, request.draft or rules_draft(request), edits)
                prompt = model_input(request, draft)
                assert model.tokenizer is not None
                draft_tokens = len(model.tokenizer.encode(draft))
                needed = window_needed(len(model.tokenizer.encode(prompt)), draft_tokens)
                if needed > model.config.max_seq_len and go_syntax_error(draft) is None:
                    # Past the positions it was trained on the network writes noise: the
                    # draft is the answer, and no time is spent decoding.
                    result.go = result.draft = draft
                    result.fallback = (
                        f"the prompt and an answer as long as the draft ({needed} tokens) "
                        f"exceed the model's {model.config.max_seq_len}"
                    )
                    return result
                limit = answer_limit(draft_tokens, limit)
            with self._decode_lock:
                gen = model.generate_with_confidence(
                    prompt,
                    max_length=limit,
                    should_stop=stop.is_set,
                    on_token=None if on_token is None else forward_token,
                )
            result.go, result.draft, result.tokens = gen.text, draft, gen.tokens
            result.confidence = model.calibrated_confidence(gen, draft)
            error = go_syntax_error(gen.text) if draft else None
            if error is not None and go_syntax_error(draft) is None:
                result.go, result.rejected = draft, gen.text
                result.fallback = f"its Go does not parse ({error})"
            return result

        self._running.add(stop)
        try:
            result = await asyncio.to_thread(decode)
        except asyncio.CancelledError:
            stop.set()
            raise
        finally:
            self._running.discard(stop)
        if result.fallback:
            result.route.append(f"hrm: {result.fallback}; answered the draft")
        return result

    async def aclose(self) -> None:
        for stop in list(self._running):
            stop.set()
        self._model = None
