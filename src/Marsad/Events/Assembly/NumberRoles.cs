using Marsad.Actors;
using Marsad.Numbers;

namespace Marsad.Events.Assembly;

/// <summary>What a number in the text is: a count of people killed, wounded, taken, arrested or freed, or something that is never a toll.</summary>
public enum NumberRole
{
    Killed,
    Wounded,
    Abducted,
    Arrested,
    Released,

    /// <summary>A running total or a tally over a period ("bringing the toll to 300", "270 dead since 2015").</summary>
    Cumulative,

    /// <summary>Part of a count told before it (بينهم امرأتان، « dont deux femmes »).</summary>
    Subset,

    Age,
    Duration,
    Distance,

    /// <summary>A share (40 %).</summary>
    Share,

    Year,

    /// <summary>A figure inside a date (7 يناير).</summary>
    Date,
    Money,

    /// <summary>A count of things, not people (two vehicles, a convoy).</summary>
    Things,

    /// <summary>People counted without an act of the incident to govern them (a population, the displaced, a source count).</summary>
    Uncounted,
}

/// <summary>A number with its role, the noun it counts and the trigger that governs it.</summary>
/// <param name="Number">The number.</param>
/// <param name="Role">What it is.</param>
/// <param name="Counted">The noun or actor counted (جنديا، soldiers), when it counts people.</param>
/// <param name="Trigger">The trigger that governs the count (قتل، kidnapped), for the roles of an act.</param>
internal sealed record RoledNumber(NumberMention Number, NumberRole Role, ActorMention? Counted, TriggerMention? Trigger)
{
    /// <summary>A toll told over several attacks ("في الهجومين", « lors de deux attaques »): it may be the sum of several incidents.</summary>
    public bool OverSeveral { get; init; }

    /// <summary>The figure and its noun.</summary>
    public TextSpan Span => Counted is null ? Number.Span : Number.Span.Cover(Counted.Span);

    public bool CountsPeople => Role is NumberRole.Killed or NumberRole.Wounded or NumberRole.Abducted or NumberRole.Arrested or NumberRole.Released
        or NumberRole.Cumulative or NumberRole.Uncounted;
}

/// <summary>
/// The number-role layer: types every number of an article by what it counts and what governs it, before any
/// count becomes a toll. Only a count governed by a killing or an abduction reported in its clause can become
/// an event's fatalities or abductions; years, dates, sums, durations, distances, ages, shares, things, running
/// totals and subsets never do.
/// </summary>
/// <param name="layers">The article's layers.</param>
/// <param name="refine">Names the group an unnamed noun belongs to (عناصر من جماعة X): the count is of that group's men.</param>
internal sealed partial class NumberRoles(MentionLayers layers, Func<ActorMention, int, ActorMention> refine)
{
    // How far a running-total cue reaches to the figure it introduces ("portant le bilan à plus de 300").
    private const int TotalReach = 4;

    // The least vague quantity ("thousands") that only a tally over a period reaches.
    private const int VagueTally = 1000;

    // No single attack, massacre or battle of the region's record reaches ten thousand dead: a figure that large is a
    // conflict's toll or a count of the displaced ("40,000 dead and two million displaced"), never an incident's.
    private const int IncidentTollCeiling = 10_000;

    // How far before a figure an age word may stand ("البالغ من العمر 25 عاما", « âgé de 25 ans »).
    private const int AgeReach = 3;

    /// <param name="reported">The triggers that report something (with the target each was found): only they govern counts.</param>
    public List<RoledNumber> Tag(IReadOnlyList<(TriggerMention Trigger, ActorMention? Target)> reported)
    {
        var roles = new List<RoledNumber>(layers.Numbers.Length);
        foreach (var number in layers.Numbers)
        {
            roles.Add(roles.Count > 0 && roles[^1].Role == NumberRole.Subset && ListedAfter(roles[^1].Number, number)
                ? new RoledNumber(number, NumberRole.Subset, null, null)
                : Role(number, reported));
        }

        return roles;
    }

