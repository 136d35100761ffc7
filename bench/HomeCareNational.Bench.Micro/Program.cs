// scripts/bench.sh --micro runs every benchmark here; arguments are BenchmarkDotNet's (--filter, --job, --inProcess).
using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(HomeCareNational.Bench.Micro.ETagBenchmarks).Assembly).Run(args);
