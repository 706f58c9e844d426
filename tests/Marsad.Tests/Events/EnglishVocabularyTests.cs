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
}
