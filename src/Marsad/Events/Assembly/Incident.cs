namespace Marsad.Events.Assembly;

/// <summary>The frames that tell one incident.</summary>
internal sealed class Incident(Frame first)
{
    public List<Frame> Frames { get; } = [first];

    public bool Background { get; } = first.Background && !first.AtThatTime;

    /// <summary>
    /// The family of its first frame that is not a mere outcome; clashes told with a demonstration
    /// (« des heurts ont opposé manifestants et policiers ») are that demonstration.
    /// </summary>
    public ActFamily Family =>
        Frames.Exists(f => FamilyOf(f) == ActFamily.Demonstration) && Frames.TrueForAll(f => FamilyOf(f) != ActFamily.Ground || f.Act == Act.Clash)
            ? ActFamily.Demonstration
            : Frames.Select(FamilyOf).FirstOrDefault(f => f != ActFamily.Outcome);

    /// <summary>
    /// The acts that decide the event's type: those of frames that tell it as what it was. Beside a frame told
    /// in particular, a bare mention with neither detail nor participant does not ("بعد أشهر اعتمدت فيها على
    /// الكمائن وزرع العبوات": the tactics of other months). An indefinite mention in the clause of a frame told in
    /// particular tells how that happened ("مقتل 41 شخصا في هجمات انتحارية").
    /// </summary>
    public IEnumerable<Act> DecidingActs
    {
        get
        {
            var told = Frames.Where(f => !f.Demoted).ToList();
            var particular = told.Where(f => f.IsSpecific).ToList();
            return (particular.Count > 0
                ? told.Where(f => f.IsSpecific || f.HasParticipant || !f.Trigger.IsDefinite && particular.Exists(p => p.Clause == f.Clause))
                : told).Select(f => f.Act);
        }
    }

    /// <summary>The sentence of the incident's last frame so far.</summary>
    public int LastSentence => Frames[^1].Sentence;

    public IEnumerable<Act> Acts => Frames.Select(f => f.Act);

    /// <summary>The most precise date its frames give; anaphoric mentions and statement dates only as a last resort.</summary>
    public DateAnchor? Date => EventDate ?? Frames.Where(f => f.Date is not null).Select(f => f.Date!).OrderBy(PrecisionRank).FirstOrDefault();

    /// <summary>
    /// The most precise date that dates the event itself: not a statement's date, not a release or a
    /// wound told later; at equal precision a day told outright beats the start of a situation (« depuis lundi »), and a
    /// first-hand mention beats one that refers back.
    /// </summary>
    public DateAnchor? EventDate => Frames.Where(f => f.Date is not null && !f.DateIsReport && !f.Info.Aftermath)
        .OrderBy(f => PrecisionRank(f.Date!)).ThenBy(f => f.Date!.UpToNow).ThenBy(f => f.Anaphoric).Select(f => f.Date).FirstOrDefault();

    /// <summary>
    /// The place of the incident: the most precise place given by a frame that tells it first-hand
    /// (not referring back), else by any of its frames.
    /// </summary>
    public PlaceAnchor? Place
    {
        get
        {
            var best = Frames.Where(f => f.Place is not null)
                .OrderBy(f => f.Anaphoric).ThenBy(f => f.Place!.IsCountry).ThenBy(f => f.Place!.Place.Unresolved).ThenBy(f => f.Place!.Place.GeoPrecision)
                .ThenBy(f => f.Place!.Between).Select(f => f.Place).FirstOrDefault();

            // The same town told first with a modifier ("15 km north of X") and later bare ("the camp of X"):
            // the first telling says where, the later one only names the town.
            return best is { Place.GeonameId: { } id }
                ? Frames.Where(f => !f.Anaphoric && f.Place is { IsCountry: false, Between: false } p && p.Place.GeonameId == id).Select(f => f.Place).FirstOrDefault() ?? best
                : best;
        }
    }

    /// <summary>
    /// The best-attested perpetrator. Those who neutralise attackers answer an attack told with its own author
    /// (« des terroristes ont attaqué le village … la riposte des VDP en a neutralisé dix »): they are not its author,
    /// even when they are named and the attackers are not.
    /// </summary>
    public Participant? Agent => Frames.Where(f => f.Agent is not null)
        .OrderBy(f => f.Act == Act.Neutralize && Frames.Exists(o => o.Act != Act.Neutralize && o.Agent is not null))
        .ThenByDescending(f => f.Agent!.Strength).ThenByDescending(f => f.Agent!.Mention.Actor is not null).Select(f => f.Agent!).FirstOrDefault();

    /// <summary>A frame's family for merging: a verb describing a weapon's strike belongs with the strike.</summary>
    public static ActFamily FamilyOf(Frame frame) => frame.ModifiesWeapon || frame.Demoted ? ActFamily.Outcome : frame.Info.Family;

    /// <summary>Whether a frame of <paramref name="frame"/>'s family can belong to an incident of this family.</summary>
    public bool Accepts(Frame frame)
    {
        var family = Family;
        var other = FamilyOf(frame);
        if (frame.Act == Act.Release)
        {
            return family is ActFamily.Abduction or ActFamily.Outcome;
        }

        if (family == ActFamily.Outcome)
        {
            return !IsPolitical(other);
        }

        if (other == ActFamily.Outcome)
        {
            return !IsPolitical(family);
        }

        // Detainees led away to an unknown place are disappeared: a detention and an abduction can be one incident.
        // قصف tells air raids as well as artillery: shelling told beside a strike is that strike.
        return family == other || PartOfTheBattle(frame, family, other) || TellsTheStrike(frame) || ClashOfTheDemonstration(frame, family, other)
               || (family, other) is (ActFamily.Air, ActFamily.Shelling) or (ActFamily.Shelling, ActFamily.Air)
               || (family, other) is (ActFamily.Ground, ActFamily.Abduction) or (ActFamily.Abduction, ActFamily.Ground)
                   or (ActFamily.Ground, ActFamily.Territory) or (ActFamily.Territory, ActFamily.Ground)
                   or (ActFamily.Demonstration, ActFamily.Detention)
                   or (ActFamily.Detention, ActFamily.Abduction) or (ActFamily.Abduction, ActFamily.Detention);
    }

