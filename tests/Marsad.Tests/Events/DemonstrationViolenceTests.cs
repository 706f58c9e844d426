using Marsad.Tests.Golden;

namespace Marsad.Tests.Events;

/// <summary>
/// Demonstrators who burn, barricade or fight the police are rioters; peaceful ones shot dead suffered excessive force; a
/// march (مسيرة) among protests is no drone. Sentences written for these tests.
/// </summary>
public sealed class DemonstrationViolenceTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    [Theory]
    // Protesters set fire to a town hall.
    [InlineData("دوسو – أضرم محتجون غاضبون النار في مقر البلدية وعدد من السيارات خلال مظاهرة ضد غلاء الأسعار يوم الاثنين.", "Violent demonstration")]
    // Burnt tyres and barricades.
    [InlineData("كايس – أحرق محتجون إطارات وأقاموا حواجز في شوارع البلدة صباح الأربعاء احتجاجا على انقطاع الكهرباء.", "Violent demonstration")]
    // A fight between the police and demonstrators.
    [InlineData("أبيشي – قتل سبعة أشخاص يوم الخميس في مواجهات بين الشرطة ومتظاهرين ضد قرار الحكومة.", "Violent demonstration")]
    // Security forces fire live bullets on marchers and kill.
    [InlineData("سار – فتحت الشرطة النار بالرصاص الحي على حشد من المتظاهرين في وسط البلدة صباح الجمعة فقتلت أربعة منهم.", "Excessive force against protesters")]
    public void Analyze_ViolenceAtADemonstration_DecidesItsType(string text, string subEventType)
    {
        var events = fixture.Events(text);

        Assert.Contains(events, e => e.SubEventType == subEventType);
        Assert.DoesNotContain(events, e => e.SubEventType is "Peaceful protest" or "Armed clash");
    }

    /// <summary>Marches of protesters through the streets: a protest, no drone strike.</summary>
    [Fact]
    public void Analyze_MarchesAmongProtests_AreNoDrones()
    {
        var events = fixture.Events("مارادي – فرقت الشرطة صباح الجمعة بالغاز المسيل للدموع آلاف المحتجين الذين جابوا شوارع البلدة في مسيرات انطلقت عقب الصلاة احتجاجا على غلاء المعيشة.");

        Assert.Contains(events, e => e.EventType == "Protests");
        Assert.DoesNotContain(events, e => e.SubEventType == "Air/drone strike");
    }
}
