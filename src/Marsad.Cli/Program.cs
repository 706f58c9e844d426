using System.CommandLine;
using Marsad.Cli.Commands;

namespace Marsad.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("Marsad: conflict news to an ACLED-style event dataset");
        root.Subcommands.Add(EventsCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        return root.Parse(args).Invoke();
    }
}
