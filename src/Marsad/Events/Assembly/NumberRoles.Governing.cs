using Marsad.Actors;
using Marsad.Numbers;

namespace Marsad.Events.Assembly;

internal sealed partial class NumberRoles
{
    // How many articles, possessives and adjectives may stand between a French or English figure and its noun.
    private const int DeterminerGap = 3;

    /// <summary>Who is counted: the noun after the figure (past « de » / "of", articles and one adjective), a group after من or في صفوف, or a dual noun just before it.</summary>
    private ActorMention? CategoryOf(NumberMention number)
    {
        var sentence = layers.SentenceOf(number.FirstToken);
        if (IsLatin)
        {
            return LatinCategoryOf(number, sentence);
        }

        // "خمسة جنود على الأقل": a hedge after the noun takes the noun into the figure's span.
        if (layers.Actors.FirstOrDefault(a => a.FirstToken > number.FirstToken && a.EndToken <= number.EndToken) is { } inside)
        {
            return Ranks(refine(inside, sentence), sentence);
        }

        var next = number.EndToken;
        if (layers.Is(next, SyntaxRole.Of))
        {
            next++;
        }

        if (layers.ActorAt(next) is { } after && layers.SentenceOf(next) == sentence)
        {
            return Ranks(refine(after, sentence), sentence);
        }

        // "جنديين اثنين", "ومدني واحد": the figure confirms the noun before it.
        return layers.Actors.LastOrDefault(a => a.EndToken == number.FirstToken
                                                && (a.Number is NounNumber.Dual or NounNumber.PluralOrDual || a.Number == NounNumber.Singular && number.Value == 1));
    }

    /// <summary>"عشرين قتيلا في صفوف المتطوعين": the ranks name whose dead these are.</summary>
    private ActorMention Ranks(ActorMention category, int sentence)
    {
        var ranks = layers.Cues.FirstOrDefault(c => c.Kind == CueKind.Ranks && c.FirstToken >= category.EndToken && c.FirstToken - category.EndToken <= 1);
        return ranks is not null && layers.ActorAt(ranks.EndToken) is { } owner && layers.SentenceOf(owner.FirstToken) == sentence ? refine(owner, sentence) : category;
    }

