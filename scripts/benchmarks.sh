#!/usr/bin/env bash
# Issue 14: every figure of docs/benchmarks.md from one command, each scenario beside its baseline in one run.
#
# Usage (from anywhere; nothing is installed):
#   scripts/benchmarks.sh [OUTPUT_DIR] [EXTRA_JMH_OPTIONS...]
#
# Builds the benchmarks jar and the command-line tool (./mvnw package -DskipTests on examples and benchmarks),
# then writes into OUTPUT_DIR (default benchmarks/results/<UTC time>):
#   machine.txt   commit, nproc, JDK, memory, and the load average at each step
#   load.txt      the load average every 30 s while the command runs
#   jmh.txt       the JMH log of scenarios 1-5 (CSV -> set, many units, Monte Carlo, plan-assessments document,
#                 10 million dossiers -> indicators; its 1.4 GB dossier file is written once to java.io.tmpdir)
#   jmh.json      the same results as JSON
#   cpu.txt       scenario 2's thread CPU time per operation, each iteration, and the mean of the measured ones
#   summary.md    each scenario with its baseline, their scores and ratios (BenchmarkSummary)
#   retained.txt  scenario 1's retained bytes per observation (RetainedBytes, forked JVMs)
#   validate.txt  `reform validate` on the 1,008,000-row file minus `reform --version`, median of 5
# EXTRA_JMH_OPTIONS go to JMH (e.g. `-wi 0 -i 1` for a smoke run); the documented figures use none, so that each
# benchmark runs with its class's own warm-up and measurement settings.
#   benchmarks.jar the jar that ran
# Takes about 25-35 minutes on 2 cores (the first run also writes the 1.4 GB dossier file). Timing stays out of `mvn verify` on purpose.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/benchmarks/results/$(date -u +%Y%m%dT%H%M%SZ)}"
shift || true
mkdir -p "$out"
out="$(cd "$out" && pwd)"
jar="$root/benchmarks/target/benchmarks.jar"

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
step() { echo "$(date -u +%FT%TZ) load $(loadavg): $*" | tee -a "$out/machine.txt"; }

{
  echo "commit: $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$root" diff --quiet HEAD 2>/dev/null || echo ' (with uncommitted changes)')"
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  java -version 2>&1
  free -g | head -2
  echo "extra JMH options: ${*:-none}"
} > "$out/machine.txt"

(while sleep 30; do echo "$(date -u +%T) $(loadavg)"; done) > "$out/load.txt" &
sampler=$!
trap 'kill "$sampler" 2>/dev/null || true' EXIT

step "build"
(cd "$root" && ./mvnw -B -q -pl examples,benchmarks -am package -DskipTests)
# Run a copy, so that a build in the same checkout during the run cannot change the jar under the forks.
cp "$jar" "$out/benchmarks.jar"
jar="$out/benchmarks.jar"

step "JMH: scenarios 1-5 with their baselines"
# Scenarios 2 and 4 read the bundled plan and observations from examples/src/main/resources of this checkout.
cd "$root"
# jmh.ignoreLock: on a shared machine another JMH run may hold JMH's lock file; the load average says so.
java -Djmh.ignoreLock=true -jar "$jar" \
  'CsvToObservationSetBenchmark|ManyUnitsBenchmark|UncertaintyBenchmark|PlanAssessmentsDocumentBenchmark|DossierDerivationBenchmark' \
  -rf json -rff "$out/jmh.json" "$@" | tee "$out/jmh.txt"
awk '
  /^# Benchmark:/ { name = $3; sub(/.*\./, "", name) }
  /^# Warmup Iteration/ { phase = "warm-up" }
  /^Iteration/ { phase = "measured" }
  /\[cpu\]/ {
    sub(/^ */, ""); print name " " phase ": " $0
    if (phase == "measured") { sum[name] += $2; n[name]++ }
  }
  END {
    for (b in sum) printf "%s: mean of %d measured iterations %.1f ms CPU/op\n", b, n[b], sum[b] / n[b]
    if (n["evaluateEach"] && n["singleUnitBaseline"]) {
      each = sum["evaluateEach"] / n["evaluateEach"]; single = sum["singleUnitBaseline"] / n["singleUnitBaseline"]
      printf "CPU time ratio evaluateEach / singleUnitBaseline: %.2f\n", each / single
    }
  }
' "$out/jmh.txt" > "$out/cpu.txt"
java -cp "$jar" org.reformindicators.benchmarks.BenchmarkSummary "$out/jmh.json" "$out/summary.md"

step "retained bytes per observation"
java -cp "$jar" org.reformindicators.benchmarks.scale.RetainedBytes | tee "$out/retained.txt"

step "reform validate"
"$root/benchmarks/scripts/validate-timing.sh" 5 2>&1 | tee "$out/validate.txt"

step "done"
cat "$out/summary.md" "$out/cpu.txt"
echo "results: $out"
