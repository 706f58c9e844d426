using System.Collections.Immutable;
using Marsad.Text;

namespace Marsad.Time;

/// <summary>
/// Infers when an undated article was written. Each candidate month is scored against the cues of
/// <see cref="InferenceCues"/> (a current month must match; dated events must not lie ahead; a time
/// elapsed since a dated event must fit; a weekday must fall on its day; reported days should be
/// recent); the best month wins, the latest on a tie. The reference is then the day after the latest
/// day the article dates in that month's window. Without any year in the text, only weekday-and-day
/// pairs can fix the year, and only with the day the article was read as the upper bound.
/// </summary>
internal static class DocumentDateInference
{
    private const int RecentWindowDays = 62;
    private const int SpanYearsWithoutYear = 30;

    public static DocumentDate Infer(TextDocument doc, ImmutableArray<DateMention> mentions, DateOnly? notAfter)
    {
        var cues = InferenceCues.Collect(doc, mentions);
        if (Years(cues, notAfter) is not var (firstYear, lastYear))
        {
            return DocumentDate.Unknown;
        }

        var best = double.NegativeInfinity;
        var bestEnd = default(DateOnly);
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

                var score = Score(cues, end);
                if (score >= best)
                {
                    (best, bestEnd) = (score, end);
                }
            }
        }

        return bestEnd == default
            ? DocumentDate.Unknown
            : DocumentDate.Inferred(Reference(mentions, bestEnd, notAfter), Decisive(cues), Evidence(cues));
    }

    // Which years to try: around the years the text writes, or, with none, the decades before the reading day.
    private static (int First, int Last)? Years(InferenceCues cues, DateOnly? notAfter)
    {
        if (cues.MinYear is { } min && cues.MaxYear is { } max)
        {
            var last = notAfter is { } limit ? Math.Min(max + 2, limit.Year) : max + 2;
            return last >= min ? (min, last) : null;
        }

        var weekdays = cues.YearlessDates.Any(d => d.Date is { Day: not null, Weekday: not null });
        return weekdays && notAfter is { } bound ? (bound.Year - SpanYearsWithoutYear, bound.Year) : null;
    }

    private static double Score(InferenceCues cues, DateOnly end)
    {
        var score = 0.0;
        foreach (var (_, month) in cues.CurrentMonths)
        {
            score -= month == end.Month ? 0 : 100;
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
            score -= Math.Max(0, end.Year - max) / 2.0; // a text is rarely written long after the last year it names
        }

        return score;
    }

    // The day after the latest day the article dates (not counting days counted from the reference itself).
    private static DateOnly Reference(ImmutableArray<DateMention> mentions, DateOnly end, DateOnly? notAfter)
    {
        var latest = default(DateOnly);
        var values = DateRecognizer.ResolveAll(mentions, end);
        for (var k = 0; k < mentions.Length; k++)
        {
            if (values[k] is { Precision: <= 2 } value && value.Last <= end && end.DayNumber - value.Last.DayNumber <= RecentWindowDays
                && InferenceCues.Core(mentions[k].Expression) is not (WeekdayDate or RelativeDay or Ago or RelativePeriod) && value.Last > latest)
            {
                latest = value.Last;
            }
        }

        return latest == default ? end : notAfter is { } limit && latest >= limit ? limit : latest.AddDays(1);
    }

    private static DateInferenceCue Decisive(InferenceCues cues) =>
        cues.CurrentMonths.Count > 0 ? DateInferenceCue.CurrentMonth
        : cues.Elapsed.Count > 0 ? DateInferenceCue.ElapsedSince
        : cues.Absolute.Any(a => a.Hijri) ? DateInferenceCue.HijriYear
        : cues.NewYears.Count > 0 ? DateInferenceCue.NewYear
        : cues.YearlessDates.Any(d => d.Date.Weekday is not null) ? DateInferenceCue.WeekdayOfDate
        : DateInferenceCue.LatestDates;

    private static ImmutableArray<TextSpan> Evidence(InferenceCues cues) =>
    [
        .. cues.CurrentMonths.Select(c => c.Mention)
            .Concat(cues.Elapsed.SelectMany(e => new[] { e.Since, e.Anchor }))
            .Concat(cues.Absolute.Select(a => a.Mention))
            .Concat(cues.Years.Select(y => y.Mention))
            .Concat(cues.NewYears)
            .Concat(cues.YearlessDates.Where(d => d.Date.Weekday is not null).Select(d => d.Mention))
            .Distinct()
            .OrderBy(m => m.FirstToken)
            .Select(m => m.Span),
    ];
}
