-- Shared by the bench/wrk scripts (loaded with dofile): the request's settings from the environment scripts/bench.sh
-- sets, and one machine-readable line per run that it parses.

function setting(name)
  local value = os.getenv(name)
  if value == nil or value == "" then
    error(name .. " is not set (scripts/bench.sh sets it)")
  end
  return value
end

function read_file(path)
  local file = assert(io.open(path, "rb"))
  local text = file:read("*a")
  file:close()
  return text
end

-- A Lua string as a JSON string literal.
function json_string(text)
  local escaped = text:gsub('[%c"\\]', function(c)
    if c == '"' then return '\\"' end
    if c == "\\" then return "\\\\" end
    if c == "\n" then return "\\n" end
    return string.format("\\u%04x", c:byte())
  end)
  return '"' .. escaped .. '"'
end

-- The national-totals document as the analyst sends it: its text as the query.
function national_totals_query_body()
  return '{"query":' .. json_string(read_file(setting("BENCH_DOCUMENT_FILE"))) .. '}'
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("WRK requests=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors))
end
