namespace Marsad.Time;

/// <summary>What a date word is (the <c>kind</c> column of <c>data/time/*.tsv</c>).</summary>
internal enum TimeWordKind
{
    Month,
    LooseMonth,
    MonthWord,
    HijriMonth,
    LooseHijriMonth,
    Feast,
    FeastDay,
    HijriMarker,
    EraMarker,
    Weekday,
    DayWord,
    Ordinal,
    OrdinalSuffix,
    DayOffset,
    PeriodUnit,
    Modifier,
    DayPart,
    PeriodPart,
    Anaphora,
    YearWord,
    Preposition,
    Since,
    RangeStart,
    RangeJoin,
    Of,
    After,
    AfterPostposed,
    Before,
    BeforePostposed,
    Approx,
    Duration,
    Count,
    NewYear,
    Season,
}

/// <summary>Which modifier a word is.</summary>
internal enum ModifierKind
{
    Past,
    Current,
    This,
    Next,
}

/// <summary>One date word: its kind and parsed value.</summary>
/// <param name="Kind">What the word is.</param>
/// <param name="Number">Month, weekday (ISO, Monday 1), ordinal, offset, feast day or count; 0 when unused.</param>
/// <param name="Unit">The unit of a period, duration or anaphora.</param>
/// <param name="Modifier">The modifier, for <see cref="TimeWordKind.Modifier"/>.</param>
/// <param name="Part">The part of a day or period, as an enum value.</param>
/// <param name="Feast">A feast's Hijri month and day (month 0: "العيد", whichever feast the text names).</param>
internal readonly record struct TimeWord(
    TimeWordKind Kind,
    int Number = 0,
    PeriodUnit Unit = PeriodUnit.Day,
    ModifierKind Modifier = ModifierKind.Past,
    int Part = 0,
    (int Month, int Day) Feast = default)
{
    /// <summary>A plural duration ("أيام"، "years") whose count comes from a number before it.</summary>
    public bool CountFromText => Kind == TimeWordKind.Duration && Number == 0;
}
