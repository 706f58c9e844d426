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

    /// <summary>"أصيب" tells what befell its subject: the soldiers wounded after a blast are never the blast's authors.</summary>
    [Fact]
    public void WoundedSubject_OfAVerbOfUndergoing_IsNoAgent()
    {
        var blast = Single("ar", "قتل خمسة جنود عندما انفجر لغم بعربتهم قرب بلدة ميناكا يوم الأحد. وأصيب ثلاثة جنود آخرون في الانفجار.");

        Assert.Equal("Remote explosive/landmine/IED", blast.SubEventType);
        Assert.DoesNotContain("Military", blast.Actor1 ?? "", StringComparison.Ordinal);
        Assert.StartsWith("Military Forces of Mali", blast.Actor2, StringComparison.Ordinal);
    }

    /// <summary>"مجموعة من الرجال المدججين بالسلاح" are the attackers, and an activist or a journalist is a civilian victim.</summary>
    [Theory]
    [InlineData("هاجم رجال مدججون بالسلاح مساء الجمعة دورية للجيش النيجري قرب بلدة أغاديز وقتلوا تسعة جنود.", "Armed clash", "Military Forces of Niger")]
    [InlineData("أقدم مسلحون مساء الجمعة على خطف ناشط إيطالي قرب بلدة أغاديز وقتلوا اثنين من مرافقيه.", "Attack", "Civilians (Niger)")]
    [InlineData("خطف مسلحون صحفيا قرب بلدة أغاديز مساء الجمعة.", "Abduction/forced disappearance", "Civilians (Niger)")]
    public void ActorNouns_HeavilyArmedMenAndActivists_TakeTheirSides(string text, string subEventType, string actor2)
    {
        var incident = Single("ar", text);

        Assert.Equal(subEventType, incident.SubEventType);
        Assert.StartsWith(actor2, incident.Actor2, StringComparison.Ordinal);
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

    [Theory]
    [InlineData("ar", "هاجمت جماعة نصرة الإسلام والمسلمين موقعا للجيش المالي قرب موبتي يوم الأحد.")]
    [InlineData("fr", "Le JNIM a attaqué dimanche un poste de l'armée malienne près de Mopti.")]
    [InlineData("en", "JNIM attacked an army post near Mopti on Sunday.")]
    public void Subject_AfterOrBeforeTheVerbByLanguage_IsTheAgent(string lang, string text)
    {
        var attack = Single(lang, text);

        Assert.StartsWith("JNIM", attack.Actor1, StringComparison.Ordinal);
        Assert.StartsWith("Military Forces of Mali", attack.Actor2, StringComparison.Ordinal);
    }

    /// <summary>
    /// A demonym next to the weapon says whose strike it was, though no force is named; the fighters counted among the dead
    /// after an unvocalised passive (قتل خمسة مسلحين) are its victims, not its authors.
    /// </summary>
    [Theory]
    [InlineData("ar", "كيدال – مرصد: قتل خمسة مسلحين من تنظيم القاعدة في المغرب الإسلامي يوم الأربعاء في غارة جوية فرنسية قرب تساليت.")]
    [InlineData("fr", "KIDAL – Des frappes aériennes françaises ont visé mercredi une position d'AQMI près de Tessalit.")]
    [InlineData("en", "KIDAL – A French drone struck an AQIM position near Tessalit on Wednesday.")]
    public void Agent_DemonymOfTheWeapon_NamesTheStrikingForce(string lang, string text)
    {
        var strike = Single(lang, text);

        Assert.Equal("Air/drone strike", strike.SubEventType);
        Assert.StartsWith("Military Forces of France", strike.Actor1, StringComparison.Ordinal);
        Assert.StartsWith("AQIM", strike.Actor2, StringComparison.Ordinal);
    }

    /// <summary>Those who took part in an event noun's action (شاركت فيها، with the participation of, involving) are its agents, not its target.</summary>
    [Theory]
    [InlineData("ar", "كيدال – مرصد: قتل خمسة مسلحين يوم الأحد قرب تساليت في ضربة جوية شارك فيها الجيش الفرنسي.")]
    [InlineData("fr", "KIDAL – Cinq jihadistes ont été tués dimanche près de Tessalit dans des frappes aériennes avec la participation des forces françaises.")]
    [InlineData("en", "KIDAL – Five militants were killed on Sunday near Tessalit in air strikes involving French forces.")]
    public void Agent_ThoseWhoTookPartInTheStrike_AreItsAgent(string lang, string text)
    {
        var strike = Single(lang, text);

        Assert.StartsWith("Military Forces of France", strike.Actor1, StringComparison.Ordinal);
    }

    /// <summary>"أن الهجوم استهدف القاعدة": with the event noun fronted as the subject, the base after the verb is what was hit, not al-Qaeda nor the attacker.</summary>
    [Fact]
    public void Subject_EventNounFrontedAfterThat_LeavesTheActorAfterTheVerbAsTarget()
    {
        var attack = Single("ar", "تيرا – مرصد: هاجم مسلحون بلدة تيرا يوم الأحد. وأكد مسؤول عسكري أن الهجوم استهدف القاعدة العسكرية في البلدة.");

        Assert.StartsWith("Unidentified Armed Group (Niger)", attack.Actor1, StringComparison.Ordinal);
        Assert.StartsWith("Military Forces of Niger", attack.Actor2, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ar", "وحدة من القوات الخاصة النيجرية ألقت القبض على قيادي في تنظيم داعش قرب أبالا يوم الأحد.")]
    [InlineData("fr", "Une unité de l'armée nigérienne a arrêté dimanche un chef de l'EIGS près d'Abala.")]
    [InlineData("en", "A unit of the Nigerien army arrested an Islamic State commander near Abala on Sunday.")]
    public void Subject_GroupAfterAPlainNounOfTheSubject_StandsForThePhrase(string lang, string text)
    {
        var arrest = Single(lang, text);

        Assert.Equal("Arrests", arrest.SubEventType);
        Assert.StartsWith("Military Forces of Niger", arrest.Actor1, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ar", "نفذت مروحيات تابعة للجيش المالي غارات على مواقع قرب موبتي يوم الأحد.")]
    [InlineData("fr", "L'armée malienne a mené dimanche des frappes aériennes près de Mopti.")]
    [InlineData("en", "The Malian army carried out air strikes near Mopti on Sunday.")]
    public void SupportVerbSubject_SubjectOfTheLightVerb_CarriesOutTheStrike(string lang, string text)
    {
        var strike = Single(lang, text);

        Assert.Equal("Air/drone strike", strike.SubEventType);
        Assert.StartsWith("Military Forces of Mali", strike.Actor1, StringComparison.Ordinal);
        Assert.True(strike.FieldEvidence.ContainsKey("actor1"));
    }

    [Theory]
    [InlineData("ar", "هاجم مسلحون من تنظيم داعش دورية للجيش النيجري قرب أبالا يوم الأحد.")]
    [InlineData("fr", "Les combattants de l'EIGS ont attaqué dimanche une patrouille de l'armée nigérienne près d'Abala.")]
    [InlineData("en", "Islamic State fighters attacked a Nigerien army patrol near Abala on Sunday.")]
    [InlineData("ar", "قُتل خمسة جنود نيجريين قرب أبالا يوم الأحد على يد مسلحين من تنظيم داعش.")]
    [InlineData("fr", "Cinq soldats nigériens ont été tués dimanche près d'Abala par des combattants de l'EIGS.")]
    [InlineData("en", "Five Nigerien soldiers were killed near Abala on Sunday by Islamic State fighters.")]
    public void FindTarget_ObjectOrPassivePatient_IsTheTarget(string lang, string text)
    {
        var clash = Single(lang, text);

        Assert.StartsWith("Islamic State", clash.Actor1, StringComparison.Ordinal);
        Assert.StartsWith("Military Forces of Niger", clash.Actor2, StringComparison.Ordinal);
        Assert.True(clash.FieldEvidence.ContainsKey("actor2"));
    }

    [Theory]
    [InlineData("ar", "نفذ الجيش المالي يوم الأحد غارة جوية استهدفت تجمعا لمسلحين من جماعة نصرة الإسلام والمسلمين قرب موبتي.")]
    [InlineData("fr", "Une frappe de drone de l'armée malienne a visé dimanche un rassemblement de combattants du JNIM près de Mopti.")]
    [InlineData("en", "Malian army helicopters flew over the area near Mopti on Sunday and later struck a JNIM convoy.")]
    [InlineData("ar", "استهدفت غارة جوية للجيش المالي يوم الأحد تجمعا لمسلحين من جماعة نصرة الإسلام والمسلمين قرب موبتي.")]
    [InlineData("ar", "قصفت طائرة مسيرة تابعة للجيش المالي يوم الأحد مواقع لمسلحي جماعة نصرة الإسلام والمسلمين قرب موبتي.")]
    // The weapon past the words of its own noun phrase; the gunmen who own the object after the date are what was hit.
    [InlineData("ar", "استهدفت طائرات مالية مسيرة يوم الأحد تجمعا لمسلحين من جماعة نصرة الإسلام والمسلمين قرب موبتي.")]
    public void DescribesStrike_VerbTellingARemoteWeapon_TellsThatStrike(string lang, string text)
    {
        var strike = Single(lang, text);

        Assert.Equal("Air/drone strike", strike.SubEventType);
        Assert.StartsWith("Military Forces of Mali", strike.Actor1, StringComparison.Ordinal);
        Assert.StartsWith("JNIM", strike.Actor2, StringComparison.Ordinal);
    }
}
