using Marsad.Actors;
using Marsad.Text;

namespace Marsad.Events.Assembly;

/// <summary>
/// Groups frames into incidents, in reading order. A frame joins the incident told in its own
/// sentence, or — when it refers back (الهجوم), or carries neither date nor place — the latest
/// compatible incident; a frame with its own date or place joins an incident that agrees with
/// them; otherwise, or after "وفي حادث آخر", it starts a new incident. Dates, places and named
/// perpetrators that disagree keep incidents apart.
/// </summary>
internal sealed class IncidentMerger(MentionLayers layers, ActorCatalog catalog)
{
    private const double SamePlaceKm = 50;

    // How far before the incident told a sequel's earlier incident may lie ("N days after a …").
    private const int WeekBefore = 7;

    // How many sentences a story runs on without naming its date or place again.
    private const int StoryGap = 2;

    public List<Incident> Merge(List<Frame> frames)
    {
        MarkFirstAfterNewIncidentCues(frames);
        var news = frames.Where(f => f is { Background: false, Anaphoric: false }).Select(Incident.FamilyOf).ToHashSet();
        var incidents = new List<Incident>();
        foreach (var frame in frames)
        {
            var target = frame.NewIncident ? null : RetellsTheRecalled(frame, incidents, news) ?? Home(frame, incidents);
            if (target is null)
            {
                incidents.Add(new Incident(frame));
            }
            else
            {
                frame.Demoted |= target.StrikesBack(frame) || target.FiredInTheAssault(frame);
                target.Frames.Add(frame);
            }
        }

        ShareParticipantsAcrossListedPlaces(incidents);
        var retold = incidents.Where(i => RetellsARecalledMilestone(i, incidents)).ToList();
        incidents.RemoveAll(retold.Contains);
        return incidents;
    }

    /// <summary>
    /// "أعلنت أربع حركات الاندماج في جماعة X" in the lead of a profile that dates X's founding a year back, « un des fondateurs de X »,
    /// "(التي انشقت عن Y)": a founding, merger or split told with no date at all (not even a statement's), of the same step as
    /// one the article dates in the past and of one of its groups, is that milestone told again, not news of the article's day.
    /// </summary>
    private static bool RetellsARecalledMilestone(Incident told, List<Incident> incidents)
    {
        if (told.Background || !Incident.IsPolitical(told.Family) || told.Date is not null)
        {
            return false;
        }

        var groups = NamedGroups(told);
        return incidents.Exists(recalled => recalled != told && recalled is { Background: true, EventDate: not null } && recalled.Family == told.Family
                                            && told.Acts.Any(a => recalled.Acts.Any(b => SameStep(a, b)))
                                            && (groups.Count == 0 || NamedGroups(recalled).Exists(r => groups.Exists(g => g.Id == r.Id))));
    }

    /// <summary>A breakaway is told as a split or as a defection ("انشقت عن", "انقسمت").</summary>
    private static bool SameStep(Act a, Act b) => a == b || a is Act.Split or Act.Defect && b is Act.Split or Act.Defect;

    /// <summary>The catalogued groups an incident's frames name as sides.</summary>
    private static List<Actor> NamedGroups(Incident incident) =>
        [.. incident.Frames.SelectMany(f => new[] { f.Agent?.Mention, f.Target }).Select(m => m?.Actor).OfType<Actor>().Where(a => !a.IsTemplate).DistinctBy(a => a.Id)];

    /// <summary>
    /// "هجمات تعرض لها السكان ليلة الأحد في قرى X وY وZ": the places of one list are told in one breath; who attacked, who was
    /// hit and when, told once, hold for each place split off into an incident of its own.
    /// </summary>
    private static void ShareParticipantsAcrossListedPlaces(List<Incident> incidents)
    {
        foreach (var alone in incidents)
        {
            var unpeopled = !alone.Frames.Exists(f => f.HasParticipant);
            var undated = alone.EventDate is null;
            foreach (var listed in alone.Frames.Where(f => f.OneOfListedPlaces))
            {
                if (incidents.Find(i => i != alone && i.Frames.Exists(f => f.OneOfListedPlaces && f.Trigger == listed.Trigger)) is not { } sibling)
                {
                    continue;
                }

                if (unpeopled && sibling.Frames.Find(f => f.Background == listed.Background && (f.Agent is not null || f.Target is not null)) is { } told)
                {
                    (listed.Agent, listed.Target, listed.CivilianVictims, listed.MilitaryTarget) = (told.Agent, told.Target, told.CivilianVictims, told.MilitaryTarget);
                }

                if (undated && sibling.EventDate is { } date)
                {
                    (listed.Date, listed.DateIsReport) = (date, false);
                }
            }
        }
    }

