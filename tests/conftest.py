"""Shared fixtures: the loopback OpenAI server every end-to-end test talks to."""

from tests.support.openai_server import openai_server

__all__ = ["openai_server"]