    private RoledNumber Role(NumberMention number, IReadOnlyList<(TriggerMention Trigger, ActorMention? Target)> reported)
    {
        if (layers.Dates.Any(d => d.Span.Overlaps(number.Span)) || layers.InDateWords(number.FirstToken) || DayAndMonth(number))
        {
            return new RoledNumber(number, number.LooksLikeYear ? NumberRole.Year : NumberRole.Date, null, null);
        }

        if (number.LooksLikeYear)
        {
            return new RoledNumber(number, NumberRole.Year, null, null);
        }

        if (layers.Money.Any(m => m.Span.Overlaps(number.Span)))
        {
            return new RoledNumber(number, NumberRole.Money, null, null);
        }

        if (number.Unit is { } unit)
        {
            var role = unit switch
            {
                "distance" => NumberRole.Distance,
                "percent" => NumberRole.Share,
                _ => CueBefore(number, CueKind.Age, AgeReach) ? NumberRole.Age : NumberRole.Duration,
            };
            return new RoledNumber(number, role, null, null);
        }

        // "وقال أحد السكان", « a déclaré un élu »: the one who speaks is counted among nobody.
        if (CueBefore(number, CueKind.Report, 1))
        {
            return new RoledNumber(number, NumberRole.Uncounted, null, null);
        }

        if (CueBefore(number, CueKind.Subset, 1))
        {
            return new RoledNumber(number, NumberRole.Subset, null, null);
        }

        var category = CategoryOf(number);
        // "إحدى المليشيات", "أحد مواقعه": "one of" before a noun that is no people counts nothing.
        if (category is null && IsOneOf(number))
        {
            return new RoledNumber(number, NumberRole.Things, null, null);
        }

        if (category is null && layers.Is(number.EndToken, SyntaxRole.Others))
        {
            return OthersRole(number, reported);
        }

        // "The toll later rose to 12", « le bilan est passé à 16 »: a bare figure a toll's update gives counts the dead of the
        // killing told last.
        if (category is null && number.Value < IncidentTollCeiling && CueBefore(number, CueKind.TollUpdated, TotalReach)
            && reported.LastOrDefault(r => r.Trigger.EndToken <= number.FirstToken && RoleOf(r.Trigger.Act) == NumberRole.Killed).Trigger is { } killing)
        {
            return new RoledNumber(number, NumberRole.Killed, null, killing);
        }

        // "استهدفت ثلاث بلدات", « trois villes »: a figure before a plural of places counts places.
        if (IsBareArticle(number, category) || category is { Number: NounNumber.Installation } || layers.Is(number.EndToken, SyntaxRole.PlacesNoun)
            || IsLatin && CountsThings(number))
        {
            return new RoledNumber(number, NumberRole.Things, null, null);
        }

        // "des milliers de morts", "آلاف القتلى": thousands told without a figure, or tens of thousands with one, are the toll of a
        // conflict, not of an incident.
        if (CueBefore(number, CueKind.RunningTotal, TotalReach) || number is { Hedge: CountHedge.Vague, Value: >= VagueTally } || number.Value >= IncidentTollCeiling)
        {
            return new RoledNumber(number, NumberRole.Cumulative, category, null);
        }

        if (IsLatin && QualifyingParticiple(number) is { } participle)
        {
            return new RoledNumber(number, RoleOf(participle.Act), category, participle);
        }

        var end = category is null ? number.EndToken : Math.Max(number.EndToken, category.EndToken);
        if (GoverningTrigger(number.FirstToken, end, reported) is { } trigger)
        {
            var role = RoleOf(trigger.Act);
            return new RoledNumber(number, role, category, trigger) { OverSeveral = role == NumberRole.Killed && ToldOverSeveral(number) };
        }

        return new RoledNumber(number, NumberRole.Uncounted, category, null);
    }

