using Marsad.Actors;
using Marsad.Events;

namespace Marsad.Relations;

public sealed partial class RelationExtractor
{
    internal sealed partial class ArticleRelations
    {
        /// <summary>
        /// "Jane Doe's Katiba X", "Doe's JNIM": an armed group named right after a person's possessive is the group he leads. A state's
        /// forces are left out ("the president's army" is no leadership the text states), and so is a group only qualifying
        /// another ("Doe's al-Qaeda-linked group").
        /// </summary>
        private void PossessiveGroups()
        {
            foreach (var person in layers.Persons)
            {
                var marker = PossessiveMarkerAfter(person.EndToken);
                if (marker < 0 || layers.Actors.FirstOrDefault(a => a.FirstToken == marker + 1) is not { Actor: { IsTemplate: false } named } group
                    || named.Kind is not (ActorKinds.Jihadist or ActorKinds.Rebel or ActorKinds.IdentityMilitia or ActorKinds.ProGovernmentMilitia)
                    || Qualifies(group) || Resolve(group) is not { } led)
                {
                    continue;
                }

                Add(person.Name, RelationPredicates.LeaderOf, led, person.Span.Cover(group.Span), 0.6);
            }
        }

        /// <summary>The last token of an English possessive right after a name ("'s", or "'" then "s"), else -1.</summary>
        private int PossessiveMarkerAfter(int token) =>
            token + 1 < layers.Doc.Tokens.Length && PossessiveOwnerEnd(token + 1) == token ? token + 1
            : token < layers.Doc.Tokens.Length && PossessiveOwnerEnd(token) == token ? token
            : -1;

        /// <summary>
        /// "the al-Qaeda-aligned Macina Liberation Front", "an al Qaeda-linked group": a group written before a dash and a word of
        /// the cues' modifier kind only qualifies the noun after it; it is not the group a title or a possessive names.
        /// </summary>
        private bool Qualifies(ActorMention group) =>
            group.EndToken < layers.Doc.Tokens.Length && (layers.Doc.IsPunct(group.EndToken, '-') || layers.Doc.IsPunct(group.EndToken, '–'))
            && cues.Any(c => c.Kind == RelationCueKind.Modifier && c.FirstToken == group.EndToken + 1);
    }
}
