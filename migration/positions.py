"""LSP positions <-> UTF-8 byte offsets.

LSP counts characters in UTF-16 code units by default (or UTF-8 / UTF-32 when negotiated);
tree-sitter counts bytes of UTF-8. A line table of byte offsets is built once per text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Literal

Encoding = Literal["utf-16", "utf-8", "utf-32"]

# LSP accepts \n, \r\n and \r as line ends.
_LINE_END = re.compile(rb"\r\n|\r|\n")


def sanitize(text: str) -> str:
    """Replace lone surrogates (possible in JSON-decoded text) with U+FFFD.

    Both take one UTF-16 unit, so client positions stay valid, and the text can then be
    encoded to UTF-8 for tree-sitter.
    """
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _units(ch: str, encoding: Encoding) -> int:
    if encoding == "utf-16":
        return 2 if ord(ch) > 0xFFFF else 1
    if encoding == "utf-8":
        return len(ch.encode("utf-8"))
    return 1


@dataclass(frozen=True)
class LineTable:
    data: bytes
    starts: tuple[int, ...]

    @classmethod
    def build(cls, data: bytes) -> LineTable:
        starts = [0]
        starts.extend(m.end() for m in _LINE_END.finditer(data))
        return cls(data, tuple(starts))

    @property
    def line_count(self) -> int:
        return len(self.starts)

    def line_bytes(self, line: int) -> bytes:
        """The line's bytes without its line end."""
        start = self.starts[line]
        end = self.starts[line + 1] if line + 1 < len(self.starts) else len(self.data)
        return self.data[start:end].rstrip(b"\r\n")

    def to_byte(self, line: int, character: int, encoding: Encoding = "utf-16") -> int:
        """Byte offset of an LSP position; positions past a line's end clamp to it, and a
        line past the end of the text clamps to the end (as the LSP spec asks)."""
        if line < 0 or character < 0:
            raise ValueError(f"negative position {line}:{character}")
        if line >= len(self.starts):
            return len(self.data)
        raw = self.line_bytes(line)
        if encoding == "utf-8":
            return self.starts[line] + min(character, len(raw))
        text = raw.decode("utf-8", "replace")
        units = 0
        consumed = 0
        for ch in text:
            if units >= character:
                break
            units += _units(ch, encoding)
            consumed += len(ch.encode("utf-8"))
        return self.starts[line] + consumed

    def to_position(self, offset: int, encoding: Encoding = "utf-16") -> tuple[int, int]:
        """LSP (line, character) of a byte offset."""
        offset = max(0, min(offset, len(self.data)))
        line = bisect.bisect_right(self.starts, offset) - 1
        prefix = self.data[self.starts[line] : offset]
        if encoding == "utf-8":
            return line, len(prefix)
        text = prefix.decode("utf-8", "replace")
        return line, sum(_units(ch, encoding) for ch in text)


def ts_point(data: bytes, offset: int) -> tuple[int, int]:
    """tree-sitter point (row, byte column) of a byte offset; tree-sitter counts rows by
    ``\n`` only, unlike LSP."""
    row = data.count(b"\n", 0, offset)
    return row, offset - (data.rfind(b"\n", 0, offset) + 1)
