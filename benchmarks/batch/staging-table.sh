#!/usr/bin/env bash
# Benchmark: a PostgreSQL staging table (default 1,000,000 rows, 8 columns of mixed PII) scanned end to end by
# the exposure-scan job with 2 scan threads and a 512 MB heap. Figures and how to read them: docs/performance.md.
#
#   benchmarks/batch/staging-table.sh                 # the issue's benchmark
#   BENCH_ROWS=200000 benchmarks/batch/staging-table.sh
#   BENCH_JFR=1 benchmarks/batch/staging-table.sh     # also writes a flight recording (profile settings)
#
# Environment: BENCH_PG_URL (default jdbc:postgresql://127.0.0.1:5432/test?user=postgres), BENCH_ROWS, BENCH_HEAP
# (default 512m), BENCH_CPUS (taskset CPU list, default 0,1), BENCH_STORE_URL (a PostgreSQL work store instead of
# the embedded H2), BENCH_JAVA_OPTS (more JVM options), BENCH_JAR (run this copy of scanner.jar instead of ./scanner,
# e.g. to measure one build while editing the sources), BENCH_LIMITS (profile limits to try, as YAML flow-map entries,
# e.g. "chunk_size: 500, page_size: 1000"). The table is bench.stg_customers (bench.stg_customers_N for
# other sizes); `./scanner bench-data table` creates it once and reuses it while rows and seed are unchanged.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
url="${BENCH_PG_URL:-jdbc:postgresql://127.0.0.1:5432/test?user=postgres}"
rows="${BENCH_ROWS:-1000000}"
heap="${BENCH_HEAP:-512m}"
cpus="${BENCH_CPUS:-0,1}"
table=stg_customers
[ "$rows" = 1000000 ] || table="stg_customers_$rows"
out="$(mktemp -d "${TMPDIR:-/tmp}/scanner-bench.XXXXXX")"
scanner() {
  if [ -n "${BENCH_JAR:-}" ]; then
    # the launcher's default collector (see ./scanner)
    case " ${SCANNER_JAVA_OPTS:-} " in *" -XX:+Use"*"GC "*) gc="" ;; *) gc="-XX:+UseParallelGC" ;; esac
    java $gc ${SCANNER_JAVA_OPTS:-} -jar "$BENCH_JAR" "$@"
  else
    "$root/scanner" "$@"
  fi
}

scanner bench-data table --url "$url" --table "$table" --rows "$rows" >/dev/null

cat > "$out/profile.yaml" <<YAML
name: bench-staging-$rows
sources:
  - id: pg
    uri: "$url"
    schemas: [bench]
include: ["bench.$table"]
threads: 2
${BENCH_LIMITS:+limits: {$BENCH_LIMITS\}}
${BENCH_STORE_URL:+store_url: "$BENCH_STORE_URL"}
YAML

opts="-Xmx$heap ${BENCH_JAVA_OPTS:-}"
if [ -n "${BENCH_JFR:-}" ]; then
  opts="$opts -XX:StartFlightRecording=filename=$out/scan.jfr,settings=profile -XX:FlightRecorderOptions=stackdepth=256"
fi
pin=()
if command -v taskset >/dev/null && [ -n "$cpus" ]; then pin=(taskset -c "$cpus"); fi
echo "bench: scanning bench.$table ($rows rows), heap $heap, CPUs ${cpus:-all}, output in $out" >&2
export SCANNER_JAVA_OPTS="$opts"
export -f scanner
export root
/usr/bin/time -v -o "$out/time.txt" "${pin[@]}" bash -c 'scanner "$@"' scanner scan --profile "$out/profile.yaml" \
  --work "$out/work" --output "$out/reports" 2> "$out/stderr.txt" > "$out/stdout.txt"

folder="$(tail -n 1 "$out/stdout.txt")"
echo "bench: $(grep -E '^scan: [0-9,]+ rows in' "$out/stderr.txt")"
echo "bench: process: $(grep -E 'Elapsed' "$out/time.txt" | sed 's/.*: //') wall (JVM start to exit)," \
  "$(grep -E 'User time' "$out/time.txt" | sed 's/.*: //') s user + $(grep -E 'System time' "$out/time.txt" | sed 's/.*: //') s system CPU," \
  "peak RSS $(( $(grep -E 'Maximum resident' "$out/time.txt" | sed 's/.*: //') / 1024 )) MB"
echo "bench: load average during the run: $(cut -d' ' -f1-3 /proc/loadavg) (other processes on these CPUs slow the wall-clock figures)"
echo "bench: report $folder"
[ -z "${BENCH_JFR:-}" ] || echo "bench: flight recording $out/scan.jfr"
