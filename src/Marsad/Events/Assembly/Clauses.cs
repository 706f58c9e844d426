using System.Collections.Immutable;
using Marsad.Text;

namespace Marsad.Events.Assembly;

/// <summary>
/// Clause boundaries: a sentence splits at commas, semicolons and colons, and before a verb
/// trigger that starts with و or ف (واختطفوا، فقتلوا) — each such verb opens a new clause of the
/// same story.
/// </summary>
internal static class Clauses
{
    public static int[] Segment(TextDocument doc, ImmutableArray<TriggerMention> triggers)
    {
        var verbStarts = triggers.Where(t => t.Form == TriggerForm.Verb && t.Prefix.Length > 0 && t.Prefix[0] is 'و' or 'ف')
            .Select(t => t.FirstToken).ToHashSet();
        var clauses = new int[doc.Tokens.Length];
        var clause = 0;
        var sentence = -1;
        for (var i = 0; i < doc.Tokens.Length; i++)
        {
            var current = doc.SentenceOf(i);
            if (current != sentence || verbStarts.Contains(i))
            {
                clause++;
                sentence = current;
            }

            clauses[i] = clause;
            if (doc.Tokens[i].Kind == TokenKind.Punct && doc.Folded[doc.Tokens[i].NormStart] is '،' or ',' or ';' or '؛' or ':')
            {
                clause++;
            }
        }

        return clauses;
    }
}
