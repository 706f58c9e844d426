using System.Collections.Immutable;
using Marsad.Text;

namespace Marsad.Time;

/// <summary>
/// Infers when an undated article was written. A text that dates its own day ("أمس الجمعة 30 سبتمبر 2022")
/// says it outright. Otherwise each candidate month is scored against the cues of <see cref="InferenceCues"/>
/// (a dateline or a current month must match; dated events must not lie ahead; a time elapsed since a dated
/// event must fit; a weekday must fall on its day; reported days should be recent; the text is written
/// soon after the latest year it names) and against the periods of the names it uses (<see cref="EraBounds"/>).
/// The best month wins, unless another year scores nearly as well: then nothing in the text decides the year,
/// and the date stays unknown. The reference is the day after the latest day the article dates in that
/// month's window. Without any year in the text, only weekday-and-day pairs can fix the year, within the
/// periods the names allow, and only with an upper bound (the day the article was read, or a period's end).
/// </summary>
internal static class DocumentDateInference
{
    private const int RecentWindowDays = 62;
    private const int SpanYearsWithoutYear = 30;

    // Two years whose best months score this close: nothing in the text decides between them.
    private const double Margin = 2;

    // Each year past the latest one the text names: news names its own year, or the one just before.
    private const double PerYearAfterLatest = 3;

    public static DocumentDate Infer(TextDocument doc, ImmutableArray<DateMention> mentions, ImmutableArray<EraMention> eras, DateOnly? notAfter,
        ImmutableArray<BackgroundCue> background)
    {
        var cues = InferenceCues.Collect(doc, mentions, background);
        var bounds = new EraBounds(eras);
        if (cues.DatedToday is { } today && bounds.Penalty(today.Reference) == 0 && !(today.Reference > notAfter))
        {
            return DocumentDate.Inferred(today.Reference, DateInferenceCue.DatedToday, [today.Relative.Span, today.Date.Span]);
        }

        if (Years(cues, bounds, notAfter) is not var (firstYear, lastYear))
        {
            return DocumentDate.Unknown;
        }

        // Per year, the best month by all the evidence and by the text's dates alone.
        var years = new (double All, double Text, DateOnly End)[lastYear - firstYear + 1];
        Array.Fill(years, (double.NegativeInfinity, double.NegativeInfinity, default));
        for (var year = firstYear; year <= lastYear; year++)
        {
            for (var month = 1; month <= 12; month++)
            {
                var end = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
                if (notAfter is { } limit && end > limit)
                {
                    if (new DateOnly(year, month, 1) > limit)
                    {
                        continue;
                    }

                    end = limit;
                }

                var text = Score(cues, end);
                var all = text - bounds.Penalty(end);
                ref var best = ref years[year - firstYear];
                best.Text = Math.Max(best.Text, text);
                if (all >= best.All)
                {
                    (best.All, best.End) = (all, end);
                }
            }
        }

        var winner = Array.IndexOf(years, years.MaxBy(y => (y.All, y.End)));
        if (years[winner].End == default || !Decided(years.Select(y => y.All).ToList(), winner))
        {
            return DocumentDate.Unknown;
        }

        var cue = eras.Length > 0 && !Decided(years.Select(y => y.Text).ToList(), winner) ? DateInferenceCue.ActorPeriod : Decisive(cues);
        var monthEnd = years[winner].End;
        var (reference, dayDated) = Reference(mentions, monthEnd, notAfter);
        return DocumentDate.Inferred(reference, cue, Evidence(cues, cue == DateInferenceCue.ActorPeriod ? bounds.Eras : [])) with
        {
            // No day the text dates: it was written some day of the month whose end is the reference. A dated day the
            // day before the month's end ("hier (29/04)") dates the writing all the same.
            WrittenFrom = dayDated ? null : new DateOnly(monthEnd.Year, monthEnd.Month, 1),
        };
    }

    /// <summary>True when year <paramref name="winner"/> beats every other year by the margin.</summary>
    private static bool Decided(List<double> scores, int winner) =>
        !scores.Where((score, year) => year != winner && score > scores[winner] - Margin).Any();

    // Which years to try: around the years the text writes, or, with none, the decades before the reading day (or the end of a term the text names).
    private static (int First, int Last)? Years(InferenceCues cues, EraBounds bounds, DateOnly? notAfter)
    {
        var weekdays = cues.YearlessDates.Any(d => d.Date is { Day: not null, Weekday: not null });
        var upper = notAfter?.Year ?? bounds.LatestEnd?.Year;
        if (cues.MinYear is { } min)
        {
            // A weekday may fall in any year after the last one named; other cues stay near it.
            var last = weekdays && upper is { } bound ? bound : (cues.MaxYear ?? min) + 2;
            last = notAfter is { } limit ? Math.Min(last, limit.Year) : last;
            return last >= min ? (min, last) : null;
        }

        return weekdays && upper is { } end ? (end - SpanYearsWithoutYear, end) : null;
    }

