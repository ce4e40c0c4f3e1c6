"""The workspace's project model in the editor: whole-program Go for the `rules` backend,
the module it goes into, the background check's diagnostics on the Java and Go files, the
`java.sourceRoots` setting, and code actions that answer while the model builds."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lsprotocol import types

from l2j_lsp.server.project import BUILD_TITLE
from tests.server.lsp_session import (
    Session,
    build_ended,
    build_reports,
    start_session,
    stop_session,
)

JAVA = "src/main/java/com/example"
SHOP = """package com.example.service;

import com.example.model.Item;

public class Shop {
    private int sold;

    public int total(int count, int unit) {
        Discount d = new Discount(count);
        sold += count;
        return d.apply(count * unit);
    }

    public String label(Item item) {
        return item.getName();
    }
}
"""
DISCOUNT = """package com.example.service;

public class Discount {
    private final int count;

    public Discount(int count) {
        this.count = count;
    }

    public int apply(int amount) {
        if (count > 10) {
            return amount - amount / 10;
        }
        return amount;
    }
}
"""
ITEM = """package com.example.model;

public class Item {
    private final String name;

    public Item(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }
}
"""
STRINGS = """package com.example.util;

public final class Strings {
    private Strings() {}

    public static String twice(String s) {
        return s + s;
    }
}
"""
# The check runs a Go toolchain (and builds its helper the first time): be generous.
CHECK_TIMEOUT = 180.0


def settings(**extra: Any) -> dict[str, Any]:
    out: dict[str, Any] = {
        "backend": "rules",
        "cache": {"enabled": False},
        "go": {"stripPrefix": "com.example"},
    }
    out.update(extra)
    return out


def write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n")


async def wait_for(condition: Callable[[], object], timeout: float, what: str) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"not in time: {what}")
        await asyncio.sleep(0.1)


def diagnostics(session: Session, uri: str) -> list[types.Diagnostic]:
    return list(session.client.diagnostics.get(uri, []))


async def migrate(session: Session, uri: str, text: str, needle: str, title: str) -> str:
    actions = await session.actions(uri, line_of(text, needle), 8)
    action = next(a for a in actions if a.title == title)
    result = await session.run(action)
    assert result["status"] == "applied", result
    assert result["backend"] == "rules"
    go_uri = result["goUri"]
    assert isinstance(go_uri, str)
    return go_uri


async def test_check_diagnostics_follow_the_migrations(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            f"{JAVA}/service/Shop.java": SHOP,
            f"{JAVA}/service/Discount.java": DISCOUNT,
            f"{JAVA}/model/Item.java": ITEM,
            f"{JAVA}/util/Strings.java": STRINGS,
        },
    )
    session = await start_session(tmp_path, settings())
    try:
        shop = session.open(f"{JAVA}/service/Shop.java", SHOP)
        go_uri = await migrate(session, shop, SHOP, "sold += count", "Migrate method 'total' to Go")
        module = tmp_path / "go"
        go_file = module / "service" / "shop.go"
        assert go_uri == go_file.as_uri()
        # The whole-program translator's Go, in the module it laid out, with its frame.
        go = go_file.read_text()
        assert "package service" in go and "func (s *Shop) Total(" in go
        assert "NewDiscount(count)" in go
        assert (module / "go.mod").read_text().startswith("module l2jgo\n")
        assert (module / "java").is_dir() and list((module / "java").glob("*.go"))
        assert (module / "l2j-sourcemap.json").is_file()

        # Discount is not migrated yet: the check says so on the Java statement using it.
        statement = line_of(SHOP, "Discount d = new Discount")
        await wait_for(
            lambda: any(
                "NewDiscount" in d.message and d.range.start.line == statement
                for d in diagnostics(session, shop)
            ),
            CHECK_TIMEOUT,
            "a diagnostic on Shop.total for the missing NewDiscount",
        )
        assert {d.source for d in diagnostics(session, shop)} == {"l2j"}
        # And on the Go file, at the Go line.
        go_line = go.splitlines().index("\td := NewDiscount(count)")
        assert any(
            "NewDiscount" in d.message and d.range.start.line == go_line
            for d in diagnostics(session, go_uri)
        )

        discount = session.open(f"{JAVA}/service/Discount.java", DISCOUNT)
        await migrate(
            session, discount, DISCOUNT, "public class Discount", "Migrate class 'Discount' to Go"
        )
        await wait_for(
            lambda: not any("NewDiscount" in d.message for d in diagnostics(session, shop)),
            CHECK_TIMEOUT,
            "the NewDiscount diagnostic cleared once Discount is migrated",
        )
        # Shop itself (the method's receiver) is still missing; migrating it (Item is in
        # another package, and gets its import) leaves one error: Item is not migrated.
        assert any("Shop" in d.message for d in diagnostics(session, shop))
        await migrate(session, shop, SHOP, "public class Shop", "Migrate class 'Shop' to Go")
        await wait_for(
            lambda: (
                diagnostics(session, shop)
                and all("Shop" not in d.message.split("(Go")[0] for d in diagnostics(session, shop))
            ),
            CHECK_TIMEOUT,
            "the Shop diagnostics replaced by the import of the unmigrated model package",
        )
        item = session.open(f"{JAVA}/model/Item.java", ITEM)
        await migrate(session, item, ITEM, "public class Item", "Migrate class 'Item' to Go")
        await wait_for(
            lambda: (
                shop in session.client.diagnostics
                and not diagnostics(session, shop)
                and not diagnostics(session, go_uri)
            ),
            CHECK_TIMEOUT,
            "every diagnostic cleared once the module builds",
        )
        assert not diagnostics(session, discount)

        # The user edits the Go: lines move, the map still points at the Java method.
        edited = go_file.read_text().replace(
            "\treturn d.Apply(count * unit)", "\n\n\treturn d.Apply(count*unit) + missing()"
        )
        session.save(go_uri, edited)
        ret = line_of(SHOP, "return d.apply")
        await wait_for(
            lambda: any(
                "missing" in d.message and d.range.start.line == ret
                for d in diagnostics(session, shop)
            ),
            CHECK_TIMEOUT,
            "a diagnostic on the Java return statement for the Go the user broke",
        )
    finally:
        await stop_session(session)


async def test_source_roots_setting_picks_the_project(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "custom/java/com/example/model/Item.java": ITEM,
            "other/com/example/util/Strings.java": STRINGS,
            # A Maven layout elsewhere that the setting overrides.
            f"{JAVA}/service/Discount.java": DISCOUNT,
        },
    )
    session = await start_session(tmp_path, settings(java={"sourceRoots": ["custom/java"]}))
    try:
        await wait_for(lambda: build_ended(session), 120, "the model's build")
        reports = build_reports(session)
        assert reports is not None and str(tmp_path / "custom" / "java") in reports[0].message
        # Outside the roots: today's per-file translation, no module frame.
        strings = session.open("other/com/example/util/Strings.java", STRINGS)
        await migrate(session, strings, STRINGS, "return s + s", "Migrate method 'twice' to Go")
        assert not (tmp_path / "go" / "go.mod").exists()
        # Inside: the project model's Go and the module frame.
        item = session.open("custom/java/com/example/model/Item.java", ITEM)
        go_uri = await migrate(
            session, item, ITEM, "return name;", "Migrate method 'getName' to Go"
        )
        assert go_uri == (tmp_path / "go" / "model" / "item.go").as_uri()
        go = (tmp_path / "go" / "model" / "item.go").read_text()
        assert "func (i *Item) Name() string" in go  # the project's getter naming
        assert (tmp_path / "go" / "go.mod").is_file()
        # A new setting rebuilds the model over the new roots.
        session.client.workspace_did_change_configuration(
            types.DidChangeConfigurationParams(
                settings={"l2j": {"java": {"sourceRoots": ["other"]}}}
            )
        )
        await wait_for(
            lambda: any(
                values
                and getattr(values[0], "title", None) == BUILD_TITLE
                and str(tmp_path / "other") in str(getattr(values[0], "message", ""))
                and isinstance(values[-1], types.WorkDoneProgressEnd)
                for values in session.client.progress_reports.values()
            ),
            120,
            "a build over the new source root",
        )
        go_uri = await migrate(
            session, strings, STRINGS, "return s + s", "Migrate method 'twice' to Go"
        )
        assert go_uri == (tmp_path / "go" / "util" / "strings.go").as_uri()
        assert "func StringsTwice(" in (tmp_path / "go" / "util" / "strings.go").read_text()
    finally:
        await stop_session(session)


def generated_project(root: Path, classes: int) -> None:
    for k in range(classes):
        pkg = f"p{k % 40}"
        methods = "\n".join(
            f"    public int m{j}(int x) {{\n        int y = x * {j} + v;\n"
            f"        if (y > {k}) {{\n            return y - {k};\n        }}\n"
            f"        return y;\n    }}\n"
            for j in range(12)
        )
        write(
            root,
            {
                f"{JAVA}/{pkg}/C{k}.java": (
                    f"package com.example.{pkg};\n\npublic class C{k} {{\n"
                    f"    private int v;\n{methods}}}\n"
                )
            },
        )


async def test_code_actions_answer_while_the_model_builds(tmp_path: Path) -> None:
    generated_project(tmp_path, 1500)
    session = await start_session(tmp_path, settings())
    try:
        await wait_for(lambda: build_reports(session), 60, "the model's build to begin")
        text = SHOP
        uri = session.open(f"{JAVA}/service/Shop.java", text)
        answered = 0
        while not build_ended(session):
            actions = await session.actions(uri, line_of(text, "sold += count"), 8)
            assert [a.title for a in actions][:2] == [
                "Migrate method 'total' to Go",
                "Migrate class 'Shop' to Go",
            ]
            if not build_ended(session):
                answered += 1
        # Answers came while the build was still under way (its end not yet reported).
        print(f"{answered} code actions answered during the build")
        assert answered >= 3, answered
    finally:
        await stop_session(session)
