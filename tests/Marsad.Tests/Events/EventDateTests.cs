using Marsad.Events;
using Marsad.Tests.Golden;

namespace Marsad.Tests.Events;

/// <summary>How an event's date and historical flag are chosen, on sentences written for these tests, through the shipped pipeline.</summary>
public sealed class EventDateTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    private EventRecord Single(string lang, string? published, string text) =>
        Assert.Single(fixture.Pipeline.Analyze(new Article
        {
            Id = "t",
            Lang = lang,
            Published = published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
            Retrieved = new DateOnly(2026, 11, 24),
            Text = text,
        }).Events);

    [Fact]
    public void Analyze_PageStampedAfterTheReport_DatesNoEvent()
    {
        var killing = Single("fr", "2024-06-12", "date 2024-09 Des hommes armés ont tué cinq civils près de Djibo.");

        Assert.Equal((new DateOnly(2024, 6, 12), 2), (killing.EventDate!.Value, killing.TimePrecision!.Value));
    }
}
