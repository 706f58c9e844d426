using Marsad.Text;

namespace Marsad.Time;

/// <summary>Calendar dates: day, month and year in any order the three languages write them; Hijri dates and feasts.</summary>
internal sealed partial class DateParser
{
    private const int MinYear = 1900;
    private const int MaxYear = 2100;
    private const int MinHijriYear = 1318;
    private const int MaxHijriYear = 1500;

    // "7 يناير الجاري"، "12 من الشهر الجاري"، "الثالث من الشهر ذاته"، "le 1er mars 2024", "4 May 2024", "14 شعبان"، "الخامس من شهر رمضان".
    private Parse? DayLed(int i)
    {
        var start = SkipWord(i, TimeWordKind.DayWord);
        if (!DayNumber(start, out var day, out var ordinal, out var j))
        {
            return null;
        }

        var afterOf = SkipWord(j, TimeWordKind.Of);
        if (ordinal && afterOf == j)
        {
            return null; // "الثالث" alone is not a date; "الثالث من الشهر" is
        }

        // "الخامس من شهر رمضان": the word for month may stand before its name.
        var monthAt = SkipWord(afterOf, TimeWordKind.MonthWord);
        if (MonthName(monthAt, allowLoose: true, out var month, out var end))
        {
            return YearAndAnchor(new CalendarDate(day, month, null, null, Anchor.None), end);
        }

        if (HijriMonthName(monthAt, allowLoose: true, out var hijriMonth, out end))
        {
            var (year, yearEnd) = HijriYear(end);
            return new Parse(new HijriDate(day, hijriMonth, year, null), yearEnd);
        }

        // "12 من الشهر الجاري"، "الثالث من الشهر ذاته"
        return MonthByAnchor(afterOf) is { } anchored
            ? new Parse(new CalendarDate(day, null, null, null, anchored.Anchor), anchored.End)
            : null;
    }

    // "ديسمبر 2024"، "يناير الماضي"، "نوفمبر الجاري"، "May 4", "Jan. 29, 2025", "in March 2022", "last March".
    private Parse? MonthLed(int i, bool introduced = false)
    {
        var start = i;
        var anchor = Anchor.None;
        if (Word(i, TimeWordKind.Modifier, out var before, out var afterModifier) && _doc.Tokens[i].Kind == TokenKind.Latin)
        {
            anchor = AnchorOf(before.Modifier);
            start = afterModifier;
        }

        var named = SkipWord(start, TimeWordKind.MonthWord);
        if (!MonthName(named, allowLoose: true, out var month, out var end, out var loose))
        {
            return null;
        }

        // English order: month, day, optional year ("Dec. 28", "Jan. 29, 2025").
        if (DayNumber(end, out var day, out var ordinal, out var afterDay) && !ordinal)
        {
            var comma = Skip(afterDay, ',');
            return Digits(comma, MinYear, MaxYear, out var englishYear)
                ? new Parse(new CalendarDate(day, month, englishYear, null, anchor), comma + 1)
                : new Parse(new CalendarDate(day, month, null, null, anchor), afterDay);
        }

        var dated = YearAndAnchor(new CalendarDate(null, month, null, null, anchor), end);
        if (dated.End > end || anchor != Anchor.None)
        {
            return dated;
        }

        // A month alone needs a preposition before it ("في يناير", "en janvier", "in January"), or "شهر".
        return !loose && (introduced || named > start || AfterPreposition(start)) ? dated : null;
    }

