using Marsad.Text;

namespace Marsad.Tests.Data;

public partial class ActorDataTests
{
    private static IReadOnlyList<DataRow> Names => NameTable.Value.Rows;

    [Fact]
    public void GivenNames_Count_AtLeastTwoHundredFifty() => Assert.True(Names.Count >= 250, $"{Names.Count} names");

    [Fact]
    public void GivenNames_EachRow_IsArabicWithLatinFormsAndAKnownKind() =>
        Assert.All(Names, n =>
        {
            Assert.True(IsArabicPhrase(n["name_ar"]), $"{n.Where}: '{n["name_ar"]}'");
            Assert.True(n.Values("latin").Length > 0 && n.Values("latin").All(l => l.Length > 0 && !l.Any(IsArabicLetter)), $"{n.Where}: latin '{n["latin"]}'");
            Assert.True(NameKinds.Contains(n["kind"]), $"{n.Where}: kind '{n["kind"]}'");
        });

    [Fact]
    public void GivenNames_AfterFolding_AreUnique() => AssertUnique(Names.Select(n => (CharFolding.Fold(n["name_ar"]), n.Where)));

    [Theory]
    [InlineData("أغ", "particle")]
    [InlineData("ولد", "particle")]
    [InlineData("علي", "ambiguous_given")] // على "on" folds to علي
    [InlineData("أمين", "ambiguous_given")]
    [InlineData("سعيد", "ambiguous_given")]
    [InlineData("موسى", "given")]
    [InlineData("تراوري", "family")]
    public void GivenNames_Kind_MatchesHowNewsUsesTheWord(string name, string kind) =>
        Assert.Equal(kind, Assert.Single(Names, n => CharFolding.Fold(n["name_ar"]) == CharFolding.Fold(name))["kind"]);
}
