#!/usr/bin/env bash
# Licence detection beside Debian's licensecheck, over the same source files.
#
#   bench/licensing/run.sh [CORES] [ROUNDS]
#
# Builds (once) a code corpus from the -sources.jar of the Maven artefacts listed in
# bench/licensing/artifacts.txt, unpacked under bench/work/licensing/corpus/<artifactId>/, then,
# in this one script:
#   1. times LicenseDetector over every file, read into memory first: one thread, then CORES
#      threads (default: all cores), best of ROUNDS rounds (default 5) after 3 warm-up rounds;
#   2. times licensecheck over the same files: one process (`licensecheck -r --machine
#      --shortname-scheme=spdx --check '.*'`, user+sys CPU and wall), then CORES processes;
#   3. compares the two tools' findings per file, and both with the licence each artefact
#      declares;
#   4. runs the whole pipeline through the CLI on the same files (`clearsource ingest`, then
#      `clearsource scan`, local[CORES]; one source per artefact, declared licence from
#      artifacts.txt) and prints its per-source rights summary and wall times.
# Prints Markdown (also written to bench/work/licensing/results.md). Results go in
# bench/licensing/RESULTS.md, then BENCHMARKS.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CORES="${1:-$(nproc)}"
ROUNDS="${2:-5}"
WORK="$ROOT/bench/work/licensing"
CORPUS="$WORK/corpus"
LOCK="${CLEARSOURCE_BUILD_LOCK:-/tmp/clearsource-licensing.lock}"
cd "$ROOT"
mkdir -p "$WORK"

if ! command -v licensecheck > /dev/null; then
  echo "installing licensecheck (Debian package) ..." >&2
  apt-get update -qq && apt-get install -y -qq licensecheck > /dev/null
fi

# The licensing module's classes and runtime classpath (core, java-spdx-library, Jackson).
if [ ! -f "$WORK/classpath" ] || [ -n "$(find licensing/src/main core/src/main -newer \
    "$WORK/classpath" -print -quit 2> /dev/null)" ]; then
  echo "building the licensing module ..." >&2
  build=(mvn -B -q compile dependency:build-classpath -pl licensing
    -Dmdep.includeScope=runtime "-Dmdep.outputFile=$WORK/classpath")
  flock "$LOCK" "${build[@]}" -o > /dev/null 2>&1 || flock "$LOCK" "${build[@]}" >&2
fi
CP="$ROOT/licensing/target/classes:$(cat "$WORK/classpath")"

if [ ! -f "$WORK/.corpus-complete" ]; then
  echo "fetching sources jars into $CORPUS ..." >&2
  rm -rf "$CORPUS" && mkdir -p "$CORPUS"
  grep -v -e '^#' -e '^\s*$' bench/licensing/artifacts.txt | while read -r gav _; do
    IFS=: read -r group artifact version <<< "$gav"
    jar="$HOME/.m2/repository/${group//.//}/$artifact/$version/$artifact-$version-sources.jar"
    if [ ! -f "$jar" ]; then
      mvn -B -q dependency:get -Dtransitive=false "-Dartifact=$gav:jar:sources" > /dev/null
    fi
    mkdir -p "$CORPUS/$artifact" && unzip -q -o "$jar" -d "$CORPUS/$artifact"
  done
  touch "$WORK/.corpus-complete"
fi

echo "timing LicenseDetector ..." >&2
java -Xmx4g -cp "$CP" bench/licensing/LicenseBench.java speed "$CORPUS" "$WORK/ours.tsv" \
  "$CORES" "$ROUNDS" > "$WORK/ours.txt"
value() { grep "^$1=" "$WORK/ours.txt" | cut -d= -f2; }

echo "timing licensecheck, one process ..." >&2
/usr/bin/time -f "%U %S %e" -o "$WORK/licensecheck.time" \
  licensecheck -r --machine --shortname-scheme=spdx --check='.*' "$CORPUS" \
  > "$WORK/licensecheck.tsv" 2> "$WORK/licensecheck.err"
echo "timing licensecheck, $CORES processes ..." >&2
start=$(date +%s.%N)
files=$(find "$CORPUS" -type f | wc -l)
# One process per core, each with an equal share of the files: licensecheck loads its patterns
# once per process, as in the one-process run.
find "$CORPUS" -type f -print0 | xargs -0 -P "$CORES" -n $(( (files + CORES - 1) / CORES )) \
  licensecheck --machine --shortname-scheme=spdx > /dev/null 2>&1
