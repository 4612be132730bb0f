#!/usr/bin/env bash
# The crawl beside find(1), over one tree of FILES small files in DIRS folders (default 100,000 in
# 1,000; a file in a hundred hidden, one in a thousand a symbolic link).
#
#   bench/ingest/crawl.sh [FILES] [DIRS] [THREADS]
#
# find stats every entry (-printf of size and time) and prints the paths: the least any lister
# does. The crawl lists the same tree as ingest does (one lstat per entry, links resolved, hidden
# names, special files and second paths to a file set aside) on THREADS threads (default 8, the
# ingest default), in one JVM start; the same program over an empty folder measures that start (and
# the source program's compilation), which is subtracted. Each runs five times after a warm-up;
# the script prints the median wall and CPU seconds and the ratio. Results go in BENCHMARKS.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
FILES="${1:-100000}"
DIRS="${2:-1000}"
THREADS="${3:-8}"
WORK="$ROOT/bench/work/crawl-$FILES-$DIRS"
cd "$ROOT"

if [ ! -f cluster/target/clearsource.classpath ]; then
  mvn -B -q -DskipTests package
fi
CP="$(ls cluster/target/clearsource-cluster-*.jar | head -n 1):$(cat cluster/target/clearsource.classpath)"
if [ ! -f "$WORK/.complete" ]; then
  rm -rf "$WORK" && mkdir -p "$WORK"
  java -cp "$CP" bench/ingest/CrawlTree.java make "$WORK/tree" "$FILES" "$DIRS"
  mkdir -p "$WORK/empty"
  touch "$WORK/.complete"
fi

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
run() {  # label command...: five timed runs after one warm-up; prints "label wall cpu"
  local label="$1"; shift
  "$@" > /dev/null
  : > "$WORK/$label.times"
  for _ in 1 2 3 4 5; do
    /usr/bin/time -f "%e %U %S" -a -o "$WORK/$label.times" "$@" > /dev/null
  done
  echo "$label $(awk '{ print $1 }' "$WORK/$label.times" | median) \
$(awk '{ print $2 + $3 }' "$WORK/$label.times" | median)"
}

java -cp "$CP" bench/ingest/CrawlTree.java crawl "$WORK/tree" "$THREADS"
find_row=$(run find find "$WORK/tree" -printf '%s %T@ %p\n')
crawl_row=$(run crawl java -cp "$CP" bench/ingest/CrawlTree.java crawl "$WORK/tree" "$THREADS")
start_row=$(run start java -cp "$CP" bench/ingest/CrawlTree.java crawl "$WORK/empty" "$THREADS")
echo "$find_row"
echo "$crawl_row"
echo "$start_row"
awk -v f="$find_row" -v c="$crawl_row" -v s="$start_row" 'BEGIN {
  split(f, a, " "); split(c, b, " "); split(s, z, " ");
  printf "crawl (start subtracted) / find: %.1fx wall, %.1fx CPU\n",
    (b[2] - z[2]) / a[2], (b[3] - z[3]) / a[3] }'
