using BenchmarkDotNet.Running;

namespace Marsad.Bench.Places;

/// <summary><c>dotnet run -c Release --project bench/Marsad.Bench.Places -- --filter '*'</c>.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
