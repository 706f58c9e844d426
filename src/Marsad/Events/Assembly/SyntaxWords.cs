using Marsad.Resources;
using Marsad.Text;

namespace Marsad.Events.Assembly;

/// <summary>The syntactic roles of function words (see <c>data/lexicon/LANG/syntax.tsv</c>).</summary>
internal enum SyntaxRole
{
    Between,
    Of,
    In,
    Belonging,
    Relative,
    Preposition,
    Accompany,
    Any,
    GroupNoun,
}

/// <summary>Function words by language and role: the grammar event assembly relies on, kept as data.</summary>
internal sealed class SyntaxWords
{
    private readonly Dictionary<Language, Dictionary<SyntaxRole, HashSet<string>>> _words;

    private SyntaxWords(Dictionary<Language, Dictionary<SyntaxRole, HashSet<string>>> words) => _words = words;

    public static SyntaxWords Load(ResourceStore store)
    {
        var words = new Dictionary<Language, Dictionary<SyntaxRole, HashSet<string>>>();
        foreach (var (language, code) in new[] { (Language.Arabic, "ar"), (Language.French, "fr"), (Language.English, "en") })
        {
            var byRole = new Dictionary<SyntaxRole, HashSet<string>>();
            foreach (var row in TsvTable.Read(store, $"lexicon/{code}/syntax.tsv", "word", "role").Rows)
            {
                var role = Enum.TryParse<SyntaxRole>(row["role"].Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var r) ? r : throw row.Fail($"unknown role '{row["role"]}'");
                if (!byRole.TryGetValue(role, out var set))
                {
                    byRole[role] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(CharFolding.Fold(row["word"]));
            }

            words[language] = byRole;
        }

        return new SyntaxWords(words);
    }

    /// <summary>True when the folded <paramref name="word"/> plays <paramref name="role"/> in <paramref name="language"/>.</summary>
    public bool Is(Language language, string word, SyntaxRole role) =>
        _words.TryGetValue(language, out var byRole) && byRole.TryGetValue(role, out var set) && set.Contains(word);
}
