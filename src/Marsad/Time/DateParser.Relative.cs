
namespace Marsad.Time;

/// <summary>Relative, anaphoric and compound expressions: "أمس"، "الأسبوع الماضي"، "بعد يومين"، ranges, parts of days and periods.</summary>
internal sealed partial class DateParser
{
    // "أمس"، "أمس الثلاثاء"، "أول أمس"، "اليوم"، "hier", "yesterday".
    private Parse? RelativeDayAt(int i)
    {
        if (!Word(i, TimeWordKind.DayOffset, out var offset, out var end))
        {
            return null;
        }

        return Word(Skip(end, ','), TimeWordKind.Weekday, out var weekday, out var weekdayEnd)
            ? new Parse(new RelativeDay(offset.Number, IsoDay(weekday.Number)), weekdayEnd)
            : new Parse(new RelativeDay(offset.Number, null), end);
    }

    // "الأسبوع الماضي"، "الشهر الجاري"، "العام الجديد"، "هذا العام"، "الأيام الماضية"، "la semaine dernière", "last year".
    private Parse? RelativePeriodAt(int i)
    {
        if (Word(i, TimeWordKind.Modifier, out var before, out var afterModifier) && Word(afterModifier, TimeWordKind.PeriodUnit, out var unit, out var end))
        {
            return Period(unit, before.Modifier, end);
        }

        if (Word(i, TimeWordKind.PeriodUnit, out unit, out var unitEnd) && Word(unitEnd, TimeWordKind.Modifier, out var after, out end))
        {
            return Period(unit, after.Modifier, end);
        }

        return null;
    }

    private static Parse? Period(TimeWord unit, ModifierKind modifier, int end)
    {
        var offset = modifier switch
        {
            ModifierKind.Past => -1,
            ModifierKind.Next => 1,
            _ => 0,
        };

        // "الأيام الماضية": the last few days; "the days" has no current or next.
        if (unit.Number == 1)
        {
            return offset == -1 ? new Parse(new RelativePeriod(PeriodUnit.Day, -1), end) : null;
        }

        return new Parse(new RelativePeriod(unit.Unit, offset), end);
    }

    /// <summary>A month named by its relation to the reference or the previous date: "الشهر الجاري"، "الشهر نفسه"، "ce mois".</summary>
    private (Anchor Anchor, int End)? MonthByAnchor(int i)
    {
        if (Word(i, TimeWordKind.Anaphora, out var anaphora, out var end) && anaphora.Unit == PeriodUnit.Month && anaphora.Number == 0)
        {
            return (Anchor.Previous, end);
        }

        return RelativePeriodAt(i) is { Expression: RelativePeriod { Unit: PeriodUnit.Month } period } parse
            ? (period.Offset switch { < 0 => Anchor.Past, > 0 => Anchor.Next, _ => Anchor.Current }, parse.End)
            : null;
    }

    // "اليوم نفسه"، "في اليوم التالي"، "الشهر ذاته"، "le lendemain", "the next day".
    private Parse? Anaphora(int i) =>
        Word(i, TimeWordKind.Anaphora, out var word, out var end)
            ? new Parse(new AnaphoricDate(word.Unit, word.Number), end)
            : null;

    // "قبل يومين"، "قبل نحو أسبوعين"، "il y a deux ans", "two years ago", "nearly a year and a half ago".
    private Parse? AgoAt(int i)
    {
        if (Word(i, TimeWordKind.Before, out var afterBefore) && Duration(afterBefore) is { } prefixed)
        {
            return new Parse(new Ago(prefixed.Unit, prefixed.Count, prefixed.Approximate), prefixed.End);
        }

        return Duration(i) is { } counted && Word(counted.End, TimeWordKind.BeforePostposed, out var end)
            ? new Parse(new Ago(counted.Unit, counted.Count, counted.Approximate), end)
            : null;
    }

    // "بعد يومين"، "two days later", "deux jours plus tard": that long after the previous date.
    // "تأتي العملية بعد يومين من هجوم …"، "بعد عام على إطلاق …": what follows من/على is that long before it.
    // A vague plural ("بعد أيام"، "after weeks") says no date.
    private Parse? Later(int i)
    {
        if (Word(i, TimeWordKind.After, out var afterWord) && Duration(afterWord) is { Count: > 0 } span)
        {
            var earlier = BareWord(span.End, TimeWordKind.Of, TimeWordKind.RangeJoin, out _);
            return new Parse(new AnaphoricDate(span.Unit, earlier ? -span.Count : span.Count) { OfWhatFollows = earlier }, span.End);
        }

        return Duration(i) is { Count: > 0 } counted && Word(counted.End, TimeWordKind.AfterPostposed, out var end)
            ? new Parse(new AnaphoricDate(counted.Unit, counted.Count), end)
            : null;
    }

