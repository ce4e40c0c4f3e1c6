"""Learned edits: the systematic rewrites that turn the ``rules`` draft into the user's Go,
mined from the training pairs and applied to every draft before the HRM reads it.

A user who corrects drafts corrects them the same way again and again (drops the generated
"is the Java method" line, keeps Java's ``getX`` as ``GetX``, names every receiver ``this``,
writes ``int`` for ``int32``). A small network learns such habits slowly on a CPU; counting
them is instant. The miner aligns each draft with its Go token by token and keeps two kinds
of edit:

- **renames** of one identifier: *feature* -> *transform*. The feature says which draft
  identifiers the rule is about (this token; the receiver variable; a name the rules
  translator derived from a Java name, by the Java name's dropped prefix ``get``/``is``/
  ``set``, whether it was qualified ``Type.name``, whether it is called). The transform says
  what the user wrote (a literal, or the Java name as written, capitalised, or
  ``Type_name``), so "draft ``SymbologyModifier`` from Java ``getSymbologyModifier`` ->
  ``GetSymbologyModifier``" generalises to names never seen.
- **line deletions**, by the line's shape (identifiers of the pair abstracted to ``ID``,
  literals to ``STR``/``NUM``) or its region (a comment above the func, the import block).

An edit is kept when it changed the draft in at least ``min_support`` distinct pairs and
holds in at least ``min_precision`` of the places its feature occurs in the training drafts
(a rename that the user makes in half the places stays out). Stored as plain JSON beside the
checkpoint (``EDITS_FILE``), never pickled.
"""

from __future__ import annotations

import difflib
import json
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from l2j_lsp.atomic import write_text_atomic

EDITS_FILE = "learned_edits.json"
FORMAT = "l2j-learned-edits"
VERSION = 1
MIN_SUPPORT = 3
MIN_PRECISION = 2 / 3
# Two lines are "the same line, edited" from this difflib ratio on (else the draft's line
# counts as deleted).
SAME_LINE = 0.5

_TOKEN = re.compile(
    r"//[^\n]*|/\*.*?\*/|\"(?:\\.|[^\"\\\n])*\"|`[^`]*`|'(?:\\.|[^'\\\n])*'"
    r"|[A-Za-z_$][\w$]*|\d[\w.]*|\S",
    re.DOTALL,
)
_IDENT = re.compile(r"[A-Za-z_$][\w$]*")
_GO_KEYWORDS = frozenset(
    "break case chan const continue default defer else fallthrough for func go goto if "
    "import interface map package range return select struct switch type var".split()
)
_PREFIXES = ("get", "is", "set")

# A feature or a transform: a kind and its arguments, all strings (JSON lists on disk).
Feature = tuple[str, ...]
Transform = tuple[str, ...]


class LearnedEditsError(ValueError):
    """A learned-edits file that cannot be used."""


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    line: int


def tokenize(code: str) -> list[Token]:
    """Go (or Java) tokens with their spans and line numbers; comments are one token."""
    out: list[Token] = []
    line, pos = 0, 0
    for m in _TOKEN.finditer(code):
        line += code.count("\n", pos, m.start())
        pos = m.start()
        out.append(Token(m.group(), m.start(), m.end(), line))
    return out


def _is_ident(text: str) -> bool:
    return bool(_IDENT.fullmatch(text)) and text not in _GO_KEYWORDS


def _norm(name: str) -> str:
    return name.replace("_", "").lower()


def _strip_prefix(name: str) -> tuple[str, str]:
    """(``get``, ``X``) for ``getX``; ("", name) without such a prefix."""
    for prefix in _PREFIXES:
        rest = name[len(prefix) :]
        if name.startswith(prefix) and rest[:1].isupper():
            return prefix, rest
    return "", name


@dataclass(frozen=True)
class Origin:
    """The Java name a draft identifier was derived from."""

    qualifier: str  # "Type" of ``Type.name``, else ""
    name: str
    prefix: str  # the ``get``/``is``/``set`` the draft dropped, else ""


