#!/bin/bash
# store-bench.sh: the store's performance bar (issue 14). It writes N JSON
# Lines records, the TempEval-3 TBAQ articles repeated with distinct ids,
# then times on one core (taskset, GOMAXPROCS=1, -j 1):
#   1. chronicle -f jsonl over them (the extraction baseline),
#   2. chronicle add of them into a new store,
#   3. chronicle query --actor X --from Y on that store (best of 5).
# Usage, from the repository root:
#   testdata/store-bench.sh [N (default 25000)] [work dir (default a temp dir)]
# Needs python3 (to write the records) and taskset.
set -euo pipefail
N=${1:-25000}
W=${2:-$(mktemp -d)}
TBAQ=${TBAQ:-../shared/data/tempeval3/tbaq}
mkdir -p "$W"
go build -o "$W/chronicle" .
python3 - "$TBAQ" "$N" > "$W/records.jsonl" <<'PY'
import glob, json, re, sys
tbaq, n = sys.argv[1], int(sys.argv[2])
docs = []
for p in sorted(glob.glob(tbaq + "/*/*.tml")):
    src = open(p, encoding="utf-8").read()
    text = re.search(r"<TEXT>(.*?)</TEXT>", src, re.S).group(1)
    text = re.sub(r"<[^>]+>", "", text).strip()
    m = re.search(r'<DCT>.*?value="(\d{4}-\d{2}-\d{2})', src, re.S)
    docs.append((p.rsplit("/", 1)[1][:-4], text, m.group(1) if m else None))
for i in range(n):
    name, text, date = docs[i % len(docs)]
    rec = {"id": "%s#%d" % (name, i // len(docs)), "text": text}
    if date:
        rec["date"] = date
    print(json.dumps(rec))
PY
one="taskset -c 0 env GOMAXPROCS=1"
echo "records: $N ($(du -h "$W/records.jsonl" | cut -f1)) in $W"
t0=$(date +%s.%N)
$one "$W/chronicle" -j 1 -f jsonl "$W/records.jsonl" > "$W/timelines.jsonl"
t1=$(date +%s.%N)
rm -f "$W/bench.db"*
$one "$W/chronicle" add -j 1 --db "$W/bench.db" "$W/records.jsonl"
t2=$(date +%s.%N)
python3 - "$t0" "$t1" "$t2" "$N" <<'PY'
import sys
t0, t1, t2, n = map(float, sys.argv[1:])
j, a = t1 - t0, t2 - t1
print("-f jsonl: %.1f s (%.1f docs/s); add: %.1f s (%.1f docs/s); add/jsonl throughput: %.0f%%" % (j, n / j, a, n / a, 100 * j / a))
PY
best=999999
for i in 1 2 3 4 5; do
  s=$(date +%s%N)
  $one "$W/chronicle" query --db "$W/bench.db" --actor Clinton --from 1998-01-01 > "$W/query.txt"
  e=$(( ($(date +%s%N) - s) / 1000000 ))
  (( e < best )) && best=$e
done
echo "query --actor Clinton --from 1998-01-01: $(grep -c . "$W/query.txt") lines, best of 5: ${best} ms (the whole process)"
$one "$W/chronicle" query --db "$W/bench.db" --stats | head -4
