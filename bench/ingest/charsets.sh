#!/usr/bin/env bash
# What decoding legacy text costs: the same text files, once in UTF-8 and once in ISO-8859-1
# (old C sources with a (c) sign in their notice), ingested by `clearsource ingest` in turn.
#
#   bench/ingest/charsets.sh [FILES] [RUNS]
#
# Writes FILES (default 2,000) files of about 8 KiB each into two trees that differ only in their
# encoding (once). UTF-8 files are decoded as UTF-8 at once; ISO-8859-1 ones fail that check and go
# through ICU4J's charset detector on their first 64 KiB, then are decoded by what it found. Each
# tree is ingested RUNS times (default 5, one warm-up first), alternately; the script prints the
# median wall seconds of each and their ratio, and checks that both runs found the same text.
# Results go in BENCHMARKS.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
FILES="${1:-2000}"
RUNS="${2:-5}"
WORK="$ROOT/bench/work/charsets-$FILES"
cd "$ROOT"

if [ ! -f "$WORK/.complete" ]; then
  rm -rf "$WORK" && mkdir -p "$WORK/utf-8" "$WORK/latin-1"
  for i in $(seq 1 "$FILES"); do
    {
      printf '/*\n * file%d.c\n * Copyright \xc2\xa9 19%02d M\xc3\xbcller Software GmbH. All rights reserved.\n' \
        "$i" $((i % 100))
      printf ' * Permission is hereby granted, free of charge, to any person obtaining a copy.\n */\n'
      for line in $(seq 1 120); do
        printf 'static int f%d_%d(int x) { return x * %d + %d; } /* r\xc3\xa9sum\xc3\xa9 */\n' \
          "$i" "$line" "$line" "$i"
      done
    } > "$WORK/utf-8/file$i.c"
    iconv -f UTF-8 -t ISO-8859-1 "$WORK/utf-8/file$i.c" > "$WORK/latin-1/file$i.c"
  done
  for tree in utf-8 latin-1; do
    cat > "$WORK/$tree.yaml" <<YAML
dataset: {name: charsets-$tree, version: "1", curator: bench, contact: bench@example.org}
sources:
  - id: code
    class: public
    format: text
    paths: [$tree]
    provenance: {obtain_from: https://example.org, how_obtained: public-dataset}
YAML
  done
  touch "$WORK/.complete"
fi

ingest() {  # tree: one ingest into a fresh run directory; prints its wall seconds
  rm -rf "$WORK/run-$1"
  local start end
  start=$(date +%s.%N)
  bin/clearsource ingest "$WORK/$1.yaml" --out "$WORK/run-$1" > /dev/null 2>&1
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f\n", b - a }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

ingest utf-8 > /dev/null
ingest latin-1 > /dev/null
: > "$WORK/utf-8.times"
: > "$WORK/latin-1.times"
for _ in $(seq 1 "$RUNS"); do
  ingest utf-8 >> "$WORK/utf-8.times"
  ingest latin-1 >> "$WORK/latin-1.times"
done
utf8=$(median < "$WORK/utf-8.times")
latin1=$(median < "$WORK/latin-1.times")
for tree in utf-8 latin-1; do
  grep -o '"text_bytes" *: *[0-9]*' "$WORK/run-$tree/stats/ingest.json" | head -n 1 \
    | sed "s/^/$tree: /"
done
echo "utf-8 ingest: median $utf8 s; latin-1 ingest: median $latin1 s"
awk -v a="$latin1" -v b="$utf8" 'BEGIN { printf "latin-1 / utf-8: %.2fx\n", a / b }'
