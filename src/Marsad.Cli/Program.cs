using System.CommandLine;
using System.Text;
using Marsad.Cli.Commands;
using Marsad.Pipeline;
using Marsad.Resources;

namespace Marsad.Cli;

public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error, Console.In);

    /// <summary>Runs a command line against the given streams (tests pass their own).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, TextReader input)
    {
        if (ReferenceEquals(output, Console.Out))
        {
            Console.OutputEncoding = new UTF8Encoding(false);
        }

        var root = new RootCommand("Marsad: conflict news in Arabic, French and English to an ACLED-style event dataset with evidence")
        {
            ExtractCommand.Create(output, error, input),
            IngestCommand.Create(() => MarsadPipeline.Load(ResourceStore.Embedded).Analyze),
            ReextractCommand.Create(() => MarsadPipeline.Load(ResourceStore.Embedded).Analyze),
            EventsCommand.Create(),
            ExportCommand.Create(),
            GeocodeCommand.Create(output),
            ServeCommand.Create(),
            ActorsCommand.Create(output),
            WatchCommand.Create(() => MarsadPipeline.Load(ResourceStore.Embedded).Analyze),
            SourcesCommand.Create(output),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine($"marsad: {problem.Message}");
            }

            error.WriteLine("Try 'marsad --help'.");
            return ExitCodes.Usage;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
