using Marsad.Actors;
using Marsad.Events.Assembly;
using Marsad.Lexicon;
using Marsad.Resources;
using Marsad.Text;

namespace Marsad.Relations;

/// <summary>The kinds of relation cue in <c>data/lexicon/LANG/relation_cues.tsv</c>.</summary>
internal enum RelationCueKind
{
    Leader,
    LedBy,

    /// <summary>"Its leader": the person right after it, else the one before it, leads the group named before it (G وأميرها X، X، زعيمها).</summary>
    LeaderOfPrevious,

    /// <summary>The group told with it was founded by the person after it (تأسست … على يد، أسسها، fondé par, founded by).</summary>
    FoundedBy,

    /// <summary>The person named right after it (a verb before its subject), else the one the clause is about, founded the group after it (أسس، ليؤسس، قرر تأسيس).</summary>
    Founds,

    /// <summary>A commander's noun: the person leads the group that follows it with no link word (قائد التنظيم), else belongs to the group (قائد في).</summary>
    Head,
    Member,
    Former,
    FormerFrom,
    Join,
    Surrender,
    ServedUnder,

    /// <summary>The person right before it leads the group the last merger formed, which a pronoun in it names (اختارت X أميرا لها).</summary>
    LeaderOfFormed,

    /// <summary>The person named right after it has the person told with it as deputy (« X, l'adjoint de Y », نائب Y، X).</summary>
    Deputy,

    /// <summary>The person named right after it is the deputy of the person whose possessive comes before it ("X's deputy, Y").</summary>
    DeputyOfPrevious,

    /// <summary>A deputy's title whose own pronoun names his chief (نائبه، ذراعه اليمنى): the chief is the person named last before it.</summary>
    DeputyOfReferent,

    /// <summary>The person before it is second in the group after it (الرجل الثاني في، numéro deux du): he served under its leader.</summary>
    SecondIn,

    /// <summary>The person named right after it is the other party of what the clause tells, not whom it is about (clashed with, مع، contre).</summary>
    Counterpart,

    /// <summary>After a title and its group, puts the title in the past (أمير «الجماعة» سابقا): the person was of the group.</summary>
    Past,

    Dispute,

    /// <summary>The force right after it carried out the operation a killing in its sentence belongs to (في عملية نفذتها القوات، carried out by, opération de).</summary>
    Killer,

    /// <summary>A means of armed force (عملية عسكرية، غارة جوية، الطائرات): a demonym right after it names the country whose forces used it.</summary>
    ForceMeans,

    /// <summary>The group before is part of the group after (المرتبطة ب، branche de, affiliated with).</summary>
    Affiliate,

    /// <summary>The group after is part of the group before ("al-Qaeda's West African branch JNIM").</summary>
    BranchAfter,

    /// <summary>The group before is made of the groups listed after (يضم، regroupant, comprising).</summary>
    Comprises,

    /// <summary>The groups listed before merge into the group after (الاندماج في، au sein du, merged into).</summary>
    MergeInto,

    /// <summary>The group the sentence is about and the groups after it merge (انصهارها مع، اندماج بين، fusion avec), into the group a naming or founding cue names.</summary>
    MergeWith,

    /// <summary>A founding noun read only of groups (إنشاء): the groups the sentence is about founded the group after it together.</summary>
    FoundedTogether,

    /// <summary>A verb of appointing (عين، اختار، تعيين): the person named after it, with a title, belongs to the group that appoints.</summary>
    Appoint,

    /// <summary>The person named right after it led, before the one the sentence puts at the head of a group, that group (خلفا لـ، ليخلف).</summary>
    Succeeds,

    /// <summary>Names the group a merger forms (تحت اسم، يحمل اسم، sous le nom de): a merger or a founding reads it.</summary>
    NamedAs,

    /// <summary>The force before fights beside the one after (إلى جانب، aux côtés de, alongside).</summary>
    Allied,

    /// <summary>The force before is supported by the one after (بدعم من، appuyée par, backed by).</summary>
    BackedBy,

    /// <summary>The force right after it is fought against, so it is no ally of a force named beside it (يقاتل، حارب, combattait, fighting).</summary>
    Fought,

    /// <summary>The group before broke away from the one after (المنشقة عن، faction dissidente du, a splinter group of).</summary>
    SplitFrom,

