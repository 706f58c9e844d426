using System.Collections.Immutable;
using Marsad.Actors;
using Marsad.Events;
using Marsad.Events.Assembly;
using Marsad.Text;

namespace Marsad.Relations;

public sealed partial class RelationExtractor
{
    /// <summary>
    /// One article's relation extraction, run once: the rules that need no events when it starts (so that event
    /// assembly can read a person acting as the group acting), the rules about events once they are assembled,
    /// then the membership ledger.
    /// </summary>
    internal sealed partial class ArticleRelations
    {
        private readonly MentionLayers layers;
        private readonly List<Cue> cues;
        private readonly ActorCatalog catalog;
        private readonly string articleId;

        // How far before a name the owner of its title may end: "Ansaroul Islam's current military leader X".
        private const int PossessiveReach = 5;

        private readonly List<RelationRecord> _relations = [];
        private readonly HashSet<string> _leftGroup = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Actor> _groupOf = new(StringComparer.Ordinal);
        private readonly List<(string Person, Actor Group)> _toldPast = [];
        private readonly List<(string Person, Actor Group)> _current = [];

        public ArticleRelations(MentionLayers layers, List<Cue> cues, ActorCatalog catalog, string articleId)
        {
            (this.layers, this.cues, this.catalog, this.articleId) = (layers, cues, catalog, articleId);
            Titles();
            TitlesOverReferredGroups();
            Appositions();
            PossessiveGroups();
            LedBy();
            Foundings();
            Memberships();
            ThenTitles();
            Affiliations();
            Compositions();
            Mergers();
            JointFoundings();
            Alliances();
            JointForces();
            FrontedGroupVerbs();
            Splits();
            Deputies();
            LeadersOfFormedGroups();
            Appointments();
            Successions();
            PossessiveDeputies();
            SecondsInGroups();
            UnnamedTitles();
            PastTitles();
            PastCopulas();
            LeadersNowElsewhere();
        }

        /// <summary>
        /// "أبو الوليد الصحراوي، أحد قادة حركة التوحيد والجهاد" in a piece on the Islamic State in the Sahel he founded: a membership of
        /// an armed group told of a person the catalogue makes leader of another (neither a part nor the whole of it) since before the
        /// article's date, the article naming that group too, is one he had before. Dated before he led it, the membership stays.
        /// </summary>
        private void LeadersNowElsewhere() => MakeFormer(r =>
            r.Predicate == RelationPredicates.MemberOf
            && layers.Persons.FirstOrDefault(p => p.Name == r.Subject)?.Known is { Role: "leader" or "founder" or "emir" } known
            && catalog.ById(known.GroupId) is { } led && LeadsSince(known, layers.Reference)
            && _current.FirstOrDefault(c => c.Person == r.Subject && Name(c.Group) == r.Object).Group is { } member
            && !ActorKinds.IsState(member.Kind) && member.Kind != ActorKinds.Government && !Nested(Local(led), member)
            && layers.Actors.Any(a => Resolve(a) is { } named && Nested(named, Local(led)) && !Nested(named, member)));

        /// <summary>Makes every relation <paramref name="told"/> picks a former membership.</summary>
        private void MakeFormer(Func<RelationRecord, bool> told)
        {
            for (var i = 0; i < _relations.Count; i++)
            {
                if (told(_relations[i]))
                {
                    _relations[i] = _relations[i] with { Predicate = RelationPredicates.FormerlyMemberOf };
                }
            }
        }

        /// <summary>The catalogued role began in a year before the article's date.</summary>
        private static bool LeadsSince(Person known, DateOnly? reference) =>
            reference is { } date && known.From is { Length: >= 4 } from && int.TryParse(from.AsSpan(0, 4), out var year) && year < date.Year;

        /// <summary>"كان X عضوا في Y": a past copula before the name or the title, in the few words before them.</summary>
        private bool ToldPast(PersonMention person, Cue cue) =>
            Enumerable.Range(Math.Max(0, person.FirstToken - CopulaReach), CopulaReach).Any(t => layers.IsWithClitic(t, SyntaxRole.Copula) && layers.SentenceOf(t) == layers.SentenceOf(person.FirstToken))
            || layers.IsWithClitic(cue.FirstToken, SyntaxRole.Copula) || layers.IsWithClitic(cue.FirstToken - 1, SyntaxRole.Copula);

        // How far before a name its past copula may come: "وكان الزعيم X عضوا في Y".
        private const int CopulaReach = 2;

        /// <summary>
        /// "كان X عضوا في جبهة Y" in a profile of the leader of Z: a membership told in the past, of a person the text or the catalogue puts in
        /// another group now (neither a part nor the whole of it), is a former one. Told of a dead member of Y alone, it stays his.
        /// </summary>
        private void PastCopulas()
        {
            foreach (var (person, past) in _toldPast)
            {
                var known = catalog.ById(layers.Persons.FirstOrDefault(p => p.Name == person)?.Known?.GroupId);
                if (!_current.Any(c => c.Person == person && !Nested(c.Group, past)) && (known is null || Nested(Local(known), past)))
                {
                    continue;
                }

                var name = Name(past);
                MakeFormer(r => r.Predicate == RelationPredicates.MemberOf && r.Subject == person && r.Object == name);
            }
        }

        /// <summary>One group is the other or a part of it (a katiba of JNIM, JNIM of al-Qaeda).</summary>
        private bool Nested(Actor one, Actor other) => one.Id == other.Id || catalog.IsWithin(one, other) || catalog.IsWithin(other, one);

        /// <summary>The group each person leads or belongs to now, as the rules so far tell it (the last told wins).</summary>
        public IReadOnlyDictionary<string, Actor> GroupOf => _groupOf;

        /// <summary>"القيادي في تنظيم الدولة إبراهيم أغ محمدين", "الزعيم X", "Ansaroul Islam's new leader X": the title before the name.</summary>
        private void Titles()
        {
            foreach (var person in layers.Persons.Where(p => p.Role is not null).Select(p => p.Group is null && PossessiveOwner(p) is { } owner ? p with { Group = owner } : p)
                         .Where(p => p.Group is not null && !SaysTitleAfterHim(p)))
            {
                var predicate = person.Role switch
                {
                    PersonRole.Leader or PersonRole.Founder => RelationPredicates.LeaderOf,
                    PersonRole.Commander when HeadsNamedGroup(person) => RelationPredicates.LeaderOf,
                    PersonRole.Former => RelationPredicates.FormerlyMemberOf,
                    _ => RelationPredicates.MemberOf,
                };
                Add(person.Name, predicate, person.Group!, person.Span, 0.8);
            }
        }

        /// <summary>
        /// "X، أمير «الجماعة» سابقا": a word after a title's group that puts it in the past makes the leadership or membership
        /// told with that group a former one.
        /// </summary>
        private void PastTitles()
        {
            foreach (var cue in cues.Where(c => c.Kind == RelationCueKind.Past))
            {
                if (layers.Actors.LastOrDefault(a => a.EndToken <= cue.FirstToken && AfterPunctuation(a.EndToken) == cue.FirstToken) is not { } group
                    || Resolve(group) is not { } past)
                {
                    continue;
                }

                var name = Name(Local(past));
                MakeFormer(r => r.Predicate is RelationPredicates.LeaderOf or RelationPredicates.MemberOf && r.Object == name
                                && r.Evidence.Start <= group.Span.Start && r.Evidence.End >= group.Span.End);
            }
        }

        /// <summary>"قائد تنظيم داعش X": a commander's title before the name, with the person's group right after it and no link word.</summary>
        private bool HeadsNamedGroup(PersonMention person) =>
            cues.Any(c => c.Kind == RelationCueKind.Head && c.EndToken <= person.FirstToken && person.FirstToken - c.EndToken <= 2 * GroupGap
                          && ConstructGroup(c) is { } group && group.EndToken <= person.FirstToken && Resolve(group) is { } led && person.Group is { } own && Local(own).Id == led.Id);

