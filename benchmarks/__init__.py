"""Benchmarks: ``python -m benchmarks.<name>`` (the Makefile's bench and eval targets)."""
