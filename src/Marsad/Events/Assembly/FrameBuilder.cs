using Marsad.Actors;

namespace Marsad.Events.Assembly;

/// <summary>
/// Builds one frame per trigger that reports something real: triggers under a threat, a
/// hypothesis, a negation or a future tense are left out, and so are tallies over a period.
/// </summary>
internal sealed partial class FrameBuilder(MentionLayers layers)
{
    // How many sentences with words of sport make an article a sports report.
    private const int SportsReportSentences = 3;

    // How far back a threat or negation reaches inside its sentence.
    private const int ModalScope = 15;

    // "ما زال الجيش المالي يسيطر": the subject may stand between the word of lasting and its verb.
    private const int ContinuingScope = 3;

    // "سيطروا على عدد من البلدات", « le contrôle de plusieurs localités »: the object's head within a few words.
    private const int PlacesNounReach = 5;

    // « rejoint la base », « ont regagné leur caserne »: the object's head right after its determiner.
    private const int PostReach = 2;

    // « Ledit convoi », « Et ladite patrouille », "The aforementioned convoy": the determiner within the sentence's first words.
    private const int OpeningReach = 2;

    // "Hundreds" (ACLED's 100) and more, told with no figure.
    private const int HundredsTally = 100;

    // A figure of deaths from which, told with no day and no place below a country, it adds up a period.
    private const int ThousandsTally = 1000;

    /// <summary>ACLED's geo_precision of a place named only as a region.</summary>
    private const int RegionPrecision = 3;

    /// <summary>How many adjectives may stand between an event noun and the verb of its relative clause ("هجوم آخر مماثل استهدف").</summary>
    private const int NounAdjectives = 2;

    /// <summary>How many words may stand between "after … of" and the event noun it governs: one naming its occurrence ("على وقوع هجوم").</summary>
    private const int GovernedNounGap = 1;

    /// <summary>
    /// The sentences a pointer to another article opens (« À lire aussi : … »), and the one right after a pointer that is a
    /// sentence of its own ("Read more" on its line): another article's headline.
    /// </summary>
    private HashSet<int> PointedElsewhere()
    {
        var pointed = new HashSet<int>();
        foreach (var cue in layers.Cues.Where(c => c.Kind == CueKind.Elsewhere))
        {
            var sentence = layers.Doc.Sentences[layers.SentenceOf(cue.FirstToken)];
            if (cue.FirstToken == sentence.FirstToken)
            {
                pointed.Add(sentence.Index);
                if (cue.EndToken >= sentence.EndToken - 1)
                {
                    pointed.Add(sentence.Index + 1);
                }
            }
        }

        return pointed;
    }

    public List<Frame> Build()
    {
        var frames = new List<Frame>();
        var pointedElsewhere = PointedElsewhere();
        foreach (var trigger in layers.Triggers)
        {
            var sentence = layers.SentenceOf(trigger.FirstToken);
            var several = layers.TellsSeveral(trigger);
            if (sentence < 0 || pointedElsewhere.Contains(sentence) || IsIrrealis(trigger, sentence) || NamesPeople(trigger, sentence) || StillHeld(trigger, sentence) || ReachesAPost(trigger) || OverUnnamedPlaces(trigger, sentence) || TalliedBefore(trigger, sentence, several) || IsLatin && TalliedAfter(trigger) || Follows(trigger, sentence, CueKind.General, 2 * ModalScope))
            {
                continue;
            }

            var frame = new Frame(trigger, layers.Acts[trigger.Act], sentence, layers.ClauseOf(trigger.FirstToken))
            {
                Rumor = layers.CuesIn(sentence, CueKind.Rumor).Any(),
                NewIncident = Follows(trigger, sentence, CueKind.NewIncident, ModalScope),
                Demonstrative = layers.Is(trigger.FirstToken - 1, SyntaxRole.Demonstrative),
                Anaphoric = trigger.IsDefinite || (trigger.Form == TriggerForm.Verb && (trigger.Suffix.Length > 0 || HasDefiniteTriggerSubject(trigger))),
                Several = several,
            };
            frame.ModifiesWeapon = DescribesStrike(trigger, sentence);
            FindAgent(frame);
            if (trigger.Act == Act.TakePower && (!TakenBySoldiers(frame) || CoupToldBeside(trigger, sentence)))
            {
                continue;
            }

            FindTarget(frame);
            var retold = RetellsEarlierToll(frame);
            frame.Date = frame.Demonstrative || retold ? null : DateFor(frame);
            // « Ledit convoi … », "the aforementioned convoy …": a sentence about a participant already told, with no date of its own, tells the same incident.
            frame.Anaphoric |= retold || frame.Date is null && OpensReferringBack(frame);
            if (frame.Date is { UpToNow: true, Recent: false } && (IsLatin || frame.Date.FromDate) || frame.Date is null && TalliedSinceADateUndated(trigger, sentence))
            {
                // "Since 2012, the conflict has killed thousands", "ومنذ 2016، لقي أكثر من 800 شخص حتفهم", "تشهد المنطقة منذ سنوات عنفا أودى
                // بحياة الآلاف": a tally over the period, not an incident.
                continue;
            }

            frame.Place = frame.Demonstrative ? null : PlaceFor(frame);
            // A verb read only with a place as its object (استعادوا بلدة X) had that object checked when it was read.
            frame.Demoted = trigger.Act is Act.Seize or Act.Regain && !trigger.NeedsPlaceObject && !TakesAPlace(frame);
            frame.AtThatTime = frame.Date is null && InBackgroundScope(frame, pointsBack: true);
            if (frame.AtThatTime && DateTold(frame) is { } then)
            {
                // "في أواخر 2012 … وقتها انشق القيادي بكتيبته": "then" is the time told just before.
                (frame.Date, frame.AtThatTime) = (then, false);
            }

            frame.Background = !frame.AtThatTime && (IsBackground(frame) || FollowsOnBackground(frame, frames.LastOrDefault()));
            frames.Add(frame);
        }

        AssignCounts(frames);
        frames.RemoveAll(TalliedSince);
        frames.RemoveAll(IsTallyOfHundreds);
        frames.RemoveAll(IsCareerStep);
        AssignRansoms(frames);
        VictimsAreNoAgents(frames);
        SurrendersInAFight(frames);

        // "a picture released by the group", « le communiqué publié »: a release frees someone, or it is not one.
        frames.RemoveAll(f => f.Act == Act.Release && f.Target is null or { Number: NounNumber.Installation } && f.Counts.Count == 0);
        SplitAcrossListedPlaces(frames);
        SplitTollsByPlace(frames);
        SplitAcrossListedDates(frames);

        // A sports report ("شن خط الهجوم هجوما كاسحا", "killed off their hopes"): only a count of people killed or taken is an event in it.
        if (layers.Cues.Where(c => c.Kind == CueKind.Sport).Select(c => layers.SentenceOf(c.FirstToken)).Distinct().Count() >= SportsReportSentences)
        {
            frames.RemoveAll(f => f.Counts.Count == 0);
        }
        OutcomeDatesItsEventNoun(frames);
        ConjoinedVerbSharesTime(frames);
        RelativeVerbSharesItsNounsTime(frames);
        OlderThanTheNews(frames);
        ShareSentenceBackground(frames);
        if (IsLatin)
        {
            JoinCoordinatedCounts(frames);
            ClaimedTalliesAreTotals(frames);
        }

        return frames;
    }

