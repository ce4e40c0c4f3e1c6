"""l2j-lsp: migrate the L2J Java server to Go from inside the editor."""

__version__ = "0.1.0"
