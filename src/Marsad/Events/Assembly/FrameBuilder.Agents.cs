using Marsad.Actors;

namespace Marsad.Events.Assembly;

internal sealed partial class FrameBuilder
{
    // How many tokens may sit between a verb and its subject or object (adverbs, a date word).
    private const int ArgumentGap = 3;

    // How far after a trigger "between" may open its two sides: a verb and a date may come first ("broke out on Sunday between").
    private const int BetweenReach = 6;

    // How far a verb of undergoing may stand before its event noun: the subject, a date and a place come between.
    private const int UndergoReach = 10;

    private void FindAgent(Frame frame)
    {
        var trigger = frame.Trigger;
        var candidates = new List<Participant>();
        if (Claimant(frame.Sentence) is { } claimant)
        {
            candidates.Add(new Participant(claimant, AgentStrength.Claim));
        }

        foreach (var cue in layers.CuesIn(frame.Sentence, CueKind.Agent).Where(c => c.FirstToken >= trigger.EndToken && c.FirstToken - trigger.EndToken <= 8))
        {
            if (ActorFrom(cue.EndToken, frame.Sentence) is { } agent && IsAgentLike(agent))
            {
                candidates.Add(new Participant(agent, AgentStrength.Explicit));
            }
        }

        if ((Subject(frame) ?? SpeakerOfReportedSubject(frame)) is { } subject)
        {
            candidates.Add(new Participant(subject, AgentStrength.Explicit));
        }

        if (trigger.Form != TriggerForm.Verb && Possessor(trigger, frame.Sentence) is { } owner && IsAgentLike(owner))
        {
            candidates.Add(new Participant(owner, AgentStrength.Explicit));
        }

        if (trigger.Form != TriggerForm.Verb && AdjectivalAgent(trigger) is { } kind)
        {
            candidates.Add(new Participant(kind, AgentStrength.Generic));
        }

        if (trigger.Form != TriggerForm.Verb && SupportVerbSubject(frame) is { } performer)
        {
            candidates.Add(new Participant(performer, AgentStrength.Explicit));
        }

        if (OccasionPerformer(frame) is { } occasionPerformer)
        {
            candidates.Add(new Participant(occasionPerformer, AgentStrength.Explicit));
        }

        foreach (var cue in layers.CuesIn(frame.Sentence, CueKind.Attribution))
        {
            if (Suspect(cue, frame) is { } suspect)
            {
                candidates.Add(new Participant(suspect, AgentStrength.Attribution));
            }
        }

        if (candidates.Count == 0 && GroupOfPersonActing(frame) is { } person)
        {
            candidates.Add(new Participant(person, AgentStrength.Explicit));
        }

        // Unnamed gunmen do the deed only when nothing else names its author, and never fly an air strike (nor a verb telling one).
        if (candidates.Count == 0 && !layers.Acts[trigger.Act].IsRemoteViolence && !frame.ModifiesWeapon || trigger.Act is Act.Explosive or Act.Suicide)
        {
            AddGenericAgent(frame, candidates);
        }

        // "اختطف مسلحون يعتقد أنهم من جماعة X": the suspected group names the gunmen the verb speaks of.
        frame.Agent = candidates.OrderByDescending(c => c.Mention.Actor is null && c.Mention.Role is ActorRole.Armed or ActorRole.Militant && candidates.Any(o => o.Strength == AgentStrength.Attribution)
                ? AgentStrength.Generic
                : c.Strength)
            .ThenByDescending(c => c.Mention.Actor is not null).FirstOrDefault();
        if (frame.Agent is { } chosen)
        {
            frame.Associates.AddRange(Associates(chosen.Mention, frame.Sentence));
        }
    }

    private void AddGenericAgent(Frame frame, List<Participant> candidates)
    {
        if (candidates.Count == 0 && layers.Actors.FirstOrDefault(a => layers.ClauseOf(a.FirstToken) == frame.Clause && a.Role is ActorRole.Armed && !IsPresence(a)
                && !layers.Triggers.Any(t => t != frame.Trigger && t.Form == TriggerForm.Verb && t.EndToken <= a.FirstToken && a.FirstToken - t.EndToken <= 1)
                && !VictimOfTheNoun(frame, a)) is { } generic)
        {
            candidates.Add(new Participant(Refine(generic, frame.Sentence), AgentStrength.Generic));
        }
    }

