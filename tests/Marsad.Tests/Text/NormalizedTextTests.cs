using Marsad.Text;

namespace Marsad.Tests.Text;

public class NormalizedTextTests
{
    [Theory]
    [InlineData("قُتِلَ", "قتل")]
    [InlineData("الإسلامـــية", "الاسلاميه")]
    [InlineData("أريبندا", "اريبندا")]
    [InlineData("مستشفى", "مستشفي")]
    [InlineData("مسؤول", "مسوول")]
    [InlineData("١٥ جنديا", "15 جنديا")]
    [InlineData("۲۰۲۴", "2024")]
    [InlineData("ﻻ", "لا")]
    [InlineData("کیدال", "كيدال")]
    [InlineData("گاو", "غاو")]
    [InlineData("Ménaka", "menaka")]
    [InlineData("Tillabéri", "tillaberi")]
    [InlineData("œuvre", "oeuvre")]
    [InlineData("a\u200Fb\u200Ec", "abc")]
    [InlineData("x\u00A0y", "x y")]
    public void Create_FoldsLikeMatchingNeeds(string original, string folded)
    {
        Assert.Equal(folded, NormalizedText.Create(original).Value);
    }

    [Fact]
    public void ToOriginal_MapsAWordWithDiacriticsBackToItsOriginalCharacters()
    {
        const string original = "وقُتِلَ ثلاثة";
        var norm = NormalizedText.Create(original);
        var start = norm.Value.IndexOf("قتل", StringComparison.Ordinal);
        var span = norm.ToOriginal(start, start + 3);
        Assert.Equal("قُتِلَ", original[span.Start..span.End]);
    }
}
