-- wrk: filtered, paged lists of a round's bids; a different page and filter each request
local round = os.getenv("BENCH_ROUND")
local filters = { "&status=SUBMITTED", "&q=care", "&organisation=GB-LAE-CHW", "&status=DECIDED&q=shared", "" }
request = function()
  local f = filters[math.random(#filters)]
  local page = math.random(0, 40)
  return wrk.format("GET", "/api/bids?round=" .. round .. f .. "&page=" .. page .. "&size=20")
end
