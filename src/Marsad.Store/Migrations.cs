namespace Marsad.Store;

/// <summary>
/// An engine's schema scripts, embedded as <c>PREFIX.NNNN_name.sql</c> (the SQLite ones from Migrations/,
/// the PostgreSQL ones from Migrations/Postgres/, the portable ones both share from Migrations/Both/): version N is the store after the first N scripts,
/// each run in its own transaction with the version bump, so a store is always at one version.
/// </summary>
internal sealed class Migrations
{
    // Scripts in portable SQL (Migrations/Both/) migrate either engine, in order with the engine's own.
    private const string Portable = "Marsad.Store.PortableMigrations.";

    public static Migrations Sqlite { get; } = new("Marsad.Store.Migrations.");

    public static Migrations Postgres { get; } = new("Marsad.Store.PostgresMigrations.");

    private Migrations(string prefix) => Scripts = [.. typeof(Migrations).Assembly.GetManifestResourceNames()
        .Where(n => (n.StartsWith(prefix, StringComparison.Ordinal) || n.StartsWith(Portable, StringComparison.Ordinal)) && n.EndsWith(".sql", StringComparison.Ordinal))
        .OrderBy(n => n[(n.StartsWith(prefix, StringComparison.Ordinal) ? prefix : Portable).Length..], StringComparer.Ordinal)];

    public IReadOnlyList<string> Scripts { get; }

    public int CurrentVersion => Scripts.Count;

    /// <summary>Refuses a store a newer Marsad has written.</summary>
    public void CheckNotNewer(int version, string location)
    {
        if (version > CurrentVersion)
        {
            throw new StoreException($"{location}: schema version {version} is newer than this Marsad understands ({CurrentVersion}); upgrade Marsad");
        }
    }

    public static string Read(string name)
    {
        using var stream = typeof(Migrations).Assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
