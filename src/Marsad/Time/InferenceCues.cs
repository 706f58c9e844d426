using System.Collections.Immutable;
using Marsad.Text;

namespace Marsad.Time;

/// <summary>
/// What the date expressions of an undated article say about when it was written, sorted by kind:
/// the inference scores candidate months against these.
/// </summary>
internal sealed class InferenceCues
{
    private static readonly DateOnly Anywhere = new(2000, 1, 1);

    // A dateline is the first thing of a text: a place, a comma, the date.
    private const int DatelineTokens = 3;

    // "X months ago" counts from the dated event it stands beside ("July 2023, nearly a year and a half ago"), not from any date of its sentence.
    private const int AgoReach = 4;

    // How far a background cue reaches to its year: « En 2015, une attaque … avait fait », "which emerged in 2012".
    private const int BackgroundReach = 12;

    /// <summary>Dates with their year ("ديسمبر 2024", "Jan. 29, 2025", "رمضان 1445"): the article is after them.</summary>
    public List<(DateMention Mention, DateValue Value, bool Hijri)> Absolute { get; } = [];

    /// <summary>Years alone ("عام 2024", "de 2025"): the article is not before them.</summary>
    public List<(DateMention Mention, int Year)> Years { get; } = [];

    /// <summary>Months said to be current ("7 يناير الجاري"): the article's month.</summary>
    public List<(DateMention Mention, int Month)> CurrentMonths { get; } = [];

    /// <summary>
    /// Days and months without a year ("le 4 janvier", "الأحد 5 يناير"): news reports recent days, and
    /// its lead (the first sentence) the most recent.
    /// </summary>
    public List<(DateMention Mention, CalendarDate Date, bool Lead)> YearlessDates { get; } = [];

    /// <summary>A time since a dated event ("بعد عام على … أكتوبر 2024"): the article is that long after it.</summary>
    public List<(DateMention Since, DateMention Anchor, int Months)> Elapsed { get; } = [];

    public List<DateMention> NewYears { get; } = [];

    public List<DateMention> ThisYears { get; } = [];

    /// <summary>
    /// Starts of periods running up to the text ("depuis 2012", "منذ 2015"): the text is after them, but they
    /// say nothing of how long after.
    /// </summary>
    public List<(DateMention Mention, DateValue Start)> Since { get; } = [];

    /// <summary>A date at the very top of the text ("date 2020-03", "BAMAKO, 12 mars 2024"): when it was written, give or take days.</summary>
    public (DateMention Mention, DateValue Value)? Dateline { get; private set; }

    /// <summary>"أمس الجمعة 30 سبتمبر 2022", "aujourd'hui lundi 13 février 2012": a day counted from the text's own, then dated.</summary>
    public (DateMention Relative, DateMention Date, DateOnly Reference)? DatedToday { get; private set; }

    /// <summary>The latest Gregorian year the text writes (not counting the starts of periods), if any.</summary>
    public int? MaxYear => Absolute.Select(a => a.Value.Last.Year).Concat(Years.Select(y => y.Year)).DefaultIfEmpty().Max() is var y and > 0 ? y : null;

    /// <summary>The earliest Gregorian year the text writes, if any.</summary>
    public int? MinYear => Absolute.Select(a => a.Value.First.Year).Concat(Years.Select(y => y.Year)).Concat(Since.Select(s => s.Start.First.Year))
        .DefaultIfEmpty().Min() is var y and > 0 ? y : null;

