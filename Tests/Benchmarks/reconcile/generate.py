#!/usr/bin/env python3
"""Writes N realistic, deterministic claims (claim CSV format) for the reconciliation benchmark.

    python3 generate.py N OUT.csv

Mix, per "story" (stories in date order over two years): one incident reported by 1-3 sources (some revising their figure), about one
in five mentions restated by another outlet (same_as), an occasional part ("including N
children", part_of), and running totals of several sources per party and category that rise
day by day (each total a new row). Seeded: the same N gives the same file.
"""
import csv
import datetime
import random
import sys

PARTIES = ["Arland", "Borduria", "Carpania", "Dravonia", "Elbonia", "Freedonia", "Genovia", "Hyrkania"]
REGIONS = [f"District {i}" for i in range(60)]
SOURCES = ["Health Ministry", "Defence Ministry", "UN agency", "Monitor group", "Red Cross", "Police"]
OUTLETS = ["Wire A", "Wire B", "Daily C", "Radio D"]
START = datetime.date(2022, 1, 1)
HEADER = ["id", "doc", "report_date", "event_start", "event_end", "category", "value", "low", "high", "victim",
          "party", "role", "scope", "period", "region", "source", "part_of", "same_as", "url", "quote"]


def main():
    n, path = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(20261201)
    totals = {}
    written = 0
    with open(path, "w", newline="") as f:
        out = csv.writer(f)
        out.writerow(HEADER)

        def row(**c):
            nonlocal written
            written += 1
            c.setdefault("id", f"c{written}")
            out.writerow([c.get(k, "") for k in HEADER])
            return c["id"]

        story = 0
        incident_sums = {}
        stories = max(1, n // 3)
        while written < n:
            story += 1
            # Stories come in date order over two years, as reports do.
            day = START + datetime.timedelta(days=min(729, story * 730 // stories))
            party = rng.choice(PARTIES)
            category = rng.choices(["killed", "wounded", "missing", "captured"], [70, 20, 5, 5])[0]
            if rng.random() < 0.6:
                # An incident, told by one to three sources.
                region = rng.choice(REGIONS)
                value = max(1, int(rng.expovariate(1 / 12)))
                incident_sums[(party, category)] = incident_sums.get((party, category), 0) + value + 3
                first = None
                for source in rng.sample(SOURCES, rng.randint(1, 3)):
                    figure = max(1, value + rng.randint(-2, 3))
                    reported = day + datetime.timedelta(days=rng.randint(0, 1))
                    doc = f"d{story}-{source[:3]}"
                    cid = row(doc=doc, report_date=reported, event_start=day, event_end=day, category=category,
                              value=figure, victim="people", party=party, role="civilian", scope="incident",
                              region=region, source=source, quote=f"{figure} people were {category} in {region}")
                    first = first or cid
                    if rng.random() < 0.2:
                        row(doc=f"d{story}-{rng.choice(OUTLETS)}", report_date=reported + datetime.timedelta(days=1),
                            event_start=day, event_end=day, category=category, value=figure, victim="people",
                            party=party, role="civilian", scope="incident", region=region,
                            source=f"{source} (via {rng.choice(OUTLETS)})", same_as=cid,
                            quote=f"{figure} people {category}, {source} said")
                    if rng.random() < 0.3:
                        revised = figure + rng.randint(1, 5)
                        row(doc=doc + "-update", report_date=reported + datetime.timedelta(days=1), event_start=day,
                            event_end=day, category=category, value=revised, victim="people", party=party,
                            role="civilian", scope="incident", region=region, source=source,
                            quote=f"the toll rose to {revised}")
                if rng.random() < 0.1 and value >= 4:
                    row(doc=f"d{story}-kids", report_date=day, event_start=day, event_end=day, category=category,
                        value=rng.randint(1, value // 2), victim="children", party=party, role="civilian",
                        scope="incident", region=region, part_of=first, quote="including children")
            else:
                # A running total of one source for one party and category, rising.
                source = rng.choice(SOURCES)
                key = (source, party, category)
                last = totals.get(key, (START, 0))
                as_of = max(last[0], day)
                # Known incidents so far, plus deaths no incident report covers.
                value = max(last[1], incident_sums.get((party, category), 0)) + rng.randint(0, 40)
                totals[key] = (as_of, value)
                row(doc=f"t{story}", report_date=as_of, event_start=START, event_end=as_of, category=category,
                    value=value, victim="people", party=party, role="unknown", scope="cumulative",
                    period="since the conflict began", source=source, quote=f"{value} {category} since the conflict began")


if __name__ == "__main__":
    main()
