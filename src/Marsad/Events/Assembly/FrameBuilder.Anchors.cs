namespace Marsad.Events.Assembly;

internal sealed partial class FrameBuilder
{
    // A date this close after a reporting word dates the statement ("أعلن الجيش، أمس الثلاثاء، مقتل…").
    private const int ReportReach = 6;

    /// <summary>
    /// The date that governs the trigger: the nearest in its clause, else the nearest in its sentence;
    /// a date that dates a statement is taken only when nothing else dates the event. The gap a sequel is told after
    /// ("وتأتي الغارة بعد أسبوعين من كمين …") dates only the earlier event named after it, never the one before it.
    /// </summary>
    private DateAnchor? DateFor(Frame frame)
    {
        var trigger = frame.Trigger;

        var inSentence = SentenceDates(frame).Where(d => !AnotherTriggerBetween(trigger, d.FirstToken, d.EndToken)
                                                 && !AnniversaryBetween(d.EndToken, trigger.FirstToken) && !NewIncidentBetween(trigger.EndToken, d.FirstToken)
                                                 && !SinceBetween(trigger.EndToken, d.FirstToken) && !SubordinateBetween(trigger.EndToken, d.FirstToken)
                                                 && !(d.OfWhatFollows && d.FirstToken >= trigger.EndToken)
                                                 && !(IsLatin && (InOtherRelativeClause(d, trigger) || DatesAnotherVerb(d, trigger)))).ToList();
        // Before an event noun, a date belongs to the sentence's own verb ("أعلن الجيش أمس مقتل…"، "استدعت اليوم … على مقتل").
        // French and English put a verb's date after it, so one before the noun in its clause dates the noun (« né fin 2023 de la fusion »),
        // and so does one that opens the sentence (« En juin 2021, une attaque contre Solhan avait fait 160 morts »).
        var opening = layers.Doc.Sentences[frame.Sentence].FirstToken;
        var eventDates = inSentence.Where(d => !IsReportDate(d) && (trigger.Form != TriggerForm.Noun || d.FirstToken >= trigger.EndToken
                                                                    || IsLatin && (layers.InSameClause(d.FirstToken, trigger.FirstToken) || d.FirstToken - opening <= 1))).ToList();
        var clauseDates = eventDates.Where(d => layers.ClauseOf(d.FirstToken) == frame.Clause).ToList();
        var inClause = Nearest(clauseDates, trigger);

        // « L'armée a donné lundi le bilan de l'embuscade tendue dimanche »: with a date on each side of an event noun in its
        // clause, French and English give the noun its own after it; the one before is the governing verb's.
        if (IsLatin && trigger.Form == TriggerForm.Noun && inClause is { } before && before.EndToken <= trigger.FirstToken
            && Nearest(clauseDates.Where(d => d.FirstToken >= trigger.EndToken && !d.IsYearOnly), trigger) is { } own)
        {
            inClause = own;
        }

        if (trigger.IsDefinite && GapBefore(frame) is { } gap && inClause is null)
        {
            return gap;
        }

        if (trigger.IsDefinite)
        {
            // A definite noun that refers back takes only a date of its own clause ("ونسب … القصف إلى جماعة … التي تفرض منذ عام 2023 حصارا");
            // in French and English also one that opens its sentence and so dates all of it (« Le 3 mars 2019, trois gendarmes ont été
            // blessés dans l'attaque du poste »), one of a relative clause about it ("The attack, which took place last Tuesday"), and, as the subject of a sentence that tells nothing else but its outcome ("The strike
            // hit a compound …, on Saturday", « l'explosion d'une mine avait fait deux blessés, le jeudi 14 février 2019 »), the sentence's.
            return inClause ?? OpeningDate(frame) ?? (IsLatin ? Nearest(eventDates.Where(d => InOwnRelativeClause(d, trigger)), trigger) : null)
                   ?? (IsLatin && layers.Triggers.All(t => t == trigger || layers.SentenceOf(t.FirstToken) != frame.Sentence || layers.Acts[t.Act].Family == ActFamily.Outcome)
                       ? Nearest(eventDates, trigger)
                       : null);
        }

        // Beyond the clause, a bare year loses to any finer date of the sentence; in French and English a date that opens
        // the sentence dates it all, across the nouns before the verb ("Since 2015, attacks have killed more than 900").
        var date = inClause ?? Nearest(eventDates.Where(d => !d.IsYearOnly), trigger) ?? Nearest(eventDates, trigger) ?? OpeningDate(frame) ?? GapBefore(frame)
                   ?? OccurrenceDate(frame);
        if (date is null && Nearest(inSentence, trigger) is { } reported)
        {
            frame.DateIsReport = true;
            return reported;
        }

        return date;
    }

