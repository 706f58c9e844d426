using Marsad.Text;
using Marsad.Time;

namespace Marsad.Tests.Time;

/// <summary>Background constructions and the date threshold that separates background from news.</summary>
public class BackgroundTests
{
    [Theory]
    [InlineData("وكانت السلطات قد أطلقت العام الماضي حملة تجنيد.", BackgroundCueKind.Pluperfect, "وكانت السلطات قد")]
    [InlineData("وكانت الحركات المنضوية في «الإطار الاستراتيجي الدائم» قد أعلنت اندماجها.", BackgroundCueKind.Pluperfect, "وكانت الحركات المنضوية في «الإطار الاستراتيجي الدائم» قد")]
    [InlineData("وسبق أن هاجمت الجماعة القاعدة نفسها.", BackgroundCueKind.Previously, "وسبق أن")]
    [InlineData("وهو ما عده مراقبون آنذاك ضربة موجعة.", BackgroundCueKind.Then, "آنذاك")]
    [InlineData("أحيا السكان الذكرى الخامسة للهجوم.", BackgroundCueKind.Anniversary, "أحيا")]
    [InlineData("عمل تحت قيادة الزعيم منصور، الذي قُتل على يد القوات الفرنسية.", BackgroundCueKind.RelativePast, "الذي قُتل")]
    [InlineData("يعاني السكان من الحصار منذ عام 2022.", BackgroundCueKind.Since, "منذ")]
    [InlineData("أسس كوفا الجبهة عام 2015.", BackgroundCueKind.Founding, "أسس")]
    [InlineData("Des sources locales évoquaient à l'époque 160 morts.", BackgroundCueKind.Then, "à l'époque")]
    [InlineData("Cette frappe rappelle le bombardement de Bounti.", BackgroundCueKind.Recall, "rappelle")]
    [InlineData("Le FLA, né fin 2024 de la fusion des mouvements, a réagi.", BackgroundCueKind.Founding, "né fin 2024 de la fusion")]
    [InlineData("The girls were abducted ten years ago.", BackgroundCueKind.YearsAgo, "years ago")]
    [InlineData("ISWAP, which split from Boko Haram in 2016, claimed it.", BackgroundCueKind.Founding, "split from")]
    [InlineData("Rights groups used the anniversary to press the government.", BackgroundCueKind.Anniversary, "anniversary")]
    [InlineData("ويأتي الهجوم الذي استهدف ثكنة للدرك قرب الحدود مع النيجر، بعد يومين من كمين مماثل.", BackgroundCueKind.ComesAfter, "ويأتي الهجوم الذي استهدف ثكنة للدرك قرب الحدود مع النيجر، بعد")]
    [InlineData("ويأتي الهجوم الذي استهدف ثكنة للدرك قرب الحدود مع النيجر، بعد أسبوعين من كمين مماثل.", BackgroundCueKind.ComesLongAfter, "ويأتي الهجوم الذي استهدف ثكنة للدرك قرب الحدود مع النيجر، بعد أسبوعين من")]
    [InlineData("Cette attaque survient trois semaines après une embuscade.", BackgroundCueKind.ComesLongAfter, "survient trois semaines après")]
    [InlineData("Ces frappes interviennent deux mois après que l'armée a repris Anefis.", BackgroundCueKind.ComesLongAfter, "interviennent deux mois après")]
    [InlineData("Cette embuscade survient deux jours après une attaque à Boni.", BackgroundCueKind.ComesAfter, "survient deux jours après")]
    [InlineData("Pour rappel, l'armée avait perdu 12 hommes à Dioura.", BackgroundCueKind.Recall, "Pour rappel")]
    [InlineData("The raid comes a month after an ambush on the same road.", BackgroundCueKind.ComesLongAfter, "comes a month after")]
    [InlineData("ووقع الكمين بعد قرابة شهرين من هجوم على الثكنة ذاتها.", BackgroundCueKind.ComesLongAfter, "بعد قرابة شهرين من")]
    [InlineData("وتأتي الغارة بعد ثلاث سنوات على مذبحة في القرية.", BackgroundCueKind.ComesLongAfter, "بعد ثلاث سنوات على")]
    [InlineData("ويأتي الهجوم الجديد بعد نحو شهر من كمين مماثل.", BackgroundCueKind.ComesLongAfter, "بعد نحو شهر من")]
    [InlineData("Six mois après l'attaque du poste, le camp reste vide.", BackgroundCueKind.ComesLongAfter, "mois après")]
    [InlineData("وهو الهجوم الأكثر دموية منذ بداية العام.", BackgroundCueKind.Comparison, "الأكثر دموية منذ")]
    [InlineData("C'est l'attaque la plus meurtrière contre l'armée depuis 2019.", BackgroundCueKind.Comparison, "la plus meurtrière contre l'armée depuis")]
    [InlineData("It was the deadliest attack on the army since the coup.", BackgroundCueKind.Comparison, "the deadliest attack on the army since")]
    public void FindBackgroundCues_BackgroundConstruction_IsFound(string text, BackgroundCueKind kind, string cue)
    {
        var doc = TextDocument.Create(text);
        var found = TimeFixture.Recognizer.FindBackgroundCues(doc);
        Assert.Contains(found, c => c.Kind == kind && doc.OriginalText(c.Span) == cue);
    }