    public static InferenceCues Collect(TextDocument doc, ImmutableArray<DateMention> mentions, ImmutableArray<BackgroundCue> background)
    {
        var cues = new InferenceCues();
        for (var k = 0; k < mentions.Length; k++)
        {
            var mention = mentions[k];
            var expression = mention.Expression;
            if (k == 0 && IsDateline(doc, mention) && DateResolver.Resolve(expression, Anywhere, null) is { } top)
            {
                cues.Dateline = (mention, top);
            }

            if (Core(expression) is RelativeDay relative && k + 1 < mentions.Length && Dated(doc, mention, mentions[k + 1], relative) is { } today)
            {
                cues.DatedToday = (mention, mentions[k + 1], today);
            }

            if (expression is Since { Start: var start } && IsAbsolute(start))
            {
                if (DateResolver.Resolve(start, Anywhere, null) is { } value)
                {
                    cues.Since.Add((mention, value));
                }

                continue;
            }

            if (IsAbsolute(expression) && InBackground(doc, mention, background) && DateResolver.Resolve(expression, Anywhere, null) is { } before)
            {
                // "an insurgency which emerged in 2012", « En 2015, une attaque avait fait … »: the text is after that year, but not soon after.
                cues.Since.Add((mention, before));
                continue;
            }

            if (IsAbsolute(expression))
            {
                if (expression is YearDate year)
                {
                    cues.Years.Add((mention, year.Year));
                }
                else if (DateResolver.Resolve(expression, Anywhere, null) is { } value)
                {
                    cues.Absolute.Add((mention, value, Core(expression) is HijriDate));
                }

                continue;
            }

            foreach (var date in Calendars(expression))
            {
                if (date is { Month: { } month, Year: null, Anchor: Anchor.Current })
                {
                    cues.CurrentMonths.Add((mention, month));
                }

                if (date is { Month: not null, Year: null, Anchor: not Anchor.Previous })
                {
                    cues.YearlessDates.Add((mention, date, doc.SentenceOf(mention.FirstToken) == 0));
                }
            }

            switch (Core(expression))
            {
                case NewYear:
                    cues.NewYears.Add(mention);
                    break;
                case RelativePeriod { Unit: PeriodUnit.Year, Offset: 0 }:
                    cues.ThisYears.Add(mention);
                    break;
                case AnaphoricDate { Unit: PeriodUnit.Month or PeriodUnit.Year } or Ago { Unit: PeriodUnit.Month or PeriodUnit.Year }:
                    if (ElapsedAnchor(doc, mentions, k) is { } anchor)
                    {
                        cues.Elapsed.Add((mention, anchor, Months(Core(expression))));
                    }

                    break;
            }
        }

        return cues;
    }

    /// <summary>
    /// A year or a month of a year told in a background construction of its sentence (a pluperfect, a founding, "at the
    /// time"), near its cue: an earlier time the news is set against. A day dated in full is the news's own; "the deadliest
    /// since July 2023", "ten years since", "comes after" measure how far back, which the elapsed-time cues read.
    /// </summary>
    private static bool InBackground(TextDocument doc, DateMention mention, ImmutableArray<BackgroundCue> background) =>
        Core(mention.Expression) is YearDate or CalendarDate { Day: null }
        && background.Any(c => c.Kind is not (BackgroundCueKind.ComesAfter or BackgroundCueKind.ComesLongAfter or BackgroundCueKind.Since or BackgroundCueKind.Anniversary or BackgroundCueKind.YearsAgo or BackgroundCueKind.Afterwards or BackgroundCueKind.Comparison)
            && doc.SentenceOf(c.FirstToken) == doc.SentenceOf(mention.FirstToken)
            && Math.Max(c.FirstToken - mention.EndToken, mention.FirstToken - c.EndToken) <= BackgroundReach);

    /// <summary>
    /// True for a date at the very top of a text, the first of its dates: "date 2020-03", "NIAMEY, 12 mars 2024"; a month
    /// alone in words there opens a story ("في ديسمبر 2024، قتل…").
    /// </summary>
    public static bool IsDateline(TextDocument doc, DateMention first) =>
        first.FirstToken <= DatelineTokens && Core(first.Expression) is CalendarDate { Month: not null, Year: not null } written
        && (written.Day is not null || IsStamp(doc, first));

    /// <summary>"2020-03", "2024-06-12": a date in ISO form is a page's stamp (of the report, or of a later edit or reading), never prose.</summary>
    public static bool IsStamp(TextDocument doc, DateMention mention) =>
        doc.Tokens[mention.FirstToken].Kind == TokenKind.Digits && doc.Tokens[mention.FirstToken].Length == 4 && doc.IsPunct(mention.FirstToken + 1, '-');