        /// <summary>
        /// The named group a commander's noun governs as its complement (قائد تنظيم X, قائد «الكتيبة»): right after it, quotes
        /// aside, with no link word (قائد في، قائد لـ) nor adjective (قائد عسكري) between, and no place it is commander in after it.
        /// </summary>
        private ActorMention? ConstructGroup(Cue cue)
        {
            var at = AfterQuotes(cue.EndToken);
            if (at < layers.Doc.Tokens.Length && layers.Is(at, SyntaxRole.GroupNoun) && !layers.Actors.Any(a => a.FirstToken == at))
            {
                at = AfterQuotes(at + 1); // "قائد تنظيم «داعش»": the group's noun, then its name in quotes
            }

            // "قائد التنظيم في بوركينا فاسو": a commander of the group over a place belongs to it.
            return layers.Actors.FirstOrDefault(a => a.FirstToken == at && a.Prefix.Length == 0 && a.Actor is { IsTemplate: false }
                                                     && layers.SentenceOf(a.FirstToken) == layers.SentenceOf(cue.FirstToken)
                                                     && !(a.EndToken < layers.Doc.Tokens.Length && layers.Word(a.EndToken) is "في"));
        }

        private int AfterQuotes(int token)
        {
            while (token < layers.Doc.Tokens.Length && IsQuote(token))
            {
                token++;
            }

            return token;
        }

        /// <summary>"أعلن الوزير X مقتل قائد جماعة Y": the title the person layer read after a speaker's name is in what he says.</summary>
        private bool SaysTitleAfterHim(PersonMention person) =>
            !cues.Any(c => c.IsTitle && c.EndToken <= person.FirstToken && person.FirstToken - c.EndToken <= GroupGap)
            && cues.FirstOrDefault(c => c.IsTitle && c.FirstToken >= person.EndToken && c.FirstToken - person.EndToken <= ApposedTitleReach
                                        && layers.SentenceOf(c.FirstToken) == layers.SentenceOf(person.FirstToken)) is { } title
            && InWhatHeSays(person, title.FirstToken);

        // How far after a name the person layer reads an apposed title: "X المعروف بلقب «Y»، القيادي في Z".
        private const int ApposedTitleReach = 6;

        /// <summary>
        /// "بيانا وقع باسم زعيم الجماعة «X»", "قائد الجماعة X": a title whose group the text refers to rather than names, right before
        /// a name the person layer gave no title, is that person's title in the group referred to.
        /// </summary>
        private void TitlesOverReferredGroups()
        {
            foreach (var cue in cues.Where(c => c.IsTitle))
            {
                if (ActorAfter(cue.EndToken, 0) is not { IsAnaphor: true } group || Resolve(group) is not { } referred
                    || PersonAfter(AfterPunctuation(group.EndToken), 0) is not { Role: null } person || !IsReferredGroupOf(person, referred))
                {
                    continue;
                }

                // "قائد الجماعة أبو بكر شيكاو": a commander's title before the name of the group's catalogued leader is his leadership.
                var predicate = cue.Kind switch
                {
                    RelationCueKind.Former => RelationPredicates.FormerlyMemberOf,
                    RelationCueKind.Leader => RelationPredicates.LeaderOf,
                    _ when person.Group is not null && person.Known?.Role is "leader" or "emir" or "founder" => RelationPredicates.LeaderOf,
                    _ => RelationPredicates.MemberOf,
                };
                Add(person.Name, predicate, referred, group.Span.Cover(person.Span), 0.65);
            }
        }

        /// <summary>A person the catalogue puts in no group, or in the one referred to: "the group" is not read against what is known of him.</summary>
        private bool IsReferredGroupOf(PersonMention person, Actor referred) => person.Group is null || Local(person.Group).Id == referred.Id;

        /// <summary>"Ansaroul Islam's current leader X", "Macina's emir X": the group whose title the name after it holds.</summary>
        private Actor? PossessiveOwner(PersonMention person)
        {
            for (var t = person.FirstToken - 1; t >= Math.Max(1, person.FirstToken - PossessiveReach); t--)
            {
                var ownerEnd = PossessiveOwnerEnd(t);
                if (ownerEnd >= 0 && layers.Actors.LastOrDefault(a => a.EndToken == ownerEnd && layers.SentenceOf(a.FirstToken) == layers.SentenceOf(person.FirstToken)) is { } owner)
                {
                    return Resolve(owner);
                }
            }

            return null;
        }

        /// <summary>Where the owner of an English possessive ends when token <paramref name="marker"/> closes one (the "s" or "'s" of "Shekau's"), else -1.</summary>
        private int PossessiveOwnerEnd(int marker) =>
            layers.Word(marker) is "s" && layers.Word(marker - 1) is "'" or "’" ? marker - 1 : layers.Word(marker) is "'s" or "’s" ? marker : -1;

        /// <summary>"X، زعيم Y", "X، القيادي السابق في Y", "X … في تنظيم Y الذي يشغل مركز القيادة".</summary>
        private void Appositions()
        {
            foreach (var cue in cues.Where(c => c.Kind is RelationCueKind.Leader or RelationCueKind.LeaderOfPrevious or RelationCueKind.Head or RelationCueKind.Member or RelationCueKind.Former))
            {
                if (cue.Kind == RelationCueKind.LeaderOfPrevious && PersonAfter(AfterPunctuation(cue.EndToken), 2) is not null)
                {
                    continue; // "G وأميرها X": the title of the name after it (LedBy)
                }

                if (cues.Any(c => c.Kind == RelationCueKind.Deputy && cue.FirstToken >= c.EndToken && cue.FirstToken - c.EndToken <= ChiefTitleReach))
                {
                    continue; // "أحد نواب زعيم الجماعة": the title is the chief's, not the deputy's
                }

                if (cue.Kind != RelationCueKind.LeaderOfPrevious && cue.Prefix.TrimStart('و', 'ف').StartsWith('ل'))
                {
                    continue; // "البيعة لأمير …": a title after "to" is the addressee's, whoever is named before it
                }

                var group = GroupNear(cue);
                var fronted = group is null ? null : FrontedHolder(cue, group);
                var person = fronted ?? (Coordinated(cue) ? null
                    : PersonBefore(cue.FirstToken, Reach) is { } before && !NewConjunctBetween(before.EndToken, cue.FirstToken) && !InWhatHeSays(before, cue.FirstToken) ? before
                    : RelativeAntecedent(cue.FirstToken) ?? CopulaSubject(cue) ?? TitleReferent(cue));
                if (person is null || group is null || fronted is null && TitleOfNameAfter(cue, group))
                {
                    continue;
                }

                if (cue.Kind is RelationCueKind.Member or RelationCueKind.Head && ToldPast(person, cue) && Resolve(group) is { } past)
                {
                    _toldPast.Add((person.Name, Local(past)));
                }

                // A regional emir belongs to the movement itself: "أمير أفريقيا في تنظيم داعش".
                var regional = OverRegion(cue, group);
                var predicate = cue.Kind switch
                {
                    RelationCueKind.Leader or RelationCueKind.LeaderOfPrevious when !regional => RelationPredicates.LeaderOf,
                    RelationCueKind.Head when !regional && ConstructGroup(cue) == group => RelationPredicates.LeaderOf,
                    RelationCueKind.Former => RelationPredicates.FormerlyMemberOf,
                    _ => RelationPredicates.MemberOf,
                };
                Add(person.Name, predicate, regional ? Movement(group) : Resolve(group) ?? group.Actor!, person.Span.Cover(group.Span), 0.7);
            }
        }

        /// <summary>
        /// "أعلن الرئيس X مقتل زعيم Y", « X a déclaré que le chef du groupe … »: a title in what a speaker says, after a "that" or
        /// past an event, is someone else's; "قال X، المتحدث باسم Y، إن …" still gives the speaker his own title.
        /// </summary>
        private bool InWhatHeSays(PersonMention speaker, int title)
        {
            var sentence = layers.SentenceOf(speaker.FirstToken);
            var speaks = layers.CuesIn(sentence, CueKind.Report).Any(c => c.EndToken <= title && speaker.FirstToken - c.EndToken <= SpeakerReach);
            return speaks && (Enumerable.Range(speaker.EndToken, title - speaker.EndToken).Any(t => layers.IsWithClitic(t, SyntaxRole.That))
                              || layers.Triggers.Any(t => t.FirstToken >= speaker.EndToken && t.EndToken <= title));
        }

        // How far before a speaker's name the verb of saying may come: "أعلن الرئيس الفرنسي X".
        private const int SpeakerReach = 4;