    private static double Score(InferenceCues cues, DateOnly end)
    {
        var score = 0.0;
        foreach (var (_, month) in cues.CurrentMonths)
        {
            score -= month == end.Month ? 0 : 100;
        }

        if (cues.Dateline is { Value: var top })
        {
            score -= top.First > end ? 100 : end.DayNumber - top.Last.DayNumber > RecentWindowDays / 2 ? 50 : 0;
        }

        foreach (var (_, value, hijri) in cues.Absolute)
        {
            var age = end.DayNumber - value.Last.DayNumber;
            score -= value.First > end ? (hijri ? 50 : 20) : hijri ? age / 30.0 : age / 365.0;
        }

        foreach (var (_, year) in cues.Years)
        {
            score -= year > end.Year ? 20 : 0;
        }

        foreach (var (_, start) in cues.Since)
        {
            score -= start.First > end ? 20 : 0;
        }

        foreach (var (_, date, lead) in cues.YearlessDates)
        {
            if (DateResolver.Resolve(date with { Weekday = null }, end, null) is not { } value)
            {
                continue;
            }

            score -= (lead ? 2 : 1) * (end.DayNumber - value.Last.DayNumber) / (date.Day is null ? 90.0 : 30.0);
            score -= date.Weekday is { } weekday && value.Date.DayOfWeek != weekday ? 30 : 0;
        }

        foreach (var (_, anchor, months) in cues.Elapsed)
        {
            if (DateResolver.Resolve(anchor.Expression, end, null) is { } since)
            {
                var expected = since.Date.AddMonths(months);
                score -= 3 * Math.Abs((end.Year * 12 + end.Month) - (expected.Year * 12 + expected.Month));
            }
        }

        if (cues.MaxYear is { } max)
        {
            score += cues.NewYears.Count > 0 ? (end.Year == max + 1 ? 10 : -10) : 0;
            score += cues.ThisYears.Count > 0 && end.Year == max ? 5 : 0;
            score -= Math.Max(0, end.Year - max) * PerYearAfterLatest;
        }

        return score;
    }

    // The day after the latest day the article dates (not counting days counted from the reference itself), and whether
    // there was one; else the month's end.
    private static (DateOnly Reference, bool DayDated) Reference(ImmutableArray<DateMention> mentions, DateOnly end, DateOnly? notAfter)
    {
        var latest = default(DateOnly);
        var values = DateRecognizer.ResolveAll(mentions, end);
        for (var k = 0; k < mentions.Length; k++)
        {
            if (values[k] is { Precision: <= 2 } value && value.Last <= end && end.DayNumber - value.Last.DayNumber <= RecentWindowDays
                && !InferenceCues.CountsFromReference(mentions[k].Expression) && value.Last > latest)
            {
                latest = value.Last;
            }
        }

        if (latest == default)
        {
            return (end, false);
        }

        var reference = notAfter is { } limit && latest >= limit ? limit : latest.AddDays(1);
        return (OnItsWeekday(mentions, reference, notAfter), true);
    }

    // "قالت الحكومة اليوم الجمعة" after "الاثنين 31 دجنبر": the text is written on the first day from the reference on
    // (within a week) that its own "today Friday", "yesterday Tuesday" name.
    private static DateOnly OnItsWeekday(ImmutableArray<DateMention> mentions, DateOnly reference, DateOnly? notAfter)
    {
        var named = mentions.Select(m => InferenceCues.Core(m.Expression)).OfType<RelativeDay>().Where(d => d.Weekday is not null).ToList();
        for (var day = reference; named.Count > 0 && day < reference.AddDays(7) && !(day > notAfter); day = day.AddDays(1))
        {
            if (named.TrueForAll(d => day.AddDays(d.Offset).DayOfWeek == d.Weekday))
            {
                return day;
            }
        }

        return reference;
    }

    private static DateInferenceCue Decisive(InferenceCues cues) =>
        cues.Dateline is not null ? DateInferenceCue.Dateline
        : cues.CurrentMonths.Count > 0 ? DateInferenceCue.CurrentMonth
        : cues.Elapsed.Count > 0 ? DateInferenceCue.ElapsedSince
        : cues.Absolute.Any(a => a.Hijri) ? DateInferenceCue.HijriYear
        : cues.NewYears.Count > 0 ? DateInferenceCue.NewYear
        : cues.YearlessDates.Any(d => d.Date.Weekday is not null) ? DateInferenceCue.WeekdayOfDate
        : DateInferenceCue.LatestDates;

    private static ImmutableArray<TextSpan> Evidence(InferenceCues cues, IEnumerable<EraMention> eras) =>
    [
        .. cues.CurrentMonths.Select(c => c.Mention)
            .Concat(cues.Dateline is { Mention: var top } ? [top] : [])
            .Concat(cues.Elapsed.SelectMany(e => new[] { e.Since, e.Anchor }))
            .Concat(cues.Absolute.Select(a => a.Mention))
            .Concat(cues.Years.Select(y => y.Mention))
            .Concat(cues.Since.Select(s => s.Mention))
            .Concat(cues.NewYears)
            .Concat(cues.YearlessDates.Where(d => d.Date.Weekday is not null).Select(d => d.Mention))
            .Distinct()
            .Select(m => m.Span)
            .Concat(eras.Select(e => e.Span))
            .Distinct()
            .OrderBy(span => span.Start),
    ];
}
