#!/usr/bin/env bash
# Benchmark: what a long git history costs a build. The real dossier (this repository's content/
# and templates/) is committed once into a scratch repository, then edited COMMITS times, one
# commit per edit, as an editor would: a sentence added to a record's summary (or, for a source,
# to its citedIn), and every tenth commit a paragraph added to a Markdown page. Dossier then
# publishes a version of every page for every revision that history holds, and a history page
# for each page. Six kinds of build are measured, each the median wall time of RUNS cold-JVM builds
# with the peak resident memory (GNU time) and the page versions the build reports publishing and
# rendering ("... and N page versions (K rendered)"):
#
#   clean            no previous site, no caches: every past state is loaded, every version rendered
#   cached           the previous site and both caches kept, nothing changed
#   one more commit  one more record edit committed (on a branch, checked out for the build), built
#                    with the site and caches of the cached build just before
#   check            dossier check of that history: it builds into a scratch folder, without caches
#   no history       the content and templates of the last of the COMMITS edits, copied outside
#                    git and built clean: the baseline
#   no history, cached   that copy rebuilt with its site and cache, nothing changed: the baseline
#                        of a cached build
#
# Like benchmark.sh, outputs go to a RAM file system (OUT, by default under /dev/shm) when there is
# one, so that the figures measure Dossier rather than this machine's disk.
#
#   src/bench/history-benchmark.sh                 # 200 commits, 5 runs each
#   RUNS=3 COMMITS=50 src/bench/history-benchmark.sh
#   OUT=/tmp/history-bench-out src/bench/history-benchmark.sh    # outputs on the disk instead
#
# Needs: JDK 17, Maven, git, GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/../.."
SOURCE=$PWD
RUNS=${RUNS:-5}
COMMITS=${COMMITS:-200}
SETTLE=${SETTLE:-35}
WORK=${WORK:-/tmp/dossier-history-bench}
if [ -z "${OUT:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then
  OUT=/dev/shm/dossier-history-bench-out
fi
OUT=${OUT:-$WORK/out}
JAR=${JAR:-target/dossier.jar}
[ -f "$JAR" ] || mvn -B -q -DskipTests -Ddossier.site.skip=true package
JAR=$(realpath "$JAR")
command -v git >/dev/null || { echo "git is not installed" >&2; exit 2; }
REPO=$WORK/repo
PLAIN=$WORK/plain
SITE=$OUT/site

mkdir -p "$WORK"
rm -rf "$REPO" "$PLAIN" "$OUT"
mkdir -p "$OUT"
FILE_SYSTEM=$(stat -f -c %T "$OUT")
case "$FILE_SYSTEM" in tmpfs|ramfs) IN_MEMORY=1 ;; *) IN_MEMORY= ;; esac

# The repository is the benchmark's own: no user or system configuration, hooks or signing.
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
export GIT_AUTHOR_NAME="Benchmark editor" GIT_AUTHOR_EMAIL="editor@example.org"
export GIT_COMMITTER_NAME="Benchmark editor" GIT_COMMITTER_EMAIL="editor@example.org"
# commit N SUBJECT: commits everything as the Nth edit, dated N days after 2025-01-01, so that
# every run makes the same commits.
commit() {
  local date
  date=$(date -u -d "2025-01-01 12:00:00 UTC + $1 days" +%Y-%m-%dT%H:%M:%SZ)
  git -C "$REPO" add -A
  GIT_AUTHOR_DATE=$date GIT_COMMITTER_DATE=$date git -C "$REPO" -c core.hooksPath=/dev/null \
    -c commit.gpgSign=false commit -q -m "$2"
}