    /// <summary>
    /// "قتل أكثر من 200 منهم منذ يناير 2020" where the article's date is unknown, so no date anchor can say the period runs up
    /// to the text: deaths counted in the clause of a period that starts at a date the text names are a tally all the same.
    /// </summary>
    private bool TalliedSinceADateUndated(TriggerMention trigger, int sentence) =>
        layers.Reference is null && layers.Acts[trigger.Act].Family == ActFamily.Outcome
        && layers.DateWords.Any(d => d.Expression is Time.Since { Start: not Time.Ago } && layers.SentenceOf(d.FirstToken) == sentence
                                     && layers.InSameClause(d.FirstToken, trigger.FirstToken));

    /// <summary>
    /// "أن 49 جنديا قتلوا في هجوم", "قتل خمسة مسلحين في غارة": the people a frame counts among its dead or taken are its
    /// victims, never its agent (an unvocalised passive reads like an active verb with its subject before it, or after it).
    /// </summary>
    private static void VictimsAreNoAgents(List<Frame> frames)
    {
        foreach (var frame in frames)
        {
            if (frame.Agent is { Strength: < AgentStrength.Claim } agent && frame.Trigger.Form == TriggerForm.Verb
                && frame.Counts.Find(c => c.Category is { } counted && counted.Span.Overlaps(agent.Mention.Span)) is { } count)
            {
                frame.Agent = null;
                frame.Target ??= count.Category;
            }
        }
    }

    /// <summary>
    /// "قتلت القوات ستة مسلحين واستسلم سابع", « six tués et un autre s'est rendu »: a surrender told beside the deaths of a
    /// fight is how that fight ended for one of its men, not a change of side of its own.
    /// </summary>
    private static void SurrendersInAFight(List<Frame> frames)
    {
        foreach (var surrender in frames.Where(f => f.Act == Act.Surrender))
        {
            surrender.Demoted |= frames.Exists(f => f.Sentence == surrender.Sentence && f.Act is Act.Kill && f.Counts.Count > 0);
        }
    }

    /// <summary>
    /// "raided the villages of X, Y and Z", "هاجموا قرى X وY وZ": ACLED codes one event per place; a toll given for all of
    /// them together belongs to none of them.
    /// </summary>
    private void SplitAcrossListedPlaces(List<Frame> frames)
    {
        for (var i = frames.Count - 1; i >= 0; i--)
        {
            var frame = frames[i];
            if (frame.Place is not { } place || ListedWith(place) is not { Count: > 1 } listed)
            {
                continue;
            }

            frame.Counts.Clear();
            frames.RemoveAt(i);
            frames.InsertRange(i, listed.Select(frame.At));
        }
    }

    /// <summary>
    /// "أسفر الانفجاران عن سقوط 3 قتلى في بلدة X و4 قتلى في بلدة Y", « trois morts à X et quatre à Y »: tolls given town by town
    /// in one sentence tell an incident at each town, and the means told with them (the blasts, the attack, with no place of
    /// their own) hold for each.
    /// </summary>
    private static void SplitTollsByPlace(List<Frame> frames)
    {
        foreach (var sentence in frames.Select(f => f.Sentence).Distinct().ToList())
        {
            var tolls = frames.Where(f => f.Sentence == sentence && f.Counts.Count > 0 && f.Place is not null && !f.OneOfListedPlaces).ToList();
            var places = tolls.Select(f => f.Place!).DistinctBy(p => p.Place.Identity).ToList();
            if (places.Count < 2 || places.Count != tolls.Count || places.Exists(p => p.Place.GeoPrecision != 1 && p.Place.Name is null))
            {
                continue; // one place, several tolls at one of them, or a region that may hold the other: no toll for each town
            }

            foreach (var toll in tolls)
            {
                toll.ListAmongPlaces();
            }

            for (var i = frames.Count - 1; i >= 0; i--)
            {
                if (frames[i] is { Counts.Count: 0, Place: null, OneOfListedPlaces: false } means && means.Sentence == sentence)
                {
                    frames.RemoveAt(i);
                    frames.InsertRange(i, places.Select(means.At));
                }
            }
        }
    }