    private Incident? Home(Frame frame, List<Incident> incidents)
    {
        if (frame.Demonstrative && incidents.LastOrDefault(i => i.Accepts(frame) && !OtherListedPlace(i, frame)) is { } told)
        {
            return told;
        }

        var candidates = incidents.Where(i => (i.Background == frame.Background || frame.AtThatTime) && i.Accepts(frame) && !Conflicts(i, frame)).ToList();
        if (Restated(frame, incidents) is { } restated)
        {
            return restated;
        }

        if (frame.AtThatTime)
        {
            // "في تلك الليلة": the time of the last incident that gave one.
            return candidates.LastOrDefault(i => i.EventDate is not null) ?? candidates.LastOrDefault();
        }

        var family = Incident.FamilyOf(frame);
        var sameSentence = candidates.LastOrDefault(i => i.Frames.Any(f => f.Sentence == frame.Sentence));

        // "الهجوم … بعربتين دمرتهما غارة مسيرة، وألحق الهجوم أضرارا …": "the attack" told again goes back to the attack, not to
        // the strike on its vehicles told between.
        if (frame.Anaphoric && family != ActFamily.Outcome && sameSentence is not null && sameSentence.Family != family
            && candidates.LastOrDefault(i => i.Family == family) is { } sameKind)
        {
            return sameKind;
        }

        if (sameSentence is not null)
        {
            return sameSentence;
        }

        var undated = frame.Date is null || frame.DateIsReport;
        if (frame.Anaphoric || family == ActFamily.Outcome && undated)
        {
            // A definite noun goes back to the latest incident of its own kind (the abduction, not the release told after it);
            // in French and English, deaths go to the means named after them ("killed in the strikes"), else back to an
            // incident told as one, not to a passing plural ("pushed back by reinforcements and air strikes").
            // Deaths told before a means not yet met (« ont été tués dans une attaque … en janvier 2019 ») start the incident that means will join,
            // unless the sentence just before told deaths with no means yet: « Dix civils tués. Trois autres blessés lors d'une attaque » is one story.
            return candidates.LastOrDefault(i => family != ActFamily.Outcome && i.Family == family)
                   ?? (layers.Doc.Language is Language.French or Language.English
                       ? candidates.LastOrDefault(i => NamedAfter(frame, i.Family))
                         ?? (!frame.Anaphoric && NamesMeansAfter(frame) ? UntoldMeans(frame, incidents, candidates)
                             : candidates.LastOrDefault(i => i.Frames.Any(f => f.IsSpecific)) ?? candidates.LastOrDefault())
                       : candidates.LastOrDefault());
        }

        // Neither date nor place: it goes on with the story of the same kind told just before, or with the one that
        // already told an act of its kind (the abductions of an assault on a village).
        if (undated && frame.Place is null)
        {
            // A report of deaths goes on with how they were killed (an execution, an attack), not with an abduction;
            // a capture ("took control of the camp") is how the fight told just before ended, and people taken ("also abducted
            // seven women") were taken in the assault told just before.
            return candidates.LastOrDefault(i => (i.Family == family || i.Family == ActFamily.Outcome && family == ActFamily.Ground
                                                  || family is ActFamily.Territory or ActFamily.Abduction && i.Family == ActFamily.Ground
                                                  || family == ActFamily.Abduction && i.Family == ActFamily.Outcome
                                                  || family != ActFamily.Outcome && i.Frames.Exists(f => Incident.FamilyOf(f) == family || f.Info.Family == family)
                                                  || i.TellsTheStrike(frame))
                                                 && frame.Sentence - i.LastSentence <= StoryGap);
        }

        // Undated, with the place the story told just before had not given: it says where that story happened.
        if (undated && candidates.LastOrDefault(i => i.Place is null or { IsCountry: true } && (i.Family == family || i.Family == ActFamily.Outcome || family == ActFamily.Outcome)
                                                     && frame.Sentence - i.LastSentence <= 1) is { } unplaced)
        {
            return unplaced;
        }

        var date = frame.DateIsReport ? null : frame.Date;
        return candidates.FirstOrDefault(i => SameDate(i.EventDate, date, RefersBack(frame)) || i.EventDate is { } known && date is { } since && GoesOnSince(known, since)
                                              || SamePlace(i.Place, frame.Place) && !OfAnotherTime(i, frame, date))
               ?? Headline(frame, incidents, candidates);
    }

