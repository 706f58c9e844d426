using Marsad.Actors;

namespace Marsad.Events.Assembly;

/// <summary>
/// Owners and groups: who owns an event noun (« frappe de l'armée », "a JNIM attack", هجوم لـ«داعش») and which group an
/// unnamed noun of fighters stands for ("Boko Haram fighters", مقاتلي الجماعة), each language's positions read from
/// <c>data/lexicon/LANG/grammar.tsv</c>.
/// </summary>
internal sealed partial class FrameBuilder
{
    /// <summary>
    /// The owner of an event noun: the actor a possessive points back to (« son ralliement »), an armed actor before it where
    /// the language puts owners first ("a JNIM attack", "ISWAP's assault"), an adjective of one right after it where the
    /// language has such adjectives (« attaque jihadiste »), or the actor the owner particle introduces ("غارة جوية للجيش المالي",
    /// "هجوم لـ«داعش»", « frappe de l'armée »). A preposition or a verb ends the search: what follows is the target's
    /// ("غارات على مواقع لجماعة…", « l'attaque contre le camp »), and so does an owner particle before a thing (« l'attaque de la base »).
    /// </summary>
    private ActorMention? Possessor(TriggerMention trigger, int sentence)
    {
        // « a annoncé son ralliement »: the owner is the one the sentence is about, named before.
        if (layers.Is(trigger.FirstToken - 1, SyntaxRole.Possessive))
        {
            var named = layers.Actors.LastOrDefault(a => a.EndToken < trigger.FirstToken && layers.SentenceOf(a.FirstToken) == sentence && !IsReporter(a));
            return named is null ? null : Refine(named, sentence);
        }

        var grammar = layers.Grammar;
        var before = trigger.FirstToken - (layers.Doc.IsPunct(trigger.FirstToken - 2, '\'') && layers.Word(trigger.FirstToken - 1) == "s" ? 2 : 0);
        // "18 fighters dead": before a word of death or injury the actor is the victim.
        if (grammar.OwnerBeforeNoun && layers.Acts[trigger.Act].Family != ActFamily.Outcome && layers.Actors.LastOrDefault(a => a.EndToken == before) is { } prenominal && IsOwnerLike(prenominal))
        {
            return prenominal;
        }

        // "واستهدف الهجوم موقعا لمتطوعين": the event noun is the subject of the verb before it; what follows is that verb's object.
        if (grammar.SubjectAfterVerb && layers.Triggers.Any(verb => verb.Form == TriggerForm.Verb && EventNounAfterVerb(trigger, verb)))
        {
            return null;
        }

        var pastDate = false;
        for (var t = trigger.EndToken; t <= trigger.EndToken + ArgumentGap && t < layers.Doc.Tokens.Length && layers.SentenceOf(t) == sentence; t++)
        {
            // "عبوة ناسفة بآلية تابعة للجيش": a word of belonging after another noun gives that noun its owner, not the event noun.
            if (layers.Is(t, SyntaxRole.Preposition) || layers.Triggers.Any(v => v.FirstToken == t && v.Form == TriggerForm.Verb)
                || t > trigger.EndToken && layers.Is(t, SyntaxRole.Belonging))
            {
                return null;
            }

            // "مسيرة يوم الأحد تجمعا لمسلحين": past a date, a noun of its own opens the verb's object, and the owner after it is that object's.
            if (layers.Dates.Any(d => d.FirstToken <= t && t < d.EndToken))
            {
                pastDate = true;
                continue;
            }

            if (pastDate && layers.Doc.Tokens[t].IsWord && layers.ActorAt(t) is null && !layers.Is(t, SyntaxRole.Owner))
            {
                return null;
            }

            if (layers.Is(t, SyntaxRole.Owner))
            {
                return OwnerIntroduced(ActorAfterDeterminers(t + 1, sentence));
            }

            if (layers.ActorAt(t) is { } actor)
            {
                return layers.PrefixEndsWith(actor.Prefix, SyntaxRole.Owner) ? OwnerIntroduced(Refine(actor, sentence))
                    : t == trigger.EndToken && (grammar.BareOwnerAfterNoun || AuthorBeforeItsAim(trigger, actor, sentence)) && IsOwnerLike(actor) ? Refine(actor, sentence)
                    : null;
            }
        }

        return null;
    }

