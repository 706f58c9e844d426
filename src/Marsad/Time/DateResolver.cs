namespace Marsad.Time;

/// <summary>
/// Resolves what a date expression says against the reference date (publication, or the inferred
/// document date) and the previous date told (for anaphora). The rules are news-writing conventions;
/// each is named where it is applied.
/// </summary>
internal static class DateResolver
{
    public static DateValue? Resolve(DateExpression expression, DateOnly reference, DateValue? previous) => expression switch
    {
        CalendarDate date => Calendar(date, reference, previous),
        HijriDate date => HijriCalendar.Resolve(date, reference),
        WeekdayDate date => DateValue.Day(Weekday(date.Day, date.Anchor, reference)),
        RelativeDay day => DateValue.Day(Relative(day, reference)),
        RelativePeriod period => Periods.Relative(period, reference),
        YearDate year => DateValue.Year(year.Year),
        SeasonDate season => Season(season, reference, previous),
        NewYear => DateValue.Year(reference.Year),
        Ago ago => Periods.Ago(ago, reference),
        AnaphoricDate anaphora => previous is null ? null : Periods.FromPrevious(anaphora, previous),
        DateRange range => Range(range, reference, previous),
        PartOfPeriod part => Resolve(part.Whole, reference, previous) is { } whole ? Periods.Part(part.Part, whole) : null,
        PartOfDay part => Resolve(part.Day, reference, previous),
        Overnight night => Resolve(night.Evening, reference, previous) is { } evening
            ? evening with { Last = evening.Date.AddDays(1), Alternative = evening.Date.AddDays(1) }
            : null,
        Since since => Resolve(since.Start, reference, previous),
        _ => null,
    };

    /// <summary>
    /// A weekday in news means the most recent such day before the reference ("الأحد" in a Wednesday paper
    /// is three days before); "this Monday" is the one in the reference's week and "next Monday" the first after.
    /// A bare weekday that is the reference's own weekday is that day (wires write "said on Tuesday" on Tuesday);
    /// with "الماضي/dernier/last" it is a week before.
    /// </summary>
    public static DateOnly Weekday(DayOfWeek day, Anchor anchor, DateOnly reference)
    {
        var back = ((int)reference.DayOfWeek - (int)day + 7) % 7;
        var ahead = ((int)day - (int)reference.DayOfWeek + 7) % 7;
        return anchor switch
        {
            Anchor.Next => reference.AddDays(ahead == 0 ? 7 : ahead),
            Anchor.Current => Periods.Monday(reference).AddDays(((int)day + 6) % 7),
            Anchor.Past => reference.AddDays(back == 0 ? -7 : -back),
            _ => reference.AddDays(-back),
        };
    }

    /// <summary>
    /// "أمس الثلاثاء": the day before the reference. When the weekday disagrees with the count, the weekday
    /// wins (the nearest such day): a paper dated the morning after writes "أمس" for two days before, and the
    /// named day is what the writer checked.
    /// </summary>
    private static DateOnly Relative(RelativeDay day, DateOnly reference)
    {
        var date = reference.AddDays(day.Offset);
        if (day.Weekday is not { } weekday || date.DayOfWeek == weekday)
        {
            return date;
        }

        var back = ((int)date.DayOfWeek - (int)weekday + 7) % 7;
        return back <= 3 ? date.AddDays(-back) : date.AddDays(7 - back);
    }