    /// <summary>
    /// Whom the trigger was done to: the two sides of a clash; the subject of a verb of undergoing (تعرض معسكر للجيش لهجوم);
    /// the patient before a passive where subjects come before their verb (« cinq pêcheurs ont été tués »); else the first
    /// actor after the trigger. An event noun of group change has no victim: unless another group is the one left (العودة إلى
    /// صفوف الجماعة), the group after it is the one that changes (« la fusion du CSP »). A definite object already named ("struck the base") makes the frame refer back.
    /// </summary>
    private void FindTarget(Frame frame)
    {
        var trigger = frame.Trigger;
        var agent = frame.Agent?.Mention;

        // "اشتباكات (عنيفة) بين مقاتلي الجماعة وأنصار المنشق", "fighting broke out on Sunday between X and Y": the two sides of a clash.
        var between = Enumerable.Range(trigger.EndToken, BetweenReach).FirstOrDefault(t => layers.Is(t, SyntaxRole.Between) && layers.InSameClause(t, trigger.FirstToken), -1);
        if (between >= 0 && ActorFrom(between + 1, frame.Sentence) is { } first)
        {
            var second = layers.Actors.FirstOrDefault(a => a.FirstToken >= first.EndToken && a.FirstToken - first.EndToken <= 4 && layers.SentenceOf(a.FirstToken) == frame.Sentence);
            if (second is not null)
            {
                frame.Agent = new Participant(first, AgentStrength.Explicit); // already refined by ActorFrom
                frame.Target = Refine(second, frame.Sentence);
                return;
            }
        }

        var target = CombatantIfNeutralized(Undergoer(frame) ?? PatientBefore(frame) ?? ObjectAfter(frame, agent));
        frame.Target = target;
        frame.Agent ??= GroupLeft(frame);
        if (target is { Actor: { } group } && frame.Agent is null && trigger.Form != TriggerForm.Verb && frame.Info.IsGroupChange && ActorKinds.IsArmed(group.Kind))
        {
            (frame.Agent, frame.Target) = (new Participant(target, AgentStrength.Explicit), null);
        }
        else
        {
            frame.Anaphoric |= target is not null && target.FirstToken > trigger.FirstToken && IsNamedBefore(target);
        }

        MarkVictims(frame);
    }

    /// <summary>
    /// "تحييد مجموعة مسلحة", "مقتل مسلحين": right after an event noun of killing stands who was killed (its genitive), never who killed.
    /// </summary>
    private static bool VictimOfTheNoun(Frame frame, ActorMention actor) =>
        frame.Trigger.Form == TriggerForm.Noun && frame.Info.Counts == Act.Kill && actor.FirstToken >= frame.Trigger.EndToken && actor.FirstToken - frame.Trigger.EndToken <= 1;

    /// <summary>
    /// "تحييد ركابها", « neutraliser les occupants »: people said to be neutralised are fighters (the word is the armies' for killing
    /// combatants), whatever noun counts them.
    /// </summary>
    private ActorMention? CombatantIfNeutralized(ActorMention? target) =>
        target is { Actor: null, Role: ActorRole.Civilian or ActorRole.Person }
        && layers.Triggers.Any(t => t.Act == Act.Neutralize && t.EndToken <= target.FirstToken && target.FirstToken - t.EndToken <= 1)
            ? target with { Role = ActorRole.Armed }
            : target;

    /// <summary>The patient of a passive verb, where subjects come before their verb: « cinq pêcheurs ont été tués ».</summary>
    private ActorMention? PatientBefore(Frame frame) =>
        !layers.Grammar.SubjectAfterVerb && frame.Trigger.Form == TriggerForm.Verb && IsPassive(frame) ? SubjectBefore(frame.Trigger.FirstToken, frame.Sentence) : null;

