-- wrk script: POST /api/v1/meetings/{code}/registrations, each request a different delegate's
-- personal access token (Authorization: Bearer) read from TOKENS (one token per line). Thread i of n
-- takes lines i, i+n, i+2n..., so no token is used twice in a run; ORG is the organisation's id.
local tokens = {}
local next_token = 1
local thread_counter = 0

function setup(thread)
  thread:set("index", thread_counter)
  thread_counter = thread_counter + 1
  thread:set("threads", tonumber(os.getenv("THREADS")))
end

function init(args)
  local i = 0
  for line in io.lines(os.getenv("TOKENS")) do
    if i % threads == index then
      tokens[#tokens + 1] = line
    end
    i = i + 1
  end
  wrk.method = "POST"
  wrk.path = "/api/v1/meetings/" .. os.getenv("MEETING") .. "/registrations"
  wrk.body = '{"organisation":"' .. os.getenv("ORG") .. '","inPerson":true,"newcomer":true}'
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  local token = tokens[next_token]
  if token == nil then
    token = "plenary_pat_exhausted" -- refused with 401, reported as non-2xx: give more delegates
  end
  next_token = next_token + 1
  wrk.headers["Authorization"] = "Bearer " .. token
  return wrk.format()
end
