#!/usr/bin/env python3
"""Compares one `clearsource audit` run with the generator's truth.json, and sums up all sizes.

    compare.py check SIZE_DIR CORES JAVA_OPTS WALL_SECONDS JVM_WALL_SECONDS EXIT_CODE [NOTE]
        reads SIZE_DIR/truth.json, SIZE_DIR/run/stats/{ingest,dedup,scan}.json and
        SIZE_DIR/time.txt; writes SIZE_DIR/result.json and SIZE_DIR/result.md, prints the latter;
        exits 1 when a check fails.
    compare.py summary RESULTS_MD SIZE_DIR...
        prints the table over all sizes and writes it, after each size's own section, to
        RESULTS_MD.

Standard library only.
"""
import json
import os
import re
import sys

MB = 1 << 20
EXACT = "exact"

# (stats file, counter in the stats, key in truth.json, tolerance). A tolerance is "exact" or a
# share of the expected value (at least 1 document).
CHECKS = [
    ("ingest", "records_seen", "records", EXACT),
    ("ingest", "documents", "documents", EXACT),
    ("ingest", "quarantined", "quarantined", EXACT),
    ("ingest", "captured", "captured", EXACT),
    # LSH may miss a pair (the planted ones are at Jaccard >= 0.9, where a miss is about 1 in
    # 10^8); anything beyond 1% means the method or the generator is off.
    ("dedup", "exact_duplicates", "exact_copies", EXACT),
    ("dedup", "near_duplicates", "near_copies", 0.01),
    ("scan", "license_class.share_alike", "license.share_alike", EXACT),
    ("scan", "license_class.all_rights_reserved", "license.all_rights_reserved", EXACT),
    ("scan", "license_class.permissive", "license.permissive", EXACT),
    ("scan", "license_found", "license.found", EXACT),
    ("scan", "copyright_notices", "copyright", EXACT),
    ("scan", "optout.signal.robots_txt_ai_agent", "optout.robots_ai_agent", EXACT),
    ("scan", "optout.signal.tdmrep_header", "optout.tdm_header", EXACT),
    ("scan", "optout.signal.noai_header", "optout.noai_header", EXACT),
    ("scan", "optout.reserved", "optout.reserved", EXACT),
    ("scan", "optout.not_reserved", "optout.not_reserved", EXACT),
    ("scan", "optout.unknown", "optout.unknown", EXACT),
    ("scan", "pii.emails", "pii.emails", EXACT),
    ("scan", "pii.phones", "pii.phones", EXACT),
    ("scan", "pii.ip_addresses", "pii.ip_addresses", EXACT),
    ("scan", "pii.payment_cards", "pii.payment_cards", EXACT),
    ("scan", "pii.documents", "pii.documents", EXACT),
]
# Licence classes the corpus plants; any other class found is a false positive.
PLANTED_CLASSES = {"share_alike", "all_rights_reserved", "permissive", "none"}


def load(path):
    with open(path) as f:
        return json.load(f)


def within(expected, found, tolerance):
    if found is None:
        return False
    if tolerance == EXACT:
        return found == expected
    return abs(found - expected) <= max(1, tolerance * expected)


def tolerance_text(tolerance):
    return EXACT if tolerance == EXACT else f"±{tolerance:.0%} (min 1)"


def peak_rss_kb(time_txt):
    """Peak RSS in KB from /usr/bin/time -v (or the poller's line of the same shape)."""
    if not os.path.exists(time_txt):
        return None
    with open(time_txt) as f:
        match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", f.read())
    return int(match.group(1)) if match else None


def cpu_seconds(time_txt):
    if not os.path.exists(time_txt):
        return None
    with open(time_txt) as f:
        text = f.read()
    user = re.search(r"User time \(seconds\): ([\d.]+)", text)
    system = re.search(r"System time \(seconds\): ([\d.]+)", text)
    return float(user.group(1)) + float(system.group(1)) if user and system else None


