using Marsad.Relations;
using Marsad.Tests.Golden;

namespace Marsad.Tests.Relations;

/// <summary>French and English relations, from sentences written for these tests (the names are made up or catalogued).</summary>
public sealed class LatinRelationTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    private List<(string Subject, string Predicate, string Object)> Relations(string lang, string text) =>
        [.. fixture.Pipeline.Analyze(new Article { Id = "t", Lang = lang, Published = new DateOnly(2025, 4, 2), Text = text }).Relations.Select(r => (r.Subject, r.Predicate, r.Object))];

    [Theory]
    [InlineData("fr", "Dans un message audio, Iyad Ag-Ghali, chef du Groupe de soutien à l'islam et aux musulmans, rejette toute négociation.")]
    [InlineData("en", "Iyad Ag Ghaly, the leader of the Group for Support of Islam and Muslims, called for talks on Monday.")]
    public void Extract_GroupNameStartingWithTheNounOfAnAnaphor_IsTheGroupNamed(string lang, string text)
    {
        Assert.Contains(("Iyad Ag Ghaly", RelationPredicates.LeaderOf, "JNIM: Group for Support of Islam and Muslims"), Relations(lang, text));
    }

    [Fact]
    public void Extract_FrenchTitleWithGroupBeforeName_IsAMembership()
    {
        var relations = Relations("fr", "Un chef militaire de l'État islamique au Sahel, Boubacar Ould Hamma, a été arrêté mardi près de Ménaka.");

        Assert.Contains(("Boubacar Ould Hamma", RelationPredicates.MemberOf, "Islamic State (Sahel)"), relations);
    }

    [Fact]
    public void Extract_FrenchRallyingToTheArmy_IsADefectionFromTheTitledGroup()
    {
        var relations = Relations("fr", "KIDAL – Un commandant du FLA, Moussa Ag Adnane, a annoncé samedi son ralliement à l'armée malienne avec vingt combattants.");

        Assert.Contains(("Moussa Ag Adnane", RelationPredicates.DefectedTo, "Military Forces of Mali (2021-)"), relations);
        Assert.Contains(("Moussa Ag Adnane", RelationPredicates.FormerlyMemberOf, "FLA: Azawad Liberation Front"), relations);
        Assert.DoesNotContain(relations, r => r.Predicate == RelationPredicates.MemberOf);
    }

    [Fact]
    public void Extract_EnglishGroupBeforeLeaderTitle_GivesLeadershipAndTheKiller()
    {
        var relations = Relations("en", "ISWAP leader Abu Hafsa al-Kanemi was killed by the Nigerian army near Monguno on Monday.");

        Assert.Contains(("Abu Hafsa al-Kanemi", RelationPredicates.LeaderOf, "Islamic State (West Africa)"), relations);
        Assert.Contains(("Abu Hafsa al-Kanemi", RelationPredicates.KilledBy, "Military Forces of Nigeria (2023-)"), relations);
    }

    [Fact]
    public void Extract_EnglishIdentifiedAsAfterTitle_NamesTheCommander()
    {
        var relations = Relations("en", "Troops arrested a senior commander of JNIM, identified as Abou Karim al-Foulani, in Mopti on Friday.");

        Assert.Contains(("Abou Karim al-Foulani", RelationPredicates.MemberOf, "JNIM: Group for Support of Islam and Muslims"), relations);
    }

    [Fact]
    public void Extract_EnglishKnownPersonAfterTitle_TakesTheTitle()
    {
        var relations = Relations("en", "Boko Haram leader Abubakar Shekau appeared in a new video on Sunday.");

        Assert.Equal([("Abubakar Shekau", RelationPredicates.LeaderOf, "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad")], relations);
    }

    [Fact]
    public void Extract_EnglishTitleWithoutName_GivesNothing()
    {
        var relations = Relations("en", "The leader of ISWAP said in an audio message that the group would fight on.");

        Assert.Empty(relations);
    }

    [Fact]
    public void Extract_EnglishFormerMemberTitle_IsAFormerMembership()
    {
        var relations = Relations("en", "A former member of Boko Haram, Musa Kaka, was arrested in Maiduguri on Tuesday.");

        Assert.Contains(("Musa Kaka", RelationPredicates.FormerlyMemberOf, "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"), relations);
        Assert.DoesNotContain(relations, r => r.Predicate == RelationPredicates.MemberOf);
    }

    [Theory]
    [InlineData("fr", "Ancien membre d'Ansaroul Islam, puis du Mujao, Musa Kaka a été arrêté jeudi à Dori.")]
    [InlineData("en", "A former member of Ansaroul Islam and then of MUJAO, Musa Kaka was arrested in Dori on Thursday.")]
    public void Extract_FormerTitleListingGroupsBeforeTheName_IsAFormerMembershipOfTheFirst(string lang, string text)
    {
        Assert.Contains(("Musa Kaka", RelationPredicates.FormerlyMemberOf, "Ansaroul Islam"), Relations(lang, text));
    }

    [Fact]
    public void Extract_FrenchPassiveKill_TakesThePersonBeforeItAsVictim()
    {
        var relations = Relations("fr", "Le jihadiste Abdoul Hakim Dicko a été tué par l'armée malienne près de Gao.");

        Assert.Contains(("Abdoul Hakim Dicko", RelationPredicates.KilledBy, "Military Forces of Mali (2021-)"), relations);
    }
}
