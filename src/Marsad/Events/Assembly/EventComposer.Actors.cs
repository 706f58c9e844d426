using Marsad.Actors;
using Marsad.Countries;

namespace Marsad.Events.Assembly;

internal sealed partial class EventComposer
{
    // How many words may stand between a count and the "and" that adds the next part ("17 جنديا نيجيريا و14").
    private const int PartGap = 3;

    /// <summary>
    /// The perpetrator: the best-attested agent of the incident. Protesters are actor 1 of their
    /// demonstration (the police who dispersed them, actor 2). With nobody named, unidentified armed
    /// men commit violence on the ground and a state force strikes from the air.
    /// </summary>
    private (NamedActor? Actor, TextSpan? Span) Actor1(Incident incident, string? country, DateOnly? date, bool demonstration)
    {
        if (demonstration)
        {
            var protesters = layers.Actors.FirstOrDefault(a => a.Role == ActorRole.Protester && incident.Frames.Any(f => f.Sentence == layers.SentenceOf(a.FirstToken)));
            return (naming.Name(protesters ?? new ActorMention(0, 0, default, "", ActorRole.Protester, null, NounNumber.Plural), country, date, demonstration), protesters?.Span);
        }

        // Unnamed gunmen of a story whose news names one acting group are its men (not those it flies at, nor those it is hit by).
        if (actingGroup is not null && !incident.Background && incident.Family is ActFamily.Ground or ActFamily.Abduction or ActFamily.Explosive or ActFamily.Shelling or ActFamily.Outcome
            && incident.Agent is null or { Mention: { Actor: null, Role: ActorRole.Armed or ActorRole.Militant or ActorRole.Member } }
            && !incident.Frames.Exists(f => f.Info.Family == ActFamily.Air || f.Target?.Actor == actingGroup.Actor))
        {
            return (naming.Name(actingGroup, country, date), actingGroup.Span);
        }

        if (incident.Agent is { } agent && naming.Name(agent.Mention, country, date) is { } named)
        {
            return (named, agent.Mention.Span);
        }

        var family = DecidingFamily(incident) == ActFamily.Air ? ActFamily.Air : incident.Family;
        if (family == ActFamily.Air && StrikingNation(incident) is { } nation && naming.ForcesOf(nation.Country.Code, date) is { } forces)
        {
            return (forces, nation.Span);
        }

        var fallback = family switch
        {
            // A strike on the state's own forces by no one named is no state's: armed groups fly drones too.
            ActFamily.Air => incident.Frames.Exists(f => f.Info.Family == ActFamily.Air && ActorKinds.IsState(f.Target is { } target ? ActorNaming.KindOf(target) : null)) ? ActorRole.Armed : ActorRole.Military,
            ActFamily.Ground or ActFamily.Abduction or ActFamily.Explosive or ActFamily.Shelling => ActorRole.Armed,
            // A blast told only by its outcome ("انفجار … أسفر عن مقتل"): a device someone set, as an explosive's incident.
            ActFamily.Outcome when incident.Frames.Exists(f => f.Trigger.Act == Act.Blast) => ActorRole.Armed,
            ActFamily.Detention => ActorRole.Police,
            ActFamily.Coup => ActorRole.Mutineer,
            _ => (ActorRole?)null,
        };
        return fallback is { } role ? (naming.Name(new ActorMention(0, 0, default, "", role, null, NounNumber.Plural), country, date), null) : (null, null);
    }

    /// <summary>
    /// The family of the act that decides the incident's type: a strike told after "the attack" it was ("هجوم جوي" then
    /// "قصف") is a strike, whoever is named first.
    /// </summary>
    private ActFamily DecidingFamily(Incident incident) =>
        incident.DecidingActs.Select(a => typing.Acts[a]).MinBy(a => a.Precedence)?.Family ?? incident.Family;

    /// <summary>"طائرات نيجيرية مسيرة", « frappes aériennes françaises », "a French drone": a demonym next to the weapon says whose strike it was.</summary>
    private CountryMention? StrikingNation(Incident incident) =>
        layers.Countries.FirstOrDefault(c => c.Kind == CountryMentionKind.Demonym
                                             && incident.Frames.Any(f => layers.Acts[f.Trigger.Act].IsRemoteViolence
                                                                         && (c.FirstToken == f.Trigger.EndToken || c.EndToken == f.Trigger.FirstToken)));

