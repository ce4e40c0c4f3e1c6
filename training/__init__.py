"""Training data and training: the dataset store, its JSONL, and the HRM trainer.

Kept free of torch at import time: the language server imports the store from here.
"""
