using Marsad.Actors;

namespace Marsad.Events.Assembly;

/// <summary>
/// Argument structure for every language: the subject of a verb, after it or before it (after reporting words, past an
/// apposition), a light verb's subject, a claim's claimant, a passive and its agent phrase, the complements that make an
/// actor no subject. Where each language puts an argument is read from <c>data/lexicon/LANG/grammar.tsv</c> and its
/// function words from <c>syntax.tsv</c>; elided articles (« l' », « d' ») are tokens of their own.
/// </summary>
internal sealed partial class FrameBuilder
{
    // How many plain nouns may stand in the phrase a word of aim governs before the group it ends with ("معاقل مسلحي الجماعة").
    private const int AimedPhraseWords = 2;

    // How far before its claim noun a subject after the verb may be named: its appositions come between ("أعلنت جماعة X، فرع تنظيم Y، مسؤوليتها").
    private const int ClaimReach = 12;

    // Determiners and apostrophes between « de » and its noun: « de l'État islamique ».
    private const int DeterminerGap = 3;

    // How far after its act "in" may open the operation it happened in: the count and the victims come between (قتل خمسة مدنيين في عملية).
    private const int OccasionReach = 6;

    // Words of a weapon's own noun phrase before it: the aircraft and its nationality (طائرات نيجيرية مسيرة).
    private const int WeaponPhraseGap = 2;

    // « à », « l », « ' » between an attack and its weapon.
    private const int WeaponPrepositionGap = 3;

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
            .Where(a => a.EndToken <= verb && verb - a.EndToken <= layers.Grammar.SubjectReach && layers.ClauseOf(a.FirstToken) == clause && !AimedAt(a))
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

    /// <summary>An actor that completes another word (« affilié à X », "linked to X", « des combattants de X ») is not a subject.</summary>
    private bool IsComplement(ActorMention actor)
    {
        var link = WordBeforeDeterminers(actor);
        if (IsDashedBelonging(link))
        {
            return false;
        }

        return IsDashedBelonging(actor.EndToken + 1) || layers.Is(link, SyntaxRole.Of) || layers.Is(link, SyntaxRole.In) || layers.Is(link, SyntaxRole.Belonging) || layers.Is(link, SyntaxRole.Preposition);
    }

    /// <summary>"the al-Qaeda-linked JNIM": the group after the dashed compound heads the phrase; the one inside it qualifies it.</summary>
    private bool IsDashedBelonging(int link) => layers.Is(link, SyntaxRole.Belonging) && layers.Doc.IsPunct(link - 1, '-');

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