    /// <summary>
    /// "وأطاح ضباط بالرئيس في 3 فبراير" after a lead on this week's ambush: where the article opens on news of its own cycle
    /// (<see cref="Time.DateRecognizer.RecentDays"/>), an event told after it and dated before that cycle is recalled, though
    /// less old than the date alone makes background (<see cref="Time.DateRecognizer.BackgroundAfterDays"/>). An analysis that
    /// opens on older events tells them as its matter. A date that is the sentence's verb's ("عرفت العاصمة في 3 فبراير انقلابا")
    /// or a statement's is no later than the event's, so it recalls it too.
    /// </summary>
    private static void OlderThanTheNews(List<Frame> frames)
    {
        var lead = frames.Where(f => f is { Date.Vague: false, DateIsReport: false }).MinBy(f => f.Trigger.FirstToken);
        if (lead is not { Date.Recent: true, Background: false })
        {
            return;
        }

        foreach (var frame in frames.Where(f => f.Trigger.FirstToken > lead.Trigger.FirstToken
                                                && f is { Date: { Recent: false, Vague: false, UpToNow: false, Anaphoric: false }, AtThatTime: false }))
        {
            frame.Background = true;
        }
    }

    /// <summary>
    /// "an attack by X on a hotel killed 29 people in January", « l'assaut … a fait 29 morts en janvier », "وفي يناير، قتل 29
    /// شخصا في هجوم شنه X": an undated event noun told in one clause with a dated toll, no other act between them, is the act
    /// that toll counts, so the toll's date dates it too (a date beyond another trigger is that trigger's, and in Arabic a date
    /// before an event noun its sentence's verb's, so the noun was left without one).
    /// </summary>
    private void OutcomeDatesItsEventNoun(List<Frame> frames)
    {
        foreach (var noun in frames.Where(f => f is { Date: null, Demonstrative: false, Trigger.Form: TriggerForm.Noun }))
        {
            var outcome = frames.Find(f => f.Sentence == noun.Sentence && f.Clause == noun.Clause && f is { Date: not null, DateIsReport: false } && f != noun
                                           && Incident.FamilyOf(f) == ActFamily.Outcome && f.Counts.Count > 0
                                           && !frames.Exists(between => between != noun && Incident.FamilyOf(between) != ActFamily.Outcome
                                                                        && Math.Min(between.Trigger.FirstToken, f.Trigger.FirstToken) >= Math.Min(noun.Trigger.FirstToken, f.Trigger.FirstToken)
                                                                        && between.Trigger.EndToken <= Math.Max(noun.Trigger.EndToken, f.Trigger.EndToken)));
            if (outcome is not null)
            {
                (noun.Date, noun.Background) = (outcome.Date, outcome.Background);
            }
        }
    }

    /// <summary>
    /// "وفي مايو 2016، هاجم مسلحون بلدة … وخطفوا 40 امرأة": an undated Arabic verb joined by "و" to the verb just before it in its
    /// sentence, no comma between them and no subject of its own, is the same men's next act at that time (a date before the first verb lies beyond it, so
    /// the second was left without one and read as news).
    /// </summary>
    private void ConjoinedVerbSharesTime(List<Frame> frames)
    {
        if (IsLatin)
        {
            return;
        }

        for (var i = 1; i < frames.Count; i++)
        {
            var (previous, frame) = (frames[i - 1], frames[i]);
            if (frame is { Date: null, Agent: null, Trigger: { Form: TriggerForm.Verb, Prefix: "و" } } && previous.Trigger.Form == TriggerForm.Verb
                && previous is { Date: not null, DateIsReport: false } && previous.Sentence == frame.Sentence
                && !CommaBetween(previous.Trigger.EndToken, frame.Trigger.FirstToken))
            {
                (frame.Date, frame.Background) = (previous.Date, previous.Background);
            }
        }
    }

    /// <summary>
    /// "منذ الانقلاب الذي أطاح بالرئيس": a verb opening a relative clause right after an event noun of its own kind tells that
    /// event, so it is of that event's time (background after a recalled noun); a date told before the noun is the main clause's.
    /// </summary>
    private void RelativeVerbSharesItsNounsTime(List<Frame> frames)
    {
        for (var i = 1; i < frames.Count; i++)
        {
            var (noun, verb) = (frames[i - 1], frames[i]);
            if (verb.Trigger.Form == TriggerForm.Verb && (verb.Date is null || verb.Date.FirstToken < noun.Trigger.FirstToken)
                && noun.Trigger.Form == TriggerForm.Noun && noun.Sentence == verb.Sentence
                && Incident.FamilyOf(noun) == Incident.FamilyOf(verb) && noun.Trigger.EndToken + 1 == verb.Trigger.FirstToken
                && layers.Is(noun.Trigger.EndToken, SyntaxRole.Relative))
            {
                (verb.Date, verb.Background, verb.AtThatTime) = (noun.Date, noun.Background, noun.AtThatTime);
            }
        }
    }

