using Marsad.Actors;
using Marsad.Events;
using Marsad.Events.Assembly;

namespace Marsad.Relations;

public sealed partial class RelationExtractor
{
    internal sealed partial class ArticleRelations
    {
        /// <summary>How far before a cue the group it speaks of may end: a closing quote, a comma, "وهي".</summary>
        private const int GroupGap = 3;

        /// <summary>How far after a merger cue the new group's name may come: "الاندماج في كيان واحد يحمل اسم «X»".</summary>
        private const int MergerReach = 6;

        /// <summary>How far after a coalition cue the words that open its list may end: "ثلاث جماعات مسلحة تنشط في المنطقة هي:".</summary>
        private const int ListOpenerReach = 10;

        /// <summary>
        /// "كتيبة X الموالية لتنظيم Y", « la katiba X, branche du JNIM », "كتيبة X انضمت إلى Y": the
        /// group just before the cue is part of the group just after it; "al-Qaeda's West African branch JNIM" the other way round.
        /// </summary>
        private void Affiliations()
        {
            foreach (var cue in cues.Where(c => c.Kind is RelationCueKind.Affiliate or RelationCueKind.Join or RelationCueKind.BranchAfter))
            {
                var (part, whole) = cue.Kind == RelationCueKind.BranchAfter
                    ? (GroupAfter(cue.EndToken, GroupGap), GroupBefore(cue.FirstToken, 0))
                    : (GroupBefore(cue.FirstToken, GroupGap) ?? GroupBeforeItsLeader(cue), GroupAfter(cue.EndToken, GroupGap));
                if (part is not null && whole is not null
                    && (cue.Kind != RelationCueKind.Join || GroupJoins(part, cue)) && Resolve(part) is { } member
                    && Parent(member, Movement(whole)) is { } parent)
                {
                    // A militia "loyal to the army" fights beside it; it is no unit of it.
                    var predicate = parent.Kind == ActorKinds.StateForces && member.Kind != ActorKinds.StateForces ? RelationPredicates.AlliedWith : RelationPredicates.MemberOf;
                    Add(Name(member), predicate, Name(parent), part.Span.Cover(whole.Span), 0.75);
                }
            }
        }

        /// <summary>
        /// "كتيبة X انضمت إلى Y": a group joins when it is named, not referred to, and no person the clause may be about is told
        /// before the cue (but its leader after "led by") or right after it.
        /// </summary>
        /// <remarks>"انضم بعد ذلك إلى X، وبالنهاية انضم إلى Y": a group another joining in the sentence names is what someone joined, not who joins.</remarks>
        private bool GroupJoins(ActorMention part, Cue cue) =>
            !part.IsAnaphor && (PersonBefore(cue.FirstToken, Reach) is not { } before || NamedAsLeaderOfGroup(before)) && PersonAfter(cue.EndToken, 1) is null
            && !cues.Any(c => c.Kind == RelationCueKind.Join && c.EndToken <= part.FirstToken && layers.SentenceOf(c.FirstToken) == layers.SentenceOf(part.FirstToken)
                              && ActorAfter(PastThen(c.EndToken), 4) == part);

        /// <summary>"X بقيادة Y انضمت إلى Z": the group named before the "led by" its leader's name ends right before the cue.</summary>
        private ActorMention? GroupBeforeItsLeader(Cue cue) =>
            PersonBefore(cue.FirstToken, 1) is { } leader && NamedAsLeaderOfGroup(leader)
            && cues.LastOrDefault(c => c.Kind == RelationCueKind.LedBy && c.EndToken <= leader.FirstToken) is { } ledBy ? GroupBefore(ledBy.FirstToken, GroupGap) : null;

        /// <summary>"X بقيادة Y انضمت إلى Z": a person named after "led by" is told about as the group's leader; the clause is the group's.</summary>
        private bool NamedAsLeaderOfGroup(PersonMention person) =>
            cues.Any(c => c.Kind == RelationCueKind.LedBy && c.EndToken <= person.FirstToken && person.FirstToken - c.EndToken <= 2 && GroupBefore(c.FirstToken, GroupGap) is not null);

