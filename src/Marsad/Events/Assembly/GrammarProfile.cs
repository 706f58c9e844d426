using Marsad.Resources;

namespace Marsad.Events.Assembly;

/// <summary>
/// How a language orders an event's arguments, read from <c>data/lexicon/LANG/grammar.tsv</c>: the one
/// argument reader of event assembly asks this profile where to look, so a new language is a data file.
/// </summary>
internal sealed record GrammarProfile
{
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

    public static GrammarProfile Load(ResourceStore store, string code)
    {
        var settings = new Dictionary<string, bool>(StringComparer.Ordinal);
        var table = TsvTable.Read(store, $"lexicon/{code}/grammar.tsv", "setting", "value");
        foreach (var row in table.Rows)
        {
            settings[row["setting"]] = row["value"] switch
            {
                "yes" => true,
                "no" => false,
                var other => throw row.Fail($"'{other}' is not yes or no"),
            };
        }

        bool Setting(string name) => settings.Remove(name, out var value) ? value : throw new ResourceFormatException($"{table.Origin}: no setting '{name}'");
        var profile = new GrammarProfile
        {
            OwnerBeforeNoun = Setting("owner_before_noun"),
            BareOwnerAfterNoun = Setting("bare_owner_after_noun"),
            OwnerParticleMayIntroduceTarget = Setting("owner_particle_may_introduce_target"),
        };
        return settings.Count == 0 ? profile : throw new ResourceFormatException($"{table.Origin}: unknown setting '{settings.Keys.First()}'");
    }
}