    /// <summary>
    /// « La mort de X, tué par une frappe … en août 2021 »: an undated frame about a named person's death,
    /// one that names its means (« tué par une frappe », "killed in an air strike"), or an outcome
    /// (« …avaient attaqué le camp, tuant 14 soldats », "وقتل 28 شخصا … خلال ديسمبر في هجوم"), is background when the dated
    /// frames of its sentence all are. An undated outcome told right after a recalled undated event, with no comma between
    /// ("بعد شهر من هجوم آخر أودى بحياة 40 مدنيا"), is that event's toll, recalled with it.
    /// </summary>
    private void ShareSentenceBackground(List<Frame> frames)
    {
        foreach (var frame in frames.Where(f => f.Date is null && !f.Background
                                                && (f.Anaphoric && f.PersonVictim is not null || IsLatin && NamesItsMeans(f.Trigger) || Incident.FamilyOf(f) == ActFamily.Outcome)))
        {
            var dated = frames.Where(f => f.Sentence == frame.Sentence && f.Date is not null).ToList();
            frame.Background = dated.Count > 0 && dated.All(f => f.Background) || Incident.FamilyOf(frame) == ActFamily.Outcome && TollOfARecalledEvent(frame, frames);
        }
    }

    private bool TollOfARecalledEvent(Frame outcome, List<Frame> frames) =>
        frames.LastOrDefault(f => f.Sentence == outcome.Sentence && f.Trigger.EndToken <= outcome.Trigger.FirstToken && Incident.FamilyOf(f) != ActFamily.Outcome)
            is { Background: true, Date: null } means
        && (!CommaBetween(means.Trigger.EndToken, outcome.Trigger.FirstToken) || GovernedByLongAfter(means))
        || RecalledMeansAfter(outcome, frames);

    /// <summary>
    /// "بعد شهر من هجومين سابقين، قتل في أولهما …", « un mois après l'attaque de X, qui avait fait 71 morts »: once
    /// the sentence has turned to the earlier event, the deaths told after it, past a comma, are still that event's.
    /// </summary>
    private bool GovernedByLongAfter(Frame means) =>
        layers.Background.Any(b => b.LongAfter && b.EndToken <= means.Trigger.FirstToken && layers.SentenceOf(b.FirstToken) == means.Sentence);

    /// <summary>
    /// "أن 50 جنديا قتلوا في هجومين … في شهري مايو ويوليو الماضيين": deaths told before the means that caused them, in one
    /// clause with no comma between, are that means' toll; when the means is recalled, so are they.
    /// </summary>
    private bool RecalledMeansAfter(Frame outcome, List<Frame> frames) =>
        frames.FirstOrDefault(f => f.Sentence == outcome.Sentence && f.Trigger.FirstToken >= outcome.Trigger.EndToken && Incident.FamilyOf(f) != ActFamily.Outcome)
            is { Background: true, Date: null } means
        && layers.InSameClause(outcome.Trigger.FirstToken, means.Trigger.FirstToken)
        && !CommaBetween(outcome.Trigger.EndToken, means.Trigger.FirstToken);

    /// <summary>
    /// "بعد انقلابين في 2020 و2021", « les attaques du 3 et du 9 mars »: ACLED codes one event per day, so a telling dated by a
    /// list of dates is one frame per date; a toll given for all of them belongs to none. Each date is background on its own.
    /// </summary>
    private void SplitAcrossListedDates(List<Frame> frames)
    {
        for (var i = frames.Count - 1; i >= 0; i--)
        {
            var frame = frames[i];
            if (frame.Date is not { Anaphoric: false } date || DatesListedWith(date) is not { Count: > 1 } listed)
            {
                continue;
            }

            frame.Counts.Clear();
            frames.RemoveAt(i);
            frames.InsertRange(i, listed.Select(d =>
            {
                var copy = frame.On(d);
                copy.Background = !copy.AtThatTime && IsBackground(copy);
                return copy;
            }));
        }
    }

    private List<DateAnchor>? DatesListedWith(DateAnchor date)
    {
        var dates = layers.Dates.Where(d => layers.SentenceOf(d.FirstToken) == layers.SentenceOf(date.FirstToken)).OrderBy(d => d.FirstToken).ToList();
        var at = dates.IndexOf(date);
        var (first, last) = (at, at);
        while (first > 0 && JoinedInAList(dates[first - 1].EndToken, dates[first].FirstToken))
        {
            first--;
        }

        while (last < dates.Count - 1 && JoinedInAList(dates[last].EndToken, dates[last + 1].FirstToken))
        {
            last++;
        }

        // "in July 2023, nearly a year and a half ago" restates one date: a list ends with "and".
        return last > first && EndsWithAnd(dates[last - 1].EndToken, dates[last].FirstToken) ? dates.GetRange(first, last - first + 1) : null;
    }

    private bool EndsWithAnd(int beforeEnd, int afterFirst) =>
        Enumerable.Range(beforeEnd, afterFirst - beforeEnd).Any(t => layers.IsAnd(t))
        || afterFirst == beforeEnd && layers.Doc.TokenText(afterFirst).StartsWith('و');