        /// <summary>
        /// The group a member belongs to as the text names it, but the movement itself where the text names the movement
        /// by the member's own regional name ("ولاية غرب أفريقيا التابعة لتنظيم الدولة": to the Islamic State), and none
        /// where both are one force ("مروحيات تابعة للجيش").
        /// </summary>
        private Actor? Parent(Actor member, Actor named) =>
            named.Id == member.Id || named.ParentId is not null && named.ParentId == member.ParentId ? catalog.ById(member.ParentId) : named;

        /// <summary>
        /// What a group is a part of: the movement itself where the text names it by the name its regional branches share
        /// ("بوكو حرام التي أعلنت ولاءها لداعش" is allegiance to the Islamic State, not to its West Africa province).
        /// </summary>
        private Actor Movement(ActorMention whole)
        {
            var local = Resolve(whole)!;
            return !whole.IsAnaphor && whole.Actor is { } named && named.Id != local.Id ? catalog.ById(local.ParentId) ?? local : local;
        }

        /// <summary>
        /// "تنظيم موحد يضم أنصار الدين وكتائب ماسينا والمرابطون": every group listed after the cue belongs to the one before it.
        /// "وتضم الجماعة الجديدة كلا من X وY": a verb before its subject, the group that refers back right after it, is the whole.
        /// The list may open after a count or a plural noun and a colon ("أربع حركات هي: X، Y", « quatre groupes : X, Y »), and
        /// go on one group a line.
        /// </summary>
        private void Compositions()
        {
            foreach (var cue in cues.Where(c => c.Kind == RelationCueKind.Comprises))
            {
                var sentence = layers.SentenceOf(cue.FirstToken);
                var referent = GroupAfter(cue.EndToken, 1) is { IsAnaphor: true } after ? after : null;
                if ((referent ?? layers.Actors.LastOrDefault(a => a.EndToken <= cue.FirstToken && layers.SentenceOf(a.FirstToken) == sentence && Resolve(a) is not null)
                     ?? GroupOfOpeningPronoun(cue.FirstToken - 1, sentence)) is not { } whole)
                {
                    continue;
                }

                var parent = Resolve(whole)!;
                foreach (var part in ListAfter(ListOpening(referent?.EndToken ?? cue.EndToken, sentence), sentence))
                {
                    if (Resolve(part) is { } member && member.Id != parent.Id)
                    {
                        Add(Name(member), RelationPredicates.MemberOf, Name(parent), part.Span.Cover(whole.Span), 0.7);
                    }
                }
            }
        }

        /// <summary>
        /// « Le CSP est une coalition … . Elle réunit la CMA et la Plateforme »: a pronoun that opens its sentence is the group the
        /// sentence before opened with.
        /// </summary>
        private ActorMention? GroupOfOpeningPronoun(int pronoun, int sentence) =>
            sentence > 0 && pronoun >= 0 && pronoun == layers.Doc.Sentences[sentence].FirstToken && layers.Is(pronoun, SyntaxRole.Pronoun)
                ? layers.Actors.FirstOrDefault(a => layers.SentenceOf(a.FirstToken) == sentence - 1 && Resolve(a) is not null)
                : null;

        /// <summary>
        /// Where the list after <paramref name="token"/> starts: after a colon or a list opener ("كلا من", "هي", « à savoir »)
        /// within reach in the sentence, unless a group comes first; else at <paramref name="token"/>.
        /// </summary>
        private int ListOpening(int token, int sentence)
        {
            var end = Math.Min(token + ListOpenerReach, layers.Doc.Tokens.Length);
            for (var t = token; t < end && layers.SentenceOf(t) == sentence && !layers.Actors.Any(a => a.FirstToken == t); t++)
            {
                if (layers.Word(t) == ":")
                {
                    return t + 1;
                }

                if (cues.FirstOrDefault(c => c.Kind == RelationCueKind.ListOpener && c.FirstToken == t) is { } opener)
                {
                    return opener.EndToken;
                }
            }

            return token;
        }

