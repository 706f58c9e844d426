using Marsad.Actors;

namespace Marsad.Events.Assembly;

/// <summary>
/// Argument structure of French and English: the subject comes before the verb (SVO), a passive
/// names its patient first and its agent after « par » / "by", an event noun's owner follows « de »
/// / "of" or comes before it ("a JNIM attack"), and elided articles (« l' », « d' ») are tokens of
/// their own. The Arabic readings (VSO, clitics, ل of possession) are in the other partial files.
/// </summary>
internal sealed partial class FrameBuilder
{
    // Determiners and apostrophes between « de » and its noun: « de l'État islamique ».
    private const int DeterminerGap = 3;

    private bool IsLatin => layers.Doc.Language is Text.Language.French or Text.Language.English;

    /// <summary>A passive by its auxiliary or vocalisation (« ont été tués »), or by the agent phrase right after it ("abducted by gunmen", "قتلوا على يد").</summary>
    private bool IsPassive(Frame frame) =>
        frame.Trigger.IsPassive || AgentPhraseAfter(frame.Trigger, frame.Sentence) is not null;

    /// <summary>« par des combattants de Boko Haram », "by gunmen": the agent of a passive or of an event noun.</summary>
    private ActorMention? AgentPhraseAfter(TriggerMention trigger, int sentence)
    {
        var cue = layers.CuesIn(sentence, CueKind.Agent).FirstOrDefault(c => c.FirstToken >= trigger.EndToken && c.FirstToken - trigger.EndToken <= 8);
        return cue is not null && ActorFrom(cue.EndToken, sentence) is { } agent && IsAgentLike(agent) ? agent : null;
    }

    /// <summary>
    /// The actor a verb at <paramref name="verb"/> has before it as its subject (or, for a passive, its
    /// patient): the first actor of its clause after any reporting words ("the ministry said troops
    /// pursuing the attackers had clashed") that completes no other word and reports nothing itself.
    /// </summary>
    private ActorMention? SubjectBefore(int verb, int sentence, bool agentOnly = false)
    {
        var clause = layers.ClauseOf(verb);
        var start = layers.Cues.Where(c => c.Kind == CueKind.Report && c.EndToken <= verb && layers.ClauseOf(c.FirstToken) == clause).Select(c => c.EndToken).DefaultIfEmpty(0).Max();
        // "خمسة عناصر من جماعة X سلموا": the reach is to the end of the noun phrase, and its head leads it.
        var subject = layers.Actors
            .Where(a => a.EndToken <= verb && verb - a.EndToken <= layers.Grammar.SubjectReach && layers.ClauseOf(a.FirstToken) == clause)
            .Select(a => IsComplement(a) ? PhraseHead(a) : a)
            .FirstOrDefault(a => a is not null && a.FirstToken >= start && !IsReporter(a) && !VerbOrClauseJoinBetween(a.EndToken, verb)
                                 && (!agentOnly || IsAgentLike(Refine(a, sentence))));
        if (subject is not null)
        {
            return Refine(Accompanied(subject, verb), sentence);
        }

        // Where the subject follows its verb, a verb opening its clause with no subject after it has none before an apposition either.
        if (layers.Grammar.SubjectAfterVerb)
        {
            return null;
        }

        var opening = Enumerable.Range(0, verb).LastOrDefault(t => layers.ClauseOf(t) != clause, -1);
        var opensClause = Enumerable.Range(opening + 1, verb - opening - 1)
            .Count(t => layers.Doc.Tokens[t].IsWord && !layers.Is(t, SyntaxRole.Auxiliary) && !layers.Is(t, SyntaxRole.Perfect)) <= 1;
        if (!opensClause || opening < 0 || layers.SentenceOf(opening) != sentence)
        {
            return null;
        }

        // Skip one apposition clause, provided it tells no event of its own.
        var apposition = layers.ClauseOf(opening);
        if (layers.Triggers.Any(t => layers.ClauseOf(t.FirstToken) == apposition && t.Form == TriggerForm.Verb))
        {
            return null;
        }

        var before = layers.Actors.LastOrDefault(a => a.EndToken <= opening && layers.ClauseOf(a.FirstToken) == apposition - 1 && layers.SentenceOf(a.FirstToken) == sentence && !IsReporter(a));
        return before is null ? null : Refine(before, sentence);
    }

