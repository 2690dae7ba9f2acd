#!/usr/bin/env bash
# Benchmark: the same PostgreSQL staging table scanned by a manager and 1, 2 and 3 remote worker JVMs
# (scan --workers remote), each worker with one scan thread, plus the single-JVM thread pool with 1 and 2 threads
# on the same PostgreSQL work store for comparison. Prints rows/s of the scan step for each, each worker's own
# rate, and the load average, since other processes on these cores slow the wall-clock figures. docs/scaling.md.
#
#   benchmarks/batch/remote-workers.sh                       # 200,000 rows, 1 2 3 workers
#   BENCH_ROWS=1000000 BENCH_WORKERS="1 2 4" benchmarks/batch/remote-workers.sh
#
# Needs PostgreSQL (psql on the PATH) and RabbitMQ. Environment: BENCH_PG_URL (default
# jdbc:postgresql://127.0.0.1:5432/test?user=postgres; the table bench.stg_customers_N is created there once by
# `scanner bench-data table` and reused), BENCH_PSQL (psql arguments for the same database, default
# "-h 127.0.0.1 -U postgres -d test"), BENCH_BROKER (default amqp://127.0.0.1:5672), BENCH_ROWS, BENCH_WORKERS,
# BENCH_WORKER_THREADS (default 1), BENCH_PARTITION_ROWS (default 20000: 10 partitions of 200,000 rows),
# BENCH_HEAP (per JVM, default 512m), BENCH_LOCAL ("1 2": thread counts of the single-JVM runs; empty: none),
# BENCH_JAR (this copy of scanner.jar instead of ./scanner's).
#
# On a shared machine the wall-clock rates say more about the other processes than about the workers, so each
# worker's CPU time over the scan (utime + stime from /proc, after its start-up) is printed too: rows per CPU-second
# of a worker is what adds up when each worker gets a core of its own.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
url="${BENCH_PG_URL:-jdbc:postgresql://127.0.0.1:5432/test?user=postgres}"
psql_args="${BENCH_PSQL:--h 127.0.0.1 -U postgres -d test}"
broker="${BENCH_BROKER:-amqp://127.0.0.1:5672}"
rows="${BENCH_ROWS:-200000}"
counts="${BENCH_WORKERS:-1 2 3}"
wthreads="${BENCH_WORKER_THREADS:-1}"
prows="${BENCH_PARTITION_ROWS:-20000}"
heap="${BENCH_HEAP:-512m}"
locals="${BENCH_LOCAL-1 2}"
table="stg_customers_$rows"
[ "$rows" = 1000000 ] && table=stg_customers
out="$(mktemp -d "${TMPDIR:-/tmp}/scanner-remote-bench.XXXXXX")"
queue="pii-scanner.bench.$$"
jar="${BENCH_JAR:-$root/scanner-batch/target/scanner.jar}"
if [ -z "${BENCH_JAR:-}" ]; then "$root/scanner" --help >/dev/null 2>&1 || true; fi   # builds the jar when needed
java=(java -XX:+UseParallelGC -Xmx"$heap")
sep="&"; case "$url" in *\?*) ;; *) sep="?" ;; esac

"${java[@]}" -jar "$jar" bench-data table --url "$url" --table "$table" --rows "$rows" >/dev/null
echo "bench: bench.$table ($rows rows), partitions of $prows rows, heap $heap per JVM, $(nproc) CPUs; output in $out" >&2

store_schema() {   # a fresh work store for each measurement
  psql $psql_args -q -c "DROP SCHEMA IF EXISTS $1 CASCADE" -c "CREATE SCHEMA $1" >/dev/null
}

profile() {   # name store_url threads
  cat > "$out/$1.yaml" <<YAML
name: $1
sources:
  - id: pg
    uri: "$url"
    schemas: [bench]
include: ["bench.$table"]
threads: $3
store_url: "$2"
limits: {partition_rows: $prows}
YAML
}

load() { cut -d' ' -f1-3 /proc/loadavg; }
tck="$(getconf CLK_TCK)"
cpu_of() { awk -v t="$tck" '{printf "%.2f", ($14 + $15) / t}' "/proc/$1/stat" 2>/dev/null || echo 0; }