def check(size_dir, cores, java_opts, wall, jvm_wall, exit_code, note):
    truth = load(os.path.join(size_dir, "truth.json"))
    stats = {}
    for stage in ("ingest", "dedup", "scan"):
        path = os.path.join(size_dir, "run", "stats", stage + ".json")
        stats[stage] = load(path) if os.path.exists(path) else {"sources": {}, "totals": {}}
    rows = []
    for source, expected in sorted(truth["sources"].items()):
        expected = dict(expected)
        expected["license.found"] = (expected["license.share_alike"]
                                     + expected["license.all_rights_reserved"]
                                     + expected["license.permissive"])
        reasons = [k for k in expected if k.startswith("quarantined.")]
        checks = CHECKS + [("ingest", r, r, EXACT) for r in sorted(reasons)]
        for stage, counter, key, tolerance in checks:
            # Stats leave out counters that are zero; a source missing altogether is a failure.
            source_stats = stats[stage]["sources"].get(source)
            found = None if source_stats is None else source_stats.get(counter, 0)
            rows.append({"source": source, "stage": stage, "counter": counter,
                         "expected": expected[key], "found": found,
                         "tolerance": tolerance_text(tolerance),
                         "pass": within(expected[key], found, tolerance)})
        scanned = stats["scan"]["sources"].get(source, {})
        unplanted = sum(v for k, v in scanned.items() if k.startswith("license_class.")
                        and k[len("license_class."):] not in PLANTED_CLASSES)
        rows.append({"source": source, "stage": "scan", "counter": "license_class.<other>",
                     "expected": 0, "found": unplanted, "tolerance": EXACT,
                     "pass": unplanted == 0})

    input_bytes = truth["totals"]["bytes_uncompressed"]
    stage_seconds = {stage: stats[stage].get("elapsedMillis", 0) / 1000 for stage in stats}
    time_txt = os.path.join(size_dir, "time.txt")
    rss = peak_rss_kb(time_txt)
    cpu = cpu_seconds(time_txt)
    result = {
        "size_mb": truth["size_mb"], "seed": truth["seed"], "cores": cores,
        "java_opts": java_opts, "exit_code": exit_code, "input_mb": input_bytes / MB,
        "documents": truth["totals"]["documents"], "wall_s": wall, "jvm_wall_s": jvm_wall,
        "stage_s": stage_seconds,
        "other_s": jvm_wall - sum(stage_seconds.values()),
        "mb_per_s_per_core": input_bytes / MB / wall / cores,
        "jvm_mb_per_s_per_core": input_bytes / MB / jvm_wall / cores,
        "cpu_s": cpu, "peak_rss_mb": rss / 1024 if rss else None,
        "near_copy_min_jaccard": truth["totals"]["near_copy_min_jaccard"],
        "note": note,
        "checks_passed": sum(r["pass"] for r in rows),
        "checks_failed": sum(not r["pass"] for r in rows),
        "checks": rows,
    }
    with open(os.path.join(size_dir, "result.json"), "w") as f:
        json.dump(result, f, indent=1)
    markdown = size_markdown(result)
    with open(os.path.join(size_dir, "result.md"), "w") as f:
        f.write(markdown)
    print(markdown)
    return 0 if result["checks_failed"] == 0 and exit_code == 0 else 1


def size_markdown(r):
    stage = r["stage_s"]
    cpu = f"{r['cpu_s']:.1f} CPU s" if r["cpu_s"] is not None else "n/a"
    rss = f"{r['peak_rss_mb']:.0f} MB" if r["peak_rss_mb"] is not None else "n/a"
    lines = [
        f"## {r['size_mb']} MB (seed {r['seed']}, local[{r['cores']}], {r['java_opts']})", "",
        "| measure | value |", "|---|---:|",
        f"| input, uncompressed | {r['input_mb']:.1f} MB, {r['documents']:,} documents |",
        f"| exit code | {r['exit_code']} |",
        f"| wall, whole command | {r['wall_s']:.1f} s |",
        f"| wall, the JVM alone (from its first output) | {r['jvm_wall_s']:.1f} s |",
        f"| ingest / dedup / scan stage (elapsedMillis) | {stage['ingest']:.1f} s /"
        f" {stage['dedup']:.1f} s / {stage['scan']:.1f} s |",
        f"| the rest of the JVM's time: Spark start, summaries, reports | {r['other_s']:.1f} s |",
        f"| MB/s per core, whole command / JVM alone | {r['mb_per_s_per_core']:.2f} /"
        f" {r['jvm_mb_per_s_per_core']:.2f} |",
        f"| CPU time, user + sys | {cpu} |",
        f"| peak RSS of the JVM | {rss} |",
        f"| lowest Jaccard of a planted near copy | {r['near_copy_min_jaccard']:.3f} |",
        f"| checks | {r['checks_passed']} PASS, {r['checks_failed']} FAIL |",
    ] + ([f"| note | {r['note']} |"] if r.get("note") else []) + [
        "",
        "| source | stage | counter | expected | found | tolerance | result |",
        "|---|---|---|---:|---:|---|---|",
    ]
    for c in r["checks"]:
        found = "missing" if c["found"] is None else f"{c['found']:,}"
        lines.append(f"| {c['source']} | {c['stage']} | {c['counter']} | {c['expected']:,} |"
                     f" {found} | {c['tolerance']} | {'PASS' if c['pass'] else '**FAIL**'} |")
    return "\n".join(lines) + "\n"