    /// <summary>"قوة برية مدعومة بمتطوعي الدفاع عن الوطن أسرت": the supporters stand beside the subject, named before them.</summary>
    private ActorMention Accompanied(ActorMention subject, int verb) =>
        layers.Is(subject.FirstToken - 1, SyntaxRole.Accompany)
            ? layers.Actors.LastOrDefault(a => a.EndToken <= subject.FirstToken - 1 && subject.FirstToken - 1 - a.EndToken <= 1 && layers.InSameClause(a.FirstToken, verb)) ?? subject
            : subject;

    /// <summary>
    /// Between a subject and its verb there is no other verb, and no « et » / "and" that joins two
    /// verbs rather than two subjects (« neutraliser des terroristes et détruire » — « X et Y ont attaqué » is fine).
    /// </summary>
    private bool VerbOrClauseJoinBetween(int from, int verb)
    {
        if (layers.Triggers.Any(t => t.Form == TriggerForm.Verb && t.FirstToken >= from && t.EndToken <= verb))
        {
            return true;
        }

        return Enumerable.Range(from, verb - from).Any(t => layers.Is(t, SyntaxRole.And) && !layers.Actors.Any(a => a.FirstToken > t && a.EndToken <= verb));
    }

    /// <summary>"residents said", "the army said": who tells the story is not in it.</summary>
    private bool IsReporter(ActorMention actor) =>
        layers.Cues.Any(c => c.Kind == CueKind.Report && c.FirstToken >= actor.EndToken && c.FirstToken - actor.EndToken <= 1);

    /// <summary>"the base", « le camp »: a definite generic noun whose head was named in an earlier sentence.</summary>
    private bool IsNamedBefore(ActorMention mention)
    {
        if (mention.Actor is not null || !layers.Is(mention.FirstToken - 1, SyntaxRole.Definite))
        {
            return false;
        }

        var head = layers.Word(mention.EndToken - 1);
        var sentence = layers.SentenceOf(mention.FirstToken);
        return layers.Actors.Any(a => layers.SentenceOf(a.FirstToken) < sentence && layers.Word(a.EndToken - 1) == head);
    }

    /// <summary>An actor right after « par » / "by" is an agent, never a target.</summary>
    private bool IsAgentPhrase(ActorMention actor) =>
        layers.Cues.Any(c => c.Kind == CueKind.Agent && c.EndToken <= actor.FirstToken && actor.FirstToken - c.EndToken <= DeterminerGap);

    /// <summary>Owners are armed groups and forces by name, or unnamed fighters: « l'attaque du camp militaire » is on the camp.</summary>
    private static bool IsOwnerLike(ActorMention actor) =>
        actor.Actor is { } named ? ActorKinds.IsArmed(named.Kind) : actor.Role is ActorRole.Armed or ActorRole.Militant;

