using Marsad.Lexicon;
using Marsad.Text;

namespace Marsad.Places;

internal sealed partial class MentionScan
{
    private const int MaxNameWords = 4;
    private const int MaxKey = 128;
    private const int MinSoundAlikeLetters = 4;
    private const int MinShortName = 3;
    private const float ProminentShortName = 0.75f;

    // How much less well a longer span may spell its name, per word it adds, and still win: two words that sound like one
    // two-word name are far likelier that name than their first word is a one-word namesake (باجا سولا is Baga Sola, not Baja).
    private const double LongerSpanAllowancePerWord = 0.05;

    /// <summary>
    /// An Arabic name at token <paramref name="i"/>: the longest exact name, merged (when the
    /// words before it say a place follows) with the Latin names it spells, so that بوني can be
    /// Mali's Boni as well as the Poni whose Arabic name it is.
    /// </summary>
    private NameMatch? FindArabic(int i, Licence licence, bool coordinated, bool exactOnly)
    {
        var ends = NameEnds(_doc, i);
        var exact = Exact(i, ends, licence, coordinated);
        if (exactOnly)
        {
            return exact;
        }


        // An exact name is itself a sign that a place is named here: "غاو" is Gao Region's Arabic name, and the town's.
        var soundLicence = exact is null ? licence : Max(licence, Licence.Weak);
        var sounding = soundLicence == Licence.None && !coordinated ? null : SoundAlike(i, ends, soundLicence, coordinated);
        if (exact is null || sounding is null)
        {
            return exact ?? sounding;
        }

        // A country's own name is not a misspelling of a village (مالي is Mali, not Niger's Malé).
        if (sounding.EndToken < exact.EndToken || exact.Candidates.Exists(c => c.Place.Kind == PlaceKind.Country))
        {
            return exact;
        }

        var merged = exact.Candidates.Concat(sounding.Candidates.Where(s => !exact.Candidates.Exists(e => e.Entry == s.Entry))).ToList();
        merged.Sort((a, b) => b.Score.CompareTo(a.Score));
        return sounding with { Candidates = merged, Licence = Max(exact.Licence, sounding.Licence) };
    }

    private NameMatch? Exact(int i, List<int> ends, Licence licence, bool coordinated)
    {
        Span<char> key = stackalloc char[MaxKey];
        var startsWithCue = _hits.StartingAt(i, CueRole.Cue) is not null;
        foreach (var reading in Readings(i, coordinated))
        {
            var readingLicence = Max(licence, PrefixLicence(reading.Prefix, coordinated));
            for (var e = ends.Count - 1; e >= 0; e--)
            {
                var length = Key(_doc, reading, i, ends[e], key);
                if (length > 0 && _finder.Admit(_gazetteer.Named(key[..length]), readingLicence, startsWithCue) is { Count: > 0 } candidates)
                {
                    return Match(_doc, i, ends[e], reading, candidates, startsWithCue ? Licence.Strong : readingLicence);
                }
            }
        }

        return null;
    }

    private NameMatch? SoundAlike(int i, List<int> ends, Licence licence, bool coordinated)
    {
        Span<char> key = stackalloc char[MaxKey];
        NameMatch? best = null;
        var bestScore = 0.0;
        foreach (var reading in _doc.Readings(i))
        {
            var readingLicence = Max(licence, PrefixLicence(reading.Prefix, coordinated));
            if (readingLicence == Licence.None || reading.Prefix.EndsWith("ال", StringComparison.Ordinal) || reading.Stem.StartsWith("ال", StringComparison.Ordinal))
            {
                continue; // foreign names do not take the article
            }

            var penalty = IsConjunction(reading, i, coordinated) ? 0 : reading.Prefix.Length > 0 || coordinated && _doc.TokenText(i).StartsWith("و") ? PlaceScores.StrippedReading : 0;
            foreach (var end in ends)
            {
                if (LooksTransliterated(reading.Stem, i, end, readingLicence) is not { } letters)
                {
                    break;
                }

                // Three letters (قاو، ماو) are too few to tell a name from a word, but for a town of some size after a place word.
                if (letters < MinSoundAlikeLetters && readingLicence < Licence.Strong)
                {
                    continue;
                }

                var length = Key(_doc, reading, i, end, key);
                var phonemes = Phonetics.FromArabic(key[..length]);
                var candidates = _finder.Sounding(phonemes, readingLicence, penalty, letters < MinSoundAlikeLetters ? ProminentShortName : 0, Phonetics.EndsOnConsonant(key[..length]));
                var top = candidates.Count > 0 ? candidates.Max(c => c.NameScore) : 0;

                // A longer span that spells a name about as well wins: مالام فاتوري is Malam Fatori, not Mallam.
                if (top > bestScore + 0.01 || (top > 0 && best is not null && end > best.EndToken
                    && top >= bestScore - LongerSpanAllowancePerWord * (end - best.EndToken)))
                {
                    bestScore = top;
                    best = Match(_doc, i, end, reading, candidates, readingLicence);
                }
            }
        }

        return best;
    }

