namespace Marsad.Time;

/// <summary>Weeks, months and years counted from a date, and parts of them, coded by ACLED's rules.</summary>
internal static class Periods
{
    /// <summary>The Monday of the ISO week holding <paramref name="date"/> (weeks run Monday to Sunday).</summary>
    public static DateOnly Monday(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>A week, precision 2, coded at its middle (Thursday); the current week stops at the reference.</summary>
    public static DateValue Week(DateOnly monday, DateOnly? notAfter = null)
    {
        var last = monday.AddDays(6);
        if (notAfter is { } limit && limit < last && limit >= monday)
        {
            last = limit;
        }

        return new DateValue(monday.AddDays((last.DayNumber - monday.DayNumber) / 2), 2, monday, last);
    }

    // "الأسبوع الماضي"، "الشهر الجاري"، "العام الماضي"، "الأيام الماضية".
    public static DateValue Relative(RelativePeriod period, DateOnly reference) => period.Unit switch
    {
        PeriodUnit.Day => new DateValue(reference.AddDays(-4), 2, reference.AddDays(-7), reference.AddDays(-1)),
        PeriodUnit.Week => Week(Monday(reference).AddDays(7 * period.Offset), period.Offset == 0 ? reference : null),
        PeriodUnit.Month => MonthOf(reference.AddMonths(period.Offset)),
        PeriodUnit.Weekend => Weekend(reference, period.Offset),
        _ => DateValue.Year(reference.Year + period.Offset),
    };

    /// <summary>
    /// « ce week-end », « le week-end dernier », "over the weekend": news tells of the weekend just gone (the one under way on a
    /// Saturday or Sunday), "next weekend" of the one to come; precision 2, coded on its Saturday.
    /// </summary>
    private static DateValue Weekend(DateOnly reference, int offset)
    {
        var daysSinceSaturday = ((int)reference.DayOfWeek + 1) % 7;
        var saturday = reference.AddDays(-daysSinceSaturday + (offset > 0 ? 7 : 0));
        var sunday = saturday.AddDays(1);
        return new DateValue(saturday, 2, saturday, offset <= 0 && sunday > reference ? reference : sunday);
    }

    // "قبل يومين"، "il y a deux semaines", "two years ago"; "a few" (count 0) is three.
    public static DateValue Ago(Ago ago, DateOnly reference)
    {
        var count = ago.Count == 0 ? 3 : ago.Count;
        return ago.Unit switch
        {
            PeriodUnit.Day when !ago.Approximate => DateValue.Day(reference.AddDays(-count)),
            PeriodUnit.Day => Around(reference.AddDays(-count), 1),
            PeriodUnit.Week => Around(reference.AddDays(-7 * count), 3),
            PeriodUnit.Month => MonthOf(reference.AddMonths(-count)),
            _ => DateValue.Year(reference.AddYears(-count).Year),
        };
    }

    /// <summary>"ten years since", at an anniversary: the reference's month, that many years back.</summary>
    public static DateValue Anniversary(Ago ago, DateOnly reference) => MonthOf(reference.AddYears(-ago.Count));

    // "اليوم نفسه"، "في اليوم التالي"، "بعد يومين"، "الأسبوع نفسه"، "الشهر ذاته"، "العام التالي".
    public static DateValue FromPrevious(AnaphoricDate anaphora, DateValue previous) => anaphora.Unit switch
    {
        PeriodUnit.Day => previous with
        {
            Date = previous.Date.AddDays(anaphora.Offset),
            First = previous.First.AddDays(anaphora.Offset),
            Last = previous.Last.AddDays(anaphora.Offset),
            Alternative = previous.Alternative?.AddDays(anaphora.Offset),
        },
        PeriodUnit.Week => Week(Monday(previous.Date).AddDays(7 * anaphora.Offset)),
        PeriodUnit.Month => MonthOf(previous.Date.AddMonths(anaphora.Offset)),
        _ => DateValue.Year(previous.Date.Year + anaphora.Offset),
    };

    /// <summary>
    /// Early, middle or late part of a period, in thirds. ACLED codes a month's beginning at its first day,
    /// its end at its last day and its middle at the 15th (precision 3); a year likewise; a week's part is a
    /// few days (precision 2, the middle), its beginning from the Saturday before the Monday, as the Arab
    /// week starts on Saturday or Sunday and the European one on Monday.
    /// </summary>
    public static DateValue Part(PeriodPart part, DateValue whole)
    {
        if (whole.Precision <= 2)
        {
            var monday = Monday(whole.First);
            var (first, last) = part switch
            {
                PeriodPart.Early => (monday.AddDays(-2), monday),
                PeriodPart.Middle => (monday.AddDays(1), monday.AddDays(3)),
                _ => (monday.AddDays(4), monday.AddDays(6)),
            };
            return new DateValue(first.AddDays((last.DayNumber - first.DayNumber) / 2), 2, first, last);
        }

        var days = whole.Last.DayNumber - whole.First.DayNumber + 1;
        var third = days / 3;
        var precision = whole.IsYearOnly ? 3 : whole.Precision;
        return part switch
        {
            PeriodPart.Early => new DateValue(whole.First, precision, whole.First, whole.First.AddDays(third - 1)),
            PeriodPart.Middle => new DateValue(whole.IsYearOnly ? whole.First.AddDays(days / 2) : whole.Date, precision, whole.First.AddDays(third), whole.Last.AddDays(-third)),
            _ => new DateValue(whole.Last, precision, whole.Last.AddDays(-third + 1), whole.Last),
        };
    }

    private static DateValue MonthOf(DateOnly date) => DateValue.Month(date.Year, date.Month);

    private static DateValue Around(DateOnly date, int days) => new(date, 2, date.AddDays(-days), date.AddDays(days));
}
