#!/usr/bin/env bash
# How long one PDF report takes, warm: registers a company, submits a dma assessment with the best
# answers, then downloads its report over the API again and again, one request at a time.
# Against a running application, e.g. ./mvnw spring-boot:run (demo data on, so the report has a
# peer comparison). Needs curl and python3.
# Usage: bench/report-pdf.sh [host:port] [warm-up requests] [measured requests]
set -euo pipefail
BASE="http://${1:-localhost:8080}"
WARMUP=${2:-50}
RUNS=${3:-200}
n=$(date +%s%N)
json() { python3 -c "import sys,json; print(json.load(sys.stdin)$1)"; }
company=$(curl -sf "$BASE/api/v1/auth/register" -H 'Content-Type: application/json' -d "{
  \"email\": \"bench-$n@example.com\", \"password\": \"bench-password\", \"name\": \"Bench\", \"language\": \"en\",
  \"company\": {\"legalName\": \"Bench Šokolaad $n OÜ\", \"country\": \"EE\", \"registryCode\": \"B$n\",
                \"naceDivision\": \"25\", \"sizeClass\": \"SMALL\", \"region\": \"EE008\"}}" | json '["companyId"]')
token=$(curl -sf "$BASE/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d "{\"email\":\"bench-$n@example.com\",\"password\":\"bench-password\"}" | json '["token"]')
auth=(-H "Authorization: Bearer $token")
id=$(curl -sf "$BASE/api/v1/assessments" "${auth[@]}" -H 'Content-Type: application/json' \
  -d "{\"companyId\":\"$company\",\"model\":\"dma\"}" | json '["id"]')
curl -sf "$BASE/api/v1/models/dma" | python3 -c '
import sys, json
def best(choices): return max(choices, key=lambda c: c["score"])["id"]
answers = {}
for d in json.load(sys.stdin)["dimensions"]:
    for q in d["questions"]:
        t = q["type"]
        if t == "checklist": a = [i["id"] for i in q["items"] if not i.get("exclusive")]
        elif t == "paired-checklist": a = {i["id"]: [best(q["columns"])] for i in q["items"]}
        elif t in ("scale", "three-step"): a = {i["id"]: best(q["options"]) for i in q["items"]}
        else: a = best(q["options"])
        answers[q["id"]] = a
print(json.dumps({"answers": answers}))' > /tmp/report-pdf-answers.json
curl -sf -X PUT "$BASE/api/v1/assessments/$id/answers" "${auth[@]}" -H 'Content-Type: application/json' \
  -d @/tmp/report-pdf-answers.json > /dev/null
curl -sf -X POST "$BASE/api/v1/assessments/$id/submit" "${auth[@]}" > /dev/null
sleep 2  # the benchmark read model takes the new assessment in after the commit
url="$BASE/api/v1/assessments/$id/report.pdf?lang=et"
size=$(curl -sf "${auth[@]}" "$url" | wc -c)
for _ in $(seq 1 "$WARMUP"); do curl -sf -o /dev/null "${auth[@]}" "$url"; done
for _ in $(seq 1 "$RUNS"); do curl -sf -o /dev/null -w '%{time_total}\n' "${auth[@]}" "$url"; done | python3 -c "
import sys, statistics
t = sorted(float(l) * 1000 for l in sys.stdin)
print(f'report of {$size} bytes, {len(t)} requests after {$WARMUP} to warm up: '
      f'mean {statistics.mean(t):.0f} ms, p50 {t[len(t) // 2]:.0f} ms, '
      f'p95 {t[int(len(t) * 0.95)]:.0f} ms, max {t[-1]:.0f} ms')"