    /// <summary>The towns listed together with <paramref name="place"/>, joined only by commas and "and", in reading order.</summary>
    private List<PlaceAnchor>? ListedWith(PlaceAnchor place)
    {
        if (place.Between || place.IsCountry || !place.Place.HasCoordinates && !place.Place.Unresolved)
        {
            return null;
        }

        // Only places named as such are listed ("Boni, Douentza and Hombori"); "X, close to the border with Y" locates X.
        var towns = layers.Places.Where(p => !p.Between && !p.IsCountry && !p.FromIt && (p.Place.GeoPrecision == 1 || p.Place.Unresolved)
                                             && layers.SentenceOf(p.FirstToken) == layers.SentenceOf(place.FirstToken)).OrderBy(p => p.FirstToken).ToList();
        if (!towns.Contains(place))
        {
            return null;
        }

        var at = towns.IndexOf(place);
        var (first, last) = (at, at);
        while (first > 0 && JoinedInAList(towns[first - 1].EndToken, towns[first].FirstToken))
        {
            first--;
        }

        while (last < towns.Count - 1 && JoinedInAList(towns[last].EndToken, towns[last + 1].FirstToken))
        {
            last++;
        }

        return last > first ? towns.GetRange(first, last - first + 1) : null;
    }

    /// <summary>
    /// Nothing but commas and "and" between two names or dates (و is a prefix of the second name in Arabic, and a token of
    /// its own before digits: "2020 و2021").
    /// </summary>
    private bool JoinedInAList(int beforeEnd, int afterFirst) =>
        afterFirst >= beforeEnd && afterFirst - beforeEnd <= 2
        && Enumerable.Range(beforeEnd, afterFirst - beforeEnd).All(t => layers.IsAnd(t)
                                                                        || layers.Doc.IsComma(t))
        && (afterFirst > beforeEnd || layers.Doc.TokenText(afterFirst).StartsWith('و'));

    /// <summary>Territory changes hands only when a place, a military post or a town named before ("la reprise de la ville") is what was taken.</summary>
    private bool TakesAPlace(Frame frame) =>
        layers.Places.Any(p => p.FirstToken >= frame.Trigger.EndToken && p.FirstToken - frame.Trigger.EndToken <= 4 && !p.IsCountry)
        || frame.MilitaryTarget && frame.Target is { } target && target.FirstToken - frame.Trigger.EndToken <= 4
        || IsLatin && Enumerable.Range(frame.Trigger.EndToken, 3).Any(layers.IsTownToldBefore);

    /// <summary>
    /// "انفجرت العبوة", "L'attaque a tué…": a verb whose subject is a definite event noun tells an event already introduced;
    /// the subject stands right after the verb where the language puts it there (or just before it after "that":
    /// "قال إن التفجيرات استهدفت سوقا"), else before it, past auxiliaries.
    /// </summary>
    private bool HasDefiniteTriggerSubject(TriggerMention verb) => layers.Grammar.SubjectAfterVerb
        ? layers.Triggers.Any(t => t.IsDefinite && t.FirstToken >= verb.EndToken && t.FirstToken - verb.EndToken <= 1 || FrontedAfterThat(t, verb))
        : layers.Triggers.Any(t => t.IsDefinite && t.EndToken <= verb.FirstToken && verb.FirstToken - t.EndToken <= 3 && layers.InSameClause(t.FirstToken, verb.FirstToken));

