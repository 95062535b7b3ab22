#!/usr/bin/env bash
# Benchmark: Dossier against Hugo on the same synthetic content, in the same run.
# Each build starts from a cold JVM (or a fresh hugo process) with an empty output folder; the
# figure is the median wall time of RUNS builds, with the peak resident memory (GNU time).
#
#   src/bench/benchmark.sh            # 4,000 and 40,000 pages, 10,000 records; 5 runs each
#   RUNS=3 SIZES="4000" src/bench/benchmark.sh
#
# Needs: JDK 17, Maven, hugo (apt-get install hugo), GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-5}
SIZES=${SIZES:-"4000 40000"}
RECORDS=${RECORDS:-10000}
WORK=${WORK:-/tmp/dossier-bench}
JAR=target/dossier.jar
[ -f "$JAR" ] || mvn -B -q -DskipTests -Ddossier.site.skip=true package
command -v hugo >/dev/null || { echo "hugo is not installed: apt-get install hugo" >&2; exit 2; }

mkdir -p "$WORK"

# run_once CLEANUP CMD...: one build after CLEANUP; prints "seconds peak_kb".
run_once() {
  local clean=$1; shift
  eval "$clean"
  /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$@" >/dev/null 2>&1
  tail -1 "$WORK/time.txt"
}

# summary "s kb" lines...: prints "median_seconds peak_kb".
summary() {
  local median peak
  median=$(printf '%s\n' "$@" | cut -d' ' -f1 | sort -n | awk '{t[NR]=$1} END {print t[int((NR + 1) / 2)]}')
  peak=$(printf '%s\n' "$@" | cut -d' ' -f2 | sort -n | tail -1)
  echo "$median $peak"
}

report() { # name dossier_result hugo_result count
  local d=($2) h=($3)
  awk -v n="$1" -v ds="${d[0]}" -v dm="${d[1]}" -v hs="${h[0]}" -v hm="${h[1]}" -v c="$4" 'BEGIN {
    printf "| %-22s | %6.2f s | %6.2f s | %5.2fx | %7.0f MB | %7.0f MB | %6.3f ms |\n",
      n, ds, hs, ds / hs, dm / 1024, hm / 1024, ds * 1000 / c }'
}

echo "| content                | Dossier  | Hugo     | ratio  | Dossier peak | Hugo peak | Dossier per page |"
echo "|------------------------|----------|----------|--------|--------------|-----------|------------------|"
for n in $SIZES; do
  dir=$WORK/pages-$n
  [ -d "$dir" ] || java src/bench/GenerateContent.java pages "$n" "$dir"
  ds=() hs=()
  # Dossier and Hugo take turns, so that the machine's ups and downs fall on both.
  for _ in $(seq "$RUNS"); do
    ds+=("$(run_once "rm -rf $dir/out $dir/.out.*" java -jar "$JAR" build --quiet --root "$dir/dossier" --out "$dir/out")")
    hs+=("$(run_once "rm -rf $dir/hugo-out" hugo --quiet --source "$dir/hugo" --destination "$dir/hugo-out")")
  done
  report "$n Markdown pages" "$(summary "${ds[@]}")" "$(summary "${hs[@]}")" "$n"
done
dir=$WORK/records-$RECORDS
[ -d "$dir" ] || java src/bench/GenerateContent.java records "$RECORDS" "$dir"
rs=()
for _ in $(seq "$RUNS"); do
  rs+=("$(run_once "rm -rf $dir/out $dir/.out.*" java -jar "$JAR" build --quiet --root "$dir/dossier" --out "$dir/out")")
done
d=$(summary "${rs[@]}")
awk -v ds="${d% *}" -v dm="${d#* }" -v c="$RECORDS" 'BEGIN {
  printf "| %-22s | %6.2f s | %8s | %6s | %7.0f MB | %9s | %6.3f ms |\n", c " YAML records", ds, "-", "-", dm / 1024, "-", ds * 1000 / c }'
echo
echo "$(date -u +%Y-%m-%d), $(nproc) cores, median of $RUNS cold builds; $(java -version 2>&1 | head -1); $(hugo version | cut -d' ' -f1-2)"
