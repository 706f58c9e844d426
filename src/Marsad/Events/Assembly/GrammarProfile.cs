using Marsad.Resources;

namespace Marsad.Events.Assembly;

/// <summary>
/// How a language orders an event's arguments, read from <c>data/lexicon/LANG/grammar.tsv</c>: the one
/// argument reader of event assembly asks this profile where to look, so a new language is a data file.
/// </summary>
internal sealed record GrammarProfile
{
    /// <summary>"تبنت جماعة X", "أسرت قوة برية": the subject follows its verb, rather than coming before it.</summary>
    public required bool SubjectAfterVerb { get; init; }

    /// <summary>"a JNIM attack", "ISWAP's assault": an actor right before an event noun owns it.</summary>
    public required bool OwnerBeforeNoun { get; init; }

    /// <summary>
    /// « attaque jihadiste »: an actor right after an event noun with no particle owns it (an adjective); where
    /// that position is a genitive complement (مقتل الجندي: the soldier's death), it does not.
    /// </summary>
    public required bool BareOwnerAfterNoun { get; init; }

    /// <summary>
    /// « l'attaque du camp militaire »: the owner particle also introduces what was hit, so only an armed
    /// actor after it owns the event; the Arabic ل of an event noun names its author.
    /// </summary>
    public required bool OwnerParticleMayIntroduceTarget { get; init; }

    /// <summary>"مقاتلي الجماعة": a noun of members takes its group as a genitive right after it, with no link word.</summary>
    public required bool MemberGenitiveWithoutLink { get; init; }

    /// <summary>
    /// « combattants présumés de Boko Haram », "fighters suspected of links to": how many words may stand between a noun of
    /// members and the link word to its group.
    /// </summary>
    public required int WordsBeforeMemberLink { get; init; }

    /// <summary>« ont ouvert le feu »: a fixed phrase trigger is a verb phrase whose subject acts; not where phrases tell what befell their subject (لقي حتفه).</summary>
    public required bool PhraseSubjectIsAgent { get; init; }

    /// <summary>
    /// How many words may stand between a subject before its verb and the verb: auxiliaries, adverbs, a short modifier
    /// ("troops pursuing the attackers had clashed"); few where the subject normally follows its verb.
    /// </summary>
    public required int SubjectReach { get; init; }

    /// <summary>How far a light verb may stand before its event noun: where the subject follows the verb, it stands between ("نفذت مروحيات تابعة للجيش … غارات").</summary>
    public required int LightVerbReach { get; init; }

    /// <summary>
    /// "helicopters … later struck a convoy": an attack verb later in the sentence of a remote weapon tells its strike; not
    /// where such a verb tells a ground fight of its own (the Arabic news read so far).
    /// </summary>
    public required bool StrikeToldByLaterAttackVerb { get; init; }

    public static GrammarProfile Load(ResourceStore store, string code)
    {
        var table = TsvTable.Read(store, $"lexicon/{code}/grammar.tsv", "setting", "value");
        var settings = table.Rows.ToDictionary(row => row["setting"], StringComparer.Ordinal);
        TsvRow Row(string name) => settings.Remove(name, out var row) ? row : throw new ResourceFormatException($"{table.Origin}: no setting '{name}'");
        bool Yes(string name) => Row(name) is var row && row["value"] switch
        {
            "yes" => true,
            "no" => false,
            var other => throw row.Fail($"'{other}' is not yes or no"),
        };
        int Count(string name) => Row(name) is var row && row.WholeNumber("value") is >= 0 and <= 12 and var count ? (int)count : throw row.Fail("not a count from 0 to 12");

        var profile = new GrammarProfile
        {
            SubjectAfterVerb = Yes("subject_after_verb"),
            OwnerBeforeNoun = Yes("owner_before_noun"),
            BareOwnerAfterNoun = Yes("bare_owner_after_noun"),
            OwnerParticleMayIntroduceTarget = Yes("owner_particle_may_introduce_target"),
            MemberGenitiveWithoutLink = Yes("member_genitive_without_link"),
            WordsBeforeMemberLink = Count("words_before_member_link"),
            PhraseSubjectIsAgent = Yes("phrase_subject_is_agent"),
            SubjectReach = Count("subject_reach"),
            LightVerbReach = Count("light_verb_reach"),
            StrikeToldByLaterAttackVerb = Yes("strike_told_by_later_attack_verb"),
        };
        return settings.Count == 0 ? profile : throw settings.Values.First().Fail("unknown setting");
    }
}
