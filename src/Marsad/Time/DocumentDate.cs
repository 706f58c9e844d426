using System.Collections.Immutable;

namespace Marsad.Time;

/// <summary>Where an article's reference date comes from.</summary>
public enum DocumentDateKind
{
    /// <summary>The publication date was given.</summary>
    Published,

    /// <summary>No publication date: inferred from the dates and cues of the text.</summary>
    Inferred,

    /// <summary>No publication date and nothing in the text to infer one from: relative dates stay unresolved.</summary>
    Unknown,
}

/// <summary>How an undated article's date was inferred (the strongest cue that decided it).</summary>
public enum DateInferenceCue
{
    /// <summary>None: published or unknown.</summary>
    None,

    /// <summary>"7 يناير الجاري"، "نوفمبر الجاري": the month the article was written in, its year from the other dates.</summary>
    CurrentMonth,

    /// <summary>"بعد عام على … أكتوبر 2024"، "July 2023, nearly a year and a half ago": a dated event and the time since.</summary>
    ElapsedSince,

    /// <summary>"لعام 1446 للهجرة"، "رمضان 1445": a Hijri date with its year.</summary>
    HijriYear,

    /// <summary>"الأحد 5 يناير": a weekday, day and month fit only some years; the most recent is taken.</summary>
    WeekdayOfDate,

    /// <summary>"شهد عام 2024 … منذ مطلع العام الجديد": a tally of a year, then "the new year".</summary>
    NewYear,

    /// <summary>The dates the article reports, taken as recent: "le 4 janvier" after "2025".</summary>
    LatestDates,

    /// <summary>"date 2020-03", "NIAMEY, 12 mars 2024": a date at the top of the text.</summary>
    Dateline,

    /// <summary>"أمس الجمعة 30 سبتمبر 2022": the text dates a day it counts from its own.</summary>
    DatedToday,

    /// <summary>
    /// The periods of the names the text uses decided the year among those its dates allow: "mercredi 26 juillet"
    /// with "le président Bazoum" (2021–2023), "VDP" (since 2020), "الرئيس المخلوع" (after the term).
    /// </summary>
    ActorPeriod,
}

/// <summary>
/// The date an article's relative expressions are resolved against: the publication date when given,
/// else one inferred from the text (with how and on what evidence), else unknown.
/// </summary>
/// <param name="Kind">Published, inferred or unknown.</param>
/// <param name="Reference">The reference date; null when unknown.</param>
/// <param name="Cue">For an inferred date, the cue that decided it.</param>
/// <param name="Evidence">For an inferred date, the spans of the expressions it rests on.</param>
public sealed record DocumentDate(DocumentDateKind Kind, DateOnly? Reference, DateInferenceCue Cue, ImmutableArray<TextSpan> Evidence)
{
    /// <summary>
    /// For a date inferred only to its month ("date 2022-05" and no day the text dates): the first day the text may have been
    /// written; <see cref="Reference"/> is then the last. Null when the reference is the day itself.
    /// </summary>
    public DateOnly? WrittenFrom { get; init; }

    public static DocumentDate Published(DateOnly date) => new(DocumentDateKind.Published, date, DateInferenceCue.None, []);

    public static DocumentDate Unknown { get; } = new(DocumentDateKind.Unknown, null, DateInferenceCue.None, []);

    public static DocumentDate Inferred(DateOnly date, DateInferenceCue cue, ImmutableArray<TextSpan> evidence) =>
        new(DocumentDateKind.Inferred, date, cue, evidence);
}
