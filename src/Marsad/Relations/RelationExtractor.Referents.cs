using Marsad.Actors;
using Marsad.Events.Assembly;
using Marsad.Text;

namespace Marsad.Relations;

public sealed partial class RelationExtractor
{
    internal sealed partial class ArticleRelations
    {
        /// <summary>How many sentences after a title without a name the person it speaks of may be told (a dateline comes between).</summary>
        private const int ReferentSentences = 2;

        /// <summary>
        /// "من هو زعيم X؟ … فلان، قتل …": a title with its group and no name of its own speaks of the first person named in
        /// the next sentences, else of the last one of the sentence before, when the catalogue or the text puts that person
        /// in the group (and, for a leader's title, as its leader).
        /// </summary>
        private void UnnamedTitles()
        {
            foreach (var cue in cues.Where(c => c.Kind is RelationCueKind.Leader or RelationCueKind.Head or RelationCueKind.Member))
            {
                var sentence = layers.SentenceOf(cue.FirstToken);
                if (PersonBefore(cue.FirstToken, Reach) is not null || ActorAfter(cue.EndToken, 1) is not { } mention || Resolve(mention) is not { } group
                    || layers.Persons.Any(p => p.FirstToken >= mention.EndToken && layers.SentenceOf(p.FirstToken) == sentence))
                {
                    continue;
                }

                var leads = cue.Kind == RelationCueKind.Leader;
                var referent = layers.Persons.FirstOrDefault(p => p.FirstToken >= mention.EndToken && layers.SentenceOf(p.FirstToken) - sentence is > 0 and <= ReferentSentences)
                               ?? layers.Persons.LastOrDefault(p => p.EndToken <= cue.FirstToken && layers.SentenceOf(p.FirstToken) == sentence - 1);
                if (referent is not null && Agrees(referent, group, leads))
                {
                    Add(referent.Name, leads ? RelationPredicates.LeaderOf : RelationPredicates.MemberOf, group, mention.Span.Cover(referent.Span), 0.6);
                }
            }
        }

        /// <summary>The person belongs to the group by the catalogue or by a title the text gives; a leader's title also needs him a leader.</summary>
        private bool Agrees(PersonMention person, Actor group, bool leads) =>
            person.Group is { } own && Local(own).Id == group.Id
            && (!leads || person.Role is PersonRole.Leader or PersonRole.Founder || person.Role is null && person.Known?.Role is "leader" or "emir" or "founder");

        /// <summary>
        /// "X، أحد وجوه الحركة. والذي ينحدر من Y", "X …, who joined Y", a profile's name then "هو زعيم Y": a cue right after a relative
        /// or personal pronoun tells about the person told last, when no actor is named between that person and the pronoun to be its
        /// antecedent instead.
        /// </summary>
        private PersonMention? RelativeAntecedent(int token)
        {
            var relative = token - 1;
            while (relative >= 0 && layers.Doc.Tokens[relative].Kind == TokenKind.Punct)
            {
                relative--;
            }

            return (layers.IsWithClitic(relative, SyntaxRole.Relative) || layers.IsWithClitic(relative, SyntaxRole.Pronoun)) && Topic(relative) is { } person
                                                                       && !layers.Actors.Any(a => a.FirstToken >= person.EndToken && a.EndToken <= relative)
                ? person
                : null;
        }

        /// <summary>How many sentences back the person a profile's career clause is about may have been named.</summary>
        private const int CareerSentences = 3;

        /// <summary>
        /// "… ولا يعرف عنه سوى أنه كان عضوا في Y", "وتلقى تدريبات. كان قائدا سابقا في Y": a title told with a past copula and no
        /// subject named is the career of the person named last, in its sentence or the few before.
        /// </summary>
        private PersonMention? CopulaSubject(Cue cue)
        {
            if (!layers.IsWithClitic(cue.FirstToken, SyntaxRole.Copula) && !layers.IsWithClitic(cue.FirstToken - 1, SyntaxRole.Copula))
            {
                return null;
            }

            return CareerTopic(cue.FirstToken);
        }

        /// <summary>How far into its sentence a title may open it: a determiner comes first (« Ce chef », "The leader").</summary>
        private const int OpeningReach = 1;

