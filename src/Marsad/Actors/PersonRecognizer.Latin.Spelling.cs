using System.Text;
using Marsad.Resources;
using Marsad.Text;

namespace Marsad.Actors;

public sealed partial class PersonRecognizer
{
    /// <summary>The letters of <c>lexicon/ar/latin_letters.tsv</c>: inside a word, at its start, at its end.</summary>
    private sealed record LatinLetters(Dictionary<char, (string Inside, string Initial, string Final)> Letters)
    {
        public static LatinLetters Load(ResourceStore store) => new(TsvTable.Read(store, "lexicon/ar/latin_letters.tsv", "letter").Rows.ToDictionary(
            row => row["letter"].Length == 1 ? row["letter"][0] : throw row.Fail($"'{row["letter"]}' is not one letter"),
            row => (row.Optional("latin") ?? "", row.Optional("initial") ?? row.Optional("latin") ?? "", row.Optional("final") ?? row.Optional("latin") ?? "")));

        /// <param name="folded">The folded word.</param>
        /// <param name="arabic">An Arabic word (a nisba): it never starts with two consonants, so a vowel goes between them (صحراوي → Sahraoui).</param>
        public string Spell(string folded, bool arabic = false)
        {
            var latin = new StringBuilder(folded.Length * 2);
            for (var i = 0; i < folded.Length; i++)
            {
                if (i == folded.Length - 1 && i >= 2 && !IsVowel(folded[i]) && !IsVowel(folded[i - 1]))
                {
                    latin.Append('e'); // a name does not end on two consonants: مومن → Moumen, القاسم → al-Qasem
                }

                if (Letters.TryGetValue(folded[i], out var letter))
                {
                    latin.Append(i == 0 ? letter.Initial : i == folded.Length - 1 ? letter.Final : letter.Inside);
                }

                if (arabic && i == 0 && folded.Length > 2 && !IsVowel(folded[0]) && !IsVowel(folded[1]))
                {
                    latin.Append('a');
                }
            }

            return latin.Length == 0 ? folded : char.ToUpperInvariant(latin[0]) + latin.ToString(1, latin.Length - 1);
        }

        private static bool IsVowel(char letter) => letter is 'ا' or 'و' or 'ي';
    }

    /// <summary>
    /// An Arabic name nobody catalogued, in the Latin spelling Sahel wires use: a listed name or particle by its own
    /// spelling (عثمان → Ousmane, أغ → Ag, ولد → Ould), a nisba as al-X (الصحراوي → al-Sahraoui), any other word letter by letter.
    /// </summary>
    private string Latin(string arabic) => string.Join(' ', arabic.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word =>
    {
        var folded = CharFolding.Fold(word);
        return _latinNames.TryGetValue(folded, out var listed) ? listed
            : folded.StartsWith("ال", StringComparison.Ordinal) && folded.Length > 3 ? "al-" + (_latinNames.GetValueOrDefault(folded[2..]) ?? _letters.Spell(folded[2..], arabic: true))
            : word.Any(CharFolding.IsArabicLetter) ? _letters.Spell(folded) : word;
    }));
}
