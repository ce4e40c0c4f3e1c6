"""The post-editing prompt: what a ``post_edit`` model reads before it writes the Go.

A post-editing HRM does not translate from scratch: it reads the Java, the context the Java
needs (package, enclosing type, the fields and members it uses) and the ``rules`` backend's
draft, and writes the Go the user accepted or corrected. Most of that Go is the draft; the
copy head (``hrm.copy``) makes copying it cheap, the LM head learns the user's changes.

    context  CONTEXT_END  java  DRAFT_START  draft  DRAFT_END

The marks are ASCII control characters that source code does not contain (they are removed
from the parts); each is one token in the byte tokenizer and in the BPE, whose
pre-tokenizer isolates them: ``DRAFT_START`` anchors the copy head's first copy, and copying
``DRAFT_END`` ends the answer, so a model that copies the draft stops where it ends.
"""

from __future__ import annotations

import re

CONTEXT_END = "\x1c"
DRAFT_START = "\x1d"
DRAFT_END = "\x1e"
MARKS = "\x1c\x1d\x1e\x1f"
_MARKS = re.compile(f"[{MARKS}]")
_IDENT = re.compile(r"[A-Za-z_$][\w$]*")
# Lines of `migration.context.build_context`: which to keep, and the Java name they declare.
_KEEP_ALWAYS = ("package ", "// enclosing type:", "// nested in:")
_FIELD = "//   field: "
_MEMBER = "//   member: "
_NAMING = "// L2J naming in Go: "
_MEMBER_NAME = re.compile(r"([A-Za-z_$][\w$]*)\s*\(")


def clean(text: str) -> str:
    """The text without the prompt's marks (they would split the prompt elsewhere)."""
    return _MARKS.sub(" ", text)


def _declared_names(field_line: str) -> list[str]:
    head = field_line.split("=", 1)[0].rstrip(";").strip()
    names = []
    for part in head.split(","):
        words = part.strip().split()
        if words:
            names.append(words[-1].strip("[]"))
    return names


def used_context(context: str, java: str) -> str:
    """The lines of ``context`` (as ``migration.context.build_context`` writes it) that
    ``java`` needs: the package and the enclosing type, the fields and members it names, the
    imports of the types it names, and the naming hints for those. Whole-class context would
    cost more tokens than the method itself."""
    used = set(_IDENT.findall(java))
    out: list[str] = []
    in_header = False
    for line in context.splitlines():
        # A type header over several lines (annotations, a long `implements`) goes on
        # without a prefix.
        if in_header and line and not line.startswith(("//", "import ", "package ")):
            out.append(line)
            continue
        in_header = line.startswith("// enclosing type:")
        if line.startswith(_KEEP_ALWAYS):
            out.append(line)
        elif line.startswith("import "):
            last = line.rstrip(";").rsplit(".", 1)[-1].strip()
            if last in used or last == "*":
                out.append(line)
        elif line.startswith(_FIELD):
            if any(name in used for name in _declared_names(line[len(_FIELD) :])):
                out.append(line)
        elif line.startswith(_MEMBER):
            match = _MEMBER_NAME.search(line[len(_MEMBER) :])
            if match is not None and match.group(1) in used:
                out.append(line)
        elif line.startswith(_NAMING):
            hints = [h for h in line[len(_NAMING) :].split("; ") if set(_IDENT.findall(h)) & used]
            if hints:
                out.append(_NAMING + "; ".join(hints))
    return "\n".join(out)


def post_edit_prompt(java: str, draft: str, context: str = "") -> str:
    """The model input for ``java`` with its ``draft``; ``context`` as the request carries
    it (only the lines the Java uses are kept)."""
    parts = (clean(used_context(context, java)), clean(java), clean(draft))
    return parts[0] + CONTEXT_END + parts[1] + DRAFT_START + parts[2] + DRAFT_END


# Tokens an answer may have beyond one and a half times its draft's.
DRAFT_MARGIN = 64


def answer_limit(draft_tokens: int, at_least: int) -> int:
    """Tokens to allow a post-editing answer: about as long as its draft, however long."""
    return max(at_least, draft_tokens * 3 // 2 + DRAFT_MARGIN)


def window_needed(prompt_tokens: int, draft_tokens: int) -> int:
    """Positions a post-editing pass takes: <bos>, the prompt, <sep>, an answer as long as
    the draft and <eos>. Past ``max_seq_len`` (the positions training taught) the network
    writes noise, so the ``hrm`` backend answers the draft there and calibration leaves
    such pairs out."""
    return prompt_tokens + draft_tokens + 3
