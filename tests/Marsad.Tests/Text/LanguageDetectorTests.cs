using Marsad.Text;

namespace Marsad.Tests.Text;

public class LanguageDetectorTests
{
    [Theory]
    [InlineData("BAMAKO – Gunmen opened fire on a restaurant in Bamako on Friday night, killing five, police said.", Language.English)]
    [InlineData("BAMAKO – Des hommes armés ont ouvert le feu sur un restaurant de Bamako vendredi soir, selon la police.", Language.French)]
    [InlineData("باماكو – أطلق مسلحون النار على مطعم في العاصمة مساء الجمعة.", Language.Arabic)]
    [InlineData("Kati 2024", Language.Other)]
    public void Create_ShortNewsItem_DetectsItsLanguage(string text, Language expected)
    {
        Assert.Equal(expected, TextDocument.Create(text).Language);
    }
}