    private static DateValue? Calendar(CalendarDate date, DateOnly reference, DateValue? previous)
    {
        if (date.Month is not { } month)
        {
            var (year, monthOf) = MonthOf(date.Anchor, reference, previous);
            return date.Day is { } day && day <= DateTime.DaysInMonth(year, monthOf) ? DateValue.Day(new DateOnly(year, monthOf, day)) : null;
        }

        if (date.Day is not { } dayOfMonth)
        {
            return DateValue.Month(date.Year ?? MonthYear(month, date.Anchor, reference, previous), month);
        }

        if (date.Year is { } given)
        {
            return dayOfMonth <= DateTime.DaysInMonth(given, month) ? DateValue.Day(new DateOnly(given, month, dayOfMonth)) : null;
        }

        var chosen = DayYear(dayOfMonth, month, date.Anchor, reference, previous);
        if (date.Weekday is { } weekday)
        {
            // A weekday written beside a day and month without a year picks the year, nearest first.
            foreach (var shift in (ReadOnlySpan<int>)[0, -1, 1])
            {
                if (Valid(chosen + shift, month, dayOfMonth) && new DateOnly(chosen + shift, month, dayOfMonth).DayOfWeek == weekday)
                {
                    chosen += shift;
                    break;
                }
            }
        }

        return Valid(chosen, month, dayOfMonth) ? DateValue.Day(new DateOnly(chosen, month, dayOfMonth)) : null;
    }

    private static bool Valid(int year, int month, int day) => year is >= 1 and <= 9998 && day <= DateTime.DaysInMonth(year, month);

    // "12 من الشهر الجاري"، "التاسع من الشهر نفسه".
    private static (int Year, int Month) MonthOf(Anchor anchor, DateOnly reference, DateValue? previous)
    {
        var month = anchor switch
        {
            Anchor.Past => reference.AddMonths(-1),
            Anchor.Next => reference.AddMonths(1),
            Anchor.Previous when previous is not null => previous.Date,
            _ => reference,
        };
        return (month.Year, month.Month);
    }

    // The year of a month without one: "يناير الماضي" is the last January before this month; "في يناير" the latest on or before it.
    private static int MonthYear(int month, Anchor anchor, DateOnly reference, DateValue? previous) => anchor switch
    {
        Anchor.Previous when previous is not null => previous.Date.Year,
        Anchor.Current => reference.Year,
        Anchor.LastYear => reference.Year - 1,
        Anchor.Past => month < reference.Month ? reference.Year : reference.Year - 1,
        Anchor.Next => month > reference.Month ? reference.Year : reference.Year + 1,
        _ => month <= reference.Month ? reference.Year : reference.Year - 1,
    };

    // The year of a day and month without one: the latest on or before the reference ("7 يناير الجاري" is this year's).
    private static int DayYear(int day, int month, Anchor anchor, DateOnly reference, DateValue? previous)
    {
        var onOrBefore = month < reference.Month || (month == reference.Month && day <= reference.Day);
        return anchor switch
        {
            Anchor.Previous when previous is not null => previous.Date.Year,
            Anchor.Current => reference.Year,
            Anchor.LastYear => reference.Year - 1,
            Anchor.Past => onOrBefore && !(month == reference.Month && day == reference.Day) ? reference.Year : reference.Year - 1,
            Anchor.Next => onOrBefore ? reference.Year + 1 : reference.Year,
            _ => onOrBefore ? reference.Year : reference.Year - 1,
        };
    }

    // A season starts in the year given, or is the latest one begun on or before the reference.
    private static DateValue Season(SeasonDate season, DateOnly reference, DateValue? previous)
    {
        var year = season.Year ?? MonthYear(season.FirstMonth, season.Anchor, reference, previous);
        var first = new DateOnly(year, season.FirstMonth, 1);
        return DateValue.Range(first, first.AddMonths(3).AddDays(-1));
    }

    private static DateValue? Range(DateRange range, DateOnly reference, DateValue? previous)
    {
        if (Resolve(range.Last, reference, previous) is not { } last || Resolve(range.First, reference, previous) is not { } first)
        {
            return null;
        }

        // "من الثلاثاء إلى الخميس" read on a Wednesday: the Tuesday is the one before that Thursday.
        var start = first.First;
        while (start > last.Last)
        {
            start = range.First is WeekdayDate ? start.AddDays(-7) : start.AddYears(-1);
        }

        return DateValue.Range(start, last.Last);
    }
}