    /// <summary>"10 apostate soldiers", "four of his bodyguards", « sept autres soldats ».</summary>
    private ActorMention? LatinCategoryOf(NumberMention number, int sentence)
    {
        var adjectives = 1;
        var participle = QualifyingParticiple(number);
        for (var t = number.EndToken; t < layers.Doc.Tokens.Length && t - number.EndToken <= DeterminerGap + 1 && layers.SentenceOf(t) == sentence; t++)
        {
            if (layers.ActorAt(t) is { } actor)
            {
                return ModifiesAnEventNoun(actor) ? null : refine(actor, sentence);
            }

            var token = layers.Doc.Tokens[t];
            var passable = token.IsWord
                ? layers.Is(t, SyntaxRole.Of) || layers.Is(t, SyntaxRole.Definite) || layers.Is(t, SyntaxRole.Possessive) || adjectives-- > 0
                : layers.Doc.Folded[token.NormStart] is '"' or '«' or '»' or '“' or '”' or '\'';
            if (participle is not null && participle.FirstToken == t)
            {
                t = participle.EndToken - 1;
                continue;
            }

            if (!passable || layers.Triggers.Any(g => g.FirstToken == t))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "12 abducted women", "three wounded soldiers": a participle of an act that counts people, between a figure and a people
    /// noun, says what befell those counted, whatever verb governs the clause ("rescued 12 abducted women" kills nobody).
    /// </summary>
    private TriggerMention? QualifyingParticiple(NumberMention number) =>
        layers.Triggers.FirstOrDefault(t => t.FirstToken == number.EndToken && t.Form == TriggerForm.Verb && Counts(t.Act)
                                            && layers.ActorAt(t.EndToken) is { } noun && layers.SentenceOf(noun.FirstToken) == layers.SentenceOf(number.FirstToken));

    /// <summary>
    /// "Three others were killed", "وقتل ثلاثة آخرون": a count of others is governed only by its own verb, the one after it in its
    /// clause or the one right before it where verbs come first; one that only follows another act's count ("killed 300 and
    /// 150 others taken prisoner", « une cinquantaine d'autres, blessées ») counts no one of that act.
    /// </summary>
    private RoledNumber OthersRole(NumberMention number, IReadOnlyList<(TriggerMention Trigger, ActorMention? Target)> reported)
    {
        var clause = layers.ClauseOf(number.FirstToken);
        var own = reported.Select(r => r.Trigger).Where(t => Counts(t.Act))
            .FirstOrDefault(t => t.EndToken == number.FirstToken
                                 || t.FirstToken >= number.EndToken && layers.ClauseOf(t.FirstToken) == clause
                                                                   && !layers.Numbers.Any(n => n.FirstToken >= number.EndToken && n.EndToken <= t.FirstToken));
        return own is null ? new RoledNumber(number, NumberRole.Uncounted, null, null) : new RoledNumber(number, RoleOf(own.Act), null, own);
    }

    /// <summary>"a 'terrorist' ambush", "three jihadist attacks": a people noun right before an event noun says whose the act is; the figure counts the acts.</summary>
    private bool ModifiesAnEventNoun(ActorMention actor)
    {
        var next = actor.EndToken;
        while (next < layers.Doc.Tokens.Length && !layers.Doc.Tokens[next].IsWord && layers.Doc.Folded[layers.Doc.Tokens[next].NormStart] is '"' or '»' or '”' or '\'')
        {
            next++;
        }

        return layers.Triggers.Any(g => g.FirstToken == next && g.Form == TriggerForm.Noun && layers.Acts[g.Act].Family != ActFamily.Outcome);
    }

    /// <summary>
    /// The trigger that governs a count: in Arabic the noun right after it (12 قتيلا), else the nearest countable trigger
    /// before it in its clause, else right after it (ستة جنود قُتلوا); in French and English a passive or noun right after
    /// it ("12 soldiers killed"), else the trigger before it in its clause, else a passive later in it, else the verb of an
    /// apposition before it.
    /// </summary>
    public TriggerMention? GoverningTrigger(int first, int end, IReadOnlyList<(TriggerMention Trigger, ActorMention? Target)> reported)
    {
        var sentence = layers.SentenceOf(first);
        var countable = reported.Where(r => Counts(r.Trigger.Act) && layers.SentenceOf(r.Trigger.FirstToken) == sentence).ToList();
        var clause = layers.ClauseOf(first);
        bool InClause(TriggerMention t) => layers.ClauseOf(t.FirstToken) == clause;
        if (IsLatin)
        {
            var triggers = countable.Select(r => r.Trigger).ToList();
            return triggers.FirstOrDefault(t => t.FirstToken >= end && t.FirstToken - end <= 2 && InClause(t)
                                                && (t.Form != TriggerForm.Verb || t.IsPassive) && !Enumerable.Range(end, t.FirstToken - end).Any(w => layers.Is(w, SyntaxRole.And)))
                   ?? triggers.LastOrDefault(t => t.EndToken <= first && InClause(t))
                   ?? triggers.FirstOrDefault(t => t.FirstToken >= end && InClause(t) && t.IsPassive
                                                   && !triggers.Any(g => g.FirstToken >= end && g.FirstToken < t.FirstToken)
                                                   && !layers.Cues.Any(c => c.Kind == CueKind.Report && c.FirstToken >= end && c.EndToken <= t.FirstToken))
                   ?? ApposedCount(first, triggers);
        }

        // 12 قتيلا، خمسة جرحى: the noun after the figure is the trigger.
        var noun = countable.FirstOrDefault(r => r.Trigger.FirstToken == end && r.Trigger.Form != TriggerForm.Verb && !r.Trigger.Prefix.StartsWith('و')).Trigger;
        if (noun is not null)
        {
            return noun;
        }

        // "61 مدنيا قتلوا و38 أصيبوا": a figure that opens its own conjunct, its verb right after it, is that verb's subject.
        if (layers.IsAnd(first - 1) && countable.FirstOrDefault(r => r.Trigger.FirstToken == end && r.Trigger.Form == TriggerForm.Verb).Trigger is { } own)
        {
            return own;
        }

        // Past commas ("اختطف مسلحون، أمس، راعيين"): the trigger whose object it is.
        return countable.LastOrDefault(r => r.Trigger.EndToken <= first && InClause(r.Trigger)).Trigger
               ?? countable.FirstOrDefault(r => r.Trigger.FirstToken >= end && r.Trigger.FirstToken - end <= 4 && InClause(r.Trigger)).Trigger
               ?? countable.LastOrDefault(r => r.Trigger.EndToken <= first && r.Target is { } target && target.FirstToken >= first && target.EndToken <= end).Trigger;
    }

    /// <summary>"killed a senior commander, identified as X, along with four of his bodyguards": a count in a clause without a trigger of its own belongs to the last one before it.</summary>
    private TriggerMention? ApposedCount(int first, List<TriggerMention> countable)
    {
        // A clause that reports ("a member of the militia said") tells who speaks, not who died.
        var clause = layers.ClauseOf(first);
        if (layers.Triggers.Any(t => layers.ClauseOf(t.FirstToken) == clause) || layers.Cues.Any(c => c.Kind == CueKind.Report && layers.ClauseOf(c.FirstToken) == clause))
        {
            return null;
        }

        var before = countable.LastOrDefault(t => t.EndToken <= first && t.Form == TriggerForm.Verb);
        return before is not null && !layers.Cues.Any(c => c.Kind == CueKind.Report && c.FirstToken >= before.EndToken && c.EndToken <= first) ? before : null;
    }

    /// <summary>
    /// « deux nouvelles réalisations », "two military sources", « des dizaines de ces engins »: a figure whose noun
    /// (past « de » / "of" and articles) names no people and no act done to people counts nobody; before a noun of
    /// people, a word of killing, wounding or taking, a verb, or nothing at all, it does.
    /// </summary>
    private bool CountsThings(NumberMention number)
    {
        for (var t = number.EndToken; t < layers.Doc.Tokens.Length; t++)
        {
            var token = layers.Doc.Tokens[t];
            if (!token.IsWord)
            {
                if (token.Kind == Text.TokenKind.Punct && layers.Doc.Folded[token.NormStart] is '"' or '«' or '»' or '“' or '”' or '\'')
                {
                    continue;
                }

                return false;
            }

            if (layers.Is(t, SyntaxRole.Of) || layers.Is(t, SyntaxRole.Definite) || layers.Is(t, SyntaxRole.Possessive))
            {
                continue;
            }

            // « lors de deux attaques », "in three ambushes": a figure before an act that counts nobody counts events.
            return layers.ActorAt(t) is null && !layers.Triggers.Any(g => g.FirstToken == t && Counts(g.Act))
                   && !layers.Is(t, SyntaxRole.Auxiliary) && !layers.Is(t, SyntaxRole.Perfect) && !layers.Is(t, SyntaxRole.Relative);
        }

        return false;
    }
}