        /// <summary>
        /// "أعلنت أنصار الدين، والمرابطون، وكتيبة ماسينا الاندماج في جماعة نصرة الإسلام", « la fusion d'Ansar Dine et d'Al Mourabitoune
        /// au sein du GSIM », "X and Y merged into JNIM": every group listed right before the cue, else every group the sentence is
        /// about (its subjects, joined by "and"), is part of the group after it. "X … واندماجها مع Y ضمن كيان يحمل اسم Z", "جاء تشكيل Z
        /// ثمرة اندماج بين X وY": the group told before "with" and those after it are parts of the group named.
        /// </summary>
        private void Mergers()
        {
            foreach (var cue in cues.Where(c => c.Kind is RelationCueKind.MergeInto or RelationCueKind.MergeWith))
            {
                var sentence = layers.SentenceOf(cue.FirstToken);
                var formed = cue.Kind == RelationCueKind.MergeInto ? GroupAfter(cue.EndToken, MergerReach) : GroupFormedAfter(cue, sentence) ?? GroupFormedBefore(cue, sentence);
                if (formed is null || Movement(formed) is not { Kind: not ActorKinds.StateForces } parent)
                {
                    continue;
                }

                // "X المنشقة عن Y، وZ الاندماج في": a group another cue governs ends no list of merging groups; the sentence's subjects do.
                var listed = ListBefore(cue.FirstToken, sentence).ToList();
                var parts = cue.Kind == RelationCueKind.MergeInto
                    ? listed.Count > 0 && !listed.Any(IsComplementOfCue) ? listed : [.. SubjectsBefore(cue.FirstToken, sentence)]
                    : [.. LastSubjectBefore(cue.FirstToken, sentence), .. GroupsBetween(cue.EndToken, formed.FirstToken > cue.FirstToken ? formed.FirstToken : int.MaxValue, sentence)];
                var members = parts.Where(part => part != formed).Select(part => (Part: part, Member: Resolve(part))).ToList();

                // No group merges into itself: "the new group" taken for one of those listed is a misread referent.
                if (cue.Kind == RelationCueKind.MergeInto && members.Any(m => m.Member?.Id == parent.Id))
                {
                    continue;
                }

                foreach (var (part, member) in members)
                {
                    if (member is { Kind: not ActorKinds.StateForces } && member.Id != parent.Id)
                    {
                        Add(Name(member), RelationPredicates.MemberOf, Name(parent), part.Span.Cover(formed.Span), 0.7);
                    }
                }
            }
        }

        /// <summary>
        /// "وأعلنت X، وY، وZ عن حل نفسها وإنشاء جبهة موحدة تحت مسمى W", « X et Y ont créé W »: groups that found a group together are
        /// its members. One group founding another is no coalition, and a person's founding is the foundings' own.
        /// </summary>
        private void JointFoundings()
        {
            foreach (var cue in cues.Where(c => c.Kind is RelationCueKind.Founds or RelationCueKind.FoundedTogether))
            {
                var sentence = layers.SentenceOf(cue.FirstToken);
                var founders = SubjectsBefore(cue.FirstToken, sentence).ToList();
                if (founders.Count < 2 || (NamedBy(cue) ?? GroupAfter(cue.EndToken, MergerReach)) is not { IsAnaphor: false } formed
                    || Movement(formed) is not { Kind: not ActorKinds.StateForces } parent)
                {
                    continue;
                }

                foreach (var founder in founders)
                {
                    if (Resolve(founder) is { Kind: not ActorKinds.StateForces } member && member.Id != parent.Id)
                    {
                        Add(Name(member), RelationPredicates.MemberOf, Name(parent), founder.Span.Cover(formed.Span), 0.65);
                    }
                }
            }
        }

