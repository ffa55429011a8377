#!/usr/bin/env bash
# Time from `./mvnw spring-boot:run` on a fresh clone (new embedded database, demo data on) to the
# first 200 from the home page. Usage: bench/startup.sh [runs]   (needs a free port 8080)
set -euo pipefail
runs=${1:-3}
repo=$(cd "$(dirname "$0")/.." && pwd)
for run in $(seq 1 "$runs"); do
  clone=$(mktemp -d)
  git clone -q "$repo" "$clone"
  cd "$clone"
  start=$(date +%s.%N)
  ./mvnw -B -q spring-boot:run > "$clone/run.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    if curl -s -o /dev/null -w '%{http_code}' http://localhost:8080/ 2>/dev/null | grep -q 200; then break; fi
    sleep 0.1
  done
  end=$(date +%s.%N)
  printf 'run %d: home page after %.1f s\n' "$run" "$(echo "$end - $start" | bc)"
  kill "$pid" 2>/dev/null || true
  pkill -f "$clone" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  sleep 2
  cd "$repo"
  rm -rf "$clone"
done
