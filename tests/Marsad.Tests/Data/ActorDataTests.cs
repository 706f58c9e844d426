using System.Globalization;
using System.Text.RegularExpressions;
using Marsad.Events;

namespace Marsad.Tests.Data;

/// <summary>
/// Consistency of the actor, period, person and given-name files in <c>data/</c>: shape, references
/// between files, period arithmetic, and aliases that would make one name point at two actors.
/// </summary>
public partial class ActorDataTests
{
    // Aliases that really name two actors in news; the event's country or date picks one.
    // Every other folded alias must belong to a single actor (e.g. القاعدة is al-qaeda, never aqim).
    private static readonly (string Alias, string[] ActorIds)[] SharedAliases =
    [
        ("CNSP", ["ml-government", "ne-government"]), // Mali's 2020 junta and Niger's 2023 junta
        ("BIR", ["bf-military", "cm-military"]), // both armies call their rapid intervention battalions BIR
    ];

    private static readonly string[] AliasColumns = ["aliases_ar", "aliases_fr", "aliases_en"];
    private static readonly HashSet<string> Sources = ["acled", "eval", "wikipedia"];
    private static readonly HashSet<string> Roles = ["leader", "founder", "commander", "spokesman", "emir", "official"];
    private static readonly HashSet<string> NameKinds = ["given", "ambiguous_given", "family", "particle"];

    private static readonly Lazy<DataTable> ActorTable = new(() => DataTable.Load("actors/actors.tsv"));
    private static readonly Lazy<DataTable> PeriodTable = new(() => DataTable.Load("actors/periods.tsv"));
    private static readonly Lazy<DataTable> PersonTable = new(() => DataTable.Load("actors/persons.tsv"));
    private static readonly Lazy<DataTable> NameTable = new(() => DataTable.Load("lexicon/ar/given_names.tsv"));

    private static IReadOnlyList<DataRow> Actors => ActorTable.Value.Rows;

    private static HashSet<string> ActorIds => Actors.Select(a => a["id"]).ToHashSet();

    [Theory]
    [InlineData("actors/actors.tsv", "id acled_name kind country parent aliases_ar aliases_fr aliases_en source")]
    [InlineData("actors/periods.tsv", "actor_id valid_from valid_to acled_name source")]
    [InlineData("actors/persons.tsv", "id name aliases_ar aliases_latin group role from to fate source")]
    [InlineData("lexicon/ar/given_names.tsv", "name_ar latin kind")]
    public void Load_EveryFile_HasItsHeaderAndThatManyCellsOnEveryRow(string path, string columns)
    {
        var table = DataTable.Load(path);
        Assert.Equal(columns.Split(' '), table.Header);
        Assert.NotEmpty(table.Rows);
        Assert.All(table.Rows, row => Assert.True(row.CellCount == table.Header.Length, $"{row.Where}: {row.CellCount} cells"));
    }

    [Fact]
    public void Actors_Count_AtLeastSixty() => Assert.True(Actors.Count >= 60, $"{Actors.Count} actors");

    [Fact]
    public void Actors_Ids_AreUniqueSlugs()
    {
        Assert.All(Actors, a => Assert.Matches(Slug(), a["id"]));
        AssertUnique(Actors.Select(a => (a["id"], a.Where)));
    }

    [Fact]
    public void Actors_AcledNames_AreUniqueAndNonEmpty()
    {
        Assert.All(Actors, a => Assert.False(string.IsNullOrWhiteSpace(a["acled_name"]), a.Where));
        AssertUnique(Actors.Select(a => (a["acled_name"], a.Where)));
    }

    [Fact]
    public void Actors_Kind_IsAnActorKind() =>
        Assert.All(Actors, a => Assert.True(ActorKinds.All.Contains(a["kind"]), $"{a.Where}: kind '{a["kind"]}'"));

    [Fact]
    public void Actors_Country_IsEmptyOrACountryOfCountriesTsv()
    {
        var countries = DataTable.Load("countries.tsv").Rows.Select(c => c["iso2"]).ToHashSet();
        Assert.All(Actors, a => Assert.True(a["country"].Length == 0 || countries.Contains(a["country"]), $"{a.Where}: country '{a["country"]}'"));
    }

    [Fact]
    public void Actors_Parent_ExistsAndNoChainComesBackToItself()
    {
        var parents = Actors.ToDictionary(a => a["id"], a => a["parent"]);
        foreach (var actor in Actors)
        {
            var seen = new HashSet<string> { actor["id"] };
            for (var parent = actor["parent"]; parent.Length > 0; parent = parents[parent])
            {
                Assert.True(parents.ContainsKey(parent), $"{actor.Where}: unknown parent '{parent}'");
                Assert.True(seen.Add(parent), $"{actor.Where}: parent chain loops through '{parent}'");
            }
        }
    }

    [Fact]
    public void Actors_CountryTemplates_HaveNoAliasesAndNoCountry()
    {
        var templates = Actors.Where(a => a["acled_name"].Contains("{country}", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(templates);
        Assert.All(templates, t => Assert.True(
            t["country"].Length == 0 && AliasColumns.All(c => t[c].Length == 0), $"{t.Where}: a template carries a country or aliases"));
    }

    [Fact]
    public void Actors_Sources_AreDocumentedKeys() => AssertSources(Actors);

    private static void AssertSources(IEnumerable<DataRow> rows) =>
        Assert.All(rows, r => Assert.True(r.Values("source").Length > 0 && r.Values("source").All(Sources.Contains), $"{r.Where}: source '{r["source"]}'"));

    private static void AssertUnique(IEnumerable<(string Key, string Where)> items)
    {
        var duplicates = items.GroupBy(i => i.Key).Where(g => g.Count() > 1)
            .Select(g => $"'{g.Key}' at {string.Join(", ", g.Select(i => i.Where))}").ToList();
        Assert.True(duplicates.Count == 0, string.Join("; ", duplicates));
    }

    private static bool IsIsoDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}
