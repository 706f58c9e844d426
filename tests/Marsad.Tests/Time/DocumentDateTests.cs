using Marsad.Text;
using Marsad.Time;

namespace Marsad.Tests.Time;

/// <summary>The date of undated articles, inferred from their own dates and cues (texts written for the tests).</summary>
public class DocumentDateTests
{
    private static readonly DateOnly ReadOn = TimeFixture.Day("2026-11-24");

    [Theory]
    [InlineData(
        "في ديسمبر 2024، قتل قيادي في التنظيم قرب منكا. وتكررت عمليات الخطف، مثل حادثة 7 يناير الجاري، عندما اختطف مسلحون سيارة تقل ثلاثة مدنيين.",
        "2025-01-08", DateInferenceCue.CurrentMonth)]
    [InlineData(
        "قتل الجيش عشرات المسلحين خلال عملية استمرت من الخامس إلى التاسع من نوفمبر الجاري. وتأتي العملية بعد عام كامل على الهجوم الدامي على قاعدة عسكرية أواخر أكتوبر 2024.",
        "2025-11-10", DateInferenceCue.CurrentMonth)]
    [InlineData(
        "قتل مسلحون ستة جنود يوم الأحد 14 كانون الثاني/يناير قرب تيليا. وتأتي الهجمات بعد نحو ستة أشهر على الانقلاب الذي أطاح في 26 تموز/يوليو الماضي بالرئيس محمد بازوم.",
        "2024-01-15", DateInferenceCue.ActorPeriod)]
    [InlineData(
        "قتل مسلحون ستة جنود يوم الأحد 14 كانون الثاني/يناير قرب تيليا. وتأتي الهجمات بعد نحو ستة أشهر على الانقلاب الذي وقع في 26 تموز/يوليو 2023.",
        "2024-01-15", DateInferenceCue.ElapsedSince)]
    [InlineData(
        "Des hommes armés ont tué sept villageois le lundi 31 décembre près de Djibo. Le Burkina est frappé par des attaques depuis 2015.",
        "2019-01-01", DateInferenceCue.WeekdayOfDate)]
    [InlineData(
        "قالت الحكومة اليوم الجمعة إن مسلحين قتلوا سبعة أشخاص يوم الاثنين 31 ديسمبر في قرية قرب كايا. وتواجه البلاد هجمات منذ 2015.",
        "2019-01-04", DateInferenceCue.WeekdayOfDate)]
    [InlineData(
        "Le président Mohamed Bazoum a condamné l'attaque de mercredi 26 juillet contre un poste de police près de Téra.",
        "2023-07-27", DateInferenceCue.ActorPeriod)]
    [InlineData(
        "Une dizaine de VDP ont été tués le vendredi 28 mars dans une embuscade près de Diapaga.",
        "2025-03-29", DateInferenceCue.ActorPeriod)]
    [InlineData(
        "The ambush on a Barkhane convoy near Gossi on Sunday, Feb. 23 wounded three soldiers.",
        "2020-02-24", DateInferenceCue.ActorPeriod)]
    [InlineData(
        "Des hommes armés ont tué douze bergers le mardi 15 janvier près d'Anderamboukane, a indiqué le MSA.",
        "2019-01-16", DateInferenceCue.ActorPeriod)]
    [InlineData(
        "ظهر ضابط على التلفزيون الرسمي مساء أمس الجمعة 30 سبتمبر 2022 معلنا حل الحكومة، بعد انقلاب قبل ثمانية أشهر.",
        "2022-10-01", DateInferenceCue.DatedToday)]
    [InlineData(
        "date 2020-03 Des hommes armés ont attaqué dimanche 8 mars un camp militaire près de Dioura.",
        "2020-03-09", DateInferenceCue.Dateline)]
    [InlineData(
        "قتل ثمانية مصلين صبيحة أول أيام عيد الفطر لعام 1446 للهجرة، وفي اليوم الثاني من العيد قصفت المروحيات مواقع المهاجمين.",
        "2025-04-01", DateInferenceCue.HijriYear)]
    [InlineData(
        "اعترض مسلحون سيارة تاجر مساء الأحد 5 يناير قرب المدينة. وشهد عام 2024 اختطاف ثلاثين تاجرا، وهذه أول حادثة منذ مطلع العام الجديد.",
        "2025-01-06", DateInferenceCue.NewYear)]
    [InlineData(
        "اندلعت اشتباكات يوم الأربعاء 13 آذار/مارس قرب بانكاس، في الأيام الأولى من شهر رمضان لعام 1445 للهجرة.",
        "2024-03-14", DateInferenceCue.HijriYear)]
    [InlineData(
        "Gunmen killed eleven villagers near Makalondi on the night of Dec. 28. It was the deadliest attack since the army seized power in July 2023, nearly a year and a half ago.",
        "2024-12-29", DateInferenceCue.ElapsedSince)]
    [InlineData(
        "Gunmen kidnapped a lorry driver near Tera on the evening of Sept. 7. It is the second abduction on that road this year: four drivers were seized in January, days before Niger left the bloc on Jan. 29, 2025.",
        "2025-09-08", DateInferenceCue.LatestDates)]
    [InlineData(
        "Le 4 janvier, des hommes armés ont enlevé deux commerçants près d'Anderamboukane. Le 18 décembre dernier, un cadre avait été tué. L'EIGS de 2025 ne ressemble plus au groupe d'avant.",
        "2025-01-05", DateInferenceCue.LatestDates)]
    [InlineData(
        "La nuit du samedi à dimanche 9 mars a été meurtrière près d'Inates. « Dans la nuit du samedi au dimanche 9 mars 2025, des hommes armés ont tué quatre bergers », a dit un élu.",
        "2025-03-10", DateInferenceCue.WeekdayOfDate)]
    public void InferDocumentDate_Undated_InfersTheReferenceFromTheText(string text, string reference, DateInferenceCue cue)
    {
        var doc = TextDocument.Create(text);
        var mentions = TimeFixture.Recognizer.Recognize(doc);
        var date = DateRecognizer.InferDocumentDate(doc, mentions, published: null, notAfter: ReadOn, TimeFixture.Recognizer.FindEras(doc));
        Assert.Equal((DocumentDateKind.Inferred, (DateOnly?)TimeFixture.Day(reference), cue), (date.Kind, date.Reference, date.Cue));
        Assert.NotEmpty(date.Evidence);
    }

