-- wrk script: autosave — PUT one answer of an assessment in progress, switching between two
-- bodies (FIRST and SECOND, e.g. one checklist question with one item ticked or another) so that
-- every request changes what is stored; with READ=1 the same assessments
-- are read instead (GET), the figure autosave is compared with (bench/autosave.sh runs both).
-- ASSESSMENTS is a comma-separated list of assessment ids, taken in turn, and TOKENS the bearer
-- token of each one's company in the same order (one per connection is like people each saving
-- their own; a single one makes every save wait for the same row's lock).
-- Usage: TOKENS=t1,t2 ASSESSMENTS=id1,id2 FIRST=<json> SECOND=<json> [READ=1] wrk -t1 -c8 -d30s -s bench/autosave.lua http://localhost:8096
local read = os.getenv("READ") == "1"
local assessments = {}
for id in string.gmatch(os.getenv("ASSESSMENTS") or "", "[^,]+") do
  table.insert(assessments, "/api/v1/assessments/" .. id)
end
local headers = {}
for token in string.gmatch(os.getenv("TOKENS") or "", "[^,]+") do
  table.insert(headers, {["Authorization"] = "Bearer " .. token, ["Accept-Language"] = "en",
                         ["Content-Type"] = "application/json"})
end
local bodies = {os.getenv("FIRST"), os.getenv("SECOND")}
local n = 0

request = function()
  n = n + 1
  local i = n % #assessments + 1
  if read then
    return wrk.format("GET", assessments[i], headers[i])
  end
  -- the option changes every time the turn comes back to the same assessment
  local body = bodies[math.floor(n / #assessments) % 2 + 1]
  return wrk.format("PUT", assessments[i] .. "/answers", headers[i], body)
end

done = function(summary, latency, requests)
  io.write(string.format("requests/s %.1f  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  errors %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
