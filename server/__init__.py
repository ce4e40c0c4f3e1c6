"""The language server: talks LSP, and hands the work to ``migration`` and ``backends``."""
