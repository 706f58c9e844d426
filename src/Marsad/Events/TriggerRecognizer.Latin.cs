using Marsad.Events.Assembly;
using Marsad.Text;

namespace Marsad.Events;

/// <summary>
/// French and English mark voice, mood and definiteness with separate words before the trigger
/// (« ont été tués », "will attack", "the attack"), listed by role in <c>data/lexicon/LANG/syntax.tsv</c>.
/// </summary>
public sealed partial class TriggerRecognizer
{
    // Words that may sit between an auxiliary or determiner and the trigger: "were reportedly killed", « ont tous été tués ».
    private const int AuxiliaryReach = 3;

    /// <summary>
    /// « ont été tués », "were killed", "had been abducted": a passive auxiliary shortly before the verb; or a
    /// French past participle without the auxiliary of the active perfect (« trois fidèles enlevés fin janvier »).
    /// </summary>
    private bool IsLatinPassive(TextDocument doc, int trigger, bool participle) =>
        AnyBefore(doc, trigger, AuxiliaryReach, SyntaxRole.Auxiliary) || participle && !AnyBefore(doc, trigger, AuxiliaryReach, SyntaxRole.Perfect);

    /// <summary>
    /// "Eleven soldiers killed in an attack", "two aid workers kidnapped near Gao": a verb that takes the people it kills or
    /// takes, followed at once by a word that no object starts with, has none; it is a passive written without its auxiliary.
    /// Only languages that list such words (English) read it so: French marks its participles apart.
    /// </summary>
    private bool HasNoObject(TextDocument doc, int end) =>
        end < doc.Tokens.Length && doc.Tokens[end].IsWord && _syntax.Is(doc.Language, doc.TokenString(end), SyntaxRole.ObjectlessPassive);

    /// <summary>"will attack", « pourraient viser »: a future or modal auxiliary shortly before the verb.</summary>
    private bool IsLatinModal(TextDocument doc, int trigger) => AnyBefore(doc, trigger, 2, SyntaxRole.Modal);

    /// <summary>"the attack", « l'attaque », « cette frappe »: a definite determiner right before the noun (an apostrophe between).</summary>
    private bool IsLatinDefinite(TextDocument doc, int trigger)
    {
        var before = trigger - 1;
        if (before >= 0 && doc.IsPunct(before, '\''))
        {
            before--;
        }

        return before >= 0 && doc.Tokens[before].IsWord && _syntax.Is(doc.Language, doc.TokenString(before), SyntaxRole.Definite);
    }

    /// <summary>« avoir visé … et « neutralisé » »: a verb joined to the one before by « et » / "and" shares its voice.</summary>
    private bool JoinsPreviousVerb(TextDocument doc, int trigger) =>
        WordsBefore(doc, trigger).DefaultIfEmpty(-1).First() is var t && t >= 0 && _syntax.Is(doc.Language, doc.TokenString(t), SyntaxRole.And);

    private bool AnyBefore(TextDocument doc, int trigger, int reach, SyntaxRole role) =>
        WordsBefore(doc, trigger).Take(reach).Any(t => _syntax.Is(doc.Language, doc.TokenString(t), role));

    /// <summary>The words before a token, nearest first, past quotation marks, up to the first other punctuation.</summary>
    private static IEnumerable<int> WordsBefore(TextDocument doc, int index)
    {
        for (var t = index - 1; t >= 0; t--)
        {
            if (doc.Tokens[t].IsWord)
            {
                yield return t;
            }
            else if (!IsQuote(doc, t))
            {
                yield break;
            }
        }
    }

    private static bool IsQuote(TextDocument doc, int t) =>
        doc.Tokens[t].Kind == TokenKind.Punct && doc.Folded[doc.Tokens[t].NormStart] is '«' or '»' or '"' or '“' or '”';
}
