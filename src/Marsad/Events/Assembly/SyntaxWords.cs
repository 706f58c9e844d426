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

    /// <summary>A determiner that makes the event noun after it refer back (the, l', cette).</summary>
    Definite,

    /// <summary>A passive auxiliary before a participle (été, were, been).</summary>
    Auxiliary,

    /// <summary>An auxiliary of the active perfect (ont, has): the participle after it is active.</summary>
    Perfect,

    /// <summary>A future or modal auxiliary: the verb after it has not happened (will, pourrait).</summary>
    Modal,

    /// <summary>A coordinating conjunction (et, and): counts joined by it add up.</summary>
    And,

    /// <summary>A possessive determiner (son, its): the owner of the noun after it was named before.</summary>
    Possessive,

    /// <summary>An indefinite article that is the figure one only before a noun of people (a, une).</summary>
    Indefinite,

    GroupNoun,

    /// <summary>ville, town: a definite one ("retook the town") refers back to a place already named.</summary>
    TownNoun,

    /// <summary>بلدات، villes, towns: unnamed places in the plural; control taken over them tallies several changes, not one.</summary>
    PlacesNoun,

    /// <summary>during, lors: the event noun after it is the occasion of the verb before it.</summary>
    During,

    /// <summary>هذه، this, ces: the event noun after it names incidents already told.</summary>
    Demonstrative,

    /// <summary>تعرض: the one named after it underwent the event noun that follows (تعرض معسكر للجيش لهجوم).</summary>
    Undergo,

    /// <summary>إن، que, that: opens what someone said; a date just before it dates the saying.</summary>
    That,

    /// <summary>ل، de, of: introduces the owner of an event noun (هجوم لـ«داعش», « frappe de l'armée »); Arabic also writes it as a prefix.</summary>
    Owner,

    /// <summary>حيث، بينما، while, tandis: opens a clause that tells something beside the main one; a date in it dates that clause only.</summary>
    Subordinate,

    /// <summary>هو، هي: a personal pronoun that resumes the noun told before ("X، وهو أحد قادة Y" still tells about X).</summary>
    Pronoun,

    /// <summary>والده، شقيقه: a kinship noun; the person it introduces is a relative of the one told about, not him.</summary>
    Kin,

    /// <summary>الجديدة، nouveau, new: "the new group" is the one a merger just formed, not the last one named.</summary>
    New,

    /// <summary>base, camp, caserne, home: a post or home; "rejoint la base" is reaching it, not joining a group.</summary>
    Post,

    /// <summary>ledit, ladite, aforementioned: the noun after it is a participant already told.</summary>
    RefersBack,

    /// <summary>
    /// in, by, near: right after a verb of killing or taking ("11 soldiers killed in an attack"), it shows the verb has no
    /// object, so the verb is a passive written without its auxiliary (headlines, reduced relatives).
    /// </summary>
    ObjectlessPassive,

    /// <summary>على، ضد: introduces what an event noun was aimed at; the bare genitive before it is the noun's author (هجوم الجماعة على البلدة).</summary>
    Against,

    /// <summary>قوات، forces: a word for forces that names a country's forces only with a demonym (قوات نيجرية).</summary>
    ForceNoun,

    /// <summary>كان، كانت: a past copula; a career told with it and no subject named (كان قائدا سابقا في Y) is about the person the text is about.</summary>
    Copula,

    /// <summary>عنه، منها: "from it" after a leaving names the group left by a pronoun; a group named after it belongs to the next clause.</summary>
    FromIt,

    /// <summary>إنه، it, elle: a pronoun opening what a speaker said; the speaker did what it tells (the army said it killed).</summary>
    ReportedSubject,

    /// <summary>آخرون، others, autres: the people a figure counts with it are more besides those counted before; the counts add.</summary>
    Others,
}

/// <summary>Function words by language and role: the grammar event assembly relies on, kept as data.</summary>
internal sealed class SyntaxWords
{
    private readonly Dictionary<Language, Dictionary<SyntaxRole, HashSet<string>>> _words;
    private readonly Dictionary<Language, GrammarProfile> _grammars;

    private SyntaxWords(Dictionary<Language, Dictionary<SyntaxRole, HashSet<string>>> words, Dictionary<Language, GrammarProfile> grammars) =>
        (_words, _grammars) = (words, grammars);

    public static SyntaxWords Load(ResourceStore store)
    {
        var words = new Dictionary<Language, Dictionary<SyntaxRole, HashSet<string>>>();
        var grammars = new Dictionary<Language, GrammarProfile>();
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
            grammars[language] = GrammarProfile.Load(store, code);
        }

        return new SyntaxWords(words, grammars);
    }

    /// <summary>True when the folded <paramref name="word"/> plays <paramref name="role"/> in <paramref name="language"/>.</summary>
    public bool Is(Language language, string word, SyntaxRole role) =>
        _words.TryGetValue(language, out var byRole) && byRole.TryGetValue(role, out var set) && set.Contains(word);

    /// <summary>« la ville », "the town": a town noun after a determiner, which names a town already told.</summary>
    public bool IsTownToldBefore(TextDocument doc, int token) =>
        token > 0 && token < doc.Tokens.Length && Is(doc.Language, doc.TokenString(token), SyntaxRole.TownNoun) && Is(doc.Language, doc.TokenString(token - 1), SyntaxRole.Definite);

    /// <summary>True when the clitic <paramref name="prefix"/> of a word ends with a word of <paramref name="role"/> (للجيش: ل).</summary>
    public bool EndsWithClitic(Language language, string prefix, SyntaxRole role)
    {
        if (prefix.Length == 0 || !_words.TryGetValue(language, out var byRole) || !byRole.TryGetValue(role, out var set))
        {
            return false;
        }

        foreach (var word in set)
        {
            if (prefix.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The argument order of <paramref name="language"/>. A text of no listed language has no function words to read;
    /// it keeps the Arabic profile, the language of most of what Marsad reads.
    /// </summary>
    public GrammarProfile GrammarOf(Language language) => _grammars.TryGetValue(language, out var grammar) ? grammar : _grammars[Language.Arabic];
}
