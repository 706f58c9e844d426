using Marsad.Relations;
using Marsad.Tests.Golden;

namespace Marsad.Tests.Relations;

/// <summary>
/// Careers that move between groups (joinings listed with "then", a past copula, a profile that tells the present first),
/// deputies and seconds, and who killed a leader, on sentences written for these tests.
/// </summary>
public sealed class CareerLedgerTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    private const string Sahrawi = "Adnan Abu Walid al-Sahrawi";
    private const string Belmokhtar = "Mokhtar Belmokhtar";
    private const string Mujao = "MUJAO: Movement for Unity and Jihad in West Africa";
    private const string Mourabitoun = "Al Mourabitoun";
    private const string IsSahel = "Islamic State (Sahel)";
    private const string France = "Military Forces of France (2017-)";

    private List<(string Subject, string Predicate, string Object)> Relations(string text, string lang = "ar", int year = 2021) =>
        [.. fixture.Pipeline.Analyze(new Article { Id = "c", Lang = lang, Published = new DateOnly(year, 9, 20), Text = text }).Relations.Select(r => (r.Subject, r.Predicate, r.Object))];

    [Fact]
    public void Extract_GroupsListedWithThenAfterAJoining_AllButTheLastAreFormer()
    {
        var relations = Relations("بعد سنوات في المخيمات التحق أبو الوليد الصحراوي بحركة التوحيد والجهاد، ثم «المرابطون»، ثم تنظيم داعش.");

        Assert.Contains((Sahrawi, RelationPredicates.FormerlyMemberOf, Mujao), relations);
        Assert.Contains((Sahrawi, RelationPredicates.FormerlyMemberOf, Mourabitoun), relations);
        Assert.Contains((Sahrawi, RelationPredicates.MemberOf, IsSahel), relations);
    }

    [Fact]
    public void Extract_JoiningWithLaterBeforeItsGroup_IsAJoiningAndTheGroupDoesNotJoin()
    {
        var relations = Relations("عاش أبو الوليد الصحراوي في تندوف. وانضم بعد ذلك إلى تنظيم «المرابطون»، وفي النهاية انضم إلى داعش.");

        Assert.Contains((Sahrawi, RelationPredicates.FormerlyMemberOf, Mourabitoun), relations);
        Assert.DoesNotContain((Mourabitoun, RelationPredicates.MemberOf, IsSahel), relations);
    }

    [Theory]
    [InlineData("كان أبو الوليد الصحراوي عضوا في جبهة البوليساريو، ثم أصبح أحد قادة حركة التوحيد والجهاد.")]
    [InlineData("وكان أبو الوليد الصحراوي عضوا في جبهة البوليساريو خلال شبابه في المخيمات.")]
    public void Extract_MembershipToldInThePastOfAPersonNowElsewhere_IsFormer(string text)
    {
        Assert.Contains((Sahrawi, RelationPredicates.FormerlyMemberOf, "Polisario Front"), Relations(text));
    }

    [Fact]
    public void Extract_MembershipToldInThePastOfAPersonStillInThatGroup_StaysHis()
    {
        var relations = Relations("وكان باه أغ موسى عضوا في جماعة نصرة الإسلام والمسلمين حتى يومه الأخير.");

        Assert.DoesNotContain(relations, r => r.Subject == "Bah Ag Moussa" && r.Predicate == RelationPredicates.FormerlyMemberOf);
    }

    [Fact]
    public void Extract_FrenchJoiningsListedWithPuis_TheEarlierIsFormer()
    {
        Assert.Contains((Belmokhtar, RelationPredicates.FormerlyMemberOf, "GIA: Armed Islamic Group"),
            Relations("De retour au pays, Mokhtar Belmokhtar a rejoint le GIA (Groupe islamique armé), puis le GSPC.", "fr"));
    }

    [Fact]
    public void Extract_ProfileThatToldThePresentFirst_LastJoiningIsFormer()
    {
        var relations = Relations("Mokhtar Belmokhtar dirige aujourd'hui Al-Mourabitoune. Jeune, il intègre le GSPC dans le sud du pays.", "fr");

        Assert.Contains((Belmokhtar, RelationPredicates.FormerlyMemberOf, "GSPC: Salafist Group for Preaching and Combat"), relations);
    }

    [Fact]
    public void Extract_DeniedAllegiance_IsNoMembership()
    {
        var relations = Relations("Mokhtar Belmokhtar a réaffirmé sa loyauté à Al-Qaïda et a démenti l'allégeance à Daech.", "fr");

        Assert.DoesNotContain(relations, r => r.Subject == Belmokhtar && r.Object == IsSahel);
    }

    [Fact]
    public void Extract_NameAfterThePassiveKillsAgentPhrase_IsNotTheVictim()
    {
        var relations = Relations("The group's leader, Adnan Abou Walid al-Sahraoui, has been killed by French troops, Florence Parly said on Thursday.", "en");

        Assert.Contains((Sahrawi, RelationPredicates.KilledBy, France), relations);
    }

    [Fact]
    public void Extract_AgentPhraseAfterTheVictimsApposition_IsTheKiller()
    {
        var relations = Relations("أعلن الرئيس مقتل أبو الوليد الصحراوي، العضو في جماعة مرتبطة بتنظيم داعش والمطلوب الأول في المنطقة، من طرف القوات الخاصة الفرنسية.");

        Assert.Contains((Sahrawi, RelationPredicates.KilledBy, France), relations);
    }

    [Fact]
    public void Extract_DeathRumourRefutedByAReappearance_IsNoKilling()
    {
        var relations = Relations("راجت أنباء عن مقتل مختار بلمختار على يد الجيش التشادي، إلا أنه عاود الظهور في تسجيل مصور بعد أشهر.");

        Assert.DoesNotContain(relations, r => r.Predicate == RelationPredicates.KilledBy);
    }

    [Fact]
    public void Extract_AttackToldSentencesAfterADeath_DidNotKillTheLeader()
    {
        var relations = Relations(
            "The fighters mourned the death of their leader, Abubakar Shekau, in the forest. Months later they quarrelled over the camps. Then Nigerian troops attacked their positions near the lake.",
            "en");

        Assert.DoesNotContain(relations, r => r.Predicate == RelationPredicates.KilledBy);
    }

    [Fact]
    public void Extract_PossessiveDeputyWithQualifiers_ServedUnderTheOwner()
    {
        var relations = Relations("After the raid the movement was taken over by Mohammed Yusuf's ruthless former deputy, Abubakar Shekau.", "en");

        Assert.Contains(("Abubakar Shekau", RelationPredicates.ServedUnder, "Mohammed Yusuf"), relations);
    }

    [Fact]
    public void Extract_SecondInAGroupLedByANamedLeader_ServedUnderHim()
    {
        var relations = Relations("قتلت القوات الفرنسية يحيى أبو الهمام الرجل الثاني في جماعة نصرة الإسلام والمسلمين التي يقودها إياد أغ غالي.");

        Assert.Contains(("Yahya Abu al-Hammam", RelationPredicates.ServedUnder, "Iyad Ag Ghaly"), relations);
        Assert.Contains(("Iyad Ag Ghaly", RelationPredicates.LeaderOf, "JNIM: Group for Support of Islam and Muslims"), relations);
    }

    [Fact]
    public void Extract_BattalionNamedAfterAHistoricalFigure_IsAGroupNotAPerson()
    {
        var relations = Relations("قاد يحيى أبو الهمام سرية صغيرة من سرايا كتيبة طارق بن زياد، وكانت يومها تحت قيادة عبد الحميد أبو زيد.");

        Assert.DoesNotContain(relations, r => r.Subject.Contains("Ziad", StringComparison.Ordinal) || r.Subject.Contains("Ziyad", StringComparison.Ordinal));
        Assert.Contains(("Yahya Abu al-Hammam", RelationPredicates.ServedUnder, "Abdelhamid Abou Zeid"), relations);
    }

    [Fact]
    public void Extract_SoldiersByTheirRoleBeforeALeaving_DoNotSplitFromTheGroup()
    {
        var relations = Relations("أعلن إياد أغ غالي، مع رتل من العسكريين، انفصاله عن الحركة الوطنية لتحرير أزواد.");

        Assert.DoesNotContain(relations, r => r.Predicate == RelationPredicates.FormerlyMemberOf && r.Subject.StartsWith("Military Forces", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(2021, RelationPredicates.FormerlyMemberOf)]
    [InlineData(2012, RelationPredicates.MemberOf)]
    public void Extract_MembershipOfALeaderCataloguedElsewhereSinceBeforeTheArticle_IsFormer(int year, string predicate)
    {
        var relations = Relations("تحدث أبو الوليد الصحراوي، أحد قادة حركة التوحيد والجهاد، في تسجيل عن تنظيم داعش في المنطقة.", year: year);

        Assert.Contains((Sahrawi, predicate, Mujao), relations);
    }

    [Fact]
    public void Extract_FrontedFormerTitleBeforeAPronoun_IsThePreviousSentencesPersons()
    {
        var relations = Relations("Mokhtar Belmokhtar a revendiqué l'attaque. Ex-chef d'Al-Qaïda au Maghreb islamique (AQMI), il a fondé sa propre brigade.", "fr");

        Assert.Contains((Belmokhtar, RelationPredicates.FormerlyMemberOf, "AQIM: Al Qaeda in the Islamic Maghreb"), relations);
    }

    [Fact]
    public void Extract_GroupsFoundedInTurnInAProfile_HeLedEach()
    {
        var relations = Relations("Iyad Ag Ghali est né près de Kidal. Jeune, il part en Libye. Il fonde le Mouvement populaire pour la libération de l'Azawad, puis le Mouvement populaire de l'Azawad.", "fr");

        Assert.Contains(("Iyad Ag Ghaly", RelationPredicates.LeaderOf, "MPLA: Popular Movement for the Liberation of Azawad"), relations);
        Assert.Contains(("Iyad Ag Ghaly", RelationPredicates.LeaderOf, "MPA: Popular Movement of Azawad"), relations);
    }

    [Fact]
    public void Extract_KillingAuthorIsTheCoalitionOfTheVictimsOwnKatiba_IsNoKiller()
    {
        var relations = Relations("أعلنت جماعة نصرة الإسلام والمسلمين مقتل أمادو كوفا في غارة جوية وسط البلاد.");

        Assert.DoesNotContain(("Amadou Koufa", RelationPredicates.KilledBy, "JNIM: Group for Support of Islam and Muslims"), relations);
    }
}
