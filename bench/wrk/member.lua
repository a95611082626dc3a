-- GET /api/loyalty/v1/members/{id}: a partner reading a member's summary (balance, tier, next expiry).
-- Environment: API_KEY, MEMBER_IDS (comma-separated customer ids, taken in turn), BENCH_WRK (this folder).
local report = dofile(os.getenv("BENCH_WRK") .. "/report.lua")
local key = os.getenv("API_KEY")
local members = {}
for id in string.gmatch(os.getenv("MEMBER_IDS"), "[^,]+") do
    table.insert(members, id)
end

function setup(thread)
    report.setup(thread)
end

function init(args)
    report.init()
    turn = thread_id
end

function request()
    turn = turn + 1
    return wrk.format("GET", "/api/loyalty/v1/members/" .. members[turn % #members + 1], { ["X-Api-Key"] = key })
end

function response(status, headers, body)
    report.response(status, body)
end

function done(summary, latency, requests)
    report.done(summary, latency)
end
