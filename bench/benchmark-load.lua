-- wrk script: GET one assessment's peer benchmark with a bearer token.
-- Usage: TOKEN=... ASSESSMENT=... wrk -t2 -c50 -d30s --latency -s bench/benchmark-load.lua http://localhost:8080
local token = os.getenv("TOKEN")
local assessment = os.getenv("ASSESSMENT")
wrk.method = "GET"
wrk.path = "/api/v1/assessments/" .. assessment .. "/benchmark"
wrk.headers["Authorization"] = "Bearer " .. token
wrk.headers["Accept-Language"] = "en"
