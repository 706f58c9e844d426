using Marsad.Text;

namespace Marsad.Actors;

public sealed partial class PersonRecognizer
{
    /// <summary>
    /// The catalogued person an Arabic name the catalogue does not spell out is another spelling of: a name that starts as one of
    /// his aliases and ends as it, a father's name more or a particle less between ("أغ" left out: "باه موسى" for "باه أغ
    /// موسى"), or the first two words or more of an alias that does not start with a kunya ("عدنان أبو وليد"). Only a
    /// name that fits one person is his.
    /// </summary>
    private Person? CatalogueSpelling(TextDocument doc, (int First, int End, int PrefixLength) name)
    {
        var words = Enumerable.Range(name.First, name.End - name.First).Select(doc.TokenString).ToArray();
        words[0] = words[0][name.PrefixLength..]; // "وباه موسى": the name without its "و"
        if (words.Length < 2 || !_aliasesByFirstWord.TryGetValue(words[0], out var aliases))
        {
            return null;
        }

        var fits = aliases.Where(a => SameEnds(words, a.Words) || IsLeadingPart(words, a.Words)).Select(a => a.Person).DistinctBy(p => p.Id).Take(2).ToList();
        return fits.Count == 1 ? fits[0] : null;
    }

    /// <summary>
    /// "عدنان أبو وليد": a kunya read as the name, right after a word nobody claimed, is the catalogued person whose alias starts
    /// with that word and the kunya; the word is then part of the name.
    /// </summary>
    private (int First, int End, int PrefixLength) WithGivenNameBefore(TextDocument doc, (int First, int End, int PrefixLength) name, bool[] taken)
    {
        var before = name.First - 1;
        var kunya = IsNameParticle(doc.TokenString(name.First));
        if (!kunya || name.PrefixLength > 0 || before < 0 || taken[before] || doc.Tokens[before].Kind != TokenKind.Arabic || doc.SentenceOf(before) != doc.SentenceOf(name.First))
        {
            return name;
        }

        var prefix = doc.Readings(before).FirstOrDefault(r => r.Prefix is "" or "و" or "ف" && _aliasesByFirstWord.ContainsKey(r.Stem));
        var extended = (First: before, name.End, PrefixLength: prefix.StemStart);
        return prefix.Stem is not null && CatalogueSpelling(doc, extended) is not null ? extended : name;
    }

    /// <summary>
    /// Same first and last words, and the alias read in order with one word more (a father's name) or one particle less; never
    /// another word in its place ("أبو قتادة الصحراوي" is not "أبو وليد الصحراوي") nor a name less ("آمادو سانوغو" is anyone).
    /// </summary>
    private bool SameEnds(string[] words, string[] alias) =>
        words[0] == alias[0] && words[^1] == alias[^1]
        && (words.Length - alias.Length == 1 && InOrder(alias, words)
            || alias.Length - words.Length == 1 && InOrder(words, alias) && alias.Except(words, StringComparer.Ordinal).All(IsNameParticle));

    /// <summary>Every word of <paramref name="part"/> found in <paramref name="whole"/>, in the same order.</summary>
    private static bool InOrder(string[] part, string[] whole)
    {
        var at = 0;
        foreach (var word in whole)
        {
            if (at < part.Length && part[at] == word)
            {
                at++;
            }
        }

        return at == part.Length;
    }

    private bool IsLeadingPart(string[] words, string[] alias) =>
        words.Length < alias.Length && !IsNameParticle(words[0]) && alias.Take(words.Length).SequenceEqual(words);

    /// <summary>أبو، بن، ولد، أغ: a word that only links the parts of a name.</summary>
    private bool IsNameParticle(string word) => _names.TryGetValue(word, out var kind) && kind == NameKind.Particle;

    /// <summary>The catalogue's Arabic aliases of two words or more, folded word by word, by their first word.</summary>
    private static Dictionary<string, List<(string[] Words, Person Person)>> AliasesByFirstWord(IEnumerable<(string Alias, Person Person)> known) =>
        known.Where(k => k.Alias.Any(c => c is >= '\u0621' and <= '\u064A'))
            .Select(k => (Words: k.Alias.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(CharFolding.Fold).ToArray(), k.Person))
            .Where(k => k.Words.Length >= 2)
            .GroupBy(k => k.Words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
}
