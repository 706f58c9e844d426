using Marsad.Text;
using Marsad.Time;

namespace Marsad.Tests.Time;

/// <summary>Dates told from the date before them, and ranges; each text holds the earlier date it counts from.</summary>
public class AnaphoraAndRangeTests
{
    [Theory]
    [InlineData("قال البيان مساء الأربعاء إن سلاح الجو نفذ في اليوم نفسه غارات.", "2025-03-20", "اليوم نفسه", "2025-03-19")]
    [InlineData("هاجموا القرية مساء الجمعة. وفي اليوم التالي هاجموا السوق.", "2024-06-12", "اليوم التالي", "2024-06-08")]
    [InlineData("سقطت القذائف مساء الثلاثاء، وأوقف الجيش في اليوم التالي شخصين.", "2025-06-19", "اليوم التالي", "2025-06-18")]
    [InlineData("اعترضوا السيارة في 5 يناير، ثم أطلقوا السائق بعد يومين.", "2025-01-20", "بعد يومين", "2025-01-07")]
    [InlineData("هاجموا الموقع يوم 14 يناير. وهاجم مسلحون في التاسع من الشهر نفسه قرية.", "2025-01-20", "التاسع من الشهر نفسه", "2025-01-09")]
    [InlineData("دامت العملية حتى 9 نوفمبر، بعد هجوم فجر الثالث من الشهر ذاته.", "2025-11-20", "فجر الثالث من الشهر ذاته", "2025-11-03")]
    [InlineData("تبنى التنظيم الهجوم أمس الثلاثاء في بيان نشره مساء اليوم نفسه.", "2024-12-11", "مساء اليوم نفسه", "2024-12-10")]
    [InlineData("وقعت المجزرة يوم 11 مايو، وجاءت العملية بعد يومين من هجوم على مفرزة.", "2025-05-28", "بعد يومين", "2025-05-09")]
    [InlineData("Les assaillants ont frappé lundi soir ; l'armée a riposté le jour même.", "2024-08-14", "le jour même", "2024-08-12")]
    [InlineData("Le camp a été attaqué mardi. L'armée a frappé le lendemain les positions.", "2025-07-24", "le lendemain", "2025-07-23")]
    [InlineData("Le catéchiste a été enlevé le 28 janvier et libéré deux jours plus tard.", "2025-02-10", "deux jours plus tard", "2025-01-30")]
    [InlineData("Gunmen attacked on the night of Dec. 28. Troops clashed with them two days later.", "2025-01-05", "two days later", "2024-12-30")]
    [InlineData("Gunmen attacked on Monday. Troops clashed with them the next day.", "2025-03-26", "the next day", "2025-03-25")]
    public void Resolve_Anaphora_CountsFromTheDateBefore(string text, string reference, string expression, string date)
    {
        TimeFixture.AssertResolves(text, reference, expression, date, 1);
    }

    [Theory]
    [InlineData("سلم تسعة عناصر أنفسهم الأحد الماضي، وخلال الأسبوع نفسه سلم آخرون.", "2024-12-18", "الأسبوع نفسه", "2024-12-12", 2)]
    [InlineData("أعلنت فرنسا مقتله في نوفمبر 2018، قبل أن يظهر مطلع العام التالي.", "2025-02-25", "مطلع العام التالي", "2019-01-01", 3)]
    [InlineData("تنشط الجماعة منذ صيف 2024، بعد معارك أواخر تموز/يوليو من ذلك العام.", "2025-03-18", "أواخر تموز/يوليو من ذلك العام", "2024-07-31", 3)]
    [InlineData("وقعت اشتباكات في مارس 2023، وتجددت في الشهر ذاته.", "2025-03-18", "الشهر ذاته", "2023-03-15", 3)]
    public void Resolve_AnaphoricPeriod_CountsFromTheDateBefore(string text, string reference, string expression, string date, int precision)
    {
        TimeFixture.AssertResolves(text, reference, expression, date, precision);
    }

