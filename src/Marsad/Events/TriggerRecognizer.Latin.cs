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

    /// <summary>« ont été tués », "were killed", "had been abducted": a passive auxiliary shortly before the participle.</summary>
    private bool IsLatinPassive(TextDocument doc, int trigger) => AnyBefore(doc, trigger, AuxiliaryReach, SyntaxRole.Auxiliary);

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

    private bool AnyBefore(TextDocument doc, int trigger, int reach, SyntaxRole role)
    {
        for (var t = trigger - 1; t >= 0 && t >= trigger - reach && doc.Tokens[t].IsWord; t--)
        {
            if (_syntax.Is(doc.Language, doc.TokenString(t), role))
            {
                return true;
            }
        }

        return false;
    }
}
