using Marsad.Numbers;
using Marsad.Resources;
using Marsad.Text;

namespace Marsad.Tests.Numbers;

public class MoneyRecognizerTests
{
    private static readonly NumberRecognizer Numbers = NumberRecognizer.Load(ResourceStore.Embedded);
    private static readonly MoneyRecognizer Money = MoneyRecognizer.Load(ResourceStore.Embedded);

    [Theory]
    [InlineData("ar", "طلب فدية قدرها 20 مليون فرنكا سيفا", 20000000, "CFA", false)]
    [InlineData("ar", "بعد أن دفعت أسرته 15 مليون فرنك سيفا", 15000000, "CFA", false)]
    [InlineData("ar", "طالبوا بمبلغ 40 مليون فرنك أفريقي", 40000000, "CFA", false)]
    [InlineData("ar", "فدية قدرها مليونا دولار أمريكي", 2000000, "USD", false)]
    [InlineData("ar", "خمسة ملايين فرنك سيفا عن كل رهينة", 5000000, "CFA", true)]
    [InlineData("ar", "فدية قدرها مليون نايرا عن كل امرأة", 1000000, "NGN", true)]
    [InlineData("ar", "دفع 300 ألف يورو", 300000, "EUR", false)]
    [InlineData("fr", "une rançon de 10 millions de francs CFA", 10000000, "CFA", false)]
    [InlineData("en", "a ransom of $2 million was paid", 2000000, "USD", false)]
    [InlineData("en", "demanding 50 million naira for each hostage", 50000000, "NGN", true)]
    public void Recognize_AmountWithCurrency_GivesAmountCurrencyAndPerHead(string language, string text, long amount, string currency, bool perHead)
    {
        var doc = TextDocument.Create(text, LanguageCodes.Parse(language));

        var money = Assert.Single(Money.Recognize(doc, Numbers.Recognize(doc)));

        Assert.Equal(amount, money.Amount);
        Assert.Equal(currency, money.Currency);
        Assert.Equal(perHead, money.PerHead);
    }

    [Theory]
    [InlineData("XOF", "CFA", "ML")]
    [InlineData("XOF", "CFA", "BF")]
    [InlineData("XAF", "CFA", "TD")]
    [InlineData("XOF", "CFA", null)]
    [InlineData("USD", "USD", "TD")]
    public void ResolveCfa_ByCountry_PicksTheFrancZone(string expected, string currency, string? country)
    {
        Assert.Equal(expected, CurrencyCodes.ResolveCfa(currency, country));
    }

    [Fact]
    public void Recognize_CountWithoutCurrency_IsNotMoney()
    {
        var doc = TextDocument.Create("قتل 20 جنديا في الهجوم");

        Assert.Empty(Money.Recognize(doc, Numbers.Recognize(doc)));
    }
}
