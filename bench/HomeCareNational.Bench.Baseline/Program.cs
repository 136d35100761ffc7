// Raw Kestrel returning the bytes the service answers to the national-totals query: no GraphQL, no token, no grain
// call. scripts/bench.sh measures every service path as a share of this, in the same run, on the same cores.
// Usage: HomeCareNational.Bench.Baseline --body FILE --urls http://127.0.0.1:PORT
using HomeCareNational.Bench.Baseline;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var body = await File.ReadAllBytesAsync(builder.Configuration[BaselineSettings.BodyKey]
    ?? throw new InvalidOperationException($"--{BaselineSettings.BodyKey} FILE is required: the response body to serve."));

var app = builder.Build();
app.MapMethods("/graphql", [HttpMethods.Get, HttpMethods.Post], () => Results.Bytes(body, BaselineSettings.MediaType));
app.Run();
