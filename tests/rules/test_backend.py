"""The Backend protocol, request scopes and the naming scheme."""

from __future__ import annotations

import asyncio

import pytest

from l2j_lsp.backends.base import Backend, InvalidOutput, TranslationRequest
from l2j_lsp.backends.rules import RulesBackend, translate_java

from .conftest import assert_parses, translate

FILE = """package com.l2jserver.gameserver.model;

import java.util.ArrayList;
import java.util.List;

public class L2Party {
    private final List<Integer> _members = new ArrayList<>();
    private int _leaderId;
    private static int _partyCount;

    public L2Party(int leaderId) {
        _leaderId = leaderId;
        _partyCount++;
    }

    public int getLeaderId() {
        return _leaderId;
    }

    public void addMember(int objectId) {
        if (!_members.contains(objectId)) {
            _members.add(objectId);
        }
    }

    public int getMemberCount() {
        return _members.size();
    }

    public static int getPartyCount() {
        return _partyCount;
    }

    public String describe() {
        return "party of " + getMemberCount() + " led by " + getLeaderId();
    }
}
"""


async def test_backend_protocol_and_result() -> None:
    backend = RulesBackend()
    assert isinstance(backend, Backend)
    seen: list[tuple[int, str]] = []
    req = TranslationRequest(java=FILE, scope="file", name="L2Party", go_package="model")
    result = await backend.translate(req, on_token=lambda n, t: seen.append((n, t)))
    assert (result.backend, result.model, result.confidence) == ("rules", "rules-v1", None)
    assert result.go.startswith("package model\n")
    assert seen and seen[-1][1] == result.go
    await backend.aclose()


async def test_unparseable_java_raises_invalid_output() -> None:
    req = TranslationRequest(java="class A { void f( }", scope="file", name="A", go_package="p")
    with pytest.raises(InvalidOutput, match="line 1"):
        await RulesBackend().translate(req)


def test_class_scope_has_no_package_clause_but_imports() -> None:
    go = translate(FILE, scope="class", package="model")
    assert not go.startswith("package")
    assert "type L2Party struct" in go
    assert "import" not in go or go.startswith("import")
    assert_parses(go, "package model\n")


def test_method_scope_resolves_fields_from_file_source() -> None:
    method = FILE[
        FILE.index("    public void addMember") : FILE.index("    public int getMemberCount")
    ]
    go = translate_java(
        TranslationRequest(
            java=method.strip(),
            scope="method",
            name="addMember",
            go_package="model",
            enclosing_type="L2Party",
            file_source=FILE,
        )
    )
    assert go.startswith('import (\n\t"slices"\n)\n\n// AddMember is the Java method L2Party.')
    assert "func (l *L2Party) AddMember(objectId int32) {" in go
    assert "slices.Contains(l.members, objectId)" in go
    assert "l.members = append(l.members, objectId)" in go
    assert_parses(go, "package model\n")


def test_method_scope_without_file_source_uses_enclosing_type() -> None:
    go = translate(
        "public int twice(int x) { return x * 2; }", scope="method", enclosing_type="Calc"
    )
    assert "func (c *Calc) Twice(x int32) int32 {\n\treturn x * 2\n}" in go


def test_naming_scheme() -> None:
    go = translate(FILE, package="model")
    # getX() -> X(), `_field` -> field, statics prefixed with the type, exported when public.
    assert "func (l *L2Party) LeaderId() int32" in go
    assert "func (l *L2Party) MemberCount() int32" in go
    assert "func L2PartyPartyCount() int32" in go
    assert "var l2PartyPartyCount int32" in go
    assert "\tmembers  []int32\n\tleaderId int32\n" in go
    assert "func NewL2Party(leaderId int32) *L2Party" in go
    assert '"party of " + fmt.Sprint(l.MemberCount()) + " led by " + fmt.Sprint(l.LeaderId())' in go


def test_overloads_get_distinct_names_used_at_call_sites() -> None:
    java = """class Msg {
        static int send(int a) { return send(a, 1); }
        static int send(int a, int b) { return a + b; }
        static int send(String s) { return s.length(); }
        static int all() { return send(1) + send(2, 3) + send("x"); }
    }"""
    go = translate(java, package="p")
    assert "func msgSend(a int32) int32" in go
    assert "func msgSend2(a int32, b int32) int32" in go
    assert "func msgSend3(s string) int32" in go
    assert 'return msgSend(1) + msgSend2(2, 3) + msgSend3("x")' in go


async def test_concurrent_translations_agree() -> None:
    """Translations run in worker threads; running many at once gives the same Go."""
    backend = RulesBackend()
    ref = "class Ref { java.util.function.Function<String, Integer> f = String::length; }"
    req = TranslationRequest(java=FILE + ref, scope="file", name="L2Party", go_package="model")
    results = await asyncio.gather(*(backend.translate(req) for _ in range(8)))
    assert len({r.go for r in results}) == 1
    assert "r.f = func(p1 string) int32 {" in results[0].go


def test_static_imports_resolve_to_package_level_names() -> None:
    java = """import static com.l2jserver.Config.*;
import static java.lang.Math.max;
import static com.l2jserver.util.Util.calc;
class A { int f(int x) { return max(x, MAX_LEVEL) + calc(x, MIN_LEVEL); } }"""
    go = translate(java, package="p")
    assert "return max(x, int32(ConfigMaxLevel)) + int32(UtilCalc(x, ConfigMinLevel))" in go
