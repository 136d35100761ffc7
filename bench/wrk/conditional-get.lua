-- A polling dashboard's conditional GET of the persisted document, answered 304 while nothing changed.
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")
wrk.method = "GET"
wrk.path = "/graphql?documentId=nationalTotals"
wrk.headers["Authorization"] = "Bearer " .. setting("BENCH_TOKEN")
wrk.headers["GraphQL-Require-Preflight"] = "1"
wrk.headers["If-None-Match"] = setting("BENCH_ETAG")
