#!/usr/bin/env bash
# The whole benchmark in one run, against an application started with
#   ./mvnw -Pbench spring-boot:run      (or the java -jar line in docs/PERFORMANCE.md)
# on port 8091 with --dmhub.bench.baseline-endpoint=true. Needs wrk, curl, python3 and psql.
# Usage: bench/run-all.sh [host:port]   (PGPORT: the embedded PostgreSQL's port, from the log)
set -euo pipefail
cd "$(dirname "$0")/.."
BASE="http://${1:-localhost:8091}"
token() {
  curl -s -X POST "$BASE/api/v1/auth/token" -H 'Content-Type: application/json' \
       -d "{\"email\":\"$1\",\"password\":\"demo-password\"}" | python3 -c 'import sys,json;print(json.load(sys.stdin)["token"])'
}
export TOKEN ASSESSMENT
ASSESSMENT=$(psql -h localhost -p "${PGPORT:?set PGPORT to the embedded PostgreSQL port}" -U postgres -d dmhub -tAc \
  "select a.id from assessment.assessment a join identity.person p on p.organisation_id = a.company_id
    where p.email = 'sme@demo.dmhub.eu' and a.model_id = 'dma' and a.status = 'SUBMITTED'
    order by a.submitted_at desc limit 1")
TOKEN=$(token sme@demo.dmhub.eu)
echo "warm-up: 90 s of benchmark requests"
wrk -t1 -c50 -d90s -s bench/benchmark-load.lua "$BASE" > /dev/null
for i in 1 2 3; do
  echo "benchmark, 50 connections, run $i: $(wrk -t1 -c50 -d30s -s bench/benchmark-load.lua "$BASE" | tail -1)"
done
echo "baseline, 10 connections: $(BASELINE=1 wrk -t1 -c10 -d60s --timeout 60s -s bench/benchmark-load.lua "$BASE" | tail -1)"
echo "baseline, 1 connection: $(BASELINE=1 wrk -t1 -c1 -d30s --timeout 60s -s bench/benchmark-load.lua "$BASE" | tail -1)"
sleep 40  # baseline requests still queued for a database connection finish first
echo "benchmark again, 50 connections: $(wrk -t1 -c50 -d30s -s bench/benchmark-load.lua "$BASE" | tail -1)"
TOKEN=$(token analyst@demo.dmhub.eu)
curl -s -o /dev/null -w "insights, first report (loads the facts): %{time_total} s\n" "$BASE/api/v1/insights" -H "Authorization: Bearer $TOKEN"
wrk -t1 -c2 -d30s -s bench/insights-load.lua "$BASE" > /dev/null
echo "insights, analyst, 1 connection: $(wrk -t1 -c1 -d60s --timeout 10s -s bench/insights-load.lua "$BASE" | tail -1)"
echo "insights, analyst, 4 connections: $(wrk -t1 -c4 -d60s --timeout 10s -s bench/insights-load.lua "$BASE" | tail -1)"
TOKEN=$(token consultant@demo.dmhub.eu)
echo "insights, consultant (96k clients), 1 connection: $(wrk -t1 -c1 -d60s --timeout 10s -s bench/insights-load.lua "$BASE" | tail -1)"
