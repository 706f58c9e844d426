using System.Collections.Immutable;
using Marsad.Lexicon;
using Marsad.Resources;
using Marsad.Text;

namespace Marsad.Time;

/// <summary>
/// Finds background constructions (<c>data/time/background.tsv</c>). A pattern is one phrase or two
/// phrases with a gap ("كانت … قد"); the second part must follow within <see cref="MaxGap"/> words
/// in the same sentence, or within <see cref="MaxShortGap"/> after a short gap ("بعد ‥ سنوات من").
/// </summary>
internal sealed class BackgroundCueFinder
{
    private const string File = "time/background.tsv";

    // Room for a subject with a relative clause: "ويأتي الهجوم الذي استهدف ثكنة للدرك قرب الحدود مع النيجر، بعد".
    private const int MaxGap = 12;
    private const string Gap = "…";

    // Room for a hedge or a count before a unit ("بعد نحو شهر من", "بعد أربع سنوات من", « trois ans après »), not for a clause.
    private const int MaxShortGap = 2;
    private const string ShortGap = "‥";

    private readonly PhraseMatcher<(int Pattern, int Part)> _parts;
    private readonly ImmutableArray<(BackgroundCueKind Kind, int? Gap)> _patterns;

    private BackgroundCueFinder(PhraseMatcher<(int, int)> parts, ImmutableArray<(BackgroundCueKind, int?)> patterns)
    {
        _parts = parts;
        _patterns = patterns;
    }

    public static BackgroundCueFinder Load(ResourceStore resources)
    {
        var parts = new List<(string, (int, int))>();
        var patterns = ImmutableArray.CreateBuilder<(BackgroundCueKind, int?)>();
        foreach (var (line, fields) in TsvReader.Read(resources, File, "phrase", "kind"))
        {
            var origin = $"{resources.Describe(File)}:{line}";
            if (!Enum.TryParse<BackgroundCueKind>(fields[1].Replace("_", "", StringComparison.Ordinal), true, out var kind))
            {
                throw new InvalidDataException($"{origin}: unknown kind '{fields[1]}'");
            }

            var gap = fields[0].Contains(ShortGap, StringComparison.Ordinal) ? MaxShortGap : MaxGap;
            var pieces = fields[0].Split([Gap, ShortGap], StringSplitOptions.TrimEntries);
            if (pieces.Length > 2 || pieces.Any(p => p.Length == 0))
            {
                throw new InvalidDataException($"{origin}: a pattern is a phrase, or two phrases around one '{Gap}' or '{ShortGap}'");
            }

            for (var k = 0; k < pieces.Length; k++)
            {
                parts.Add((pieces[k], (patterns.Count, k)));
            }

            patterns.Add((kind, pieces.Length == 2 ? gap : null));
        }

        return new BackgroundCueFinder(new PhraseMatcher<(int, int)>(parts), patterns.ToImmutable());
    }

    public ImmutableArray<BackgroundCue> Find(TextDocument doc)
    {
        var cues = ImmutableArray.CreateBuilder<BackgroundCue>();
        var buffer = new List<PhraseMatch<(int Pattern, int Part)>>();
        var taken = -1;
        for (var i = 0; i < doc.Tokens.Length; i++)
        {
            buffer.Clear();
            _parts.FindAt(doc, i, buffer);
            // The pattern that matches the most words wins: « survient … semaines après » over « survient … après ». One may start
            // inside the cue before it only to reach beyond it: "يأتي … بعد" then "بعد ‥ شهر من" (the gap held a hedge).
            var best = buffer.Where(m => m.Payload.Part == 0)
                .Select(m => (Kind: _patterns[m.Payload.Pattern].Kind, Found: _patterns[m.Payload.Pattern].Gap is { } gap ? SecondPart(doc, m.Payload.Pattern, m.EndToken, gap) : (End: m.EndToken, Words: 0), Head: m.EndToken - i))
                .Where(c => c.Found.End > 0 && (i > taken || c.Found.End - 1 > taken))
                .OrderByDescending(c => c.Head + c.Found.Words).ThenByDescending(c => c.Found.End)
                .FirstOrDefault();
            if (best.Found.End > 0)
            {
                cues.Add(new BackgroundCue(doc.SpanOfTokens(i, best.Found.End), i, best.Found.End, best.Kind));
                taken = best.Found.End - 1;
            }
        }

        return cues.ToImmutable();
    }

    /// <summary>Where the second part of a gapped pattern ends and how many words it has; an end of -1 when it is not found.</summary>
    private (int End, int Words) SecondPart(TextDocument doc, int pattern, int from, int maxGap)
    {
        var buffer = new List<PhraseMatch<(int Pattern, int Part)>>();
        var sentence = doc.SentenceOf(from - 1);
        for (var i = from; i < doc.Tokens.Length && i <= from + maxGap && doc.SentenceOf(i) == sentence; i++)
        {
            buffer.Clear();
            _parts.FindAt(doc, i, buffer);
            if (buffer.FirstOrDefault(m => m.Payload == (pattern, 1)) is { EndToken: > 0 } second)
            {
                return (second.EndToken, second.EndToken - i);
            }
        }

        return (-1, 0);
    }
}