    /// <summary>
    /// The first actor after the trigger in its clause or sentence: the object of a verb, the target of a noun. Not the agent,
    /// one only present, suspected or telling it, nor one inside a clause about a place or thing ("اقتحموا البلدة التي تضم
    /// موقعا للمتطوعين"). Where the subject follows its verb, an active verb's object comes after its subject, and gunmen right
    /// after it are its subject.
    /// </summary>
    private ActorMention? ObjectAfter(Frame frame, ActorMention? agent)
    {
        var trigger = frame.Trigger;
        var active = layers.Grammar.SubjectAfterVerb && !trigger.IsPassive && trigger.Form == TriggerForm.Verb && !IsPatientFirst(trigger);
        var after = layers.Actors.FirstOrDefault(a => a.FirstToken >= trigger.EndToken && a.FirstToken - trigger.EndToken <= 12
            && (layers.ClauseOf(a.FirstToken) == frame.Clause || layers.SentenceOf(a.FirstToken) == frame.Sentence)
            && (agent is null || (a.EndToken <= agent.FirstToken || a.FirstToken >= agent.EndToken) && (a.Actor is null || a.Actor != agent.Actor))
            && !IsPresence(a) && !IsSuspect(a) && !IsAgentPhrase(a) && !IsReporter(a) && !InRelativeClauseOfAThing(trigger.EndToken, a.FirstToken)
            && !(active && (agent is not null && a.FirstToken < agent.EndToken || a.Role is ActorRole.Armed)));
        return after is null ? null : Refine(OwnerOfInstallation(after), frame.Sentence);
    }

    /// <summary>"معسكرا للجيش المالي": a military installation stands for the force named as its owner right after it.</summary>
    private ActorMention OwnerOfInstallation(ActorMention mention) =>
        mention.Number == NounNumber.Installation && mention.Role == ActorRole.Military && layers.ActorAt(mention.EndToken) is { Actor: not null } owner
        && layers.PrefixEndsWith(owner.Prefix, SyntaxRole.Owner)
            ? owner
            : mention;

    /// <summary>"تعرض معسكر للجيش لهجوم": the subject of a verb of undergoing, before the لـ event noun, is what was hit.</summary>
    private ActorMention? Undergoer(Frame frame)
    {
        var trigger = frame.Trigger;
        if (trigger.Form != TriggerForm.Noun || !trigger.Prefix.EndsWith('ل'))
        {
            return null;
        }

        var verb = Enumerable.Range(Math.Max(0, trigger.FirstToken - UndergoReach), Math.Min(trigger.FirstToken, UndergoReach))
            .LastOrDefault(t => layers.Is(t, SyntaxRole.Undergo) && layers.InSameClause(t, trigger.FirstToken), -1);
        return verb < 0 ? null : layers.Actors.FirstOrDefault(a => a.FirstToken > verb && a.EndToken <= trigger.FirstToken);
    }

    /// <summary>
    /// "دفع العديد من المقاتلين، الذين كانوا مرتبطين بداعش، إلى العودة إلى صفوف الجماعة": an event noun of joining says
    /// who joins only by the group they came from, the last other armed group named before it in its sentence.
    /// </summary>
    private Participant? GroupLeft(Frame frame)
    {
        if (frame.Trigger.Form == TriggerForm.Verb || frame.Act != Act.Join || frame.Target?.Actor is not { } joined)
        {
            return null;
        }

        var left = layers.Actors.LastOrDefault(a => a.EndToken <= frame.Trigger.FirstToken && layers.SentenceOf(a.FirstToken) == frame.Sentence
                                                    && a.Actor is { IsTemplate: false } group && group != joined && ActorKinds.IsArmed(group.Kind));
        return left is null ? null : new Participant(left, AgentStrength.Generic);
    }

