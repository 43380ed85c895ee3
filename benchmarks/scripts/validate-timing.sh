#!/usr/bin/env bash
# Issue 14 goal: `reform validate` on the generated 1,008,000-row observation CSV, wall time minus that of
# `reform --version` (JVM start and picocli), median of 5 runs each, under 2 s.
#
# Usage (from the repository root, after building the jars):
#   ./mvnw -B -q -pl examples,benchmarks -am package -DskipTests
#   benchmarks/scripts/validate-timing.sh [RUNS]
#
# Prints each run's wall time in ms, the two medians and their difference. Not part of `verify`: timing on a
# shared machine belongs in a documented run, not a test. Also prints nproc, the JDK and the load average.
set -euo pipefail
runs="${1:-5}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
reform=(java -jar "$root/examples/target/reform.jar")
file="${TMPDIR:-/tmp}/reform-observations-1008000.csv"
java -cp "$root/benchmarks/target/benchmarks.jar" \
  org.reformindicators.benchmarks.scale.NationalObservationFile "$file" >/dev/null

echo "nproc: $(nproc); $(java -version 2>&1 | head -1); load: $(cut -d' ' -f1-3 /proc/loadavg)"

# Runs a command RUNS times and prints the median wall time in ms (each time on stderr).
median_ms() {
  local times=()
  for ((i = 0; i < runs; i++)); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null
    end=$(date +%s%N)
    times+=($(((end - start) / 1000000)))
    echo "  $* : ${times[-1]} ms" >&2
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p"
}

version=$(median_ms "${reform[@]}" --version)
validate=$(median_ms "${reform[@]}" validate "$file")
echo "median reform --version: ${version} ms"
echo "median reform validate (1,008,000 rows): ${validate} ms"
echo "validate minus --version: $((validate - version)) ms (goal: under 2000 ms)"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