end=$(date +%s.%N)
read -r lc_user lc_sys lc_wall < "$WORK/licensecheck.time"

{
  echo "| measure | value |"
  echo "|---|---:|"
  awk -v files="$(value files)" -v bytes="$(value bytes)" -v build="$(value build_s)" \
      -v ours_wall="$(value single_wall_s)" -v ours_cpu="$(value single_cpu_s)" \
      -v ours_par="$(value parallel_wall_s)" -v cores="$CORES" \
      -v lc_files="$(wc -l < "$WORK/licensecheck.tsv")" \
      -v lc_cpu="$(awk -v u="$lc_user" -v s="$lc_sys" 'BEGIN { print u + s }')" \
      -v lc_wall="$lc_wall" -v lc_par="$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')" '
    function row(name, v) { printf "| %s | %s |\n", name, v }
    BEGIN {
      mb = bytes / 1048576
      row("corpus", sprintf("%d files, %.1f MB (licensecheck reported %d files)", files, mb, lc_files))
      row("LicenseDetector build (once per JVM)", sprintf("%.2f s", build))
      row("LicenseDetector, 1 thread (CPU time)", sprintf("%.2f s: %.0f files/s, %.1f MB/s", ours_cpu, files / ours_cpu, mb / ours_cpu))
      row("LicenseDetector, 1 thread (wall)", sprintf("%.2f s: %.0f files/s, %.1f MB/s", ours_wall, files / ours_wall, mb / ours_wall))
      row(sprintf("LicenseDetector, %d threads (wall)", cores), sprintf("%.2f s: %.0f files/s, %.1f MB/s; per core %.1f MB/s", ours_par, files / ours_par, mb / ours_par, mb / ours_par / cores))
      row("licensecheck, 1 process (user+sys CPU)", sprintf("%.2f s: %.0f files/s, %.2f MB/s", lc_cpu, files / lc_cpu, mb / lc_cpu))
      row("licensecheck, 1 process (wall)", sprintf("%.2f s: %.0f files/s, %.2f MB/s", lc_wall, files / lc_wall, mb / lc_wall))
      row(sprintf("licensecheck, %d processes (wall)", cores), sprintf("%.2f s: %.0f files/s, %.2f MB/s; per core %.2f MB/s", lc_par, files / lc_par, mb / lc_par, mb / lc_par / cores))
      row("speed ratio per core, 1 thread vs 1 process (CPU time)", sprintf("%.0fx", lc_cpu / ours_cpu))
      row("speed ratio per core, 1 thread vs 1 process (wall)", sprintf("%.0fx", lc_wall / ours_wall))
      row(sprintf("speed ratio per core, %d threads vs %d processes (wall)", cores, cores), sprintf("%.0fx", lc_par / ours_par))
    }'
  echo
  java -cp "$CP" bench/licensing/LicenseBench.java compare "$CORPUS" "$WORK/ours.tsv" \
    "$WORK/licensecheck.tsv" bench/licensing/artifacts.txt
} | tee "$WORK/results.md"

echo "ingest + scan through the CLI ..." >&2
MANIFEST="$WORK/manifest.yaml"
{
  echo "dataset: {name: licensing-bench, version: \"1\", curator: clearsource, contact: bench@example.org}"
  echo "sources:"
  grep -v -e '^#' -e '^\s*$' bench/licensing/artifacts.txt | while read -r gav license; do
    IFS=: read -r _ artifact _ <<< "$gav"
    echo "  - id: ${artifact//./-}"
    echo "    class: open"
    echo "    paths: [$CORPUS/$artifact]"
    echo "    format: text"
    echo "    provenance: {obtain_from: \"https://repo1.maven.org/maven2/ ($gav sources)\", how_obtained: public-dataset, license: \"$license\"}"
  done
} > "$MANIFEST"
rm -rf "$WORK/run"
for stage in ingest scan; do
  start=$(date +%s.%N)
  bin/clearsource "$stage" "$MANIFEST" --out "$WORK/run" --master "local[$CORES]" \
    > "$WORK/$stage.out" 2> "$WORK/$stage.err"
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" -v stage="$stage" \
    'BEGIN { printf "clearsource %s (whole command, JVM and Spark start included): %.1f s\n", stage, e - s }' \
    | tee -a "$WORK/results.md"
done
cat "$WORK/scan.out" | tee -a "$WORK/results.md"