        /// <summary>
        /// « Ancien officier de l'armée, X a rejoint … », "عضو سابق في Y، انضم X …": a title that opens its sentence, its group
        /// then a comma, is the title of the name right after the comma.
        /// </summary>
        private PersonMention? FrontedHolder(Cue cue, ActorMention group)
        {
            var sentence = layers.SentenceOf(cue.FirstToken);
            var first = cue.FirstToken;
            while (first > 0 && layers.SentenceOf(first - 1) == sentence && (layers.Doc.Tokens[first - 1].Kind == TokenKind.Punct || layers.Is(first - 1, SyntaxRole.And) || layers.Is(first - 1, SyntaxRole.Definite)))
            {
                first--;
            }

            var opens = first == 0 || layers.SentenceOf(first - 1) != sentence;
            var name = PastGloss(group.EndToken);
            if (!opens || group.FirstToken < cue.EndToken || !Enumerable.Range(group.EndToken, name - group.EndToken).Any(layers.Doc.IsComma))
            {
                return null;
            }

            // « Ex-chef d'AQMI, il a claqué la porte »: a pronoun after the comma is the person the sentence before is about.
            return PersonAfter(name, 0) ?? (layers.Is(name, SyntaxRole.Pronoun) ? layers.Persons.LastOrDefault(p => layers.SentenceOf(p.FirstToken) == sentence - 1) : null);
        }

        /// <summary>
        /// "أمير Y X، وأمير حركة Z W", « le chef de Y X, et le chef de Z »: in a list of titled names, a title joined by "and" right
        /// after a name opens the next item, whose holder is named after it, unless it follows another title of the same person
        /// ("زعيم ومؤسس الجبهة"). "X، وكان عضوا في Y" still tells about X, who came with no title.
        /// </summary>
        private bool Coordinated(Cue cue)
        {
            var joined = cue.Prefix.StartsWith('و') || layers.IsAnd(cue.FirstToken - 1);
            return joined && PersonBefore(cue.FirstToken, GroupGap) is { } before && Titled(before) && !cues.Any(c => c != cue && c.EndToken <= cue.FirstToken && cue.FirstToken - c.EndToken <= 1 && c.IsTitle);
        }

        /// <summary>"أمير كتيبة ماسينا X": a person the text names after a title of his own.</summary>
        private bool Titled(PersonMention person) =>
            person.Role is not null || cues.Any(c => c.IsTitle && c.EndToken <= person.FirstToken
                                                      && person.FirstToken - c.EndToken <= 2 * GroupGap && layers.SentenceOf(c.FirstToken) == layers.SentenceOf(person.FirstToken));

