#!/usr/bin/env bash
# Benchmark: a folder of mixed temp exports (default 1 GB on disk: CSV, JSONL, XLSX, plain and gzip'd logs, zip
# archives) scanned by the exposure-scan job with a small heap; prints the time, the peak RSS and the RSS sampled
# every few seconds, to show that memory stays flat however much is read. docs/performance.md has the figures.
#
#   benchmarks/batch/temp-folder.sh
#   BENCH_BYTES=200m benchmarks/batch/temp-folder.sh
#
# Environment: BENCH_DIR (default /tmp/scanner-bench-files; built once by `./scanner bench-data files` and reused
# while its size is unchanged), BENCH_BYTES (default 1g), BENCH_HEAP (default 256m), BENCH_CPUS (taskset CPU list,
# default 0,1), BENCH_JAR (run this copy of scanner.jar instead of ./scanner), BENCH_JAVA_OPTS.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dir="${BENCH_DIR:-/tmp/scanner-bench-files}"
bytes="${BENCH_BYTES:-1g}"
heap="${BENCH_HEAP:-256m}"
cpus="${BENCH_CPUS:-0,1}"
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

if [ ! -f "$dir.ready-$bytes" ]; then
  rm -rf "$dir" "$dir".ready-*
  scanner bench-data files --out "$dir" --bytes "$bytes" >/dev/null
  touch "$dir.ready-$bytes"
fi
echo "bench: folder $dir, $(du -sb "$dir" | cut -f1) bytes in $(find "$dir" -type f | wc -l) files" >&2

export SCANNER_JAVA_OPTS="-Xmx$heap ${BENCH_JAVA_OPTS:-}"
export -f scanner
export root
pin=()
if command -v taskset >/dev/null && [ -n "$cpus" ]; then pin=(taskset -c "$cpus"); fi
echo "bench: scanning with heap $heap, CPUs ${cpus:-all}, output in $out" >&2
/usr/bin/time -v -o "$out/time.txt" "${pin[@]}" bash -c 'scanner "$@"' scanner \
  scan --source "dir:$dir" --threads 2 --work "$out/work" --output "$out/reports" \
  2> "$out/stderr.txt" > "$out/stdout.txt" &
timer=$!
start=$(date +%s)
# RSS of the JVM every 5 s (the JVM is the java process a level or two below the timer)
while kill -0 "$timer" 2>/dev/null; do
  for pid in $(pgrep -P "$timer" || true) $(for p in $(pgrep -P "$timer" || true); do pgrep -P "$p" || true; done); do
    if [ "$(cat /proc/"$pid"/comm 2>/dev/null)" = java ]; then
      echo "$(( $(date +%s) - start )) $(awk '/VmRSS/ {print int($2/1024)}' /proc/"$pid"/status 2>/dev/null)" >> "$out/rss.txt"
    fi
  done
  sleep 5
done
wait "$timer" || true

folder="$(tail -n 1 "$out/stdout.txt")"
echo "bench: $(grep -E '^scan: [0-9,]+ rows in' "$out/stderr.txt" || tail -3 "$out/stderr.txt")"
echo "bench: process: $(grep -E 'Elapsed' "$out/time.txt" | sed 's/.*: //') wall," \
  "$(grep -E 'User time' "$out/time.txt" | sed 's/.*: //') s user + $(grep -E 'System time' "$out/time.txt" | sed 's/.*: //') s system CPU," \
  "peak RSS $(( $(grep -E 'Maximum resident' "$out/time.txt" | sed 's/.*: //') / 1024 )) MB"
if [ -s "$out/rss.txt" ]; then
  echo "bench: RSS (MB) every 5 s: $(awk '{printf "%s ", $2}' "$out/rss.txt")"
  echo "bench: RSS after the first minute: $(awk '$1 >= 60 {print $2}' "$out/rss.txt" | sort -n | awk '{a[NR]=$1} END {if (NR) printf "min %d MB, median %d MB, max %d MB", a[1], a[int((NR+1)/2)], a[NR]; else printf "n/a"}')"
fi
echo "bench: coverage: $(python3 -c "import json,sys,collections; r=json.load(open('$folder/report.json')); print(dict(collections.Counter(c['status'] for c in r['coverage'])), 'rows', r['totals']['rows_scanned'], 'findings', r['totals']['findings'])" 2>/dev/null || echo "see $folder/coverage.csv")"
echo "bench: load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "bench: report $folder"