    /// <summary>
    /// The target: a named target of a trigger, else the people counted among the victims, else a
    /// named victim's group. Unnamed fighters hit by a state force are the group the article names.
    /// </summary>
    private (NamedActor? Actor, TextSpan? Span) Actor2(Incident incident, NamedActor? actor1, string? country, DateOnly? date, bool demonstration)
    {
        if (demonstration)
        {
            // Whoever dispersed, arrested or fired on the protesters; the protesters who marched are actor 1, not their own opponent.
            var police = incident.Frames.Where(f => f.Act is not (Act.Protest or Act.Riot)).Select(f => f.Agent?.Mention)
                .FirstOrDefault(m => m is not null && ActorNaming.KindOf(m) is not (ActorKinds.Protesters or ActorKinds.Rioters));
            return police is null ? (null, null) : (naming.Name(police, country, date, demonstration), police.Span);
        }

        // People counted without saying who they were ("20 people dead") name the other side only when nothing else does,
        // and forces of the state's side are the target of a state force only when nobody else is.
        var stateStrikes = ActorKinds.IsState(actor1?.Kind);
        var candidates = incident.Frames.Select(f => f.Target)
            .Concat(incident.Frames.SelectMany(f => f.Counts).Select(c => c.Category))
            .OfType<ActorMention>()
            .Where(m => m.Role != ActorRole.Person || typing.Acts.Dominant(incident.DecidingActs) != Act.Clash)
            .OrderBy(m => m.Role == ActorRole.Person)
            .ThenBy(m => stateStrikes && ActorKinds.IsState(ActorNaming.KindOf(m)));
        foreach (var mention in candidates)
        {
            // Unnamed gunmen counted beside a named group acting are its own men, not the other side.
            if (actor1?.Actor is { } group && ActorKinds.IsArmed(group.Kind) && !ActorKinds.IsState(group.Kind) && mention is { Actor: null, Role: ActorRole.Armed or ActorRole.Militant })
            {
                continue;
            }

            var named = naming.Name(ResolveUnnamedEnemy(mention, actor1), country, date);
            if (named is not null && named.Name != actor1?.Name)
            {
                return (named, mention.Span);
            }
        }

        var victim = incident.Frames.Select(f => f.PersonVictim).FirstOrDefault(p => p?.Group is not null);
        return victim?.Group is { } victimGroup && victimGroup.NameOn(date) != actor1?.Name ? (new NamedActor(victimGroup.NameOn(date), victimGroup.Kind, victimGroup), victim.Span) : (null, null);
    }

    /// <summary>
    /// The side an event implies when no target was found: the civilians of one-sided violence (an abduction takes
    /// civilians, ACLED's rule), and in a battle the force the incident's sentences name on the other side (the soldiers
    /// a group attacked, the gunmen the army fought).
    /// </summary>
    private (NamedActor? Actor, TextSpan? Span) OtherSide(Incident incident, string eventType, NamedActor? actor1, string? country, DateOnly? date)
    {
        if (eventType == AcledTaxonomy.ViolenceAgainstCivilians)
        {
            return (naming.Name(new ActorMention(0, 0, default, "", ActorRole.Civilian, null, NounNumber.Plural), country, date), incident.Frames[0].Trigger.Span);
        }

        if (eventType != AcledTaxonomy.Battles || actor1 is null)
        {
            return (null, null);
        }

        var stateSide = ActorKinds.IsState(actor1.Kind);
        var sentences = incident.Frames.Select(f => f.Sentence).ToHashSet();
        foreach (var mention in layers.Actors.Where(a => sentences.Contains(layers.SentenceOf(a.FirstToken))))
        {
            var kind = ActorNaming.KindOf(mention);
            if (kind is null || !ActorKinds.IsArmed(kind) || ActorKinds.IsState(kind) == stateSide || naming.Name(mention, country, date) is not { } named || named.Name == actor1.Name)
            {
                continue;
            }

            return (named, mention.Span);
        }

        return (null, null);
    }

