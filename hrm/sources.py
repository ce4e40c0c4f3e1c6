"""Data-source ids: each has its own learned embedding, prepended to the sequence.

Pairs of mixed quality train one model; at inference the model is asked to write in the
style of the best source (a person's correction).
"""

SOURCE_CORRECTED = 0  # a person edited the suggestion: the best signal
SOURCE_ACCEPTED = 1  # a suggestion applied as is
SOURCE_SYNTHETIC = 2  # a teacher LLM wrote it, validated
SOURCE_RULES = 3  # the deterministic rules translator

SOURCE_NAMES = {
    "corrected": SOURCE_CORRECTED,
    "accepted": SOURCE_ACCEPTED,
    "synthetic": SOURCE_SYNTHETIC,
    "rules": SOURCE_RULES,
}
