using System.CommandLine;
using System.Net;
using Marsad.Store;
using Marsad.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad serve</c>: the store in a browser (map, timeline, table, evidence, actors), on this machine only unless --host says otherwise.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var db = StoreArguments.Db();
        var host = new Option<string>("--host") { Description = "Address to listen on; 0.0.0.0 exposes the page to the network", DefaultValueFactory = _ => "127.0.0.1" };
        var port = new Option<int>("--port") { Description = "Port to listen on (0: any free port)", DefaultValueFactory = _ => 5080 };
        var online = new Option<bool>("--online") { Description = "Draw OpenStreetMap tiles under the offline borders (fetched from the network)" };
        var command = new Command("serve", "Open the dataset in a browser: map, timeline, filters, table, evidence and actor network (read-only)") { db, host, port, online };
        command.SetAction(async (result, cancellation) =>
        {
            if (!IPAddress.TryParse(result.GetValue(host), out var address))
            {
                Console.Error.WriteLine($"error: --host '{result.GetValue(host)}' is not an IP address (127.0.0.1, 0.0.0.0, ::1)");
                return StoreArguments.UsageError;
            }

            if (result.GetValue(port) is < 0 or > 65535)
            {
                Console.Error.WriteLine($"error: --port {result.GetValue(port)} is not a port (0 to 65535)");
                return StoreArguments.UsageError;
            }

            WebApplication app;
            try
            {
                app = MarsadWeb.Build(new ServeOptions { DbPath = StoreArguments.Location(result.GetValue(db)), Host = address, Port = result.GetValue(port), Online = result.GetValue(online) });
            }
            catch (StoreException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return StoreArguments.SomeInputsFailed;
            }

            await using (app)
            {
                try
                {
                    await app.StartAsync(cancellation);
                }
                catch (IOException e)
                {
                    Console.Error.WriteLine($"error: cannot listen on {address}:{result.GetValue(port)}: {e.Message}");
                    return StoreArguments.SomeInputsFailed;
                }

                Console.WriteLine($"Marsad is showing {StoreArguments.Shown(StoreArguments.Location(result.GetValue(db)))} at {string.Join(", ", app.Urls)} (Ctrl+C stops it)");
                await app.WaitForShutdownAsync(cancellation);
            }

            return StoreArguments.Ok;
        });
        return command;
    }
}