    /// <summary>
    /// A bomb that opens an assault, rockets fired in it, or a commander captured in the firefight, told in the same sentence
    /// as the fighting (or, for the bomb, referred back to in its story), is part of the battle: ACLED
    /// merges them into one event.
    /// </summary>
    private bool PartOfTheBattle(Frame frame, ActFamily family, ActFamily other) =>
        (Frames.Any(f => f.Sentence == frame.Sentence) || frame.Anaphoric && (family, other) is (ActFamily.Ground, ActFamily.Explosive))
        && ((family, other) is (ActFamily.Ground, ActFamily.Explosive) or (ActFamily.Explosive, ActFamily.Ground)
            || FiredInTheAssault(frame, family, other)
            || family == ActFamily.Ground && frame.Act == Act.Capture
            || other == ActFamily.Ground && Frames.All(f => f.Act is Act.Capture || FamilyOf(f) == ActFamily.Outcome)
            || StrikesBackDuringTheAttack(frame, family, other));

    /// <summary>
    /// « Des heurts ont opposé des manifestants aux forces de l'ordre »: a clash told in the sentence of a demonstration
    /// is the demonstration turning violent or being put down, not a battle of its own.
    /// </summary>
    private bool ClashOfTheDemonstration(Frame frame, ActFamily family, ActFamily other) =>
        Frames.Exists(f => f.Sentence == frame.Sentence)
        && ((family, other) is (ActFamily.Demonstration, ActFamily.Ground) && frame.Act == Act.Clash
            || (family, other) is (ActFamily.Ground, ActFamily.Demonstration) && Frames.TrueForAll(f => f.Act == Act.Clash || FamilyOf(f) == ActFamily.Outcome));

    /// <summary>True when <paramref name="frame"/> is rockets or shells fired in the assault (<see cref="FiredInTheAssault(Frame, ActFamily, ActFamily)"/>): they do not make the battle a shelling.</summary>
    public bool FiredInTheAssault(Frame frame) => Frames.Exists(f => f.Sentence == frame.Sentence) && FiredInTheAssault(frame, Family, FamilyOf(frame));

    /// <summary>
    /// "هاجموا المعسكر وأطلقوا قذائف صاروخية عليه": rockets fired by the assailants, told in the sentence of the ground assault
    /// on no day of their own, are a weapon of that battle (ACLED merges remote violence during a battle into it).
    /// </summary>
    private static bool FiredInTheAssault(Frame frame, ActFamily family, ActFamily other) =>
        family == ActFamily.Ground && other == ActFamily.Shelling && frame.Date is null;

    /// <summary>True when <paramref name="frame"/> is the attacked force striking back from afar (<see cref="StrikesBackDuringTheAttack"/>): it does not make the battle a strike.</summary>
    public bool StrikesBack(Frame frame) => Frames.Exists(f => f.Sentence == frame.Sentence) && StrikesBackDuringTheAttack(frame, Family, FamilyOf(frame));

    /// <summary>
    /// "هجوم بعربتين مفخختين دمرتهما غارة مسيرة للجيش": the force attacked striking back from the air in
    /// the sentence that tells the attack, on no day of its own, fights in that battle (ACLED merges remote violence during a battle into it).
    /// </summary>
    private bool StrikesBackDuringTheAttack(Frame frame, ActFamily family, ActFamily other) =>
        family is ActFamily.Ground or ActFamily.Explosive && IsRemote(other) && frame.Date is null
        && frame.Agent is { } striker && ActorKinds.IsState(ActorNaming.KindOf(striker.Mention)) && Frames.Exists(f => f.MilitaryTarget);

    /// <summary>
    /// "من نفذ الهجوم", "عملية عسكرية أسفرت عن القضاء على 21" told of a drone strike: an act named without its means is the
    /// strike or shelling it is told with. Told by its noun only: a verb of attack tells what someone did ("هاجمت طابورا"), perhaps a fight of its own. Not a plural
    /// tally ("أشرف على هجمات عدة"), unless definite after a series of strikes told as from the air ("the attacks were launched after"; a raid may be on the ground), nor an attack a group that flies no strikes is named doing.
    /// </summary>
    public bool TellsTheStrike(Frame frame) =>
        IsRemote(Family) && frame.Info.AnyMeans && frame.Trigger.Form != TriggerForm.Verb && (!frame.Trigger.IsPlural || frame.Trigger.IsDefinite && Frames.Any(f => f.Trigger.IsPlural && f.Act == Act.Aerial))
        && !(Family == ActFamily.Air && frame.Agent is { Strength: >= AgentStrength.Explicit } agent && !ActorKinds.IsState(ActorNaming.KindOf(agent.Mention)));

    // Bombs are already one with the assault told beside them (PartOfTheBattle); strikes and shelling come from afar.
    private static bool IsRemote(ActFamily family) => family is ActFamily.Air or ActFamily.Shelling;

    /// <summary>Changes to groups, agreements and coups take in no deaths or looting told beside them.</summary>
    public static bool IsPolitical(ActFamily family) => family is ActFamily.GroupChange or ActFamily.Agreement or ActFamily.Coup;

    private static int PrecisionRank(DateAnchor date) => date.Precision ?? 9;
}