def java_origins(java: str) -> dict[tuple[str, bool], Origin]:
    """(normalised draft spelling, called) -> the Java name it comes from. A call comes from
    a Java call (``getHp()``, not the field ``hp``). Exact spellings win over ones with a
    dropped prefix, and those over qualified ones (``Type.name`` -> ``TypeName``)."""
    toks = [t.text for t in tokenize(java) if not t.text.startswith(("//", "/*"))]
    found: dict[tuple[str, bool], Origin] = {}
    candidates: list[list[tuple[tuple[str, bool], Origin]]] = [[], [], []]
    for i, name in enumerate(toks):
        if not _IDENT.fullmatch(name):
            continue
        called = i + 1 < len(toks) and toks[i + 1] == "("
        qualifier = ""
        if i >= 2 and toks[i - 1] == "." and _IDENT.fullmatch(toks[i - 2]):
            qualifier = toks[i - 2] if toks[i - 2][:1].isupper() else ""
        prefix, rest = _strip_prefix(name)
        candidates[0].append(((_norm(name), called), Origin("", name, "")))
        if prefix:
            candidates[1].append(((_norm(rest), called), Origin("", name, prefix)))
        if qualifier:
            key = (_norm(qualifier + rest), called)
            candidates[2].append((key, Origin(qualifier, name, prefix)))
    for tier in candidates:
        for key, origin in tier:
            found.setdefault(key, origin)
    return found


def _cap(name: str) -> str:
    return name[:1].upper() + name[1:]


def apply_transform(transform: Transform, ident: str, origin: Origin | None) -> str | None:
    """What ``transform`` makes of the draft identifier ``ident``; None where it does not
    apply (a transform of the Java name, and the identifier has none)."""
    kind = transform[0]
    if kind == "literal":
        return transform[1]
    if origin is None:
        return None
    if kind == "java":
        return origin.name
    if kind == "java_cap":
        return _cap(origin.name)
    if origin.qualifier and kind == "qualified":
        return f"{origin.qualifier}_{origin.name}"
    if origin.qualifier and kind == "qualified_cap":
        return f"{origin.qualifier}_{_cap(origin.name)}"
    return None


_GENERIC: tuple[Transform, ...] = (("java",), ("java_cap",), ("qualified",), ("qualified_cap",))


@dataclass
class _Draft:
    """A draft's tokens and what the miner and the rules read from them."""

    tokens: list[Token]
    by_line: dict[int, list[Token]]
    origins: dict[tuple[str, bool], Origin]
    names: frozenset[str]
    receiver: str
    lines: list[str]
    head_comments: frozenset[int]
    import_lines: frozenset[int]

    @classmethod
    def read(cls, draft: str, java: str, enclosing: str = "") -> _Draft:
        tokens = tokenize(draft)
        code = [t.text for t in tokens if not t.text.startswith(("//", "/*"))]
        java_idents = {t.text for t in tokenize(java) if _IDENT.fullmatch(t.text)}
        names = frozenset(java_idents | {c for c in code if _IDENT.fullmatch(c)} | {enclosing})
        by_line: dict[int, list[Token]] = defaultdict(list)
        for t in tokens:
            by_line[t.line].append(t)
        receiver = ""
        for i, t in enumerate(tokens[:-2]):
            # A method's `func (r`, at the start of a line (not a func literal's `func(a`).
            top = t.start == 0 or draft[t.start - 1] == "\n"
            if top and t.text == "func" and tokens[i + 1].text == "(":
                receiver = tokens[i + 2].text if _is_ident(tokens[i + 2].text) else ""
                break
        lines = draft.split("\n")
        first_func = next((t.line for t in tokens if t.text == "func"), len(lines))
        heads = {i for i in range(first_func) if lines[i].lstrip().startswith("//")}
        imports: set[int] = set()
        in_block = False
        for i, line in enumerate(lines[:first_func]):
            stripped = line.strip()
            if stripped.startswith("import"):
                imports.add(i)
                in_block = stripped.endswith("(")
            elif in_block:
                imports.add(i)
                in_block = stripped != ")"
        return cls(
            tokens,
            by_line,
            java_origins(java),
            names,
            receiver,
            lines,
            frozenset(heads),
            frozenset(imports),
        )

    def called(self, i: int) -> bool:
        return i + 1 < len(self.tokens) and self.tokens[i + 1].text == "("

    def origin(self, i: int) -> Origin | None:
        """The Java name the draft's token ``i`` comes from: a call from a call if the Java
        has one, else from any use."""
        key, called = _norm(self.tokens[i].text), self.called(i)
        return self.origins.get((key, called)) or self.origins.get((key, not called))

    def rename_features(self, i: int) -> list[Feature]:
        text = self.tokens[i].text
        out: list[Feature] = [("token", text)]
        if text == self.receiver:
            out.append(("receiver",))
        origin = self.origin(i)
        if origin is not None:
            qualified = "qualified" if origin.qualifier else ""
            out.append(("origin", origin.prefix, qualified, str(self.called(i))))
        return out

    def _abstract_word(self, m: re.Match[str]) -> str:
        return "ID" if m.group() in self.names else m.group()

    def shape(self, line: int) -> str:
        parts = []
        for t in self.by_line.get(line, ()):
            if t.text.startswith("//"):
                parts.append(_IDENT.sub(self._abstract_word, t.text))
            elif t.text[0] in "\"`'":
                parts.append("STR")
            elif t.text[0].isdigit():
                parts.append("NUM")
            else:
                parts.append("ID" if t.text in self.names and _is_ident(t.text) else t.text)
        return " ".join(parts)

    def line_features(self, line: int) -> list[Feature]:
        """What a deletion rule may key on. Only comment and import lines: deleting a line
        of code would break the func's syntax more often than it helps."""
        is_comment = self.lines[line].lstrip().startswith("//")
        if not is_comment and line not in self.import_lines:
            return []
        out: list[Feature] = [("line", self.shape(line))]
        if line in self.head_comments:
            out.append(("head_comment",))
        if line in self.import_lines:
            out.append(("import",))
        return out


