using System.Globalization;
using Marsad.Events;
using Marsad.Tests.Golden;

namespace Marsad.Tests.Events;

/// <summary>
/// The argument reader of event assembly on the three languages: one mechanism per phenomenon, with where each
/// language puts an argument read from <c>data/lexicon/LANG/grammar.tsv</c> and <c>syntax.tsv</c>.
/// </summary>
public sealed class ArgumentReadingTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    private EventRecord Single(string lang, string text) =>
        Assert.Single(fixture.Pipeline.Analyze(new Article { Id = "t", Lang = lang, Published = DateOnly.Parse("2025-03-10", CultureInfo.InvariantCulture), Text = text }).Events);

    [Theory]
    [InlineData("ar", "قتل ثلاثة جنود في هجوم لجماعة نصرة الإسلام والمسلمين قرب مدينة موبتي يوم الأحد.")]
    [InlineData("fr", "Trois soldats ont été tués dimanche dans une attaque meurtrière du JNIM près de Mopti.")]
    [InlineData("en", "Three soldiers were killed on Sunday in a JNIM attack near Mopti.")]
    public void Possessor_OwnerOfTheEventNoun_IsTheAgent(string lang, string text)
    {
        var attack = Single(lang, text);

        Assert.StartsWith("JNIM", attack.Actor1, StringComparison.Ordinal);
        Assert.StartsWith("Military Forces of Mali", attack.Actor2, StringComparison.Ordinal);
    }

    [Fact]
    public void Possessor_OwnerInQuotesAfterTheParticle_IsTheAgent()
    {
        var attack = Single("ar", "قتل خمسة مدنيين بهجوم لـ\"بوكو حرام\" في ولاية بورنو يوم الأحد.");

        Assert.StartsWith("Boko Haram", attack.Actor1, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ar", "هاجم مسلحون من جماعة «بوكو حرام» قرية في ولاية بورنو يوم الأحد وقتلوا خمسة مدنيين.")]
    [InlineData("fr", "Des combattants présumés de Boko Haram ont attaqué dimanche un village de l'État de Borno, tuant cinq civils.")]
    [InlineData("en", "Boko Haram fighters attacked a village in Borno State on Sunday, killing five civilians.")]
    public void Refine_UnnamedFightersOfAGroup_StandForTheGroup(string lang, string text)
    {
        var attack = Single(lang, text);

        Assert.StartsWith("Boko Haram", attack.Actor1, StringComparison.Ordinal);
        Assert.StartsWith("Civilians", attack.Actor2, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ar", "تبنت جماعة نصرة الإسلام والمسلمين الهجوم الذي استهدف موقعا للجيش المالي قرب موبتي يوم الأحد.")]
    [InlineData("ar", "أعلنت جماعة نصرة الإسلام والمسلمين، فرع تنظيم القاعدة في الساحل، مسؤوليتها عن الهجوم على موقع للجيش المالي قرب موبتي يوم الأحد.")]
    [InlineData("fr", "Le JNIM, affilié à al-Qaïda, a revendiqué l'attaque menée dimanche contre un poste de l'armée malienne près de Mopti.")]
    [InlineData("en", "The attack on an army post near Mopti on Sunday was claimed by JNIM.")]
    public void Claimant_GroupClaimingTheAttack_IsTheAgentNotItsParent(string lang, string text)
    {
        var attack = Single(lang, text);

        Assert.StartsWith("JNIM", attack.Actor1, StringComparison.Ordinal);
        Assert.StartsWith("Military Forces of Mali", attack.Actor2, StringComparison.Ordinal);
    }
}
