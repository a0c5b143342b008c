#!/usr/bin/env python3
"""Writes a deterministic news-like corpus (JSON Lines documents) for the Spark example.

    python3 Tests/Spark/make_corpus.py [DOCUMENTS] > corpus.jsonl      (default 300)

Our own template prose, not from any evaluation set. A fixed seed makes the same bytes every run.
Events happen to several parties in several places; each is told by one to three outlets with
rival or revised figures, ministries publish rising (now and then falling) running totals that
include named incidents, and some stories break a toll down into killed and wounded — so the
reconciliation finds merges, disagreements, revisions, residuals and the occasional error.
"""
import datetime
import json
import random
import sys

PARTIES = [  # adjective, country, places
    ("Turkish", "Turkey", ["Idlib", "Saraqib", "Afrin"]),
    ("Syrian", "Syria", ["Aleppo", "Hama", "Deir ez-Zor"]),
    ("Afghan", "Afghanistan", ["Kandahar", "Helmand", "Kunduz"]),
    ("Iraqi", "Iraq", ["Mosul", "Kirkuk", "Ramadi"]),
    ("Nigerian", "Nigeria", ["Maiduguri", "Zamfara", "Borno"]),
    ("Somali", "Somalia", ["Mogadishu", "Baidoa", "Kismayo"]),
    ("Pakistani", "Pakistan", ["Peshawar", "Quetta", "Waziristan"]),
    ("Malian", "Mali", ["Gao", "Mopti", "Timbuktu"]),
]
OUTLETS = ["Reuters", "AP", "AFP", "Al Jazeera", "BBC", "Anadolu"]
VICTIMS = ["soldiers", "civilians", "police officers", "troops"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
BACKGROUND = [
    "Residents of {place} said the main road had been closed for days while engineers repaired a bridge.",
    "The talks are expected to resume next week, according to diplomats familiar with the plan.",
    "Prices of fuel and bread have risen sharply over the past year, straining household budgets.",
    "Analysts said the conflict had reshaped alliances across the region in unexpected ways.",
    "In an interview with a local broadcaster, the governor promised new investment in schools and clinics.",
    "Markets in {place} reopened, and traders reported brisk business in grain and livestock.",
    "Aid agencies have warned that the fighting could displace tens of thousands more families.",
    "The government has repeatedly denied targeting residential areas.",
]
START = datetime.date(2020, 2, 1)


def events(rng, count):
    """Incidents: (party index, place, day offset, killed, wounded, victim)."""
    out = []
    for _ in range(count):
        p = rng.randrange(len(PARTIES))
        out.append((p, rng.choice(PARTIES[p][2]), rng.randrange(0, 60), rng.choice([2, 3, 4, 5, 7, 9, 11, 13, 17, 22, 33]),
                    rng.choice([0, 1, 3, 6, 8, 12, 15]), rng.choice(VICTIMS)))
    return sorted(out, key=lambda e: (e[2], e[0]))


def incident_story(rng, event, published, outlet):
    p, place, day, killed, wounded, victim = event
    adjective = PARTIES[p][0]
    weekday = WEEKDAYS[(START + datetime.timedelta(days=day)).weekday()]
    if rng.random() < 0.25:  # a rival count
        killed = killed + rng.choice([-1, 1, 2, killed])
    told = rng.choice([
        "{k} {adj} {victim} were killed on {wd} in an attack near {place}, {source} said.",
        "An attack near {place} on {wd} killed {k} {adj} {victim}, according to {source}.",
        "At least {k} {adj} {victim} were killed on {wd} when gunmen stormed a checkpoint in {place}.",
    ]).format(k=killed, adj=adjective, victim=victim, wd=weekday, place=place,
              source=rng.choice(["the ministry", "officials", "a local governor", "the military"]))
    sentences = [told]
    if wounded:
        sentences.append(f"Another {wounded} {adjective} {victim} were wounded in the attack, {outlet} reported.")
    if rng.random() < 0.2 and wounded:
        sentences.append(f"In all the attack left {killed + wounded + rng.choice([0, 0, -3])} {adjective} casualties, "
                         f"{killed} killed and {wounded} wounded.")
    if rng.random() < 0.3:
        sentences.append(f"The {killed} dead included {max(1, killed // 3)} officers.")
    return sentences


def total_story(rng, p, day, totals, recent):
    adjective, country, places = PARTIES[p]
    previous = totals.get(p, 0)
    known = sum(e[3] for e in recent)
    value = max(previous, known) + rng.choice([0, 3, 5, 9, 14, 21])
    if previous and rng.random() < 0.08:
        value = previous - rng.choice([2, 6])  # a falling total: a revision or a typo
    totals[p] = value
    period = "in the past month" if rng.random() < 0.5 else "since February 1"  # a rolling or a fixed start
    sentences = [f"{value} {adjective} soldiers have been killed {period}, the {country} defence ministry said."]
    if recent:
        last = recent[-1]
        weekday = WEEKDAYS[(START + datetime.timedelta(days=last[2])).weekday()]
        sentences[0] = (f"{value} {adjective} soldiers have been killed {period}, including {last[3]} "
                        f"killed on {weekday} near {last[1]}, the {country} defence ministry said.")
    return sentences


def main():
    documents = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    rng = random.Random(20200304)
    evs = events(rng, max(1, documents // 2))
    docs, totals, n, e = [], {}, 0, 0
    while len(docs) < documents:
        n += 1
        # Stories follow the events in time: most tell one incident, some a ministry's running total.
        event = evs[e % len(evs)]
        e += 1
        p, place, day = event[0], event[1], event[2]
        published = START + datetime.timedelta(days=day + rng.choice([0, 0, 1]))
        outlet = rng.choice(OUTLETS)
        paragraphs = []
        for _ in range(rng.randint(1, 3)):
            background = [rng.choice(BACKGROUND).format(place=rng.choice(PARTIES[p][2])) for _ in range(rng.randint(1, 3))]
            paragraphs.append(" ".join(background))
        if rng.random() < 0.25:
            recent = [x for x in evs if x[0] == p and day - 30 < x[2] <= day]
            story = total_story(rng, p, day, totals, recent)
        else:
            story = incident_story(rng, event, published, outlet)
        paragraphs.insert(rng.randint(0, len(paragraphs)), " ".join(story))
        copies = 1 if rng.random() < 0.6 else rng.randint(2, 3)  # the same event retold by other outlets
        for copy in range(copies):
            if len(docs) >= documents:
                break
            text = f"{place.upper()} ({outlet if copy == 0 else rng.choice(OUTLETS)}) — " + "\n\n".join(paragraphs)
            if copy:
                text = text.replace("were killed", "died", 1) if rng.random() < 0.5 else text
            docs.append({"id": f"doc{len(docs) + 1:05d}", "published": published.isoformat(),
                         "source": outlet, "text": text})
    for doc in docs:
        sys.stdout.write(json.dumps(doc, ensure_ascii=False, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
