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
    // Words between a subject and its verb: auxiliaries, adverbs, a quote mark ("its troops had "repelled"").
    private const int SubjectGap = 3;

    // Determiners and apostrophes between « de » and its noun: « de l'État islamique ».
    private const int DeterminerGap = 3;

    private bool IsLatin => layers.Doc.Language is Text.Language.French or Text.Language.English;

    /// <summary>A passive by its auxiliary (« ont été tués »), or by the agent phrase right after it ("abducted by gunmen").</summary>
    private bool IsLatinPassive(Frame frame) =>
        frame.Trigger.IsPassive || AgentPhraseAfter(frame.Trigger, frame.Sentence) is not null;

    /// <summary>« par des combattants de Boko Haram », "by gunmen": the agent of a passive or of an event noun.</summary>
    private ActorMention? AgentPhraseAfter(TriggerMention trigger, int sentence)
    {
        var cue = layers.CuesIn(sentence, CueKind.Agent).FirstOrDefault(c => c.FirstToken >= trigger.EndToken && c.FirstToken - trigger.EndToken <= 8);
        return cue is not null && ActorFrom(cue.EndToken, sentence) is { } agent && IsAgentLike(agent) ? agent : null;
    }

    /// <summary>
    /// The subject of an active verb or verb phrase: the nearest actor before it in its clause; when
    /// the verb opens its clause after an apposition ("the attackers, who came on motorbikes, shot"),
    /// the last actor of the clause before the apposition.
    /// </summary>
    private ActorMention? LatinSubject(Frame frame)
    {
        var trigger = frame.Trigger;
        var verbal = trigger.Form == TriggerForm.Verb || trigger.Form == TriggerForm.Phrase && !EventTyping.IsRemoteViolence(trigger.Act);
        if (!verbal || IsLatinPassive(frame))
        {
            return null;
        }

        var subject = SubjectBefore(trigger.FirstToken, frame.Sentence);
        return subject is not null && IsAgentLike(subject) ? subject : null;
    }

    /// <summary>The actor a verb at <paramref name="verb"/> has before it as its subject (or, for a passive, its patient).</summary>
    private ActorMention? SubjectBefore(int verb, int sentence)
    {
        var clause = layers.ClauseOf(verb);
        var near = layers.Actors.LastOrDefault(a => a.EndToken <= verb && verb - a.EndToken <= SubjectGap && layers.ClauseOf(a.FirstToken) == clause);
        if (near is not null)
        {
            return RefineLatin(near, sentence);
        }

        var opening = Enumerable.Range(0, verb).LastOrDefault(t => layers.ClauseOf(t) != clause, -1);
        var opensClause = Enumerable.Range(opening + 1, verb - opening - 1)
            .All(t => !layers.Doc.Tokens[t].IsWord || layers.Is(t, SyntaxRole.Auxiliary) || layers.Is(t, SyntaxRole.Perfect));
        if (!opensClause || opening < 0)
        {
            return null;
        }

        // Skip one apposition clause, provided it tells no event of its own.
        var apposition = layers.ClauseOf(opening);
        if (layers.Triggers.Any(t => layers.ClauseOf(t.FirstToken) == apposition && t.Form == TriggerForm.Verb))
        {
            return null;
        }

        var before = layers.Actors.LastOrDefault(a => a.EndToken <= opening && layers.ClauseOf(a.FirstToken) == apposition - 1 && layers.SentenceOf(a.FirstToken) == sentence);
        return before is null ? null : RefineLatin(before, sentence);
    }

    /// <summary>The patient of a passive or of a verb its subject undergoes: « cinq pêcheurs ont été tués ».</summary>
    private ActorMention? LatinPatient(Frame frame) =>
        frame.Trigger.Form == TriggerForm.Verb && IsLatinPassive(frame) ? SubjectBefore(frame.Trigger.FirstToken, frame.Sentence) : null;

    /// <summary>The first actor after the trigger in its clause or sentence: the object of a verb, the target of a noun.</summary>
    private ActorMention? LatinObject(Frame frame, ActorMention? agent)
    {
        var trigger = frame.Trigger;
        var after = layers.Actors.FirstOrDefault(a => a.FirstToken >= trigger.EndToken && a.FirstToken - trigger.EndToken <= 12
            && (layers.ClauseOf(a.FirstToken) == frame.Clause || layers.SentenceOf(a.FirstToken) == frame.Sentence)
            && (agent is null || a.EndToken <= agent.FirstToken || a.FirstToken >= agent.EndToken) && !IsPresence(a)
            && !IsAgentPhrase(a));
        return after is null ? null : RefineLatin(after, frame.Sentence);
    }

    /// <summary>An actor right after « par » / "by" is an agent, never a target.</summary>
    private bool IsAgentPhrase(ActorMention actor) =>
        layers.Cues.Any(c => c.Kind == CueKind.Agent && c.EndToken <= actor.FirstToken && actor.FirstToken - c.EndToken <= DeterminerGap);

    /// <summary>
    /// The owner of an event noun: an armed actor before it ("a JNIM attack", "ISWAP's assault"), an
    /// adjective of one after it (« attaque jihadiste »), or after « de » / "of" (« frappe de l'armée »).
    /// A preposition (« contre », "on") ends the search: what follows is the target.
    /// </summary>
    private ActorMention? LatinPossessor(TriggerMention trigger, int sentence)
    {
        var before = trigger.FirstToken - (layers.Doc.IsPunct(trigger.FirstToken - 2, '\'') && layers.Word(trigger.FirstToken - 1) == "s" ? 2 : 0);
        if (layers.Actors.LastOrDefault(a => a.EndToken == before) is { } prenominal && IsOwnerLike(prenominal))
        {
            return prenominal;
        }

        var next = trigger.EndToken;
        if (layers.ActorAt(next) is { } adjective && IsOwnerLike(adjective))
        {
            return RefineLatin(adjective, sentence);
        }

        if (!layers.Is(next, SyntaxRole.Of))
        {
            return null;
        }

        var owner = ActorAfterDeterminers(next + 1, sentence);
        return owner is not null && IsOwnerLike(owner) ? owner : null;
    }

    /// <summary>Owners are armed groups and forces by name, or unnamed fighters: « l'attaque du camp militaire » is on the camp.</summary>
    private static bool IsOwnerLike(ActorMention actor) =>
        actor.Actor is { } named ? ActorKinds.IsArmed(named.Kind) : actor.Role is ActorRole.Armed or ActorRole.Militant;

    /// <summary>The actor at <paramref name="from"/> once articles and apostrophes are passed (« de l'EIGS », "of the army").</summary>
    private ActorMention? ActorAfterDeterminers(int from, int sentence)
    {
        for (var t = from; t < from + DeterminerGap && t < layers.Doc.Tokens.Length && layers.SentenceOf(t) == sentence; t++)
        {
            if (layers.ActorAt(t) is { } actor)
            {
                return IsPresence(actor) ? null : RefineLatin(actor, sentence);
            }

            if (!layers.Is(t, SyntaxRole.Definite) && !layers.Is(t, SyntaxRole.Of) && !layers.Doc.IsPunct(t, '\''))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>« X a mené une attaque », "X carried out an air strike": the subject of the light verb before the noun.</summary>
    private ActorMention? LatinSupportSubject(Frame frame)
    {
        var support = layers.CuesIn(frame.Sentence, CueKind.Support).LastOrDefault(c => c.EndToken <= frame.Trigger.FirstToken && frame.Trigger.FirstToken - c.EndToken <= 4);
        return support is not null && SubjectBefore(support.FirstToken, frame.Sentence) is { } subject && IsAgentLike(subject) ? subject : null;
    }

    /// <summary>
    /// The claimant of a claim: the last armed group before the claim verb that is not a complement
    /// (« le GSIM, affilié à al-Qaïda, a revendiqué »), or the agent of a passive claim (« revendiquée par l'EIGS »).
    /// </summary>
    private ActorMention? LatinClaimant(CueMention cue, int sentence)
    {
        var before = layers.Actors.LastOrDefault(a => a.Actor is not null && a.EndToken <= cue.FirstToken && layers.SentenceOf(a.FirstToken) == sentence && !IsComplement(a));
        var passive = layers.CuesIn(sentence, CueKind.Agent).FirstOrDefault(c => c.FirstToken >= cue.EndToken && c.FirstToken - cue.EndToken <= 3);
        var agent = passive is null ? null : ActorAfterDeterminers(passive.EndToken, sentence);
        return agent is { Actor: not null } ? agent : before;
    }

    /// <summary>An actor that completes another word (« affilié à X », "linked to X", « des combattants de X ») is not a subject.</summary>
    private bool IsComplement(ActorMention actor)
    {
        var t = actor.FirstToken - 1;
        while (t >= 0 && actor.FirstToken - t <= DeterminerGap && (layers.Is(t, SyntaxRole.Definite) || layers.Doc.IsPunct(t, '\'')))
        {
            t--;
        }

        return layers.Is(t, SyntaxRole.Of) || layers.Is(t, SyntaxRole.In) || layers.Is(t, SyntaxRole.Belonging) || layers.Is(t, SyntaxRole.Preposition);
    }

    /// <summary>
    /// "Boko Haram fighters", "JNIM's militants": a generic noun after a named group is that group's;
    /// « combattants présumés de Boko Haram », "fighters from JNIM": so is one followed by « de » / "of" and the group;
    /// "the al Qaeda-linked JNIM": a group named as another's affiliate gives way to the group it qualifies.
    /// </summary>
    private ActorMention RefineLatin(ActorMention mention, int sentence)
    {
        if (mention.Actor is not null)
        {
            return AffiliateHead(mention, sentence) ?? mention;
        }

        if (mention.Role is not (ActorRole.Armed or ActorRole.Militant or ActorRole.Member or ActorRole.Leader or ActorRole.Volunteer))
        {
            return mention;
        }

        var end = mention.FirstToken - (layers.Doc.IsPunct(mention.FirstToken - 2, '\'') && layers.Word(mention.FirstToken - 1) == "s" ? 2 : 0);
        if (layers.Actors.LastOrDefault(a => a.EndToken == end && a.Actor is not null) is { } modifier && modifier.Actor!.Kind != ActorKinds.Civilians)
        {
            return mention with { Actor = modifier.Actor, Span = modifier.Span.Cover(mention.Span), FirstToken = modifier.FirstToken };
        }

        // Up to two words (« présumés », "suspected") between the noun and « de » / "of".
        for (var next = mention.EndToken; next <= mention.EndToken + 2 && next < layers.Doc.Tokens.Length && layers.Doc.Tokens[next].IsWord; next++)
        {
            if (layers.Is(next, SyntaxRole.Of) || layers.Is(next, SyntaxRole.In) || layers.Is(next, SyntaxRole.Belonging))
            {
                var owner = ActorAfterDeterminers(next + 1, sentence);
                return owner is { Actor: not null } && owner.Actor.Kind != ActorKinds.Civilians
                    ? mention with { Actor = owner.Actor, Span = mention.Span.Cover(owner.Span), EndToken = owner.EndToken }
                    : mention;
            }

            if (layers.ActorAt(next) is not null)
            {
                break;
            }
        }

        return mention;
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

    /// <summary>"L'attaque a tué…": a verb whose subject is a definite event noun tells the event already introduced.</summary>
    private bool HasDefiniteTriggerSubjectBefore(TriggerMention verb) =>
        layers.Triggers.Any(t => t.IsDefinite && t.EndToken <= verb.FirstToken && verb.FirstToken - t.EndToken <= SubjectGap && layers.InSameClause(t.FirstToken, verb.FirstToken));
}