    private void MarkVictims(Frame frame)
    {
        frame.MilitaryTarget = frame.Target is { } target && IsArmedSide(target);
        frame.CivilianVictims = frame.Target is { Role: ActorRole.Civilian or ActorRole.Person } or { Actor.Kind: Events.ActorKinds.Civilians };
        frame.PersonVictim = frame.Act is Act.Kill or Act.Execute or Act.Capture or Act.Arrest or Act.Abduct or Act.Coup ? PersonVictim(frame)
            : frame.Info.IsGroupChange ? PersonActing(frame) : null;
    }

    /// <summary>
    /// The person a kill or capture is about: named just after the trigger (مقتل القيادي X), or just
    /// before a relative clause that tells it ("X، الذي قُتل على يد …").
    /// </summary>
    private PersonMention? PersonVictim(Frame frame)
    {
        var trigger = frame.Trigger;
        var after = layers.Persons.FirstOrDefault(p => p.FirstToken >= trigger.EndToken && p.FirstToken - trigger.EndToken <= 12
                                                       && (p.FirstToken - trigger.EndToken <= 6 || layers.ClauseOf(p.FirstToken) == frame.Clause) && layers.SentenceOf(p.FirstToken) == frame.Sentence);
        if (after is not null)
        {
            return after;
        }

        // "قبل مقتله": the pronoun on the noun is the person just named.
        if (trigger.Form == TriggerForm.Noun && trigger.Suffix is "ه" or "هم" or "ها")
        {
            return layers.Persons.LastOrDefault(p => p.EndToken <= trigger.FirstToken && trigger.FirstToken - p.EndToken <= 6);
        }

        var relative = trigger.FirstToken - 1;
        while (relative >= 0 && layers.Doc.Tokens[relative].Kind == Text.TokenKind.Punct)
        {
            relative--;
        }

        return layers.Is(relative, SyntaxRole.Relative)
            ? layers.Persons.LastOrDefault(p => p.EndToken <= relative && relative - p.EndToken <= 2)
            : null;
    }

    /// <summary>
    /// Who a cue blames: "يعتقد أنهم من X" → X. After a verb of blame (اتهم، حمّل) an armed actor right
    /// after the verb is the one blaming ("حمّلت القوات المسلحة … الجماعات الإرهابية مسؤولية"), so
    /// the suspect is the next one.
    /// </summary>
    private ActorMention? Suspect(CueMention cue, Frame frame)
    {
        var armed = layers.Actors
            .Where(a => a.FirstToken >= cue.EndToken && a.FirstToken - cue.EndToken <= 14 && layers.SentenceOf(a.FirstToken) == frame.Sentence)
            .Select(a => Refine(a, frame.Sentence))
            .Where(a => IsAgentLike(a) && !IsPresence(a))
            .ToList();
        if (NamesAffiliations(armed))
        {
            return null;
        }

        if (armed.Count > 1 && armed[0].FirstToken - cue.EndToken <= 1)
        {
            return armed[1];
        }

        return armed.FirstOrDefault();
    }

    /// <summary>
    /// "cells linked to al-Qaeda and to IS", « des katibas liées à Al-Qaïda et à l'EI »: two armed groups joined
    /// after the attribution tell what the insurgency is tied to, not who did this (a force and its allies accused together did it).
    /// </summary>
    private bool NamesAffiliations(List<ActorMention> suspects) =>
        suspects.Count > 1 && suspects[0].Actor is { } first && suspects[1].Actor is { } second && first.Id != second.Id
        && IsNonStateGroup(first) && IsNonStateGroup(second)
        && JoinedInAList(suspects[0].EndToken, SkipPreposition(suspects[1].FirstToken, suspects[0].EndToken));

    private static bool IsNonStateGroup(Actor actor) => ActorKinds.IsArmed(actor.Kind) && !ActorKinds.IsState(actor.Kind);

    /// <summary>The start of a name, or of the preposition repeated before it (« et à l'EI »), as far back as <paramref name="floor"/>.</summary>
    private int SkipPreposition(int nameStart, int floor) =>
        nameStart > floor && layers.Is(nameStart - 1, SyntaxRole.Preposition) ? nameStart - 1 : nameStart;

