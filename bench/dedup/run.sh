#!/usr/bin/env bash
# Near-duplicate detection: our dedup stage beside Spark MLlib's MinHashLSH + approxSimilarityJoin,
# over the same generated corpus with a known duplicate structure, in this one script.
#
#   bench/dedup/run.sh [SHARDS] [CORES] ["MLLIB_SHARDS ..."]
#
# Generates SHARDS (default 16) shards of 256 MB of text under bench/work/dedup (once; 16 shards is
# 4 GB), then times, each in a fresh JVM on local[CORES] (default 2):
#   - our stage (MinHash-LSH, the defaults) at 1 shard (256 MB), 4 (1x = 1 GB), 8 (2x) and 16 (4x);
#   - the same stage with method MLLIB at each of MLLIB_SHARDS shard counts (default "1 4": 256 MB
#     and 1 GB; MLlib's join is slow, so larger inputs are ours alone: "4 16" adds 4 GB, about
#     10 minutes on 2 cores), ours timed on the same inputs.
# Each run prints one JSON line (DedupBench.java); the tables below are built from them. Set
# JAVA_OPTS to change the JVM heap (default -Xmx6g, as the ingestion benchmark).
# Results go in BENCHMARKS.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SHARDS="${1:-16}"
CORES="${2:-2}"
MLLIB_SHARDS="${3:-1 4}"
WORK="$ROOT/bench/work/dedup"
JAVA_OPTS="${JAVA_OPTS:--Xmx6g}"
cd "$ROOT"

if [ ! -f dedup/target/classpath.txt ] || [ -z "$(ls dedup/target/clearsource-dedup-*.jar 2>/dev/null)" ]; then
  mvn -B -q -DskipTests package -pl core,dedup
  mvn -B -q dependency:build-classpath -pl dedup -Dmdep.includeScope=compile \
    -Dmdep.outputFile="$ROOT/dedup/target/classpath.txt"
fi
# Private copies of our jars: a build during the benchmark must not swap classes under a run.
mkdir -p "$WORK/lib"
cp "$(ls dedup/target/clearsource-dedup-*.jar | grep -v tests | head -n 1)" "$WORK/lib/dedup.jar"
cp "$(ls core/target/clearsource-core-*.jar | grep -v tests | head -n 1)" "$WORK/lib/core.jar"
CP="$WORK/lib/dedup.jar:$WORK/lib/core.jar"
CP="$CP:$(cat dedup/target/classpath.txt)"
FLAGS="$(sed -n 's/.*<spark.jvm.flags>\(.*\)<\/spark.jvm.flags>.*/\1/p' pom.xml)"

if [ ! -f "$WORK/corpus/.complete-$SHARDS" ]; then
  echo "generating $SHARDS x 256 MB of corpus in $WORK/corpus ..." >&2
  rm -rf "$WORK/corpus" && mkdir -p "$WORK/corpus"
  java -Xmx6g -cp "$CP" bench/dedup/GenerateDedupCorpus.java "$WORK/corpus" "$SHARDS" 256 "$CORES"
  touch "$WORK/corpus/.complete-$SHARDS"
fi
cat "$WORK/corpus/summary.json"

run() {  # METHOD SHARDS [VERIFICATION]
  local name="$1-$2${3:+-$3}"
  echo "running $1 on $2 shard(s) ..." >&2
  rm -rf "$WORK/run-$name"
  SPARK_LOCAL_IP=127.0.0.1 java $FLAGS $JAVA_OPTS -cp "$CP" bench/dedup/DedupBench.java \
    "$WORK/corpus" "$WORK/run-$name" "$1" "$2" "$CORES" 1500 - "${3:-EXACT}" 2> "$WORK/run-$name.log" \
    | tail -n 1 >> "$WORK/results.jsonl"
  rm -rf "$WORK/run-$name"
}

: > "$WORK/results.jsonl"
for shards in $MLLIB_SHARDS; do
  [ "$shards" -le "$SHARDS" ] || continue
  run MLLIB "$shards"
done
for shards in $(printf '%s\n' $MLLIB_SHARDS 4 8 16 | sort -n | awk '!seen[$0]++'); do
  [ "$shards" -le "$SHARDS" ] || continue
  run MINHASH_LSH "$shards"
done
# Verification from the signatures alone (no second read of the texts), at 1x.
[ 4 -le "$SHARDS" ] && run MINHASH_LSH 4 ESTIMATED

python3 - "$WORK/results.jsonl" <<'PY'
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
print("\n| method | input MB | documents | stage s | MB/s per core | CPU s | MB per CPU s"
      " | near-dup step s | sample recall (pairs) | planted recall (copies) | clusters mixing families |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for r in rows:
    print(f"| {r['method']} ({r['bands']}) | {r['input_mb']:.0f} | {r['documents']:,} |"
          f" {r['stage_seconds']:.1f} | {r['mb_per_s_per_core']:.2f} | {r['cpu_seconds']:.1f} |"
          f" {r['mb_per_cpu_second']:.2f} | {r['near_duplicate_step_seconds']:.1f} |"
          f" {r['sample_recall']:.4f} ({r['sample_pairs_at_0_8']:,}) |"
          f" {r['planted_recall']:.4f} ({r['planted_copies_at_0_8']:,}) |"
          f" {r['clusters_mixing_families']} |")
mllib = [r for r in rows if r["method"] == "MLLIB"]
for m in mllib:
    for o in [r for r in rows if r["method"].startswith("MINHASH_LSH")
              and r["shards"] == m["shards"]]:
        print(f"\nAt {m['input_mb']:.0f} MB, {o['method']}: ours is {m['stage_seconds'] / o['stage_seconds']:.1f}x"
              f" faster for the whole stage ({m['cpu_seconds'] / o['cpu_seconds']:.1f}x in CPU"
              f" seconds) and {m['near_duplicate_step_seconds'] / o['near_duplicate_step_seconds']:.1f}x"
              f" for the near-duplicate step; recall {o['planted_recall']:.4f} against"
              f" {m['planted_recall']:.4f}.")
PY
