-- wrk script: GET one assessment's peer benchmark with a bearer token; with BASELINE=1 the same
-- percentiles computed the naive way (full-scan SQL per request; the application must run with
-- --dmhub.bench.baseline-endpoint=true).
-- Usage: TOKEN=... ASSESSMENT=... [BASELINE=1] wrk -t1 -c50 -d30s -s bench/benchmark-load.lua http://localhost:8091
local token = os.getenv("TOKEN")
local assessment = os.getenv("ASSESSMENT")
wrk.method = "GET"
wrk.path = "/api/v1/assessments/" .. assessment .. "/benchmark"
if os.getenv("BASELINE") == "1" then
  wrk.path = wrk.path .. "/baseline"
end
wrk.headers["Authorization"] = "Bearer " .. token
wrk.headers["Accept-Language"] = "en"

done = function(summary, latency, requests)
  io.write(string.format("requests/s %.1f  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  errors %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
