"""The Go of a file's dependencies, as prompt context for the teacher LLM.

The dependencies' Go tells the model which names, types and signatures already exist, so the
file is written against them instead of inventing its own. Within the budget the whole Go is
given; past it each dependency is reduced to its outline (declarations with the function
bodies left out), then cut, then only named.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from l2j_lsp.migration.validate import parse_go

# Characters (about 4 to a token): room for the Java file and the answer in a 32k context.
DEPENDENCY_BUDGET = 16_000
HEADER = (
    "// Go already migrated from the Java files this file depends on. Use these names, types "
    "and signatures;\n// do not declare them again."
)
_MIN_CUT = 300  # below this a cut dependency says too little to be worth its room


@dataclass(frozen=True)
class DependencyGo:
    java_path: str
    go_file: str  # relative to go.outDir
    import_path: str  # "" when in the same Go package as the dependent file
    go: str

    @property
    def label(self) -> str:
        where = f'import "{self.import_path}"' if self.import_path else "same package"
        return f"// --- {self.go_file} ({where}; from {self.java_path})"


def outline(go: str) -> str:
    """The Go with every function and method body replaced by ``{ ... }``."""
    tree = parse_go(go)
    data = go.encode("utf-8")
    bodies = [
        body
        for node in tree.root_node.named_children
        if node.type in ("function_declaration", "method_declaration")
        and (body := node.child_by_field_name("body")) is not None
    ]
    for body in reversed(bodies):
        data = data[: body.start_byte] + b"{ ... }" + data[body.end_byte :]
    return data.decode("utf-8", "replace")


def dependency_context(deps: Sequence[DependencyGo], budget: int = DEPENDENCY_BUDGET) -> str:
    """The context block for ``deps`` in at most about ``budget`` characters ("" for none)."""
    if not deps:
        return ""
    blocks = [f"{d.label}\n{d.go.strip()}" for d in deps]
    if len(HEADER) + sum(len(b) + 2 for b in blocks) > budget:
        blocks = [f"{d.label}\n{outline(d.go).strip()}" for d in deps]
    parts = [HEADER]
    room = budget - len(HEADER)
    left_out: list[str] = []
    for dep, block in zip(deps, blocks, strict=True):
        # The last line break that leaves room for the note saying the block was cut.
        cut = block.rfind("\n", 0, room - 60) if room >= _MIN_CUT else -1
        if len(block) + 2 <= room:
            parts.append(block)
            room -= len(block) + 2
        elif cut > len(dep.label):
            parts.append(block[:cut] + "\n// ... (cut to fit the context budget)")
            room = 0
        else:
            left_out.append(dep.go_file)
    if left_out:
        parts.append("// also migrated, not shown for room: " + ", ".join(left_out))
    return "\n\n".join(parts)