results=()
for t in $locals; do
  name="bench-local-$t"
  store="bench_remote_$$_l$t"; store_schema "$store"; st="$url${sep}currentSchema=$store"
  profile "$name" "$st" "$t"
  l0="$(load)"
  /usr/bin/time -f "%e" -o "$out/$name.time" "${java[@]}" -jar "$jar" scan --profile "$out/$name.yaml" --work "$out/work" \
      --output "$out/reports" 2> "$out/$name.err" > "$out/$name.out"
  line="$(grep -E '^scan: [0-9,]+ rows in' "$out/$name.err" | head -1)"
  results+=("single JVM, $t thread(s): ${line#scan: } | process $(cat "$out/$name.time") s | load before $l0, after $(load)")
  echo "bench: ${results[-1]}" >&2
  psql $psql_args -q -c "DROP SCHEMA IF EXISTS $store CASCADE" >/dev/null
done

for n in $counts; do
  name="bench-remote-$n"
  store="bench_remote_$$_w$n"; store_schema "$store"; st="$url${sep}currentSchema=$store"
  profile "$name" "$st" 2
  pids=()
  for i in $(seq 1 "$n"); do
    "${java[@]}" -jar "$jar" worker --broker "$broker" --queue "$queue" --store "$st" --work "$out/work" \
        --threads "$wthreads" --id "bw$i" > "$out/$name.w$i.log" 2>&1 &
    pids+=($!)
  done
  for i in $(seq 1 "$n"); do
    for _ in $(seq 1 120); do grep -q "waiting for partitions" "$out/$name.w$i.log" && break; sleep 0.5; done
  done
  l0="$(load)"
  cpu0=(); for p in "${pids[@]}"; do cpu0+=("$(cpu_of "$p")"); done
  /usr/bin/time -f "%e %U %S" -o "$out/$name.time" "${java[@]}" -jar "$jar" scan --profile "$out/$name.yaml" --work "$out/work" \
      --output "$out/reports" --workers remote --broker "$broker" --queue "$queue" 2> "$out/$name.err" > "$out/$name.out"
  l1="$(load)"
  line="$(grep -E '^scan: [0-9,]+ rows in' "$out/$name.err" | head -1)"
  cpu=""
  for i in $(seq 1 "$n"); do
    used="$(awk -v a="$(cpu_of "${pids[$((i-1))]}")" -v b="${cpu0[$((i-1))]}" 'BEGIN {printf "%.1f", a - b}')"
    r="$(grep -oE "bw$i: [0-9]+ partitions, [0-9,]+ rows" <<< "$line" | sed -E 's/.* ([0-9,]+) rows/\1/; s/,//g')"
    cpu+="$(awk -v r="${r:-0}" -v c="$used" -v i="$i" 'BEGIN {printf "bw%d %.1f CPU-s, %.0f rows per CPU-s; ", i, c, (c > 0 ? r / c : 0)}')"
  done
  kill -TERM "${pids[@]}" 2>/dev/null || true
  wait "${pids[@]}" 2>/dev/null || true
  read -r wall mu ms < "$out/$name.time"
  results+=("$n worker JVM(s) x $wthreads thread(s): ${line#scan: } | workers: ${cpu}manager process ${wall} s wall, $(awk -v u="$mu" -v s="$ms" 'BEGIN {printf "%.1f", u + s}') CPU-s | load before $l0, after $l1")
  echo "bench: ${results[-1]}" >&2
  psql $psql_args -q -c "DROP SCHEMA IF EXISTS $store CASCADE" >/dev/null
done

# the request queue is empty now; remove it where the broker is local (rabbitmqctl), elsewhere it stays, empty
command -v rabbitmqctl >/dev/null && rabbitmqctl delete_queue "$queue" >/dev/null 2>&1 || true

echo
echo "rows/s of the scan step, bench.$table ($rows rows), $(nproc) CPUs shared by the manager, the workers, PostgreSQL and RabbitMQ:"
for r in "${results[@]}"; do echo "  $r"; done