    /// <summary>
    /// "قتل مسلحون 100 شخص في هجوم على قرية شمالي البلاد … كما قتل 30 شخصا الشهر الماضي في هجوم في الشرق": an undated incident
    /// placed only by its country or region is the news of the article's day; a frame told in a month or year that ended before that day is
    /// another incident, wherever in the country it happened.
    /// </summary>
    private bool OfAnotherTime(Incident incident, Frame frame, DateAnchor? date) =>
        date is { Precision: null or 3, Vague: false, Anaphoric: false } && layers.Reference is { } today && date.Last < today
        && incident.EventDate is null && incident.Place is { IsCountry: true } or { Place.GeoPrecision: 3 } && !frame.Anaphoric;

    /// <summary>
    /// "مقتل سبعة جنود" then "تعرضت دورية يوم الأحد لهجوم قرب …", « Sept gendarmes tués » then « dimanche, une patrouille … attaquée près de … »:
    /// the story told just before with neither day nor place is the headline of the one whose lead now gives them. A headline
    /// may name the region ("هجوم على قاعدة في ولاية بورنو") where the lead gives the day: the region is no place of its own.
    /// </summary>
    private static Incident? Headline(Frame frame, List<Incident> incidents, List<Incident> candidates) =>
        (frame is { Date: not null, DateIsReport: false } || frame.Place is { IsCountry: false })
        && incidents.Count > 0 && incidents[^1] is { EventDate: null } told && OnlyARegion(told.Place, frame.Place)
        && candidates.Contains(told) && frame.Sentence - told.LastSentence <= StoryGap
            ? told
            : null;

    /// <summary>No place, a country, or a region the lead's own place (if it names one) lies in.</summary>
    private static bool OnlyARegion(PlaceAnchor? told, PlaceAnchor? lead) =>
        told is null or { IsCountry: true } || told.Place.GeoPrecision == 3 && (lead is null || SamePlace(told, lead));

    /// <summary>
    /// "هاجم مسلحون الثكنة في 4 يونيو 2005 … ومن تداعيات الهجوم …": a definite noun telling again an event of a kind that only
    /// the background has told, with no date of its own or one that agrees, goes back to that recalled event when the article
    /// tells no news of its kind (<paramref name="news"/>: the families of frames told as news, not referring back).
    /// </summary>
    private static Incident? RetellsTheRecalled(Frame frame, List<Incident> incidents, HashSet<ActFamily> news)
    {
        var family = Incident.FamilyOf(frame);
        if (!frame.Anaphoric || frame.Background || news.Contains(family))
        {
            return null;
        }

        // The dead told again ("خلف الهجوم قتلى") count the recalled event when nothing of its kind is news either.
        var date = frame.DateIsReport ? null : frame.Date;
        return incidents.LastOrDefault(i => i.Background && (i.Family == family || family == ActFamily.Outcome && !news.Contains(i.Family)) && i.Accepts(frame) && !PlaceConflicts(i, frame)
                                            && (date is null || SameDate(i.EventDate, date, refersBack: true)));
    }

    /// <summary>
    /// "أعلنت الجماعة قتل أربعة …" then "قتلوا أربعة …": the same toll told again is the same incident, whatever date
    /// the later telling gives (often the statement's), unless it names another place.
    /// </summary>
    private Incident? Restated(Frame frame, List<Incident> incidents)
    {
        if (Incident.FamilyOf(frame) != ActFamily.Outcome || frame.Counts.Find(c => c.Act == Act.Kill && c.Value >= 2 && !c.IsVague) is not { } toll)
        {
            return null;
        }

        return incidents.LastOrDefault(i => i.Background == frame.Background && i.Accepts(frame) && !PlaceConflicts(i, frame)
                                            && i.Frames.Any(f => f.Counts.Exists(c => c.Act == Act.Kill && c.Value == toll.Value)));
    }

