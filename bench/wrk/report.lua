-- Shared by the wrk scripts of bench/api-load.sh: counts each thread's answers by status and prints one line
-- that the script reads (WRK-RESULT name=value ...). wrk's own "errors" are socket errors and timeouts; an answer
-- that is not 2xx is counted here as an error too.
local report = {}
local threads = {}
local count = 0

function report.setup(thread)
    count = count + 1
    thread:set("thread_id", count)
    table.insert(threads, thread)
end

function report.init()
    answered_2xx = 0
    answered_other = 0
    last_refusal = ""
end

function report.response(status, body)
    if status >= 200 and status < 300 then
        answered_2xx = answered_2xx + 1
    else
        answered_other = answered_other + 1
        last_refusal = status .. " " .. string.sub(body or "", 1, 160)
    end
end

function report.done(summary, latency)
    local ok, other, refusal = 0, 0, ""
    for _, thread in ipairs(threads) do
        ok = ok + thread:get("answered_2xx")
        other = other + thread:get("answered_other")
        local last = thread:get("last_refusal")
        if last ~= nil and last ~= "" then
            refusal = last
        end
    end
    local e = summary.errors
    local seconds = summary.duration / 1e6
    io.write(string.format(
        "WRK-RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f " ..
        "ok=%d non2xx=%d connect=%d read=%d write=%d timeout=%d\n",
        summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000,
        latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000, ok, other,
        e.connect, e.read, e.write, e.timeout))
    if refusal ~= "" then
        io.write("WRK-LAST-REFUSAL " .. string.gsub(refusal, "\n", " ") .. "\n")
    end
end

return report