def _token_alignment(draft: list[Token], target: list[Token]) -> dict[int, str]:
    """Draft token index -> the target token it became (equal, or a same-length replace)."""
    a, b = [t.text for t in draft], [t.text for t in target]
    out: dict[int, str] = {}
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal" or (op == "replace" and i2 - i1 == j2 - j1):
            for k in range(i2 - i1):
                out[i1 + k] = b[j1 + k]
    return out


def _deleted_lines(draft: list[str], target: list[str]) -> set[int]:
    """Draft lines with no counterpart in the target (not even an edited one)."""
    a, b = [s.strip() for s in draft], [s.strip() for s in target]
    out: set[int] = set()
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "delete":
            out.update(range(i1, i2))
        elif op == "replace":
            for i in range(i1, i2):
                comment = a[i].startswith("//")
                if not any(
                    b[j].startswith("//") == comment
                    and difflib.SequenceMatcher(None, a[i], b[j]).ratio() >= SAME_LINE
                    for j in range(j1, j2)
                ):
                    out.add(i)
    return out


@dataclass(frozen=True)
class Example:
    """One training pair as the miner sees it."""

    java: str
    draft: str
    go: str
    enclosing: str = ""


@dataclass(frozen=True)
class Rename:
    feature: Feature
    transform: Transform
    support: int
    precision: float


@dataclass(frozen=True)
class Deletion:
    feature: Feature
    support: int
    precision: float