    /// <summary>
    /// The latest incident, told in the sentence just before, when it is only deaths or wounds with neither means, day nor place of
    /// its own: the casualties now told with their means go on with it.
    /// </summary>
    private static Incident? UntoldMeans(Frame frame, List<Incident> incidents, List<Incident> candidates) =>
        incidents.Count > 0 && incidents[^1] is { Family: ActFamily.Outcome, EventDate: null, Place: null } told && candidates.Contains(told)
        && frame.Sentence - told.LastSentence == 1 && told.Background == frame.Background
            ? told
            : null;

    /// <summary>A trigger of <paramref name="family"/> later in the frame's sentence: what the frame's deaths came from.</summary>
    private bool NamedAfter(Frame frame, ActFamily family) =>
        family != ActFamily.Outcome
        && layers.Triggers.Any(t => t.FirstToken >= frame.Trigger.EndToken && layers.SentenceOf(t.FirstToken) == frame.Sentence && layers.Acts[t.Act].Family == family);

    /// <summary>Some trigger that is not an outcome later in the frame's sentence: how its deaths or wounds came about.</summary>
    private bool NamesMeansAfter(Frame frame) =>
        layers.Triggers.Any(t => t.FirstToken >= frame.Trigger.EndToken && layers.SentenceOf(t.FirstToken) == frame.Sentence && layers.Acts[t.Act].Family != ActFamily.Outcome);

    /// <summary>Only the first frame after "وفي حادث آخر" (or of the event noun right before "عبوة مماثلة") starts the new incident; the ones after it tell it.</summary>
    private void MarkFirstAfterNewIncidentCues(List<Frame> frames)
    {
        foreach (var frame in frames)
        {
            frame.NewIncident = false;
        }

        foreach (var cue in layers.Cues.Where(c => c.Kind is CueKind.NewIncident or CueKind.Sequel))
        {
            // "انفجار عبوة مماثلة": the event noun whose genitive the cue is starts the incident with it.
            var first = DeathsToldWith(cue, frames)
                        ?? frames.FirstOrDefault(f => (f.Trigger.FirstToken >= cue.FirstToken || cue.Kind == CueKind.NewIncident && f.Trigger.EndToken == cue.FirstToken)
                                              && !f.Info.Aftermath);
            if (first is not null && first.Sentence == layers.SentenceOf(cue.FirstToken) && !(cue.Kind == CueKind.Sequel && first.Anaphoric && first.Counts.Count == 0))
            {
                first.NewIncident = true;
                if (cue.Kind == CueKind.Sequel && (first.Date is null || first.DateIsReport))
                {
                    DateBeforeTheOneTold(first, cue, frames);
                }
            }
        }
    }

    /// <summary>
    /// "قتل 56 شخصا في هجوم آخر", "قتل ستة مدنيين قرب بلدة X، في هجوم آخر": deaths told in the clause that opens on "in another
    /// attack", or just before it with only their place between, start that incident, not the one before.
    /// </summary>
    private Frame? DeathsToldWith(CueMention cue, List<Frame> frames)
    {
        var told = frames.LastOrDefault(f => f.Trigger.EndToken <= cue.FirstToken && f.Sentence == layers.SentenceOf(cue.FirstToken)
                                             && (f.Clause == layers.ClauseOf(cue.FirstToken) || !layers.Triggers.Any(t => t.FirstToken >= f.Trigger.EndToken && t.EndToken <= cue.FirstToken)));
        return told is not null && Incident.FamilyOf(told) == ActFamily.Outcome && told.Counts.Count > 0 ? told : null;
    }

