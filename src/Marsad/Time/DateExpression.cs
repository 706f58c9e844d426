namespace Marsad.Time;

/// <summary>
/// What a date expression says, before it is resolved against a reference date: the parts the text
/// gives and nothing more. A missing part stays missing (null) and the resolver decides it, by a
/// rule named in <see cref="DateRecognizer.Resolve"/>.
/// </summary>
public abstract record DateExpression;

/// <summary>Which period a day or month without its year (or a day without its month) belongs to.</summary>
public enum Anchor
{
    /// <summary>Nothing said: the most recent such date on or before the reference.</summary>
    None,

    /// <summary>الجاري، الحالي، en cours, this: the period of the reference date.</summary>
    Current,

    /// <summary>الماضي، المنصرم، dernier, last: the most recent one strictly before the reference.</summary>
    Past,

    /// <summary>المقبل، prochain, next: the first one after the reference.</summary>
    Next,

    /// <summary>نفسه، ذاته، ذلك العام, that year: the period of the previous date told.</summary>
    Previous,

    /// <summary>"من العام الماضي" after a month or a day: the year before the reference's, whatever the month.</summary>
    LastYear,
}

/// <summary>A Gregorian date as written: "7 يناير الجاري", "الأحد 14 كانون الثاني/يناير", "le 3 janvier 2021", "the 12th of this month".</summary>
/// <param name="Day">Day of month, or null for a month ("في ديسمبر 2024").</param>
/// <param name="Month">Month, or null when the text names the month by <paramref name="Anchor"/> ("12 من الشهر الجاري").</param>
/// <param name="Year">Year as written, or null.</param>
/// <param name="Weekday">A weekday written beside the date, used to check or choose the year.</param>
/// <param name="Anchor">Which month (when <paramref name="Month"/> is null) or year (otherwise) is meant.</param>
public sealed record CalendarDate(int? Day, int? Month, int? Year, DayOfWeek? Weekday, Anchor Anchor) : DateExpression;

/// <summary>A date in the Hijri calendar (Um al-Qura): "14 شعبان"، "رمضان 1445"، "20 شعبان 1446 هـ", or a feast day.</summary>
/// <param name="Day">Day of the Hijri month, or null for the whole month.</param>
/// <param name="Month">Hijri month (9 = Ramadan), or null for the whole year ("عام 1446 هـ").</param>
/// <param name="Year">Hijri year, or null.</param>
/// <param name="Weekday">A weekday written beside it: the local calendar may be a day off Um al-Qura, and the weekday decides.</param>
public sealed record HijriDate(int? Day, int? Month, int? Year, DayOfWeek? Weekday) : DateExpression;

/// <summary>A weekday alone: "الأحد"، "يوم الاثنين"، "الجمعة الماضي"، "mardi", "on Sunday", "last Friday".</summary>
public sealed record WeekdayDate(DayOfWeek Day, Anchor Anchor) : DateExpression;

/// <summary>A day counted from the reference: "اليوم" (0), "أمس الثلاثاء" (-1, Tuesday), "أول أمس" (-2), "hier", "yesterday".</summary>
public sealed record RelativeDay(int Offset, DayOfWeek? Weekday) : DateExpression;

/// <summary>The unit of a period or a duration.</summary>
public enum PeriodUnit
{
    Day,
    Week,
    Month,
    Year,

    /// <summary>A Saturday and Sunday: « ce week-end », "over the weekend" (ACLED codes it at precision 2).</summary>
    Weekend,
}

/// <summary>
/// A period counted from the reference: "الأسبوع الماضي" (week, -1), "الشهر الجاري" (month, 0),
/// "العام الماضي" (year, -1), "الأيام الماضية" (the last few days: <see cref="PeriodUnit.Day"/>, -1).
/// </summary>
public sealed record RelativePeriod(PeriodUnit Unit, int Offset) : DateExpression;

/// <summary>A season: "صيف 2024"، "l'été dernier", "summer 2023": three months from <paramref name="FirstMonth"/> (winter runs into the next year).</summary>
public sealed record SeasonDate(int FirstMonth, int? Year, Anchor Anchor) : DateExpression;

/// <summary>
/// "العام الجديد"، "la nouvelle année", "the new year": the reference's year, said just after the previous one
/// ended (an undated article that tallies 2024 and then speaks of "the new year" was written in 2025).
/// </summary>
public sealed record NewYear : DateExpression;

/// <summary>A year alone: "عام 2018"، "en 2019", "in 2016". Not an ACLED precision.</summary>
public sealed record YearDate(int Year) : DateExpression;

/// <summary>A time before the reference: "قبل يومين"، "قبل نحو أسبوعين"، "il y a deux ans", "two years ago".</summary>
public sealed record Ago(PeriodUnit Unit, int Count, bool Approximate) : DateExpression;

/// <summary>
/// A date told from the previous one: "اليوم نفسه" (day, 0), "في اليوم التالي" (day, +1), "بعد يومين" (day, +2),
/// "le lendemain", "two days later", "الأسبوع نفسه" (week, 0), "العام التالي" (year, +1).
/// </summary>
public sealed record AnaphoricDate(PeriodUnit Unit, int Offset) : DateExpression
{
    /// <summary>"بعد يومين من هجوم", "six months after the coup": the date is of the event named after it, not of the sentence.</summary>
    public bool OfWhatFollows { get; init; }
}

/// <summary>From one date to another: "بين 5 و7 يناير"، "من الخامس إلى التاسع من نوفمبر", "du 3 au 5 mars".</summary>
public sealed record DateRange(DateExpression First, DateExpression Last) : DateExpression;

/// <summary>Part of a month, year or week.</summary>
public enum PeriodPart
{
    Early,
    Middle,
    Late,
}

/// <summary>"مطلع الشهر"، "منتصف يناير"، "أواخر عام 2024"، "début février", "late October".</summary>
public sealed record PartOfPeriod(PeriodPart Part, DateExpression Whole) : DateExpression;

/// <summary>Part of a day.</summary>
public enum DayPart
{
    Dawn,
    Morning,
    Noon,
    Afternoon,
    Evening,
    Night,
}

/// <summary>"فجر الأحد"، "مساء أمس"، "ليلة الأحد"، "mardi soir", "early on Sunday". The day is the day's date.</summary>
public sealed record PartOfDay(DayPart Part, DateExpression Day) : DateExpression;

/// <summary>A night from one day to the next: "ليلة الأحد إلى الاثنين"، "la nuit de samedi à dimanche"; dated to the first day.</summary>
public sealed record Overnight(DateExpression Evening) : DateExpression;

/// <summary>"منذ الاثنين الماضي"، "منذ عام 2020"، "depuis 2022", "since 2016": a state that began then.</summary>
public sealed record Since(DateExpression Start) : DateExpression;
