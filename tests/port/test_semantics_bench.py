"""The semantics benchmark's selection on a small repository of its own: programs that need
input or do not repeat are left out, the rest keep their first JVM run; and how a Go side is
classified."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from benchmarks.semantics_bench import Mirror, classify, select
from l2j_lsp.evaluation.differential import GoSide, Run

PROGRAMS = {
    "basics/Hello.java": (
        'public class Hello { public static void main(String[] a) { System.out.println("hi"); } }'
    ),
    "basics/Ask.java": (
        "import java.util.Scanner;\npublic class Ask { public static void main(String[] a) "
        "{ System.out.println(new Scanner(System.in).hasNext()); } }"
    ),
    "basics/Clock.java": (
        "public class Clock { public static void main(String[] a) "
        "{ System.out.println(System.nanoTime()); } }"
    ),
    "basics/Identity.java": (
        "public class Identity { public static void main(String[] a) "
        "{ System.out.println(new Object().hashCode()); } }"
    ),
    "basics/Broken.java": "public class Broken { public static void main(String[] a) { x } }",
    "basics/Util.java": "public class Util { static int twice(int x) { return 2 * x; } }",
    "pkg/app/Tool.java": (
        "package app;\npublic class Tool { public static void main(String[] a) "
        '{ System.out.println("tool"); } }'
    ),
}


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    """A git repository like the ones ``fetch`` brings, as a bare clone."""
    work = tmp_path / "work"
    for name, text in PROGRAMS.items():
        (work / name).parent.mkdir(parents=True, exist_ok=True)
        (work / name).write_text(text)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-C", str(work)]
    subprocess.run(["git", "init", "-q", str(work)], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-qm", "programs"], check=True)
    bare = tmp_path / "repo"
    subprocess.run(["git", "clone", "-q", "--bare", str(work), str(bare)], check=True)
    return bare


def test_only_programs_that_compile_need_nothing_and_repeat_are_selected(
    repository: Path, tmp_path: Path
) -> None:
    chosen, funnel = select("files", Mirror(repository), 10, tmp_path / "run", 30.0, 2)
    assert funnel.listed == 6  # Util.java has no main
    assert dict(funnel.excluded) == {"reads input": 1}
    assert funnel.sampled == 5
    assert funnel.compiled == 4  # Broken.java does not compile
    labels = sorted(label for _, label, _ in chosen)
    # Clock prints the time and Identity an identity hash: both change between the runs.
    assert labels == ["basics/Hello.java", "pkg/app/Tool.java"]
    runs = {label: (program, run) for program, label, run in chosen}
    assert runs["basics/Hello.java"][1].stdout == b"hi\n"
    assert runs["pkg/app/Tool.java"][0].main_class == "app.Tool"
    assert runs["pkg/app/Tool.java"][1].stdout == b"tool\n"


def test_a_plain_folder_is_read_like_a_repository(repository: Path, tmp_path: Path) -> None:
    checkout = tmp_path / "checkout"
    subprocess.run(["git", "clone", "-q", str(repository), str(checkout)], check=True)
    assert Mirror(checkout).files() == Mirror(repository).files()
    (checkout / ".git").rename(tmp_path / "moved-git")
    assert Mirror(checkout).files() == sorted(PROGRAMS)
    assert Mirror(checkout).read("basics/Hello.java") == PROGRAMS["basics/Hello.java"]


JAVA = Run(b"42\n", b"", 0, 0.1)
MIGRATED = Run(b"", b"", 0, 0.1)


@pytest.mark.parametrize(
    ("side", "outcome"),
    [
        (GoSide(Run(b"", b"error", 1, 0.1), None, None, ()), "not translated"),
        (GoSide(MIGRATED, Run(b"", b"x.go:1: undefined: y", 1, 1.0), None, ()), "build error"),
        (GoSide(MIGRATED, MIGRATED, Run(b"42\n", b"", 0, 0.1), ()), "identical"),
        (
            GoSide(MIGRATED, MIGRATED, Run(b"", b"panic: l2j: not migrated: x.y\n", 2, 0.1), ()),
            "not migrated marker",
        ),
        (GoSide(MIGRATED, MIGRATED, Run(b"4", b"", None, 60.0), ()), "hang"),
        (
            GoSide(MIGRATED, MIGRATED, Run(b"", b"panic: runtime error: index\n", 2, 0.1), ()),
            "runtime panic",
        ),
        (GoSide(MIGRATED, MIGRATED, Run(b"41\n", b"", 0, 0.1), ()), "wrong output"),
    ],
)
def test_each_go_outcome_is_classified(side: GoSide, outcome: str) -> None:
    assert classify(JAVA, side)[0] == outcome
