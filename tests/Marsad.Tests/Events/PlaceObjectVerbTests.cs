using Marsad.Tests.Golden;

namespace Marsad.Tests.Events;

/// <summary>
/// Verbs that change a town's hands only when the town is their object (استعاد، « reprendre », "seized"): with the town as
/// object they are a change of territory; with weapons as object, or a place under a preposition, they are no event.
/// Sentences written for these tests.
/// </summary>
public sealed class PlaceObjectVerbTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    [Theory]
    // The subject (with its own relative clause) between the verb and the town.
    [InlineData("موبتي – مرصد: استعاد الجيش المالي مدعوما بعناصر من فاغنر بلدة دوينتزا من أيدي المسلحين يوم الخميس.", "Government regains territory")]
    [InlineData("غاو – مرصد: احتل مسلحون بلدة أنسونغو يوم الاثنين بعد انسحاب الحامية.", "Non-state actor overtakes territory")]
    [InlineData("كيدال – مرصد: سقطت مدينة تساليت يوم الأربعاء في أيدي المتمردين.", "Non-state actor overtakes territory")]
    // A date between the verb and its object.
    [InlineData("Les soldats maliens ont repris mercredi la localité de Douentza aux jihadistes.", "Government regains territory")]
    [InlineData("Des jihadistes se sont emparés de Tessalit lundi, après le départ de la garnison.", "Non-state actor overtakes territory")]
    // The passive: the town is the subject, just before.
    [InlineData("Mopti (Mali) – La ville de Douentza a été reprise mercredi par l'armée malienne.", "Government regains territory")]
    [InlineData("Gao (Mali) – Militants seized the town of Ansongo on Monday after the garrison withdrew.", "Non-state actor overtakes territory")]
    public void Analyze_TownAsObject_IsAChangeOfTerritory(string text, string subEvent)
    {
        var change = Assert.Single(fixture.Events(text));

        Assert.Equal(subEvent, change.SubEventType);
    }

    [Theory]
    // Weapons recovered, in a town under a preposition.
    [InlineData("موبتي – مرصد: استعاد الجيش المالي أسلحة وذخائر في بلدة دوينتزا يوم الخميس.")]
    [InlineData("Mopti (Mali) – Les pourparlers ont repris mercredi à Douentza entre les notables.")]
    [InlineData("Gao (Mali) – The meeting took place in Ansongo on Monday.")]
    public void Analyze_NoTownAsObject_IsNoEvent(string text) =>
        Assert.Empty(fixture.Events(text));
}