    // A year after the month or day ("2024", ", 2025", "عام 2024", "من عام 2024", "من ذلك العام"), or a modifier ("الماضي", "dernier").
    private Parse YearAndAnchor(CalendarDate date, int i)
    {
        var j = Skip(i, ',');
        j = SkipWord(j, TimeWordKind.YearWord);
        if (Digits(j, MinYear, MaxYear, out var year))
        {
            return new Parse(date with { Year = year }, SkipWord(j + 1, TimeWordKind.EraMarker));
        }

        if (Word(i, TimeWordKind.Modifier, out var modifier, out var end))
        {
            return new Parse(date with { Anchor = AnchorOf(modifier.Modifier) }, end);
        }

        // "يونيو من عام 2017", "2 مارس من سنة 2018": the year joined by "of" and its year word.
        var of = SkipWord(i, TimeWordKind.Of);
        var ofYear = SkipWord(of, TimeWordKind.YearWord);
        if (ofYear > of && of > i && Digits(ofYear, MinYear, MaxYear, out var joined))
        {
            return new Parse(date with { Year = joined }, SkipWord(ofYear + 1, TimeWordKind.EraMarker));
        }

        // "أواخر تموز/يوليو من ذلك العام"
        if (of > i && Word(of, TimeWordKind.Anaphora, out var anaphora, out end) && anaphora.Unit == PeriodUnit.Year && anaphora.Number == 0)
        {
            return new Parse(date with { Anchor = Anchor.Previous }, end);
        }

        // "يوليو من العام الماضي", "12 مارس من العام الجاري": the year counted from the reference's.
        if (of > i && RelativePeriodAt(of) is { Expression: RelativePeriod { Unit: PeriodUnit.Year, Offset: <= 0 } ofPeriod } counted)
        {
            return new Parse(date with { Anchor = ofPeriod.Offset < 0 ? Anchor.LastYear : Anchor.Current }, counted.End);
        }

        return new Parse(date, i);
    }

    // "الأحد"، "يوم الاثنين"، "الجمعة الماضي"، "الأحد 5 يناير"، "dimanche dernier", "last Sunday", "Sunday, Dec. 1".
    private Parse? WeekdayLed(int i)
    {
        var anchor = Anchor.None;
        var start = SkipWord(i, TimeWordKind.DayWord);
        if (Word(start, TimeWordKind.Modifier, out var before, out var afterModifier) && _doc.Tokens[start].Kind == TokenKind.Latin)
        {
            anchor = AnchorOf(before.Modifier);
            start = afterModifier;
        }

        if (!Word(start, TimeWordKind.Weekday, out var weekday, out var end))
        {
            return null;
        }

        var day = IsoDay(weekday.Number);
        var afterComma = Skip(end, ',');
        if ((DayLed(afterComma) ?? MonthLed(afterComma)) is { Expression: CalendarDate { Day: not null } date } dated)
        {
            return new Parse(date with { Weekday = day }, dated.End);
        }

        if (DayLed(afterComma) is { Expression: HijriDate { Day: not null } hijri } hijriDated)
        {
            return new Parse(hijri with { Weekday = day }, hijriDated.End);
        }

        if (anchor == Anchor.None && Word(end, TimeWordKind.Modifier, out var after, out var modifierEnd) && after.Modifier is ModifierKind.Past or ModifierKind.Next)
        {
            return new Parse(new WeekdayDate(day, AnchorOf(after.Modifier)), modifierEnd);
        }

        return new Parse(new WeekdayDate(day, anchor), end);
    }

    private Parse? Numeric(int i) => Iso(i) ?? DayFirst(i);

    // "2020-03", "2024-06-12": the ISO order pages and datelines print (only with '-' and four-digit years).
    private Parse? Iso(int i)
    {
        if (!(AnyDigits(i, MinYear, MaxYear, out var year) && _doc.Tokens[i].Length == 4 && Glued(i + 1, '-')
              && AnyDigits(i + 2, 1, 12, out var month) && _doc.Tokens[i + 2].Length == 2))
        {
            return null;
        }

        return Glued(i + 3, '-') && AnyDigits(i + 4, 1, DateTime.DaysInMonth(year, month), out var day) && _doc.Tokens[i + 4].Length == 2
            ? new Parse(new CalendarDate(day, month, year, null, Anchor.None), i + 5)
            : new Parse(new CalendarDate(null, month, year, null, Anchor.None), i + 3);
    }

