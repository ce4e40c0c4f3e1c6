"""Scoring backends: HumanEval-X Java -> Go with real ``go test`` runs, and the held-out
pairs of the dataset (parse rate, gofmt, exact match, chrF). ``l2j-lsp eval`` is the entry
point (:func:`evaluation.cli.run`); docs/evaluation.md explains the rules."""
