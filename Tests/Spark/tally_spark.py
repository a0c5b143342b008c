#!/usr/bin/env python3
"""Tally on Apache Spark: extract claims from a corpus of documents, reconcile them per party
group, merge, and (with --check) prove the result equals one `tally reconcile` on one machine.

    python3 Tests/Spark/tally_spark.py --tally .build/release/tally --corpus corpus.jsonl \
        --out merged.json [--master local[2]] [--partitions 4] [--check [--control]]

Stages:
 1. The corpus (JSON Lines documents: id, text, published, source) is read as lines and piped,
    partition by partition, through `tally extract --jobs 1` (RDD.pipe: documents on standard
    input, claims on standard output, memory bounded by the largest document). Claim ids are
    DOCID-N, unique across documents; each claim keeps its place (input partition, line) so the
    claims can be put back in the order one machine would have extracted them.
 2. Findings never leave a party, except through part_of/same_as links (which may point at a
    claim of another party) — so parties joined by a link form one group (union-find over the
    few linked party pairs), and every claim is keyed by its group.
 3. Claims are shuffled by group (a stable CRC-32 partitioner), sorted back into input order
    within each partition, and each partition runs `tally reconcile FILE --format json`.
 4. The driver merges the partitions' JSON: counts are added, findings are ordered exactly as
    one run orders them (most severe first, then rule, then the input position of the first and
    second claim), and each finding's claims get the file and line they have in the whole claim
    file (`--claims-name`, default claims.jsonl).

With --check the script also runs `tally extract` and `tally reconcile` on the whole corpus on
one machine and compares: the claims byte for byte, counts and findings byte for byte, incidents,
series and period totals as multisets. It prints throughput and exits 1 on any difference.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zlib

SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}


def party_groups(pairs, parties):
    """Union-find over parties joined by a link: {party: group name (the smallest party)}."""
    parent = {p: p for p in parties}

    def root(p):
        while parent[p] != p:
            parent[p] = parent[parent[p]]
            p = parent[p]
        return p

    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {p: root(p) for p in parties}


def reconcile_partition(tally, claims_name, offsets, policy):
    """A mapPartitions function: reconcile one partition's claims with the tally binary."""

    def run(index, items):
        rows = sorted(items, key=lambda kv: kv[1][0])  # (group, ((input partition, line), claim))
        if not rows:
            return
        lines = {}
        directory = tempfile.mkdtemp(prefix="tally-part-")
        try:
            path = os.path.join(directory, f"part-{index:05d}.jsonl")
            with open(path, "w", encoding="utf-8") as handle:
                for _, ((part, position), claim) in rows:
                    handle.write(claim + "\n")
                    lines[json.loads(claim)["id"]] = offsets[part] + position + 1
            command = [tally, "reconcile", path, "--format", "json"] + (["--policy", policy] if policy else [])
            result = json.loads(subprocess.run(command, check=True, capture_output=True).stdout)
        finally:
            shutil.rmtree(directory, ignore_errors=True)
        for finding in result["findings"]:
            for claim in finding["claims"]:
                claim["file"], claim["line"] = claims_name, lines[claim["id"]]
        yield index, result

    return run


def merge(results):
    """One reconcile document from the partitions' documents, findings in single-run order."""
    keyed = []
    for index, result in results:
        for local, finding in enumerate(result["findings"]):
            lines = [c["line"] for c in finding["claims"]] + [sys.maxsize, sys.maxsize]
            keyed.append(((SEVERITY_RANK[finding["severity"]], finding["rule"], lines[0], lines[1], index, local), finding))
    keyed.sort(key=lambda kv: kv[0])
    counts = {key: 0 for key in ("claims", "errors", "incidents", "infos", "series", "warnings")}
    merged = {"counts": counts, "findings": [f for _, f in keyed], "incidents": [], "period_totals": [],
              "policy": None, "policy_explanation": None, "series": []}
    for _, result in sorted(results, key=lambda r: r[0]):
        for key in counts:
            counts[key] += result["counts"][key]
        for key in ("incidents", "period_totals", "series"):
            merged[key] += result[key]
        merged["policy"], merged["policy_explanation"] = result["policy"], result["policy_explanation"]
    # Incidents by id, period totals by party and category, series by party, category, region, source:
    # a stable order for the parts that one run orders by its own internal keys.
    merged["incidents"].sort(key=lambda i: i["id"])
    merged["period_totals"].sort(key=lambda t: (t["party"] or "", t["category"]))
    merged["series"].sort(key=lambda s: json.dumps(s, sort_keys=True))
    return merged


