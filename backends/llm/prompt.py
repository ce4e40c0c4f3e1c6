"""The chat messages sent to the model for one TranslationRequest.

Any change to the text here changes what the model answers: bump ``PROMPT_VERSION`` in
``backends/base.py`` with it, so answers cached under the old prompt are not served again
(``tests/llm/test_prompt.py`` pins a hash of the messages to the version).
"""

from __future__ import annotations

from typing import Literal, TypedDict

from l2j_lsp.backends.base import PROMPT_VERSION, TranslationRequest


class ChatMessage(TypedDict):
    role: Literal["system", "user"]
    content: str


SYSTEM_PROMPT = """\
You migrate the L2J Lineage II game server from Java to Go, one declaration at a time.
Write idiomatic Go that compiles with Go 1.22 or later and keeps the Java's behaviour.

Conventions:
- Fields: the L2J `_field` becomes the unexported struct field `field`.
- Accessors: `getX()` becomes `X()`, `isX()` becomes `IsX()` (or `X()` when that reads
  better), `setX(v)` becomes `SetX(v)`.
- A Java method becomes a Go method whose receiver is a pointer to the struct named after
  the enclosing Java type, e.g. `func (i *L2Item) Name() string`. Use a short receiver name.
- Exported (capitalised) Go names for public Java members, unexported for the others.
- Java `int` is `int32`, `long` is `int64`, `short` is `int16`, `byte` is `int8` (Java bytes
  are signed: mask with `& 0xff` where the Java does), `char` is `rune` or `uint16`,
  `boolean` is `bool`, `String` is `string`.
- `>>>` is a shift on the unsigned type of the same size: `int32(uint32(x) >> n)`.
- Keep comments that explain behaviour; drop Javadoc boilerplate.

Answer with exactly one ```go fenced code block and nothing else: no explanation before or
after it. For a method or a type, give only its Go declarations (imports first if any are
needed), without a package clause. For a whole file, give the complete Go file with its
package clause and imports."""

_SCOPE_INSTRUCTIONS = {
    "method": (
        "Answer with this one method as Go (a method on the enclosing type's struct, or a "
        "function when it is static), no package clause."
    ),
    "class": (
        "Answer with the Go type and all its methods (and a constructor function `NewX` when "
        "the Java has constructors), no package clause."
    ),
    "file": "Answer with the complete Go file, starting with `package {package}`.",
}


def _fenced(label: str, text: str) -> str:
    return f"```{label}\n{text.rstrip()}\n```"


def user_message(request: TranslationRequest) -> str:
    """The request as the model reads it: facts first, then the Java, then what to answer."""
    kind = request.kind or request.scope
    facts = [f"Scope: {request.scope}", f"Declaration: {kind} `{request.name}`"]
    if request.enclosing_type:
        facts.append(
            f"Enclosing type: {request.enclosing_type} (Go receiver: *{request.enclosing_type})"
        )
    if request.go_package:
        facts.append(f"Go package: {request.go_package}")
    if request.source_file:
        facts.append(f"Source file: {request.source_file}")
    parts = ["\n".join(facts)]
    if request.context.strip():
        parts.append(
            "Context, for reference only (do not translate it):\n" + _fenced("", request.context)
        )
    parts.append("Java to translate:\n" + _fenced("java", request.java))
    if request.target_signature.strip():
        parts.append(
            "Implement exactly this Go signature:\n" + _fenced("go", request.target_signature)
        )
    if request.draft.strip():
        parts.append(
            "A draft translation from a rule-based translator; fix and complete it:\n"
            + _fenced("go", request.draft)
        )
    parts.append(_SCOPE_INSTRUCTIONS[request.scope].format(package=request.go_package or "main"))
    return "\n\n".join(parts)


def build_messages(request: TranslationRequest) -> list[ChatMessage]:
    return [
        {"role": "system", "content": SYSTEM_PROMPT},
        {"role": "user", "content": user_message(request)},
    ]


__all__ = ["PROMPT_VERSION", "SYSTEM_PROMPT", "ChatMessage", "build_messages", "user_message"]
