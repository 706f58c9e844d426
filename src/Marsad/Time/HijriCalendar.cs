using System.Globalization;

namespace Marsad.Time;

/// <summary>
/// Hijri dates through the BCL's <see cref="UmAlQuraCalendar"/> (the Saudi reference calendar), never
/// hand-written arithmetic. Countries that sight the moon themselves may be a day later: a day is
/// resolved to Um al-Qura with the next day as its alternative, unless a written weekday decides.
/// </summary>
internal static class HijriCalendar
{
    private static readonly UmAlQuraCalendar Calendar = new();

    public static DateValue? Resolve(HijriDate date, DateOnly reference)
    {
        var year = date.Year ?? YearOfLatest(date, reference);
        if (year is not { } y || !Supported(y))
        {
            return null;
        }

        if (date.Month is not { } month)
        {
            return Span(y, 1, 1, y, 12, Calendar.GetDaysInMonth(y, 12)) is var (first, last)
                ? new DateValue(first.AddDays((last.DayNumber - first.DayNumber) / 2), DateValue.YearOnly, first, last)
                : null;
        }

        if (date.Day is not { } day)
        {
            var (first, last) = Span(y, month, 1, y, month, Calendar.GetDaysInMonth(y, month));
            return new DateValue(first.AddDays(14), 3, first, last);
        }

        if (day > Calendar.GetDaysInMonth(y, month))
        {
            return null;
        }

        var umAlQura = ToGregorian(y, month, day);
        if (date.Weekday is { } weekday)
        {
            // The local calendar may be a day either side of Um al-Qura: the weekday the text gives decides.
            foreach (var shift in (ReadOnlySpan<int>)[0, 1, -1])
            {
                if (umAlQura.AddDays(shift).DayOfWeek == weekday)
                {
                    return DateValue.Day(umAlQura.AddDays(shift));
                }
            }
        }

        return DateValue.Day(umAlQura) with { Alternative = umAlQura.AddDays(1) };
    }

    /// <summary>The Gregorian date of a Hijri one (Um al-Qura).</summary>
    public static DateOnly ToGregorian(int year, int month, int day) => DateOnly.FromDateTime(Calendar.ToDateTime(year, month, day, 0, 0, 0, 0));

    /// <summary>The Hijri year of a Gregorian date (Um al-Qura).</summary>
    public static int YearOf(DateOnly date) => Calendar.GetYear(date.ToDateTime(TimeOnly.MinValue));

    public static bool Supported(int year) => year > MinYear && year < MaxYear;

    private static readonly int MinYear = Calendar.GetYear(Calendar.MinSupportedDateTime);
    private static readonly int MaxYear = Calendar.GetYear(Calendar.MaxSupportedDateTime);

    // A date without its year is the most recent one on or before the reference.
    private static int? YearOfLatest(HijriDate date, DateOnly reference)
    {
        if (date.Month is not { } month)
        {
            return null;
        }

        var year = YearOf(reference);
        var day = Math.Min(date.Day ?? 1, Calendar.GetDaysInMonth(year, month));
        return ToGregorian(year, month, day) <= reference ? year : year - 1;
    }

    private static (DateOnly First, DateOnly Last) Span(int firstYear, int firstMonth, int firstDay, int lastYear, int lastMonth, int lastDay) =>
        (ToGregorian(firstYear, firstMonth, firstDay), ToGregorian(lastYear, lastMonth, lastDay));
}
