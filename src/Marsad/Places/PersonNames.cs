using System.Collections.Immutable;
using Marsad.Text;

namespace Marsad.Places;

/// <summary>
/// Places and persons share names (كيتا is Keita and Kita, سيلا a Chadian region and a minister's name). Persons are
/// read after the places a place word or preposition announces, and before the others; a name a person holds is then
/// no place unless a place word, relation or direction comes before it.
/// </summary>
internal static class PersonNames
{
    /// <summary>True when the mention's words are a place before any person is read: announced by a word before it, or a dateline.</summary>
    public static bool ClaimsBeforePersons(PlaceMention mention) =>
        mention.Candidates.Length > 0 && (mention.Announced || mention.Dateline);

    /// <summary>
    /// The mentions that are not persons: none inside a person's name ("حسن سيلا بكاري"), nor a lone word that ends the
    /// name of a person the text names ("كيتا" after "إبراهيم بوبكر كيتا"), unless a place word says a place is meant.
    /// </summary>
    /// <param name="doc">The document.</param>
    /// <param name="mentions">Its place mentions.</param>
    /// <param name="persons">The token ranges of the persons it names.</param>
    public static ImmutableArray<PlaceMention> Without(TextDocument doc, ImmutableArray<PlaceMention> mentions, IReadOnlyList<(int First, int End)> persons)
    {
        if (persons.Count == 0)
        {
            return mentions;
        }

        var surnames = persons.Where(p => p.End - p.First >= 2)
            .Select(p => NameKeys.Compact(doc.OriginalText(doc.SpanOfTokens(p.End - 1, p.End))))
            .ToHashSet(StringComparer.Ordinal);
        return [.. mentions.Where(m => m.Cue != PlaceCue.None || m.Relation != PlaceRelation.At || m.Dateline
            || !persons.Any(p => p.First < m.NameEndToken && m.NameFirstToken < p.End) && !surnames.Contains(NameKeys.Compact(m.Surface)))];
    }
}