# append_sentence FILE SENTENCE: adds SENTENCE to the end of the record's summary, or else of its
# citedIn or note: to the last line of the field's value, inside its closing quote if it has one.
# The sentence holds no ':' or '#', so a plain scalar stays plain.
append_sentence() {
  local field
  for field in summary citedIn note; do
    grep -q "^$field:" "$1" && break
  done
  grep -q "^$field:" "$1" || { echo "$1 has no summary, citedIn or note to edit" >&2; exit 1; }
  awk -v field="$field" -v sentence="$2" '
    function flush() {
      if (last == "") return
      if (last ~ /["'\'']$/) last = substr(last, 1, length(last) - 1) " " sentence substr(last, length(last))
      else last = last " " sentence
      print last
      last = ""
    }
    inside && /^[ \t]/ { print last; last = $0; next }   # a continuation line of the value
    inside { flush(); inside = 0 }
    index($0, field ":") == 1 { inside = 1; last = $0; next }
    { print }
    END { if (inside) flush() }
  ' "$1" >"$1.new"
  mv "$1.new" "$1"
}

# add_paragraph FILE PARAGRAPH: adds a paragraph after the first block of a Markdown page's body.
add_paragraph() {
  awk -v paragraph="$2" '
    /^---$/ && fences < 2 { fences++; print; next }
    fences >= 2 && !done && NF { body = 1 }
    fences >= 2 && !done && body && !NF { print; print paragraph; print ""; done = 1; next }
    { print }
    END { if (!done) { print ""; print paragraph } }
  ' "$1" >"$1.new"
  mv "$1.new" "$1"
}

mkdir -p "$REPO"
cp -r "$SOURCE/content" "$SOURCE/templates" "$REPO/"
git -C "$REPO" -c init.defaultBranch=main init -q
commit 0 "The dossier as published"
mapfile -t RECORD_FILES < <(cd "$REPO" && find content -mindepth 2 -name '*.yaml' -not -path 'content/schemas/*' \
  -not -path 'content/charts/*' | LC_ALL=C sort)
mapfile -t PAGE_FILES < <(cd "$REPO" && find content -name '*.md' | LC_ALL=C sort)
EDITS=0
# edit N: the Nth edit, round-robin over the records, and every tenth over the Markdown pages.
edit() {
  local file
  if (( $1 % 10 == 0 )); then
    file=${PAGE_FILES[$(( ($1 / 10 - 1) % ${#PAGE_FILES[@]} ))]}
    add_paragraph "$REPO/$file" "A reader's note added in edit $1, after a second reading of the source."
    commit "$1" "Add a reader's note to ${file#content/}"
  else
    file=${RECORD_FILES[$(( EDITS % ${#RECORD_FILES[@]} ))]}
    EDITS=$(( EDITS + 1 ))
    append_sentence "$REPO/$file" "Edit $1 checked this against the source once more."
    commit "$1" "Revise ${file#content/}"
  fi
}
for n in $(seq "$COMMITS"); do edit "$n"; done
mkdir -p "$PLAIN"
cp -r "$REPO/content" "$REPO/templates" "$PLAIN/"
# The one more commit waits on a branch of its own; main stays at COMMITS edits.
git -C "$REPO" checkout -q -b next
edit $(( COMMITS + 1 ))
git -C "$REPO" checkout -q main

# measure LOG CMD...: runs a Dossier command; prints "seconds peak_kb versions rendered" (0 0 when the
# command does not say). A command that fails, or that finds a past state it cannot build or a
# version it cannot render, stops the benchmark: the figures would not be those of the history the
# script made.
measure() {
  local log=$1 versions
  shift
  if ! /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$@" >"$log" 2>&1; then
    echo "$* failed:" >&2
    cat "$log" >&2
    exit 1
  fi
  if grep -q "do not build\|could not be rendered" "$log"; then
    echo "$* skipped part of its history:" >&2
    cat "$log" >&2
    exit 1
  fi
  versions=$(grep -o "and [0-9]* page versions ([0-9]* rendered)" "$log" | tr -dc '0-9 ' | tr -s ' ')
  echo "$(tail -1 "$WORK/time.txt") ${versions:- 0 0}" | tr -s ' '
}

# build ROOT: one build of ROOT into $SITE, beside its caches.
build() { measure "$WORK/last.log" java -jar "$JAR" build --root "$1" --out "$SITE"; }

forget() { rm -rf "$SITE" "$OUT"/.site.*; }
# Between runs on a disk, the file system settles (see benchmark.sh); nothing to do in memory.
settle() { [ -n "$IN_MEMORY" ] || sleep "$SETTLE"; }

# summary "s kb versions rendered" lines...: prints "median_seconds peak_kb versions rendered" (the
# versions of the last run: every run of a kind publishes and renders as many).
summary() {
  local median peak
  median=$(printf '%s\n' "$@" | cut -d' ' -f1 | sort -n | awk '{t[NR]=$1} END {print t[int((NR + 1) / 2)]}')
  peak=$(printf '%s\n' "$@" | cut -d' ' -f2 | sort -n | tail -1)
  echo "$median $peak $(printf '%s\n' "$@" | tail -1 | cut -d' ' -f3-4)"
}

# kind LABEL RESULTS...: a line of the table.
kind() {
  local r=($(summary "${@:2}"))
  awk -v n="$1" -v s="${r[0]}" -v m="${r[1]}" -v v="${r[2]}" -v k="${r[3]}" 'BEGIN {
    printf "| %-18s | %7.2f s | %7.0f MB | %14d | %14d |\n", n, s, m / 1024, v, k }'
}

# The kinds take turns within each run, so that the machine's ups and downs fall on all of them.
# A cached build starts, as in CI (which restores site/ and both caches), without the .site.previous
# that the build before left; clearing it is not part of the figure.
clean=() cached=() next=() check=() plain=() plain_cached=()
for run in $(seq "$RUNS"); do
  echo "run $run of $RUNS" >&2
  forget
  clean+=("$(build "$REPO")")
  rm -rf "$OUT/.site.previous"
  cached+=("$(build "$REPO")")
  # The site and caches are now those of the build before the one more commit.
  git -C "$REPO" checkout -q next
  rm -rf "$OUT/.site.previous"
  next+=("$(build "$REPO")")
  git -C "$REPO" checkout -q main
  # dossier check builds into a scratch folder of its own, without the site's caches. That folder
  # goes to OUT too (java.io.tmpdir, which the JVM that check starts inherits).
  check+=("$(JAVA_TOOL_OPTIONS="-Djava.io.tmpdir=$OUT" measure "$WORK/last.log" java -jar "$JAR" check \
    --root "$REPO")")
  forget
  plain+=("$(build "$PLAIN")")
  rm -rf "$OUT/.site.previous"
  plain_cached+=("$(build "$PLAIN")")
  settle
done
forget

echo "Real dossier ($(find "$PLAIN/content" -type f | wc -l) content files) with $COMMITS commits of history:"
echo "| build              | wall time | peak RSS   | page versions  | rendered       |"
echo "|--------------------|-----------|------------|----------------|----------------|"
kind "clean" "${clean[@]}"
kind "cached" "${cached[@]}"
kind "one more commit" "${next[@]}"
kind "check" "${check[@]}"
kind "no history" "${plain[@]}"
kind "no history, cached" "${plain_cached[@]}"
echo
echo "$(date -u +%Y-%m-%d), $(nproc) cores, median of $RUNS cold builds, outputs in $OUT ($FILE_SYSTEM); $(java -version 2>&1 | head -1)"
