-- wrk script for scripts/load-test.sh: rotates over signed-in pages, the dashboard, the JSON API and the public lookup,
-- each request from a random client address behind the configured loopback proxy (X-Forwarded-For), and counts statuses.
local threads = {}
local paths = {}
for p in string.gmatch(os.getenv("RD_LOAD_PATHS") or "/", "[^ ]+") do paths[#paths + 1] = p end
local cookie = os.getenv("RD_LOAD_COOKIE") or ""

function setup(thread)
  thread:set("id", #threads + 1)
  threads[#threads + 1] = thread
end

function init(args)
  counts = {}
  n = 0
  math.randomseed(id * 7919)
end

function request()
  n = n + 1
  local path = paths[(n % #paths) + 1]
  local headers = { ["X-Forwarded-For"] = string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254)) }
  if string.sub(path, 1, 3) ~= "/p/" and string.sub(path, 1, 7) ~= "/tra-cu" then headers["Cookie"] = cookie end
  return wrk.format("GET", path, headers)
end

function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for status, c in pairs(t:get("counts")) do total[status] = (total[status] or 0) + c end
  end
  local line = "statuses:"
  for status, c in pairs(total) do line = line .. string.format(" %d=%d", status, c) end
  io.write(line .. "\n")
  io.write(string.format("requests=%d errors_connect=%d errors_read=%d errors_write=%d errors_timeout=%d errors_status=%d\n",
    summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout, summary.errors.status))
  io.write(string.format("latency_ms p50=%.1f p90=%.1f p99=%.1f max=%.1f\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
