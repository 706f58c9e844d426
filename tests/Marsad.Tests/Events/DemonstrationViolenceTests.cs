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

    /// <summary>The force that broke up a march is its actor 2; the marchers, who acted first, are actor 1 and not their own opponent.</summary>
    [Theory]
    [InlineData("Several hundred traders marched through Dori on Tuesday against the closure of the cattle market; riot police fired tear gas to break them up.")]
    [InlineData("TAHOUA – Des centaines de commerçants ont marché mardi dans les rues de Tahoua contre la fermeture du marché ; la police les a dispersés au gaz lacrymogène.")]
    // Hundreds of traders marched against the market's closure, and the police fired tear gas to break them up.
    [InlineData("تاهوا – خرج مئات التجار يوم الثلاثاء في مسيرة ضد إغلاق السوق في المدينة، وأطلقت الشرطة الغاز المسيل للدموع لتفريقهم.")]
    public void Analyze_ProtestBrokenUp_NamesThePoliceAsActor2(string text)
    {
        var protest = Assert.Single(fixture.Events(text));

        Assert.Equal("Protest with intervention", protest.SubEventType);
        Assert.StartsWith("Protesters (", protest.Actor1, StringComparison.Ordinal);
        Assert.StartsWith("Police Forces of ", protest.Actor2, StringComparison.Ordinal);
    }
}
