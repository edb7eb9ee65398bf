using BenchmarkDotNet.Running;
using Frontline.Bench;

// `dotnet run -c Release --project bench/Frontline.Bench -- <scenario> [options]` runs a data-volume scenario;
// anything else goes to BenchmarkDotNet (e.g. `--filter '*DomainBenchmarks*'`).
if (args.Length > 0 && Scenarios.TryGet(args[0], out var scenario))
{
    return await scenario(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(DomainBenchmarks).Assembly).Run(args);
return 0;
