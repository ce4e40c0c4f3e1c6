"""Java identifiers to Go identifiers, following Go's conventions."""

from __future__ import annotations

import re

# Go keywords and predeclared identifiers a Java name must not shadow: a local named
# `string` or `len` would break the conversions and builtins the translation emits.
GO_RESERVED = frozenset(
    """break case chan const continue default defer else fallthrough for func go goto if
    import interface map package range return select struct switch type var
    any append bool byte cap clear close complex complex64 complex128 copy delete error
    false float32 float64 imag int int8 int16 int32 int64 iota len make max min new nil
    panic print println real recover rune string true uint uint8 uint16 uint32 uint64
    uintptr java self fmt strings strconv math sort slices unicode sync errors regexp os
    time""".split()
)


def safe_local(name: str, reserved: frozenset[str] = GO_RESERVED) -> str:
    """A local or parameter name that cannot collide with Go's keywords and builtins."""
    name = name.lstrip("_") or "v"
    if name[0].isdigit():
        name = "v" + name
    return name + "_" if name in reserved else name


def camel(name: str) -> str:
    """`MAX_SIZE` -> `MaxSize`, `_itemId` -> `ItemId`, `parseHTML` -> `ParseHTML`."""
    stripped = name.strip("_")
    if not stripped:
        return "V"
    if "_" in stripped or stripped.isupper():
        words = [w for w in re.split(r"_+", stripped) if w]
        return "".join(w[:1].upper() + w[1:].lower() for w in words)
    return stripped[:1].upper() + stripped[1:]


def exported(name: str) -> str:
    return camel(name)


def unexported(name: str, reserved: frozenset[str] = GO_RESERVED) -> str:
    """`_itemId` -> `itemId`, `MAX_SIZE` -> `maxSize`; never a Go keyword."""
    c = camel(name)
    # Keep acronyms readable: `URLPath` -> `urlPath`.
    m = re.match(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]+$", c)
    lowered = (
        c[: m.end()].lower() + c[m.end() :] if m and len(m.group()) > 1 else c[:1].lower() + c[1:]
    )
    return lowered + "_" if lowered in reserved else lowered


def member(name: str, public: bool) -> str:
    out = exported(name) if public else unexported(name)
    if out[:1].isdigit():
        # `_1` is a Java identifier; `1` is not a Go one.
        out = ("F" if public else "f") + out
    return out


def accessor(name: str, nparams: int) -> str:
    """L2J's `getX()` becomes `X()`; other names keep their words (`getAndIncrement` is
    an action, not a getter)."""
    if nparams == 0 and len(name) > 3 and name.startswith("get") and name[3].isupper():
        rest = name[3:]
        if re.match(r"(And|Or)[A-Z]", rest):
            return name
        return rest
    return name


def method(name: str, nparams: int, public: bool) -> str:
    """A Java method's Go name before collisions are settled (`toString` -> `String`)."""
    special = {("toString", 0): "String", ("hashCode", 0): "HashCode", ("equals", 1): "Equals"}
    if (name, nparams) in special:
        return special[(name, nparams)]
    base = accessor(name, nparams)
    if public and base.isupper() and base.isalpha() and len(base) <= 4:
        return base  # an initialism (`getID` -> `ID`), as Go spells them
    return member(base, public)


def prefixed(type_go: str, member_name: str, public: bool) -> str:
    """Package-level name for a static member: `Type` + `Member`, exported like Java."""
    base = type_go[:1].upper() + type_go[1:] + camel(member_name)
    return base if public else unexported(base)