def canonical(value):
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def run_spark(args):
    from pyspark.sql import SparkSession

    spark = (SparkSession.builder.master(args.master).appName("tally-spark")
             .config("spark.ui.enabled", "false")
             .config("spark.driver.memory", "1g")
             .config("spark.sql.shuffle.partitions", str(args.partitions))
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    sc = spark.sparkContext
    timings = {}
    began = time.monotonic()

    # 1. Documents through `tally extract` (standard input to standard output), claims keyed by their place.
    documents = sc.textFile(args.corpus, minPartitions=args.partitions)
    extract = f"{args.tally_on_executors} extract --jobs 1" + (f" --vague-profile {args.vague_profile}" if args.vague_profile else "")
    claims = (documents.pipe(extract, checkCode=True)
              .mapPartitionsWithIndex(lambda part, lines: (((part, n), line) for n, line in enumerate(lines)))
              .cache())
    sizes = dict(claims.map(lambda kv: (kv[0][0], 1)).reduceByKey(lambda a, b: a + b).collect())
    timings["extract"] = time.monotonic() - began
    offsets, running = {}, 0
    for part in range(documents.getNumPartitions()):
        offsets[part], running = running, running + sizes.get(part, 0)

    # 2. Party groups: parties joined by a part_of/same_as link reconcile together.
    parsed = claims.map(lambda kv: json.loads(kv[1]))
    party_of = parsed.map(lambda c: (c["id"], c.get("party") or ""))
    links = parsed.flatMap(lambda c: [(t, c.get("party") or "") for t in (c.get("part_of"), c.get("same_as")) if t])
    pairs = links.join(party_of).map(lambda kv: kv[1]).filter(lambda ab: ab[0] != ab[1]).distinct().collect()
    parties = party_of.map(lambda kv: kv[1]).distinct().collect()
    groups = sc.broadcast(party_groups(pairs, parties))

    # 3. Shuffle by group, reconcile each partition with the binary.
    def reconciled(key):
        shuffled = claims.map(lambda kv: (key(json.loads(kv[1])), kv)).partitionBy(
            args.partitions, lambda k: zlib.crc32(k.encode("utf-8")))
        return shuffled.mapPartitionsWithIndex(
            reconcile_partition(args.tally_on_executors, args.claims_name, offsets, args.policy)).collect()

    results = reconciled(lambda claim: groups.value[claim.get("party") or ""])
    timings["total"] = time.monotonic() - began
    # The control: keyed by document instead, incidents told by several outlets are split apart.
    control = merge(reconciled(lambda claim: claim.get("doc") or "")) if args.control else None

    ordered = None
    if args.claims_out or args.check:
        ordered = [line for _, line in sorted(claims.collect())]
    corpus_bytes = documents.map(lambda line: len(line.encode("utf-8")) + 1).sum()
    summary = {"documents": documents.count(), "bytes": corpus_bytes, "claims": running,
               "party_groups": len(set(groups.value.values())), "linked_party_pairs": len(pairs),
               "reconcile_partitions": len(results), "seconds": timings}
    spark.stop()
    return merge(results), ordered, summary, control


def single_run(args, directory):
    """One machine: `tally extract` then `tally reconcile` on the whole corpus."""
    claims_path = os.path.join(directory, args.claims_name)
    with open(args.corpus, "rb") as source, open(claims_path, "wb") as sink:
        subprocess.run([args.tally, "extract"], stdin=source, stdout=sink, check=True)
    command = [args.tally, "reconcile", args.claims_name, "--format", "json"] + (["--policy", args.policy] if args.policy else [])
    output = subprocess.run(command, cwd=directory, check=True, capture_output=True).stdout
    with open(claims_path, encoding="utf-8") as handle:
        return [line.rstrip("\n") for line in handle], json.loads(output)


def compare(merged, spark_claims, single_claims, single):
    problems = []
    if spark_claims != single_claims:
        problems.append(f"claims differ: {len(spark_claims)} through Spark, {len(single_claims)} on one machine")
    if merged["counts"] != single["counts"]:
        problems.append(f"counts differ: {merged['counts']} vs {single['counts']}")
    if canonical(merged["findings"]) != canonical(single["findings"]):
        ours = {canonical(f) for f in merged["findings"]}
        theirs = {canonical(f) for f in single["findings"]}
        problems.append(f"findings differ: {len(ours - theirs)} only through Spark, {len(theirs - ours)} only on one machine"
                        + ("" if ours != theirs else " (same set, different order)"))
    for key in ("incidents", "period_totals", "series"):
        if sorted(map(canonical, merged[key])) != sorted(map(canonical, single[key])):
            problems.append(f"{key} differ")
    for key in ("policy", "policy_explanation"):
        if merged[key] != single[key]:
            problems.append(f"{key} differs")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tally", required=True, help="the tally binary on this machine (the driver)")
    parser.add_argument("--tally-on-executors", help="the binary's path on the executors (default: --tally, absolute)")
    parser.add_argument("--corpus", required=True, help="JSON Lines documents")
    parser.add_argument("--out", help="write the merged reconcile JSON here")
    parser.add_argument("--claims-out", help="write the extracted claims here, in input order")
    parser.add_argument("--claims-name", default="claims.jsonl", help="the file name findings give for claims")
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--policy")
    parser.add_argument("--vague-profile")
    parser.add_argument("--check", action="store_true", help="compare with one tally run on one machine")
    parser.add_argument("--control", action="store_true",
                        help="with --check: also partition by document, which must NOT match (the comparison has teeth)")
    args = parser.parse_args()
    args.tally = os.path.abspath(args.tally)
    args.tally_on_executors = args.tally_on_executors or args.tally
    local = "://" not in args.corpus  # hdfs://, s3a://, file:// are handed to Spark as they are
    if local:
        args.corpus = os.path.abspath(args.corpus)
    elif args.check:
        parser.error("--check runs tally on the driver too: give a local --corpus")

    merged, spark_claims, summary, control = run_spark(args)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as handle:
            json.dump(merged, handle, indent=2, sort_keys=True, ensure_ascii=False)
            handle.write("\n")
    if args.claims_out:
        with open(args.claims_out, "w", encoding="utf-8") as handle:
            handle.writelines(line + "\n" for line in spark_claims)

    seconds = summary["seconds"]
    megabytes = summary["bytes"] / 1e6
    print(f"spark: {summary['documents']} documents ({megabytes:.2f} MB) → {summary['claims']} claims; "
          f"{summary['party_groups']} party groups ({summary['linked_party_pairs']} linked party pairs) "
          f"in {summary['reconcile_partitions']} reconcile partitions")
    print(f"spark: extract stage {seconds['extract']:.1f} s ({summary['documents'] / seconds['extract']:.0f} documents/s, "
          f"{megabytes / seconds['extract']:.2f} MB/s); extract + reconcile + merge {seconds['total']:.1f} s "
          f"({summary['documents'] / seconds['total']:.0f} documents/s, {megabytes / seconds['total']:.2f} MB/s)")
    counts = merged["counts"]
    print(f"merged: {counts['claims']} claims, {counts['incidents']} incidents, {counts['series']} series; "
          f"findings {counts['errors']} errors, {counts['warnings']} warnings, {counts['infos']} info")
    if not args.check:
        return 0
    with tempfile.TemporaryDirectory(prefix="tally-single-") as directory:
        began = time.monotonic()
        single_claims, single = single_run(args, directory)
        elapsed = time.monotonic() - began
    print(f"single machine: extract + reconcile {elapsed:.1f} s")
    problems = compare(merged, spark_claims, single_claims, single)
    if control is not None:
        differences = compare(control, spark_claims, single_claims, single)
        if differences:
            print(f"control (partitioned by document instead of party group) differs as it must: {'; '.join(differences)}")
        else:
            problems.append("the control partitioned by document matched one machine: the comparison proves nothing")
    findings = len(single["findings"])
    if problems:
        for problem in problems:
            print(f"spark: MISMATCH: {problem}")
        print("spark: 0 passed, 1 failed")
        return 1
    print(f"spark: the merge is the same as one machine: {len(single_claims)} claims byte for byte, counts and all {findings} findings "
          f"byte for byte (order included), incidents, series and period totals as sets")
    print("spark: 1 passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
