using Marsad.Text;

namespace Marsad.Tests.Data;

public partial class ActorDataTests
{
    [Fact]
    public void Aliases_AfterFolding_NameOneActorUnlessListedAsShared()
    {
        var shared = SharedAliases.ToDictionary(s => CharFolding.Fold(s.Alias), s => s.ActorIds.Order().ToArray());
        var owners = Actors
            .SelectMany(a => AliasColumns.SelectMany(a.Values).Select(alias => (Key: CharFolding.Fold(alias), Id: a["id"])))
            .GroupBy(x => x.Key, x => x.Id)
            .ToDictionary(g => g.Key, g => g.Distinct().Order().ToArray());

        var clashes = owners.Where(o => o.Value.Length > 1 && !(shared.TryGetValue(o.Key, out var ids) && ids.SequenceEqual(o.Value)))
            .Select(o => $"'{o.Key}': {string.Join(", ", o.Value)}").ToList();
        Assert.True(clashes.Count == 0, "aliases on several actors: " + string.Join("; ", clashes));

        // The allow-list stays honest: each entry is still shared by exactly the actors it names.
        Assert.All(shared, s => Assert.True(owners.TryGetValue(s.Key, out var ids) && ids.SequenceEqual(s.Value), $"stale shared alias '{s.Key}'"));
    }

    [Fact]
    public void Aliases_WithinOneLanguageOfOneActor_AreNotRepeatedAfterFolding() =>
        Assert.All(Actors, a => Assert.All(AliasColumns, column =>
        {
            var repeated = a.Values(column).GroupBy(CharFolding.Fold).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(repeated.Count == 0, $"{a.Where} {column}: {string.Join(", ", repeated)} repeated");
        }));

    [Fact]
    public void Aliases_ArabicColumnIsArabicAndLatinColumnsAreNot()
    {
        Assert.All(Actors, a => Assert.All(a.Values("aliases_ar"), alias => Assert.True(IsArabicPhrase(alias), $"{a.Where}: '{alias}'")));
        Assert.All(Actors, a => Assert.All(a.Values("aliases_fr").Concat(a.Values("aliases_en")),
            alias => Assert.False(alias.Any(IsArabicLetter), $"{a.Where}: '{alias}'")));
    }

    [Fact]
    public void Aliases_EveryNamedActor_HasArabicFrenchAndEnglishNames()
    {
        var named = Actors.Where(a => !a["acled_name"].Contains("{country}", StringComparison.Ordinal));
        Assert.All(named, a => Assert.All(AliasColumns, c => Assert.True(a[c].Length > 0, $"{a.Where}: no {c}")));
    }

    [Fact]
    public void Aliases_NoEmptyValueOrStraySpace() =>
        Assert.All(Actors, a => Assert.All(AliasColumns.SelectMany(a.Values),
            alias => Assert.True(alias.Length > 0 && alias == alias.Trim() && !alias.Contains("  ", StringComparison.Ordinal), $"{a.Where}: '{alias}'")));

    private static bool IsArabicLetter(char c) => c is >= '\u0600' and <= '\u06FF';

    private static bool IsArabicPhrase(string text) => text.All(c => IsArabicLetter(c) || c == ' ') && text.Any(IsArabicLetter);
}