    /// <summary>
    /// "هجوم الجماعة على البلدة", "سيطرة المسلحين على المدينة": the genitive of an event noun is its author when what the act
    /// was aimed at follows it (a place or an actor after على); of a death, an abduction or an arrest it is the victim, and
    /// "على يد" introduces the author itself.
    /// </summary>
    private bool AuthorBeforeItsAim(TriggerMention trigger, ActorMention genitive, int sentence)
    {
        var aim = genitive.EndToken;
        if (!layers.Is(aim, SyntaxRole.Against) || layers.Acts[trigger.Act] is { Counts: not null } or { Family: ActFamily.Outcome }
            || layers.CuesIn(sentence, CueKind.Agent).Any(c => c.FirstToken == aim))
        {
            return false;
        }

        return layers.Places.Any(p => p.FirstToken > aim && p.FirstToken - aim <= 2) || ActorAfterDeterminers(aim + 1, sentence) is not null;
    }

    /// <summary>The actor an owner particle introduces, when the language's particle may not instead introduce what was hit.</summary>
    private ActorMention? OwnerIntroduced(ActorMention? owner) =>
        owner is not null && (!layers.Grammar.OwnerParticleMayIntroduceTarget || IsOwnerLike(owner)) ? owner : null;

    /// <summary>
    /// An unnamed noun of fighters or members stands for the group it belongs to: the one right before it where the language
    /// puts owners first ("Boko Haram fighters", "JNIM's militants"), or the one a link word introduces after it, a few
    /// words on ("مسلحون من جماعة X", « combattants présumés de Boko Haram », "fighters from JNIM"), or the genitive right
    /// after it where the language needs no link ("مقاتلي الجماعة"). "the al Qaeda-linked JNIM": a group named as another's
    /// affiliate gives way to the group it qualifies.
    /// </summary>
    private ActorMention Refine(ActorMention mention, int sentence)
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
        if (layers.Grammar.OwnerBeforeNoun && layers.Actors.LastOrDefault(a => a.EndToken == end && a.Actor is not null) is { } modifier && modifier.Actor!.Kind != ActorKinds.Civilians)
        {
            return mention with { Actor = modifier.Actor, Span = modifier.Span.Cover(mention.Span), FirstToken = modifier.FirstToken };
        }

        var owner = MemberLink(mention) is { } link ? ActorAfterDeterminers(AfterLink(link), sentence)
            : layers.Grammar.MemberGenitiveWithoutLink ? ActorAfterDeterminers(mention.EndToken, sentence)
            : null;
        return owner?.Actor is { IsTemplate: false } group && group.Kind != ActorKinds.Civilians
            ? mention with { Actor = group, Span = mention.Span.Cover(owner.Span), EndToken = owner.EndToken }
            : mention;
    }

    /// <summary>The link word (من، de, of, التابعة، linked) after a noun of members, a few words on where the language allows (« présumés », "suspected").</summary>
    private int? MemberLink(ActorMention mention)
    {
        for (var next = mention.EndToken; next <= mention.EndToken + layers.Grammar.WordsBeforeMemberLink && next < layers.Doc.Tokens.Length && layers.Doc.Tokens[next].IsWord && layers.ActorAt(next) is null; next++)
        {
            if (layers.Is(next, SyntaxRole.Of) || layers.Is(next, SyntaxRole.In) || layers.Is(next, SyntaxRole.Belonging))
            {
                return next;
            }
        }

        return null;
    }

    /// <summary>"ينتمون إلى جماعة X": a verb of belonging takes its group after a preposition.</summary>
    private int AfterLink(int link) =>
        layers.Is(link, SyntaxRole.Belonging) && link + 1 < layers.Doc.Tokens.Length && layers.Is(link + 1, SyntaxRole.Preposition) ? link + 2 : link + 1;

    /// <summary>Owners are armed groups and forces by name, or unnamed fighters: « l'attaque du camp militaire » is on the camp.</summary>
    private static bool IsOwnerLike(ActorMention actor) =>
        actor.Actor is { } named ? ActorKinds.IsArmed(named.Kind) : actor.Role is ActorRole.Armed or ActorRole.Militant;

    /// <summary>
    /// The actor at <paramref name="from"/> once articles, punctuation and a generic group noun are passed (« de l'EIGS »,
    /// "of the army", لـ«داعش», "من جماعة «بوكو حرام»", لجماعة «بوكو حرام»).
    /// </summary>
    private ActorMention? ActorAfterDeterminers(int from, int sentence)
    {
        for (var t = from; t < from + DeterminerGap && t < layers.Doc.Tokens.Length && layers.SentenceOf(t) == sentence; t++)
        {
            if (layers.ActorAt(t) is { } actor)
            {
                return IsPresence(actor) ? null : Refine(actor, sentence);
            }

            if (!layers.Is(t, SyntaxRole.Definite) && !layers.Is(t, SyntaxRole.Indefinite) && !layers.Is(t, SyntaxRole.Of) && !layers.IsWithClitic(t, SyntaxRole.GroupNoun)
                && layers.Doc.Tokens[t].Kind != Text.TokenKind.Punct)
            {
                return null;
            }
        }

        return null;
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
}
