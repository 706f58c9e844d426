using Marsad.Tests.Golden;

namespace Marsad.Tests.Relations;

/// <summary>Catalogued persons written another way than the catalogue spells them; sentences written for these tests.</summary>
public sealed class CatalogueSpellingTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    private List<(string Subject, string Predicate, string Object)> Relations(string text) =>
        [.. fixture.Pipeline.Analyze(new Article { Id = "t", Lang = "ar", Text = text, Published = new DateOnly(2024, 3, 5) }).Relations.Select(r => (r.Subject, r.Predicate, r.Object))];

    [Theory]
    [InlineData("وظهر عدنان أبو وليد، زعيم تنظيم الدولة الإسلامية في الصحراء الكبرى، في تسجيل مصور جديد.", "Adnan Abu Walid al-Sahrawi", "leader_of", "Islamic State (Sahel)")]
    [InlineData("وقال زعيم جماعة بوكو حرام أبوبكر محمد شيكاو في تسجيل صوتي إن جماعته ستواصل القتال.", "Abubakar Shekau", "leader_of", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad")]
    [InlineData("وزار محمد نجم، القيادي في الحركة الوطنية لتحرير أزواد، ثكنة في أنفيس صباح السبت.", "Mohamed Ag Najem", "member_of", "MNLA: National Movement for the Liberation of Azawad")]
    public void Extract_NameWrittenAnotherWay_IsTheCataloguedPerson(string text, string person, string predicate, string group)
    {
        Assert.Contains((person, predicate, group), Relations(text));
    }

    [Theory]
    [InlineData("وظهر أمادو سانوغو، القيادي في جماعة أنصار الدين، في تسجيل مصور.", "Amadou Haya Sanogo")]
    [InlineData("وظهر أبو قتادة الصحراوي، القيادي في تنظيم الدولة الإسلامية في الصحراء الكبرى، في تسجيل مصور.", "Adnan Abu Walid al-Sahrawi")]
    public void Extract_NameWithAMiddleNameLessOrAnother_IsNotTheCataloguedPerson(string text, string catalogued)
    {
        Assert.DoesNotContain(Relations(text), r => r.Subject == catalogued);
    }
}
