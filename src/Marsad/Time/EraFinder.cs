using System.Collections.Immutable;
using System.Globalization;
using Marsad.Lexicon;
using Marsad.Resources;
using Marsad.Text;

namespace Marsad.Time;

/// <summary>
/// Finds the names that date a text: forces, missions and groups with a period (<c>data/time/eras.tsv</c>),
/// and heads of state (<c>data/actors/persons.tsv</c>, leaders of a government) told with their title or as
/// former or ousted (<c>data/time/office.tsv</c>). A head of state named without either says nothing: the
/// person was known before and after the term.
/// </summary>
internal sealed class EraFinder
{
    private const string ErasFile = "time/eras.tsv";
    private const string OfficeFile = "time/office.tsv";

    // "le président de la transition, le colonel X": a title this close before the name, or right after it ("X, président du Niger").
    private const int TitleReach = 4;

    // "الانقلاب الذي أطاح في 26 تموز/يوليو الماضي بالرئيس X": an ousting verb reaches further back in its sentence.
    private const int OustedReach = 10;

    private readonly PhraseMatcher<Named> _names;
    private readonly PhraseMatcher<OfficeCue> _cues;

    private EraFinder(PhraseMatcher<Named> names, PhraseMatcher<OfficeCue> cues)
    {
        _names = names;
        _cues = cues;
    }

    private enum OfficeCue
    {
        Title,
        Former,
        Ousted,
    }

    /// <summary>A name and what it stands for; a head of state's surname counts only after the full name.</summary>
    private sealed record Named(string Id, bool Office, DateOnly From, DateOnly? To, bool Surname);

    public static EraFinder Load(ResourceStore resources)
    {
        var names = new List<(string, Named)>();
        foreach (var row in TsvTable.Read(resources, ErasFile, "id", "from", "to", "aliases_ar", "aliases_fr", "aliases_en", "source").Rows)
        {
            var named = new Named(row["id"], false, Day(row, "from", end: false), row.Optional("to") is null ? null : Day(row, "to", end: false), false);
            names.AddRange(row.List("aliases_ar").Concat(row.List("aliases_fr")).Concat(row.List("aliases_en")).Select(alias => (alias, named)));
        }

        var surnames = new Dictionary<string, List<Named>>(StringComparer.Ordinal);
        foreach (var row in TsvTable.Read(resources, "actors/persons.tsv", "id", "name", "aliases_ar", "aliases_latin", "group", "role", "from", "to").Rows)
        {
            if (row.Optional("group")?.EndsWith("-government", StringComparison.Ordinal) != true || row.Optional("role") != "leader" || row.Optional("from") is null)
            {
                continue;
            }

            var named = new Named(row["id"], true, Day(row, "from", end: false), row.Optional("to") is null ? null : Day(row, "to", end: true), false);
            var all = new[] { row["name"] }.Concat(row.List("aliases_ar")).Concat(row.List("aliases_latin")).ToList();
            names.AddRange(all.Select(alias => (alias, named)));
            foreach (var surname in all.Where(a => a.Contains(' ', StringComparison.Ordinal)).Select(a => a[(a.LastIndexOf(' ') + 1)..]).Distinct(StringComparer.Ordinal))
            {
                (surnames.TryGetValue(surname, out var list) ? list : surnames[surname] = []).Add(named with { Surname = true });
            }
        }

        // A surname two heads of state share (Déby, father and son) names neither.
        names.AddRange(surnames.Where(s => s.Value.Count == 1).Select(s => (s.Key, s.Value[0])));
        var cues = TsvTable.Read(resources, OfficeFile, "phrase", "kind").Rows.Select(row => (row["phrase"], Enum.TryParse<OfficeCue>(row["kind"], ignoreCase: true, out var cue)
            ? cue
            : throw row.Fail($"unknown kind '{row["kind"]}'")));
        return new EraFinder(new PhraseMatcher<Named>(names), new PhraseMatcher<OfficeCue>(cues));
    }

    public ImmutableArray<EraMention> Find(TextDocument doc)
    {
        var matches = _names.FindLongest(doc);
        if (matches.Count == 0)
        {
            return [];
        }

        var cues = _cues.FindLongest(doc);
        var full = matches.Where(m => !m.Payload.Surname).Select(m => m.Payload.Id).ToHashSet(StringComparer.Ordinal);
        var eras = ImmutableArray.CreateBuilder<EraMention>();
        foreach (var match in matches.Where(m => !m.Payload.Surname || full.Contains(m.Payload.Id)))
        {
            var named = match.Payload;
            var span = doc.SpanOfTokens(match.FirstToken, match.EndToken);
            if (!named.Office)
            {
                eras.Add(new EraMention(span, match.FirstToken, match.EndToken, named.Id, EraKind.Exists, named.From, named.To));
            }
            else if (OfficeOf(doc, match, cues) is { } kind && (kind == EraKind.InOffice || named.To is not null))
            {
                eras.Add(new EraMention(span, match.FirstToken, match.EndToken, named.Id, kind, named.From, named.To));
            }
        }

        return eras.ToImmutable();
    }

    // Former or ousted beats the title it usually comes with ("l'ancien président", "الرئيس المخلوع").
    private static EraKind? OfficeOf(TextDocument doc, PhraseMatch<Named> name, List<PhraseMatch<OfficeCue>> cues)
    {
        var sentence = doc.SentenceOf(name.FirstToken);
        var near = cues.Where(c => doc.SentenceOf(c.FirstToken) == sentence).ToList();
        var title = near.Where(c => c.Payload == OfficeCue.Title && Within(c, name, TitleReach)).ToList();
        var former = near.Exists(c => c.Payload == OfficeCue.Former && (Within(c, name, 1) || title.Exists(t => Within(c, t, 1))));
        var ousted = near.Exists(c => c.Payload == OfficeCue.Ousted && (c.EndToken <= name.FirstToken ? name.FirstToken - c.EndToken <= OustedReach : Within(c, name, TitleReach)));
        return former || ousted ? EraKind.AfterOffice : title.Count > 0 ? EraKind.InOffice : null;
    }

    /// <summary>True when <paramref name="a"/> ends at most <paramref name="reach"/> tokens before <paramref name="b"/> starts, or starts as close after it.</summary>
    private static bool Within<TA, TB>(PhraseMatch<TA> a, PhraseMatch<TB> b, int reach) =>
        a.EndToken <= b.FirstToken ? b.FirstToken - a.EndToken <= reach : a.FirstToken >= b.EndToken && a.FirstToken - b.EndToken <= reach;

    // "2013-04-25", "2021-05", "2017": a day, or the first (or, for an end, the last) day of the month or year.
    private static DateOnly Day(TsvRow row, string column, bool end)
    {
        var text = row[column];
        var parts = text.Split('-');
        if (parts.Length > 3 || !parts.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            throw row.Fail($"'{column}' is not a date: {text}");
        }

        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var month = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : end ? 12 : 1;
        var day = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : end ? DateTime.DaysInMonth(year, month) : 1;
        return new DateOnly(year, month, day);
    }
}
