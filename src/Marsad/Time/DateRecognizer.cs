using System.Collections.Immutable;
using Marsad.Resources;
using Marsad.Text;

namespace Marsad.Time;

/// <summary>
/// The Time stage: finds date expressions in Arabic, French and English text, resolves them against
/// the article's reference date, infers the date of an undated article and finds the constructions
/// that tell background. Load once; the instance is immutable and thread-safe.
/// </summary>
public sealed class DateRecognizer
{
    /// <summary>
    /// An event is background when its latest possible day is more than this many days before the
    /// reference. Calibrated on the dev gold: the oldest current event ends 87 days before its article
    /// (a November strike in a late-February analysis); dated background events end 64 to 380 days and
    /// more before theirs, the recent ones told with a cue ("كانت … قد أعلنت أواخر عام 2024", "né fin
    /// 2024"). With the cues (<see cref="IsBackgroundEvent"/>) any threshold from 90 to 150 days separates
    /// the 23 background events from the 73 current ones; 120 is the middle.
    /// </summary>
    public const int BackgroundAfterDays = 120;

    private readonly TimeLexicon _lexicon;
    private readonly BackgroundCueFinder _cues;
    private readonly EraFinder _eras;

    private DateRecognizer(TimeLexicon lexicon, BackgroundCueFinder cues, EraFinder eras)
    {
        _lexicon = lexicon;
        _cues = cues;
        _eras = eras;
    }

    public static DateRecognizer Load(ResourceStore resources) =>
        new(TimeLexicon.Load(resources), BackgroundCueFinder.Load(resources), EraFinder.Load(resources));

    /// <summary>Every date expression of the document, in document order, not overlapping.</summary>
    public ImmutableArray<DateMention> Recognize(TextDocument doc) => [.. new DateParser(doc, _lexicon).Recognize()];

    /// <summary>
    /// What a mention means on the calendar. <paramref name="reference"/> is the publication date (or the
    /// inferred document date); <paramref name="previous"/> the date of the event told just before, for
    /// anaphora ("اليوم نفسه"، "le lendemain"). Null when it cannot be resolved (anaphora with no previous
    /// date, an impossible date). Rules: a weekday is the most recent such day before the reference (the
    /// reference itself for a bare weekday that is its own); "أمس الثلاثاء" whose weekday disagrees with
    /// the count is the nearest Tuesday; a day and month without a year are the latest on or before the
    /// reference; Hijri dates follow Um al-Qura with the next day as the alternative.
    /// </summary>
    public static DateValue? Resolve(DateMention mention, DateOnly reference, DateValue? previous) =>
        DateResolver.Resolve(mention.Expression, reference, previous);

    /// <summary>
    /// Resolves mentions in text order, each anaphora against the latest value before it that is as fine
    /// as it needs: "اليوم التالي" against the last day or week told, "الشهر نفسه" against the last month
    /// or finer, "ذلك العام" against anything (a year told for background is no day to count from). A day and month
    /// without a year that the text named earlier with its year is that day again.
    /// </summary>
    public static ImmutableArray<DateValue?> ResolveAll(ImmutableArray<DateMention> mentions, DateOnly reference)
    {
        var values = ImmutableArray.CreateBuilder<DateValue?>(mentions.Length);
        var latest = new DateValue?[DateValue.YearOnly + 1];
        var daysNamed = new Dictionary<(int Month, int Day), DateValue>();
        foreach (var mention in mentions)
        {
            var core = InferenceCues.Core(mention.Expression);
            var needed = core switch
            {
                AnaphoricDate { Unit: PeriodUnit.Day or PeriodUnit.Week } => 2,
                AnaphoricDate { Unit: PeriodUnit.Month } or CalendarDate { Month: null } => 3,
                _ => DateValue.YearOnly,
            };
            var value = core is CalendarDate { Day: { } day, Month: { } month, Year: null, Weekday: null, Anchor: Anchor.None } && daysNamed.TryGetValue((month, day), out var named)
                ? named
                : Resolve(mention, reference, latest[needed]);
            if (core is CalendarDate { Day: not null, Month: not null, Year: not null } && value is { Precision: 1 } full)
            {
                // « le 13 mars 2016 … l'attaque du 13 mars »: the day named again without its year is the day named with it.
                daysNamed[(full.Date.Month, full.Date.Day)] = full;
            }

            values.Add(value);
            for (var precision = value?.Precision ?? int.MaxValue; precision < latest.Length; precision++)
            {
                latest[precision] = value;
            }
        }

        return values.MoveToImmutable();
    }

