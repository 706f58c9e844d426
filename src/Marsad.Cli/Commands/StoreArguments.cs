using System.CommandLine;
using System.Globalization;
using System.Reflection;
using Marsad.Resources;
using Marsad.Store;

namespace Marsad.Cli.Commands;

/// <summary>The options every store command shares: where the store is, and which events to read.</summary>
internal static class StoreArguments
{
    public const int Ok = 0, SomeInputsFailed = 1, UsageError = 2;

    /// <summary>The environment variable that names the store when --db is not given.</summary>
    public const string DbVariable = "MARSAD_DB";

    /// <summary>The --db option; <see cref="Location"/> gives its value or the default (read then, so help never shows a password).</summary>
    public static Option<string?> Db() => new("--db")
    {
        Description = $"The store: a SQLite file, or a PostgreSQL database as postgresql://user@host:5432/marsad (default: ${DbVariable}, else marsad.db)",
    };

    /// <summary>Where the store is: --db, else $MARSAD_DB, else marsad.db.</summary>
    public static string Location(string? db) =>
        db ?? (Environment.GetEnvironmentVariable(DbVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : "marsad.db");

    /// <summary>The store's location for messages: a URI loses its password.</summary>
    public static string Shown(string location) => PostgresLocation.IsUri(location) ? PostgresLocation.Redact(location) : location;

    /// <summary>Identifies the extractor that produced stored events: the build and the data it was built with.</summary>
    public static string ExtractorVersion()
    {
        var assembly = typeof(Article).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";
        return $"{version}/{ResourceStore.Embedded.Fingerprint(ResourceStore.Embedded.List(""))}";
    }

    public static MarsadStore? OpenExisting(string path) => Open(path, new StoreOptions { MustExist = true });

    /// <summary>The store at <paramref name="path"/>, created when there is none; null after reporting a file that is not a store.</summary>
    public static MarsadStore? OpenOrCreate(string path) => Open(path, StoreOptions.Default);

    private static MarsadStore? Open(string path, StoreOptions options)
    {
        try
        {
            return MarsadStore.Open(path, options);
        }
        catch (StoreException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return null;
        }
    }

    /// <summary>Runs <paramref name="use"/> on the store at <paramref name="path"/>; when there is none, reports it and fails.</summary>
    public static int WithExistingStore(string path, Func<MarsadStore, int> use)
    {
        using var store = OpenExisting(path);
        return store is null ? SomeInputsFailed : use(store);
    }
}

/// <summary>The filters of <c>marsad events</c> and <c>marsad export</c>.</summary>
internal sealed class FilterOptions
{
    private readonly Option<string?> _since = new("--since") { Description = "Events on or after this date (YYYY-MM-DD)" };
    private readonly Option<string?> _until = new("--until") { Description = "Events on or before this date (YYYY-MM-DD)" };
    private readonly Option<string?> _country = new("--country") { Description = "Country, as ACLED spells it (Mali, Burkina Faso)" };
    private readonly Option<string?> _admin1 = new("--admin1") { Description = "First-level region (Gao, Tillaberi)" };
    private readonly Option<string?> _type = new("--type") { Description = "ACLED event type (Battles, \"Violence against civilians\")" };
    private readonly Option<string?> _subType = new("--sub-type") { Description = "ACLED sub-event type (\"Abduction/forced disappearance\")" };
    private readonly Option<string?> _actor = new("--actor") { Description = "Part of an actor's name (JNIM, Wagner)" };
    private readonly Option<string?> _text = new("--text") { Description = "Text in the articles or events; Arabic spelling variants match (أ/ا, ة/ه, ى/ي, diacritics)" };
    private readonly Option<bool> _raw = new("--raw") { Description = "Every extracted event, not deduplicated incidents" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _since, _until, _country, _admin1, _type, _subType, _actor, _text, _raw })
        {
            command.Options.Add(option);
        }
    }

    public bool Raw(ParseResult result) => result.GetValue(_raw);

    /// <summary>The filter, or null after reporting a malformed date.</summary>
    public EventFilter? Filter(ParseResult result)
    {
        if (!TryDate(result.GetValue(_since), "--since", out var since) || !TryDate(result.GetValue(_until), "--until", out var until))
        {
            return null;
        }

        return new EventFilter
        {
            Since = since, Until = until, Country = result.GetValue(_country), Admin1 = result.GetValue(_admin1),
            EventType = result.GetValue(_type), SubEventType = result.GetValue(_subType), Actor = result.GetValue(_actor), Text = result.GetValue(_text),
        };
    }

    private static bool TryDate(string? value, string option, out DateOnly? date)
    {
        date = null;
        if (value is null)
        {
            return true;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        Console.Error.WriteLine($"error: {option} '{value}' is not a date (YYYY-MM-DD)");
        return false;
    }
}
