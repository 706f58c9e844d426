using Marsad.Actors;
using Marsad.Numbers;

namespace Marsad.Events.Assembly;

internal sealed partial class FrameBuilder
{
    /// <summary>
    /// Gives every count of people killed or taken to the frame of the trigger that governs it (the number-role
    /// layer decides which), then the counts told without a figure: a dual noun (جنديين) and a singular noun right
    /// after the trigger (اختطاف تاجر).
    /// </summary>
    private void AssignCounts(List<Frame> frames)
    {
        var reported = frames.Select(f => (f.Trigger, f.Target)).ToList();
        var roles = new NumberRoles(layers, Refine);
        var counted = new HashSet<ActorMention>();
        foreach (var roled in roles.Tag(reported).Where(r => r.CountsPeople))
        {
            if (roled.Counted is { } category)
            {
                counted.Add(category);
            }

            if (roled.Role is NumberRole.Killed or NumberRole.Abducted && frames.Find(f => f.Trigger == roled.Trigger) is { } frame)
            {
                var act = roled.Role == NumberRole.Killed ? Act.Kill : Act.Abduct;
                frame.Counts.Add(new VictimCount(act, roled.Number, roled.Number.Conservative, roled.Counted, roled.Span, frame.Sentence)
                {
                    Revision = RevisionOf(roled.Number),
                    OverSeveral = roled.OverSeveral,
                });
            }
        }

        // جنديين، مهندسان: a dual noun is a count of two on its own.
        foreach (var dual in layers.Actors.Where(a => a.Number == NounNumber.Dual && !counted.Contains(a)))
        {
            if (roles.GoverningTrigger(dual.FirstToken, dual.EndToken, reported) is { } trigger && frames.Find(f => f.Trigger == trigger) is { } frame
                && frame.Info.Counts is { } act)
            {
                frame.Counts.Add(new VictimCount(act, null, 2, dual, dual.Span, frame.Sentence));
            }
        }

        // "قتل شرطي وثلاثة مدنيين", "killed a policeman and three civilians": a singular noun listed before a counted one is one more.
        foreach (var frame in frames.Where(f => f.Counts.Count > 0 && f.PersonVictim is null))
        {
            if (frame.Info.Counts is { } act && frame.Target is { Number: NounNumber.Singular, Role: not ActorRole.Named } listed && !counted.Contains(listed)
                && listed.FirstToken - frame.Trigger.EndToken <= 1 && IsPeople(listed) && frame.Counts.Exists(c => c.Number is { } n && ListedBefore(listed, n)))
            {
                frame.Counts.Add(new VictimCount(act, null, 1, listed, listed.Span, frame.Sentence));
            }
        }

        // "قتل فرنسي وبلجيكي وثلاثة ماليين": a national told by the demonym alone, right after the act or listed after another, is one person.
        if (!IsLatin)
        {
            foreach (var frame in frames.Where(f => f.Info.Counts is not null && f.PersonVictim is null))
            {
                foreach (var national in NationalsAfter(frame.Trigger.EndToken))
                {
                    frame.Counts.Add(new VictimCount(frame.Info.Counts!.Value, null, 1, national, national.Span, frame.Sentence));
                }
            }
        }

        // "وقتلوا سائقا سابعا", "اختطاف تاجر": one person, told by a singular noun right after the trigger.
        foreach (var frame in frames.Where(f => f.Counts.Count == 0 && f.PersonVictim is null))
        {
            if (frame.Info.Counts is { } act && frame.Target is { Number: NounNumber.Singular, Role: not ActorRole.Named } single && (single.FirstToken - frame.Trigger.EndToken <= 1 || IsLatin && IsIndefiniteObject(frame, single)) && !counted.Contains(single)
                && IsPeople(single))
            {
                frame.Counts.Add(new VictimCount(act, null, 1, single, single.Span, frame.Sentence));
            }
        }
    }

    /// <summary>
    /// The singular demonyms that open the object of an act at <paramref name="token"/> and go on joined by و ("فرنسي وبلجيكي"),
    /// each a civilian of that nation; none once a figure comes, which counts its own noun.
    /// </summary>
    private IEnumerable<ActorMention> NationalsAfter(int token)
    {
        var sentence = layers.SentenceOf(Math.Max(0, token - 1));
        for (var t = token; layers.DemonymAt(t) is { } demonym
                            && layers.SentenceOf(t) == sentence && (t == token || layers.Doc.Readings(t).Any(r => r.Prefix.StartsWith('و')))
                            && IsSingularNisba(demonym.EndToken - 1); t = demonym.EndToken)
        {
            yield return new ActorMention(demonym.FirstToken, demonym.EndToken, demonym.Span, "", ActorRole.Civilian, null, NounNumber.Singular);
        }
    }