    /// <summary>A word of either kind standing alone, with no clitic on it ("من", not "ومنها").</summary>
    private bool BareWord(int i, TimeWordKind kind, TimeWordKind other, out int end)
    {
        end = i;
        if (i >= _words.Length)
        {
            return false;
        }

        foreach (var match in _words[i])
        {
            if ((match.Payload.Kind == kind || match.Payload.Kind == other) && match.Prefix.Length == 0 && match.Suffix.Length == 0 && match.EndToken == i + 1)
            {
                end = i + 1;
                return true;
            }
        }

        return false;
    }

    // "منذ يومين"، "منذ سنوات"، "depuis dix ans", "for years": a duration right after "since".
    private Parse? SinceDuration(int i) =>
        Duration(i) is { } span ? new Parse(new Ago(span.Unit, span.Count, span.Approximate), span.End) : null;

    private readonly record struct Span(PeriodUnit Unit, int Count, bool Approximate, int End);

    /// <summary>A duration: "يومين"، "ثلاثة أيام"، "نحو ستة أشهر"، "عام ونصف"، "two days", "deux ans"; a plural alone is "a few" (count 0).</summary>
    private Span? Duration(int i)
    {
        var approximate = Word(i, TimeWordKind.Approx, out var afterApprox);
        var j = approximate ? afterApprox : i;
        var count = 1;
        var counted = false;
        var direct = Word(j, TimeWordKind.Duration, out _, out var directEnd) ? directEnd : -1;
        if (Digits(j, 1, 100, out var digits))
        {
            (count, counted, j) = (digits, true, j + 1);
        }
        else if (Word(j, TimeWordKind.Count, out var word, out var countEnd) && Word(countEnd, TimeWordKind.Duration, out _, out var unitEnd) && unitEnd > direct)
        {
            (count, counted, j) = (word.Number, true, countEnd);
        }

        if (!Word(j, TimeWordKind.Duration, out var unit, out var end))
        {
            return null;
        }

        end = SkipWord(end, TimeWordKind.Approx); // "عام كامل"
        if (unit.CountFromText)
        {
            return new Span(unit.Unit, counted ? count : 0, approximate || !counted, end);
        }

        var total = counted && unit.Number == 1 ? count : unit.Number;
        return new Span(unit.Unit, total, approximate, end);
    }

    // "بين 12 و15 من الشهر الجاري"، "من الخامس إلى التاسع من نوفمبر"، "du 3 au 5 mars", "between 27 and 31 March 2022", "27-31 mars".
    private Parse? Range(int i)
    {
        var introduced = Word(i, TimeWordKind.RangeStart, out var j);
        if (!introduced)
        {
            j = i;
        }

        if (RangeFirst(j) is not { } a || !RangeJoin(a.End, out var joinEnd))
        {
            return null;
        }

        // Without "بين/من/du/between" only a bare day starts a range: "27-31 mars"، "الرابع إلى الخامس من يونيو".
        if (!introduced && a.Expression is not CalendarDate { Month: null })
        {
            return null;
        }

        if (Longest(DayLed(joinEnd), WeekdayLed(joinEnd), MonthLed(joinEnd)) is not { } b)
        {
            return null;
        }

        var firstExpression = (a.Expression, b.Expression) switch
        {
            (CalendarDate { Month: null } day, CalendarDate whole) => whole with { Day = day.Day, Weekday = day.Weekday },
            (CalendarDate { Month: null } day, HijriDate whole) => whole with { Day = day.Day, Weekday = null },
            (CalendarDate { Month: null }, _) => null,
            (WeekdayDate first, CalendarDate { Day: { } day, Weekday: { } last } whole) => DatedByLastEnd(first, day, last, whole) ?? a.Expression,
            _ => a.Expression,
        };

        return firstExpression is null ? null : new Parse(new DateRange(firstExpression, b.Expression), b.End);
    }

    // "du dimanche au lundi 4 février 2019": a weekday that opens a range takes its month and year from the dated day that
    // closes it, counted back by the days between the two weekdays (within the month, and within the week).
    private static CalendarDate? DatedByLastEnd(WeekdayDate first, int day, DayOfWeek last, CalendarDate whole)
    {
        var back = ((int)last - (int)first.Day + 7) % 7;
        return back > 0 && back < day && first.Anchor == Anchor.None ? whole with { Day = day - back, Weekday = first.Day } : null;
    }

    private bool RangeJoin(int i, out int end)
    {
        if (Word(i, TimeWordKind.RangeJoin, out end))
        {
            return true;
        }

        end = i + 1;
        return IsPunct(i, '-');
    }