    /// <summary>
    /// "ابتكر مومن فكرة …، حيث قام باختطاف مدنيين": a person the article ties to an armed group, the last one named
    /// before an active verb in its sentence with no other actor between, acts for the group.
    /// </summary>
    private ActorMention? GroupOfPersonActing(Frame frame)
    {
        var trigger = frame.Trigger;
        if (IsLatin || trigger.IsPassive || trigger.Act is not (Act.Abduct or Act.Attack or Act.Storm or Act.Ambush))
        {
            return null;
        }

        var person = layers.Persons.LastOrDefault(p => p.EndToken <= trigger.FirstToken && layers.SentenceOf(p.FirstToken) == frame.Sentence);
        return person is not null && (person.Group ?? layers.GroupOfPerson.GetValueOrDefault(person.Name)) is { } group
               && ActorKinds.IsArmed(group.Kind) && !ActorKinds.IsState(group.Kind)
               && !layers.Actors.Any(a => a.FirstToken >= person.EndToken && a.EndToken <= trigger.FirstToken)
            ? new ActorMention(person.FirstToken, person.EndToken, person.Span, "", ActorRole.Leader, group, NounNumber.Singular)
            : null;
    }

    /// <summary>Who leaves, joins or founds a group: the person right after the verb, or the one the clause is about.</summary>
    private PersonMention? PersonActing(Frame frame) =>
        layers.Persons.FirstOrDefault(p => p.FirstToken >= frame.Trigger.EndToken && p.FirstToken - frame.Trigger.EndToken <= 2 && layers.SentenceOf(p.FirstToken) == frame.Sentence)
        ?? layers.Persons.LastOrDefault(p => p.EndToken <= frame.Trigger.FirstToken && layers.SentenceOf(p.FirstToken) == frame.Sentence);

    /// <summary>
    /// A kill or abduction verb followed first by a count or a victim noun reads as its patient (قتل 12 مدنيا); so does an
    /// indefinite noun of people after a verb that counts them and carries no object pronoun, when no object follows that noun (قتل جندي وسبعة مسلحين في
    /// هجوم): unvowelled, قُتل and قَتل are one word, and an active verb would take its object right after its subject.
    /// </summary>
    private bool IsPatientFirst(TriggerMention trigger)
    {
        var next = trigger.EndToken;
        if (layers.Numbers.Any(n => n.FirstToken == next))
        {
            return true;
        }

        return layers.ActorAt(next) is { } first
               && (first.Role is ActorRole.Civilian or ActorRole.Person or ActorRole.Leader or ActorRole.Member
                   || layers.Acts[trigger.Act].Counts is not null && trigger.Suffix.Length == 0 && first.Actor is null && !IsDefinite(first)
                      && !HasObjectAt(first.EndToken));
    }

    private bool IsDefinite(ActorMention mention) =>
        mention.Prefix.Contains("ال", StringComparison.Ordinal) || layers.Word(mention.FirstToken).StartsWith("ال", StringComparison.Ordinal);

    /// <summary>An object starts at <paramref name="token"/>: a count or a noun of people not joined by "and" to the one before.</summary>
    private bool HasObjectAt(int token) =>
        token < layers.Doc.Tokens.Length && !layers.Word(token).StartsWith('و')
        && (layers.Numbers.Any(n => n.FirstToken == token) || layers.ActorAt(token) is not null);

    private bool InRelativeClauseOfAThing(int from, int actor) =>
        Enumerable.Range(from, Math.Max(0, actor - from)).Any(t => layers.Is(t, SyntaxRole.Relative) && t > from && layers.ActorAt(t - 1) is null
                                                                   && !layers.Actors.Any(a => a.FirstToken < t && a.EndToken == t));

