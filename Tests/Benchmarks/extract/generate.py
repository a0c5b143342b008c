#!/usr/bin/env python3
"""Writes a deterministic news-like corpus for benchmarking `tally extract`.

    python3 Tests/Benchmarks/extract/generate.py [MEGABYTES] [--format FORMAT] > corpus   (default 24, jsonl)

Documents are assembled from the template sentences below (our own, not from any evaluation set)
with a fixed random seed, so every run produces the same bytes. One sentence in ten carries
casualty figures (about 1.8 claims per kB, the density of casualty news); the rest are the background prose that dominates real news.

FORMAT is one of
- jsonl: one {"id", "published", "url", "text"} document per line;
- text: the same documents as one text file, separated by blank lines;
- html: the same documents as one HTML page, a <div> of <p> paragraphs each (entities escaped, a script in the head);
- line: the same text as one single JSON line (one document);
- claims: a text file of short casualty sentences only ("12 soldiers were killed."), each a claim, so
  the claims' output is many times the input.
"""
import html
import json
import random
import sys

SIDES = ["Turkish", "Syrian", "Afghan", "Iraqi", "Nigerian", "Somali", "Kenyan", "Pakistani", "Indian", "Mexican"]
PLACES = ["Idlib", "Kandahar", "Mosul", "Maiduguri", "Mogadishu", "Garissa", "Peshawar", "Srinagar", "Michoacan", "Aleppo"]
VICTIMS = ["soldiers", "civilians", "police officers", "villagers", "militants", "children", "workers", "people"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WORDS = ["two", "three", "five", "seven", "nine", "eleven", "twenty-one", "dozens of", "at least 14", "more than 30", "nearly 50"]

CASUALTY = [
    "{n} {side} {victim} were killed {day} in an attack near {place}, the ministry said.",
    "A car bomb exploded in a crowded market in {place}, killing {d} people and wounding {d2} others.",
    "Gunmen abducted {d} students from a boarding school on the outskirts of {place} on {day}.",
    "The death toll from the floods in {place} rose to {big}, officials said on {day}.",
    "According to the health ministry, {w} {victim} were wounded and {d} remain missing.",
    "Clashes have killed {big} {side} troops in the past month, including {d} killed {day} in a single airstrike.",
    "Police said {d} {victim} died in hospital after the blast, bringing the toll to {big}.",
    "An airstrike on {day} killed a {side} commander and his two guards, a spokesman said.",
]
BACKGROUND = [
    "The {side} government has deployed thousands of troops to the region since {year}.",
    "Residents of {place} said the road had been closed for {d} days while engineers repaired the bridge.",
    "The talks in {place} are expected to resume next week, according to diplomats familiar with the plan.",
    "Prices of fuel and bread have risen by {d} percent over the past year, straining household budgets.",
    "The province, about {d} kilometres from the border, is home to roughly {big},000 people.",
    "Analysts said the {d}-year conflict had reshaped alliances across the region in unexpected ways.",
    "In an interview with a local broadcaster, the minister promised new investment in schools and clinics.",
    "The convoy of {d} vehicles reached {place} late on {day} after a journey of several hours.",
    "Officials met on {day} to discuss the budget, which allocates ${big} million to reconstruction.",
    "Markets in {place} reopened on {day}, and traders reported brisk business in grain and livestock.",
]


def sentence(rng, templates):
    return rng.choice(templates).format(
        n=rng.choice(WORDS).capitalize(), side=rng.choice(SIDES), victim=rng.choice(VICTIMS),
        day=rng.choice(DAYS), place=rng.choice(PLACES), d=rng.randint(2, 99), d2=rng.randint(2, 99),
        big=f"{rng.randint(100, 9999):,}", w=rng.choice(WORDS), year=rng.randint(1990, 2024))


def documents(rng, megabytes):
    """(document, its JSON line) until the lines reach `megabytes`."""
    written, n = 0, 0
    while written < megabytes * 1_000_000:
        n += 1
        paragraphs = []
        for _ in range(rng.randint(4, 10)):
            sentences = [sentence(rng, CASUALTY if rng.random() < 0.1 else BACKGROUND) for _ in range(rng.randint(2, 5))]
            paragraphs.append(" ".join(sentences))
        doc = {"id": f"bench-{n}", "published": f"2020-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
               "url": f"https://example.org/news/{n}", "text": "\n\n".join(paragraphs)}
        line = json.dumps(doc, ensure_ascii=False) + "\n"
        written += len(line.encode("utf-8"))
        yield doc, line


def main():
    args = sys.argv[1:]
    form = "jsonl"
    if "--format" in args:
        k = args.index("--format")
        form = args[k + 1]
        del args[k:k + 2]
    megabytes = float(args[0]) if args else 24
    rng = random.Random(20200304)
    out = sys.stdout
    if form == "jsonl":
        for _, line in documents(rng, megabytes):
            out.write(line)
    elif form == "text":
        for doc, _ in documents(rng, megabytes):
            out.write(doc["text"] + "\n\n")
    elif form == "html":
        out.write('<!DOCTYPE html>\n<html><head><title>News archive</title><script>var x = "<p>5 killed</p>";</script></head><body>\n')
        for doc, _ in documents(rng, megabytes):
            paragraphs = "".join("<p>" + html.escape(p, quote=False) + "</p>\n" for p in doc["text"].split("\n\n"))
            out.write(f'<div class="story" id="{doc["id"]}"><h2>{doc["id"]}</h2>\n{paragraphs}</div>\n')
        out.write("</body></html>\n")
    elif form == "line":
        text = "\n\n".join(doc["text"] for doc, _ in documents(rng, megabytes))
        out.write(json.dumps({"id": "one-line", "published": "2020-03-04", "text": text}, ensure_ascii=False) + "\n")
    elif form == "claims":
        written = 0
        while written < megabytes * 1_000_000:
            s = f"{rng.randint(2, 99)} {rng.choice(VICTIMS)} were killed. "
            out.write(s)
            written += len(s)
    else:
        sys.exit(f"unknown format {form}: jsonl, text, html, line or claims")


if __name__ == "__main__":
    main()