    /// <summary>The group before broke away from the one named before it (الذي انشق عنها): the pronoun points back.</summary>
    SplitFromPrevious,

    /// <summary>A verb before its subject: the group after it broke away from the group named next (انفصلت X عن Y).</summary>
    SplitVerb,

    /// <summary>A verb before its subject: the group after it allied with the group named next (تحالفت X مع Y).</summary>
    AllyVerb,

    /// <summary>A joining right after it follows the membership told before it in its sentence, which is former (ثم التحق، puis a rejoint).</summary>
    Then,

    /// <summary>What the forces named side by side in its sentence do, they do together (دوريات مشتركة، patrouille conjointe, joint raid).</summary>
    Joint,

    /// <summary>Opens the list of a coalition's groups after a count or a plural noun (كلا من، هي، à savoir, namely): the list starts after it.</summary>
    ListOpener,

    /// <summary>After a group and a dash, makes the group qualify the noun that follows ("al-Qaeda-linked", "ISIS-aligned").</summary>
    Modifier,
}

/// <summary>
/// Relations between persons and groups, each with the text that states it: titles before a
/// name (القيادي في X)، appositions after it (X، زعيم Y)، the groups a person joined in the order
/// told (the last one current, the earlier ones former), defections and surrenders, "تحت قيادة",
/// and killings whose victim is named and whose author is not disputed. French and English use the same
/// rules with their own cues (« X, fondateur du groupe », "ralliement aux", "a commander of").
/// </summary>
public sealed partial class RelationExtractor
{
    private const int Reach = 15;

    // How far after a kill its agent phrase may open: a date comes between (قُتل فجر السبت الماضي من قبل…).
    private const int AgentPhraseReach = 8;

    // How far after a founding its founder may be named: the group and a date come between (تأسست الحركة عام 2012 على يد X).
    private const int FounderReach = 8;
    private readonly Dictionary<Language, PhraseMatcher<RelationCueKind>> _cues;
    private readonly ActorCatalog _catalog;

    private RelationExtractor(Dictionary<Language, PhraseMatcher<RelationCueKind>> cues, ActorCatalog catalog) => (_cues, _catalog) = (cues, catalog);

    /// <summary>The cues of every language, and the actor catalogue for the state forces a person rallies to.</summary>
    public static RelationExtractor Load(ResourceStore store) => new(new[] { (Language.Arabic, "ar"), (Language.French, "fr"), (Language.English, "en") }
        .ToDictionary(l => l.Item1, l => new PhraseMatcher<RelationCueKind>(
            TsvTable.Read(store, $"lexicon/{l.Item2}/relation_cues.tsv", "phrase", "kind").Rows.Select(row =>
                (row["phrase"], Enum.TryParse<RelationCueKind>(row["kind"].Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var kind)
                    ? kind
                    : throw row.Fail($"unknown relation cue '{row["kind"]}'"))))), ActorCatalog.Load(store));

    /// <summary>
    /// Starts the article's relations with the rules that need no events (titles, appositions, "بقيادة", joining and
    /// leaving); <see cref="ArticleRelations.Complete"/> finishes them once the events are assembled.
    /// </summary>
    internal ArticleRelations Begin(MentionLayers layers, string articleId)
    {
        var cues = _cues.TryGetValue(layers.Doc.Language, out var matcher) ? matcher.FindLongest(layers.Doc) : [];

        // "أميرها" is an entry of its own ("its emir") and أمير with a pronoun: the entry as written says what it means.
        var written = cues.GroupBy(m => (m.FirstToken, m.EndToken)).SelectMany(same => same.Any(m => m.Suffix.Length == 0) ? same.Where(m => m.Suffix.Length == 0) : same);
        return new ArticleRelations(layers, written.Select(m => new Cue(m.FirstToken, m.EndToken, m.Payload, m.Prefix)).ToList(), _catalog, articleId);
    }

    /// <summary>A relation cue found in the article, with the proclitics on its first word (<c>و</c> in "وأمير"), or none.</summary>
    internal sealed record Cue(int FirstToken, int EndToken, RelationCueKind Kind, string Prefix)
    {
        /// <summary>A title a person holds in a group: leader, member, or former one.</summary>
        public bool IsTitle => Kind is RelationCueKind.Leader or RelationCueKind.Head or RelationCueKind.Member or RelationCueKind.Former;
    }
}
