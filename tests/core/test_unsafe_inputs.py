"""Inputs that could run code or crash a command: a checkpoint holding Python objects, a
training config that is binary or asks YAML to build objects, a Java class whose name is
not ASCII. Each is refused (or handled) with a message that says what it is."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import torch

from l2j_lsp.backends.base import BackendUnavailable, TranslationRequest
from l2j_lsp.backends.hrm import HrmBackend
from l2j_lsp.migration.target import map_java_file

RAN = "l2j-test-ran-code"


class Payload:
    """Would write a file if unpickled."""

    def __reduce__(self) -> tuple[object, tuple[()]]:
        return (Path(RAN).touch, ())


def test_a_checkpoint_with_python_objects_is_refused_as_unsafe_not_corrupt(
    tmp_path: Path,
) -> None:
    path = tmp_path / "best.ckpt"
    torch.save({"format": "l2j-hrm-checkpoint", "version": 1, "payload": Payload()}, path)
    backend = HrmBackend(path, device="cpu")
    request = TranslationRequest(
        java="int f() { return 1; }", scope="method", name="f", go_package="p"
    )
    try:
        asyncio.run(backend.translate(request))
    except BackendUnavailable as exc:
        message = str(exc)
    else:
        raise AssertionError("the checkpoint was loaded")
    assert "was refused unread: it holds Python objects" in message
    assert "truncated or corrupt" not in message
    assert not (Path.cwd() / RAN).exists() and not (tmp_path / RAN).exists()


def train(config: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "l2j_lsp", "train", "--config", str(config), "--device", "cpu"],
        cwd=cwd,
        capture_output=True,
        text=True,
    )


def test_a_binary_or_object_building_config_exits_2_with_a_message(tmp_path: Path) -> None:
    binary = tmp_path / "binary.yaml"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe" * 20)
    proc = train(binary, tmp_path)
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert "is not a YAML text file (not UTF-8 at byte 0)" in proc.stderr
    assert "Traceback" not in proc.stderr

    hostile = tmp_path / "hostile.yaml"
    hostile.write_text(f"seed: !!python/object/apply:pathlib.Path.touch [{RAN}]\n")
    proc = train(hostile, tmp_path)
    assert proc.returncode == 2 and "is not valid YAML" in proc.stderr, proc.stderr[-2000:]
    assert not (tmp_path / RAN).exists()


def test_non_ascii_class_names_get_their_own_go_files(tmp_path: Path) -> None:
    names = ["Größe", "Grüße", "Ñandú", "Ärger", "Éclair", "Name"]
    targets = [
        map_java_file(tmp_path / f"{n}.java", "com.l2jserver.x", tmp_path, "com.l2jserver", "m")
        for n in names
    ]
    files = [t.path.name for t in targets]
    assert files == ["größe.go", "grüße.go", "ñandú.go", "ärger.go", "éclair.go", "name.go"]
    assert len(set(files)) == len(names)