        /// <summary>The groups named, not referred to, from <paramref name="from"/> up to <paramref name="end"/> in one sentence.</summary>
        private IEnumerable<ActorMention> GroupsBetween(int from, int end, int sentence) =>
            layers.Actors.Where(a => a.FirstToken >= from && a.EndToken <= end && layers.SentenceOf(a.FirstToken) == sentence && !a.IsAnaphor && a.Actor is { IsTemplate: false });

        /// <summary>"… مع Y ضمن كيان يحمل اسم Z", "… لتشكيل Z": the group a naming or founding cue after the merger names.</summary>
        private ActorMention? GroupFormedAfter(Cue merger, int sentence) =>
            cues.FirstOrDefault(c => c.Kind is RelationCueKind.NamedAs or RelationCueKind.Founds && c.FirstToken >= merger.EndToken && layers.SentenceOf(c.FirstToken) == sentence) is { } naming
                ? GroupAfter(naming.EndToken, MergerReach)
                : null;

        /// <summary>"جاء تشكيل Z ثمرة اندماج بين X وY": the group a founding cue before the merger names.</summary>
        private ActorMention? GroupFormedBefore(Cue merger, int sentence) =>
            cues.LastOrDefault(c => c.Kind == RelationCueKind.Founds && c.EndToken <= merger.FirstToken && layers.SentenceOf(c.FirstToken) == sentence) is { } founding
                ? GroupAfter(founding.EndToken, GroupGap)
                : null;

        /// <summary>"X، التي يتزعمها Y، … واندماجها مع Z": the group a merger's pronoun or verb is about, the last one named before it that no other cue governs.</summary>
        private IEnumerable<ActorMention> LastSubjectBefore(int token, int sentence) =>
            layers.Actors.Where(a => a.EndToken <= token && layers.SentenceOf(a.FirstToken) == sentence && a.Actor is { IsTemplate: false } && !a.IsAnaphor && !IsComplementOfCue(a)).TakeLast(1);

        /// <summary>
        /// The groups a sentence is about before <paramref name="token"/>: its first group, and each later one joined to it by "and",
        /// but not a group another cue governs ("X المنشقة عن Y") nor one only referred to.
        /// </summary>
        private IEnumerable<ActorMention> SubjectsBefore(int token, int sentence)
        {
            var first = true;
            // "أعلنت الجماعة «X»": a referring noun before the name is the name's own, and no subject of its own.
            foreach (var group in layers.Actors.Where(a => a.EndToken <= token && layers.SentenceOf(a.FirstToken) == sentence && a.Actor is { IsTemplate: false } && !a.IsAnaphor))
            {
                var joined = group.Prefix.StartsWith('و') || group.FirstToken > 0 && layers.IsAnd(group.FirstToken - 1);
                if ((first || joined) && !IsComplementOfCue(group))
                {
                    yield return group;
                }

                first = false;
            }
        }

        /// <summary>
        /// "أرسل قوات إلى جانب فرنسا", "the VDP, auxiliaries of the army", "X بدعم من Y": two forces on one side. The one who
        /// supports, or the one who comes alongside, is the subject; the one backed the object; a country's army is always
        /// the one backed by a force that is not an army.
        /// </summary>
        private void Alliances()
        {
            foreach (var cue in cues.Where(c => c.Kind is RelationCueKind.Allied or RelationCueKind.BackedBy))
            {
                if (GroupBefore(cue.FirstToken, GroupGap) is not { } before || GroupAfter(cue.EndToken, GroupGap) is not { } after || Resolve(before) is not { } first || Resolve(after) is not { } second || first.Id == second.Id
                    || ObjectOfAct(before) || FoughtAgainst(before))
                {
                    continue;
                }

                var (subject, obj) = cue.Kind == RelationCueKind.Allied ? (first, second) : (second, first);
                if (subject.Kind == ActorKinds.StateForces && obj.Kind != ActorKinds.StateForces)
                {
                    // The army is the one backed: "قوات فاغنر بمساعدة الجيش المالي" is Wagner allied with the army.
                    (subject, obj) = (obj, subject);
                }

                Add(Name(subject), RelationPredicates.AlliedWith, Name(obj), before.Span.Cover(after.Span), 0.65);
            }
        }

