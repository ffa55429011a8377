#!/usr/bin/env bash
# Autosave against reading, side by side: registers companies, starts a dma assessment for each and
# answers half of its questions, then alternates wrk runs of `GET /api/v1/assessments/{id}` and of
# autosave (`PUT /api/v1/assessments/{id}/answers`, one checklist answer switching between two
# ticked items, as the page's autosave sends a change) over the same assessments, and prints each
# run and the autosave/read ratio of each round, so the two differ only in what a save does.
# Given several applications (comma-separated, e.g. a build before and after a change), each round
# runs every application's pair in turn, so that they share the machine's load as equally as can be.
# Against running applications (demo data need not be on). Needs wrk, curl and python3.
# Usage: bench/autosave.sh [host:port[,host:port...]] [connections] [seconds per run] [rounds] [assessments]
#   assessments: how many the requests take in turn (default: one per connection; 1 makes every
#   save of the old row-locking build queue for the same row lock)
set -euo pipefail
cd "$(dirname "$0")/.."
IFS=, read -r -a HOSTS <<< "${1:-localhost:8096}"
BASE="http://${HOSTS[0]}"
CONNECTIONS=${2:-8}
SECONDS_PER_RUN=${3:-30}
ROUNDS=${4:-3}
COUNT=${5:-$CONNECTIONS}
json() { python3 -c "import sys,json; print(json.load(sys.stdin)$1)"; }
# the privacy notice a registration accepts, and a valid Estonian registry code (7 digits from
# the given number, then the Business Register's modulo-11 check digit)
PRIVACY_NOTICE=$(grep -o 'VERSION = "[^"]*"' src/main/java/eu/dmhub/identity/domain/PrivacyNotice.java | cut -d'"' -f2)
estonian_registry_code() {
  python3 -c '
import sys
body = "1" + sys.argv[1][-6:]
def check(weights):
    return sum(int(d) * w for d, w in zip(body, weights)) % 11
c = check([1, 2, 3, 4, 5, 6, 7])
if c == 10:
    c = check([3, 4, 5, 6, 7, 8, 9]) % 10
print(body + str(c))' "$1"
}
curl -sf "$BASE/api/v1/models/dma" | python3 -c '
import sys, json
questions = [q for d in json.load(sys.stdin)["dimensions"] for q in d["questions"]]
answers = {}
for q in questions[: len(questions) // 2]:
    t = q["type"]
    if t == "checklist": a = [q["items"][0]["id"]]
    elif t == "paired-checklist": a = {i["id"]: [q["columns"][0]["id"]] for i in q["items"]}
    elif t in ("scale", "three-step"): a = {i["id"]: q["options"][0]["id"] for i in q["items"]}
    else: a = q["options"][0]["id"]
    answers[q["id"]] = a
switch = [q for q in questions if q["type"] == "checklist"][-1]
json.dump({"answers": answers}, open("/tmp/autosave-answers.json", "w"))
for item in switch["items"][:2]:
    print(json.dumps({"answers": {switch["id"]: [item["id"]]}}))' > /tmp/autosave-switch.txt
export TOKENS ASSESSMENTS FIRST SECOND
FIRST=$(sed -n 1p /tmp/autosave-switch.txt)
SECOND=$(sed -n 2p /tmp/autosave-switch.txt)
declare -A HOST_ASSESSMENTS HOST_TOKENS
for h in "${HOSTS[@]}"; do
  BASE="http://$h"
  # one company (and token) per assessment: a company keeps one open assessment per model
  ids=()
  tokens=()
  for i in $(seq 1 "$COUNT"); do
    n=$(date +%s%N)
    code=$(estonian_registry_code "$n")
    company=$(curl -sf "$BASE/api/v1/auth/register" -H 'Content-Type: application/json' -d "{
      \"email\": \"autosave-$n@example.com\", \"password\": \"bench-password\", \"name\": \"Bench\", \"language\": \"en\",
      \"privacyNotice\": \"$PRIVACY_NOTICE\",
      \"company\": {\"legalName\": \"Autosave Bench $n OÜ\", \"country\": \"EE\", \"registryCode\": \"$code\",
                    \"naceDivision\": \"25\", \"sizeClass\": \"SMALL\", \"region\": \"EE008\"}}" | json '["companyId"]')
    token=$(curl -sf "$BASE/api/v1/auth/token" -H 'Content-Type: application/json' \
      -d "{\"email\":\"autosave-$n@example.com\",\"password\":\"bench-password\"}" | json '["token"]')
    id=$(curl -sf "$BASE/api/v1/assessments" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d "{\"companyId\":\"$company\",\"model\":\"dma\"}" | json '["id"]')
    curl -sf -X PUT "$BASE/api/v1/assessments/$id/answers" -H "Authorization: Bearer $token" \
      -H 'Content-Type: application/json' -d @/tmp/autosave-answers.json > /dev/null
    ids+=("$id")
    tokens+=("$token")
  done
  HOST_ASSESSMENTS[$h]=$(IFS=,; echo "${ids[*]}")
  HOST_TOKENS[$h]=$(IFS=,; echo "${tokens[*]}")
done
run() { # run <host> <read: 1 or 0>
  ASSESSMENTS=${HOST_ASSESSMENTS[$1]} TOKENS=${HOST_TOKENS[$1]} READ=$2 \
    wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" -s bench/autosave.lua "http://$1" | tail -1
}
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "warm-up: ${SECONDS_PER_RUN} s of each"
for h in "${HOSTS[@]}"; do
  run "$h" 1 > /dev/null
  run "$h" 0 > /dev/null
done
for round in $(seq 1 "$ROUNDS"); do
  for h in "${HOSTS[@]}"; do
    read_line=$(run "$h" 1)
    save_line=$(run "$h" 0)
    echo "round $round, $h, $CONNECTIONS connections over $COUNT assessments, read (GET):     $read_line"
    echo "round $round, $h, $CONNECTIONS connections over $COUNT assessments, autosave (PUT): $save_line"
    python3 -c "print('round $round, $h: autosave/read = %.2f' % (float('$save_line'.split()[1]) / float('$read_line'.split()[1])))"
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