    [Fact]
    public void InferDocumentDate_SeedLikeUndatedText_DatesTheSeventhOfJanuaryIn2025()
    {
        var doc = TextDocument.Create("في ديسمبر 2024، قتل قيادي بارز. ثم وقعت حادثة 7 يناير الجاري، عندما اختطف مسلحون ثلاثة مدنيين شرق غاو.");
        var mentions = TimeFixture.Recognizer.Recognize(doc);
        var reference = DateRecognizer.InferDocumentDate(doc, mentions, null).Reference!.Value;
        var values = DateRecognizer.ResolveAll(mentions, reference);
        Assert.Equal(TimeFixture.Day("2025-01-07"), values[1]!.Date);
    }

    [Theory]
    [InlineData("Trois boutiques ont été incendiées la veille (29/04/2025) à Kolondiéba.", "2025-04-30")]
    [InlineData("Trois boutiques ont été incendiées le 14 mars 2025 à Kolondiéba.", "2025-03-15")]
    public void InferDocumentDate_LatestDatedDayEndsItsMonth_TheWritingDayIsKnown(string text, string reference)
    {
        var doc = TextDocument.Create(text);
        var date = DateRecognizer.InferDocumentDate(doc, TimeFixture.Recognizer.Recognize(doc), published: null, notAfter: ReadOn);
        Assert.Equal(((DateOnly?)TimeFixture.Day(reference), (DateOnly?)null), (date.Reference, date.WrittenFrom));
    }

