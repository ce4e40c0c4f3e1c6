"""Symbolic references in translated Go, settled once the module layout is known.

The translator does not know, while it writes a file, which Go package each Java type ends
up in (Java packages in an import cycle share one) nor the final spelling of package-level
names (unique per Go package). It writes a placeholder instead; ``module.names`` replaces
each with the qualified Go name and adds the imports.

    ⟨T|qname⟩        the Go type Java code names (interface or struct)
    ⟨I|qname⟩        the struct holding a class's fields (``FooImpl``)
    ⟨F|qname|base⟩   a package-level function, variable or constant of the class; the
                     final name is the class's Go name + ``base`` (``New``, ``MaxLevel``)
"""

from __future__ import annotations

import re

OPEN = "\x01"
CLOSE = "\x02"
PATTERN = re.compile("\x01([TIF])\\|([^|\x02]+)(?:\\|([^\x02]*))?\x02")


def type_ref(qname: str) -> str:
    return f"{OPEN}T|{qname}{CLOSE}"


def impl_ref(qname: str) -> str:
    return f"{OPEN}I|{qname}{CLOSE}"


def func_ref(qname: str, base: str) -> str:
    return f"{OPEN}F|{qname}|{base}{CLOSE}"


def referenced(go: str) -> set[str]:
    """The Java classes a translated text refers to."""
    return {m.group(2) for m in PATTERN.finditer(go)}


def readable(go: str) -> str:
    """The text with placeholders spelled as plain names (for messages and tests)."""

    def one(m: re.Match[str]) -> str:
        kind, qname, base = m.group(1), m.group(2), m.group(3) or ""
        simple = qname.rsplit(".", 1)[-1].replace("$", "")
        if kind == "I":
            return simple + "Impl"
        if kind == "F":
            return simple + base
        return simple

    return PATTERN.sub(one, go)