    /// <summary>فرنسي، مالية: the singular of a nisba adjective used as a noun ends in ي or ية; its plurals (ماليين، ماليون) do not.</summary>
    private bool IsSingularNisba(int token)
    {
        var word = layers.Word(token);
        return word.EndsWith('ي') || word.EndsWith("ية", StringComparison.Ordinal);
    }

    private static bool IsPeople(ActorMention noun) =>
        noun.Role is ActorRole.Civilian or ActorRole.Person or ActorRole.Military or ActorRole.Police or ActorRole.Volunteer or ActorRole.Leader or ActorRole.Member;

    /// <summary>A noun joined to the figure after it by "and" or a comma alone (Arabic writes و on the figure: "شرطي وثلاثة").</summary>
    private bool ListedBefore(ActorMention noun, NumberMention number) =>
        number.FirstToken >= noun.EndToken && number.FirstToken - noun.EndToken <= 1
        && (number.FirstToken == noun.EndToken ? layers.Doc.Readings(number.FirstToken).Any(r => r.Prefix.StartsWith('و')) : layers.IsAnd(noun.EndToken) || layers.Doc.IsComma(noun.EndToken));

    /// <summary>
    /// « Le bilan d'abord annoncé était de 9 morts », « le bilan est passé à 16 »: the toll cue nearest before the figure in
    /// its sentence, else the first after it (« 9 morts selon un premier bilan »), says whether the figure was superseded or
    /// supersedes.
    /// </summary>
    private TollRevision RevisionOf(NumberMention number)
    {
        var sentence = layers.SentenceOf(number.FirstToken);
        var cues = layers.Cues.Where(c => c.Kind is CueKind.TollEarlier or CueKind.TollUpdated && layers.SentenceOf(c.FirstToken) == sentence).ToList();
        // A figure after the updated one ("rose to 9 as two of the wounded died") is no update of its own.
        // A toll "since the start of the year" between the update and the figure is a tally, no incident's update.
        var cue = cues.LastOrDefault(c => c.EndToken <= number.FirstToken && !layers.Numbers.Any(n => n.FirstToken >= c.EndToken && n.EndToken <= number.FirstToken))
                  ?? cues.FirstOrDefault(c => c.FirstToken >= number.EndToken);
        if (cue?.Kind == CueKind.TollUpdated && layers.CuesIn(sentence, CueKind.Aggregate).Any(a => a.FirstToken >= Math.Min(cue.EndToken, number.EndToken) && a.EndToken <= Math.Max(cue.FirstToken, number.FirstToken)))
        {
            return TollRevision.None;
        }

        return cue?.Kind switch
        {
            CueKind.TollEarlier => TollRevision.Earlier,
            CueKind.TollUpdated => TollRevision.Updated,
            _ => TollRevision.None,
        };
    }

    /// <summary>An amount spoken of as a ransom goes to the abduction in its sentence, or the one told just before.</summary>
    private void AssignRansoms(List<Frame> frames)
    {
        foreach (var money in layers.Money)
        {
            var sentence = layers.SentenceOf(money.Number.FirstToken);
            if (!layers.CuesIn(sentence, CueKind.Ransom).Any())
            {
                continue;
            }

            var abduction = frames.LastOrDefault(f => f.Act is Act.Abduct or Act.Release && f.Sentence == sentence && f.Trigger.EndToken <= money.Number.FirstToken)
                ?? frames.FirstOrDefault(f => f.Act is Act.Abduct or Act.Release && f.Sentence == sentence)
                ?? frames.LastOrDefault(f => f.Act is Act.Abduct && f.Sentence < sentence && sentence - f.Sentence <= 2)
                ?? frames.FirstOrDefault(f => f.Act is Act.Abduct && f.Sentence > sentence && f.Sentence - sentence <= 1);
            if (abduction is not null && abduction.Ransom is null)
            {
                abduction.Ransom = money;
            }
        }
    }
}