    /// <summary>True when the expression fixes its dates without a reference ("ديسمبر 2024", "عام 2015", "20 شعبان 1446").</summary>
    public static bool IsAbsolute(DateExpression expression) => expression switch
    {
        CalendarDate date => date.Year is not null && date.Month is not null,
        SeasonDate season => season.Year is not null,
        HijriDate date => date.Year is not null,
        YearDate => true,
        DateRange range => IsAbsolute(range.Last) && IsAbsolute(range.First),
        PartOfPeriod part => IsAbsolute(part.Whole),
        PartOfDay part => IsAbsolute(part.Day),
        Overnight night => IsAbsolute(night.Evening),
        Since since => IsAbsolute(since.Start),
        _ => false,
    };

    /// <summary>"jeudi", "hier", "il y a trois jours", "la semaine dernière": a date counted from the day the text was written.</summary>
    public static bool CountsFromReference(DateExpression expression) => Core(expression) is WeekdayDate or RelativeDay or Ago or RelativePeriod;

    /// <summary>The expression under its wrappers (part of day or period, since, night).</summary>
    public static DateExpression Core(DateExpression expression) => expression switch
    {
        PartOfPeriod part => Core(part.Whole),
        PartOfDay part => Core(part.Day),
        Overnight night => Core(night.Evening),
        Since since => Core(since.Start),
        _ => expression,
    };

    private static IEnumerable<CalendarDate> Calendars(DateExpression expression) => expression switch
    {
        DateRange range => Calendars(range.First).Concat(Calendars(range.Last)),
        _ => Core(expression) is CalendarDate date ? [date] : [],
    };

    private static int Months(DateExpression expression) => expression switch
    {
        AnaphoricDate { Unit: PeriodUnit.Year } a => 12 * Math.Abs(a.Offset),
        AnaphoricDate a => Math.Abs(a.Offset),
        Ago { Unit: PeriodUnit.Year } a => 12 * Math.Max(a.Count, 1),
        Ago a => Math.Max(a.Count, 1),
        _ => 0,
    };

    // "أمس الجمعة 30 سبتمبر 2022": the day counted and the date written side by side, the weekday (if any) agreeing.
    private static DateOnly? Dated(TextDocument doc, DateMention relative, DateMention next, RelativeDay day)
    {
        var gap = next.FirstToken - relative.EndToken;
        if (gap > 1 || gap == 1 && !doc.IsPunct(relative.EndToken, ',') || next.Expression is not CalendarDate { Day: not null, Month: not null, Year: not null } date
            || DateResolver.Resolve(date, Anywhere, null) is not { } value || day.Weekday is { } weekday && value.Date.DayOfWeek != weekday)
        {
            return null;
        }

        return value.Date.AddDays(-day.Offset);
    }

    // The nearest mention in the same sentence that names a month: what the time elapsed is counted from.
    private static DateMention? ElapsedAnchor(TextDocument doc, ImmutableArray<DateMention> mentions, int k)
    {
        var sentence = doc.SentenceOf(mentions[k].FirstToken);
        var ago = Core(mentions[k].Expression) is Ago;
        DateMention? best = null;
        foreach (var other in mentions)
        {
            if (other == mentions[k] || doc.SentenceOf(other.FirstToken) != sentence || !Calendars(other.Expression).Any(c => c.Month is not null)
                || ago && Gap(other, mentions[k]) > AgoReach)
            {
                continue;
            }

            if (best is null || Math.Abs(other.FirstToken - mentions[k].FirstToken) < Math.Abs(best.FirstToken - mentions[k].FirstToken))
            {
                best = other;
            }
        }

        return best;
    }

    private static int Gap(DateMention a, DateMention b) => a.EndToken <= b.FirstToken ? b.FirstToken - a.EndToken : a.FirstToken - b.EndToken;
}
