"""The argument of ``l2j.migrateToGo``, checked field by field: a client (or a hand-written
command) may send anything, and each wrong field gets a message that names it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# LSP positions are uintegers: 0 .. 2^31 - 1.
_MAX_POSITION = 2**31 - 1


class CommandError(Exception):
    """The command cannot run as asked; the message tells the user why."""


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _position(value: Any, where: str) -> tuple[int, int]:
    if not isinstance(value, dict):
        raise CommandError(f"{where} must be an object {{line, character}}, not {_shown(value)}")
    out: list[int] = []
    for key in ("line", "character"):
        number = value.get(key, 0)
        if isinstance(number, bool) or not isinstance(number, int):
            raise CommandError(f"{where}.{key} must be a whole number, not {_shown(number)}")
        if not 0 <= number <= _MAX_POSITION:
            raise CommandError(f"{where}.{key} must be from 0 to {_MAX_POSITION}, not {number}")
        out.append(number)
    return out[0], out[1]


@dataclass(frozen=True)
class MigrateArgs:
    uri: str
    version: int | None
    scope: str
    name: str
    # The declaration's range when the action was made (the document may have changed).
    start: tuple[int, int]
    end: tuple[int, int]

    @classmethod
    def parse(cls, raw: Any) -> MigrateArgs:
        if not isinstance(raw, dict) or not isinstance(raw.get("uri"), str):
            raise CommandError(
                "l2j.migrateToGo needs one argument {uri, version, scope, name, range}"
            )
        scope = raw.get("scope")
        if scope not in ("method", "class", "file"):
            raise CommandError(f"scope must be method, class or file, not {_shown(scope)}")
        name = raw.get("name")
        if name is not None and not isinstance(name, str):
            raise CommandError(f"name must be a string, not {_shown(name)}")
        version = raw.get("version")
        if version is not None and (isinstance(version, bool) or not isinstance(version, int)):
            raise CommandError(f"version must be a whole number or null, not {_shown(version)}")
        rng = raw.get("range")
        if rng is None:
            rng = {"start": {"line": 0, "character": 0}}
        if not isinstance(rng, dict):
            raise CommandError(f"range must be an object {{start, end}}, not {_shown(rng)}")
        start = _position(rng.get("start", {}), "range.start")
        end = _position(rng["end"], "range.end") if "end" in rng else start
        return cls(
            uri=raw["uri"],
            version=version,
            scope=scope,
            name=name or "",
            start=start,
            end=max(start, end),
        )
