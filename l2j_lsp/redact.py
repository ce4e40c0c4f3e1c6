"""Secrets out of everything the tools show, log or store.

Masked: the values this process knows to be secret (the API key read from the variable
``l2j.llm.apiKeyEnv`` names, the credentials of a URL and their base64 form as sent in a
Basic ``Authorization`` header), credentials by their place (a URL's ``user:password@``,
``Bearer``/``Basic`` values, ``api_key=`` query parameters), and strings shaped like the
API keys of the usual providers (``sk-...``, ``hf_...``), wherever they come from: a
server echoing its request, a key pasted into a setting by mistake.
"""

from __future__ import annotations

import base64
import re
import threading
from urllib.parse import unquote, urlsplit

MASK = "***"
# Shorter values would mask ordinary words.
_MIN_SECRET = 4

_KEY_SHAPE = (
    r"(?:sk|pk|rk)-[A-Za-z0-9_\-]{16,}"  # OpenAI, OpenRouter (sk-or-v1-...), Anthropic...
    r"|hf_[A-Za-z0-9]{20,}"  # Hugging Face
    r"|gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}"  # GitHub
    r"|AIza[0-9A-Za-z_\-]{30,}"  # Google
    r"|xox[abprs]-[A-Za-z0-9\-]{10,}"  # Slack
)
# Each pattern's first group is kept, the rest masked.
_PATTERNS = (
    re.compile(rf"(^|[^A-Za-z0-9_\-])(?:{_KEY_SHAPE})"),
    # scheme://user:password@host, scheme://token@host
    re.compile(r"(://)[^/\s@'\"<>]+(?=@)"),
    re.compile(r"(?i)(\b(?:bearer|basic) )[A-Za-z0-9._~+/=\-]{6,}"),
    re.compile(
        r"(?i)([?&;\s\"'](?:api_key|apikey|api-key|key|token|access_token|secret|password)=)"
        r"[^&\s#\"']+"
    ),
    re.compile(r"(?i)(\b(?:x-api-key|api-key|authorization): )(?:(?:basic|bearer|token) )?\S+"),
)

_known: set[str] = set()
_lock = threading.Lock()


def remember(*secrets: str | None) -> None:
    """Mask these values from now on, with the forms they travel in (base64 for Basic
    auth, percent-encoded in a URL)."""
    forms: set[str] = set()
    for secret in secrets:
        if not secret:
            continue
        forms.update((secret, unquote(secret)))
        forms.add(base64.b64encode(secret.encode()).decode())
    with _lock:
        _known.update(f for f in forms if len(f) >= _MIN_SECRET)


def url_secrets(url: str) -> list[str]:
    """The credentials inside a URL: the user info and its password."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return []
    netloc = parts.netloc
    if "@" not in netloc:
        return []
    userinfo = netloc.rsplit("@", 1)[0]
    found = [userinfo, unquote(userinfo)]
    if parts.password:
        found += [parts.password, unquote(parts.password)]
    return found


def looks_like_key(value: str) -> bool:
    """True for an API key (rather than the NAME of a variable holding one)."""
    value = value.strip()
    if re.fullmatch(_KEY_SHAPE, value):
        return True
    # Environment variable names are short upper-case words; keys are long mixed runs.
    return (
        len(value) >= 20
        and re.fullmatch(r"[A-Za-z0-9_\-.+/=]+", value) is not None
        and any(c.isdigit() for c in value)
        and any(c.islower() for c in value)
    )


def redact(text: str) -> str:
    """``text`` with every known secret and every credential-shaped string masked."""
    with _lock:
        known = sorted(_known, key=len, reverse=True)
    for secret in known:
        if secret in text:
            text = text.replace(secret, MASK)
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: m.group(1) + MASK, text)
    return text


def redact_exception(exc: BaseException) -> None:
    """Mask secrets in the messages of an exception and of the ones it chains to, so a
    printed traceback shows none either."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        current.args = tuple(redact(a) if isinstance(a, str) else a for a in current.args)
        current = current.__cause__ or current.__context__