    /// <summary>
    /// « Des enseignants ont été enlevés. Les faits se sont produits le samedi 3 mars. »: the sentence right after the act that
    /// only says it happened, and tells no new act (only definite nouns referring back), dates it.
    /// </summary>
    private DateAnchor? OccurrenceDate(Frame frame) =>
        OccurrenceSentence(frame) is { } next
            ? layers.Dates.Where(d => layers.SentenceOf(d.FirstToken) == next && !d.IsYearOnly && !IsReportDate(d)).FirstOrDefault()
            : null;

    /// <summary>The sentence after the frame's when it only says that an act happened (see <see cref="OccurrenceDate"/>).</summary>
    private int? OccurrenceSentence(Frame frame)
    {
        var next = frame.Sentence + 1;
        return next < layers.Doc.Sentences.Length && layers.CuesIn(next, CueKind.Occurrence).Any()
               && layers.Triggers.All(t => layers.SentenceOf(t.FirstToken) != next || t.IsDefinite || layers.Is(t.FirstToken - 1, SyntaxRole.Demonstrative))
            ? next
            : null;
    }

    /// <summary>
    /// "وتأتي هذه الهجمات بعد نحو ستة أشهر على الانقلاب": the time the news comes after dates the event named right after it,
    /// when nothing else does.
    /// </summary>
    private DateAnchor? GapBefore(Frame frame) =>
        frame.Trigger.Form == TriggerForm.Noun
            ? SentenceDates(frame).FirstOrDefault(d => d.OfWhatFollows && d.EndToken <= frame.Trigger.FirstToken && frame.Trigger.FirstToken - d.EndToken <= 1
                                                       && layers.Background.Any(b => b.ScopeAfter && b.FirstToken <= d.FirstToken && b.EndToken > d.FirstToken))
            : null;

    private IEnumerable<DateAnchor> SentenceDates(Frame frame) => layers.Dates.Where(d => layers.SentenceOf(d.FirstToken) == frame.Sentence);

    /// <summary>In French and English, a date that opens the frame's sentence (« Le 19 mai 2016, … », "Since 2015, …"), unless a statement's.</summary>
    private DateAnchor? OpeningDate(Frame frame)
    {
        var opening = layers.Doc.Sentences[frame.Sentence].FirstToken;
        return IsLatin ? Nearest(SentenceDates(frame).Where(d => d.FirstToken - opening <= 1 && d.EndToken <= frame.Trigger.FirstToken && !IsReportDate(d)), frame.Trigger) : null;
    }

    /// <summary>"أحيوا أمس ذكرى الهجوم": the date before a remembrance is the ceremony's.</summary>
    private bool AnniversaryBetween(int first, int end) =>
        layers.Background.Any(b => b.Anniversary && b.FirstToken >= first && b.EndToken <= end);

    /// <summary>"since ISWAP broke away in 2016; its leader died …": a date after another verb in its own clause dates that verb.</summary>
    private bool DatesAnotherVerb(DateAnchor date, TriggerMention trigger)
    {
        var clause = layers.ClauseOf(date.FirstToken);
        return clause != layers.ClauseOf(trigger.FirstToken)
               && layers.Triggers.Any(t => t != trigger && t.Form != TriggerForm.Noun && t.EndToken <= date.FirstToken && layers.ClauseOf(t.FirstToken) == clause);
    }

    /// <summary>"ويعد الهجوم الأكثر دموية منذ انطلاق عملية سرفال في يناير 2013": a date after "since" is the starting point's.</summary>
    private bool SinceBetween(int first, int end) =>
        layers.Background.Any(b => b.Since && b.FirstToken >= first && b.EndToken <= end);

    /// <summary>"هاجم مسلحون قرية، حيث كانت المنطقة قد شهدت توترا في أغسطس الماضي": a date after a subordinating word dates its own clause.</summary>
    private bool SubordinateBetween(int first, int end) =>
        Enumerable.Range(first, Math.Max(0, end - first)).Any(t => layers.Is(t, SyntaxRole.Subordinate));

    /// <summary>"…، مثل حادثة 7 يناير": a date after a new incident's cue is that incident's.</summary>
    private bool NewIncidentBetween(int first, int end) =>
        layers.Cues.Any(c => c.Kind == CueKind.NewIncident && c.FirstToken >= first && c.EndToken <= end);

    /// <summary>A date or place beyond another trigger belongs to that trigger ("اختطاف مدنيين …، مثل حادثة 7 يناير").</summary>
    private bool AnotherTriggerBetween(TriggerMention trigger, int first, int end) =>
        layers.Triggers.Any(t => t != trigger && !t.IsDefinite && !(t.Form == TriggerForm.Noun && t.Suffix.Length > 0) && !layers.Acts[t.Act].Aftermath
                                 && (t.FirstToken >= trigger.EndToken && t.EndToken <= first || t.FirstToken >= end && t.EndToken <= trigger.FirstToken));