    /// <summary>
    /// "تحييد عشرات الإرهابيين": unnamed fighters facing a state force are the armed group the article is about, not one
    /// named only where it recalls the past ("a group tied to al-Qaeda held the north years ago").
    /// </summary>
    private ActorMention ResolveUnnamedEnemy(ActorMention mention, NamedActor? actor1)
    {
        if (mention.Actor is not null || mention.Role is not (ActorRole.Militant or ActorRole.Armed) || !ActorKinds.IsState(actor1?.Kind))
        {
            return mention;
        }

        var group = layers.Actors.Where(a => a.Actor is { } g && g.Kind is ActorKinds.Jihadist or ActorKinds.Rebel && !_recalledOnly.Contains(layers.SentenceOf(a.FirstToken)))
            .GroupBy(a => a.Actor!.Id).OrderByDescending(g => g.Count()).ThenBy(g => g.First().FirstToken).FirstOrDefault();
        return group is null ? mention : mention with { Actor = group.First().Actor };
    }

    private IEnumerable<string> Associates(Incident incident, NamedActor? actor1, string? country, DateOnly? date) =>
        incident.Frames.SelectMany(f => f.Associates)
            .Select(a => naming.Name(a, country, date)?.Name)
            .OfType<string>()
            .Where(name => name != actor1?.Name)
            .Distinct();

    /// <summary>The conservative count of people killed or abducted in the incident.</summary>
    private (int? Value, IReadOnlyList<TextSpan> Evidence) Count(Incident incident, Act act, string? country, DateOnly? date)
    {
        // "أربعة جنود تشاديين … قتل أربعة جنود": an unqualified force counted beside a qualified one of its kind is that one.
        var qualified = incident.Frames.SelectMany(f => f.Counts).Select(c => c.Category).OfType<ActorMention>().Where(m => m.Actor is not null).ToList();
        ActorMention AsQualified(ActorMention category) =>
            category.Actor is null && qualified.Find(m => ActorNaming.KindOf(m) == ActorNaming.KindOf(category)) is { } same ? same : category;
        var counts = incident.Frames.SelectMany(f => f.Counts).Where(c => c.Act == act).ToList();
        var keyed = counts
            .Select(c => (c, Key(c.Category is null or { Role: ActorRole.Person } ? "" : naming.Name(AsQualified(c.Category), country, date)?.Name ?? c.Category.Role.ToString(), c, counts)))
            .ToList();
        var singles = incident.Frames
            .Where(f => f.PersonVictim is not null && f.Info.Counts == act)
            .Select(f => (f.PersonVictim!.Name, f.PersonVictim.Span))
            .ToList();
        return CasualtyCount.Conservative(keyed, singles);
    }

    /// <summary>
    /// The key a count adds under: its group, so that reports of one group are alternatives. Two kinds of count are parts
    /// of their own that add: one joined by "and" to the figure before it ("قتل 17 جنديا و14 من رجال الشرطة"), even when both
    /// parts come out as one force; and "others" told in a sentence of their own ("وقتل ثلاثة آخرون", "Three others were
    /// killed"), where no count before it in its sentence may give them another fate ("killed 300 and 150 others taken prisoner").
    /// </summary>
    private string Key(string group, VictimCount count, List<VictimCount> all)
    {
        if (count.Number is not { } number)
        {
            // "قتل فرنسي وبلجيكي وثلاثة ماليين": each person listed beside other counts of the sentence is one more.
            return count.Category is { Number: NounNumber.Singular } single && all.Exists(c => c != count && c.Sentence == count.Sentence)
                ? $"{group}+{single.FirstToken}"
                : group;
        }

        // "ثلاثة ماليين", "three Nigeriens": people counted by their nation are a part of their own beside another nation's.
        if (count.Category is null && layers.DemonymAt(number.EndToken) is { } nation)
        {
            return $"{nation.Country.Code}:{group}";
        }

        var others = layers.Is(number.EndToken, SyntaxRole.Others) || count.Category is { } noun && layers.Is(noun.EndToken, SyntaxRole.Others);
        var sentence = layers.SentenceOf(number.FirstToken);
        if (others && !all.Exists(c => c != count && c.Number is { } before && before.FirstToken < number.FirstToken && layers.SentenceOf(before.FirstToken) == sentence))
        {
            return $"{group}+{number.FirstToken}";
        }

        return group.Length > 0 && layers.IsAnd(number.FirstToken - 1)
               && layers.Numbers.Any(n => n.EndToken <= number.FirstToken - 1 && number.FirstToken - 1 - n.EndToken <= PartGap && layers.SentenceOf(n.FirstToken) == count.Sentence)
            ? $"{group}#{number.FirstToken}"
            : group;
    }

}
