#!/usr/bin/env bash
# Ingestion throughput beside zcat, over the same generated JSONL.gz and WARC.gz files.
#
#   bench/ingest/run.sh [TOTAL_MB] [CORES]
#
# Generates TOTAL_MB (default 1024) of uncompressed corpus under bench/work/ingest (once), then
# times, in this one script: zcat over every file (one core), and `clearsource ingest` with
# local[CORES] (default: all cores). Prints MB/s of uncompressed input per core for both and their
# ratio. Results go in BENCHMARKS.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TOTAL_MB="${1:-1024}"
CORES="${2:-$(nproc)}"
WORK="$ROOT/bench/work/ingest-$TOTAL_MB"
cd "$ROOT"

if [ ! -f cluster/target/clearsource.classpath ]; then
  mvn -B -q -DskipTests package
fi
CP="$(ls cluster/target/clearsource-cluster-*.jar | head -n 1):$(cat cluster/target/clearsource.classpath)"

if [ ! -f "$WORK/.complete" ]; then
  echo "generating ${TOTAL_MB} MB of corpus in $WORK ..." >&2
  rm -rf "$WORK" && mkdir -p "$WORK"
  java -cp "$CP" bench/ingest/GenerateIngestCorpus.java "$WORK/corpus" "$TOTAL_MB" 8
  cat > "$WORK/manifest.yaml" <<YAML
dataset: {name: ingest-bench, version: "1", curator: bench, contact: bench@example.org}
sources:
  - id: jsonl
    class: public
    paths: [corpus/jsonl]
    provenance: {obtain_from: https://example.org, how_obtained: public-dataset}
  - id: warc
    class: public
    paths: [corpus/warc]
    provenance: {obtain_from: https://example.org, how_obtained: crawl}
YAML
  touch "$WORK/.complete"
fi

now() { date +%s.%N; }
mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1048576 }'; }

for kind in jsonl warc; do
  files=("$WORK"/corpus/$kind/*.gz)
  bytes=$(zcat "${files[@]}" | wc -c)
  cat "${files[@]}" > /dev/null  # warm the page cache for both contenders
  start=$(now); zcat "${files[@]}" > /dev/null; end=$(now)
  zcat_s=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
  echo "$kind $bytes $zcat_s" >> "$WORK/zcat.txt.tmp"
done

manifest="$WORK/manifest.yaml"
out="$WORK/run"
start=$(now)
CLEARSOURCE_JAVA_OPTS="-Xmx6g" bin/clearsource ingest "$manifest" --out "$out" \
  --master "local[$CORES]" > "$WORK/ingest.out" 2> "$WORK/ingest.err"
end=$(now)
wall_s=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
stage_ms=$(grep -o '"elapsedMillis" : [0-9]*' "$out/stats/ingest.json" | grep -o '[0-9]*$')

total_bytes=0; zcat_total_s=0
echo
echo "| input | uncompressed MB | zcat s (1 core) | zcat MB/s |"
echo "|---|---:|---:|---:|"
while read -r kind bytes secs; do
  echo "| $kind.gz | $(mb "$bytes") | $secs | $(awk -v b="$bytes" -v s="$secs" 'BEGIN { printf "%.0f", b / 1048576 / s }') |"
  total_bytes=$((total_bytes + bytes))
  zcat_total_s=$(awk -v a="$zcat_total_s" -v b="$secs" 'BEGIN { print a + b }')
done < "$WORK/zcat.txt.tmp"
rm -f "$WORK/zcat.txt.tmp"

awk -v bytes="$total_bytes" -v zs="$zcat_total_s" -v wall="$wall_s" -v stage="$stage_ms" \
    -v cores="$CORES" 'BEGIN {
  mbytes = bytes / 1048576
  zcat = mbytes / zs
  e2e = mbytes / wall / cores
  st = mbytes / (stage / 1000) / cores
  printf "\n| measure | value |\n|---|---:|\n"
  printf "| uncompressed input | %.0f MB |\n", mbytes
  printf "| zcat, 1 core | %.0f MB/s |\n", zcat
  printf "| clearsource ingest, local[%d], whole command (JVM + Spark start included) | %.1f s, %.1f MB/s per core |\n", cores, wall, e2e
  printf "| clearsource ingest stage alone (stats elapsedMillis) | %.1f s, %.1f MB/s per core |\n", stage / 1000, st
  printf "| ratio to zcat, per core, stage alone | %.0f%% |\n", 100 * st / zcat
  printf "| ratio to zcat, per core, whole command | %.0f%% |\n", 100 * e2e / zcat
}'