        /// <summary>
        /// « Ce chef, ancien membre du MNLA », "The leader, a former member of X": a sentence that opens on a leader's title
        /// with no name of its own, before the cue and with nobody named between, is about the person the sentence before is about,
        /// named first in it.
        /// </summary>
        private PersonMention? TitleReferent(Cue cue)
        {
            var sentence = layers.SentenceOf(cue.FirstToken);
            var start = layers.Doc.Sentences[sentence].FirstToken;
            var opens = layers.Actors.Any(a => a.Actor is null && a.Role == ActorRole.Leader && a.FirstToken >= start && a.FirstToken - start <= OpeningReach && a.EndToken <= cue.FirstToken);
            return opens && !layers.Persons.Any(p => p.FirstToken >= start && p.EndToken <= cue.FirstToken)
                ? layers.Persons.FirstOrDefault(p => layers.SentenceOf(p.FirstToken) == sentence - 1 && !NamedAsOtherParty(p))
                : null;
        }

        /// <summary>
        /// "X، نائب Y", "نائب Y، X", « X, l'adjoint de Y »: the deputy served under the person named right after the cue, never
        /// under a title's holder further on ("نائب الرئيس X" is the vice-president himself).
        /// </summary>
        private void Deputies()
        {
            foreach (var cue in cues.Where(c => c.Kind == RelationCueKind.Deputy))
            {
                if (PersonAfter(AfterPunctuation(cue.EndToken), 0) is { } chief)
                {
                    var deputy = PersonBefore(cue.FirstToken, GroupGap) ?? PersonAfter(chief.EndToken, GroupGap);
                    if (deputy is not null && deputy.Name != chief.Name)
                    {
                        Add(deputy.Name, RelationPredicates.ServedUnder, chief.Name, deputy.Span.Cover(chief.Span), 0.65);
                    }
                }
                else if (ChiefByTitle(cue) is { } leader && TopicOtherThan(leader.Name, cue.FirstToken) is { } deputy)
                {
                    Add(deputy.Name, RelationPredicates.ServedUnder, leader.Name, deputy.Span.Cover(leader.Evidence), 0.6);
                }
            }
        }

        /// <summary>"التقى X بمؤسس الجماعة Y، وأصبح أحد نواب مؤسس الجماعة": the clause is about the person last named in its sentence (else the one before) who is not the chief.</summary>
        private PersonMention? TopicOtherThan(string chief, int token)
        {
            var sentence = layers.SentenceOf(token);
            return layers.Persons.LastOrDefault(p => p.EndToken <= token && layers.SentenceOf(p.FirstToken) == sentence && p.Name != chief)
                   ?? layers.Persons.LastOrDefault(p => p.EndToken <= token && layers.SentenceOf(p.FirstToken) == sentence - 1 && p.Name != chief);
        }

        /// <summary>How far after a deputy cue the title of his chief may start: a second word for deputy comes between (أحد مساعدي ونواب زعيم …).</summary>
        private const int ChiefTitleReach = 2;

        /// <summary>
        /// "أحد نواب مؤسس الجماعة", "the deputy of the group's leader": a deputy's chief named by his title alone is the person the text has
        /// already made the leader of that group and named last before the cue.
        /// </summary>
        private (string Name, TextSpan Evidence)? ChiefByTitle(Cue deputyCue)
        {
            var title = cues.FirstOrDefault(c => c.Kind == RelationCueKind.Leader && c.FirstToken >= deputyCue.EndToken && c.FirstToken - deputyCue.EndToken <= ChiefTitleReach);
            if (title is null || PersonAfter(title.EndToken, GroupGap) is not null || ActorAfter(title.EndToken, 1) is not { } mention || Resolve(mention) is not { } group)
            {
                return null;
            }

            // Of the group's leaders, the one named last before the title: a founder told just before is not his successor.
            return LastLeaderBefore(group, deputyCue.FirstToken) is { } chief ? (chief.Name, mention.Span) : null;
        }

