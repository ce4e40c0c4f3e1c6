"""The S2 port: Google's S2 geometry library (Java) and its hand-written Go port (golang/geo,
packages s1, s2, r1, r2, r3). A free rewrite: doc comments rewritten, expressions restructured.

A Java method and a Go func pair when the names say so without doubt: the Java type maps to
the Go receiver type (``S2Cap`` -> ``s2.Cap``, ``R1Interval`` -> ``r1.Interval``,
``S2LatLngRect`` -> ``s2.Rect``...), the method name to the Go name (``getCenter`` ->
``Center``, ``contains(S2Point)`` -> ``ContainsPoint`` where the plain name is taken by an
overload, a static ``S2LatLng.fromDegrees`` -> ``LatLngFromDegrees``, a constructor ->
``NewX``).
"""

from __future__ import annotations

import re
from collections import defaultdict

from benchmarks.human_port import GoFunc, JavaMethod, Port
from benchmarks.s2_oracle import systematic_edits

# Java type (lower case) -> (Go package, Go type in lower case) where the name changes.
TYPE_MAP = {
    "r1interval": ("r1", "interval"),
    "s1interval": ("s1", "interval"),
    "s1angle": ("s1", "angle"),
    "s1chordangle": ("s1", "chordangle"),
    "r2vector": ("r2", "point"),
    "r2rect": ("r2", "rect"),
    "s2latlngrect": ("s2", "rect"),
    "s2latlngrectbase": ("s2", "rect"),
    "s2point": ("s2", "point"),
}
_GETTER = re.compile(r"^get([A-Z]\w*)$")


def _go_type(java_type: str) -> tuple[str, str]:
    low = re.sub(r"<.*", "", java_type).split(".")[-1].lower()
    return TYPE_MAP.get(low) or ("s2", re.sub(r"^s2", "", low))


def _go_name(java_name: str) -> str:
    getter = _GETTER.match(java_name)
    if getter:
        return getter.group(1).lower()
    return "string" if java_name == "toString" else java_name.lower()


def match(methods: list[JavaMethod], funcs: list[GoFunc]) -> list[tuple[JavaMethod, GoFunc]]:
    """The pairs the names decide without doubt."""
    by_receiver: dict[tuple[str, str], dict[str, list[GoFunc]]] = defaultdict(dict)
    for f in funcs:
        key = (f.package, f.receiver.lower())
        by_receiver[key].setdefault(f.name.lower(), []).append(f)
    found: list[tuple[JavaMethod, GoFunc]] = []
    for m in methods:
        package, type_name = _go_type(m.type_name)
        name = _go_name(m.name)
        suffix = name + _go_type(m.param_types[0])[1] if m.param_types else None
        if m.constructor:
            names, pool = ["new" + type_name], by_receiver[(package, "")]
        elif m.static:
            names = [type_name + name, name + type_name, name]
            names += [type_name + suffix] if suffix else []
            pool = by_receiver[(package, "")]
        else:
            names = ([suffix] if suffix else []) + [name]
            pool = by_receiver[(package, type_name)]
        for candidate in names:
            hits = pool.get(candidate, [])
            if len(hits) == 1:
                found.append((m, hits[0]))
                break
    return found


S2 = Port(
    name="s2",
    title="S2 geometry",
    java_repo="google/s2-geometry-library-java",
    go_repo="golang/geo",
    java_root="library/src",
    go_packages=("s1", "s2", "r1", "r2", "r3"),
    root_package="geo",
    match=match,
    about=(
        "S2 Java library methods matched to golang/geo funcs by name (a free rewrite: doc "
        "comments and expressions rewritten); both with their doc comments"
    ),
    oracle=systematic_edits,
)