        /// <summary>
        /// "X أمير Y، وعمر الفلاني نائب أمير Z": a comma then "and" between a person and a title starts another person's item;
        /// "X، وهو أحد قادة Y" and "X، والذي …" still tell about X.
        /// </summary>
        private bool NewConjunctBetween(int from, int to)
        {
            for (var t = Math.Max(from, 1); t < to; t++)
            {
                var joined = layers.Doc.TokenText(t).StartsWith('و') && !layers.IsWithClitic(t, SyntaxRole.Pronoun) && !layers.IsWithClitic(t, SyntaxRole.Relative)
                             || layers.Is(t, SyntaxRole.And);
                if (layers.Doc.IsComma(t - 1) && joined)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>"… بيعتها لزعيم تنظيم القاعدة أيمن الظواهري": a cue with its group and a name right after is that name's title, not an apposition.</summary>
        /// <remarks>"X أمير كتيبة Y، وعمر الفلاني …": a name after a comma and "and" opens the next item of a list.</remarks>
        private bool TitleOfNameAfter(Cue cue, ActorMention group) =>
            group.FirstToken >= cue.EndToken && layers.Persons.Any(p => p.FirstToken >= group.EndToken && p.FirstToken - group.EndToken <= 2 && layers.SentenceOf(p.FirstToken) == layers.SentenceOf(group.FirstToken)
                                                                       && !NewConjunctBetween(group.EndToken, p.FirstToken + 1));

        /// <summary>
        /// "جماعة بوكو حرام، الفصيل الذي كان يقوده أبو بكر شيكاو", "الحركة التي أسسها X", "تأسست الحركة عام 2012 على يد X": the
        /// person after the cue leads the group before it, or, for a founding, the group the cue names after it.
        /// </summary>
        private void LedBy()
        {
            foreach (var cue in cues.Where(c => c.Kind is RelationCueKind.LedBy or RelationCueKind.LeaderOfPrevious or RelationCueKind.FoundedBy))
            {
                var founding = cue.Kind == RelationCueKind.FoundedBy;
                var leader = PersonAfter(cue.EndToken, founding ? FounderReach : 2) ?? TitledPersonAfter(cue.EndToken);
                var group = (founding ? null : HeadOfNearestComplement(cue))
                            ?? layers.Actors.LastOrDefault(a => a.EndToken <= cue.FirstToken && cue.FirstToken - a.EndToken <= (founding ? Reach : Reach / 2) && a.Actor is { IsTemplate: false }
                                                                && layers.SentenceOf(a.FirstToken) == layers.SentenceOf(cue.FirstToken) && !IsComplementOfCue(a))
                            ?? (founding && leader is not null ? ActorAfter(cue.EndToken, FounderReach) : null);
                if (leader is not null && group is not null)
                {
                    Add(leader.Name, RelationPredicates.LeaderOf, group.Actor!, group.Span.Cover(leader.Span), 0.65);
                }
            }
        }

        /// <summary>"led by its commander, X", « dirigé par son chef, X »: the first person after the cue, when the person layer read a title of his before him.</summary>
        private PersonMention? TitledPersonAfter(int token) => PersonAfter(token, ApposedTitleReach) is { Role: not null } titled ? titled : null;

        /// <summary>
        /// "أسس X جماعة Y", "«X»، الذي …، أسس في العام 2012 جماعة Y", "انشق … وقرر تأسيس جماعة جديدة سماها Y": the founder is named right
        /// after the verb, else is the person the clause is about; the group founded is the first one named after it, not referred to.
        /// </summary>
        private void Foundings()
        {
            foreach (var cue in cues.Where(c => c.Kind == RelationCueKind.Founds))
            {
                var founder = PersonAfter(cue.EndToken, 1) ?? Topic(cue.FirstToken) ?? CareerTopic(cue.FirstToken);
                if (founder is not null && (NamedBy(cue) ?? ActorAfter(cue.EndToken, FounderReach)) is { IsAnaphor: false } group && Resolve(group) is { } founded)
                {
                    Add(founder.Name, RelationPredicates.LeaderOf, founded, founder.Span.Cover(group.Span), 0.6);

                    // « Il fonde le MPLA, puis le MPA »: each group the list goes on to he founded in turn.
                    foreach (var next in ThenList(group).Where(n => Resolve(n) is not null))
                    {
                        Add(founder.Name, RelationPredicates.LeaderOf, Resolve(next)!, founder.Span.Cover(next.Span), 0.55);
                    }
                }
            }
        }

        /// <summary>"أسس X فصيلا تحت اسم «Y»": the group a naming after the founding names, whatever common noun comes first.</summary>
        private ActorMention? NamedBy(Cue founding) =>
            cues.FirstOrDefault(c => c.Kind == RelationCueKind.NamedAs && c.FirstToken >= founding.EndToken && c.FirstToken - founding.EndToken <= FounderReach
                                     && layers.SentenceOf(c.FirstToken) == layers.SentenceOf(founding.FirstToken)) is { } naming
                ? GroupAfter(naming.EndToken, GroupGap)
                : null;

        /// <summary>
        /// "أنصار الدين، المرتبطة بالقاعدة، التي تأسست على يد X": a group another cue names after it is that cue's, not the subject told on;
        /// but the group a person joins or is second in, or groups merge into, is still the one "بقيادة" tells the leader of ("انضم إلى جماعة Y بقيادة X").
        /// </summary>
        private bool IsComplementOfCue(ActorMention group) => ComplementCue(group) is not null;

        /// <summary>The cue a group is the complement of: right after it, or after quotes and a group's noun ("المنشقة عن تنظيم «القاعدة»").</summary>
        private Cue? ComplementCue(ActorMention group) =>
            cues.LastOrDefault(c => c.Kind is not (RelationCueKind.Join or RelationCueKind.SecondIn or RelationCueKind.Counterpart or RelationCueKind.Modifier or RelationCueKind.MergeInto or RelationCueKind.MergeWith) && c.EndToken <= group.FirstToken
                                    && (group.FirstToken - c.EndToken <= 1 || Enumerable.Range(c.EndToken, group.FirstToken - c.EndToken).All(t => layers.Is(t, SyntaxRole.GroupNoun) || IsQuote(t))));

        private bool IsQuote(int token) => layers.Doc.Tokens[token].Kind == TokenKind.Punct && !layers.Doc.IsComma(token);

        /// <summary>
        /// "X المنشقة عن Y، ويتزعمها Z": when the group nearest a "led by" is the complement of another cue, the
        /// group led is the one that cue tells about, named right before it.
        /// </summary>
        private ActorMention? HeadOfNearestComplement(Cue cue)
        {
            var nearest = layers.Actors.LastOrDefault(a => a.EndToken <= cue.FirstToken && cue.FirstToken - a.EndToken <= GroupGap && a.Actor is { IsTemplate: false }
                                                           && layers.SentenceOf(a.FirstToken) == layers.SentenceOf(cue.FirstToken));
            return nearest is not null && ComplementCue(nearest) is { Kind: RelationCueKind.SplitFrom or RelationCueKind.Affiliate } governing && GroupBefore(governing.FirstToken, GroupGap) is { } head && !IsComplementOfCue(head) ? head : null;
        }

        /// <summary>
        /// The groups each person left and joined, in the order told: a group left (انشق عن) is a former
        /// one; of the groups joined, all but the last are former; the last is where the person defected to
        /// when the person left another, else simply a membership. A surrender hands the person to a force.
        /// </summary>
        private void Memberships()
        {
            var joined = new Dictionary<string, List<(Actor Group, TextSpan Evidence)>>(StringComparer.Ordinal);
            var left = new Dictionary<string, (Actor? Group, TextSpan Evidence)>(StringComparer.Ordinal);
            var sequels = new HashSet<string>(StringComparer.Ordinal);
            var leavingSentences = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
            var lastJoiningSentence = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var cue in cues.Where(c => c.Kind is RelationCueKind.Join or RelationCueKind.FormerFrom or RelationCueKind.SplitFromPrevious or RelationCueKind.Surrender))
            {
                var leaves = cue.Kind is RelationCueKind.FormerFrom or RelationCueKind.SplitFromPrevious;
                // "انشق عشرات المقاتلين بقيادة X": the one who led the defectors left too.
                var person = (PersonAfter(cue.EndToken, leaves ? 10 : 1) is { } after && !JoiningBetween(cue.EndToken, after.FirstToken) ? after : null) ?? Topic(cue.FirstToken) ?? (cue.Kind == RelationCueKind.Join ? CareerTopic(cue.FirstToken) : null);
                if (person is not null && cue.Kind == RelationCueKind.Join && NamedAsLeaderOfGroup(person) && layers.SentenceOf(person.FirstToken) == layers.SentenceOf(cue.FirstToken))
                {
                    continue; // "X بقيادة Y انضمت إلى Z": the group joins, not its leader (Affiliations)
                }

                var sentence = layers.SentenceOf(cue.FirstToken);
                if (person is not null && (leaves || cue.Kind == RelationCueKind.Surrender))
                {
                    if (!leavingSentences.TryGetValue(person.Name, out var sentences))
                    {
                        leavingSentences[person.Name] = sentences = [];
                    }

                    sentences.Add(sentence);
                }

                var mention = cue.Kind == RelationCueKind.Surrender ? ForceAfter(cue.EndToken, 8) : FromIt(cue) ? null : ActorAfter(PastThen(cue.EndToken), 4);
                var group = mention is null ? null : Resolve(mention);
                if (person is not null && group is null && leaves)
                {
                    if (cue.Kind == RelationCueKind.FormerFrom && GroupLeftUnnamed(person, cue) is { } context)
                    {
                        left[person.Name] = (context, person.Span.Cover(layers.Doc.SpanOfTokens(cue.FirstToken, cue.EndToken)));
                    }
                    else
                    {
                        left.TryAdd(person.Name, default);
                    }

                    continue;
                }

                if (person is null || mention is null || group is null || DeniedJoining(cue) || OfficialOnOtherSide(person, cue, group))
                {
                    continue;
                }

                var evidence = person.Span.Cover(mention.Span);
                if (leaves)
                {
                    left[person.Name] = (group, evidence);
                    continue;
                }

                if (cue.Kind == RelationCueKind.Surrender)
                {
                    left.TryAdd(person.Name, default);
                }

                if (!joined.TryGetValue(person.Name, out var groups))
                {
                    joined[person.Name] = groups = [];
                }

                groups.Add((group, evidence));
                // "التحق بـX، ثم Y، ثم Z", « a rejoint X, puis Y »: each group the list goes on to was joined after the one before it.
                foreach (var next in cue.Kind == RelationCueKind.Join ? ThenList(mention) : [])
                {
                    if (Resolve(next) is { } later)
                    {
                        groups.Add((later, person.Span.Cover(next.Span)));
                    }
                }

                lastJoiningSentence[person.Name] = sentence;
                if (cue.Kind == RelationCueKind.Join && ThenBefore(cue))
                {
                    sequels.Add(person.Name);
                    EndEarlierMemberships(person.Name, Name(Local(group)), cue.FirstToken);
                }
            }

            foreach (var (name, (group, evidence)) in left.Where(l => l.Value.Group is not null))
            {
                Add(name, RelationPredicates.FormerlyMemberOf, group!, evidence, 0.75);
            }

            foreach (var (name, groups) in joined)
            {
                for (var i = 0; i < groups.Count - 1; i++)
                {
                    Add(name, RelationPredicates.FormerlyMemberOf, groups[i].Group, groups[i].Evidence, 0.6);
                }

                var (last, lastEvidence) = groups[^1];
                var told = groups.Select(g => g.Group).Append(left.GetValueOrDefault(name).Group).OfType<Actor>().Select(Local).ToList();
                if (EndedElsewhere(name, last, told))
                {
                    // « Belmokhtar, chef d'Al-Mourabitoune … En 1998, il intègre le GSPC »: a profile tells the career after the present.
                    Add(name, RelationPredicates.FormerlyMemberOf, last, lastEvidence, 0.55);
                    continue;
                }

                // A profile tells a career out of order: a leaving told sentences away from the last joining is not what that joining followed.
                if (left.ContainsKey(name) && leavingSentences.TryGetValue(name, out var leavings) && leavings.Any(l => Math.Abs(l - lastJoiningSentence[name]) <= 1))
                {
                    _leftGroup.Add(name);
                    Add(name, RelationPredicates.DefectedTo, last, lastEvidence, 0.7);
                }
                else
                {
                    // "انضم X إلى Y", "X joined Y": the one group joined is his, though less surely than one a later joining follows.
                    Add(name, RelationPredicates.MemberOf, last, lastEvidence, groups.Count > 1 || sequels.Contains(name) ? 0.6 : 0.55);
                }
            }
        }

        /// <summary>
        /// "قرر التنظيم عزل X من رئاسة كتيبة … وقتها انشق القيادي بكتيبته": a person's leaving that names no group, not even by a pronoun
        /// (انشق عنها is a group's split), leaves the last group named
        /// before it, in its sentence or the one before, that the text has not made the person lead (his own unit goes with him).
        /// </summary>
        private Actor? GroupLeftUnnamed(PersonMention person, Cue cue)
        {
            var sentence = layers.SentenceOf(cue.FirstToken);
            var led = _relations.Where(r => r.Subject == person.Name && r.Predicate == RelationPredicates.LeaderOf).Select(r => r.Object).ToHashSet(StringComparer.Ordinal);
            return layers.Actors.Where(a => a.EndToken <= cue.FirstToken && layers.SentenceOf(a.FirstToken) is var s && (s == sentence || s == sentence - 1))
                .Select(Resolve).LastOrDefault(g => g is { Kind: ActorKinds.Jihadist } && !led.Contains(Name(g)));
        }

        /// <summary>« a démenti l'allégeance à X », "نفى مبايعة X": a joining denied right before it did not happen.</summary>
        private bool DeniedJoining(Cue cue) =>
            cue.Kind == RelationCueKind.Join && cues.Any(c => c.Kind == RelationCueKind.Dispute && c.EndToken <= cue.FirstToken && cue.FirstToken - c.EndToken <= DenialReach);

        // How far before a joining its denial may end: « démenti l'allégeance à ».
        private const int DenialReach = 2;

        /// <summary>
        /// "… Macron announced. Known for having been active within X, before joining Y": a state's official the clause falls back on
        /// (no name at the cue) is not whose career in an armed group it tells.
        /// </summary>
        private bool OfficialOnOtherSide(PersonMention person, Cue cue, Actor group) =>
            person.FirstToken < cue.FirstToken - Reach && catalog.ById(person.Known?.GroupId) is { } own
            && (ActorKinds.IsState(own.Kind) || own.Kind == ActorKinds.Government) && !ActorKinds.IsState(group.Kind);

        /// <summary>
        /// The last group a person joined, as told, is not where he ended when the catalogue puts him in another group, neither a part nor the
        /// whole of it, that the article names too, apart from the groups his career told joining, leaving or belonging to: the profile told the present
        /// first, then the career from its start.
        /// </summary>
        private bool EndedElsewhere(string person, Actor lastJoined, List<Actor> told)
        {
            var known = catalog.ById(layers.Persons.FirstOrDefault(p => p.Name == person)?.Known?.GroupId);
            return known is not null && !Nested(Local(known), Local(lastJoined))
                   && layers.Actors.Any(a => Resolve(a) is { } named && Nested(named, Local(known)) && !Nested(named, Local(lastJoined)) && !told.Any(t => t.Id == named.Id)
                                             && !_relations.Any(r => r.Subject == person && r.Object == Name(named)));
        }

        /// <summary>"انشق … ثم انضم إلى جماعة Y بقيادة X": a name past a later joining is in that clause, not the one who left.</summary>
        private bool JoiningBetween(int from, int to) => cues.Any(c => c.Kind == RelationCueKind.Join && c.FirstToken >= from && c.EndToken <= to);

        /// <summary>"قبل أن ينشق عنه ليؤسس جماعة Y": the leaving names its group by a pronoun; Y is the next clause's.</summary>
        private bool FromIt(Cue cue) => layers.Is(cue.EndToken, SyntaxRole.FromIt);

        /// <summary>How far before a joining its "then" may come: "ثم التحق", « puis a rejoint », "before later joining".</summary>
        private const int ThenReach = 2;

        private bool ThenBefore(Cue join) => cues.Any(c => c.Kind == RelationCueKind.Then && c.EndToken <= join.FirstToken && join.FirstToken - c.EndToken <= ThenReach);

        /// <summary>Past a "then" that opens at <paramref name="token"/> ("انضم بعد ذلك إلى", "joined later"), else the token itself.</summary>
        private int PastThen(int token) => cues.FirstOrDefault(c => c.Kind == RelationCueKind.Then && c.FirstToken == token)?.EndToken ?? token;

        /// <summary>
        /// The groups a list goes on to after <paramref name="first"/>, each after a "then" (ثم، puis, then) with only commas, quotes and
        /// a bracketed gloss before it: "التحق بـX، ثم «Y»، ثم «Z»", « a rejoint le GIA (…), puis le GSPC ».
        /// </summary>
        private IEnumerable<ActorMention> ThenList(ActorMention first)
        {
            var sentence = layers.SentenceOf(first.FirstToken);
            var item = first;
            while (true)
            {
                var t = PastGloss(item.EndToken);
                if (cues.FirstOrDefault(c => c.Kind == RelationCueKind.Then && c.FirstToken == t) is not { } then
                    || layers.Actors.FirstOrDefault(a => a.FirstToken >= then.EndToken && a.FirstToken - then.EndToken <= 2 && a.Actor is { IsTemplate: false }
                                                         && layers.SentenceOf(a.FirstToken) == sentence
                                                         && Enumerable.Range(then.EndToken, a.FirstToken - then.EndToken).All(Separator)) is not { } next)
                {
                    yield break;
                }

                yield return item = next;
            }
        }

        /// <summary>Past the commas and quotes after a name, and a gloss of it in brackets ("الجماعة الإسلامية المسلحة (GIA)").</summary>
        private int PastGloss(int token)
        {
            var sentence = layers.SentenceOf(Math.Max(0, token - 1));
            for (var t = token; t < layers.Doc.Tokens.Length && layers.SentenceOf(t) == sentence; t++)
            {
                if (layers.Doc.IsPunct(t, '('))
                {
                    while (t < layers.Doc.Tokens.Length && !layers.Doc.IsPunct(t, ')') && t - token <= GlossReach)
                    {
                        t++;
                    }
                }
                else if (layers.Doc.Tokens[t].Kind != TokenKind.Punct)
                {
                    return t;
                }
            }

            return token;
        }

        // How long a bracketed gloss of a group's name may be: « (Groupe salafiste pour la prédication et le combat) ».
        private const int GlossReach = 10;

        /// <summary>
        /// "كان X عضوا في Y ثم أصبح قائدا في Z", « membre de Y, puis chef de Z »: a title right after a "then" ends the memberships told
        /// before it in its sentence, as a "then" joining does.
        /// </summary>
        private void ThenTitles()
        {
            foreach (var title in cues.Where(c => c.IsTitle && ThenBefore(c)))
            {
                var start = layers.Doc.SpanOfTokens(title.FirstToken, title.EndToken).Start;
                if (_relations.LastOrDefault(r => r.Predicate is RelationPredicates.LeaderOf or RelationPredicates.MemberOf && r.Evidence.Start < start && r.Evidence.End > start) is { } told)
                {
                    EndEarlierMemberships(told.Subject, told.Object, title.FirstToken);
                }
            }
        }

        /// <summary>
        /// "كان X عضوا في Y ثم التحق بـZ", « membre de Y, puis a rejoint Z »: a membership told in the sentence before a "then" joining of
        /// another group was the person's former one.
        /// </summary>
        private void EndEarlierMemberships(string person, string joinedName, int joinToken)
        {
            var before = new TextSpan(layers.Doc.SpanOfSentence(layers.SentenceOf(joinToken)).Start, layers.Doc.SpanOfTokens(joinToken, joinToken + 1).Start);
            MakeFormer(r => r.Subject == person && r.Predicate == RelationPredicates.MemberOf && r.Object != joinedName && before.Contains(r.Evidence));
        }

        /// <summary>"كان له دور تحت قيادة الزعيم منصور اغ القاسم": the person told about served under the person named.</summary>
        private void ServedUnder()
        {
            foreach (var cue in cues.Where(c => c.Kind == RelationCueKind.ServedUnder))
            {
                var chief = PersonAfter(cue.EndToken, 3);
                // "التحق بالجماعة التي أسسها والده X، وواصل نشاطه تحت قيادة Y": the father is not who served.
                var subordinate = layers.Persons.LastOrDefault(p => p.EndToken <= cue.FirstToken && cue.FirstToken - p.EndToken <= 3 * Reach && p.Name != chief?.Name
                                                                    && !layers.IsWithClitic(p.FirstToken - 1, SyntaxRole.Kin));
                if (chief is not null && subordinate is not null)
                {
                    Add(subordinate.Name, RelationPredicates.ServedUnder, chief.Name, subordinate.Span.Cover(chief.Span), 0.6);
                }
            }
        }

        /// <summary>
        /// A named person killed by a named author — the one of the killing, else of its incident (قُتل … في غارة
        /// جوية للجيش المالي), else the force a killer cue says carried out its operation (في عملية نفذتها), else the force an
        /// air strike is coded to — unless the death is denied or unconfirmed nearby.
        /// The victim is the person the kill names, else one the sentence ties to the group the kill hit ("killed a
        /// commander of ISWAP, identified as X", "JAS leader X died"), else the one just before a passive kill
        /// (« X a été tué par »), else the leader a title names ("killed the group's leader").
        /// </summary>
        private void Killings(IReadOnlyList<Incident> incidents, ImmutableArray<EventRecord> events)
        {
            foreach (var incident in incidents)
            {
                foreach (var frame in incident.Frames)
                {
                    if ((NamedVictim(frame) ?? MemberOfTarget(frame) ?? TitledTarget(frame) ?? PassiveSubject(frame) ?? VictimByTitle(frame)) is not { } first || frame.Act is not (Act.Kill or Act.Execute) || Disputed(frame.Sentence))
                    {
                        continue;
                    }

                    foreach (var victim in ListedWith(first))
                    {
                        Killing(incident, frame, victim, events);
                    }
                }
            }
        }

        /// <summary>
        /// The person the kill names, unless he is named past the kill's agent phrase: "X, was killed by French forces, Y announced"
        /// tells of X; Y opens what follows.
        /// </summary>
        private PersonMention? NamedVictim(Frame frame) =>
            frame.PersonVictim is { } named && named.FirstToken >= frame.Trigger.EndToken
            && layers.CuesIn(frame.Sentence, CueKind.Agent).Any(c => c.FirstToken >= frame.Trigger.EndToken && c.EndToken <= named.FirstToken)
                ? null
                : frame.PersonVictim;

        /// <summary>The author of one victim's killing, as <see cref="Killings"/> finds it.</summary>
        private void Killing(Incident incident, Frame frame, PersonMention victim, ImmutableArray<EventRecord> events)
        {
            // The author named, or "the army" of the article's country; an incident's author told sentences away from this kill is not its author.
            if (new[] { frame.Agent, TiedAgent(incident, frame) }.FirstOrDefault(a => a is { Strength: >= AgentStrength.Attribution } && Resolve(a.Mention) is { } by && !IsOwnGroup(victim, by)) is { } author)
            {
                Add(victim.Name, RelationPredicates.KilledBy, Resolve(author.Mention)!, victim.Span.Cover(author.Mention.Span), 0.7);
            }
            else if (OperationForce(frame) is { } operationForce && Resolve(operationForce) is { } by && !IsOwnGroup(victim, by))
            {
                Add(victim.Name, RelationPredicates.KilledBy, by, victim.Span.Cover(operationForce.Span), 0.6);
            }
            else if (AgentPastApposition(frame, victim) is { } agentForce && Resolve(agentForce) is { } byForce && !IsOwnGroup(victim, byForce))
            {
                Add(victim.Name, RelationPredicates.KilledBy, byForce, victim.Span.Cover(agentForce.Span), 0.6);
            }
            else if (SubjectBefore(frame, victim) is { } subject && Resolve(subject) is { } killer && !IsOwnGroup(victim, killer))
            {
                Add(victim.Name, RelationPredicates.KilledBy, killer, subject.Span.Cover(victim.Span), 0.6);
            }
            else if (NationalMeansForce(frame) is { } national && !IsOwnGroup(victim, national.Forces))
            {
                Add(victim.Name, RelationPredicates.KilledBy, national.Forces, victim.Span.Cover(national.Evidence), 0.5);
            }
            else if (incident.Family == ActFamily.Air && incident.Agent is null
                     && events.FirstOrDefault(e => e.Evidence.Any(span => span.Overlaps(frame.Trigger.Span))) is { Actor1: { } strikeForce } strike)
            {
                Add(victim.Name, RelationPredicates.KilledBy, strikeForce, victim.Span.Cover(strike.Evidence.First(span => span.Overlaps(frame.Trigger.Span))), 0.5);
            }
        }

        /// <summary>
        /// A leader is not killed by his own group, nor by the one it is part of: "Boko Haram leader X was killed" names his group, not his
        /// killer; nor by a group the text has made him lead or belong to ("X, a leader of G, … G killed" is a misread author).
        /// </summary>
        private bool IsOwnGroup(PersonMention victim, Actor group) =>
            victim.Group is { } own && Nested(Local(own), group)
            || _relations.Any(r => r.Subject == victim.Name && r.Predicate is RelationPredicates.LeaderOf or RelationPredicates.MemberOf && r.Object == Name(group));

        // How many sentences from a kill an incident's author may be told: "قُتل X. وكانت القوات قد شنت غارة" is one event.
        private const int AgentSentences = 1;

        /// <summary>The incident's author, when it is told within a sentence of the kill; a later sentence's attack is another act.</summary>
        private Participant? TiedAgent(Incident incident, Frame frame) =>
            incident.Agent is { } agent && Math.Abs(layers.SentenceOf(agent.Mention.FirstToken) - frame.Sentence) <= AgentSentences ? agent : null;

        /// <summary>
        /// "killed two leaders of G, identified as X and Y", « ont tué deux cadres du G, X et Y »: the victim, and the persons listed
        /// right after him with the same title in the same group, joined by commas and "and".
        /// </summary>
        private IEnumerable<PersonMention> ListedWith(PersonMention first)
        {
            yield return first;
            var last = first;
            foreach (var next in layers.Persons.Where(p => p.FirstToken >= first.EndToken && first.Role is not null && p.Role == first.Role && p.Group == first.Group
                                                           && layers.SentenceOf(p.FirstToken) == layers.SentenceOf(first.FirstToken)))
            {
                if (!OnlyListJoints(last.EndToken, next.FirstToken))
                {
                    yield break;
                }

                yield return last = next;
            }
        }

        /// <summary>Tokens <paramref name="from"/> to <paramref name="to"/> are a list's joint: one or two commas and "and".</summary>
        private bool OnlyListJoints(int from, int to) =>
            to - from is >= 1 and <= 2 && Enumerable.Range(from, to - from).All(t => layers.Doc.IsComma(t) || layers.Is(t, SyntaxRole.And));

        /// <summary>
        /// "قُتل X في عملية نفذتها القوات الفرنسية", "killed in an operation carried out by French forces", « tué lors d'une opération de
        /// la force Barkhane », "خلال هجوم شنه التنظيم … قُتل X": the force that carried out the operation the kill belongs to, named
        /// right after a killer cue told shortly after the kill or earlier in its sentence.
        /// </summary>
        private ActorMention? OperationForce(Frame frame) =>
            KillerCues(frame).Select(c => ForceAfter(c.EndToken, KillerForceReach)).FirstOrDefault(force => force is not null);

        /// <summary>
        /// "أعلن أن قوات فرنسية قتلت X", "French troops killed X": a force named right before an active kill whose victim is named
        /// after it is the kill's subject, told before its verb.
        /// </summary>
        private ActorMention? SubjectBefore(Frame frame, PersonMention victim) =>
            frame.Trigger.IsPassive || victim.FirstToken < frame.Trigger.EndToken
                ? null
                : layers.Actors.LastOrDefault(a => a.EndToken <= frame.Trigger.FirstToken && frame.Trigger.FirstToken - a.EndToken <= SubjectGap
                                                   && layers.SentenceOf(a.FirstToken) == frame.Sentence && !layers.Doc.IsComma(a.EndToken));

        /// <summary>
        /// "مقتل X، عضو في … وزعيم …، من طرف القوات الخاصة الفرنسية", "the killing of X, leader of …, by French forces": the agent phrase of a
        /// kill named before its victim opens right after the comma that closes the victim's apposition, however long that is.
        /// </summary>
        private ActorMention? AgentPastApposition(Frame frame, PersonMention victim)
        {
            if (victim.FirstToken < frame.Trigger.EndToken || victim.EndToken >= layers.Doc.Tokens.Length || !layers.Doc.IsComma(victim.EndToken))
            {
                return null;
            }

            var agent = layers.CuesIn(frame.Sentence, CueKind.Agent)
                .FirstOrDefault(c => c.FirstToken > victim.EndToken + 1 && c.FirstToken - victim.EndToken <= ApposedAgentReach && layers.Doc.IsComma(c.FirstToken - 1));
            return agent is null ? null : ForceAfter(agent.EndToken, KillerForceReach);
        }

        /// <summary>
        /// "قُتل X في عملية عسكرية فرنسية", "لقوا مصرعهم في غارة شنتها الطائرات الفرنسية", "قُتل في قصف جوي أمريكي": a means of armed force
        /// told with the kill — earlier in its sentence or shortly after it — whose demonym names the country: that country's forces.
        /// </summary>
        private (Actor Forces, TextSpan Evidence)? NationalMeansForce(Frame frame)
        {
            foreach (var means in cues.Where(c => c.Kind == RelationCueKind.ForceMeans && layers.SentenceOf(c.FirstToken) == frame.Sentence
                                                   && (c.EndToken <= frame.Trigger.FirstToken || c.FirstToken >= frame.Trigger.EndToken && c.FirstToken - frame.Trigger.EndToken <= AgentPhraseReach)))
            {
                if (layers.DemonymAt(means.EndToken) is { } demonym
                    && catalog.ForcesOf(demonym.Country.Code) is { } forces)
                {
                    return (forces, layers.Doc.SpanOfTokens(means.FirstToken, demonym.EndToken));
                }
            }

            return null;
        }

        // How long a victim's apposition may be before the agent phrase that closes it: a title, a group and a second title.
        private const int ApposedAgentReach = 2 * Reach;

        // The words between a subject and its verb: the nationality after a force ("قوات فرنسية قتلت").
        private const int SubjectGap = 1;

        private IEnumerable<Cue> KillerCues(Frame frame) =>
            cues.Where(c => c.Kind == RelationCueKind.Killer && layers.SentenceOf(c.FirstToken) == frame.Sentence
                            && (c.EndToken <= frame.Trigger.FirstToken || c.FirstToken >= frame.Trigger.EndToken && c.FirstToken - frame.Trigger.EndToken <= AgentPhraseReach));

        // How far after a killer cue its force may be named: an article comes between (« opération de la force Barkhane »).
        private const int KillerForceReach = 2;

        private PersonMention? MemberOfTarget(Frame frame) =>
            frame.Target?.Actor is { } target
                ? layers.Persons.FirstOrDefault(p => p.Group == target && p.Role is not null && layers.SentenceOf(p.FirstToken) == frame.Sentence
                                                     && Math.Abs(p.FirstToken - frame.Trigger.FirstToken) <= 3 * Reach)
                : null;

        /// <summary>"قتلت قوة برخان القيادي … والقائد العسكري لـJNIM، X": the kill hits a title, and the title names X.</summary>
        private PersonMention? TitledTarget(Frame frame) =>
            frame.Target is { Role: ActorRole.Leader or ActorRole.Member } title
                ? layers.Persons.FirstOrDefault(p => p.Role is not null && p.FirstToken >= title.EndToken && p.FirstToken - title.EndToken <= Reach
                                                     && layers.SentenceOf(p.FirstToken) == frame.Sentence)
                : null;

        // How far after a kill the title of its victim may start: "قتلت القوات الفرنسية زعيم التنظيم", "killed the group's leader".
        private const int VictimTitleReach = 4;

        /// <summary>
        /// "… تولى X قيادة التنظيم. وقتلت القوات زعيم التنظيم", "French forces killed the group's leader", « ont tué le chef du groupe »: a
        /// leader's title right after the kill, with its group next to it and no name, is the person the text has already made that
        /// group's leader and named last before the kill.
        /// </summary>
        private PersonMention? VictimByTitle(Frame frame)
        {
            var title = layers.Actors.FirstOrDefault(a => a.Role == ActorRole.Leader && a.Actor is null && a.FirstToken >= frame.Trigger.EndToken
                                                          && a.FirstToken - frame.Trigger.EndToken <= VictimTitleReach && layers.SentenceOf(a.FirstToken) == frame.Sentence);
            if (title is null || PersonAfter(title.EndToken, GroupGap) is not null)
            {
                return null;
            }

            var group = ActorAfter(title.EndToken, 1) ?? layers.Actors.LastOrDefault(a => a.EndToken <= title.FirstToken && title.FirstToken - a.EndToken <= 2
                                                                                        && a.FirstToken >= frame.Trigger.EndToken && a.Actor is { IsTemplate: false });
            if (group is null || Resolve(group) is not { } resolved)
            {
                return null;
            }

            return LastLeaderBefore(resolved, frame.Trigger.FirstToken);
        }

        /// <summary>The person the relations so far make a leader of <paramref name="group"/>, named last before <paramref name="token"/>.</summary>
        private PersonMention? LastLeaderBefore(Actor group, int token)
        {
            var name = Name(Local(group));
            var leaders = _relations.Where(r => r.Predicate == RelationPredicates.LeaderOf && r.Object == name).Select(r => r.Subject).ToHashSet(StringComparer.Ordinal);
            return layers.Persons.LastOrDefault(p => p.EndToken <= token && leaders.Contains(p.Name));
        }

        /// <summary>"X، قُتل … من قبل Y": a kill marked passive, or followed by its agent phrase, was done to the person just before it.</summary>
        private PersonMention? PassiveSubject(Frame frame) =>
            frame.Trigger.IsPassive || layers.CuesIn(frame.Sentence, CueKind.Agent).Any(c => c.FirstToken >= frame.Trigger.EndToken && c.FirstToken - frame.Trigger.EndToken <= AgentPhraseReach)
                                    || KillerCues(frame).Any(c => c.FirstToken >= frame.Trigger.EndToken)
                ? layers.Persons.LastOrDefault(p => p.EndToken <= frame.Trigger.FirstToken && layers.SentenceOf(p.FirstToken) == frame.Sentence
                                                    && (frame.Trigger.FirstToken - p.EndToken <= 3 || ApposedTo(p, frame.Trigger.FirstToken)))
                : null;

        /// <summary>
        /// "X, a commander of JNIM, was killed", « X, un cadre du JNIM, a été tué »: the name, then an apposition between two commas
        /// giving him a title in a group, then at most the auxiliaries of the token's verb. A name between commas with no such
        /// title (a witness, a spokesman) need not be whom the kill is about.
        /// </summary>
        private bool ApposedTo(PersonMention person, int token)
        {
            if (token - person.EndToken > Reach || !layers.Doc.IsComma(person.EndToken))
            {
                return false;
            }

            var closing = Enumerable.Range(person.EndToken + 1, Math.Max(0, token - person.EndToken - 1)).Where(layers.Doc.IsComma).ToList();
            return closing.Count == 1 && token - closing[0] - 1 <= AuxiliaryReach
                   && cues.Any(c => c.IsTitle && c.FirstToken > person.EndToken && c.EndToken <= closing[0]);
        }

        // The auxiliaries between a closed apposition and a kill: "has been", « a été ».
        private const int AuxiliaryReach = 2;

        /// <summary>The relations of the article, once its events are assembled.</summary>
        public ImmutableArray<RelationRecord> Complete(IReadOnlyList<Incident> incidents, ImmutableArray<EventRecord> events)
        {
            ServedUnder();
            Killings(incidents, events);
            return Result();
        }

        private ImmutableArray<RelationRecord> Result() =>
        [
            .. _relations
                .Where(r => !(r.Predicate == RelationPredicates.MemberOf && _relations.Any(o => o.Subject == r.Subject && o.Object == r.Object
                    && o.Predicate is RelationPredicates.LeaderOf or RelationPredicates.FormerlyMemberOf)))
                // A person told leading a group is no former member of it: "كان عضوا في مجلسها" before he became its emir.
                .Where(r => !(r.Predicate == RelationPredicates.FormerlyMemberOf && _relations.Any(o => o.Subject == r.Subject && o.Object == r.Object && o.Predicate == RelationPredicates.LeaderOf)))
                // A person who left one group and founded another leads it; he did not defect to it.
                .Where(r => !(r.Predicate == RelationPredicates.DefectedTo && _relations.Any(o => o.Subject == r.Subject && o.Object == r.Object && o.Predicate == RelationPredicates.LeaderOf)))
                .Select(r => r.Predicate == RelationPredicates.MemberOf && _leftGroup.Contains(r.Subject) && !IsDefectionTarget(r)
                    ? r with { Predicate = RelationPredicates.FormerlyMemberOf }
                    : r)
                .DistinctBy(r => (r.Subject, r.Predicate, r.Object)),
        ];

        private bool IsDefectionTarget(RelationRecord membership) =>
            _relations.Any(o => o.Subject == membership.Subject && o.Object == membership.Object && o.Predicate == RelationPredicates.DefectedTo);

        private bool Disputed(int sentence) =>
            cues.Any(c => c.Kind == RelationCueKind.Dispute && layers.SentenceOf(c.FirstToken) is var s && (s == sentence || s == sentence + 1));

        /// <summary>
        /// Who a clause is about when it names nobody: the last person named in its sentence, else in the one before; not one named
        /// as the other party ("X … clashed with Y and defected to Z" is about X).
        /// </summary>
        private PersonMention? Topic(int token)
        {
            var sentence = layers.SentenceOf(token);
            return layers.Persons.LastOrDefault(p => p.EndToken <= token && layers.SentenceOf(p.FirstToken) == sentence && !NamedAsOtherParty(p))
                   ?? layers.Persons.LastOrDefault(p => p.EndToken <= token && layers.SentenceOf(p.FirstToken) == sentence - 1 && !NamedAsOtherParty(p));
        }

        /// <summary>
        /// "ولد X في مدينة … ودرس فيها. وبعد سنوات التحق بـY": a profile tells a career over sentences that name nobody; a
        /// joining is the person named last a few sentences before.
        /// </summary>
        /// <remarks>
        /// "حبيب يوسف؛ وهو الابن الأكبر لمؤسس الجماعة X؛ وكان المتحدث باسمها": of the persons named there, the one the article names most is
        /// whom the career is about; a father or a chief named in passing is not.
        /// </remarks>
        private PersonMention? CareerTopic(int token)
        {
            var sentence = layers.SentenceOf(token);
            var named = layers.Persons.Where(p => p.EndToken <= token && sentence - layers.SentenceOf(p.FirstToken) <= CareerSentences && !NamedAsOtherParty(p)).ToList();
            var most = named.Count == 0 ? 0 : named.Max(n => Mentions(n.Name));
            return named.LastOrDefault(p => Mentions(p.Name) == most);
        }

        private int Mentions(string person) => layers.Persons.Count(p => p.Name == person);

        /// <summary>
        /// "… clashed with X", « … sous le commandement de X »: a person named as the other party or as the chief served under,
        /// right after the cue or on the next line.
        /// </summary>
        private bool NamedAsOtherParty(PersonMention person) =>
            cues.Any(c => c.Kind is RelationCueKind.Counterpart or RelationCueKind.ServedUnder
                          && (c.EndToken == person.FirstToken || c.EndToken + 1 == person.FirstToken && layers.Doc.Tokens[c.EndToken].Kind == TokenKind.LineBreak));

        private PersonMention? PersonBefore(int token, int reach) =>
            layers.Persons.LastOrDefault(p => p.EndToken <= token && token - p.EndToken <= reach && layers.SentenceOf(p.FirstToken) == layers.SentenceOf(token));

        private PersonMention? PersonAfter(int token, int reach) =>
            layers.Persons.FirstOrDefault(p => p.FirstToken >= token && p.FirstToken - token <= reach && layers.SentenceOf(p.FirstToken) == layers.SentenceOf(Math.Max(0, token - 1)));

        /// <summary>The force a person gives himself up or rallies to: a named one, or "the army", "the transitional authorities" of the article's country.</summary>
        private ActorMention? ForceAfter(int token, int reach) =>
            layers.Actors.FirstOrDefault(a => a.FirstToken >= token && a.FirstToken - token <= reach && Resolve(a) is not null
                                              && layers.SentenceOf(a.FirstToken) == layers.SentenceOf(Math.Max(0, token - 1)));

        /// <summary>A named group as the article's country has it (داعش in Nigeria is the West Africa province), or "the army" of that country.</summary>
        private Actor? Resolve(ActorMention mention) => mention.IsAnaphor && CalledNew(mention) && FormedBefore(mention.FirstToken) is { } formed ? Local(formed)
            : mention.Actor is { IsTemplate: false } named ? Local(named)
            : mention.Actor is null && mention.Role is ActorRole.Military or ActorRole.Security ? StateForces()
            : null;

        /// <summary>"التنظيم الجديد", « le nouveau groupe », "the new group": an anaphor with "new" next to it.</summary>
        private bool CalledNew(ActorMention mention) =>
            mention.EndToken < layers.Doc.Tokens.Length && layers.Is(mention.EndToken, SyntaxRole.New) || mention.FirstToken > 0 && layers.Is(mention.FirstToken - 1, SyntaxRole.New);

        /// <summary>The group the last merger or coalition before <paramref name="token"/> formed, as the text names it.</summary>
        private Actor? FormedBefore(int token) =>
            cues.Where(c => c.Kind is RelationCueKind.MergeInto or RelationCueKind.Comprises && c.EndToken <= token).Select(FormedBy).LastOrDefault(formed => formed is not null);

        /// <summary>The named group a merger cue ("الاندماج في كيان واحد يحمل اسم X") or a coalition cue ("X التي تضم") forms.</summary>
        private Actor? FormedBy(Cue cue) => (cue.Kind == RelationCueKind.MergeInto
                ? layers.Actors.FirstOrDefault(a => a.FirstToken >= cue.EndToken && a.FirstToken - cue.EndToken <= MergerReach && !a.IsAnaphor && a.Actor is { IsTemplate: false })
                : layers.Actors.LastOrDefault(a => a.EndToken <= cue.FirstToken && cue.FirstToken - a.EndToken <= GroupGap && !a.IsAnaphor && a.Actor is { IsTemplate: false }))?.Actor;

        private Actor Local(Actor actor) => catalog.InCountry(actor, layers.ArticleCountryPlace?.CountryCode);

        private Actor? StateForces() => catalog.StateActor(ActorKinds.StateForces, layers.ArticleCountryPlace?.CountryCode);

        private ActorMention? ActorAfter(int token, int reach) =>
            layers.Actors.FirstOrDefault(a => a.FirstToken >= token && a.FirstToken - token <= reach && a.Actor is { } group && !group.IsTemplate
                                              && layers.SentenceOf(a.FirstToken) == layers.SentenceOf(Math.Max(0, token - 1)));

        /// <summary>
        /// The group a leadership or membership cue names: right after it, else the one just before it with no name between
        /// ("X أمير G، وY نائب أمير …": G is X's).
        /// </summary>
        private ActorMention? GroupNear(Cue cue) =>
            (ActorAfter(cue.EndToken, 3) is { } after && !Qualifies(after) ? after : null)
            ?? RegionalGroup(cue)
            ?? layers.Actors.LastOrDefault(a => a.EndToken <= cue.FirstToken && cue.FirstToken - a.EndToken <= 4 && a.Actor is { IsTemplate: false }
                                                 && layers.SentenceOf(a.FirstToken) == layers.SentenceOf(cue.FirstToken)
                                                 && !layers.Persons.Any(p => p.FirstToken >= a.EndToken && p.EndToken <= cue.FirstToken));

        /// <summary>
        /// A state force by its regime's name (the leader of the army of 2012 is not that of 2021); a group by its current
        /// name, since a tie outlives the period names event coding gives a group ("… - Greater Sahara Faction").
        /// </summary>
        private string Name(Actor actor) => actor.Kind == ActorKinds.Jihadist ? actor.AcledName : actor.NameOn(layers.Reference);

        // How far after a title the group of a region it is over may be named: "أمير قطاع X في الولاية عن «الجماعة»".
        private const int RegionReach = 6;

        /// <summary>"أمير قطاع X في الولاية عن «الجماعة»": past the region a title is over, the group it holds the region for, after في or عن.</summary>
        private ActorMention? RegionalGroup(Cue cue)
        {
            for (var t = cue.EndToken + 1; t <= cue.EndToken + RegionReach && t < layers.Doc.Tokens.Length; t++)
            {
                if (layers.Actors.Any(a => a.FirstToken == t && a.Actor is not null))
                {
                    return null;
                }

                if (layers.Word(t) is "في" or "عن" && ActorAfter(t + 1, GroupGap) is { } group)
                {
                    return group;
                }
            }

            return null;
        }

        /// <summary>"أمير أفريقيا في تنظيم داعش", "أمير منطقة … عن النصرة": a leader's title over a region, its group after في or عن, makes him a member of the group.</summary>
        private bool OverRegion(Cue cue, ActorMention group) =>
            group.FirstToken > cue.EndToken + 1
            && Enumerable.Range(cue.EndToken + 1, group.FirstToken - cue.EndToken - 1).Any(t => group.FirstToken - t <= GroupGap && layers.Word(t) is "في" or "عن");

        /// <summary>A relation to a group; a person who leads, belongs or defected to it is now of it.</summary>
        private void Add(string subject, string predicate, Actor group, TextSpan evidence, double confidence)
        {
            group = CataloguedMovement(subject, predicate, Local(group)) ?? Local(group);
            if (predicate is RelationPredicates.LeaderOf or RelationPredicates.MemberOf or RelationPredicates.DefectedTo)
            {
                _groupOf[subject] = group;
                _current.Add((subject, group));
            }

            Add(subject, predicate, Name(group), evidence, confidence);
        }

        /// <summary>
        /// "زعيم داعش أبو بكر البغدادي" in a Sahel article: the name read as the local branch is, for a person the catalogue makes
        /// leader of the worldwide movement the branch belongs to (a movement no other group holds), that movement.
        /// </summary>
        private Actor? CataloguedMovement(string subject, string predicate, Actor branch) =>
            predicate == RelationPredicates.LeaderOf
            && layers.Persons.FirstOrDefault(p => p.Name == subject && p.Known is not null)?.Known is { Role: "leader" or "founder" or "emir" } known
            && catalog.ById(known.GroupId) is { ParentId: null } movement && movement.Id != branch.Id && catalog.IsWithin(branch, movement)
                ? movement
                : null;

        private void Add(string subject, string predicate, string obj, TextSpan evidence, double confidence) =>
            _relations.Add(new RelationRecord { ArticleId = articleId, Subject = subject, Predicate = predicate, Object = obj, Evidence = evidence, Confidence = confidence });
    }
}
