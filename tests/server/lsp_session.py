"""A real LSP client (pytest-lsp) driving ``l2j-lsp serve`` over stdio, plus what an editor
does with the server's edits: apply them to the files when the user says yes."""

from __future__ import annotations

import asyncio
import os
import sys
import uuid
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Union
from urllib.parse import unquote, urlparse

from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

from l2j_lsp.server.project import BUILD_TITLE

SECRET = "sk-l2j-test-SECRET-4c1d7e"
KEY_ENV = "L2J_TEST_API_KEY"


def uri_path(uri: str) -> Path:
    return Path(unquote(urlparse(uri).path))


def utf16_offset(text: str, line: int, character: int) -> int:
    """str index of an LSP (UTF-16) position, independent of the server's own mapping."""
    lines = text.splitlines(keepends=True)
    index = sum(len(x) for x in lines[:line])
    current = lines[line] if line < len(lines) else ""
    units = 0
    for i, ch in enumerate(current):
        if units >= character or ch in "\r\n":
            return index + i
        units += 2 if ord(ch) > 0xFFFF else 1
    return index + len(current.rstrip("\r\n"))


def apply_text_edits(text: str, edits: list[Any]) -> str:
    spans = []
    for edit in edits:
        start = utf16_offset(text, edit.range.start.line, edit.range.start.character)
        end = utf16_offset(text, edit.range.end.line, edit.range.end.character)
        spans.append((start, end, edit.new_text))
    for start, end, new in sorted(spans, reverse=True):
        text = text[:start] + new + text[end:]
    return text


@dataclass
class Session:
    client: LanguageClient
    root: Path
    # What the "user" answers to the next workspace/applyEdit requests (default: accept).
    answers: list[bool] = field(default_factory=list)
    edits: list[types.ApplyWorkspaceEditParams] = field(default_factory=list)
    versions: dict[str, int] = field(default_factory=dict)
    # Called with each edit before the "user" answers it (a test's chance to act then).
    before_apply: Callable[[types.ApplyWorkspaceEditParams], None] | None = None

    def apply(self, params: types.ApplyWorkspaceEditParams) -> types.ApplyWorkspaceEditResult:
        self.edits.append(params)
        if self.before_apply is not None:
            self.before_apply(params)
        if self.answers and not self.answers.pop(0):
            return types.ApplyWorkspaceEditResult(applied=False, failure_reason="user declined")
        edit = params.edit
        for change in edit.document_changes or []:
            if isinstance(change, types.CreateFile):
                path = uri_path(change.uri)
                path.parent.mkdir(parents=True, exist_ok=True)
                if not path.exists():
                    path.write_text("", encoding="utf-8")
            elif isinstance(change, types.TextDocumentEdit):
                path = uri_path(change.text_document.uri)
                old = path.read_text(encoding="utf-8") if path.exists() else ""
                path.write_text(apply_text_edits(old, list(change.edits)), encoding="utf-8")
        for uri, text_edits in (edit.changes or {}).items():
            path = uri_path(uri)
            old = path.read_text(encoding="utf-8") if path.exists() else ""
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(apply_text_edits(old, list(text_edits)), encoding="utf-8")
        return types.ApplyWorkspaceEditResult(applied=True)

    def open(self, relative: str, text: str, language: str = "java") -> str:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        uri = path.as_uri()
        self.versions[uri] = 1
        self.client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                types.TextDocumentItem(uri=uri, language_id=language, version=1, text=text)
            )
        )
        return uri

    async def actions(
        self, uri: str, line: int, character: int, end: tuple[int, int] | None = None
    ) -> list[types.CodeAction]:
        el, ec = end or (line, character)
        result = await self.client.text_document_code_action_async(
            types.CodeActionParams(
                text_document=types.TextDocumentIdentifier(uri=uri),
                range=types.Range(types.Position(line, character), types.Position(el, ec)),
                context=types.CodeActionContext(diagnostics=[]),
            )
        )
        return [a for a in result or [] if isinstance(a, types.CodeAction)]

    async def run(self, action: types.CodeAction) -> dict[str, Any]:
        assert action.command is not None
        return await self.execute(action.command.command, *(action.command.arguments or []))

    async def execute(self, command: str, *arguments: Any) -> dict[str, Any]:
        result = await self.client.workspace_execute_command_async(
            types.ExecuteCommandParams(command=command, arguments=list(arguments) or None)
        )
        assert isinstance(result, dict), result
        return result

    def raw_request(self, method: str, params: Any) -> Future[Any]:
        """Send a request as raw JSON, bypassing the client's LSP types (which would refuse
        the malformed parameters a test wants the server to see). The future gets the
        result, or the exception the client raises for the server's error."""
        protocol = self.client.protocol
        msg_id = f"raw-{uuid.uuid4()}"
        future: Future[Any] = Future()
        protocol._request_futures[msg_id] = future
        protocol._send_data({"jsonrpc": "2.0", "id": msg_id, "method": method, "params": params})
        return future

    def save(self, uri: str, text: str) -> None:
        path = uri_path(uri)
        path.write_text(text, encoding="utf-8")
        self.client.text_document_did_save(
            types.DidSaveTextDocumentParams(
                text_document=types.TextDocumentIdentifier(uri=uri), text=text
            )
        )

    def all_logs(self) -> str:
        return "\n".join(m.message for m in self.client.log_messages) + "\n".join(
            m.message for m in self.client.messages
        )


def _fix_code_action_union(client: LanguageClient) -> None:
    """pygls' client converter structures a CodeAction as a Command whose ``command`` is the
    repr of a dict; real editors tell the two apart by the type of ``command``."""
    converter = client.protocol._converter

    def structure(obj: Any, _: Any) -> types.Command | types.CodeAction:
        if isinstance(obj.get("command"), str):
            return converter.structure(obj, types.Command)
        return converter.structure(obj, types.CodeAction)

    converter.register_structure_hook(
        Union[types.Command, types.CodeAction],  # noqa: UP007 (the converter keys on it)
        structure,
    )


async def start_session(
    root: Path, settings: dict[str, Any], profile: str = "visual-studio-code"
) -> Session:
    env = dict(os.environ)
    env[KEY_ENV] = SECRET
    config = ClientServerConfig(
        server_command=[sys.executable, "-m", "l2j_lsp", "serve"], server_env=env
    )
    client = await config.start()
    assert isinstance(client, LanguageClient)
    session = Session(client=client, root=root)
    _fix_code_action_union(client)

    # pygls registers plain functions only (it tags them with attributes).
    def apply_edit(
        params: types.ApplyWorkspaceEditParams,
    ) -> types.ApplyWorkspaceEditResult:
        return session.apply(params)

    client.feature(types.WORKSPACE_APPLY_EDIT)(apply_edit)
    await client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities(profile),
            root_uri=root.as_uri(),
            workspace_folders=[types.WorkspaceFolder(uri=root.as_uri(), name="ws")],
            initialization_options={"l2j": settings},
        )
    )
    return session


async def stop_session(session: Session) -> None:
    try:
        await asyncio.wait_for(session.client.shutdown_session(), 10)
    finally:
        await session.client.stop()


def build_reports(session: Session) -> list[Any] | None:
    """The $/progress values of the project model's (first) build."""
    for values in session.client.progress_reports.values():
        if values and getattr(values[0], "title", None) == BUILD_TITLE:
            return values
    return None


def build_ended(session: Session) -> bool:
    values = build_reports(session)
    return values is not None and isinstance(values[-1], types.WorkDoneProgressEnd)
