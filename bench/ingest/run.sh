#!/usr/bin/env bash
# Ingestion throughput beside zcat, over the same generated JSONL.gz and WARC.gz files.
#
#   bench/ingest/run.sh [TOTAL_MB] [CORES]
#
# Generates TOTAL_MB (default 1024) of uncompressed corpus under bench/work/ingest (once), then
# times, in this one script: zcat over every file (one core), and `clearsource ingest` with
# local[CORES] (default: all cores). Prints MB/s of uncompressed input per core for both and their
# ratio, twice: by wall time, and by CPU time (user + sys, from /usr/bin/time), which stays
# meaningful on a shared, busy machine. Then IngestFloor.java measures, on one thread without
# Spark, the least work any reader must do over the same files (decompress, parse, jsoup's text,
# language, Parquet), as a share of zcat: the ceiling for the ratio above. Results go in
# BENCHMARKS.md.
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
  start=$(now)
  /usr/bin/time -f "%U %S" -o "$WORK/zcat.cpu" zcat "${files[@]}" > /dev/null
  end=$(now)
  zcat_s=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
  zcat_cpu=$(awk '{ printf "%.2f", $1 + $2 }' "$WORK/zcat.cpu")
  echo "$kind $bytes $zcat_s $zcat_cpu" >> "$WORK/zcat.txt.tmp"
done

manifest="$WORK/manifest.yaml"
out="$WORK/run"
rm -rf "$out"  # a finished run directory would be skipped, not measured
start=$(now)
CLEARSOURCE_JAVA_OPTS="-Xmx6g" /usr/bin/time -f "%U %S" -o "$WORK/ingest.cpu" \
  bin/clearsource ingest "$manifest" --out "$out" \
  --master "local[$CORES]" > "$WORK/ingest.out" 2> "$WORK/ingest.err"
end=$(now)
wall_s=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
stage_ms=$(grep -o '"elapsedMillis" : [0-9]*' "$out/stats/ingest.json" | grep -o '[0-9]*$')

ingest_cpu=$(awk '{ printf "%.2f", $1 + $2 }' "$WORK/ingest.cpu")
total_bytes=0; zcat_total_s=0; zcat_total_cpu=0
echo
echo "| input | uncompressed MB | zcat wall s | zcat CPU s | zcat MB/s (CPU) |"
echo "|---|---:|---:|---:|---:|"
while read -r kind bytes secs cpu; do
  echo "| $kind.gz | $(mb "$bytes") | $secs | $cpu | $(awk -v b="$bytes" -v s="$cpu" 'BEGIN { printf "%.0f", b / 1048576 / s }') |"
  total_bytes=$((total_bytes + bytes))
  zcat_total_s=$(awk -v a="$zcat_total_s" -v b="$secs" 'BEGIN { print a + b }')
  zcat_total_cpu=$(awk -v a="$zcat_total_cpu" -v b="$cpu" 'BEGIN { print a + b }')
done < "$WORK/zcat.txt.tmp"
mv "$WORK/zcat.txt.tmp" "$WORK/zcat.txt"

awk -v bytes="$total_bytes" -v zs="$zcat_total_s" -v zc="$zcat_total_cpu" -v wall="$wall_s" \
    -v stage="$stage_ms" -v cpu="$ingest_cpu" -v cores="$CORES" 'BEGIN {
  mbytes = bytes / 1048576
  zcat_wall = mbytes / zs
  zcat_cpu = mbytes / zc
  e2e = mbytes / wall / cores
  st = mbytes / (stage / 1000) / cores
  per_cpu = mbytes / cpu
  printf "\n| measure | value |\n|---|---:|\n"
  printf "| uncompressed input | %.0f MB |\n", mbytes
  printf "| zcat, 1 core | %.0f MB/s by wall time, %.0f MB/s per CPU second |\n", zcat_wall, zcat_cpu
  printf "| clearsource ingest, local[%d], whole command, wall | %.1f s, %.1f MB/s per core |\n", cores, wall, e2e
  printf "| clearsource ingest stage alone, wall (stats elapsedMillis) | %.1f s, %.1f MB/s per core |\n", stage / 1000, st
  printf "| clearsource ingest, whole command, CPU time (all threads: JIT, GC, Spark included) | %.1f CPU s, %.1f MB per CPU second |\n", cpu, per_cpu
  printf "| ratio to zcat, per core, stage alone by wall time | %.0f%% |\n", 100 * st / zcat_wall
  printf "| ratio to zcat, per CPU second, whole command | %.0f%% |\n", 100 * per_cpu / zcat_cpu
}'

# The floor: the least work any reader of these files must do, one thread, no Spark
# (bench/ingest/IngestFloor.java), beside zcat's rate from above.
java -Xmx2g -cp "$CP" bench/ingest/IngestFloor.java "$WORK/corpus" 2>/dev/null > "$WORK/floor.txt"
awk -v zc="$zcat_total_cpu" -v bytes="$total_bytes" '
  FNR == NR { zcat[$1] = $2 / 1048576 / $4; next }  # zcat.txt: kind bytes wall cpu
  { name = $1 " " $2; cpu[name] = $NF; size[$1] = $(NF - 1) }
  END {
    zcat_cpu = bytes / 1048576 / zc
    printf "\n| one thread, no Spark: each row adds one step to the row above | MB per CPU s | share of zcat on the same files |\n|---|---:|---:|\n"
    split("jsonl gunzip|jsonl +jackson|jsonl +langid|jsonl +parquet|warc gunzip|warc +jwarc+jsoup|warc +text|warc +langid|warc +parquet", rows, "|")
    for (i = 1; i <= 9; i++) {
      split(rows[i], parts, " ")
      rate = size[parts[1]] / 1048576 / cpu[rows[i]]
      printf "| %s | %.0f | %.0f%% |\n", rows[i], rate, 100 * rate / zcat[parts[1]]
    }
    all = cpu["jsonl +parquet"] + cpu["warc +parquet"] + cpu["both sha256"]
    bare = cpu["jsonl +jackson"] + cpu["warc +text"]
    printf "| SHA-256 of every file as stored | %.2f CPU s | |\n", cpu["both sha256"]
    printf "| **all of the above, both halves (the floor)** | **%.0f** | **%.0f%%** |\n", bytes / 1048576 / all, 100 * bytes / 1048576 / all / zcat_cpu
    printf "| parse and text only (no language, no Parquet, no checksum) | %.0f | %.0f%% |\n", bytes / 1048576 / bare, 100 * bytes / 1048576 / bare / zcat_cpu
  }' "$WORK/zcat.txt" "$WORK/floor.txt"
