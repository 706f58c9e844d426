using Marsad.Lexicon;
using Marsad.Text;

namespace Marsad.Tests.Lexicon;

public class ArabicCliticsTests
{
    [Theory]
    [InlineData("منزلي", "منزل+ي")]
    [InlineData("كتابكم", "كتاب+كم")]
    [InlineData("بيتهما", "بيت+هما بيه+هما")]
    [InlineData("قيادته", "قيادت+ه قياده+ه")]
    [InlineData("اختطفوه", "اختطفو+ه اختطفوا+ه")]
    [InlineData("هم", "")]
    [InlineData("الجيش", "")]
    public void SuffixStems_LongestSuffixFirstEachWithItsRespelling(string word, string expected)
    {
        var stems = ArabicClitics.SuffixStems(word, new char[word.Length]);
        var found = new List<string>();
        while (stems.MoveNext())
        {
            found.Add($"{stems.Current}+{stems.Suffix}");
        }

        Assert.Equal(expected, string.Join(' ', found));
    }

    [Theory]
    [InlineData("قيادة", "وقيادته", "و", "ه", "قيادت")]
    [InlineData("إطلاق سراح", "إطلاق سراحهم", "", "هم", "اطلاق سراح")]
    public void PhraseMatcher_SplitsAPronounSuffixOffTheLastWord(string phrase, string text, string prefix, string suffix, string matched)
    {
        var matcher = new PhraseMatcher<int>([(phrase, 1)]);
        var doc = TextDocument.Create(text, Language.Arabic);

        var match = Assert.Single(matcher.FindAll(doc));

        Assert.Equal((prefix, suffix, matched), (match.Prefix, match.Suffix, doc.Folded[match.NormStart..match.NormEnd]));
    }
}
