"""The `hrm` backend: availability errors, answers, reloads and cancellation."""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path

import pytest
import torch

from l2j_lsp.backends.base import Backend, BackendUnavailable, TranslationRequest
from l2j_lsp.backends.hrm import HrmBackend
from l2j_lsp.hrm.tokenizer import EOS_ID
from tests.hrm.helpers import random_model

JAVA = "int getHp() { return hp; }"


def _request(java: str = JAVA) -> TranslationRequest:
    return TranslationRequest(java=java, scope="method", name="getHp", go_package="model")


def _save(path: Path, seed: int = 0, never_stop: bool = False) -> None:
    model = random_model(seed=seed)
    if never_stop:
        # A zero <eos> row loses the argmax to the max of 259 random logits: decoding only
        # ends at max_length (or when cancelled).
        with torch.no_grad():
            model.lm_head.weight[EOS_ID] = 0.0
    model.save_checkpoint(path)


async def test_missing_checkpoint_says_how_to_get_one(tmp_path: Path) -> None:
    backend = HrmBackend(tmp_path / "best.ckpt")
    assert isinstance(backend, Backend) and backend.name == "hrm"
    assert backend.model_id.endswith("@missing")
    with pytest.raises(BackendUnavailable, match="run `l2j-lsp train`") as info:
        await backend.translate(_request())
    assert str(tmp_path / "best.ckpt") in str(info.value)


async def test_corrupt_checkpoint_is_unavailable_with_the_reason(tmp_path: Path) -> None:
    path = tmp_path / "best.ckpt"
    path.write_text("garbage")
    with pytest.raises(BackendUnavailable, match="not an HRM checkpoint"):
        await HrmBackend(path).translate(_request())


async def test_answers_streams_and_reloads_changed_checkpoint(tmp_path: Path) -> None:
    path = tmp_path / "best.ckpt"
    _save(path, seed=1)
    backend = HrmBackend(path, device="cpu", max_length=24)
    streamed: list[str] = []
    result = await backend.translate(_request(), on_token=lambda n, t: streamed.append(t))
    await asyncio.sleep(0)  # let call_soon_threadsafe deliveries run
    expected = random_model(seed=1).generate_with_confidence(JAVA, max_length=24)
    assert result.go == expected.text and "".join(streamed) == expected.text
    assert result.backend == "hrm" and result.model == "best.ckpt"
    assert result.confidence == pytest.approx(expected.confidence, abs=1e-5)
    first_model = backend._model
    first_id = backend.model_id

    # Same file, same mtime: the loaded model is reused.
    await backend.translate(_request())
    assert backend._model is first_model
    # A new checkpoint written in place (newer mtime) is picked up without reload().
    _save(path, seed=2)
    os.utime(path, (time.time() + 5, time.time() + 5))
    assert backend.model_id != first_id
    result2 = await backend.translate(_request())
    assert backend._model is not first_model
    assert result2.go == random_model(seed=2).generate(JAVA, max_length=24)
    backend.reload()
    assert backend._model is None
    await backend.translate(_request())
    await backend.aclose()


async def test_cancelling_the_task_stops_decoding(tmp_path: Path) -> None:
    path = tmp_path / "best.ckpt"
    _save(path, never_stop=True)
    backend = HrmBackend(path, device="cpu", max_length=5000)
    counts: list[int] = []
    started = asyncio.Event()

    def on_token(n: int, _text: str) -> None:
        counts.append(n)
        started.set()

    task = asyncio.create_task(backend.translate(_request(), on_token=on_token))
    await asyncio.wait_for(started.wait(), timeout=60)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    # The worker thread gives the model back within a token or two, far before max_length.
    freed = await asyncio.to_thread(backend._decode_lock.acquire, True, 5.0)
    assert freed
    backend._decode_lock.release()
    seen = len(counts)
    await asyncio.sleep(0.2)
    assert len(counts) == seen and max(counts) < 5000
