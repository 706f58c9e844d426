using Marsad.Tests.Golden;

namespace Marsad.Tests.Events;

/// <summary>
/// English names a branch by its movement ("Islamic State fighters"), and a group by the one it is linked to ("the
/// al-Qaeda-linked JNIM"): the event's actor is the branch of the region and the head of the compound. Sentences written
/// for these tests.
/// </summary>
public sealed class MovementNameTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    [Theory]
    [InlineData("Islamic State fighters overran an army outpost near Ménaka on Sunday, killing nine soldiers, officials said.", "Islamic State (Sahel)")]
    [InlineData("Islamic State fighters stormed a military base near Monguno in Borno state on Sunday, killing nine soldiers, officials said.", "Islamic State (West Africa)")]
    public void Analyze_MovementNamedForItsBranch_CodesTheRegionsBranch(string text, string branch)
    {
        var attack = Assert.Single(fixture.Events(text));

        Assert.Equal(branch, attack.Actor1);
    }

    [Fact]
    public void Analyze_ClaimByAGroupLinkedToAnother_NamesTheHeadGroup()
    {
        var events = fixture.Events(
            "Gunmen raided a police station in Gorom-Gorom on Monday night and killed three officers. " +
            "Two days later the al-Qaeda-linked Group to Support Islam and Muslims said it had carried out the raid.");

        var raid = Assert.Single(events);
        Assert.Equal("JNIM: Group for Support of Islam and Muslims", raid.Actor1);
    }
}
