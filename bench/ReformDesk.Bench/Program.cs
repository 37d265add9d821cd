using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/ReformDesk.Bench -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