    /// <summary>Threats, hypotheses, negated existence and the future tense report nothing that happened.</summary>
    private bool IsIrrealis(TriggerMention trigger, int sentence)
    {
        if (trigger.Prefix.Contains('س', StringComparison.Ordinal) || trigger.IsModal || IsNegatedNoun(trigger, sentence))
        {
            return true;
        }

        if (Follows(trigger, sentence, CueKind.Threat, ModalScope) || Follows(trigger, sentence, CueKind.Hypothetical, ModalScope) || IsDenied(trigger, sentence))
        {
            return true;
        }

        // لم تشهد المدينة أي هجوم: a negation, then "any", then the trigger.
        foreach (var negation in layers.CuesIn(sentence, CueKind.Negation))
        {
            if (negation.EndToken <= trigger.FirstToken && trigger.FirstToken - negation.EndToken <= ModalScope
                && Enumerable.Range(negation.EndToken, trigger.FirstToken - negation.EndToken).Any(t => layers.Is(t, SyntaxRole.Any)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>« aucune attaque », "no attack": a negative determiner right before the trigger.</summary>
    private bool IsNegatedNoun(TriggerMention trigger, int sentence) =>
        layers.CuesIn(sentence, CueKind.Negation).Any(c => c.EndToken == trigger.FirstToken && layers.Is(c.EndToken - 1, SyntaxRole.Any));

    /// <summary>"denied that jihadists had overrun the base": a denial reaches to the end of its clause.</summary>
    private bool IsDenied(TriggerMention trigger, int sentence) =>
        layers.CuesIn(sentence, CueKind.Denial).Any(c => c.EndToken <= trigger.FirstToken && layers.InSameClause(c.EndToken, trigger.FirstToken));

    /// <summary>
    /// A tally over a period ("in recent months") covers the triggers after it; in French and English an
    /// adverb right after a verb ("clashed repeatedly since X broke away") tallies that verb only.
    /// </summary>
    private bool TalliedBefore(TriggerMention trigger, int sentence, bool several) =>
        layers.CuesIn(sentence, CueKind.Aggregate).Any(c => c.EndToken <= trigger.FirstToken && trigger.FirstToken - c.EndToken <= ModalScope
                                                             && !(IsLatin && layers.Triggers.Any(t => t.Form != TriggerForm.Noun && AdverbOf(c, t))))
        || several && Follows(trigger, sentence, CueKind.Trend, ModalScope);

    /// <summary>"have clashed repeatedly", « ont attaqué à plusieurs reprises »: an adverb right after the verb makes it a tally.</summary>
    private bool TalliedAfter(TriggerMention trigger) =>
        trigger.Form != TriggerForm.Noun && layers.Cues.Any(c => c.Kind == CueKind.Aggregate && AdverbOf(c, trigger));

    private bool AdverbOf(CueMention cue, TriggerMention verb) =>
        cue.FirstToken >= verb.EndToken && cue.FirstToken - verb.EndToken <= 1 && layers.InSameClause(cue.FirstToken, verb.FirstToken);

    /// <summary>"منفذو الهجوم", « les auteurs de l'attaque », "the putsch leaders": an event noun that says who people are presupposes its incident; it does not report one.</summary>
    private bool NamesPeople(TriggerMention trigger, int sentence) =>
        trigger.Form == TriggerForm.Noun
        && layers.CuesIn(sentence, CueKind.Perpetrators).Any(c => c.EndToken <= trigger.FirstToken && trigger.FirstToken - c.EndToken <= 1 || c.FirstToken == trigger.EndToken);

    /// <summary>
    /// "وتسببت هجمات المسلحين على الإقليم منذ ثلاثة أعوام في مقتل 400": deaths caused by attacks in the plural over a period
    /// counted from "since" are a tally, whether or not the article's date lets the period be resolved ("منذ ثلاث سنوات" alone is
    /// also "three years ago", so the plural cause decides). A death right after "since" is its starting point ("منذ مقتل زعيمها").
    /// </summary>
    private bool TalliedSince(Frame frame)
    {
        var trigger = frame.Trigger;
        var opening = layers.Doc.Sentences[frame.Sentence].FirstToken;
        return Incident.FamilyOf(frame) == ActFamily.Outcome && frame.Counts.Count > 0
               && layers.Background.Any(b => b.Since && layers.SentenceOf(b.FirstToken) == frame.Sentence && b.EndToken < trigger.FirstToken)
               && layers.Triggers.Any(t => t.IsPlural && t.Form == TriggerForm.Noun && t.FirstToken >= opening && t.EndToken <= trigger.FirstToken
                                           && layers.Acts[t.Act].Family != ActFamily.Outcome);
    }

    /// <summary>
    /// "أودى العنف بحياة المئات في العام الماضي", « des milliers de morts depuis 2012 », "thousands killed": deaths in the hundreds
    /// or thousands with no figure, or in the thousands with one ("some 3 000 killed across the region last year"), with no day and no place
    /// smaller than a country, add up a period, not one incident. Thousands counted in a region over a year ("the region recorded
    /// 1,500 dead in 2024") add up too: a region is no place of one incident.
    /// </summary>
    private static bool IsTallyOfHundreds(Frame frame) =>
        Incident.FamilyOf(frame) == ActFamily.Outcome && frame.Counts.Count > 0
        && frame.Counts.TrueForAll(c => c.IsVague && c.Value >= HundredsTally || c.Value >= ThousandsTally)
        && frame.Date is null or { IsYearOnly: true } or { Vague: true }
        && (frame.Place is null or { IsCountry: true } || frame.Counts.TrueForAll(c => c.Value >= ThousandsTally) && frame.Place.Place.GeoPrecision == RegionPrecision);

    /// <summary>"تولى السلطة بعد انقلابين في 2020 و2021": the coups its sentence names are how power was taken; they are the events.</summary>
    private bool CoupToldBeside(TriggerMention trigger, int sentence) =>
        layers.Triggers.Any(t => t.Act == Act.Coup && layers.SentenceOf(t.FirstToken) == sentence);

    /// <summary>"العسكريون الذين تولوا السلطة عام 2021": power taken by soldiers, mutineers or the state's forces is a coup; taken by a president or a party, an office.</summary>
    private static bool TakenBySoldiers(Frame frame) =>
        frame.Agent?.Mention is { Role: ActorRole.Military or ActorRole.Mutineer } or { Actor.Kind: ActorKinds.StateForces };

    /// <summary>"آخر مدينة ما زال الجيش يسيطر عليها", "the army still controls the town": control that goes on changed no hands.</summary>
    private bool StillHeld(TriggerMention trigger, int sentence) =>
        trigger.Act is Act.Seize or Act.Regain
        && layers.CuesIn(sentence, CueKind.Continuing).Any(c => c.EndToken <= trigger.FirstToken && trigger.FirstToken - c.EndToken <= ContinuingScope
                                                                && layers.InSameClause(c.FirstToken, trigger.FirstToken));

    /// <summary>True when the frame's clause is the one its sentence opens with a determiner that refers back (ledit, ladite, the aforementioned).</summary>
    private bool OpensReferringBack(Frame frame)
    {
        var opening = layers.Doc.Sentences[frame.Sentence].FirstToken;
        return Enumerable.Range(opening, OpeningReach).Any(t => layers.Is(t, SyntaxRole.RefersBack)) && layers.InSameClause(opening, frame.Trigger.FirstToken);
    }

    /// <summary>« 22 ont rejoint la base », "rejoined their barracks": joining a post or home is getting back to it, not joining a group.</summary>
    private bool ReachesAPost(TriggerMention trigger) =>
        layers.Acts[trigger.Act].IsGroupChange && trigger.Form != TriggerForm.Noun
        && Enumerable.Range(trigger.EndToken, PostReach).Any(t => layers.Is(t, SyntaxRole.Post) && layers.InSameClause(t, trigger.FirstToken)
                                                              && Enumerable.Range(trigger.EndToken, t - trigger.EndToken).All(d => layers.Is(d, SyntaxRole.Definite) || layers.Is(d, SyntaxRole.Possessive)));

    /// <summary>
    /// "سيطروا على بلدات أخرى في الشمال", « ont pris le contrôle de plusieurs localités »: control of towns the text does not
    /// name tallies several changes of control, none of which can be coded; listed names make one event each elsewhere.
    /// </summary>
    private bool OverUnnamedPlaces(TriggerMention trigger, int sentence) =>
        trigger.Act is Act.Seize or Act.Regain
        && Enumerable.Range(trigger.EndToken, PlacesNounReach).Any(t => layers.Is(t, SyntaxRole.PlacesNoun) && layers.InSameClause(t, trigger.FirstToken))
        && !layers.Places.Any(p => !p.IsCountry && IsTown(p) && layers.SentenceOf(p.FirstToken) == sentence && p.FirstToken >= trigger.EndToken);

    /// <summary>True when a cue of <paramref name="kind"/> precedes the trigger in its sentence, within <paramref name="scope"/> tokens.</summary>
    private bool Follows(TriggerMention trigger, int sentence, CueKind kind, int scope) =>
        layers.CuesIn(sentence, kind).Any(c => c.EndToken <= trigger.FirstToken && trigger.FirstToken - c.EndToken <= scope);

    /// <summary>
    /// Background when dated well before the article; or when told in a background construction
    /// (كان قد، منذ…) and not dated within the news cycle: "وكان مسلحون قد هاجموا الجمعة الماضي" is news.
    /// </summary>
    private bool IsBackground(Frame frame)
    {
        if (frame.Date is { } date && (date.Background || date.IsYearOnly))
        {
            return true;
        }

        // "ذكرى الهجوم، الذكرى الخامسة لمجزرة": what is remembered is past.
        var trigger = frame.Trigger;
        if (layers.Background.Any(b => b.Anniversary && b.EndToken <= trigger.FirstToken && trigger.FirstToken - b.EndToken <= 2 && layers.SentenceOf(b.FirstToken) == frame.Sentence))
        {
            return true;
        }

        // "Since the death of Shekau", "منذ مقتل زعيمها", "منذ الانقلاب": a person's death, or an event of a kind the article has not
        // told yet, that the news is counted from is past, though told with "the" ("since the attack" after the attack is the news's own).
        if ((frame.PersonVictim is not null || trigger.IsDefinite && !KindToldBefore(trigger)) && frame.Date is not { Recent: true }
            && layers.Background.Any(b => b.Since && b.EndToken <= trigger.FirstToken && trigger.FirstToken - b.EndToken <= 1 && layers.SentenceOf(b.FirstToken) == frame.Sentence))
        {
            return true;
        }

        // "قتل مسلحون أربعة رعاة في أواخر مارس الماضي" with the article's date unknown: the clause's own time is a past month or year.
        if (frame.Date is null && layers.Background.Any(b => b.PastPeriod && layers.InSameClause(b.FirstToken, trigger.FirstToken)
                                                              && !AnotherTriggerBetween(trigger, b.FirstToken, b.EndToken)))
        {
            return true;
        }

        // « intervient un mois après le putsch »: a known event referred back to weeks before is not the news; one told
        // with a verb of its own ("comes weeks after gunmen stormed a base, killing seven") is still reported.
        // "بعد شهر من هجوم آخر": an event noun the cue governs directly is that earlier event, though indefinite; the gap
        // may date it (a month before the news), and it is still the earlier one.
        if (frame.Date is null or { OfWhatFollows: true } && layers.Background.Any(b => b.LongAfter && b.EndToken <= trigger.FirstToken && layers.SentenceOf(b.FirstToken) == frame.Sentence
                                                             && layers.InSameClause(b.EndToken - 1, trigger.FirstToken)
                                                             && (trigger.IsDefinite || GovernedEventNoun(trigger, b.EndToken)
                                                                 || DescribesNounAt(trigger, b.EndToken))))
        {
            return true;
        }

        return InBackgroundScope(frame, pointsBack: false) && frame.Date is not { Recent: true } && !(frame.Anaphoric && frame.Date is null) && !RetellsToll(frame);
    }

    /// <summary>
    /// "بعد شهر من هجوم آخر", "بعد أسبوعين على وقوع هجوم": the first event noun after the cue, right after it or after one
    /// word naming its occurrence, is the event the cue governs.
    /// </summary>
    private bool GovernedEventNoun(TriggerMention trigger, int cueEnd) =>
        trigger.Form != TriggerForm.Verb && trigger.FirstToken >= cueEnd && trigger.FirstToken - cueEnd <= GovernedNounGap
        && !layers.Triggers.Any(t => t.FirstToken >= cueEnd && t.FirstToken < trigger.FirstToken);

    /// <summary>
    /// "بعد شهر من اعتداء آخر استهدف بلدة X": a bare verb right after the event noun at <paramref name="nounStart"/> and its
    /// adjective opens a relative clause about that noun (Arabic needs no relative pronoun after an indefinite noun): it tells
    /// the same event.
    /// </summary>
    private bool DescribesNounAt(TriggerMention verb, int nounStart) =>
        verb is { Form: TriggerForm.Verb, Prefix: "" }
        && layers.Triggers.Any(t => t.FirstToken == nounStart && t.Form != TriggerForm.Verb && t.EndToken <= verb.FirstToken
                                    && verb.FirstToken - t.EndToken <= NounAdjectives
                                    && !CommaBetween(t.EndToken, verb.FirstToken));

    /// <summary>A comma among the tokens <c>[first, end)</c>.</summary>
    private bool CommaBetween(int first, int end) => Enumerable.Range(first, Math.Max(0, end - first)).Any(layers.Doc.IsComma);

    /// <summary>True when a trigger of the same act family stands before <paramref name="trigger"/> in the text.</summary>
    private bool KindToldBefore(TriggerMention trigger) =>
        layers.Triggers.Any(t => t.EndToken <= trigger.FirstToken && layers.Acts[t.Act].Family == layers.Acts[trigger.Act].Family);

    /// <summary>
    /// "وكانت الحصيلة الأولية قد أشارت إلى …", « un précédent bilan avait fait état de … »: an earlier toll told in the pluperfect
    /// is the news's own incident counted before, not a past one.
    /// </summary>
    private bool RetellsToll(Frame frame) =>
        Incident.FamilyOf(frame) == ActFamily.Outcome
        && layers.Cues.Any(c => c.Kind is CueKind.TollRevised or CueKind.TollEarlier or CueKind.TollUpdated && layers.SentenceOf(c.FirstToken) == frame.Sentence
                                && c.FirstToken < frame.Trigger.FirstToken);

    /// <summary>
    /// « Lundi, un premier bilan donnait 28 morts »: deaths told with a superseded toll are the incident's, told
    /// again; a day in that sentence dates the earlier report, not the deaths.
    /// </summary>
    private bool RetellsEarlierToll(Frame frame) =>
        Incident.FamilyOf(frame) == ActFamily.Outcome && layers.CuesIn(frame.Sentence, CueKind.TollEarlier).Any(c => c.FirstToken < frame.Trigger.FirstToken);

    /// <summary>
    /// "أسس الحركة سنة 2007، وسرعان ما سيطرت على الشمال", « peu après, il rejoint… »: an undated step told as following the
    /// event just before (in its sentence or the one before) is of that event's time; after background it is background too.
    /// </summary>
    private bool FollowsOnBackground(Frame frame, Frame? told)
    {
        if (frame.Date is not null || told is not { Background: true } || frame.Sentence - told.Sentence > 1)
        {
            return false;
        }

        var opening = layers.Doc.Sentences[frame.Sentence].FirstToken;
        return layers.Background.Any(b => b.FollowsOn && layers.SentenceOf(b.FirstToken) == frame.Sentence && b.EndToken <= frame.Trigger.FirstToken
            && b.FirstToken >= told.Trigger.EndToken
            && (layers.InSameClause(b.EndToken - 1, frame.Trigger.FirstToken) || layers.ClauseOf(b.FirstToken) == layers.ClauseOf(opening)));
    }

    /// <summary>
    /// "وفي 1998 التحق بالجماعة", « il rejoint le Mujao »: one joining told with no one named, no number and no day or month is a
    /// step in the career of the person the text is about; a group or a body of fighters joining changes a group (ACLED:
    /// large-scale defections), and so does a joining dated to its month (ثم انضم في مارس 2017 إلى التحالف: a merger's day).
    /// </summary>
    private bool IsCareerStep(Frame frame) =>
        frame.Act == Act.Join && frame.Agent is null && frame.Date is null or { IsYearOnly: true }
        && !layers.Numbers.Any(n => layers.InSameClause(n.FirstToken, frame.Trigger.FirstToken) && !InADate(n.FirstToken));

    private bool InADate(int token) => layers.Dates.Any(d => d.FirstToken <= token && token < d.EndToken);

    /// <summary>The latest date told before the frame, in its sentence or the one before, that dates no statement.</summary>
    private DateAnchor? DateTold(Frame frame) =>
        layers.Dates.LastOrDefault(d => d.EndToken <= frame.Trigger.FirstToken && frame.Sentence - layers.SentenceOf(d.FirstToken) <= 1 && !d.Vague && !d.UpToNow && !IsReportDate(d));

    /// <summary>
    /// A cue in the trigger's clause, or opening its sentence ("وفي تلك الليلة، اقتحم…"), scopes over it. "Comes after" scopes
    /// only over what follows it, and only over a dated event: "days after" an undated attack is still this week's news.
    /// </summary>
    private bool InBackgroundScope(Frame frame, bool pointsBack)
    {
        var opening = layers.Doc.Sentences[frame.Sentence].FirstToken;
        return layers.Background.Any(b => b.PointsBack == pointsBack && !b.FollowsOn && !b.Comparison && layers.SentenceOf(b.FirstToken) == frame.Sentence
            && (b.FirstToken <= frame.Trigger.EndToken || pointsBack) && !(b.ScopeAfter && (frame.Trigger.FirstToken < b.EndToken || frame.Date is null))
            && (layers.InSameClause(b.FirstToken, frame.Trigger.FirstToken) || layers.InSameClause(b.EndToken - 1, frame.Trigger.FirstToken)
                || layers.ClauseOf(b.FirstToken) == layers.ClauseOf(opening) || pointsBack));
    }
}