        /// <summary>"قاتل الجيش الفرنسي بجانب جماعة X": a force right after an act is what the act hit, not the one beside the other.</summary>
        private bool ObjectOfAct(ActorMention force) => layers.Triggers.Any(t => t.EndToken <= force.FirstToken && force.FirstToken - t.EndToken <= 1);

        /// <summary>"قاتل الجنود الفرنسيين بجانب الجماعة": a force right after a verb of fighting is the enemy, not the one beside the other.</summary>
        private bool FoughtAgainst(ActorMention force) => cues.Any(c => c.Kind == RelationCueKind.Fought && c.EndToken <= force.FirstToken && force.FirstToken - c.EndToken <= 1);

        /// <summary>
        /// "ولاية غرب أفريقيا، المنشقة عن بوكو حرام", "X الذي انشق عنها", "X broke away from Y": a group that split from another
        /// used to belong to it. A person's defection is the membership ledger's.
        /// </summary>
        private void Splits()
        {
            foreach (var cue in cues.Where(c => c.Kind is RelationCueKind.SplitFrom or RelationCueKind.SplitFromPrevious or RelationCueKind.FormerFrom))
            {
                // "… مع رتل من العسكريين طلاقه مع X": soldiers named by their role are the person's company, not a group that split.
                if (GroupBefore(cue.FirstToken, GroupGap) is not { Actor: { IsTemplate: false } } part || Resolve(part) is not { } member
                    || layers.Persons.Any(p => p.FirstToken >= part.EndToken && p.FirstToken < cue.FirstToken)
                    || cue.Kind == RelationCueKind.FormerFrom && InTitle(part))
                {
                    continue;
                }

                var whole = cue.Kind == RelationCueKind.SplitFromPrevious ? OtherGroupBefore(part, member) : FromIt(cue) ? null : GroupAfter(cue.EndToken, GroupGap);
                if (whole is not null && Resolve(whole) is { } parent && parent.Id != member.Id)
                {
                    Add(Name(member), RelationPredicates.FormerlyMemberOf, Name(parent), part.Span.Cover(whole.Span), 0.65);
                }
            }
        }

        /// <summary>
        /// "تنشط جماعة X وتنظيم Y (Z) الذي انشق عنها": the group a pronoun points back to, the last one before the group that split
        /// that is not that group again under another name or its acronym.
        /// </summary>
        private ActorMention? OtherGroupBefore(ActorMention part, Actor member) =>
            layers.Actors.LastOrDefault(a => a.EndToken <= part.FirstToken && part.FirstToken - a.EndToken <= Reach && layers.SentenceOf(a.FirstToken) == layers.SentenceOf(part.FirstToken)
                                             && Resolve(a) is { } other && other.Id != member.Id);

        /// <summary>
        /// "X، أمير ما يسمى بـ«كتيبة Y»، المطرود من Z": a group a person's title names is told about that person, and so is what
        /// follows it (a "so-called" and quotes may come between the title and the group).
        /// </summary>
        private bool InTitle(ActorMention group) =>
            cues.Any(c => c.IsTitle && c.EndToken <= group.FirstToken && group.FirstToken - c.EndToken <= 2 * GroupGap);

        /// <summary>
        /// The groups of a list that starts at <paramref name="token"/>: separated by commas, colons and و, and nothing else; or,
        /// where the list opens at the end of a line, one group at the start of each line that follows.
        /// </summary>
        private IEnumerable<ActorMention> ListAfter(int token, int sentence)
        {
            var next = token;
            while (layers.Actors.FirstOrDefault(a => a.FirstToken >= next && a.FirstToken - next <= GroupGap && layers.SentenceOf(a.FirstToken) == sentence
                                                     && Enumerable.Range(next, a.FirstToken - next).All(Separator)) is { } item)
            {
                yield return item;
                next = AfterBrackets(item.EndToken);
            }

            if (next == token && OpensLines(token))
            {
                foreach (var line in LinesAfter(token))
                {
                    yield return line;
                }
            }
        }

