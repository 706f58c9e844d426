using Marsad.Actors;
using Marsad.Numbers;

namespace Marsad.Events.Assembly;

/// <summary>How sure the text is about who did it: a claim beats a named subject, which beats a suspicion.</summary>
internal enum AgentStrength
{
    None,

    /// <summary>Taken from the incident the frame belongs to.</summary>
    Inherited,

    /// <summary>An unnamed kind of actor (مسلحون).</summary>
    Generic,

    /// <summary>A suspected perpetrator (يعتقد أنهم من …، نسب … إلى).</summary>
    Attribution,

    /// <summary>The subject of the verb, an agent phrase (على يد …) or a possessive (غارة للجيش).</summary>
    Explicit,

    /// <summary>The perpetrator claimed it (تبنى، أعلن مسؤوليته).</summary>
    Claim,
}

/// <summary>Who did it, and how the text says so.</summary>
internal sealed record Participant(ActorMention Mention, AgentStrength Strength);

/// <summary>A count of people killed or abducted, and who they were.</summary>
/// <param name="Act">Kill or Abduct.</param>
/// <param name="Number">The figure, when one is written (a dual noun counts two without one).</param>
/// <param name="Value">How many people.</param>
/// <param name="Category">The noun or actor counted (جنديا، متطوعي الدفاع); null for a bare "dead".</param>
/// <param name="Span">Original span of the figure and its noun.</param>
/// <param name="Sentence">The sentence: counts of one sentence add up, sentences are alternative reports.</param>
internal sealed record VictimCount(Act Act, NumberMention? Number, int Value, ActorMention? Category, TextSpan Span, int Sentence)
{
    public bool IsVague => Number?.Hedge == CountHedge.Vague;

    /// <summary>Whether the figure is told as a superseded toll or as the one replacing it.</summary>
    public TollRevision Revision { get; init; }

    /// <summary>Told over several attacks ("في الهجومين"): a sum that may cover incidents besides this one.</summary>
    public bool OverSeveral { get; init; }
}

/// <summary>How a toll stands to the other tolls of its incident.</summary>
internal enum TollRevision
{
    /// <summary>Told plainly: one report among others, the lowest of which ACLED codes.</summary>
    None,

    /// <summary>« un précédent bilan faisait état de … »: replaced by any other count of the incident.</summary>
    Earlier,

    /// <summary>« le bilan s'est alourdi à … »: replaces the other counts of the same people.</summary>
    Updated,
}

/// <summary>One trigger with the arguments found around it: the unit that incidents are made of.</summary>
internal sealed class Frame(TriggerMention trigger, ActInfo info, int sentence, int clause)
{
    public TriggerMention Trigger { get; } = trigger;

    /// <summary>What the trigger's act is (family, mode, what its victims count as).</summary>
    public ActInfo Info { get; } = info;

    public Act Act => Trigger.Act;

    public int Sentence { get; } = sentence;

    public int Clause { get; } = clause;

    public Participant? Agent { get; set; }

    public List<ActorMention> Associates { get; } = [];

    public ActorMention? Target { get; set; }

    public List<VictimCount> Counts { get; } = [];

    public DateAnchor? Date { get; set; }

    /// <summary>True when the only date found dates a statement about the event ("أعلن الجيش أمس"): a last resort, never a reason to split.</summary>
    public bool DateIsReport { get; set; }

    /// <summary>
    /// The act is not what the incident was: a "seizure" of something other than a place (سيطروا على
    /// نقاط المياه) is a detail of the fighting, not a change of territory.
    /// </summary>
    public bool Demoted { get; set; }

    /// <summary>An attack verb that describes a remote weapon's strike ("عبوة ناسفة استهدفت حافلة"): it tells that strike.</summary>
    public bool ModifiesWeapon { get; set; }

    public PlaceAnchor? Place { get; set; }

    public MoneyMention? Ransom { get; set; }

    public PersonMention? PersonVictim { get; set; }

    /// <summary>Told as background (كان قد، عام 2018…).</summary>
    public bool Background { get; set; }

    /// <summary>Told "at that time" (آنذاك): it belongs to the incident told before, news or background alike.</summary>
    public bool AtThatTime { get; set; }

    /// <summary>Reported from social-media hearsay.</summary>
    public bool Rumor { get; set; }

    /// <summary>A definite noun or a verb with an object pronoun: it refers back to an incident already told.</summary>
    public bool Anaphoric { get; set; }

    /// <summary>After a demonstrative (هذه الهجمات): it names incidents already told, whatever the sentence says of time.</summary>
    public bool Demonstrative { get; init; }

    /// <summary>The trigger tells several incidents: a plural event noun, or one a number counts ("20 هجوما").</summary>
    public bool Several { get; init; }

    /// <summary>The text announces a separate incident (وفي حادث آخر).</summary>
    public bool NewIncident { get; set; }

    /// <summary>One of the places a telling lists ("قرى X وY وZ"): ACLED codes each apart, however near they lie.</summary>
    public bool OneOfListedPlaces { get; private set; }

    public bool MilitaryTarget { get; set; }

    public bool CivilianVictims { get; set; }

    /// <summary>The same telling at another of the places it lists ("raided X, Y and Z"): everything but the counts, which belong to no one place.</summary>
    public Frame At(PlaceAnchor place)
    {
        var copy = Copy(place, Date);
        copy.OneOfListedPlaces = true;
        return copy;
    }

    /// <summary>A toll given at one of the places its sentence gives tolls at: an incident of that place.</summary>
    public void ListAmongPlaces() => OneOfListedPlaces = true;

    /// <summary>The same telling on another of the dates it lists ("انقلابين في 2020 و2021"): one event per day or year, none with the counts.</summary>
    public Frame On(DateAnchor date) => Copy(Place, date);

    private Frame Copy(PlaceAnchor? place, DateAnchor? date)
    {
        var copy = new Frame(Trigger, Info, Sentence, Clause)
        {
            Agent = Agent, Target = Target, Date = date, DateIsReport = DateIsReport, Demoted = Demoted, ModifiesWeapon = ModifiesWeapon,
            Place = place, Ransom = Ransom, PersonVictim = PersonVictim, Background = Background, AtThatTime = AtThatTime, Rumor = Rumor,
            Anaphoric = Anaphoric, Demonstrative = Demonstrative, Several = Several, NewIncident = NewIncident, MilitaryTarget = MilitaryTarget, CivilianVictims = CivilianVictims,
        };
        copy.Associates.AddRange(Associates);
        return copy;
    }

    /// <summary>Some actor, victim or target takes part: the trigger is about people, not prices or football.</summary>
    public bool HasParticipant => Agent is not null || Target is not null || Counts.Count > 0 || ConflictPerson || MilitaryTarget || CivilianVictims;

    /// <summary>Something pins it to one incident: a date, a place, a figure, a sum or a named victim.</summary>
    /// <remarks>Background told with a bare year ("أسس الجبهة عام 2015") is specific enough: ACLED history is coarse.</remarks>
    public bool IsSpecific => Counts.Count > 0 || Ransom is not null || ConflictPerson || Date is { IsYearOnly: false } && !DateIsReport
        || !Trigger.IsPlural && (Date is { IsYearOnly: false } || Place is { IsCountry: false } || Background && Date is { Vague: false });

    /// <summary>A named victim who belongs to the conflict: a known figure, a commander, a group's member (not a footballer).</summary>
    private bool ConflictPerson => PersonVictim is { } person
        && (person.Known is not null || person.Group is not null || person.Role is PersonRole.Leader or PersonRole.Commander or PersonRole.Member or PersonRole.Founder);
}