    [Fact]
    public void InferDocumentDate_Published_IsThePublicationDate()
    {
        var doc = TextDocument.Create("قتل ثلاثة جنود أمس الثلاثاء.");
        var date = DateRecognizer.InferDocumentDate(doc, TimeFixture.Recognizer.Recognize(doc), TimeFixture.Day("2025-02-12"));
        Assert.Equal((DocumentDateKind.Published, (DateOnly?)TimeFixture.Day("2025-02-12")), (date.Kind, date.Reference));
    }

    [Theory]
    [InlineData("يرى محللون أن التحالف يواجه تحديات كبيرة بعد مرور عام على تأسيسه.")]
    [InlineData("قتل ثلاثة جنود أمس الثلاثاء في هجوم على دورية.")]
    [InlineData("حدث ذلك في 7 يناير الجاري.")]
    [InlineData("قتل مسلحون ستة جنود يوم الأحد 14 كانون الثاني/يناير قرب تيليا.")]
    [InlineData("Au moins trois soldats ont été tués ce dimanche 23 février près de Tombouctou. Le Mali est confronté depuis 2012 à des violences.")]
    [InlineData("Un convoi de Barkhane a sauté sur une mine le mercredi 26 juillet près de Gossi.")]
    public void InferDocumentDate_NoYearToBeFound_IsUnknown(string text)
    {
        var doc = TextDocument.Create(text);
        var date = DateRecognizer.InferDocumentDate(doc, TimeFixture.Recognizer.Recognize(doc), null, ReadOn, TimeFixture.Recognizer.FindEras(doc));
        Assert.Equal(DocumentDate.Unknown, date);
    }

    /// <summary>A year told as background (a founding, a pluperfect, "emerged in") is not the year the text was written.</summary>
    [Theory]
    [InlineData("Gunmen killed four herders near Lere on Sunday, a local official said. The country has battled an insurgency which emerged in 2013.")]
    [InlineData("Des hommes armés ont incendié mardi le marché de Dioura. En 2017, une attaque contre le camp de la ville avait été revendiquée par les jihadistes.")]
    [InlineData("هاجم مسلحون أمس قرية قرب ميناكا. وكانت الجماعة التي تبنت الهجوم قد تأسست عام 2017.")]
    [InlineData("Des hommes armés ont tué deux pêcheurs lundi près de Bol. L'insurrection, apparue en 2011 au Nigeria, s'est étendue aux pays voisins.")]
    public void InferDocumentDate_YearOnlyInABackgroundClause_IsUnknown(string text)
    {
        var doc = TextDocument.Create(text);
        var date = DateRecognizer.InferDocumentDate(doc, TimeFixture.Recognizer.Recognize(doc), null, ReadOn, TimeFixture.Recognizer.FindEras(doc),
            TimeFixture.Recognizer.FindBackgroundCues(doc));
        Assert.Equal(DocumentDate.Unknown, date);
    }

    [Fact]
    public void InferDocumentDate_YearOfTheNewsBesideABackgroundYear_StillDatesTheText()
    {
        var doc = TextDocument.Create("En mars 2024, des hommes armés ont attaqué le marché de Dioura. La ville avait déjà été visée en 2017.");
        var date = DateRecognizer.InferDocumentDate(doc, TimeFixture.Recognizer.Recognize(doc), null, ReadOn, TimeFixture.Recognizer.FindEras(doc),
            TimeFixture.Recognizer.FindBackgroundCues(doc));
        Assert.Equal(2024, date.Reference?.Year);
    }

    [Fact]
    public void InferDocumentDate_WeekdayAndDayWithoutAReadingDay_IsUnknown()
    {
        // Sunday 14 January fits 2018, 2024 and 2029: without the day the article was read, no year wins.
        var doc = TextDocument.Create("قتل مسلحون ستة جنود يوم الأحد 14 كانون الثاني/يناير قرب تيليا.");
        Assert.Equal(DocumentDateKind.Unknown, DateRecognizer.InferDocumentDate(doc, TimeFixture.Recognizer.Recognize(doc), null).Kind);
    }
}
