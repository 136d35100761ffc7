-- National totals, POST with the query text, Ministry.Analyst token.
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")
wrk.method = "POST"
wrk.body = national_totals_query_body()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. setting("BENCH_TOKEN")