    /// <summary>
    /// "قتل 40 جنديا في الهجومين", « 19 morts dans deux attaques »: when the first act its clause names after a toll is told
    /// by a plural or dual noun, the toll may sum several incidents.
    /// </summary>
    private bool ToldOverSeveral(NumberMention number)
    {
        var clause = layers.ClauseOf(number.FirstToken);
        var act = layers.Triggers.FirstOrDefault(t => t.FirstToken >= number.EndToken && layers.ClauseOf(t.FirstToken) == clause
                                                      && t.Form == TriggerForm.Noun && layers.Acts[t.Act].Family != ActFamily.Outcome);
        return act is not null && (act.IsDual || layers.TellsSeveral(act));
    }

    private static NumberRole RoleOf(Act act) => act switch
    {
        Act.Kill or Act.Execute or Act.Massacre or Act.Neutralize => NumberRole.Killed,
        Act.Abduct or Act.Capture => NumberRole.Abducted,
        Act.Wound => NumberRole.Wounded,
        Act.Release => NumberRole.Released,
        _ => NumberRole.Arrested,
    };

    /// <summary>The acts whose triggers govern a count of people.</summary>
    private static bool Counts(Act act) => act is Act.Kill or Act.Execute or Act.Massacre or Act.Neutralize or Act.Abduct or Act.Capture
        or Act.Wound or Act.Arrest or Act.Release;

    // How many words a part of a count may stand after the part before it (« dont cinq femmes et neuf enfants »).
    private const int ListReach = 4;

    /// <summary>« dont cinq femmes et neuf enfants », "including two women and three children": the parts of a count are listed with "and" or commas.</summary>
    private bool ListedAfter(NumberMention part, NumberMention next) =>
        next.FirstToken > part.EndToken && next.FirstToken - part.EndToken <= ListReach
        && layers.SentenceOf(part.FirstToken) == layers.SentenceOf(next.FirstToken)
        && Enumerable.Range(part.EndToken, next.FirstToken - part.EndToken).Any(t => layers.Is(t, SyntaxRole.And) || layers.Doc.IsComma(t))
        && !layers.Triggers.Any(t => t.FirstToken >= part.EndToken && t.EndToken <= next.FirstToken);

    /// <summary>"(14/3)", "14/03": two digit runs joined by a slash with no space are a day and a month, not a count.</summary>
    private bool DayAndMonth(NumberMention number)
    {
        var tokens = layers.Doc.Tokens;
        bool Slash(int t) => t > 0 && t < tokens.Length - 1 && !tokens[t].SpaceBefore && !tokens[t + 1].SpaceBefore && layers.Doc.TokenText(t) is "/"
                             && tokens[t - 1].Kind == Text.TokenKind.Digits && tokens[t + 1].Kind == Text.TokenKind.Digits;
        return number.EndToken - number.FirstToken == 1 && (Slash(number.FirstToken - 1) || Slash(number.EndToken));
    }

    private bool CueBefore(NumberMention number, CueKind kind, int reach) =>
        layers.Cues.Any(c => c.Kind == kind && c.EndToken <= number.FirstToken && number.FirstToken - c.EndToken <= reach
                             && layers.SentenceOf(c.FirstToken) == layers.SentenceOf(number.FirstToken));

    private bool IsLatin => layers.Doc.Language is Text.Language.French or Text.Language.English;

    /// <summary>The written figure one in Arabic ("أحد", "إحدى", "واحد"): without a people noun it is "one of" something, not a toll.</summary>
    private bool IsOneOf(NumberMention number) =>
        !IsLatin && number.IsWritten && number.Value == 1 && number.Hedge == CountHedge.Exact && number.EndToken - number.FirstToken == 1;

    /// <summary>"a village", « une attaque »: an indefinite article is the figure one only before a noun of people (a civilian).</summary>
    private bool IsBareArticle(NumberMention number, ActorMention? category) =>
        number.EndToken - number.FirstToken == 1 && layers.Is(number.FirstToken, SyntaxRole.Indefinite) && category is null;
}