    // 12/03/2024, 12-03-2024, 12.03.2024: day first, as in all three languages' press.
    private Parse? DayFirst(int i)
    {
        foreach (var separator in "/-.")
        {
            if (AnyDigits(i, 1, 31, out var day) && Glued(i + 1, separator) && AnyDigits(i + 2, 1, 12, out var month)
                && Glued(i + 3, separator) && AnyDigits(i + 4, 0, MaxYear, out var year) && _doc.Tokens[i + 4].Length is 2 or 4)
            {
                year = year < 100 ? 2000 + year : year;
                return year >= MinYear ? new Parse(new CalendarDate(day, month, year, null, Anchor.None), i + 5) : null;
            }
        }

        return null;
    }

    private bool Glued(int i, char c) =>
        IsPunct(i, c) && !_doc.Tokens[i].SpaceBefore && i + 1 < _doc.Tokens.Length && !_doc.Tokens[i + 1].SpaceBefore;

    // "عام 2018"، "سنة 2024"، "في 2019"، "en 2019", "in 2016", "de 2025"; a Hijri year "عام 1446 هـ".
    private Parse? Year(int i)
    {
        var j = SkipWord(i, TimeWordKind.YearWord);
        var introduced = j > i || AfterPreposition(i) || AfterListedYear(i);
        if (Digits(j, MinHijriYear, MaxHijriYear, out var hijri) && Word(j + 1, TimeWordKind.HijriMarker, out var markerEnd))
        {
            return new Parse(new HijriDate(null, null, hijri, null), markerEnd);
        }

        if (!introduced || !Digits(j, MinYear, MaxYear, out var year) || MonthName(j + 1, true, out _, out _))
        {
            return null;
        }

        return new Parse(new YearDate(year), SkipWord(j + 1, TimeWordKind.EraMarker));
    }

    /// <summary>"في 2020 و2021", « en 2015 et 2016 », "in 2020 and 2021": a year joined to an introduced year is introduced too.</summary>
    private bool AfterListedYear(int i) =>
        i >= 2 && Word(i - 1, TimeWordKind.RangeJoin, out var end) && end == i && Digits(i - 2, MinYear, MaxYear, out _)
        && (AfterPreposition(i - 2) || AfterListedYear(i - 2) || i >= 3 && Word(i - 3, TimeWordKind.YearWord, out var yearWordEnd) && yearWordEnd == i - 2);

    // "صيف 2024"، "l'été dernier", "in summer 2023".
    private Parse? SeasonLed(int i)
    {
        if (!Word(i, TimeWordKind.Season, out var season, out var end))
        {
            return null;
        }

        var dated = YearAndAnchor(new CalendarDate(null, season.Number, null, null, Anchor.None), end);
        var date = (CalendarDate)dated.Expression;
        return dated.End > end || AfterPreposition(i)
            ? new Parse(new SeasonDate(season.Number, date.Year, date.Anchor), dated.End)
            : null;
    }

    // "شهر رمضان لعام 1445 للهجرة"، "رمضان 1445"، "شعبان 1446 هـ".
    private Parse? HijriLed(int i)
    {
        var named = SkipWord(i, TimeWordKind.MonthWord);
        if (!HijriMonthName(named, allowLoose: true, out var month, out var end, out var loose))
        {
            return null;
        }

        var (year, yearEnd) = HijriYear(end);
        return year is not null || named > i || !loose
            ? new Parse(new HijriDate(null, month, year, null), yearEnd)
            : null;
    }

    // "عيد الفطر"، "عيد الأضحى 1445"، "أول أيام العيد لعام 1446 للهجرة"، "اليوم الثاني من العيد".
    private Parse? FeastAt(int i)
    {
        var feastDay = 1;
        var j = i;
        if (Word(i, TimeWordKind.FeastDay, out var dayWord, out var afterDay))
        {
            feastDay = dayWord.Number;
            j = afterDay;
        }

        if (!Word(j, TimeWordKind.Feast, out var feast, out var end))
        {
            return null;
        }

        var (month, day) = feast.Feast.Month != 0 ? feast.Feast : _lastFeast.Month != 0 ? _lastFeast : FeastLater(end);
        if (month == 0)
        {
            return null; // "العيد" with no feast named before: which Eid is unknown
        }

        var (year, yearEnd) = HijriYear(end);
        return new Parse(new HijriDate(day + feastDay - 1, month, year, null), yearEnd);
    }

