-- National totals, POST with the persisted document's id, Dashboard.Reader token.
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")
wrk.method = "POST"
wrk.body = '{"documentId":"nationalTotals"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. setting("BENCH_TOKEN")
