-- wrk script: the insights dashboard JSON for a different filter combination on every request
-- (model × country × sector × size × period, 2 × 10 × 4 × 5 × 3 = 1,200 combinations, in turn).
-- Usage: TOKEN=<analyst token> wrk -t2 -c4 -d60s --latency -s bench/insights-load.lua http://localhost:8091
local token = os.getenv("TOKEN")
local models = {"dma", "dii"}
local countries = {"", "EE", "LV", "LT", "PL", "FI", "SE", "DK", "DE", "NO"}
local sectors = {"", "C", "G", "J"}
local sizes = {"", "MICRO", "SMALL", "MEDIUM", "LARGE"}
local periods = {"", "&from=2025-Q1", "&from=2025-Q3&to=2026-Q2"}
local n = 0

request = function()
  n = n + 1
  local i = n
  local model = models[i % #models + 1]; i = math.floor(i / #models)
  local country = countries[i % #countries + 1]; i = math.floor(i / #countries)
  local sector = sectors[i % #sectors + 1]; i = math.floor(i / #sectors)
  local size = sizes[i % #sizes + 1]; i = math.floor(i / #sizes)
  local period = periods[i % #periods + 1]
  local path = "/api/v1/insights?model=" .. model .. "&country=" .. country .. "&sector=" .. sector
    .. "&size=" .. size .. period
  return wrk.format("GET", path, {["Authorization"] = "Bearer " .. token, ["Accept-Language"] = "en"})
end

done = function(summary, latency, requests)
  io.write(string.format("requests/s %.1f  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms  errors %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
