using System.Collections.Immutable;
using Marsad.Text;

namespace Marsad.Events.Assembly;

/// <summary>
/// Clause boundaries: a sentence splits at commas, semicolons and colons, and before a verb
/// trigger that starts with و or ف (واختطفوا، فقتلوا) — each such verb opens a new clause of the
/// same story. An aside does not cut its clause in two: commas inside parentheses split nothing, and
/// where the subject comes before its verb, a part told between commas after it (« 14 personnes,
/// dont un gendarme, ont été tuées », "12 people, including two children, were killed") is a
/// clause of its own after which the one it interrupted goes on.
/// </summary>
internal static class Clauses
{
    public static int[] Segment(TextDocument doc, ImmutableArray<TriggerMention> triggers, ImmutableArray<CueMention> cues, bool subjectBeforeVerb)
    {
        var verbStarts = triggers.Where(t => t.Form == TriggerForm.Verb && t.Prefix.Length > 0 && t.Prefix[0] is 'و' or 'ف')
            .Select(t => t.FirstToken).ToHashSet();
        var asideStarts = subjectBeforeVerb ? cues.Where(c => c.Kind == CueKind.Subset).Select(c => c.FirstToken).ToHashSet() : [];
        var clauses = new int[doc.Tokens.Length];
        var lastClause = 0;
        var clause = 0;
        var sentence = -1;
        var parentheses = 0;
        int? interrupted = null; // the clause an aside between commas broke off
        for (var i = 0; i < doc.Tokens.Length; i++)
        {
            var current = doc.SentenceOf(i);
            if (current != sentence || verbStarts.Contains(i))
            {
                clause = ++lastClause;
                sentence = current;
                parentheses = 0;
                interrupted = null;
            }

            clauses[i] = clause;
            if (doc.Tokens[i].Kind != TokenKind.Punct)
            {
                continue;
            }

            switch (doc.Folded[doc.Tokens[i].NormStart])
            {
                case '(':
                    parentheses++;
                    break;
                case ')':
                    parentheses = Math.Max(0, parentheses - 1);
                    break;
                case '،' or ',' when parentheses == 0 && interrupted is { } resumed:
                    clause = resumed;
                    interrupted = null;
                    break;
                case '،' or ',' or ';' or '؛' or ':' when parentheses == 0:
                    interrupted = asideStarts.Contains(i + 1) && doc.Folded[doc.Tokens[i].NormStart] is '،' or ',' ? clause : null;
                    clause = ++lastClause;
                    break;
            }
        }

        return clauses;
    }
}
