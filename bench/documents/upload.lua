-- wrk script: multipart POST /api/v1/meetings/{code}/tds of a 1 MB PDF with a personal access token
-- (TOKEN, Authorization: Bearer). FILE is the PDF; its marker "BENCH-UNIQUE-000000000000" is replaced in
-- every request by the thread and request number, so that every upload is new bytes (equal bytes are
-- stored once, which would skip the write and the fsync).
local counter = 0
local thread_counter = 0
local head, tail

function setup(thread)
  thread:set("index", thread_counter)
  thread_counter = thread_counter + 1
end

function init(args)
  local f = assert(io.open(os.getenv("FILE"), "rb"))
  local pdf = f:read("*a")
  f:close()
  local marker = "BENCH-UNIQUE-000000000000"
  local at = assert(pdf:find(marker, 1, true))
  local boundary = "----plenary-bench-boundary"
  local function field(name, value)
    return "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"" .. name .. "\"\r\n\r\n" .. value .. "\r\n"
  end
  head = field("title", "Deadline rush") .. field("series", "GEN") .. field("source", "Benchmark")
    .. "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"rush.pdf\"\r\n"
    .. "Content-Type: application/pdf\r\n\r\n" .. pdf:sub(1, at - 1)
  tail = pdf:sub(at + #marker) .. "\r\n--" .. boundary .. "--\r\n"
  wrk.method = "POST"
  wrk.path = "/api/v1/meetings/" .. os.getenv("MEETING") .. "/tds"
  wrk.headers["Content-Type"] = "multipart/form-data; boundary=" .. boundary
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
end

function request()
  counter = counter + 1
  local unique = string.format("BENCH-%02d-%016d", index, counter) -- as long as the marker
  return wrk.format(nil, nil, nil, head .. unique .. tail)
end