        /// <summary>
        /// "Shekau's deputy, Mamman Nur": the person after the cue served under the person whose possessive comes right before it.
        /// "… his second-in-command, Y", « son adjoint Y », "ظل X مقربا من Y، وذراعه اليمنى": a possessive pronoun (his, son, or
        /// the pronoun on نائبه) points back at the chief, the person named last before it.
        /// </summary>
        private void PossessiveDeputies()
        {
            foreach (var cue in cues.Where(c => c.Kind is RelationCueKind.DeputyOfPrevious or RelationCueKind.DeputyOfReferent))
            {
                var marker = cue.FirstToken - 1;
                var ownerEnd = cue.Kind == RelationCueKind.DeputyOfPrevious ? PossessiveBeforeAdjectives(marker) : -1;
                var chief = ownerEnd >= 0 ? layers.Persons.LastOrDefault(p => p.EndToken == ownerEnd)
                    : cue.Kind == RelationCueKind.DeputyOfReferent || layers.Is(marker, SyntaxRole.Possessive) ? Topic(marker) : null;
                if (chief is null)
                {
                    continue;
                }

                // "ظل X مقربا من Y، وذراعه اليمنى": with no name after the title, the deputy is whom the sentence is about, named first in it.
                var deputy = PersonAfter(AfterPunctuation(cue.EndToken), 0)
                             ?? (ownerEnd < 0 ? layers.Persons.FirstOrDefault(p => layers.SentenceOf(p.FirstToken) == layers.SentenceOf(cue.FirstToken) && p.EndToken <= chief.FirstToken) : null);
                if (deputy is not null && deputy.Name != chief.Name)
                {
                    Add(deputy.Name, RelationPredicates.ServedUnder, chief.Name, chief.Span.Cover(deputy.Span), ownerEnd >= 0 ? 0.65 : 0.6);
                }
            }
        }

        // How many words may qualify a deputy's title after its owner's possessive: "Yusuf's feared former deputy".
        private const int TitleAdjectives = 2;

        /// <summary>Where the owner of a possessive ends when it closes at <paramref name="marker"/> or a few plain words before it, else -1.</summary>
        private int PossessiveBeforeAdjectives(int marker)
        {
            for (var t = marker; t >= Math.Max(1, marker - TitleAdjectives); t--)
            {
                if (PossessiveOwnerEnd(t) is var end and >= 0)
                {
                    return end;
                }

                if (layers.Doc.Tokens[t].Kind is not (TokenKind.Latin or TokenKind.Arabic) || layers.Persons.Any(p => p.FirstToken <= t && p.EndToken > t))
                {
                    return -1;
                }
            }

            return -1;
        }

        /// <summary>
        /// "X، الرجل الثاني في جماعة G التي يقودها Y", « X, numéro deux du G »: the person named before the cue belongs to the group after it
        /// and served under the person the text makes that group's leader.
        /// </summary>
        private void SecondsInGroups()
        {
            foreach (var cue in cues.Where(c => c.Kind == RelationCueKind.SecondIn))
            {
                if (PersonBefore(cue.FirstToken, Reach) is not { } second || ActorAfter(cue.EndToken, GroupGap) is not { } mention || Resolve(mention) is not { } group)
                {
                    continue;
                }

                Add(second.Name, RelationPredicates.MemberOf, group, second.Span.Cover(mention.Span), 0.65);
                var name = Name(Local(group));
                var leaders = _relations.Where(r => r.Predicate == RelationPredicates.LeaderOf && r.Object == name && r.Subject != second.Name).Select(r => r.Subject).ToHashSet(StringComparer.Ordinal);
                if (layers.Persons.Where(p => leaders.Contains(p.Name)).MinBy(p => Math.Abs(p.FirstToken - cue.FirstToken)) is { } chief)
                {
                    Add(second.Name, RelationPredicates.ServedUnder, chief.Name, second.Span.Cover(chief.Span), 0.6);
                }
            }
        }

        /// <summary>
        /// "أعلنت الفصائل اندماجها في X، واختارت أمير جماعة Y، فلان، أميرا لها": the pronoun is the group the merger formed, not the
        /// group of the person's own title; the person right before the cue leads it.
        /// </summary>
        private void LeadersOfFormedGroups()
        {
            foreach (var cue in cues.Where(c => c.Kind == RelationCueKind.LeaderOfFormed))
            {
                if (PersonBefore(cue.FirstToken, 1) is { } leader && FormedBefore(cue.FirstToken) is { } formed)
                {
                    Add(leader.Name, RelationPredicates.LeaderOf, formed, leader.Span, 0.65);
                }
            }
        }

        private int AfterPunctuation(int token)
        {
            while (token < layers.Doc.Tokens.Length && layers.Doc.Tokens[token].Kind == TokenKind.Punct)
            {
                token++;
            }

            return token;
        }
    }
}
