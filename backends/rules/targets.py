"""Eval mode: the caller's Go signature (HumanEval-X) wrapped around the translated method."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass
class Target:
    name: str
    params: list[tuple[str, str]]
    result: str


def parse_signature(sig: str) -> Target | None:
    """`func F(a, b int, xs []float64) [2]int {` -> name, (name, type) pairs, result."""
    m = re.search(r"func\s+(\w+)\s*\((.*?)\)(.*)", sig, re.S)
    if m is None:
        return None
    name, plist, result = m.group(1), m.group(2), m.group(3).strip()
    # The declaration ends with the body's `{`; `interface{}` may precede it.
    result = result.removesuffix("{").strip()
    params: list[tuple[str, str]] = []
    pending: list[str] = []
    for part in _split_top(plist):
        bits = part.strip().split(None, 1)
        if not bits:
            continue
        if len(bits) == 1:
            pending.append(bits[0])
            continue
        pname, ptype = bits
        for p in pending:
            params.append((p, ptype.strip()))
        pending = []
        params.append((pname, ptype.strip()))
    return Target(name, params, normalize(result))


def _split_top(s: str) -> list[str]:
    parts, depth, cur = [], 0, ""
    for ch in s:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    if cur.strip():
        parts.append(cur)
    return parts


def normalize(go_type: str) -> str:
    return re.sub(r"interface\s*\{\s*\}", "any", go_type.strip())


_NUMERIC = ("int", "int8", "int16", "int32", "int64", "float64", "float32", "rune", "uint8")


def convert(expr: str, src: str, dst: str, depth: int = 0) -> str:
    """Go code converting ``expr`` of Go type ``src`` to Go type ``dst``."""
    src, dst = normalize(src), normalize(dst)
    if src == dst or dst == "any":
        return expr
    if src in _NUMERIC and dst in _NUMERIC:
        return f"{dst}({expr})"
    v, i = f"v{depth}", f"i{depth}"
    fixed = re.match(r"\[(\d+)\](.+)", dst)
    if fixed and src.startswith("[]"):
        n, el = fixed.groups()
        items = ", ".join(convert(f"{expr}[{k}]", src[2:], el, depth + 1) for k in range(int(n)))
        return f"{dst}{{{items}}}"
    sfixed = re.match(r"\[(\d+)\](.+)", src)
    if sfixed and dst.startswith("[]"):
        return convert(f"{expr}[:]", "[]" + sfixed.group(2), dst, depth)
    if src.startswith("[]") and dst.startswith("[]"):
        inner = convert(v, src[2:], dst[2:], depth + 1)
        return (
            f"func() {dst} {{\nr := make({dst}, len({expr}))\n"
            f"for {i}, {v} := range {expr} {{\nr[{i}] = {inner}\n}}\nreturn r\n}}()"
        )
    if src == "string" and dst == "rune":
        return f"[]rune({expr})[0]"
    ms, md = re.match(r"map\[(.+?)\](.+)", src), re.match(r"map\[(.+?)\](.+)", dst)
    if ms and md:
        k = convert("k", ms.group(1), md.group(1), depth + 1)
        val = convert(v, ms.group(2), md.group(2), depth + 1)
        return (
            f"func() {dst} {{\nr := {dst}{{}}\nfor k, {v} := range {expr} {{\n"
            f"r[{k}] = {val}\n}}\nreturn r\n}}()"
        )
    if src == "any":
        return f"{expr}.({dst})"
    return expr