def summary(results_md, size_dirs):
    results = [load(os.path.join(d, "result.json")) for d in size_dirs
               if os.path.exists(os.path.join(d, "result.json"))]
    if not results:
        print("no results")
        return 1
    results.sort(key=lambda r: r["size_mb"])
    base = results[0]
    lines = ["## All sizes", "",
             "| size MB | input MB | wall s | JVM wall s | ingest s | dedup s | scan s | rest s"
             " | MB/s per core | CPU s | MB per CPU s | peak RSS MB | checks |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    for r in results:
        s = r["stage_s"]
        cpu = f"{r['cpu_s']:.1f}" if r["cpu_s"] is not None else "n/a"
        per_cpu = f"{r['input_mb'] / r['cpu_s']:.2f}" if r["cpu_s"] else "n/a"
        rss = f"{r['peak_rss_mb']:.0f}" if r["peak_rss_mb"] is not None else "n/a"
        lines.append(f"| {r['size_mb']} | {r['input_mb']:.1f} | {r['wall_s']:.1f} |"
                     f" {r['jvm_wall_s']:.1f} | {s['ingest']:.1f} | {s['dedup']:.1f} |"
                     f" {s['scan']:.1f} | {r['other_s']:.1f} | {r['mb_per_s_per_core']:.2f} |"
                     f" {cpu} | {per_cpu} | {rss} |"
                     f" {r['checks_passed']} PASS, {r['checks_failed']} FAIL"
                     f"{' (built first)' if r.get('note') else ''} |")
    lines += ["", "| ratio | whole command | JVM alone | target |", "|---|---:|---:|---|"]
    for factor, target in ((2, None), (4, 4.4)):
        match = [r for r in results if r["size_mb"] == factor * base["size_mb"]]
        if not match:
            lines.append(f"| time({factor}x) / time(1x) | n/a (no {factor * base['size_mb']} MB"
                         f" run) | n/a | {'<= ' + str(target) if target else ''} |")
            continue
        ratio = match[0]["wall_s"] / base["wall_s"]
        jvm_ratio = match[0]["jvm_wall_s"] / base["jvm_wall_s"]
        verdict = "" if target is None else (f"<= {target}: whole command "
                                             + ("met" if ratio <= target else "NOT met"))
        lines.append(f"| time({factor}x) / time(1x) | {ratio:.2f} | {jvm_ratio:.2f} | {verdict} |")
    lines += ["", "Peak RSS per size: " + ", ".join(
        f"{r['size_mb']} MB: {r['peak_rss_mb']:.0f} MB" if r["peak_rss_mb"] is not None
        else f"{r['size_mb']} MB: n/a" for r in results) + "."]
    table = "\n".join(lines) + "\n"
    print(table)
    with open(results_md, "w") as f:
        f.write("# `clearsource audit` scale benchmark\n\n")
        f.write("Written by bench/audit/run.sh; 1x is the smallest size of the run.\n\n")
        f.write(table + "\n")
        for d in size_dirs:
            path = os.path.join(d, "result.md")
            if os.path.exists(path):
                with open(path) as part:
                    f.write(part.read() + "\n")
    return 0


if __name__ == "__main__":
    if len(sys.argv) >= 8 and sys.argv[1] == "check":
        sys.exit(check(sys.argv[2], int(sys.argv[3]), sys.argv[4], float(sys.argv[5]),
                       float(sys.argv[6]), int(sys.argv[7]),
                       sys.argv[8] if len(sys.argv) > 8 else ""))
    if len(sys.argv) >= 3 and sys.argv[1] == "summary":
        sys.exit(summary(sys.argv[2], sys.argv[3:]))
    print(__doc__, file=sys.stderr)
    sys.exit(2)
