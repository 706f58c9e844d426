using System.Collections.Immutable;
using Marsad.Events;
using Marsad.Tests.Golden;

namespace Marsad.Tests.Events;

/// <summary>
/// Who did what to whom around Arabic nouns and verbs of killing: the neutralised are fighters, the genitive of a killing
/// noun is its victim, an event noun opening a headline or right after a verb is that verb's subject; and the cues that start
/// another incident (a second clash, deaths told just before "in another attack").
/// </summary>
public sealed class KillingNounRolesTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    private ImmutableArray<EventRecord> Events(string text) =>
        fixture.Pipeline.Analyze(new Article { Id = "roles", Text = text, Published = new DateOnly(2024, 3, 5) }).Events;

    [Theory]
    [InlineData("أعلن الجيش أن وحداته نفذت أمس عملية قرب بلدة تيسيت أسفرت عن تحييد ركاب سيارة رباعية الدفع.")]
    [InlineData("أسفرت عملية أمس قرب بلدة تيسيت عن تحييد مجموعة مسلحة مكونة من ستة أشخاص.")]
    public void Analyze_PeopleNeutralized_AreNoCivilianVictims(string text)
    {
        var operation = Assert.Single(Events(text));

        Assert.NotEqual("Violence against civilians", operation.EventType);
        Assert.DoesNotContain("Civilians", operation.Actor2 ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("Unidentified", operation.Actor1 ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_EventNounOpeningTheHeadline_IsTheSubjectOfTheVerbAfterIt()
    {
        var blast = Assert.Single(Events("التفجير استهدف دورية للجيش\nقتل أربعة جنود أمس في انفجار عبوة ناسفة قرب بلدة جيبو."));

        Assert.StartsWith("Military Forces of Burkina Faso", blast.Actor2, StringComparison.Ordinal);
        Assert.DoesNotContain("Military", blast.Actor1 ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("قتل عشرة متطوعين في هجوم على قرية قرب بلدة بيتو أمس. كما قتل ثلاثة متطوعين آخرين في اشتباك ثان دار في المنطقة ذاتها.", 10, 3)]
    [InlineData("قتل عشرة جنود في هجوم على موقع للجيش قرب بلدة جيبو أمس، وقتل خمسة جنود آخرين في كمين ثان على طريق قريب.", 10, 5)]
    public void Analyze_SecondClashOrAmbush_IsAnIncidentOfItsOwn(string text, int first, int second)
    {
        var events = Events(text);

        Assert.Equal([first, second], events.Select(e => e.Fatalities ?? 0).Order().Reverse().ToArray());
    }

    [Fact]
    public void Analyze_EventNounRightAfterTheVerb_IsItsSubjectAndWhatFollowsWasHit()
    {
        var attack = Assert.Single(Events("هاجم مسلحون أمس مواقع قرب بلدة جيبو. واستهدف الهجوم متطوعي الدفاع عن الوطن، وقتل فيه أربعة متطوعين."));

        Assert.StartsWith("VDP", attack.Actor2, StringComparison.Ordinal);
        Assert.DoesNotContain("VDP", attack.Actor1 ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_DeathsPlacedJustBeforeInAnotherAttack_StartThatIncident()
    {
        var events = Events("هاجم مسلحون صباح الاثنين قرية تاكوليلي في شمال بوركينا فاسو. واستهدف الهجوم متطوعين، فيما قتل ستة مدنيين قرب بلدة جيبو، في هجوم آخر.");

        Assert.Equal(2, events.Length);
        Assert.Contains(events, e => e is { Location: "Djibo", Fatalities: 6 });
        Assert.DoesNotContain(events, e => e.Location != "Djibo" && e.Fatalities == 6);
    }
}
