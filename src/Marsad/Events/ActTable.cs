using System.Collections.Frozen;
using Marsad.Resources;

namespace Marsad.Events;

/// <summary>Families of acts: frames of one family (or outcomes such as deaths) can tell one incident.</summary>
public enum ActFamily
{
    /// <summary>Deaths, shots, looting, burning, wounds: what happened in an incident of any kind.</summary>
    Outcome,
    Ground,
    Abduction,
    Air,
    Explosive,
    Shelling,
    Disrupted,
    Detention,
    Demonstration,
    Mob,
    GroupChange,
    Agreement,
    Territory,
    Coup,
}

/// <summary>Whether an act is violence on the ground, violence from afar, or neither.</summary>
public enum ActMode
{
    None,
    Ground,
    Remote,
}

/// <summary>What an act is, whatever the language that names it: one row of <c>data/lexicon/acts.tsv</c>.</summary>
/// <param name="Act">The act.</param>
/// <param name="Family">Which incidents it can tell.</param>
/// <param name="Precedence">Among the acts of one incident, the lowest decides the type.</param>
/// <param name="Counts">What a named victim of it counts as: <see cref="Act.Kill"/>, <see cref="Act.Abduct"/> or null.</param>
/// <param name="Mode">Ground or remote violence, or neither.</param>
/// <param name="SupportingOnly">Never an event on its own (wounds).</param>
/// <param name="Aftermath">Told after the incident (a release, wounds): its date does not date the incident.</param>
/// <param name="AnyMeans">Names violence without its means (an attack, an operation): it can tell a strike, a blast or shelling.</param>
public sealed record ActInfo(Act Act, ActFamily Family, int Precedence, Act? Counts, ActMode Mode, bool SupportingOnly, bool Aftermath, bool AnyMeans)
{
    public bool IsGroundViolence => Mode == ActMode.Ground;

    public bool IsRemoteViolence => Mode == ActMode.Remote;

    public bool IsGroupChange => Family == ActFamily.GroupChange;
}

/// <summary>The acts table (<c>data/lexicon/acts.tsv</c>): every <see cref="Act"/> has exactly one row.</summary>
public sealed class ActTable
{
    private const string Path = "lexicon/acts.tsv";
    private readonly FrozenDictionary<Act, ActInfo> _rows;

    private ActTable(FrozenDictionary<Act, ActInfo> rows) => _rows = rows;

    public ActInfo this[Act act] => _rows[act];

    public static ActTable Load(ResourceStore store)
    {
        var table = TsvTable.Read(store, Path, "act", "family", "precedence", "counts", "mode", "supporting", "aftermath", "any_means");
        var rows = new Dictionary<Act, ActInfo>();
        foreach (var row in table.Rows)
        {
            var act = ParseAct(row, row["act"]);
            var counts = row.Optional("counts") switch
            {
                null => (Act?)null,
                "killed" => Act.Kill,
                "abducted" => Act.Abduct,
                var other => throw row.Fail($"unknown count role '{other}'"),
            };
            var info = new ActInfo(act, Parse<ActFamily>(row, "family"), (int)row.WholeNumber("precedence"), counts,
                row.Optional("mode") is null ? ActMode.None : Parse<ActMode>(row, "mode"), YesNo(row, "supporting"), YesNo(row, "aftermath"), YesNo(row, "any_means"));
            if (!rows.TryAdd(act, info))
            {
                throw row.Fail($"act '{row["act"]}' listed twice");
            }
        }

        var missing = Enum.GetValues<Act>().Where(a => !rows.ContainsKey(a)).ToList();
        return missing.Count > 0
            ? throw new ResourceFormatException($"{table.Origin}: no row for {string.Join(", ", missing)}")
            : new ActTable(rows.ToFrozenDictionary());
    }

    /// <summary>The act that decides the type among those of one incident.</summary>
    public Act Dominant(IEnumerable<Act> acts) => acts.MinBy(a => _rows[a].Precedence);

    internal static Act ParseAct(TsvRow row, string name) =>
        Enum.TryParse<Act>(name, ignoreCase: true, out var act) && !int.TryParse(name, out _) ? act : throw row.Fail($"unknown act '{name}'");

    private static T Parse<T>(TsvRow row, string column)
        where T : struct, Enum =>
        Enum.TryParse<T>(row[column].Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var value) && !int.TryParse(row[column], out _)
            ? value
            : throw row.Fail($"unknown {column} '{row[column]}'");

    private static bool YesNo(TsvRow row, string column) => row[column] switch
    {
        "yes" => true,
        "no" => false,
        var other => throw row.Fail($"'{column}' is yes or no, not '{other}'"),
    };
}