    /// <summary>
    /// "الانقلاب العسكري، الهجوم الإرهابي": a definite adjective after a definite event noun says who did it
    /// (a genitive would follow a noun without the article: مقتل الجندي).
    /// </summary>
    private ActorMention? AdjectivalAgent(TriggerMention trigger)
    {
        // "هجوم إرهابي": an indefinite event noun takes an indefinite adjective of kind right after it.
        if (!trigger.IsDefinite)
        {
            return !IsLatin && layers.ActorAt(trigger.EndToken) is { Actor: null, Role: ActorRole.Militant, Number: NounNumber.Singular, Prefix.Length: 0 } adjective ? adjective : null;
        }

        // The adjective may be part of the trigger phrase itself (الانقلاب العسكري).
        for (var t = trigger.FirstToken + 1; t <= trigger.EndToken; t++)
        {
            if (layers.ActorAt(t) is { Actor: null, Role: ActorRole.Military or ActorRole.Militant } kind && kind.FirstToken == t && kind.Prefix.EndsWith("ال", StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return null;
    }

    private static bool HasPreposition(ActorMention actor) => actor.Prefix.Length > 0 && actor.Prefix[^1] is 'ل' or 'ب' or 'ك';

    /// <summary>The first actor starting within a few tokens of <paramref name="from"/>, with "X من Y" read as Y.</summary>
    private ActorMention? ActorFrom(int from, int sentence, int gap = ArgumentGap, bool stopAtPreposition = false)
    {
        for (var t = from; t < from + gap && t < layers.Doc.Tokens.Length && layers.SentenceOf(t) == sentence; t++)
        {
            // "وحدة من الجيش": a link word after a plain noun belongs to the noun, not to the verb.
            if (stopAtPreposition && layers.Is(t, SyntaxRole.Preposition) && !(layers.Is(t, SyntaxRole.Of) && t > from && IsPlainWord(t - 1)))
            {
                return null;
            }

            if (layers.ActorAt(t) is { } actor)
            {
                return IsPresence(actor) ? null : Refine(actor, sentence);
            }
        }

        return null;
    }

    /// <summary>Actors named beside the agent: "الجيش المالي وعناصر من الفيلق الأفريقي", "برفقة عناصر من فاغنر".</summary>
    private IEnumerable<ActorMention> Associates(ActorMention agent, int sentence)
    {
        var next = agent.EndToken;
        var joined = layers.ActorAt(next) is { Prefix: "و" } ? layers.ActorAt(next) : null;
        if (joined is null && layers.Is(next, SyntaxRole.Accompany))
        {
            joined = ActorFrom(next + 1, sentence);
        }

        if (joined is not null)
        {
            var refined = Refine(joined, sentence);
            if (refined.Actor is not null && refined.Actor != agent.Actor && Events.ActorKinds.IsArmed(refined.Actor.Kind))
            {
                yield return refined;
            }
        }
    }

    /// <summary>The group after "يعتقد أنهم من" is who did it, never whom it was done to.</summary>
    private bool IsSuspect(ActorMention actor) =>
        layers.Cues.Any(c => c.Kind == CueKind.Attribution && c.EndToken <= actor.FirstToken && actor.FirstToken - c.EndToken <= 2);

    private bool IsPresence(ActorMention actor) =>
        layers.Cues.Any(c => c.Kind == CueKind.Presence && c.EndToken <= actor.FirstToken && actor.FirstToken - c.EndToken <= 3);

    /// <summary>An armed actor or force that can act; a military installation (ثكنة، معسكر) stands for the force in it only as what is hit.</summary>
    private static bool IsAgentLike(ActorMention actor) => actor.Number != NounNumber.Installation && (actor.Actor is { } named
        ? Events.ActorKinds.IsArmed(named.Kind) || named.Kind is Events.ActorKinds.Government or Events.ActorKinds.Protesters
        : actor.Role is ActorRole.Armed or ActorRole.Militant or ActorRole.Military or ActorRole.Mutineer or ActorRole.Police or ActorRole.Security or ActorRole.Volunteer or ActorRole.Protester);

    private static bool IsArmedSide(ActorMention actor) => actor.Actor is { } named
        ? Events.ActorKinds.IsArmed(named.Kind)
        : actor.Role is ActorRole.Military or ActorRole.Mutineer or ActorRole.Police or ActorRole.Security or ActorRole.Volunteer or ActorRole.Militant or ActorRole.Armed;
}
