using Marsad.Time;

namespace Marsad.Tests.Time;

/// <summary>Hijri dates and feasts, converted with Um al-Qura (1 Shawwal 1446 = 30 March 2025, 1 Ramadan 1445 = 11 March 2024).</summary>
public class HijriTests
{
    [Theory]
    [InlineData("نواكشوط (الأربعاء 20 شعبان 1446 هـ): استدعت الوزارة السفير.", "2025-02-19", "الأربعاء 20 شعبان 1446 هـ", "2025-02-19")]
    [InlineData("أوقفوا المنمين يوم الخميس 14 شعبان في مرعى.", "2025-02-19", "يوم الخميس 14 شعبان", "2025-02-13")]
    [InlineData("وقع الهجوم في 1 رمضان 1445.", "2025-02-19", "1 رمضان 1445", "2024-03-11")]
    [InlineData("وقع الهجوم في 27 رمضان 1445 هـ.", "2025-02-19", "27 رمضان 1445 هـ", "2024-04-06")]
    [InlineData("وقع الهجوم في 10 محرم 1446.", "2025-02-19", "10 محرم 1446", "2024-07-16")]
    [InlineData("قُتل الجنود فجر الخامس من شهر رمضان 1446هـ قرب البلدة.", "2025-03-20", "فجر الخامس من شهر رمضان 1446هـ", "2025-03-05")]
    [InlineData("وقع الهجوم في الثالث من شهر محرم 1446.", "2025-02-19", "الثالث من شهر محرم 1446", "2024-07-09")]
    [InlineData("وقع الهجوم في 12 ربيع الأول 1446 هـ.", "2025-02-19", "12 ربيع الأول 1446 هـ", "2024-09-15")]
    [InlineData("وقع الهجوم في 5 ذو الحجة 1445.", "2025-02-19", "5 ذو الحجة 1445", "2024-06-11")]
    [InlineData("وقع الهجوم في 15 جمادى الآخرة 1446.", "2025-02-19", "15 جمادى الآخرة 1446", "2024-12-16")]
    [InlineData("قتل مصلون في مصلى عيد الفطر لعام 1446 للهجرة.", "2025-04-10", "عيد الفطر لعام 1446 للهجرة", "2025-03-30")]
    [InlineData("قتل مصلون صبيحة عيد الفطر.", "2025-04-10", "صبيحة عيد الفطر", "2025-03-30")]
    [InlineData("نحرت الأضاحي في عيد الأضحى 1445.", "2025-04-10", "عيد الأضحى 1445", "2024-06-16")]
    [InlineData("هاجموا المصلى في عيد الفطر. وفي اليوم الثاني من العيد قصفت المروحيات مواقعهم.", "2025-04-10", "اليوم الثاني من العيد", "2025-03-31")]
    [InlineData("احتفل السكان بعيد الأضحى، وفي ثالث أيام العيد هاجم مسلحون القرية.", "2025-06-20", "ثالث أيام العيد", "2025-06-08")]
    public void Resolve_HijriDay_IsItsUmAlQuraDay(string text, string reference, string expression, string date)
    {
        TimeFixture.AssertResolves(text, reference, expression, date, 1);
    }

    [Fact]
    public void Resolve_FeastWithoutWeekday_OffersTheNextDayAsTheLocalCalendarsAlternative()
    {
        var (_, value) = TimeFixture.Find("قتل ثمانية مصلين صبيحة أول أيام العيد لعام 1446 للهجرة في مصلى عيد الفطر.", "2025-04-10", "صبيحة أول أيام العيد لعام 1446 للهجرة");
        Assert.Equal((TimeFixture.Day("2025-03-30"), (DateOnly?)TimeFixture.Day("2025-03-31")), (value!.Date, value.Alternative));
    }

    [Fact]
    public void Resolve_HijriDayWithWeekday_LetsTheWeekdayChooseTheLocalDay()
    {
        // Um al-Qura puts 14 Sha'ban 1446 on Thursday 13 February; a text that says Friday is a day later.
        var (_, value) = TimeFixture.Find("وقعت الحادثة يوم الجمعة 14 شعبان 1446.", "2025-02-19", "يوم الجمعة 14 شعبان 1446");
        Assert.Equal((TimeFixture.Day("2025-02-14"), (DateOnly?)null), (value!.Date, value.Alternative));
    }

    [Theory]
    [InlineData("تزامنت الأحداث مع شهر رمضان لعام 1445 للهجرة.", "2024-04-20", "شهر رمضان لعام 1445 للهجرة", "2024-03-25", 3)]
    [InlineData("تزامنت مع الأيام الأولى من شهر رمضان لعام 1445 للهجرة.", "2024-04-20", "الأيام الأولى من شهر رمضان لعام 1445 للهجرة", "2024-03-11", 3)]
    [InlineData("تصاعدت الهجمات منذ بداية شهر رمضان.", "2025-04-01", "منذ بداية شهر رمضان", "2025-03-01", 3)]
    [InlineData("صدر الكتاب عام 1446 هـ.", "2025-04-01", "عام 1446 هـ", "2024-12-30", DateValue.YearOnly)]
    public void Resolve_HijriMonthOrYear_CoversItsDays(string text, string reference, string expression, string date, int precision)
    {
        TimeFixture.AssertResolves(text, reference, expression, date, precision);
    }

    [Fact]
    public void Recognize_TheWordEidWithNoFeastNamed_SaysNoDate()
    {
        var doc = Marsad.Text.TextDocument.Create("تبادل السكان التهاني في العيد.");
        Assert.Empty(TimeFixture.Recognizer.Recognize(doc));
    }
}
