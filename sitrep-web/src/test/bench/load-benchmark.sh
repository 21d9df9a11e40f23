#!/usr/bin/env bash
# Load benchmark of `sitrep serve` (see docs/benchmarks.md): 50 loopback clients against /subjects/MSS and
# /api/facts?subject=mss, alone and beside an ingest through the real pipeline.
#
#   sitrep-web/src/test/bench/load-benchmark.sh /tmp/load.db [LoadBenchmark options...]
#
# The store is prepared once with the CLI, e.g.
#   java -Xmx3g -jar sitrep-cli/target/sitrep.jar ingest --db /tmp/load.db demo.jsonl bbc/ reut2-00[0-9].sgm.gz
# Needs sitrep-web's test classes and its dependencies installed (mvn -o -q -pl sitrep-web test-compile).
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
db="${1:?usage: load-benchmark.sh STORE.db [--clients N] [--seconds N] [--warmup N] [--ingest PATH...]}"
shift
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
(cd "$root/.." && mvn -B -o -q -pl sitrep-web dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$cp_file" >/dev/null)
exec java -Xmx3g -cp "$root/target/test-classes:$root/target/classes:$(cat "$cp_file")" \
    org.sitrep.web.LoadBenchmark --db "$db" "$@"
