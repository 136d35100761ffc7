-- Raw Kestrel (bench/HomeCareNational.Bench.Baseline): the analyst's request, without a token.
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")
wrk.method = "POST"
wrk.body = national_totals_query_body()
wrk.headers["Content-Type"] = "application/json"
