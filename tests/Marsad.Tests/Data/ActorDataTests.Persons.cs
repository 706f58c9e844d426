using System.Text.RegularExpressions;
using Marsad.Text;

namespace Marsad.Tests.Data;

public partial class ActorDataTests
{
    private static IReadOnlyList<DataRow> Persons => PersonTable.Value.Rows;

    [Fact]
    public void Persons_Count_AtLeastTwoHundred() => Assert.True(Persons.Count >= 200, $"{Persons.Count} persons");

    [Fact]
    public void Persons_IdsAndNames_AreUnique()
    {
        Assert.All(Persons, p => Assert.Matches(Slug(), p["id"]));
        AssertUnique(Persons.Select(p => (p["id"], p.Where)));
        AssertUnique(Persons.Select(p => (CharFolding.Fold(p["name"]), p.Where)));
    }

    [Fact]
    public void Persons_GroupAndRole_AreKnown() =>
        Assert.All(Persons, p =>
        {
            Assert.True(ActorIds.Contains(p["group"]), $"{p.Where}: unknown group '{p["group"]}'");
            Assert.True(Roles.Contains(p["role"]), $"{p.Where}: role '{p["role"]}'");
        });

    [Fact]
    public void Persons_FromAndTo_AreYearsOrDatesInOrder() =>
        Assert.All(Persons, p =>
        {
            Assert.Matches(YearOrDate(), p["from"]);
            Assert.Matches(YearOrDate(), p["to"]);
            Assert.True(p["from"].Length == 0 || p["to"].Length == 0 || string.CompareOrdinal(p["from"], p["to"]) <= 0, $"{p.Where}: to before from");
        });

    [Fact]
    public void Persons_Fate_IsEmptyOrOutcomeDateAndKnownActor() =>
        Assert.All(Persons.Where(p => p["fate"].Length > 0), p =>
        {
            var match = Fate().Match(p["fate"]);
            Assert.True(match.Success, $"{p.Where}: fate '{p["fate"]}'");
            var by = match.Groups["actor"].Value;
            Assert.True(by.Length == 0 || ActorIds.Contains(by), $"{p.Where}: unknown actor '{by}' in fate");
        });

    [Fact]
    public void Persons_Names_PointAtOnePersonAndNeverAtAnActor()
    {
        var actorAliases = Actors.SelectMany(a => AliasColumns.SelectMany(a.Values)).Select(CharFolding.Fold).ToHashSet();
        var names = Persons.SelectMany(p => p.Values("aliases_ar").Concat(p.Values("aliases_latin")).Append(p["name"])
            .Select(n => (Key: CharFolding.Fold(n), p.Where))).ToList();
        AssertUnique(names.DistinctBy(n => (n.Key, n.Where)));
        Assert.All(names, n => Assert.False(actorAliases.Contains(n.Key), $"{n.Where}: '{n.Key}' is also an actor alias"));
    }

    [Fact]
    public void Persons_ArabicAliases_AreArabicAndLatinOnesAreNot() =>
        Assert.All(Persons, p =>
        {
            Assert.True(p.Values("aliases_ar").Length > 0, $"{p.Where}: no Arabic spelling");
            Assert.All(p.Values("aliases_ar"), a => Assert.True(IsArabicPhrase(a), $"{p.Where}: '{a}'"));
            Assert.All(p.Values("aliases_latin").Append(p["name"]), a => Assert.False(a.Any(IsArabicLetter), $"{p.Where}: '{a}'"));
        });

    [Fact]
    public void Persons_Sources_AreDocumentedKeys() => AssertSources(Persons);

    [GeneratedRegex(@"^(\d{4}(-\d{2}(-\d{2})?)?)?$")]
    private static partial Regex YearOrDate();

    [GeneratedRegex(@"^(killed|reported_killed|died|captured|detained|surrendered) \d{4}(-\d{2}(-\d{2})?)?( (by|to) (?<actor>[a-z0-9-]+))?$")]
    private static partial Regex Fate();
}
