"""One Go name per Java declaration: overrides share the overridden method's name across
files, overloads get stable suffixes, getters lose their verb unless it would collide."""

from __future__ import annotations

from pathlib import Path

from l2j_lsp.project.model import Project
from l2j_lsp.project.naming import name_project

FILES = {
    "p/Base.java": """package p;
public abstract class Base {
    private int level;
    public int getLevel() { return level; }
    public void attack(int x) {}
    public void attack(String s) {}
    protected abstract String describe();
    int count() { return 0; }
}
""",
    "p/Sub.java": """package p;
public class Sub extends Base {
    public void attack(double d) {}
    @Override public void attack(String s) {}
    @Override protected String describe() { return ""; }
    public int getLevel() { return 2; }
}
""",
    "q/Other.java": """package q;
public class Other extends p.Sub {
    @Override public void attack(int x) {}
    public static int max(int a, int b) { return a; }
    public static long max(long a, long b) { return a; }
    public static String getName() { return ""; }
    public static String name() { return ""; }
}
""",
}


def test_overrides_and_overloads_across_files(tmp_path: Path) -> None:
    for rel, text in FILES.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text)
    project = Project.from_roots([tmp_path])
    name_project(project)
    base, sub, other = (project.classes[q] for q in ("p.Base", "p.Sub", "q.Other"))

    def go(cls, name: str, param: str) -> str:  # type: ignore[no-untyped-def]
        return next(m.go_name for m in cls.methods[name] if repr(m.params[0]).endswith(param))

    assert base.methods["getLevel"][0].go_name == "Level"
    assert sub.methods["getLevel"][0].go_name == "Level"  # the override keeps it
    assert go(base, "attack", "int") == "Attack"
    assert go(base, "attack", "String") == "Attack2"
    assert go(sub, "attack", "String") == "Attack2"
    assert go(other, "attack", "int") == "Attack"
    assert go(sub, "attack", "double") == "Attack3"  # a new overload further down
    assert sub.methods["describe"][0].go_name == base.methods["describe"][0].go_name == "Describe"
    assert base.methods["count"][0].go_name == "count"  # package-private: unexported
    assert [m.go_name for m in other.methods["max"]] == ["Max", "Max2"]
    # `getName` would become `Name`, which the static `name()` also is.
    assert other.methods["getName"][0].go_name != other.methods["name"][0].go_name


STATICS = """package p;
import java.util.AbstractQueue;
import java.util.Iterator;
public abstract class Ids extends AbstractQueue<String> {
    public static final Ids PET_USES_S1 = null;
    public static final Ids PET_USES_S1_ = null;
    protected static Ids instance;
    public static Ids getInstance() { return instance; }
    @Override public Object[] toArray() { return new Object[0]; }
    @Override public <T> T[] toArray(T[] a) { return a; }
}
"""


def test_members_of_one_class_never_meet_on_a_go_name(tmp_path: Path) -> None:
    """Found on L2J: SystemMessageId's `PET_USES_S1`/`PET_USES_S1_`, IdFactory's `instance`
    beside `getInstance()`, EmptyQueue's two `toArray` overrides."""
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "Ids.java").write_text(STATICS)
    project = Project.from_roots([tmp_path])
    name_project(project)
    ids = project.classes["p.Ids"]
    fields = [ids.fields[n].go_name for n in ("PET_USES_S1", "PET_USES_S1_", "instance")]
    statics = [ids.methods["getInstance"][0].go_name]
    assert len(set(fields + statics)) == 4, (fields, statics)
    to_array = [m.go_name for m in ids.methods["toArray"]]
    assert len(set(to_array)) == 2 and "ToArray" in to_array, to_array
