namespace Marsad.Time;

/// <summary>
/// A resolved date: the date to code, its ACLED time precision and the range of days it stands for.
/// ACLED's rules: precision 2 codes the middle of the week or range; precision 3 the middle of the
/// month, or its first or last day for "beginning" or "end of month".
/// </summary>
/// <param name="Date">The date to code.</param>
/// <param name="Precision">
/// 1 the day, 2 a week or a few days, 3 the month (ACLED's time_precision); or <see cref="YearOnly"/>,
/// which is not an ACLED precision: only the year is known (see <see cref="AcledPrecision"/>).
/// </param>
/// <param name="First">First day the expression covers.</param>
/// <param name="Last">Last day the expression covers.</param>
public sealed record DateValue(DateOnly Date, int Precision, DateOnly First, DateOnly Last)
{
    /// <summary>The precision of a bare year ("عام 2018"): no ACLED code; such an event is background or undated.</summary>
    public const int YearOnly = 4;

    /// <summary>True when only the year is known.</summary>
    public bool IsYearOnly => Precision == YearOnly;

    /// <summary>ACLED's time_precision (1–3), or null for a year-only value.</summary>
    public int? AcledPrecision => IsYearOnly ? null : Precision;

    /// <summary>
    /// The other day it may be when calendars differ: a Hijri date in a country that saw the moon a day
    /// later, or the second day of a night "from Sunday to Monday". Null when there is none.
    /// </summary>
    public DateOnly? Alternative { get; init; }

    /// <summary>A single day, precision 1.</summary>
    public static DateValue Day(DateOnly date) => new(date, 1, date, date);

    /// <summary>A range coded as ACLED codes a range: one day, a week or less (precision 2, the middle) or longer (precision 3, the middle).</summary>
    public static DateValue Range(DateOnly first, DateOnly last)
    {
        var days = last.DayNumber - first.DayNumber;
        var middle = first.AddDays(days / 2);
        return days switch
        {
            <= 0 => Day(first),
            1 => Day(first) with { Last = last, Alternative = last },
            <= 7 => new DateValue(middle, 2, first, last),
            _ => new DateValue(middle, 3, first, last),
        };
    }

    /// <summary>A whole month, precision 3, coded at its middle (the 15th).</summary>
    public static DateValue Month(int year, int month) =>
        new(new DateOnly(year, month, 15), 3, new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    /// <summary>A whole year: not an ACLED precision.</summary>
    public static DateValue Year(int year) => new(new DateOnly(year, 7, 1), YearOnly, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public override string ToString() => Alternative is { } other
        ? $"{Date:yyyy-MM-dd}/{other:yyyy-MM-dd} (precision {Precision})"
        : $"{Date:yyyy-MM-dd} (precision {Precision})";
}
