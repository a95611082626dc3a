-- POST /api/loyalty/v1/members/{id}/earn, each request with an Idempotency-Key of its own (a partner posting
-- purchases): every answer should be 201.
-- Environment: API_KEY, MEMBER_IDS (comma-separated customer ids of members, taken in turn), RUN_ID (makes the keys
-- unique across runs on the same data), BENCH_WRK (this folder).
local report = dofile(os.getenv("BENCH_WRK") .. "/report.lua")
local key = os.getenv("API_KEY")
local run = os.getenv("RUN_ID")
local members = {}
for id in string.gmatch(os.getenv("MEMBER_IDS"), "[^,]+") do
    table.insert(members, id)
end

function setup(thread)
    report.setup(thread)
end

function init(args)
    report.init()
    sent = 0
end

function request()
    sent = sent + 1
    local receipt = string.format("%s-%d-%d", run, thread_id, sent)
    local body = string.format('{"points": 3, "reason": "Load test purchase", "reference": "R-%s"}', receipt)
    return wrk.format("POST", "/api/loyalty/v1/members/" .. members[sent % #members + 1] .. "/earn", {
        ["X-Api-Key"] = key,
        ["Idempotency-Key"] = "load-" .. receipt,
        ["Content-Type"] = "application/json"
    }, body)
end

function response(status, headers, body)
    report.response(status, body)
end

function done(summary, latency, requests)
    report.done(summary, latency)
end