    /// <summary>
    /// The actor at <paramref name="from"/> once articles, punctuation and a generic group noun are passed (« de l'EIGS »,
    /// "of the army", لـ«داعش», "من جماعة «بوكو حرام»").
    /// </summary>
    private ActorMention? ActorAfterDeterminers(int from, int sentence)
    {
        for (var t = from; t < from + DeterminerGap && t < layers.Doc.Tokens.Length && layers.SentenceOf(t) == sentence; t++)
        {
            if (layers.ActorAt(t) is { } actor)
            {
                return IsPresence(actor) ? null : Refine(actor, sentence);
            }

            if (!layers.Is(t, SyntaxRole.Definite) && !layers.Is(t, SyntaxRole.Indefinite) && !layers.Is(t, SyntaxRole.Of) && !layers.Is(t, SyntaxRole.GroupNoun)
                && layers.Doc.Tokens[t].Kind != Text.TokenKind.Punct)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>An actor that completes another word (« affilié à X », "linked to X", « des combattants de X ») is not a subject.</summary>
    private bool IsComplement(ActorMention actor)
    {
        var link = WordBeforeDeterminers(actor);
        return layers.Is(link, SyntaxRole.Of) || layers.Is(link, SyntaxRole.In) || layers.Is(link, SyntaxRole.Belonging) || layers.Is(link, SyntaxRole.Preposition);
    }

    /// <summary>
    /// The head of the noun phrase a complement closes: the actor before « de » / "of" / من ("عناصر من جماعة X"), or the
    /// complement itself after a plain noun that names no actor and no event ("وحدة من القوات الخاصة", « une unité de l'armée »).
    /// None after another link (« affilié à X »).
    /// </summary>
    private ActorMention? PhraseHead(ActorMention complement)
    {
        var link = WordBeforeDeterminers(complement);
        if (!layers.Is(link, SyntaxRole.Of))
        {
            return null;
        }

        return layers.Actors.LastOrDefault(a => a.EndToken == link) ?? (IsPlainWord(link - 1) ? complement : null);
    }

    /// <summary>A word that is no part of an actor's name nor of a trigger: a noun like "unit", « éléments », وحدة.</summary>
    private bool IsPlainWord(int token) =>
        token >= 0 && layers.Doc.Tokens[token].IsWord && !layers.Actors.Any(a => a.FirstToken <= token && token < a.EndToken)
        && !layers.Triggers.Any(t => t.FirstToken <= token && token < t.EndToken);

    /// <summary>The token before <paramref name="actor"/> once its articles and apostrophes are passed (« de l'armée »: de).</summary>
    private int WordBeforeDeterminers(ActorMention actor)
    {
        var t = actor.FirstToken - 1;
        while (t >= 0 && actor.FirstToken - t <= DeterminerGap && (layers.Is(t, SyntaxRole.Definite) || layers.Doc.IsPunct(t, '\'')))
        {
            t--;
        }

        return t;
    }

    /// <summary>"al Qaeda-linked JNIM", « affilié à al-Qaïda »: the group after the compound is the one meant.</summary>
    private ActorMention? AffiliateHead(ActorMention mention, int sentence)
    {
        var next = mention.EndToken;
        if (!layers.Doc.IsPunct(next, '-') || !layers.Is(next + 1, SyntaxRole.Belonging))
        {
            return null;
        }

        return layers.ActorAt(next + 2) is { Actor: not null } head && layers.SentenceOf(next + 2) == sentence ? head : null;
    }

    /// <summary>« aucune attaque », "no attack": a negative determiner right before the trigger.</summary>
    private bool IsNegatedNoun(TriggerMention trigger, int sentence) =>
        layers.CuesIn(sentence, CueKind.Negation).Any(c => c.EndToken == trigger.FirstToken && layers.Is(c.EndToken - 1, SyntaxRole.Any));

    /// <summary>
    /// "Une frappe de drone a visé un mariage", "helicopters … later struck a convoy": an attack verb in
    /// the sentence of a remote weapon tells that weapon's strike.
    /// </summary>
    private bool DescribesStrike(TriggerMention trigger, int sentence) =>
        trigger.Form == TriggerForm.Verb && trigger.Act is Act.Attack or Act.Fire
        && layers.Triggers.Any(t => layers.Acts[t.Act].IsRemoteViolence && t.EndToken <= trigger.FirstToken && layers.SentenceOf(t.FirstToken) == sentence
                                    && !layers.Triggers.Any(g => g.Form == TriggerForm.Noun && layers.Acts[g.Act].IsGroundViolence && g.FirstToken >= t.EndToken && g.EndToken <= trigger.FirstToken));

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

    /// <summary>"The attack, which took place last Sunday": a relative clause right after the event noun tells about that event.</summary>
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
