"""The ZXing port: ZXing's core barcode library (Java, zxing/zxing ``core/``) and gozxing
(makiuchi-d/gozxing), a close hand port: the same files, types and method bodies, with the
porter's own habits (no doc comments, receiver ``this``, Java's ``getX`` kept as ``GetX``,
``int`` for ``int``, statics as ``Type_name``).

A Java method and a Go func pair when the names say so without doubt: the Java package
folder is the Go folder (``qrcode/detector``), an instance method is the method of the
receiver type of the Java type's name (case aside), a static one may also be the func
``Type_name``, a constructor is ``NewType``.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import PurePath

from benchmarks.human_port import GoFunc, JavaMethod, Port


def match(methods: list[JavaMethod], funcs: list[GoFunc]) -> list[tuple[JavaMethod, GoFunc]]:
    """The pairs the names decide without doubt."""
    index: dict[tuple[str, str, str], list[GoFunc]] = defaultdict(list)
    for f in funcs:
        index[(f.package, f.receiver.lower(), f.name.lower())].append(f)
    found: list[tuple[JavaMethod, GoFunc]] = []
    for m in methods:
        folder = str(PurePath(m.path).parent)
        package = "" if folder == "." else folder
        type_name, name = m.type_name.lower(), m.name.lower()
        if m.constructor:
            keys = [(package, "", "new" + type_name)]
        else:
            keys = [(package, type_name, name), (package, "", f"{type_name}_{name}")]
            keys.append((package, "", name))
        for key in keys:
            hits = index.get(key, [])
            if len(hits) == 1:
                found.append((m, hits[0]))
                break
    return found


ZXING = Port(
    name="zxing",
    title="ZXing barcodes",
    java_repo="zxing/zxing",
    go_repo="makiuchi-d/gozxing",
    java_root="core/src/main/java/com/google/zxing",
    go_packages=None,
    root_package="gozxing",
    match=match,
    about=(
        "ZXing core methods matched to gozxing funcs by package folder, type and name (a close "
        "hand port); both with their doc comments"
    ),
)