    // "أول أيام العيد … في مصلى عيد الفطر": the feast named later in the same sentence.
    private (int Month, int Day) FeastLater(int i)
    {
        var sentence = _doc.SentenceOf(i - 1);
        for (var k = i; k < _words.Length && _doc.SentenceOf(k) == sentence; k++)
        {
            if (Word(k, TimeWordKind.Feast, out var feast, out _) && feast.Feast.Month != 0)
            {
                return feast.Feast;
            }
        }

        return default;
    }

    // A Hijri year after a Hijri date: "1446"، "1446 هـ"، "لعام 1446 للهجرة".
    private (int? Year, int End) HijriYear(int i)
    {
        var j = SkipWord(i, TimeWordKind.YearWord);
        if (!Digits(j, MinHijriYear, MaxHijriYear, out var year))
        {
            return (null, i);
        }

        return (year, SkipWord(j + 1, TimeWordKind.HijriMarker));
    }

    /// <summary>A day of the month: 1–31 in digits (with "er", "th"), or an ordinal word ("الثالث").</summary>
    private bool DayNumber(int i, out int day, out bool ordinal, out int end)
    {
        ordinal = false;
        end = i + 1;
        if (Digits(i, 1, 31, out day))
        {
            if (Word(end, TimeWordKind.OrdinalSuffix, out var suffixEnd) && !_doc.Tokens[end].SpaceBefore)
            {
                end = suffixEnd;
            }

            return true;
        }

        if (Word(i, TimeWordKind.Ordinal, out var word, out end))
        {
            day = word.Number;
            ordinal = true;
            return true;
        }

        return false;
    }

    private bool MonthName(int i, bool allowLoose, out int month, out int end) => MonthName(i, allowLoose, out month, out end, out _);

    /// <summary>A Gregorian month name, with any doubled name after it ("كانون الثاني/يناير", "Dec.").</summary>
    private bool MonthName(int i, bool allowLoose, out int month, out int end, out bool loose) =>
        Named(i, TimeWordKind.Month, allowLoose ? TimeWordKind.LooseMonth : TimeWordKind.Month, out month, out end, out loose);

    private bool HijriMonthName(int i, bool allowLoose, out int month, out int end, out bool loose) =>
        Named(i, TimeWordKind.HijriMonth, allowLoose ? TimeWordKind.LooseHijriMonth : TimeWordKind.HijriMonth, out month, out end, out loose);

    private bool HijriMonthName(int i, bool allowLoose, out int month, out int end) => HijriMonthName(i, allowLoose, out month, out end, out _);

    private bool Named(int i, TimeWordKind strict, TimeWordKind lenient, out int month, out int end, out bool loose)
    {
        loose = false;
        if (!Word(i, strict, out var word, out end))
        {
            if (!Word(i, lenient, out word, out end))
            {
                month = 0;
                return false;
            }

            loose = lenient != strict;
        }

        month = word.Number;
        if (_doc.Tokens[end - 1].Kind == TokenKind.Latin && IsPunct(end, '.') && end + 1 < _doc.Tokens.Length && _doc.Tokens[end + 1].Kind == TokenKind.Digits)
        {
            end++; // "Dec. 28", "janv. 2024"
        }

        // "كانون الثاني/يناير", "يناير (كانون الثاني)", "تموز-يوليو": the same month twice is one name.
        var paired = IsPunct(end, '/') || IsPunct(end, '-') || IsPunct(end, '(') ? end + 1 : -1;
        if (paired > 0 && (Word(paired, strict, out var second, out var secondEnd) || Word(paired, lenient, out second, out secondEnd)) && second.Number == month)
        {
            end = Skip(secondEnd, ')');
            loose = false;
        }

        return true;
    }

    private static DayOfWeek IsoDay(int iso) => (DayOfWeek)(iso % 7);

    private static Anchor AnchorOf(ModifierKind modifier) => modifier switch
    {
        ModifierKind.Past => Anchor.Past,
        ModifierKind.Next => Anchor.Next,
        _ => Anchor.Current,
    };
}