    /// <summary>"يأتي … بعد" may hold a hedge that keeps "بعد ‥ شهر من" from matching whole: both are found.</summary>
    [Fact]
    public void FindBackgroundCues_ComesAfterWithAHedgedInterval_FindsTheIntervalToo()
    {
        var doc = TextDocument.Create("ويأتي الهجوم بعد نحو شهر من كمين آخر.");
        var kinds = TimeFixture.Recognizer.FindBackgroundCues(doc).Select(c => c.Kind).ToList();
        Assert.Equal([BackgroundCueKind.ComesAfter, BackgroundCueKind.ComesLongAfter], kinds);
    }

    /// <summary>A short gap holds a hedge or a count, not a clause: "بعد" far from the unit is no interval.</summary>
    [Fact]
    public void FindBackgroundCues_UnitFarFromAfter_IsNoInterval()
    {
        var doc = TextDocument.Create("وصل الوفد بعد أن قطع مسافة طويلة خلال سنوات من العمل.");
        Assert.DoesNotContain(TimeFixture.Recognizer.FindBackgroundCues(doc), c => c.Kind == BackgroundCueKind.ComesLongAfter);
    }

    [Theory]
    [InlineData("قتل ثلاثة جنود أمس في هجوم على دورية.")]
    [InlineData("Gunmen killed three soldiers on Tuesday.")]
    [InlineData("سقطت قذائف على أحياء سكنية في المدينة.")]
    public void FindBackgroundCues_News_HasNone(string text)
    {
        Assert.Empty(TimeFixture.Recognizer.FindBackgroundCues(TextDocument.Create(text)));
    }

    [Theory]
    [InlineData("2024-11-15", 3, "2025-02-25", false)]
    [InlineData("2024-12-31", 3, "2025-04-16", false)]
    [InlineData("2024-04-15", 3, "2025-05-14", true)]
    [InlineData("2023-07-26", 1, "2024-01-15", true)]
    [InlineData("2019-12-10", 1, "2024-12-11", true)]
    [InlineData("2025-01-07", 1, "2025-01-20", false)]
    [InlineData("2024-07-01", DateValue.YearOnly, "2025-01-20", true)]
    [InlineData("2025-07-01", DateValue.YearOnly, "2025-01-20", false)]
    public void IsBackground_DateBeforeTheReference_IsBackgroundBeyondTheThreshold(string date, int precision, string reference, bool background)
    {
        var day = TimeFixture.Day(date);
        var value = precision switch
        {
            1 => DateValue.Day(day),
            3 => DateValue.Month(day.Year, day.Month),
            _ => DateValue.Year(day.Year),
        };
        Assert.Equal(background, DateRecognizer.IsBackground(value, TimeFixture.Day(reference)));
    }

    [Theory]
    [InlineData("2025-06-28", true, "2025-07-03", false)]
    [InlineData("2024-12-31", true, "2025-04-16", true)]
    [InlineData("2024-12-31", false, "2025-04-16", false)]
    [InlineData(null, true, "2025-04-16", true)]
    [InlineData(null, false, "2025-04-16", false)]
    public void IsBackgroundEvent_CueAndDate_DecideTogether(string? date, bool cue, string reference, bool background)
    {
        var value = date is null ? null : DateValue.Day(TimeFixture.Day(date));
        Assert.Equal(background, DateRecognizer.IsBackgroundEvent(value, cue, TimeFixture.Day(reference)));
    }

    [Theory]
    [InlineData("وأسفر هجوم على إحدى القرى في مارس الماضي عن مقتل 150 شخصا.", "2019-06-10", "مارس الماضي", true)]
    [InlineData("Une attaque avait tué 150 villageois en mars dernier.", "2019-06-10", "mars dernier", true)]
    [InlineData("An attack killed 150 villagers last March.", "2019-06-10", "last March", true)]
    [InlineData("وأسفر هجوم على قرية في مايو الماضي عن مقتل عشرة أشخاص.", "2019-06-10", "مايو الماضي", false)]
    [InlineData("Le massacre du 24 janvier dernier a fait une centaine de morts.", "2012-02-13", "24 janvier dernier", false)]
    [InlineData("Une attaque a tué 150 villageois en mars 2019.", "2019-06-10", "mars 2019", false)]
    [InlineData("وقتل عشرة أشخاص في هجوم على موكب رئيس البلدية في 3 مايو الماضي.", "2019-06-10", "3 مايو الماضي", true)]
    [InlineData("وقتل عشرة أشخاص في هجوم في 3 مايو.", "2019-06-10", "3 مايو", false)]
    public void IsBackgroundDate_PastMonthRecalled_IsBackgroundOnceOverAMonthAgo(string text, string reference, string expression, bool background)
    {
        var (mention, value) = TimeFixture.Find(text, reference, expression);
        Assert.Equal(background, DateRecognizer.IsBackgroundDate(mention, value!, TimeFixture.Day(reference)));
    }
}