    /// <summary>The first end of a range: a day alone ("12"، "الخامس"), a weekday or a full date.</summary>
    private Parse? RangeFirst(int i)
    {
        var full = Longest(DayLed(i), WeekdayLed(i), MonthLed(i));
        if (full is { } f && f.Expression is CalendarDate { Day: not null } or WeekdayDate or HijriDate { Day: not null })
        {
            return full;
        }

        return DayNumber(SkipWord(i, TimeWordKind.DayWord), out var day, out _, out var end)
            ? new Parse(new CalendarDate(day, null, null, null, Anchor.None), end)
            : null;
    }

    // "مطلع الشهر الجاري"، "أواخر عام 2024"، "منتصف يناير"، "مطلع الأسبوع"، "début février", "fin 2024", "mi-mars", "late October".
    private Parse? PartOfPeriodAt(int i)
    {
        if (!Word(i, TimeWordKind.PeriodPart, out var part, out var j))
        {
            return null;
        }

        j = SkipWord(Skip(j, '-'), TimeWordKind.Of);
        var whole = Longest(MonthLed(j, introduced: true), HijriLed(j), Year(j), RelativePeriodAt(j), Anaphora(j), BareYear(j), BarePeriod(j), NewYearAt(j), SeasonLed(j));
        return whole is { Expression: not (CalendarDate { Day: not null } or HijriDate { Day: not null }) } w
            ? new Parse(new PartOfPeriod((PeriodPart)part.Part, w.Expression), w.End)
            : null;
    }

    // "العام الجديد"، "the new year".
    private Parse? NewYearAt(int i) => Word(i, TimeWordKind.NewYear, out var end) ? new Parse(new NewYear(), end) : null;

    // "fin 2024", "early 2025": a year right after a part of period.
    private Parse? BareYear(int i) =>
        Digits(i, MinYear, MaxYear, out var year) ? new Parse(new YearDate(year), SkipWord(i + 1, TimeWordKind.EraMarker)) : null;

    // "مطلع الشهر"، "أواخر العام"، "مطلع الأسبوع": the current one.
    private Parse? BarePeriod(int i) =>
        Word(i, TimeWordKind.PeriodUnit, out var unit, out var end) && unit.Number == 0
            ? new Parse(new RelativePeriod(unit.Unit, 0), end)
            : null;

    // "فجر الأحد"، "مساء أمس"، "صبيحة أول أيام العيد"، "ليلة الأحد إلى الاثنين"، "dans la nuit de samedi à dimanche", "on the night of Dec. 28".
    private Parse? PartOfDayAt(int i)
    {
        if (!Word(i, TimeWordKind.DayPart, out var part, out var j))
        {
            return null;
        }

        j = SkipWord(j, TimeWordKind.Of);
        var dayPart = (DayPart)part.Part;
        if (dayPart == DayPart.Night && Range(j) is { Expression: DateRange range } night && IsNextDay(range))
        {
            return new Parse(new Overnight(range.First), night.End);
        }

        var day = Longest(RelativeDayAt(j), WeekdayLed(j), DayLed(j), MonthLed(j), Anaphora(j), FeastAt(j));
        if (day is not { } d || d.Expression is CalendarDate { Day: null } || d.Expression is AnaphoricDate { Unit: not PeriodUnit.Day })
        {
            return null;
        }

        // "ليلة الأحد إلى الاثنين": the night from one day to the next; "nuit de jeudi à vendredi 21 novembre" dates the evening.
        if (dayPart == DayPart.Night && d.Expression is WeekdayDate evening && Word(d.End, TimeWordKind.RangeJoin, out var joinEnd)
            && WeekdayLed(joinEnd) is { } morning)
        {
            if (morning.Expression is WeekdayDate)
            {
                return new Parse(new Overnight(evening), morning.End);
            }

            if (morning.Expression is CalendarDate { Day: { } dayOfMonth, Weekday: { } next } dated && DatedByLastEnd(evening, dayOfMonth, next, dated) is { } eveningDate
                && ((int)evening.Day + 1) % 7 == (int)next)
            {
                return new Parse(new Overnight(eveningDate), morning.End);
            }
        }

        return new Parse(new PartOfDay(dayPart, d.Expression), d.End);
    }

    private static bool IsNextDay(DateRange range) => (range.First, range.Last) switch
    {
        (CalendarDate a, CalendarDate b) => a.Day + 1 == b.Day,
        (WeekdayDate a, WeekdayDate b) => ((int)a.Day + 1) % 7 == (int)b.Day,
        _ => false,
    };
}