        /// <summary>After a group's acronym or gloss in brackets that opens at <paramref name="token"/> ("Macina Liberation Front (MLF)"), else <paramref name="token"/>.</summary>
        private int AfterBrackets(int token)
        {
            if (!layers.Doc.IsPunct(token, '('))
            {
                return token;
            }

            var end = Math.Min(token + GlossReach, layers.Doc.Tokens.Length);
            for (var t = token + 1; t < end; t++)
            {
                if (layers.Doc.IsPunct(t, ')'))
                {
                    return t + 1;
                }
            }

            return token;
        }

        /// <summary>Nothing but punctuation from <paramref name="token"/> to the end of its line.</summary>
        private bool OpensLines(int token)
        {
            var t = token;
            while (t < layers.Doc.Tokens.Length && layers.Doc.Tokens[t].Kind == Text.TokenKind.Punct)
            {
                t++;
            }

            return t < layers.Doc.Tokens.Length && layers.Doc.Tokens[t].Kind == Text.TokenKind.LineBreak;
        }

        /// <summary>"X تضم:\nY\nZ", « qui sont :\n• Y\n• Z »: the group each line after <paramref name="token"/> opens with, up to the first line that opens with none.</summary>
        private IEnumerable<ActorMention> LinesAfter(int token)
        {
            var tokens = layers.Doc.Tokens;
            var t = token;
            while (true)
            {
                while (t < tokens.Length && tokens[t].Kind != Text.TokenKind.LineBreak)
                {
                    t++;
                }

                while (t < tokens.Length && tokens[t].Kind == Text.TokenKind.LineBreak)
                {
                    t++;
                }

                var lineStart = t;
                if (layers.Actors.FirstOrDefault(a => a.FirstToken >= lineStart) is not { } item || item.FirstToken - lineStart > GroupGap
                    || Enumerable.Range(lineStart, item.FirstToken - lineStart).Any(i => tokens[i].Kind == Text.TokenKind.LineBreak) || item.IsAnaphor)
                {
                    yield break;
                }

                yield return item;
                t = item.EndToken;
            }
        }

        /// <summary>The groups of a list that ends at <paramref name="token"/>, read backwards: separated by commas, quotes and و, and the « de » of « la fusion d'Ansar Dine et de la katiba Macina ».</summary>
        private IEnumerable<ActorMention> ListBefore(int token, int sentence)
        {
            var previous = token;
            while (layers.Actors.LastOrDefault(a => a.EndToken <= previous && previous - a.EndToken <= GroupGap && layers.SentenceOf(a.FirstToken) == sentence
                                                    && Enumerable.Range(a.EndToken, previous - a.EndToken).All(t => Separator(t) || layers.Is(t, SyntaxRole.Of))) is { } item)
            {
                yield return item;
                previous = item.FirstToken;
            }
        }

        /// <summary>What may come between two items of a list: a comma, "and", and in Latin script the article of the next item (« et la katiba Macina »).</summary>
        private bool Separator(int token) => layers.Doc.Tokens[token].Kind == Text.TokenKind.Punct || layers.Word(token) is "و" or "et" or "and" || layers.Is(token, SyntaxRole.Definite);

        /// <summary>The group that ends within <paramref name="reach"/> before <paramref name="token"/>, a bracketed gloss after it not counted ("X (MLF), an affiliate of Y").</summary>
        private ActorMention? GroupBefore(int token, int reach) =>
            layers.Actors.LastOrDefault(a => a.EndToken <= token && token - AfterBrackets(a.EndToken) <= reach && layers.SentenceOf(a.FirstToken) == layers.SentenceOf(token) && Resolve(a) is not null);

        private ActorMention? GroupAfter(int token, int reach) =>
            layers.Actors.FirstOrDefault(a => a.FirstToken >= token && a.FirstToken - token <= reach && layers.SentenceOf(a.FirstToken) == layers.SentenceOf(Math.Max(0, token - 1))
                                              && Resolve(a) is not null);
    }
}