    /// <summary>
    /// "جاءت العملية بعد يومين من هجوم …", « deux jours après une embuscade »: with no date of its own, the earlier incident
    /// is dated to the week before the one told, the sequel phrase its evidence. When no incident is told at the earlier
    /// date, only a moment of the story ("first seen in November 2022; that was weeks after a coup"), the incident before
    /// that moment is background to it.
    /// </summary>
    private void DateBeforeTheOneTold(Frame sequel, CueMention cue, List<Frame> frames)
    {
        var told = frames.LastOrDefault(f => f.Trigger.EndToken <= cue.FirstToken && f.Date is { IsYearOnly: false } && !f.DateIsReport)?.Date;
        if (told is null && StoryMomentBefore(cue) is { } moment)
        {
            (told, sequel.Background) = (moment, true);
        }

        if (told is null)
        {
            return;
        }

        sequel.Date = told with
        {
            FirstToken = cue.FirstToken, EndToken = cue.EndToken, Span = cue.Span, Precision = 2, First = told.First.AddDays(-WeekBefore), Anaphoric = true,
        };
        sequel.DateIsReport = false;
    }

    /// <summary>A date the text gives, not a span, in the sentence of the sequel phrase or the one before, that no act is told at.</summary>
    private DateAnchor? StoryMomentBefore(CueMention cue)
    {
        var sentence = layers.SentenceOf(cue.FirstToken);
        return layers.Dates.LastOrDefault(d => d.EndToken <= cue.FirstToken && !d.IsYearOnly && !d.Vague && !d.Anaphoric
                                               && layers.SentenceOf(d.FirstToken) >= sentence - 1
                                               && !layers.Triggers.Any(t => layers.SentenceOf(t.FirstToken) == layers.SentenceOf(d.FirstToken)));
    }

    private bool Conflicts(Incident incident, Frame frame)
    {
        // A recalled event that refers back ("l'explosion … le mardi 31 octobre 2017") still has a date of its own.
        if ((!frame.Anaphoric || frame.Background) && !frame.DateIsReport && frame.Date is { } date && incident.EventDate is { } known && !WithinPrecision(known, date, RefersBack(frame))
            && !OutcomeOfTheSentence(incident, frame, date) && !GoesOnSince(known, date))
        {
            return true;
        }

        if (PlaceConflicts(incident, frame) || OtherListedPlace(incident, frame))
        {
            return true;
        }

        if (FightsBack(incident, frame))
        {
            return false;
        }

        return frame.Agent is { Strength: >= AgentStrength.Explicit, Mention.Actor: { } actor }
               && incident.Agent is { Strength: >= AgentStrength.Explicit, Mention.Actor: { } other }
               && !Related(actor, other)
               || PursuesAttackersOfCivilians(incident, frame);
    }

    /// <summary>"هجمات على قرى X وY وZ": each place of a list is an incident of its own, even a few kilometres from the others.</summary>
    private static bool OtherListedPlace(Incident incident, Frame frame) =>
        frame is { OneOfListedPlaces: true, Place: { } place }
        && incident.Frames.Exists(f => f is { OneOfListedPlaces: true, Place: { } other } && other.Place.Identity != place.Place.Identity);

    private static bool PlaceConflicts(Incident incident, Frame frame) =>
        !frame.Anaphoric && frame.Place is { IsCountry: false } place && incident.Place is { IsCountry: false } where && !SamePlace(where, place);

    /// <summary>
    /// "نفذ مسلحون هجوما يوم الجمعة، مما أسفر عن مقتل … وفق مصادر يوم الأحد": deaths told in the sentence of an incident
    /// belong to it; a date from another clause of that sentence dates something else (the report).
    /// </summary>
    private bool OutcomeOfTheSentence(Incident incident, Frame frame, DateAnchor date) =>
        Incident.FamilyOf(frame) == ActFamily.Outcome && layers.ClauseOf(date.FirstToken) != frame.Clause && incident.Frames.Any(f => f.Sentence == frame.Sentence);

    /// <summary>"its troops repelled the attack": the side attacked, fighting back, is part of the same fight.</summary>
    private static bool FightsBack(Incident incident, Frame frame) =>
        frame.Act == Act.Clash && frame.Agent is { } agent && ActorKinds.IsState(ActorNaming.KindOf(agent.Mention))
        && incident.Frames.Any(f => f.Target is { } target && ActorKinds.IsState(ActorNaming.KindOf(target)));

