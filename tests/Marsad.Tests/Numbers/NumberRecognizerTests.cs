using Marsad.Numbers;
using Marsad.Resources;
using Marsad.Text;

namespace Marsad.Tests.Numbers;

public class NumberRecognizerTests
{
    private static readonly NumberRecognizer Recognizer = NumberRecognizer.Load(ResourceStore.Embedded);

    [Theory]
    [InlineData("ar", "قتل 17 جنديا", 17, CountHedge.Exact)]
    [InlineData("ar", "مقتل ١٥ عنصرا", 15, CountHedge.Exact)]
    [InlineData("ar", "نزوح 1,500 شخص", 1500, CountHedge.Exact)]
    [InlineData("ar", "نزوح 20.000 شخص", 20000, CountHedge.Exact)]
    [InlineData("ar", "فدية قدرها 20 مليون فرنك", 20000000, CountHedge.Exact)]
    [InlineData("ar", "مبلغ 1.5 مليون دولار", 1500000, CountHedge.Exact)]
    [InlineData("ar", "قتل تسعة رجال", 9, CountHedge.Exact)]
    [InlineData("fr", "près de 4 000 morts", 4000, CountHedge.About)]
    [InlineData("en", "left 1 500 000 people displaced", 1500000, CountHedge.Exact)]
    [InlineData("fr", "les 12 soldats", 12, CountHedge.Exact)]
    [InlineData("ar", "قتل ثلاثة جنود", 3, CountHedge.Exact)]
    [InlineData("ar", "اختطاف إحدى عشرة امرأة", 11, CountHedge.Exact)]
    [InlineData("ar", "مقتل اثني عشر جنديا", 12, CountHedge.Exact)]
    [InlineData("ar", "قتل خمسة وعشرين مدنيا", 25, CountHedge.Exact)]
    [InlineData("ar", "نقل الجرحى الثلاثة عشر إلى المستشفى", 13, CountHedge.Exact)]
    [InlineData("ar", "دفن القرويون الإحدى عشرة امرأة", 11, CountHedge.Exact)]
    [InlineData("ar", "أكثر من ثلاثين تاجرا", 30, CountHedge.MoreThan)]
    [InlineData("ar", "نحو عشرين قتيلا", 20, CountHedge.About)]
    [InlineData("ar", "ما لا يقل عن ١٥ عنصرا", 15, CountHedge.AtLeast)]
    [InlineData("ar", "قتل ستة ركاب على الأقل", 6, CountHedge.AtLeast)]
    [InlineData("ar", "تحييد العشرات من الإرهابيين", 12, CountHedge.Vague)]
    [InlineData("ar", "مقتل عدد من الجنود", 10, CountHedge.Vague)]
    [InlineData("ar", "خمسة ملايين فرنك", 5000000, CountHedge.Exact)]
    [InlineData("ar", "عشرة ملايين فرنك", 10000000, CountHedge.Exact)]
    [InlineData("ar", "فدية قدرها مليونا دولار", 2000000, CountHedge.Exact)]
    [InlineData("ar", "مليون نايرا عن كل امرأة", 1000000, CountHedge.Exact)]
    [InlineData("ar", "ثلاثة آلاف وخمسمئة نازح", 3500, CountHedge.Exact)]
    [InlineData("ar", "مئتي رأس من الأبقار", 200, CountHedge.Exact)]
    [InlineData("fr", "au moins neuf civils", 9, CountHedge.AtLeast)]
    [InlineData("fr", "une quinzaine d'assaillants", 15, CountHedge.About)]
    [InlineData("en", "at least 16 farmers", 16, CountHedge.AtLeast)]
    public void Recognize_CountInContext_GivesConservativeValueAndHedge(string language, string text, int value, CountHedge hedge)
    {
        var mention = Assert.Single(Recognize(language, text));

        Assert.Equal(value, mention.Conservative);
        Assert.Equal(hedge, mention.Hedge);
    }

    [Theory]
    [InlineData("ar", "سقوط ما بين 8 و13 قتيلا", 8, 13)]
    [InlineData("ar", "مقتل ما بين ٨ و١١ راكبا", 8, 11)]
    [InlineData("ar", "الحصيلة تتراوح بين 20 و30 قتيلا", 20, 30)]
    [InlineData("fr", "entre 8 et 11 morts", 8, 11)]
    public void Recognize_Range_KeepsBothBoundsAndCodesTheLower(string language, string text, int lower, int upper)
    {
        var mention = Assert.Single(Recognize(language, text));

        Assert.Equal(CountHedge.Range, mention.Hedge);
        Assert.Equal(lower, mention.Conservative);
        Assert.Equal(upper, mention.Upper);
    }

    [Theory]
    [InlineData("ar", "صباح الأحد الماضي")]
    [InlineData("ar", "يوم الاثنين")]
    [InlineData("ar", "عدد القتلى غير معروف")]
    [InlineData("ar", "30 في المئة")]
    [InlineData("ar", "واستولوا على كمية من الذخائر")]
    public void Recognize_WordsThatOnlyLookLikeNumbers_AreNotCounts(string language, string text)
    {
        Assert.DoesNotContain(Recognize(language, text), m => m.IsWritten && m.Value is 1 or 2 or 10 or 100);
    }

    [Theory]
    [InlineData("en", "in 2019 300 civilians were killed", 300)]
    [InlineData("fr", "le 12  300 civils", 300)]
    public void Recognize_FigureAfterAYearOrAWideGap_IsNoThousandsGroup(string language, string text, int value) =>
        Assert.Contains(Recognize(language, text), m => m.Value == value);

    [Theory]
    [InlineData("قتل عشرون شخصا خلال أسبوع واحد")]
    [InlineData("في يوم واحد")]
    public void Recognize_OneAfterATimeNoun_IsADuration(string text)
    {
        var one = Assert.Single(Recognize("ar", text), m => m.Value == 1);

        Assert.Equal("time", one.Unit);
    }

    /// <summary>A day named after a hedge that follows the counted noun is no unit of the figure: twelve soldiers, not twelve days.</summary>
    [Fact]
    public void Recognize_TimeWordAfterAFollowingHedge_IsNoUnit()
    {
        var twelve = Assert.Single(Recognize("ar", "قتل 12 جنديا على الأقل يوم السبت"), m => m.Value == 12);

        Assert.Equal((CountHedge.AtLeast, (string?)null), (twelve.Hedge, twelve.Unit));
    }

    [Fact]
    public void Recognize_Span_CoversHedgeAndFigureInTheOriginal()
    {
        const string text = "وقُتل ما لا يقل عن ١٥ عنصرًا";

        var mention = Assert.Single(Recognize("ar", text));

        Assert.Equal("ما لا يقل عن ١٥", text[mention.Span.Start..mention.Span.End]);
    }

    private static System.Collections.Immutable.ImmutableArray<NumberMention> Recognize(string language, string text) =>
        Recognizer.Recognize(TextDocument.Create(text, LanguageCodes.Parse(language)));
}
