"""``make bench-rules``: how fast the rules backend migrates whole files.

Generates 500 L2J-style Java files (deterministic: entity classes with fields, getters and
setters; enums with a constructor and a lookup; services with loops, switch and
collections; static utilities) in a temp folder and times ``migrate --backend rules
--jobs N --scope file`` on them, in process through ``migration.batch.BatchMigrator`` (the
code ``l2j-lsp migrate`` runs, without the interpreter start). Target: >= 50 files/s on
2 cores. Writes docs/benchmarks/rules.md and prints it.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import tempfile
import time
from collections import Counter
from pathlib import Path

from benchmarks.table import write_table
from l2j_lsp.backends.registry import create_backend
from l2j_lsp.migration.batch import BatchMigrator, FileSummary, collect_java_files
from l2j_lsp.settings import Settings

FILES = 500
TARGET_FILES_PER_S = 50.0
SEED = 20261125
FIELD_TYPES = (("int", "0"), ("long", "0L"), ("String", '""'), ("boolean", "false"))
NOUNS = ("Item", "Skill", "Npc", "Clan", "Quest", "Zone", "Siege", "Party", "Buff", "Castle")
WORDS = ("level", "count", "name", "owner", "enabled", "weight", "price", "range", "bonus")


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def entity(rng: random.Random, name: str) -> str:
    fields = rng.sample(WORDS, rng.randint(3, 6))
    types = {f: rng.choice(FIELD_TYPES) for f in fields}
    decls = "\n".join(f"    private {types[f][0]} _{f} = {types[f][1]};" for f in fields)
    accessors = []
    for f in fields:
        java_type = types[f][0]
        getter = ("is" if java_type == "boolean" else "get") + _cap(f)
        accessors.append(
            f"    public {java_type} {getter}()\n    {{\n        return _{f};\n    }}\n\n"
            f"    public void set{_cap(f)}({java_type} {f})\n    {{\n"
            f"        _{f} = {f};\n    }}"
        )
    first = fields[0]
    return (
        f"public class {name}\n{{\n{decls}\n\n"
        f"    public {name}({types[first][0]} {first})\n    {{\n"
        f"        _{first} = {first};\n    }}\n\n" + "\n\n".join(accessors) + "\n}\n"
    )


def enum(rng: random.Random, name: str) -> str:
    grades = rng.sample(("NONE", "D", "C", "B", "A", "S", "S80", "S84", "R", "R95"), 5)
    values = ",\n".join(f"    {g}({i * rng.randint(1, 9)})" for i, g in enumerate(grades))
    return (
        f"public enum {name}\n{{\n{values};\n\n"
        "    private final int _level;\n\n"
        f"    {name}(int level)\n    {{\n        _level = level;\n    }}\n\n"
        "    public int getLevel()\n    {\n        return _level;\n    }\n\n"
        f"    public static {name} fromLevel(int level)\n    {{\n"
        f"        for ({name} grade : values())\n        {{\n"
        "            if (grade.getLevel() == level)\n            {\n"
        "                return grade;\n            }\n        }\n"
        f"        return {grades[0]};\n    }}\n}}\n"
    )


def service(rng: random.Random, name: str) -> str:
    cases = "\n".join(
        f'            case {i}:\n                return "{rng.choice(WORDS)}";'
        for i in range(rng.randint(2, 5))
    )
    limit = rng.randint(3, 50)
    return (
        f"public class {name}\n{{\n"
        "    private final List<Integer> _values = new ArrayList<>();\n"
        "    private final Map<Integer, String> _names = new HashMap<>();\n\n"
        "    public void add(int id, String label)\n    {\n"
        "        _values.add(id);\n        _names.put(id, label);\n    }\n\n"
        "    public int total()\n    {\n        int sum = 0;\n"
        "        for (int value : _values)\n        {\n            sum += value;\n        }\n"
        "        return sum;\n    }\n\n"
        "    public String describe(int type)\n    {\n        switch (type)\n        {\n"
        f"{cases}\n            default:\n"
        '                return "unknown";\n        }\n    }\n\n'
        "    public int countBelow(int bound)\n    {\n        int count = 0;\n        int i = 0;\n"
        f"        while (i < _values.size() && count < {limit})\n        {{\n"
        "            if (_values.get(i) < bound)\n            {\n                count++;\n"
        "            }\n            i++;\n        }\n        return count;\n    }\n\n"
        "    public String nameOf(int id)\n    {\n"
        "        String label = _names.get(id);\n"
        '        return label == null ? "none" : label;\n    }\n}\n'
    )


def utility(rng: random.Random, name: str) -> str:
    factor = rng.randint(2, 9)
    return (
        f"public final class {name}\n{{\n"
        f"    public static final int FACTOR = {factor};\n\n"
        f"    private {name}()\n    {{\n    }}\n\n"
        "    public static int scale(int value)\n    {\n"
        "        return value > 0 ? value * FACTOR : 0;\n    }\n\n"
        "    public static int clamp(int value, int min, int max)\n    {\n"
        "        if (value < min)\n        {\n            return min;\n        }\n"
        "        else if (value > max)\n        {\n            return max;\n        }\n"
        "        return value;\n    }\n\n"
        "    public static String repeat(String text, int times)\n    {\n"
        "        StringBuilder sb = new StringBuilder();\n"
        "        for (int i = 0; i < times; i++)\n        {\n            sb.append(text);\n"
        "        }\n        return sb.toString();\n    }\n}\n"
    )


KINDS = (entity, enum, service, utility)


def generate(folder: Path, count: int = FILES, seed: int = SEED) -> list[Path]:
    """``count`` Java files under ``folder``, the same ones for the same seed."""
    rng = random.Random(seed)
    paths = []
    for i in range(count):
        kind = KINDS[i % len(KINDS)]
        name = f"L2{rng.choice(NOUNS)}{kind.__name__.capitalize()}{i}"
        package = f"com.l2jserver.gameserver.model.bench{i % 10}"
        imports = "import java.util.ArrayList;\nimport java.util.HashMap;\n"
        imports += "import java.util.List;\nimport java.util.Map;\n\n"
        body = kind(rng, name)
        text = f"package {package};\n\n{imports if kind is service else ''}{body}"
        path = folder.joinpath(*package.split("."), f"{name}.java")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


async def migrate(root: Path, jobs: int) -> tuple[list[FileSummary], float]:
    settings = Settings.resolve(
        {"backend": "rules", "go": {"outDir": str(root / "go")}, "cache": {"enabled": False}},
        root,
    )
    backend = create_backend("rules", settings)
    files, _ = collect_java_files([root / "java"])
    started = time.perf_counter()
    try:
        summaries = await BatchMigrator(backend, settings, jobs).run(files, "file")
    finally:
        await backend.aclose()
    return summaries, time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--files", type=int, default=FILES)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="l2j-rules-bench-") as tmp:
        root = Path(tmp)
        generate(root / "java", args.files)
        summaries, seconds = asyncio.run(migrate(root, args.jobs))
    rate = len(summaries) / seconds
    ok = sum(s.ok for s in summaries)
    problems = Counter(
        o.message.split(":")[0] for s in summaries for o in s.outcomes if o.status != "ok"
    )
    rows = [
        [
            f"migrate --backend rules --scope file --jobs {args.jobs}, {len(summaries)} files",
            f"{rate:.1f} files/s ({seconds:.2f} s)",
            f">= {TARGET_FILES_PER_S:.0f} files/s: "
            + ("met" if rate >= TARGET_FILES_PER_S else "NOT met"),
        ],
        ["files migrated without a failure", f"{ok}/{len(summaries)}", ""],
    ]
    notes = (
        "Run in process through `migration.batch.BatchMigrator` (what `l2j-lsp migrate` runs, "
        "minus the interpreter start): translate, validate, gofmt and write each file. Input: "
        f"{len(summaries)} generated L2J-style files (entities with getters and setters, enums, "
        "services with loops, switch and collections, static utilities; seed "
        f"{SEED}), made by `python -m benchmarks.rules_bench`."
    )
    if problems:
        notes += "\n\nFailures by first words of the message: " + "; ".join(
            f"{why} ({n})" for why, n in problems.most_common(5)
        )
    write_table("rules", "Rules backend: batch migration speed", ["measure", "result", "target"],
                rows, notes)  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