    /// <summary>
    /// The letters of tokens <c>[i, end)</c> (the first read as <paramref name="stem"/>) when they can be a
    /// foreign name written in Arabic letters: such names spell their vowels (تيرا، بولسا), while
    /// ordinary words often do not (تقع، فتح); they do not end like Arabic feminine or plural nouns
    /// (عملية، مسلحون، جماعات، فناء) or carry pronoun suffixes; and they are not words listed as never names.
    /// Right after a place word (<paramref name="licence"/> strong) a name may end in ون (قرية كولوغون): no plural stands there.
    /// Null when they cannot, or have fewer than three letters.
    /// </summary>
    private int? LooksTransliterated(string stem, int i, int end, Licence licence)
    {
        var letters = 0;
        for (var t = i; t < end; t++)
        {
            var word = t == i ? stem.AsSpan() : _doc.TokenText(t);
            if (!_doc.Tokens[t].IsWord)
            {
                continue;
            }

            letters += word.Length;
            var original = _doc.SpanOfTokens(t, t + 1);
            if (_gazetteer.IsNeverAName(word) || t > i && _gazetteer.IsCommonWord(word) || word[1..].IndexOfAny("اوي") < 0 || _doc.Original[original.End - 1] == 'ة'
                || word.EndsWith("ون") && (t > i || licence < Licence.Strong) || word.EndsWith("ات") || word.EndsWith("ها") || word.EndsWith("هم") || word.EndsWith("اء"))
            {
                return null;
            }
        }

        return letters >= MinShortName ? letters : null;
    }

    /// <summary>The candidate ends of a name starting at <paramref name="i"/>: after each of up to four words of the same script, joined by nothing but hyphens.</summary>
    private static List<int> NameEnds(TextDocument doc, int i)
    {
        var ends = new List<int>(MaxNameWords);
        var kind = doc.Tokens[i].Kind;
        var t = i;
        while (t < doc.Tokens.Length && ends.Count < MaxNameWords)
        {
            if (doc.Tokens[t].Kind != kind)
            {
                break;
            }

            ends.Add(t + 1);
            t++;
            if (t + 1 < doc.Tokens.Length && doc.IsPunct(t, '-') && !doc.Tokens[t].SpaceBefore && !doc.Tokens[t + 1].SpaceBefore)
            {
                t++; // ليبتاكو-غورما
            }
        }

        return ends;
    }

    /// <summary>The compact key of tokens <c>[i, end)</c> with the first token read as <paramref name="reading"/>; 0 when too long.</summary>
    private static int Key(TextDocument doc, CliticReading reading, int i, int end, Span<char> key)
    {
        var length = NameKeys.Append(reading.Stem, key, 0);
        for (var t = i + 1; t < end && length >= 0; t++)
        {
            length = NameKeys.Append(doc.TokenText(t), key, length);
        }

        return Math.Max(length, 0);
    }

    private static NameMatch Match(TextDocument doc, int i, int end, CliticReading reading, List<PlaceCandidate> candidates, Licence licence) =>
        new(i, end, doc.Tokens[i].NormStart + reading.StemStart, doc.Tokens[end - 1].NormEnd, candidates, licence);

    /// <summary>
    /// The readings of token <paramref name="i"/>; in a list ("X وY"), the one that reads its و as "and" first, so that
    /// the name is found as if written bare (ودوينتزا is Douentza).
    /// </summary>
    /// <param name="i">The token.</param>
    /// <param name="coordinated">Whether it continues a list of places.</param>
    /// <param name="conjunctionOnly">Only the readings that take the و for "and": a word no entry has must be a name without it (والمناطق is "and the regions").</param>
    private IEnumerable<CliticReading> Readings(int i, bool coordinated, bool conjunctionOnly = false)
    {
        var readings = _doc.Readings(i);
        if (!coordinated || !_doc.TokenText(i).StartsWith("و"))
        {
            return readings;
        }

        return conjunctionOnly ? readings.Where(r => r.Prefix.StartsWith('و')) : readings.OrderBy(r => !IsConjunction(r, i, coordinated));
    }

    /// <summary>True for the reading of a listed token that takes its first letter for the conjunction و and nothing else.</summary>
    private bool IsConjunction(CliticReading reading, int i, bool coordinated) =>
        coordinated && reading.Prefix == "و" && _doc.TokenText(i).StartsWith("و");

    private static Licence PrefixLicence(string prefix, bool coordinated)
    {
        var particles = Particles(prefix);
        if (particles.Contains('ب') || particles.Contains('ل'))
        {
            return Licence.Weak; // بمالي، لمدينة
        }

        return coordinated && prefix.StartsWith('و') ? Licence.Weak : Licence.None;
    }

    private static Licence Max(Licence a, Licence b) => a > b ? a : b;

    /// <summary>True when a word's proclitics end in a preposition (ببلدة، لمدينة، كالقرية): the place is no verb's object.</summary>
    private static bool PrepositionClitic(string prefix) => Particles(prefix).IndexOfAny(['ب', 'ل', 'ك']) >= 0;

    /// <summary>The particles of a proclitic, without the article: و، ب، ل، ك، ف.</summary>
    private static string Particles(string prefix) => prefix.EndsWith("ال", StringComparison.Ordinal) ? prefix[..^2] : prefix;
}
