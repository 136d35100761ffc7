// The load driver of scripts/bench.sh: one scenario per run, each printing one markdown row of the results table.
//   load          the synthetic register at --scale into an empty service, through the mutations
//   freshness     --count edits, each timed to its live-totals event
//   edits         --count sequential single-record edits
//   writers       --writers concurrent writers for --seconds on one ~3,000-institution prefecture
//   first-answer  from --started-ms to the first national answer counting --designations
using HomeCareNational.Bench.Load;

var arguments = DriverArguments.Parse(args);
using var client = new GraphQLClient(arguments.Url);
var tokens = new BenchTokens(arguments.HostRoot);
var registers = SyntheticRegister.Generate(arguments.Scale);
var targets = new EditTargets(registers);
Func<Task> scenario = arguments.Command switch
{
    "load" => new LoadScenario(client, tokens, arguments.Scale).RunAsync,
    "freshness" => new FreshnessScenario(client, tokens, targets, arguments.Count).RunAsync,
    "edits" => new SequentialEditsScenario(client, tokens, targets, arguments.Count).RunAsync,
    "writers" => new ConcurrentWritersScenario(client, tokens, registers[ConcurrentWritersScenario.Prefecture], arguments.Writers, arguments.Duration).RunAsync,
    "first-answer" => new FirstAnswerScenario(client, tokens, arguments.Started, arguments.Designations, arguments.Label).RunAsync,
    _ => throw new ArgumentException($"Unknown command '{arguments.Command}'."),
};
await scenario();