    /// <summary>
    /// An actor inside the noun phrase a word of aim governs ("خلال عملية ضد عناصر تنظيم X دمرت", "غارات على معاقل الجماعة"): whatever
    /// verb follows, the group is what was aimed at, not the verb's subject. The phrase runs back over actors and plain nouns.
    /// </summary>
    private bool AimedAt(ActorMention actor)
    {
        var first = actor.FirstToken;
        for (var plain = 0; first > 0 && !layers.Is(first - 1, SyntaxRole.Against); )
        {
            if (layers.Actors.LastOrDefault(a => a.EndToken == first) is { } before)
            {
                first = before.FirstToken;
            }
            else if (plain++ < AimedPhraseWords && IsPlainWord(first - 1))
            {
                first--;
            }
            else
            {
                break;
            }
        }

        return first > 0 && layers.Is(first - 1, SyntaxRole.Against);
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

    /// <summary>
    /// The subject of an active verb or verb phrase. Not of a passive: one marked (« ont été tués »), one with an agent
    /// phrase after it ("abducted by gunmen"), or, where the subject follows its verb, one whose patient comes first (قتل 12 مدنيا)
    /// or whose subject is an event noun before it, fronted after "that" or described by the verb (أن الهجوم استهدف ثكنة الجيش،
    /// هجوم استهدف ثكنة: the barracks is what was hit).
    /// </summary>
    private ActorMention? Subject(Frame frame)
    {
        var trigger = frame.Trigger;
        var grammar = layers.Grammar;
        var verbal = trigger.Form == TriggerForm.Verb || trigger.Form == TriggerForm.Phrase && grammar.PhraseSubjectIsAgent && !layers.Acts[trigger.Act].IsRemoteViolence;
        if (!verbal || IsPassive(frame) || grammar.SubjectAfterVerb && (IsPatientFirst(trigger) || FrontedEventNounSubject(trigger)))
        {
            return null;
        }

        return SubjectOf(trigger.FirstToken, trigger.EndToken, frame.Sentence);
    }

    /// <summary>How many words besides the speaker and "that" may stand between a report and the pronoun that resumes its speaker (later, يوم السبت).</summary>
    private const int WordsBeforeReportedSubject = 3;

    /// <summary>
    /// "The army said it had killed", "وقال الجيش لاحقا إنه قتل", « l'armée a indiqué qu'elle avait neutralisé »: an active verb
    /// whose subject is only a pronoun opening what someone said is done by the speaker; so is an event noun after a light
    /// verb with such a subject ("the group said it had carried out the raid").
    /// </summary>
    private ActorMention? SpeakerOfReportedSubject(Frame frame)
    {
        var trigger = frame.Trigger;
        if (trigger.Form == TriggerForm.Verb)
        {
            return IsPassive(frame) ? null : SpeakerResumedBefore(trigger.FirstToken, frame.Sentence);
        }

        return LightVerbBefore(frame) is { } support ? SpeakerResumedBefore(support.FirstToken, frame.Sentence) : null;
    }

    /// <summary>The light verb an event noun follows within the language's reach ("carried out the raid", "نفذت … غارات").</summary>
    private CueMention? LightVerbBefore(Frame frame) =>
        layers.CuesIn(frame.Sentence, CueKind.Support)
            .LastOrDefault(c => c.EndToken <= frame.Trigger.FirstToken && frame.Trigger.FirstToken - c.EndToken <= layers.Grammar.LightVerbReach);

    /// <summary>The speaker of the report a pronoun right before <paramref name="verb"/> resumes, with nobody else named between.</summary>
    private ActorMention? SpeakerResumedBefore(int verb, int sentence)
    {
        // « a affirmé avoir tué »: an infinitive perfect has the speaker as its subject, as a pronoun would.
        var pronoun = verb - 1;
        while (pronoun >= 0 && !layers.IsWithClitic(pronoun, SyntaxRole.ReportedSubject) && (layers.Is(pronoun, SyntaxRole.Perfect) || layers.Is(pronoun, SyntaxRole.Auxiliary)))
        {
            pronoun--;
        }

        if (pronoun < 0 || !layers.IsWithClitic(pronoun, SyntaxRole.ReportedSubject))
        {
            return null;
        }

        // « a affirmé mardi dans un communiqué avoir tué »: the speaker may stand before an earlier report verb of the sentence.
        var reports = layers.CuesIn(sentence, CueKind.Report).Where(c => c.EndToken <= pronoun).ToList();
        for (var r = reports.Count - 1; r >= 0; r--)
        {
            var report = reports[r];
            if (layers.Triggers.Any(t => t.FirstToken >= report.EndToken && t.EndToken <= pronoun))
            {
                return null;
            }

            // The speaker stands before the report in Latin script ("the army said") and after it in Arabic (قال الجيش).
            var speaker = layers.Actors.LastOrDefault(a => a.EndToken <= report.FirstToken && report.FirstToken - a.EndToken <= 2 && layers.SentenceOf(a.FirstToken) == sentence)
                          ?? layers.Actors.FirstOrDefault(a => a.FirstToken >= report.EndToken && a.EndToken <= pronoun);
            if (speaker is null)
            {
                continue;
            }

            if (layers.Actors.Any(a => a != speaker && a.FirstToken >= report.EndToken && a.EndToken <= pronoun))
            {
                return null;
            }

            var words = Enumerable.Range(report.EndToken, pronoun - report.EndToken)
                .Count(t => layers.Doc.Tokens[t].IsWord && !layers.Is(t, SyntaxRole.That) && (t < speaker.FirstToken || t >= speaker.EndToken)
                            && !reports.Exists(c => c.FirstToken <= t && t < c.EndToken) && !layers.InDateWords(t));
            var refined = Refine(speaker, sentence);
            return words <= WordsBeforeReportedSubject && IsAgentLike(refined) ? refined : null;
        }

        return null;
    }

    private bool FrontedEventNounSubject(TriggerMention verb) =>
        layers.Triggers.Any(t => t.Form == TriggerForm.Noun && (FrontedAfterThat(t, verb) || DescribedByVerb(t, verb) || EventNounAfterVerb(t, verb)));

    /// <summary>"واستهدف الهجوم موقعا للمتطوعين": a definite event noun right after the verb is its subject; the actor after it is what was hit.</summary>
    private static bool EventNounAfterVerb(TriggerMention noun, TriggerMention verb) =>
        noun.IsDefinite && noun.FirstToken == verb.EndToken && verb.Suffix.Length == 0;

    /// <summary>
    /// "قال إن التفجيرات استهدفت", "الهجوم استهدف دورية" opening a headline or sentence: a definite event noun right before the
    /// verb, after "that" or first in its sentence, is its subject.
    /// </summary>
    private bool FrontedAfterThat(TriggerMention noun, TriggerMention verb) =>
        noun.IsDefinite && noun.EndToken == verb.FirstToken
        && (layers.Is(noun.FirstToken - 1, SyntaxRole.That) || layers.Doc.Sentences[layers.SentenceOf(noun.FirstToken)].FirstToken == noun.FirstToken);

    /// <summary>
    /// "هجوم (إرهابي) استهدف ثكنة", "الهجوم الذي استهدف": a verb describing the event noun just before it (an indefinite noun
    /// needs no relative pronoun) has that noun as its subject, so what follows is what was hit. Not when the verb carries the
    /// noun as its object pronoun ("هجوم شنه مسلحون": the performer follows).
    /// </summary>
    private bool DescribedByVerb(TriggerMention noun, TriggerMention verb)
    {
        if (verb.Suffix.Length > 0 || verb.FirstToken < noun.EndToken)
        {
            return false;
        }

        var between = noun.EndToken;
        if (layers.ActorAt(between) is { Actor: null, Role: ActorRole.Militant or ActorRole.Armed, Number: NounNumber.Singular } adjective)
        {
            between = adjective.EndToken; // "هجوم إرهابي": the adjective of kind belongs to the noun
        }

        return noun.IsDefinite ? layers.Is(between, SyntaxRole.Relative) && between + 1 == verb.FirstToken : between == verb.FirstToken;
    }

    /// <summary>
    /// The acting subject of the verb at [<paramref name="first"/>, <paramref name="end"/>): right after it where the language
    /// puts it there ("تبنت جماعة X"; never after a preposition, "انشق عن الجماعة", nor carrying one, "مبايعته لتنظيم"),
    /// else before it in its clause.
    /// </summary>
    private ActorMention? SubjectOf(int first, int end, int sentence)
    {
        if (layers.Grammar.SubjectAfterVerb && ActorFrom(end, sentence, stopAtPreposition: true) is { } after && IsAgentLike(after) && !HasPreposition(after))
        {
            return after;
        }

        return SubjectBefore(first, sentence, agentOnly: true) is { } before && IsAgentLike(before) ? before : null;
    }

    /// <summary>"نفذت مروحيات تابعة للجيش … غارات", « X a mené une attaque »: the subject of a light verb before an event noun performs it.</summary>
    private ActorMention? SupportVerbSubject(Frame frame)
    {
        var support = LightVerbBefore(frame);
        return support is not null && SubjectOf(support.FirstToken, support.EndToken, frame.Sentence) is { } subject && subject.FirstToken < frame.Trigger.FirstToken
            ? subject
            : ResumingSupportVerbSubject(frame);
    }

    /// <summary>
    /// "هجوم شنه مسلحون", "الهجوم الذي نفذته عناصر من جماعة X": a light verb right after the event noun (or its relative
    /// pronoun), whose object pronoun is the noun, has the performer as its subject after it.
    /// </summary>
    private ActorMention? ResumingSupportVerbSubject(Frame frame)
    {
        // "هجوم جديد شنته جماعة X", "هجوم إرهابي نفذته عناصر …": the noun's adjectives stand between it and the light verb.
        var next = frame.Trigger.EndToken;
        for (var adjectives = 0; adjectives <= NounAdjectives && next < layers.Doc.Tokens.Length; adjectives++, next++)
        {
            if (adjectives > 0 && !IsAdjectiveLike(next - 1, frame.Sentence))
            {
                return null;
            }

            if (PerformerAfterNoun(next, frame.Sentence) is { } performer)
            {
                return performer;
            }
        }

        return null;
    }

    /// <summary>
    /// A word that can only qualify the noun before it: a plain word (no function word, no "and", no trigger or comma) or an
    /// unnamed singular militant noun, which after an event noun is its adjective ("هجوم إرهابي").
    /// </summary>
    private bool IsAdjectiveLike(int token, int sentence) =>
        (IsPlainWord(token) || layers.ActorAt(token) is { Actor: null, Number: NounNumber.Singular, Role: ActorRole.Militant } militant && militant.EndToken == token + 1
                                && !layers.Triggers.Any(t => t.FirstToken <= token && token < t.EndToken))
        && layers.SentenceOf(token) == sentence && !layers.Word(token).StartsWith('و') && !layers.Is(token, SyntaxRole.Preposition)
        && !layers.Is(token, SyntaxRole.In) && !layers.Is(token, SyntaxRole.Relative) && !layers.Cues.Any(c => c.FirstToken <= token && token < c.EndToken);

    /// <summary>
    /// "قتل خمسة مدنيين في عملية نفذتها جماعة X": the performer of the operation the act is told as happening in did it, even
    /// when the operation's noun tells no act of its own.
    /// </summary>
    private ActorMention? OccasionPerformer(Frame frame)
    {
        var occasion = Enumerable.Range(frame.Trigger.EndToken, OccasionReach)
            .FirstOrDefault(t => layers.Is(t, SyntaxRole.In) && layers.InSameClause(t, frame.Trigger.FirstToken) && t + 2 < layers.Doc.Tokens.Length, -1);
        return occasion >= 0 && IsPlainWord(occasion + 1) ? PerformerAfterNoun(occasion + 2, frame.Sentence) : null;
    }

    /// <summary>The subject after a light verb at <paramref name="next"/> (or past a relative pronoun there) whose object pronoun is the noun just before.</summary>
    private ActorMention? PerformerAfterNoun(int next, int sentence)
    {
        next += layers.Is(next, SyntaxRole.Relative) ? 1 : 0;
        var support = layers.CuesIn(sentence, CueKind.Support).FirstOrDefault(c => c.FirstToken == next && c.EndToken == next + 1);
        var verb = layers.Word(next);
        return layers.Grammar.SubjectAfterVerb && support is not null && (verb.EndsWith('ه') || verb.EndsWith("ها", StringComparison.Ordinal)) && !verb.StartsWith('و')
               && ActorFrom(support.EndToken, sentence, stopAtPreposition: true) is { } performer && IsAgentLike(performer)
            ? performer
            : null;
    }

    /// <summary>
    /// The claimant of a claim in the sentence: the group after it, as the subject where the subject follows its verb
    /// ("تبنت جماعة X") or as the agent of a passive claim (« revendiquée par l'EIGS »); else the group before the claim that
    /// completes no other word: the first one where the subject follows its verb, since the claim noun comes after the
    /// subject and its appositions ("أعلنت جماعة X، فرع تنظيم Y، مسؤوليتها"), the last one where the subject comes before
    /// its verb (« le GSIM, affilié à al-Qaïda, a revendiqué »).
    /// </summary>
    private ActorMention? Claimant(int sentence)
    {
        var subjectAfterVerb = layers.Grammar.SubjectAfterVerb;
        foreach (var cue in layers.CuesIn(sentence, CueKind.Claim))
        {
            var named = layers.Actors.Where(a => a.Actor is not null && a.EndToken <= cue.FirstToken && layers.SentenceOf(a.FirstToken) == sentence && !IsComplement(a));
            var before = subjectAfterVerb ? named.FirstOrDefault(a => cue.FirstToken - a.EndToken <= ClaimReach) : named.LastOrDefault();
            var passive = layers.CuesIn(sentence, CueKind.Agent).FirstOrDefault(c => c.FirstToken >= cue.EndToken && c.FirstToken - cue.EndToken <= ArgumentGap);
            var after = passive is not null ? ActorAfterDeterminers(passive.EndToken, sentence) : subjectAfterVerb ? ActorFrom(cue.EndToken, sentence) : null;
            var claimant = (after is { Actor: not null } ? after : null) ?? before;
            if (claimant?.Actor is not null && Events.ActorKinds.IsArmed(claimant.Actor.Kind))
            {
                return claimant;
            }
        }

        return null;
    }

    /// <summary>
    /// "غارة جوية استهدفت", "Une frappe de drone a visé un mariage": a verb of ground violence right after a remote weapon tells
    /// that weapon's strike, as does a verb of violence whose subject the weapon is where subjects follow their verb
    /// ("استهدفت غارة جوية", "قصفت طائرة مسيرة"); where the language allows ("helicopters … later struck a convoy"), so does an
    /// attack verb later in its sentence with no ground fight told between.
    /// </summary>
    private bool DescribesStrike(TriggerMention trigger, int sentence) =>
        NamesItsWeapon(trigger)
        || trigger.Form == TriggerForm.Verb
        && layers.Triggers.Any(t => layers.Acts[t.Act].IsRemoteViolence
                                    && (t.EndToken <= trigger.FirstToken
                                        && (layers.Acts[trigger.Act].IsGroundViolence && trigger.FirstToken - t.EndToken <= 2
                                            || layers.Grammar.StrikeToldByLaterAttackVerb && trigger.Act is Act.Attack or Act.Fire && layers.SentenceOf(t.FirstToken) == sentence
                                               && !layers.Triggers.Any(g => g.Form == TriggerForm.Noun && layers.Acts[g.Act].IsGroundViolence && g.FirstToken >= t.EndToken && g.EndToken <= trigger.FirstToken))
                                        || layers.Grammar.SubjectAfterVerb && t.Form == TriggerForm.Noun && t.FirstToken >= trigger.EndToken && StrikeSubjectAfter(trigger, t)
                                           && t.Act != trigger.Act && (layers.Acts[trigger.Act].IsGroundViolence || layers.Acts[trigger.Act].IsRemoteViolence)));

    /// <summary>
    /// « une attaque à l'IED », « une attaque au mortier », "an attack by drone": a noun of ground violence whose weapon follows
    /// it past a preposition and its article tells that weapon's strike, not a fight of its own.
    /// </summary>
    private bool NamesItsWeapon(TriggerMention trigger) =>
        trigger.Form == TriggerForm.Noun && layers.Acts[trigger.Act].IsGroundViolence
        && layers.Triggers.Any(t => layers.Acts[t.Act].IsRemoteViolence && t.FirstToken > trigger.EndToken && t.FirstToken - trigger.EndToken <= WeaponPrepositionGap
                                    && Enumerable.Range(trigger.EndToken, t.FirstToken - trigger.EndToken).All(k => layers.Is(k, SyntaxRole.Preposition) || layers.Is(k, SyntaxRole.Of)
                                                                                                                    || layers.Is(k, SyntaxRole.Definite) || layers.Doc.IsPunct(k, '\'') || layers.Doc.IsPunct(k, '’')));

    /// <summary>
    /// "استهدفت غارة"، "قصفت طائرات نيجيرية مسيرة": the weapon right after the verb, or past the words of its own noun phrase
    /// (the aircraft, its nationality) that name nobody, no place and no time.
    /// </summary>
    private bool StrikeSubjectAfter(TriggerMention verb, TriggerMention weapon) =>
        weapon.FirstToken - verb.EndToken <= 1
        || weapon.FirstToken - verb.EndToken <= WeaponPhraseGap
           && Enumerable.Range(verb.EndToken, weapon.FirstToken - verb.EndToken).All(t => layers.Doc.Tokens[t].IsWord && layers.ActorAt(t) is null
                                                                                          && !layers.Places.Any(p => p.FirstToken <= t && t < p.EndToken)
                                                                                          && !layers.Dates.Any(d => d.FirstToken <= t && t < d.EndToken));
}