    /// <summary>The names that date a text: forces, missions and groups with a period, heads of state with their title or as former.</summary>
    public ImmutableArray<EraMention> FindEras(TextDocument doc) => _eras.Find(doc);

    /// <summary>
    /// The date to resolve an article's relative expressions against: <paramref name="published"/> when
    /// given; otherwise inferred from the text's explicit dates and cues and the periods of the names it
    /// uses (<paramref name="eras"/>; see <see cref="DateInferenceCue"/>); otherwise unknown.
    /// <paramref name="notAfter"/> is the day the article was read (it was written before): with it, a
    /// weekday beside a day and month ("الأحد 14 كانون الثاني") picks a year even when the text names
    /// none, if only one year that fits is allowed by the names of the text. A year told in one of the
    /// <paramref name="background"/> constructions ("which emerged in 2012") only bounds the date from below.
    /// </summary>
    public static DocumentDate InferDocumentDate(TextDocument doc, ImmutableArray<DateMention> mentions, DateOnly? published, DateOnly? notAfter = null,
        ImmutableArray<EraMention> eras = default, ImmutableArray<BackgroundCue> background = default) =>
        published is { } date ? DocumentDate.Published(date) : DocumentDateInference.Infer(doc, mentions, eras.IsDefault ? [] : eras, notAfter, background.IsDefault ? [] : background);

    /// <summary>"date 2020-03", "2024-06-12": a date in ISO form is a page's stamp, of the report or of a later edit or reading.</summary>
    public static bool IsPageStamp(TextDocument doc, DateMention mention) => InferenceCues.IsStamp(doc, mention);

    /// <summary>Constructions that tell background rather than news: كان قد، سبق أن، منذ، آنذاك، ذكرى، à l'époque, years ago…</summary>
    public ImmutableArray<BackgroundCue> FindBackgroundCues(TextDocument doc) => _cues.Find(doc);

    /// <summary>
    /// True when a date lies well before the reference: its latest possible day more than
    /// <see cref="BackgroundAfterDays"/> days before it, or a bare year before the reference's year.
    /// </summary>
    public static bool IsBackground(DateValue value, DateOnly reference) =>
        value.IsYearOnly ? value.Last.Year < reference.Year : reference.DayNumber - value.Last.DayNumber > BackgroundAfterDays;

    /// <summary>
    /// An event is background when its date is (<see cref="IsBackground(DateValue, DateOnly)"/>), or when its
    /// clause has a background cue and its date, if any, is more than <see cref="RecentDays"/> days old: a
    /// pluperfect about last Friday is still news ("وكان مسلحون قد هاجموا الجمعة الماضي").
    /// </summary>
    public static bool IsBackgroundEvent(DateValue? value, bool backgroundCue, DateOnly reference) =>
        (value is not null && IsBackground(value, reference))
        || (backgroundCue && (value is null || reference.DayNumber - value.Last.DayNumber > RecentDays));

    /// <summary>Days within which a dated event is news whatever the construction that tells it.</summary>
    public const int RecentDays = 30;

    /// <summary>
    /// True when a date mention tells background by itself: its date is well before the reference
    /// (<see cref="IsBackground(DateValue, DateOnly)"/>), or it names a month as past, with or without a day ("في مارس الماضي",
    /// "7 يوليو الماضي", "last March"), that ended more than <see cref="RecentDays"/> days before:
    /// what the text itself sets in a past month is not the news of the day.
    /// </summary>
    public static bool IsBackgroundDate(DateMention mention, DateValue value, DateOnly reference) =>
        IsBackground(value, reference)
        || InferenceCues.Core(mention.Expression) is CalendarDate { Month: not null, Anchor: Anchor.Past } && reference.DayNumber - value.Last.DayNumber > RecentDays;

    /// <summary>True when a calendar date names a day of its month ("le 11 janvier", "7 يوليو الماضي"), not a month or a year alone.</summary>
    public static bool NamesADay(DateMention mention) => InferenceCues.Core(mention.Expression) is CalendarDate { Day: not null, Month: not null };

    /// <summary>
    /// A month or a year named as past ("في ديسمبر الماضي"، "7 يوليو الماضي"، "العام الماضي", « l'an dernier »): what the text
    /// sets there is background even where the article's date is unknown and it cannot be resolved; a weekday or "last
    /// month" can be this week's news.
    /// </summary>
    public static bool SetsInAPastPeriod(DateMention mention) => InferenceCues.Core(mention.Expression) switch
    {
        CalendarDate { Month: not null, Anchor: Anchor.Past } => true,
        RelativePeriod { Unit: PeriodUnit.Year, Offset: < 0 } => true,
        _ => false,
    };
}
