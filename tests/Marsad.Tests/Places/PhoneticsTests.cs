using CsCheck;
using Marsad.Places;
using Marsad.Text;

namespace Marsad.Tests.Places;

public sealed class PhoneticsTests
{
    [Theory]
    [InlineData("جيبو", "Djibo")]
    [InlineData("دجيبو", "Djibo")]
    [InlineData("أريبندا", "Aribinda")]
    [InlineData("أربيندا", "Arbinda")]
    [InlineData("تيلابيري", "Tillabéri")]
    [InlineData("فارابوغو", "Farabougou")]
    [InlineData("ميناكا", "Ménaka")]
    [InlineData("منكا", "Ménaka")]
    [InlineData("والام", "Ouallam")]
    [InlineData("تيننكو", "Ténenkou")]
    [InlineData("دوينتزا", "Douentza")]
    [InlineData("تشاد", "Tchad")]
    [InlineData("قيرا", "Guéra")]
    [InlineData("جاو", "Gao")]
    [InlineData("غوزا", "Gwoza")]
    [InlineData("إنتاهاكا", "Intahaka")]
    [InlineData("أيورو", "Ayorou")]
    [InlineData("أوغادوغو", "Ouagadougou")]
    public void Similarity_ArabicSpellingOfTheName_IsHigh(string arabic, string latin)
    {
        var query = Phonetics.FromArabic(CharFolding.Fold(arabic));
        var target = Phonetics.FromLatin(CharFolding.Fold(latin));

        Assert.True(Phonetics.Similarity(query, target) >= 0.85, $"{query} ~ {target}: {Phonetics.Similarity(query, target):0.00}");
        Assert.Equal(Phonetics.Key(target), Phonetics.Key(query));
    }

    /// <summary>An Arabic spelling that ends on a consonant letter spells a name that ends there, not one with a last vowel it leaves out.</summary>
    [Theory]
    [InlineData("كولوجون", "Koulogon", "Koulogona")]
    [InlineData("بوروم", "Bouroum", "Bouroumo")]
    [InlineData("تاكوبات", "Takoubat", "Takoubata")]
    public void Similarity_ArabicEndingOnAConsonant_PrefersTheNameEndingThere(string arabic, string closed, string open)
    {
        var folded = CharFolding.Fold(arabic);
        var query = Phonetics.FromArabic(folded);
        var closedEnd = Phonetics.EndsOnConsonant(folded);
        double Score(string latin) => Phonetics.Similarity(query, Phonetics.FromLatin(CharFolding.Fold(latin)), 0, closedEnd);

        Assert.True(closedEnd);
        Assert.True(Score(closed) - Score(open) > 0.15, $"{closed} {Score(closed):0.00} vs {open} {Score(open):0.00}");
    }

    [Theory]
    [InlineData("منكا")]
    [InlineData("كونة")]
    [InlineData("تيليا")]
    public void EndsOnConsonant_ArabicEndingOnAVowelLetter_IsFalse(string arabic) =>
        Assert.False(Phonetics.EndsOnConsonant(CharFolding.Fold(arabic)));

    [Theory]
    [InlineData("جيبو", "Dori")]
    [InlineData("تيلابيري", "Tillia")]
    [InlineData("منكا", "Mopti")]
    [InlineData("بانكاس", "Banamba")]
    public void Similarity_OtherName_IsLow(string arabic, string latin)
    {
        var query = Phonetics.FromArabic(CharFolding.Fold(arabic));
        var target = Phonetics.FromLatin(CharFolding.Fold(latin));

        Assert.True(Phonetics.Similarity(query, target) < 0.7, $"{query} ~ {target}: {Phonetics.Similarity(query, target):0.00}");
    }

    [Theory]
    [InlineData("أومبوري", "Hombori", "Yombori")]
    [InlineData("أوندي", "Houndé", "Yondé")]
    public void Similarity_InitialAlifCarrierAndMuteH_PreferTheFrenchName(string arabic, string latin, string other)
    {
        var query = Phonetics.FromArabic(CharFolding.Fold(arabic));

        Assert.True(Phonetics.Similarity(query, Phonetics.FromLatin(CharFolding.Fold(latin))) > Phonetics.Similarity(query, Phonetics.FromLatin(CharFolding.Fold(other))));
    }

    [Theory]
    [InlineData("Djibo", "jIbU")]
    [InlineData("Tchad", "cAd")]
    [InlineData("Macina", "mAsInA")]
    [InlineData("Barsalogho", "bArsAlUgU")]
    [InlineData("Ouahigouya", "UAhIgUIA")]
    public void FromLatin_FrenchSpelling_GivesPhonemes(string latin, string expected) =>
        Assert.Equal(expected, Phonetics.FromLatin(CharFolding.Fold(latin)));

    [Fact]
    public void Similarity_OfAnyNameWithItself_IsOne() =>
        Gen.String[Gen.Char["abdefgiklmnorstuz"], 1, 30].Sample(s =>
        {
            var p = Phonetics.FromLatin(s);
            return p.Length == 0 || Math.Abs(Phonetics.Similarity(p, p) - 1) < 1e-9;
        });

    [Fact]
    public void Similarity_IsBetweenZeroAndOne() =>
        Gen.Select(Gen.String[Gen.Char["abdegiklmnostu"], 1, 20], Gen.String[Gen.Char["ابتجدرسغفكلمنوي"], 1, 20]).Sample((latin, arabic) =>
        {
            var score = Phonetics.Similarity(Phonetics.FromArabic(arabic), Phonetics.FromLatin(latin));
            return score is >= 0 and <= 1;
        });
}
