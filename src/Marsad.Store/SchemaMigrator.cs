using Microsoft.Data.Sqlite;

namespace Marsad.Store;

/// <summary>
/// Brings a store to the current schema: the scripts in Migrations/ (<c>NNNN_name.sql</c>) run in
/// order, each in its own transaction with the version bump, so a store is always at one version.
/// </summary>
internal static class SchemaMigrator
{
    private const string Prefix = "Marsad.Store.Migrations.";

    public static int CurrentVersion => Scripts.Count;

    private static IReadOnlyList<string> Scripts { get; } = [.. typeof(SchemaMigrator).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)];

    public static void Migrate(SqliteConnection connection, string path)
    {
        var version = Convert.ToInt32(connection.Scalar("PRAGMA user_version"));
        if (version > Scripts.Count)
        {
            throw new StoreException($"{path}: schema version {version} is newer than this Marsad understands ({Scripts.Count}); upgrade Marsad");
        }

        for (var next = version; next < Scripts.Count; next++)
        {
            using var transaction = connection.BeginTransaction();
            connection.Execute(ReadScript(Scripts[next]), transaction);
            connection.Execute($"PRAGMA user_version = {next + 1}", transaction);
            transaction.Commit();
        }
    }

    private static string ReadScript(string name)
    {
        using var stream = typeof(SchemaMigrator).Assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
