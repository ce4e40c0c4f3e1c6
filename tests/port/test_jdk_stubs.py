"""The JDK stubs promise only what the Go runtime has: every stub type, constructor,
static and method maps (by the default naming rule or its @Go template) to a declaration
of the runtime package, with the same number of type parameters. Checked by reading the
runtime's Go with tree-sitter, so a stub never sends the translator to a name that is not
there."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import tree_sitter
import tree_sitter_go

from l2j_lsp.module.gotool import RUNTIME_SRC
from l2j_lsp.project import model as project_model
from l2j_lsp.project.model import Project
from l2j_lsp.project.naming import jdk_method_name, name_project

_GO = tree_sitter.Language(tree_sitter_go.language())
_IDENT = re.compile(r"java\.([A-Z][A-Za-z0-9_]*)")


def _text(node: tree_sitter.Node | None) -> str:
    return (node.text or b"").decode() if node is not None else ""


def runtime_api(
    src: Path = RUNTIME_SRC,
) -> tuple[dict[str, int], set[str], dict[str, set[str]], set[str]]:
    """Type names (-> number of type parameters), package-level funcs and vars, and each
    type's methods (its own; embedded fields' methods are added by the caller)."""
    types: dict[str, int] = {}
    funcs: set[str] = set()
    methods: dict[str, set[str]] = {}
    embeds: dict[str, list[str]] = {}
    interfaces: set[str] = set()
    parser = tree_sitter.Parser(_GO)
    for path in sorted(src.glob("*.go")):
        if path.name.endswith("_test.go"):
            continue
        root = parser.parse(path.read_bytes()).root_node
        for node in root.named_children:
            if node.type == "type_declaration":
                for spec in node.named_children:
                    if spec.type not in ("type_spec", "type_alias"):
                        continue
                    name = _text(spec.child_by_field_name("name"))
                    if spec.type == "type_alias":
                        target = spec.child_by_field_name("type")
                        embeds.setdefault(name, []).append(
                            _base((target.text or b"").decode() if target else "")
                        )
                    tps = spec.child_by_field_name("type_parameters")
                    types[name] = (
                        sum(
                            1
                            for decl in tps.named_children
                            for n in decl.named_children
                            if n.type == "identifier"
                        )
                        if tps is not None
                        else 0
                    )
                    body = spec.child_by_field_name("type")
                    if body is not None and body.type == "interface_type":
                        interfaces.add(name)
                        for el in body.named_children:
                            if el.type == "method_elem":
                                methods.setdefault(name, set()).add(
                                    _text(el.child_by_field_name("name"))
                                )
                            elif el.type == "type_elem":
                                embeds.setdefault(name, []).append(_base(_text(el)))
                    elif body is not None and body.type == "struct_type":
                        for fl in (
                            body.named_children[0].named_children if body.named_children else []
                        ):
                            if (
                                fl.type == "field_declaration"
                                and fl.child_by_field_name("name") is None
                            ):
                                t = fl.child_by_field_name("type")
                                embeds.setdefault(name, []).append(
                                    _base((t.text or b"").decode() if t else "")
                                )
            elif node.type == "function_declaration":
                funcs.add(_text(node.child_by_field_name("name")))
            elif node.type == "method_declaration":
                recv = node.child_by_field_name("receiver")
                param = recv.named_children[0] if recv is not None else None
                rtype = _base(_text(param.child_by_field_name("type") if param else None))
                methods.setdefault(rtype, set()).add(_text(node.child_by_field_name("name")))
            elif node.type in ("var_declaration", "const_declaration"):
                specs = list(node.named_children)
                while specs:
                    spec = specs.pop()
                    if spec.type in ("var_spec_list", "const_spec_list"):
                        specs.extend(spec.named_children)
                        continue
                    for ident in spec.children_by_field_name("name"):
                        funcs.add(_text(ident))
    # Promote embedded types' methods.
    for _ in range(6):
        for holder, bases in embeds.items():
            for b in bases:
                methods.setdefault(holder, set()).update(methods.get(b, set()))
    return types, funcs, methods, interfaces


def _base(t: str) -> str:
    t = t.lstrip("*").split("[", 1)[0]
    return t.rsplit(".", 1)[-1]


def _go_names(template: str) -> list[str]:
    return _IDENT.findall(template)


def _method_set(tname: str, go: Any, methods: dict[str, set[str]]) -> set[str]:
    """What a value of the Go type answers: an interface shape's methods are on the
    interface or on the struct behind it (``XImpl``)."""
    found = set(methods.get(tname, set()))
    if go.is_iface and tname == go.type_name:
        found |= methods.get(go.impl_name, set())
    return found


def test_every_stub_member_exists_in_the_runtime() -> None:
    project = Project()
    project.link()
    name_project(project)
    types, funcs, methods, interfaces = runtime_api()
    missing: list[str] = []
    for f in project.jdk_files:
        for sym in f.all_types:
            go = sym.go
            assert go is not None
            gotype = sym.annotations.get("GoType", "")
            if gotype:
                for n in _go_names(gotype):
                    if n not in types:
                        missing.append(f"{sym.qname}: type {n}")
                tname = _base(gotype) if gotype.startswith(("*", "java.")) else ""
            else:
                tname = go.type_name
                holder = (
                    not sym.is_interface
                    and not sym.ctors
                    and all(m.static for m in sym.all_methods())
                )
                if holder:
                    pass  # a holder of statics (Math, System): no Go type
                elif go.type_name not in types:
                    missing.append(f"{sym.qname}: type java.{go.type_name}")
                elif go.is_iface and go.type_name not in interfaces:
                    missing.append(
                        f"{sym.qname}: java.{go.type_name} is a struct but the stub's shape is "
                        "an interface (subclassed or abstract: add @GoType)"
                    )
                elif types[go.type_name] != len(sym.tparams):
                    missing.append(
                        f"{sym.qname}: java.{go.type_name} has {types[go.type_name]} type "
                        f"parameters, the stub {len(sym.tparams)} (add @GoType)"
                    )
            for m in [*sym.ctors, *sym.all_methods()]:
                where = f"{sym.qname}.{m.name}/{m.arity}"
                if m.template:
                    names = _go_names(m.template)
                    for n in names:
                        if n not in funcs and n not in types:
                            missing.append(f"{where}: java.{n}")
                    meth = re.match(r"^\{this\}\.([A-Za-z_]\w*)\(", m.template)
                    if (
                        meth
                        and tname
                        and not m.is_ctor
                        and meth.group(1) not in _method_set(tname, go, methods)
                    ):
                        missing.append(f"{where}: method {tname}.{meth.group(1)}")
                    continue
                if m.is_ctor:
                    suffix = str(m.ordinal + 1) if m.ordinal else ""
                    name = f"New{go.type_name}{suffix}"
                    if name not in funcs and not sym.is_abstract:
                        missing.append(f"{where}: func java.{name}")
                elif m.static:
                    name = f"{go.type_name}{m.go_name}"
                    if name not in funcs:
                        missing.append(f"{where}: func java.{name}")
                elif tname and jdk_method_name(m) not in _method_set(tname, go, methods):
                    missing.append(f"{where}: method {tname}.{jdk_method_name(m)}")
            for fs in sym.fields.values():
                if fs.template:
                    for n in _go_names(fs.template):
                        if n not in funcs:
                            missing.append(f"{sym.qname}.{fs.name}: java.{n}")
                elif fs.static:
                    name = f"{go.type_name}{fs.go_name}"
                    if name not in funcs:
                        missing.append(f"{sym.qname}.{fs.name}: java.{name}")
    assert not missing, f"{len(missing)} stub members without a runtime counterpart:\n" + "\n".join(
        missing[:80]
    )


def test_stub_dir_is_the_project_models() -> None:
    assert project_model.JDK_DIR.is_dir()