    // "أعلن الجيش يوم السبت"، "said on Saturday", "told AFP on Sunday": a date close after a reporting word or a source told, or anywhere
    // after it right before what was said ("قال ضابط في الجيش موجود في إنديليمان يوم السبت إن…", « a affirmé samedi un officier que… »).
    private bool IsReportDate(DateAnchor date) =>
        layers.Cues.Any(c => c.Kind is CueKind.Report or CueKind.Source && c.EndToken <= date.FirstToken
                             && (date.FirstToken - c.EndToken <= ReportReach || layers.Is(date.EndToken, SyntaxRole.That))
                             && layers.SentenceOf(c.FirstToken) == layers.SentenceOf(date.FirstToken)
                             && !layers.Triggers.Any(t => t.FirstToken >= c.EndToken && t.EndToken <= date.FirstToken));

    /// <summary>The place of the trigger: the nearest in its clause, else in its sentence; never a dateline or a source's home.</summary>
    private PlaceAnchor? PlaceFor(Frame frame)
    {
        var places = layers.Places.Where(p => layers.IsEventPlace(p) && layers.SentenceOf(p.FirstToken) == frame.Sentence
                                              && (layers.ClauseOf(p.FirstToken) == frame.Clause || !AnotherTriggerBetween(frame.Trigger, p.FirstToken, p.EndToken))).ToList();
        var local = places.Where(p => !p.IsCountry).ToList();
        local.RemoveAll(p => IsContainerOfPrevious(p, local) || LocatesPrevious(p, local));

        // A capital beside another place of its sentence speaks for the government there ("قالت الحكومة في باماكو إن مسلحين هاجموا قرية…").
        if (local.Exists(p => !p.Capital))
        {
            local.RemoveAll(p => p.Capital);
        }


        // In its own clause a town beats a lake or a region (جزر بحيرة تشاد القريبة من بلدة باغاسولا);
        // beyond it, a place named alone beats one end of "between X and Y", and in French and English
        // a town beats a region ("a base in Malam Fatori, near the border with Niger, saying it killed…").
        var inClause = local.Where(p => layers.ClauseOf(p.FirstToken) == frame.Clause).ToList();
        // A name not found and known only by its country (« le village d'X, situé dans le cercle de Y ») yields to a town the sentence locates.
        return Nearest(inClause.Where(IsTown), frame.Trigger)
               ?? Nearest(inClause.Where(p => p.Place.HasCoordinates), frame.Trigger)
               ?? (IsLatin ? Nearest(local.Where(p => !p.Between && IsTown(p)), frame.Trigger) : null)
               ?? Nearest(inClause, frame.Trigger)
               ?? Nearest(local.Where(p => !p.Between), frame.Trigger)
               ?? Nearest(local, frame.Trigger)
               ?? Nearest(places, frame.Trigger);
    }

    /// <summary>"بلدة صلحان في إقليم ياغا": the region right after a town only says where the town is.</summary>
    private static bool IsContainerOfPrevious(PlaceAnchor region, List<PlaceAnchor> places) =>
        places.Any(town => town.EndToken <= region.FirstToken && region.FirstToken - town.EndToken <= 2 && town.Place.GeoPrecision < region.Place.GeoPrecision
                           && town.Place.Admin1 is not null && town.Place.Admin1 == region.Place.Admin1);

    /// <summary>"منطقة تيسيت جنوب غربي غاو": a direction from a place right after a town only says where the town lies.</summary>
    private static bool LocatesPrevious(PlaceAnchor locator, List<PlaceAnchor> places) =>
        locator.FromIt && places.Any(town => town.EndToken == locator.FirstToken && !town.Between && IsTown(town));

    private static bool IsTown(PlaceAnchor place) => place.Place.HasCoordinates && place.Place.GeoPrecision <= 2;

    private static T? Nearest<T>(IEnumerable<T> anchors, TriggerMention trigger)
        where T : class
    {
        T? best = null;
        var bestDistance = int.MaxValue;
        foreach (var anchor in anchors)
        {
            var (first, end) = anchor switch
            {
                DateAnchor d => (d.FirstToken, d.EndToken),
                PlaceAnchor p => (p.FirstToken, p.EndToken),
                _ => throw new InvalidOperationException("anchors are dates or places"),
            };

            // Ties go to what follows the trigger: Arabic states the time and place after the verb.
            var distance = first >= trigger.EndToken ? (first - trigger.EndToken) * 2 : (trigger.FirstToken - end) * 2 + 1;
            if (distance < bestDistance)
            {
                (best, bestDistance) = (anchor, distance);
            }
        }

        return best;
    }
}
