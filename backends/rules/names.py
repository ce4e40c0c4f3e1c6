"""Java identifiers to Go identifiers, following Go's conventions: the project's rules
(`project/names.py`) with this backend's own reserved words and getter rule."""

from __future__ import annotations

from l2j_lsp.project import names
from l2j_lsp.project.names import camel, exported

# Go keywords and predeclared identifiers a Java name must not shadow: a local named
# `string` or `len` would break the conversions and builtins the translation emits.
GO_RESERVED = frozenset(
    """break case chan const continue default defer else fallthrough for func go goto if
    import interface map package range return select struct switch type var
    any append bool byte cap clear close complex complex64 complex128 copy delete error
    false float32 float64 imag int int8 int16 int32 int64 iota len make max min new nil
    panic print println real recover rune string true uint uint8 uint16 uint32 uint64
    uintptr fmt strings strconv math sort slices unicode sync errors regexp os""".split()
)


def safe_local(name: str) -> str:
    """A local or parameter name that cannot collide with Go's keywords and builtins."""
    return names.safe_local(name, GO_RESERVED)


def unexported(name: str) -> str:
    """`_itemId` -> `itemId`, `MAX_SIZE` -> `maxSize`; never a Go keyword."""
    return names.unexported(name, GO_RESERVED)


def member(name: str, public: bool) -> str:
    return exported(name) if public else unexported(name)


def accessor(name: str, nparams: int) -> str:
    """L2J's `getX()` becomes `X()`; other names keep their words."""
    if nparams == 0 and len(name) > 3 and name.startswith("get") and name[3].isupper():
        return name[3:]
    return name


def prefixed(type_go: str, member_name: str, public: bool) -> str:
    """Package-level name for a static member: `Type` + `Member`, exported like Java."""
    base = type_go[:1].upper() + type_go[1:] + camel(member_name)
    return base if public else unexported(base)
