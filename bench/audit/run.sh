#!/usr/bin/env bash
# End-to-end scale benchmark of `clearsource audit`, with its findings checked against what the
# generated corpus is known to hold.
#
#   bench/audit/run.sh ["SIZES_MB"] [CORES]
#
# For each size (default "1024 2048 4096" MB of uncompressed input), generates once, from a fixed
# seed (SEED, default 42), a corpus in every format and OSAID class with planted duplicates,
# licence and copyright notices, opt-outs, personal data and bad records
# (GenerateAuditCorpus.java) under bench/work/audit/<size>/, then runs
#
#   bin/clearsource audit <size>/manifest.yaml --out <size>/run --master local[CORES]
#
# (CORES default 2) under /usr/bin/time -v, or, without it, polling the JVM's VmHWM for the peak
# RSS. The JVM heap is CLEARSOURCE_JAVA_OPTS (default -Xmx4g), the same for every size. It prints,
# per size, the wall time of the whole command and of each stage (stats/<stage>.json
# elapsedMillis), MB/s per core, CPU time and peak RSS, and a PASS/FAIL line for each check of the
# run's counters against <size>/truth.json (compare.py); then a table over all sizes with
# time(2x)/time(1x) and time(4x)/time(1x) (target <= 4.4). All of it also goes to
# bench/work/audit/results.md. Exits 1 if any check failed or a run did not exit with 0.
#
# bin/clearsource rebuilds the project first when it thinks a source changed; such a build is
# flagged, and the JVM's own wall time (from its first line of output) is reported beside the
# whole command's.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SIZES="${1:-1024 2048 4096}"
CORES="${2:-2}"
SEED="${SEED:-42}"
HEAP_OPTS="${CLEARSOURCE_JAVA_OPTS:--Xmx4g}"
WORK="$ROOT/bench/work/audit"
cd "$ROOT"

if [ ! -f cluster/target/clearsource.classpath ]; then
  bin/clearsource --version > /dev/null  # builds the project on first use
fi
# The demo package's ParquetFooters, and every dependency.
CP="$(ls cluster/target/clearsource-cluster-*.jar | grep -v -e '-job\.jar$' -e tests -e sources \
  | head -n 1):$(cat cluster/target/clearsource.classpath)"

now() { date +%s.%N; }

# Prefixes each line with the time it arrived: audit.err then shows when the JVM itself started,
# after any build bin/clearsource ran first.
stamp_lines() {
  local line
  while IFS= read -r line || [ -n "$line" ]; do printf '%s %s\n' "$EPOCHREALTIME" "$line"; done
}

# Runs a command and writes its peak RSS to $1 in /usr/bin/time -v's words; the command's exit
# code is returned. bin/clearsource execs java, so the process polled is the JVM itself.
run_polling_rss() {
  local out="$1" pid peak=0 hwm rc=0
  shift
  "$@" &
  pid=$!
  while kill -0 "$pid" 2> /dev/null; do
    hwm=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status" 2> /dev/null || true)
    if [ -n "$hwm" ] && [ "$hwm" -gt "$peak" ]; then peak=$hwm; fi
    sleep 0.5
  done
  wait "$pid" || rc=$?
  echo "Maximum resident set size (kbytes): $peak" > "$out"
  return "$rc"
}

# A corpus is reused only if it came from this seed and this version of the generator.
marker="seed $SEED generator $(sha256sum bench/audit/GenerateAuditCorpus.java | cut -c1-16)"
failed=0
dirs=()
for size in $SIZES; do
  dir="$WORK/$size"
  dirs+=("$dir")
  if [ ! -f "$dir/.complete" ] || [ "$(cat "$dir/.complete")" != "$marker" ]; then
    echo "generating $size MB of corpus in $dir ..." >&2
    rm -rf "$dir" && mkdir -p "$dir"
    start=$(now)
    java -Xmx2g -cp "$CP" bench/audit/GenerateAuditCorpus.java "$dir" "$size" "$SEED" "$CORES" >&2
    echo "generated in $(awk -v a="$start" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }') s" >&2
    echo "$marker" > "$dir/.complete"
  fi

  run="$dir/run"
  rm -rf "$run" "$dir/time.txt"  # a finished run directory would be skipped, not measured
  # bin/clearsource rebuilds the project when a source changed: let it do so now, untimed.
  bin/clearsource --version > /dev/null 2>&1 || true
  echo "auditing $size MB on local[$CORES] with $HEAP_OPTS ..." >&2
  command=(bin/clearsource audit "$dir/manifest.yaml" --out "$run" --master "local[$CORES]")
  if [ -x /usr/bin/time ]; then
    measured=(/usr/bin/time -v -o "$dir/time.txt")
  else
    measured=(run_polling_rss "$dir/time.txt")
  fi
  start=$EPOCHREALTIME
  # stdout to audit.out; stderr, stamped line by line, to audit.err.
  set +e
  { CLEARSOURCE_JAVA_OPTS="$HEAP_OPTS" "${measured[@]}" "${command[@]}" 2>&1 1>&3 \
      | stamp_lines > "$dir/audit.err"; } 3> "$dir/audit.out"
  rc=${PIPESTATUS[0]}
  set -e
  end=$EPOCHREALTIME
  wall=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
  # The JVM's first words: the JDK's warning about the vector incubator module.
  jvm_start=$(awk '/Using incubator modules/ { print $1; exit }' "$dir/audit.err")
  jvm_wall=$(awk -v a="${jvm_start:-$start}" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
  if [ "$rc" -ne 0 ]; then
    echo "clearsource audit exited with $rc; the end of $dir/audit.err:" >&2
    tail -n 20 "$dir/audit.err" >&2
  fi
  note=""
  if grep -q "building the project" "$dir/audit.err"; then
    note="bin/clearsource rebuilt the project first: the whole command's time, CPU time and"
    note="$note maybe peak RSS include a Maven build; the JVM-only wall time does not"
    echo "warning: $note" >&2
  fi
  python3 bench/audit/compare.py check "$dir" "$CORES" "$HEAP_OPTS" "$wall" "$jvm_wall" "$rc" \
    "$note" || failed=1
done

python3 bench/audit/compare.py summary "$WORK/results.md" "${dirs[@]}"
echo "written to $WORK/results.md" >&2
exit "$failed"