    [Theory]
    [InlineData("نفذت الطائرات بين 12 و15 من الشهر الجاري سلسلة غارات.", "2024-05-22", "بين 12 و15 من الشهر الجاري", "2024-05-12", "2024-05-15", "2024-05-13", 2)]
    [InlineData("قتلوا 500 شخص بين 27 و31 مارس 2022.", "2025-03-29", "بين 27 و31 مارس 2022", "2022-03-27", "2022-03-31", "2022-03-29", 2)]
    [InlineData("استمرت العملية من الخامس إلى التاسع من نوفمبر الجاري.", "2025-11-20", "من الخامس إلى التاسع من نوفمبر الجاري", "2025-11-05", "2025-11-09", "2025-11-07", 2)]
    [InlineData("وقعت الاشتباكات بين 5 و7 يناير.", "2025-01-20", "بين 5 و7 يناير", "2025-01-05", "2025-01-07", "2025-01-06", 2)]
    [InlineData("وقعت الاشتباكات من 3 حتى 20 يناير.", "2025-01-25", "من 3 حتى 20 يناير", "2025-01-03", "2025-01-20", "2025-01-11", 3)]
    [InlineData("وقعت الاشتباكات من الثلاثاء إلى الخميس.", "2025-02-14", "من الثلاثاء إلى الخميس", "2025-02-11", "2025-02-13", "2025-02-12", 2)]
    [InlineData("هاجموا البلدة ليلة الأحد إلى الاثنين.", "2025-05-14", "ليلة الأحد إلى الاثنين", "2025-05-11", "2025-05-12", "2025-05-11", 1)]
    [InlineData("هاجموا البلدة ليلة الرابع إلى الخامس من يونيو 2021.", "2025-06-05", "ليلة الرابع إلى الخامس من يونيو 2021", "2021-06-04", "2021-06-05", "2021-06-04", 1)]
    [InlineData("Les combats ont duré 27-31 mars 2022.", "2025-03-29", "27-31 mars 2022", "2022-03-27", "2022-03-31", "2022-03-29", 2)]
    [InlineData("Fighting raged between 27 and 31 March 2022.", "2025-03-29", "between 27 and 31 March 2022", "2022-03-27", "2022-03-31", "2022-03-29", 2)]
    [InlineData("Fighting raged from Tuesday to Thursday.", "2025-02-14", "from Tuesday to Thursday", "2025-02-11", "2025-02-13", "2025-02-12", 2)]
    public void Resolve_Range_CoversItsDaysAtItsMiddle(string text, string reference, string expression, string first, string last, string date, int precision)
    {
        var (_, value) = TimeFixture.Find(text, reference, expression);
        Assert.Equal((TimeFixture.Day(first), TimeFixture.Day(last), TimeFixture.Day(date), precision), (value!.First, value.Last, value.Date, value.Precision));
    }

    [Theory]
    [InlineData("خلف النزاع أكثر من 2000 قتيل في السنوات الأخيرة.")]
    [InlineData("أوقعت الهجمات ما يقرب من 2000 ضحية.")]
    [InlineData("Le conflit a fait plus de 2000 morts dans la région.")]
    public void Recognize_FigureAfterAnApproximation_IsNoYear(string text)
    {
        Assert.DoesNotContain(TimeFixture.Recognizer.Recognize(TextDocument.Create(text)), m => text[m.Span.Start..m.Span.End].Contains("2000", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_AnaphoraWithNoDateBefore_IsUnresolved()
    {
        var mention = TimeFixture.Recognizer.Recognize(TextDocument.Create("وفي اليوم التالي هاجم مسلحون السوق.")).Single();
        Assert.Null(DateRecognizer.Resolve(mention, TimeFixture.Day("2025-01-20"), null));
    }

    [Fact]
    public void ResolveAll_DayAnaphoraAfterABackgroundYear_CountsFromTheLastDay()
    {
        // "منذ عام 2023" sits between the shelling and "اليوم التالي": a year is no day to count from.
        var (_, value) = TimeFixture.Find(
            "سقطت القذائف مساء الثلاثاء. ونسب القصف إلى جماعة تحاصر المدينة منذ عام 2023، وأوقف الجيش في اليوم التالي شخصين.",
            "2025-06-19", "اليوم التالي");
        Assert.Equal(TimeFixture.Day("2025-06-18"), value!.Date);
    }

    /// <summary>A day and month named again without the year the text gave them is that day, not the latest one of that name.</summary>
    [Theory]
    [InlineData("Le 13 mars 2016, des hommes armés ont attaqué une plage. Un groupe a revendiqué l'attaque du 13 mars.", "2017-03-20", "13 mars", "2016-03-13")]
    [InlineData("في 4 يونيو 2005 هاجم مسلحون ثكنة. وتبنت الجماعة هجوم 4 يونيو في بيان.", "2006-01-10", "4 يونيو", "2005-06-04")]
    [InlineData("Le 13 mars 2016, des hommes armés ont attaqué une plage. Le 2 avril, un autre groupe a attaqué un marché.", "2017-04-20", "Le 2 avril", "2017-04-02")]
    public void Resolve_DayNamedAgainWithoutItsYear_IsTheDayNamedWithIt(string text, string reference, string expression, string date)
    {
        TimeFixture.AssertResolves(text, reference, expression, date, 1);
    }
}
