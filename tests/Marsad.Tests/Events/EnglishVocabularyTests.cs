using Marsad.Tests.Golden;

namespace Marsad.Tests.Events;

/// <summary>English words of general news usage added to the lexicons, each in a short sentence written for this test.</summary>
public sealed class EnglishVocabularyTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    [Theory]
    [InlineData("MAIDUGURI – Suspected jihadists beheaded three farmers on Sunday near the village of Gajiram, residents said.")]
    [InlineData("NIAMEY – Militiamen ransacked the weekly market of Ayorou on Monday, witnesses said.")]
    [InlineData("DORI – Gunmen kidnapped four motorists on Tuesday on the road near Seytenga, a local official said.")]
    public void Analyze_NewEnglishWord_ReportsOneEvent(string text)
    {
        Assert.Single(fixture.Events(text));
    }

    /// <summary>
    /// A headline or reduced relative drops the passive's auxiliary ("Nine gendarmes killed in ..."): with no object after it,
    /// the verb is still a passive, so the gendarmes are its victims, not its authors.
    /// </summary>
    [Theory]
    [InlineData("Nine gendarmes killed in attack near Sebba\n\nSEBBA – Unidentified gunmen attacked an army detachment near Sebba on Monday. Nine gendarmes lost their lives, a security source said.")]
    [InlineData("SEBBA – Nine gendarmes killed during an assault by unidentified gunmen on a detachment near Sebba were buried on Tuesday.")]
    public void Analyze_PassiveWithoutAuxiliary_HasItsSubjectAsVictims(string text)
    {
        var attack = Assert.Single(fixture.Events(text, new DateOnly(2024, 2, 6)));

        Assert.Equal(("Armed clash", 9), (attack.SubEventType, attack.Fatalities));
        Assert.StartsWith("Unidentified Armed Group", attack.Actor1, StringComparison.Ordinal);
        Assert.StartsWith("Police Forces of Burkina Faso", attack.Actor2, StringComparison.Ordinal);
    }
}