    /// <summary>
    /// Gunmen kill villagers, then troops pursuing them kill some: the state force's action is a
    /// battle of its own, not part of the attack on civilians (ACLED codes the two apart).
    /// </summary>
    private static bool PursuesAttackersOfCivilians(Incident incident, Frame frame) =>
        frame.Agent is { Strength: >= AgentStrength.Explicit } pursuer && ActorKinds.IsState(ActorNaming.KindOf(pursuer.Mention))
        && incident.Agent is { Strength: >= AgentStrength.Generic } attacker && ActorNaming.KindOf(attacker.Mention) is { } kind && ActorKinds.IsArmed(kind) && !ActorKinds.IsState(kind)
        && incident.Frames.Any(f => f.CivilianVictims) && !incident.Frames.Any(f => f.MilitaryTarget);

    private bool Related(Actor a, Actor b) =>
        catalog.IsWithin(a, b) || catalog.IsWithin(b, a) || (a.IsTemplate && b.IsTemplate);

    /// <summary>
    /// Two dates can be one incident's when the days they cover overlap. A night straddles two days: a date told by
    /// reference to another (اليوم التالي، that night), or for people already told (اقتادوا الرجال الأربعة), has a day of
    /// slack; two days each named outright do not ("raided on Wednesday … attacked troops on Thursday"), nor do months or
    /// years (the coups of 2020 and 2021).
    /// </summary>
    private static bool WithinPrecision(DateAnchor a, DateAnchor b, bool refersBack)
    {
        var slack = a.Precision == 1 && b.Precision == 1 && !a.Anaphoric && !b.Anaphoric && !refersBack || a.Precision is null or 3 && b.Precision is null or 3 ? 0 : 1;
        return a.First.DayNumber <= b.Last.DayNumber + slack && b.First.DayNumber <= a.Last.DayNumber + slack;
    }

    /// <summary>
    /// « Depuis mardi soir, la route est coupée … », "since Monday, the town has been cut off": a situation that
    /// began on a day and goes on; it is the sequel of an incident told up to the day before it or during it, not another incident.
    /// </summary>
    private static bool GoesOnSince(DateAnchor known, DateAnchor since) =>
        since.UpToNow && !since.Vague && known.Last.DayNumber >= since.First.DayNumber - 1;

    /// <summary>"اقتادوا الرجال الأربعة": people told with the article are people already told.</summary>
    private static bool RefersBack(Frame frame) => frame.Target is { } target && target.Prefix.EndsWith("ال", StringComparison.Ordinal);

    private static bool SameDate(DateAnchor? a, DateAnchor? b, bool refersBack) => a is not null && b is not null && WithinPrecision(a, b, refersBack);

    /// <summary>True when <paramref name="place"/> lies in the district <paramref name="district"/> names (the district seat stands for it).</summary>
    private static bool InDistrict(EventPlace district, EventPlace place) =>
        (district.Admin2 ?? district.Location) is { } name && place.Admin2 == name && place.Country == district.Country;

    private static bool SamePlace(PlaceAnchor? a, PlaceAnchor? b)
    {
        if (a is null || b is null)
        {
            return false;
        }

        // One end of a road "between X and Y" does not set an incident apart.
        if (a.Between || b.Between)
        {
            return true;
        }

        var (p, q) = (a.Place, b.Place);

        // « enlevés à Toguéré Coumbé » then « dans le cercle de Ténenkou »: a district and a village in it are one place.
        if (a.District && InDistrict(p, q) || b.District && InDistrict(q, p))
        {
            return true;
        }

        // Two villages the gazetteer does not know, each coded to the region around it, are two places all the same.
        if (p.Name is not null && q.Name is not null)
        {
            return p.Name == q.Name;
        }

        // A region and a town in it are one place as far as telling incidents apart goes.
        if (p.GeoPrecision == 3 || q.GeoPrecision == 3)
        {
            return p.Country == q.Country && (p.Admin1 is null || q.Admin1 is null || p.Admin1 == q.Admin1);
        }

        if (p.HasCoordinates && q.HasCoordinates)
        {
            return Geo.Distance.Kilometres(p.Latitude!.Value, p.Longitude!.Value, q.Latitude!.Value, q.Longitude!.Value) <= SamePlaceKm;
        }

        return p.Location is not null && p.Location == q.Location || p.Location is null && q.Location is null && p.Admin1 == q.Admin1 && p.Country == q.Country;
    }
}