@dataclass
class LearnedEdits:
    renames: list[Rename] = field(default_factory=list)
    deletions: list[Deletion] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.renames or self.deletions)

    def apply(self, draft: str, java: str, enclosing: str = "") -> str:
        """The draft with every learned edit applied (unchanged without edits)."""
        if not self or not draft:
            return draft
        d = _Draft.read(draft, java, enclosing)
        delete_features = {x.feature for x in self.deletions}
        gone = {
            i for i in range(len(d.lines)) if any(f in delete_features for f in d.line_features(i))
        }
        by_feature: dict[Feature, list[Rename]] = defaultdict(list)
        for r in self.renames:
            by_feature[r.feature].append(r)
        edits: list[tuple[int, int, str]] = []
        for i, t in enumerate(d.tokens):
            if t.line in gone or not _is_ident(t.text):
                continue
            new = self._rename(d, i, by_feature)
            if new is not None and new != t.text:
                edits.append((t.start, t.end, new))
        lines_at = _line_starts(draft)
        for i in sorted(gone):
            end = lines_at[i + 1] if i + 1 < len(lines_at) else len(draft)
            edits.append((lines_at[i], end, ""))
        out = draft
        for start, end, new in sorted(edits, reverse=True):
            out = out[:start] + new + out[end:]
        return out

    @staticmethod
    def _rename(d: _Draft, i: int, by_feature: dict[Feature, list[Rename]]) -> str | None:
        text = d.tokens[i].text
        origin = d.origin(i)
        best: tuple[float, int, str] | None = None
        for f in d.rename_features(i):
            for r in by_feature.get(f, ()):
                new = apply_transform(r.transform, text, origin)
                if new is not None and (best is None or (r.precision, r.support) > best[:2]):
                    best = (r.precision, r.support, new)
        return None if best is None else best[2]

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "renames": [
                {
                    "feature": list(r.feature),
                    "transform": list(r.transform),
                    "support": r.support,
                    "precision": round(r.precision, 4),
                }
                for r in self.renames
            ],
            "deletions": [
                {
                    "feature": list(x.feature),
                    "support": x.support,
                    "precision": round(x.precision, 4),
                }
                for x in self.deletions
            ],
        }

    @classmethod
    def from_json(cls, data: Any) -> LearnedEdits:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise LearnedEditsError(f'not a learned-edits file (no "format": "{FORMAT}")')
        if data.get("version") != VERSION:
            raise LearnedEditsError(
                f"learned-edits version {data.get('version')!r}; this l2j-lsp reads {VERSION}"
            )
        try:
            return cls(
                [
                    Rename(
                        _strings(r["feature"]),
                        _strings(r["transform"]),
                        int(r["support"]),
                        float(r["precision"]),
                    )
                    for r in data["renames"]
                ],
                [
                    Deletion(_strings(x["feature"]), int(x["support"]), float(x["precision"]))
                    for x in data["deletions"]
                ],
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise LearnedEditsError(f"malformed learned-edits entry: {exc!r}") from exc

    def save(self, path: Path) -> None:
        """Written whole or not at all (the server may load it while training writes)."""
        write_text_atomic(path, json.dumps(self.to_json(), indent=1))

    @classmethod
    def load(cls, path: Path) -> LearnedEdits:
        """The edits at ``path``; none when there is no file (a model trained before edits
        were learned)."""
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return cls()
        try:
            return cls.from_json(json.loads(text))
        except (json.JSONDecodeError, LearnedEditsError) as exc:
            raise LearnedEditsError(
                f"{path}: {exc}; run `l2j-lsp train` again to rewrite it"
            ) from None


def _strings(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise ValueError(f"expected a non-empty list of strings, got {value!r}")
    return tuple(value)


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(m.end() for m in re.finditer("\n", text))
    return starts


def mine(
    examples: Sequence[Example],
    min_support: int = MIN_SUPPORT,
    min_precision: float = MIN_PRECISION,
) -> LearnedEdits:
    """The edits that hold across the training pairs (see the module's docstring)."""
    seen: dict[Feature, int] = defaultdict(int)
    hits: dict[tuple[Feature, Transform], int] = defaultdict(int)
    changed: dict[tuple[Feature, Transform], set[int]] = defaultdict(set)
    line_seen: dict[Feature, int] = defaultdict(int)
    line_gone: dict[Feature, int] = defaultdict(int)
    line_pairs: dict[Feature, set[int]] = defaultdict(set)
    for n, e in enumerate(examples):
        if not e.draft:
            continue
        d = _Draft.read(e.draft, e.java, e.enclosing)
        gone = _deleted_lines(d.lines, e.go.split("\n"))
        for line in range(len(d.lines)):
            for f in d.line_features(line):
                line_seen[f] += 1
                if line in gone:
                    line_gone[f] += 1
                    line_pairs[f].add(n)
        aligned = _token_alignment(d.tokens, tokenize(e.go))
        for i, t in enumerate(d.tokens):
            if t.line in gone or not _is_ident(t.text):
                continue
            target = aligned.get(i)
            if target is None:
                # Not aligned one to one (part of a larger rewrite): says nothing either way.
                continue
            origin = d.origin(i)
            outcomes: list[tuple[Transform, str | None]] = [
                (tr, apply_transform(tr, t.text, origin)) for tr in _GENERIC
            ]
            # Only a name becomes a name: a token misaligned with `)` counts as a miss.
            if target != t.text and _is_ident(target):
                outcomes.append((("literal", target), target))
            for f in d.rename_features(i):
                seen[f] += 1
                for tr, new in outcomes:
                    if new == target:
                        hits[(f, tr)] += 1
                        if new != t.text:
                            changed[(f, tr)].add(n)
    renames = [
        Rename(f, tr, len(pairs), hits[(f, tr)] / seen[f])
        for (f, tr), pairs in changed.items()
        if len(pairs) >= min_support and hits[(f, tr)] / seen[f] >= min_precision
    ]
    deletions = [
        Deletion(f, len(pairs), line_gone[f] / line_seen[f])
        for f, pairs in line_pairs.items()
        if len(pairs) >= min_support and line_gone[f] / line_seen[f] >= min_precision
    ]
    renames.sort(key=lambda r: (-r.support, r.feature, r.transform))
    deletions.sort(key=lambda x: (-x.support, x.feature))
    return LearnedEdits(renames, deletions)
