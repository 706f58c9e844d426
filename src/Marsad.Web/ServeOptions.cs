using System.Net;

namespace Marsad.Web;

/// <summary>How <c>marsad serve</c> runs: which store, where it listens, and its limits.</summary>
public sealed record ServeOptions
{
    /// <summary>The store: a SQLite file, or a PostgreSQL database's <c>postgresql://</c> URI.</summary>
    public required string DbPath { get; init; }

    /// <summary>The address to listen on: loopback unless the user exposes the page on purpose.</summary>
    public IPAddress Host { get; init; } = IPAddress.Loopback;

    /// <summary>The port; 0 takes any free one.</summary>
    public int Port { get; init; } = 5080;

    /// <summary>When true the map adds OpenStreetMap tiles under the offline borders (needs the network).</summary>
    public bool Online { get; init; }

    /// <summary>Requests each client may make per second, sustained; bursts up to <see cref="RequestBurst"/>.</summary>
    public int RequestsPerSecond { get; init; } = 50;

    public int RequestBurst { get; init; } = 200;
}
