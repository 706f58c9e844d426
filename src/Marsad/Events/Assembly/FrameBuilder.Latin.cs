using Marsad.Actors;

namespace Marsad.Events.Assembly;

/// <summary>
/// Readings that event assembly applies to French and English only: tallies told by an adverb after the verb, « tué par une frappe », counts joined by « et » / "and", relative clauses that date
/// their own verb. The argument readings for every language are in <c>FrameBuilder.Arguments.cs</c>.
/// </summary>
internal sealed partial class FrameBuilder
{
    private bool IsLatin => layers.Doc.Language is Text.Language.French or Text.Language.English;

    /// <summary>« tué par une frappe », "killed in an air strike", "died during an assault": a preposition, then an event noun.</summary>
    private bool NamesItsMeans(TriggerMention trigger) =>
        trigger.Form == TriggerForm.Verb
        && (layers.Is(trigger.EndToken, SyntaxRole.In) || layers.Is(trigger.EndToken, SyntaxRole.During) || layers.Cues.Any(c => c.Kind == CueKind.Agent && c.FirstToken == trigger.EndToken))
        && layers.Triggers.Any(t => t.Form != TriggerForm.Verb && t.FirstToken > trigger.EndToken && t.FirstToken - trigger.EndToken <= DeterminerGap + 1);

    /// <summary>« un catéchiste et trois fidèles », "four gendarmes and a civilian": counts joined by « et » / "and" add up.</summary>
    private void JoinCoordinatedCounts(List<Frame> frames)
    {
        foreach (var frame in frames.Where(f => f.Counts.Count > 1))
        {
            var counts = frame.Counts.OrderBy(c => c.Span.Start).ToList();
            var joined = new List<VictimCount> { counts[0] };
            foreach (var count in counts.Skip(1))
            {
                var previous = joined[^1];
                var previousEnd = previous.Category?.EndToken ?? previous.Number?.EndToken;
                if (count.Act == previous.Act && previousEnd is { } end && count.Number is { } number && number.FirstToken - end == 1 && layers.Is(end, SyntaxRole.And))
                {
                    joined[^1] = previous with { Value = previous.Value + count.Value, Span = previous.Span.Cover(count.Span) };
                }
                else
                {
                    joined.Add(count);
                }
            }

            frame.Counts.Clear();
            frame.Counts.AddRange(joined);
        }
    }

    /// <summary>"kidnapped a Moroccan lorry driver": one person, told by a singular noun after an indefinite article.</summary>
    private bool IsIndefiniteObject(Frame frame, ActorMention single) =>
        single.FirstToken - frame.Trigger.EndToken <= 3
        && Enumerable.Range(frame.Trigger.EndToken, single.FirstToken - frame.Trigger.EndToken).Any(t => layers.Is(t, SyntaxRole.Indefinite));

    /// <summary>
    /// "JNIM … saying it had killed 10 soldiers": the claimant's own tally is a total to weigh against
    /// the other reports, not a count of a further group of victims.
    /// </summary>
    private static void ClaimedTalliesAreTotals(List<Frame> frames)
    {
        foreach (var frame in frames.Where(f => f.Agent?.Strength == AgentStrength.Claim))
        {
            for (var i = 0; i < frame.Counts.Count; i++)
            {
                frame.Counts[i] = frame.Counts[i] with { Category = null };
            }
        }
    }

    /// <summary>"Helicopters of the Africa Corps, which replaced Wagner this year, struck": a date in a relative clause dates that clause only.</summary>
    private bool InOtherRelativeClause(DateAnchor date, TriggerMention trigger) =>
        layers.ClauseOf(date.FirstToken) != layers.ClauseOf(trigger.FirstToken) && layers.Is(ClauseOpening(date), SyntaxRole.Relative) && !InOwnRelativeClause(date, trigger);

    /// <summary>"The attack, which took place last Tuesday": a relative clause right after the event noun tells about that event.</summary>
    private bool InOwnRelativeClause(DateAnchor date, TriggerMention trigger)
    {
        var opening = ClauseOpening(date);
        return opening >= trigger.EndToken && opening - trigger.EndToken <= 1 && layers.Is(opening, SyntaxRole.Relative);
    }

    private int ClauseOpening(DateAnchor date)
    {
        var clause = layers.ClauseOf(date.FirstToken);
        return Enumerable.Range(0, date.FirstToken).LastOrDefault(t => layers.ClauseOf(t) != clause, -1) + 1;
    }
}
