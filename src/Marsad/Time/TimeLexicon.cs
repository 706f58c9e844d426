using System.Collections.Immutable;
using System.Globalization;
using Marsad.Lexicon;
using Marsad.Resources;
using Marsad.Text;

namespace Marsad.Time;

/// <summary>
/// The date words of each language (<c>data/time/ar.tsv</c>, <c>fr.tsv</c>, <c>en.tsv</c>), each in a
/// clitic-aware phrase trie, and all of them together for a text of no known language (so French "an"
/// is no year in an English text). Loaded once; immutable and shared across threads.
/// </summary>
internal sealed class TimeLexicon
{
    private static readonly ImmutableArray<(Language Language, string File)> Files =
        [(Language.Arabic, "time/ar.tsv"), (Language.French, "time/fr.tsv"), (Language.English, "time/en.tsv")];

    private readonly ImmutableDictionary<Language, PhraseMatcher<TimeWord>> _matchers;
    private readonly ImmutableDictionary<(Language, char), ImmutableArray<TimeWord>> _letters;

    private TimeLexicon(ImmutableDictionary<Language, PhraseMatcher<TimeWord>> matchers, ImmutableDictionary<(Language, char), ImmutableArray<TimeWord>> letters)
    {
        _matchers = matchers;
        _letters = letters;
    }

    /// <summary>The words of <paramref name="language"/>, or of every language for <see cref="Language.Other"/>.</summary>
    public PhraseMatcher<TimeWord> For(Language language) => _matchers.TryGetValue(language, out var matcher) ? matcher : _matchers[Language.Other];

    /// <summary>The one-letter Arabic words ("و"، "هـ"، "م"), which the clitic-aware matcher does not see.</summary>
    public ImmutableArray<TimeWord> Letter(Language language, char letter) =>
        _letters.TryGetValue((language == Language.Arabic ? language : Language.Other, letter), out var words) ? words : [];

    public static TimeLexicon Load(ResourceStore resources)
    {
        var matchers = ImmutableDictionary.CreateBuilder<Language, PhraseMatcher<TimeWord>>();
        var all = new List<(string, TimeWord)>();
        foreach (var (language, file) in Files)
        {
            var entries = new List<(string, TimeWord)>();
            foreach (var (line, fields) in TsvReader.Read(resources, file, "phrase", "kind", "value"))
            {
                entries.Add((fields[0], Parse(fields[1], fields[2], $"{resources.Describe(file)}:{line}")));
            }

            matchers[language] = new PhraseMatcher<TimeWord>(entries);
            all.AddRange(entries);
        }

        matchers[Language.Other] = new PhraseMatcher<TimeWord>(all);
        var letters = all.Select(e => (Folded: CharFolding.Fold(e.Item1), Word: e.Item2))
            .Where(e => e.Folded.Length == 1 && CharFolding.IsArabicLetter(e.Folded[0]))
            .GroupBy(e => e.Folded[0])
            .SelectMany(g => new[] { Language.Arabic, Language.Other }.Select(l => KeyValuePair.Create((l, g.Key), g.Select(e => e.Word).Distinct().ToImmutableArray())));
        return new TimeLexicon(matchers.ToImmutable(), letters.ToImmutableDictionary());
    }

    private static TimeWord Parse(string kindText, string value, string origin)
    {
        var kind = KindOf(kindText) ?? throw Malformed(origin, $"unknown kind '{kindText}'");
        return kind switch
        {
            TimeWordKind.Month or TimeWordKind.LooseMonth or TimeWordKind.HijriMonth or TimeWordKind.LooseHijriMonth or TimeWordKind.Season
                => new TimeWord(kind, Number(value, 1, 12, origin)),
            TimeWordKind.Weekday => new TimeWord(kind, Number(value, 1, 7, origin)),
            TimeWordKind.Ordinal => new TimeWord(kind, Number(value, 1, 31, origin)),
            TimeWordKind.FeastDay => new TimeWord(kind, Number(value, 1, 10, origin)),
            TimeWordKind.DayOffset => new TimeWord(kind, Number(value, -7, 7, origin)),
            TimeWordKind.Count => new TimeWord(kind, Number(value, 1, 100, origin)),
            TimeWordKind.PeriodUnit => new TimeWord(kind, Unit: UnitOf(value, origin), Number: value == "days" ? 1 : 0),
            TimeWordKind.Modifier => new TimeWord(kind, Modifier: Enum.TryParse<ModifierKind>(value, true, out var m) ? m : throw Malformed(origin, $"unknown modifier '{value}'")),
            TimeWordKind.DayPart => new TimeWord(kind, Part: (int)ParseEnum<DayPart>(value, origin)),
            TimeWordKind.PeriodPart => new TimeWord(kind, Part: (int)ParseEnum<PeriodPart>(value == "mid" ? "middle" : value, origin)),
            TimeWordKind.Anaphora or TimeWordKind.Duration => UnitAndCount(kind, value, origin),
            TimeWordKind.Feast => new TimeWord(kind, Feast: FeastOf(value, origin)),
            TimeWordKind.RangeStart => new TimeWord(kind, Number: value == "between" ? 1 : value == "from" ? 0 : throw Malformed(origin, $"range start is between or from, not '{value}'")),
            TimeWordKind.RangeJoin => new TimeWord(kind, Number: value == "and" ? 1 : value == "to" ? 0 : throw Malformed(origin, $"range join is and or to, not '{value}'")),
            _ => value.Length == 0 ? new TimeWord(kind) : throw Malformed(origin, $"{kindText} takes no value"),
        };
    }

    private static TimeWordKind? KindOf(string text) =>
        Enum.TryParse<TimeWordKind>(text.Replace("_", "", StringComparison.Ordinal), true, out var kind) ? kind : null;

    private static TimeWord UnitAndCount(TimeWordKind kind, string value, string origin)
    {
        var parts = value.Split(':');
        if (parts.Length != 2)
        {
            throw Malformed(origin, $"expected unit:count, not '{value}'");
        }

        var unit = UnitOf(parts[0], origin);
        var count = parts[1] == "n" && kind == TimeWordKind.Duration ? 0 : Number(parts[1], -100, 100, origin);
        return new TimeWord(kind, count, unit);
    }

    private static PeriodUnit UnitOf(string text, string origin) => text switch
    {
        "day" or "days" => PeriodUnit.Day,
        "week" => PeriodUnit.Week,
        "month" => PeriodUnit.Month,
        "year" => PeriodUnit.Year,
        "weekend" => PeriodUnit.Weekend,
        _ => throw Malformed(origin, $"unknown unit '{text}'"),
    };

    private static (int, int) FeastOf(string value, string origin)
    {
        if (value == "eid")
        {
            return (0, 0);
        }

        var parts = value.Split('-');
        return parts.Length == 2
            ? (Number(parts[0], 1, 12, origin), Number(parts[1], 1, 30, origin))
            : throw Malformed(origin, $"a feast is hijri month-day or eid, not '{value}'");
    }

    private static T ParseEnum<T>(string text, string origin)
        where T : struct, Enum =>
        Enum.TryParse<T>(text, true, out var value) ? value : throw Malformed(origin, $"unknown {typeof(T).Name} '{text}'");

    private static int Number(string text, int min, int max, string origin) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw Malformed(origin, $"expected a number from {min} to {max}, not '{text}'");

    private static InvalidDataException Malformed(string origin, string problem) => new($"{origin}: {problem}");
}
