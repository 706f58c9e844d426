using Marsad.Relations;
using Marsad.Tests.Golden;

namespace Marsad.Tests.Relations;

/// <summary>Relations between groups (a part of a movement, a coalition's members, forces on one side), on sentences written for these tests.</summary>
public sealed class GroupRelationTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    private const string Jnim = "JNIM: Group for Support of Islam and Muslims";
    private const string MaliArmy = "Military Forces of Mali (2021-)";

    private List<(string Subject, string Predicate, string Object)> Relations(string lang, string text) =>
        [.. fixture.Pipeline.Analyze(new Article { Id = "g", Lang = lang, Published = new DateOnly(2024, 3, 5), Text = text }).Relations.Select(r => (r.Subject, r.Predicate, r.Object))];

    [Theory]
    [InlineData("ar", "أعلنت كتيبة ماسينا المرتبطة بجماعة نصرة الإسلام والمسلمين مسؤوليتها عن الكمين.", "Katiba Macina", Jnim)]
    [InlineData("ar", "تبنت جماعة نصرة الإسلام والمسلمين، فرع تنظيم القاعدة في الساحل، الهجوم على القافلة.", Jnim, "Al Qaeda")]
    [InlineData("ar", "قال بيان لجماعة أنصار الإسلام التابعة لنصرة الإسلام والمسلمين إن مقاتليها انسحبوا.", "Ansaroul Islam", Jnim)]
    [InlineData("fr", "La katiba Macina, branche du JNIM dans le centre du pays, a revendiqué l'embuscade.", "Katiba Macina", Jnim)]
    [InlineData("en", "JNIM, an affiliate of al-Qaeda, claimed the ambush on Tuesday.", Jnim, "Al Qaeda")]
    [InlineData("ar", "تعد كتيبة ماسينا، إحدى مكونات جماعة نصرة الإسلام والمسلمين، الأنشط في المنطقة.", "Katiba Macina", Jnim)]
    [InlineData("ar", "تبنت جماعة نصرة الإسلام والمسلمين، جناح تنظيم القاعدة في الساحل، الكمين.", Jnim, "Al Qaeda")]
    [InlineData("ar", "أعلنت جماعة أنصار الإسلام الموالية لنصرة الإسلام والمسلمين مسؤوليتها عن الكمين.", "Ansaroul Islam", Jnim)]
    [InlineData("en", "Katiba Macina joined JNIM when the coalition was formed.", "Katiba Macina", Jnim)]
    public void Extract_GroupBeforeAnAffiliationCue_IsAMemberOfTheGroupAfter(string lang, string text, string part, string whole)
    {
        Assert.Contains((part, RelationPredicates.MemberOf, whole), Relations(lang, text));
    }

    [Fact]
    public void Extract_RegionalBranchOfTheMovementItsNameStandsFor_BelongsToTheMovement()
    {
        var relations = Relations("ar", "تبنت ولاية غرب أفريقيا التابعة لتنظيم الدولة الإسلامية الهجوم على النقطة العسكرية.");

        Assert.Contains(("Islamic State (West Africa)", RelationPredicates.MemberOf, "Islamic State"), relations);
    }

    [Fact]
    public void Extract_ForceBelongingToItself_IsNoRelation()
    {
        Assert.Empty(Relations("ar", "قصفت مروحيات تابعة للجيش المالي مواقع المسلحين قرب غاو أمس."));
    }

    [Theory]
    [InlineData("ar", "وأعلنت أنصار الدين، والمرابطون، وكتيبة ماسينا الاندماج في جماعة نصرة الإسلام والمسلمين بعد لقاء في الصحراء.")]
    [InlineData("fr", "Le mois dernier, Ansar Dine, Al Mourabitoune et la katiba Macina ont fusionné au sein du JNIM après de longues tractations.")]
    [InlineData("en", "Ansar Dine, Al Mourabitoun and Katiba Macina merged into JNIM after weeks of talks in the desert.")]
    public void Extract_GroupsListedBeforeAMerger_EachIsAMemberOfTheNewGroup(string lang, string text)
    {
        var relations = Relations(lang, text);

        Assert.Contains(("Ansar Dine", RelationPredicates.MemberOf, Jnim), relations);
        Assert.Contains(("Al Mourabitoun", RelationPredicates.MemberOf, Jnim), relations);
        Assert.Contains(("Katiba Macina", RelationPredicates.MemberOf, Jnim), relations);
    }

    [Fact]
    public void Extract_GroupHoldingToItsPledge_IsAMemberOfTheMovementPledgedTo()
    {
        var relations = Relations("ar", "وأكد المتحدث أن نصرة الإسلام والمسلمين ما زالت تتمسك ببيعة تنظيم القاعدة رغم الضغوط.");

        Assert.Contains((Jnim, RelationPredicates.MemberOf, "Al Qaeda"), relations);
    }

    [Fact]
    public void Extract_GroupNamedAfterItsMovementsPossessiveBranch_IsAMemberOfThatMovement()
    {
        Assert.Contains((Jnim, RelationPredicates.MemberOf, "Al Qaeda"), Relations("en", "Analysts say al-Qaeda's West African branch JNIM has grown since 2019."));
    }

    [Fact]
    public void Extract_NewGroupAfterAMerger_IsTheGroupTheMergerFormedNotTheLastOneNamed()
    {
        var relations = Relations("ar", "أعلنت الفصائل الاندماج في جماعة جديدة سمتها «جماعة نصرة الإسلام والمسلمين». وأعلنت أنصار الدين، وكتيبة ماسينا الاندماج في الجماعة الجديدة، وأكدت الجماعة الجديدة بعد ذلك تمسكها ببيعة تنظيم القاعدة.");

        Assert.Contains(("Ansar Dine", RelationPredicates.MemberOf, Jnim), relations);
        Assert.Contains(("Katiba Macina", RelationPredicates.MemberOf, Jnim), relations);
        Assert.Contains((Jnim, RelationPredicates.MemberOf, "Al Qaeda"), relations);
        Assert.DoesNotContain(("Katiba Macina", RelationPredicates.MemberOf, "Ansar Dine"), relations);
    }

    [Theory]
    [InlineData("ar", "قررت كتائب عدة الاندماج في جماعة نصرة الإسلام والمسلمين، واختارت في اجتماعها الأول القيادي إياد أغ غالي أميرا لها.")]
    [InlineData("ar", "أعلنت كتائب عدة الاندماج في جماعة نصرة الإسلام والمسلمين، التنظيم الذي جرى تعيين إياد أغ غالي أميرا له.")]
    public void Extract_LeaderNamedForAPronounAfterAMerger_LeadsTheGroupTheMergerFormed(string lang, string text)
    {
        Assert.Contains(("Iyad Ag Ghaly", RelationPredicates.LeaderOf, Jnim), Relations(lang, text));
    }

    [Fact]
    public void Extract_LeaderNamedForAPronounWithoutAMerger_LeadsNoGroup()
    {
        Assert.DoesNotContain(Relations("ar", "انتخب أعيان المدينة يومها الشيخ إياد أغ غالي أميرا له بالإجماع."), r => r.Predicate == RelationPredicates.LeaderOf);
    }

    [Fact]
    public void Extract_CoalitionComprisingGroups_EachListedGroupIsAMember()
    {
        var relations = Relations("ar", "أعلن قادة جهاديون قيام جماعة نصرة الإسلام والمسلمين التي تضم أنصار الدين، وكتيبة ماسينا والمرابطون.");

        Assert.Contains(("Ansar Dine", RelationPredicates.MemberOf, Jnim), relations);
        Assert.Contains(("Katiba Macina", RelationPredicates.MemberOf, Jnim), relations);
        Assert.Contains(("Al Mourabitoun", RelationPredicates.MemberOf, Jnim), relations);
    }

    [Fact]
    public void Extract_CoalitionComprisingGroupsAfterAPluralNoun_EachListedGroupIsAMember()
    {
        var relations = Relations("ar", "أعلن قادة جهاديون قيام جماعة نصرة الإسلام والمسلمين التي تضم فصائل: أنصار الدين، وكتائب ماسينا.");

        Assert.Contains(("Ansar Dine", RelationPredicates.MemberOf, Jnim), relations);
        Assert.Contains(("Katiba Macina", RelationPredicates.MemberOf, Jnim), relations);
    }

    [Theory]
    [InlineData("ar", "انتشرت مجموعة فاغنر إلى جانب الجيش المالي في محيط تمبكتو.", "Wagner Group", MaliArmy)]
    [InlineData("ar", "استعاد الجيش البوركيني بدعم من متطوعي الدفاع عن الوطن السيطرة على البلدة.", "VDP: Volunteers for the Defense of the Homeland", "Military Forces of Burkina Faso (2022-)")]
    [InlineData("fr", "Le groupe Wagner combat aux côtés de l'armée malienne dans la région de Mopti.", "Wagner Group", MaliArmy)]
    [InlineData("en", "The Malian army, backed by the Wagner Group, retook the town.", "Wagner Group", MaliArmy)]
    public void Extract_ForcesOnOneSide_TheSupporterIsAlliedWithTheForceItBacks(string lang, string text, string supporter, string backed)
    {
        Assert.Contains((supporter, RelationPredicates.AlliedWith, backed), Relations(lang, text));
    }

    [Theory]
    [InlineData("وفي شبابه كان يقاتل الجيش المالي إلى جانب جماعة أنصار الدين في جبال تيغارغار.")]
    [InlineData("قاتلوا الجيش المالي الى جانب جماعة أنصار الدين قبل سنوات.")]
    public void Extract_ForceFoughtThenAGroupBesideTheFighter_IsNoAlliance(string text)
    {
        Assert.DoesNotContain(Relations("ar", text), r => r.Predicate == RelationPredicates.AlliedWith);
    }

    [Fact]
    public void Extract_AllianceCueFarFromTheFirstGroup_IsNoAlliance()
    {
        var relations = Relations("ar", "قالت جماعة نصرة الإسلام والمسلمين، التي تستهدف عادة من تتهمهم بالتعاون مع الجيش، إنها قتلت ثلاثة رعاة.");

        Assert.DoesNotContain(relations, r => r.Predicate == RelationPredicates.AlliedWith);
    }

    [Theory]
    [InlineData("ar", "تنشط في حوض البحيرة ولاية غرب أفريقيا، المنشقة عن بوكو حرام، منذ سنوات.")]
    [InlineData("ar", "تتقاسم بوكو حرام المنطقة مع ولاية غرب أفريقيا الذي انشق عنها قبل سنوات.")]
    [InlineData("fr", "L'ISWAP, faction dissidente de Boko Haram, a attaqué une base militaire.")]
    [InlineData("en", "ISWAP, a splinter group of Boko Haram, attacked a military base.")]
    public void Extract_GroupThatSplitFromAnother_UsedToBelongToIt(string lang, string text)
    {
        Assert.Contains(("Islamic State (West Africa)", RelationPredicates.FormerlyMemberOf, "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"), Relations(lang, text));
    }

    [Fact]
    public void Extract_MilitiaLoyalToTheArmy_IsAnAllyNotAUnit()
    {
        var relations = Relations("ar", "هاجم مسلحون عناصر من متطوعي الدفاع عن الوطن الموالية للجيش البوركينابي قرب جيبو.");

        Assert.Contains(("VDP: Volunteers for the Defense of the Homeland", RelationPredicates.AlliedWith, "Military Forces of Burkina Faso (2022-)"), relations);
    }

    [Fact]
    public void Extract_PersonJoiningAfterLeavingAGroup_IsNoJoiningOfThatGroup()
    {
        var relations = Relations("ar", "قال أقارب علي ميشو إنه انشق عن الجماعة قبل عام، والتحق بعد ذلك بتنظيم الدولة الإسلامية في الصحراء الكبرى.");

        Assert.DoesNotContain(relations, r => r.Predicate == RelationPredicates.MemberOf && r.Subject != "Ali Maychou");
    }

    /// <summary>Forces told acting jointly beside the article country's army fight on its side.</summary>
    [Theory]
    [InlineData("ar", "نيامي – مرصد: قتل أربعة جنود نيجريين في كمين قرب بلدة أيورو يوم الأحد. ويقوم الجنود النيجريون والجنود الفرنسيون حاليا بدوريات مشتركة في المنطقة.", "Military Forces of Niger (2023-)")]
    [InlineData("ar", "موبتي – مرصد: قتل عشرة مسلحين في هجوم مالي-فرنسي على معسكر قرب بلدة دوينتزا يوم السبت.", MaliArmy)]
    [InlineData("fr", "Niamey (Niger) – Quatre soldats nigériens ont été tués dimanche près d'Ayorou. Des soldats nigériens et français ratissent la zone en patrouilles conjointes.", "Military Forces of Niger (2023-)")]
    [InlineData("en", "Mopti (Mali) – Ten militants were killed near Douentza on Saturday in a joint operation by Malian and French troops.", MaliArmy)]
    public void Extract_ForcesActingJointly_AreAllied(string lang, string text, string homeArmy)
    {
        Assert.Contains(("Military Forces of France (2017-)", RelationPredicates.AlliedWith, homeArmy), Relations(lang, text));
    }

    /// <summary>"Joint" said of what no two forces do (a joint statement of ministers), or of forces none of which is the article country's army.</summary>
    [Theory]
    [InlineData("ar", "نيامي – مرصد: وقع وزيرا خارجية النيجر ومالي بيانا مشتركا يوم الأحد في نيامي.")]
    [InlineData("en", "Mopti (Mali) – French and Estonian troops held joint exercises in Estonia last year.")]
    public void Extract_JointWithoutTheHomeArmy_IsNoAlliance(string lang, string text)
    {
        Assert.DoesNotContain(Relations(lang, text), r => r.Predicate == RelationPredicates.AlliedWith);
    }
}
