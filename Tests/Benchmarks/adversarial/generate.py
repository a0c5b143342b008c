#!/usr/bin/env python3
"""Writes a deterministic corpus of pathological news text for `tally extract` (issue 8).

    python3 Tests/Benchmarks/adversarial/generate.py [MEGABYTES [DOCUMENT_BYTES]] > adversarial.jsonl   (default 10)

With DOCUMENT_BYTES every document has about that size (to compare small and large documents of
the same text: linear time gives the same MB/s); otherwise sizes cycle from 200 bytes to 1 MB.

Same document format as Benchmarks/extract/generate.py. Each document is one kind of text that
defeats naive parsing, at sizes from one sentence to 1 MB without a sentence break:
long runs of digits, of number words and of hyphens, nested brackets, qualifier chains, vague
words, casualty words packed together, and one sentence holding thousands of figures.
"""
import json
import random
import sys

UNITS = "one two three four five six seven eight nine ten eleven twelve thirteen twenty thirty forty ninety".split()
SCALES = ["hundred", "thousand", "million", "billion", "dozen"]


def digits(rng, size):
    run = "".join(rng.choice("0123456789") for _ in range(min(size, 5000)))
    return f"Officials said {run} people were killed and {run[:400]},{run[:3]}.{run[:3]} wounded " * max(1, size // (len(run) + 460))


def number_words(rng, size):
    words = []
    length = 0
    while length < size:
        words.append(rng.choice(UNITS + SCALES + ["and", "-", "killed", "a"]))
        length += len(words[-1]) + 1
    return " ".join(words)


def hyphens(rng, size):
    part = "killed " + "-" * 200 + " " + "-".join(str(rng.randint(1, 99)) for _ in range(200)) + " --- twenty-one-two-three- "
    return part * max(1, size // len(part))


def brackets(rng, size):
    depth = 2000
    part = "(" * depth + "[" * 50 + " 12 soldiers were killed " + "]" * 50 + ")" * depth + " {" * 100 + " dead " + "} " * 100
    return part * max(1, size // len(part))


def qualifiers(rng, size):
    part = "at least more than nearly up to as many as no fewer than between 15 and 20 to 30 or 40 - 50 killed, "
    return part * max(1, size // len(part))


def vague(rng, size):
    part = "dozens of hundreds of thousands of tens of thousands of several dozen scores of "
    return (part * max(1, size // len(part))) + "people were killed."


def packed(rng, size):
    words = ["killed", "dead", "wounded", "injured", "died", "missing", "casualties", "toll"]
    part = " ".join(f"{rng.randint(1, 999)} {rng.choice(words)}" for _ in range(50)) + " "
    return part * max(1, size // len(part))


def one_sentence(rng, size):
    """Thousands of figures in a single sentence: every mention looks at its neighbours."""
    parts = []
    total = 0
    while total < size:
        piece = f"{rng.randint(2, 999)} {rng.choice(['soldiers', 'civilians', 'people'])} were killed in {rng.choice(['Idlib', 'Mosul', 'Aleppo'])}, "
        parts.append(piece)
        total += len(piece)
    return "".join(parts) + "officials said."


KINDS = [digits, number_words, hyphens, brackets, qualifiers, vague, packed, one_sentence]
SIZES = [200, 5_000, 50_000, 1_000_000]


def main():
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 10
    fixed = int(sys.argv[2]) if len(sys.argv) > 2 else None
    target = int(megabytes * 1_000_000)
    rng = random.Random(8)
    out = sys.stdout
    written = 0
    index = 0
    while written < target:
        kind = KINDS[index % len(KINDS)]
        size = fixed or SIZES[(index // len(KINDS)) % len(SIZES)]
        size = min(size, max(200, target - written))
        line = json.dumps({"id": f"adv-{index}-{kind.__name__}", "published": "2020-03-04", "text": kind(rng, size)}) + "\n"
        out.write(line)
        written += len(line.encode())
        index += 1


if __name__ == "__main__":
    main()
