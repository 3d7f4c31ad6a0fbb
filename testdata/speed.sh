#!/bin/bash
# speed.sh: the end-to-end speed figures of issue 12, from the repository
# root. It builds chronicle, writes the TempEval-3 TBAQ articles as JSON
# Lines (each article twice, 506 records, 1.06 MB), then alternates N runs
# (default 21) of
#   -j 1 and -j 2 on all cores, and -j 1 on one core (taskset, GOMAXPROCS=1),
# and prints the median wall time of each, the -j 2 speed-up, the one-core
# rate, and the median of 20 runs of a 3 KB article end to end.
# Usage: testdata/speed.sh [N] [chronicle binary to compare with]
# Needs python3 and taskset. Medians move with the machine's other load:
# compare binaries in one run (the second argument), not across runs.
set -euo pipefail
N=${1:-21}
OTHER=${2:-}
TBAQ=${TBAQ:-../shared/data/tempeval3/tbaq}
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
go build -o "$W/chronicle" .
python3 - "$TBAQ" > "$W/tbaq.jsonl" <<'PY'
import glob, json, re, sys
docs = []
for p in sorted(glob.glob(sys.argv[1] + "/*/*.tml")):
    src = open(p, encoding="utf-8").read()
    text = re.sub(r"<[^>]+>", "", re.search(r"<TEXT>(.*?)</TEXT>", src, re.S).group(1)).strip()
    m = re.search(r'<DCT>.*?value="(\d{4}-\d{2}-\d{2})', src, re.S)
    docs.append((p.rsplit("/", 1)[1][:-4], text, m.group(1) if m else None))
for i in range(2 * len(docs)):
    name, text, date = docs[i % len(docs)]
    rec = {"id": "%s#%d" % (name, i // len(docs)), "text": text}
    if date:
        rec["date"] = date
    print(json.dumps(rec))
PY
bins=("$W/chronicle")
[ -n "$OTHER" ] && bins+=("$OTHER")
TIMEFORMAT=%R
for i in $(seq "$N"); do
  for k in "${!bins[@]}"; do
    b=${bins[$k]}
    { time "$b" --input jsonl -f jsonl -j 1 "$W/tbaq.jsonl" >/dev/null; } 2>>"$W/$k.j1"
    { time "$b" --input jsonl -f jsonl -j 2 "$W/tbaq.jsonl" >/dev/null; } 2>>"$W/$k.j2"
    { time taskset -c 1 env GOMAXPROCS=1 "$b" --input jsonl -f jsonl -j 1 "$W/tbaq.jsonl" >/dev/null; } 2>>"$W/$k.one"
  done
done
median() { sort -n "$1" | sed -n "$(( ($(wc -l <"$1") + 1) / 2 ))p"; }
size=$(wc -c <"$W/tbaq.jsonl")
for k in "${!bins[@]}"; do
  b=${bins[$k]}
  for i in $(seq 20); do
    { time "$b" --ref-date 2025-08-06 testdata/pakistan-us-2025.txt >/dev/null; } 2>>"$W/$k.3kb"
  done
  j1=$(median "$W/$k.j1") j2=$(median "$W/$k.j2") one=$(median "$W/$k.one") kb=$(median "$W/$k.3kb")
  python3 -c "
j1, j2, one, size = $j1, $j2, $one, $size
print('%s: -j 1 %.3f s, -j 2 %.3f s: %.2fx; one core %.3f s, %.2f MB/s; 3 KB article %s s' % (
    '${b}', j1, j2, j1 / j2, one, size / one / 1e6, '$kb'))"
done
