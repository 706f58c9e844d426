using Marsad.Relations;
using Marsad.Tests.Golden;

namespace Marsad.Tests.Relations;

/// <summary>Mergers told with "with" and a naming, groups "led by" a person, and Chad's rebel groups, on sentences written for these tests.</summary>
public sealed class MergerAndLedGroupTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    private const string Jnim = "JNIM: Group for Support of Islam and Muslims";

    private List<(string Subject, string Predicate, string Object)> Relations(string text) =>
        [.. fixture.Pipeline.Analyze(new Article { Id = "m", Lang = "ar", Published = new DateOnly(2024, 3, 5), Text = text }).Relations.Select(r => (r.Subject, r.Predicate, r.Object))];

    [Fact]
    public void Extract_GroupMergingWithAnotherUnderANewName_BothAreMembersOfTheNamedGroup()
    {
        var relations = Relations("قررت جماعة أنصار الدين في اجتماعها الأخير اندماجها مع كتيبة ماسينا ضمن كيان موحد يحمل اسم جماعة نصرة الإسلام والمسلمين.");

        Assert.Contains(("Ansar Dine", RelationPredicates.MemberOf, Jnim), relations);
        Assert.Contains(("Katiba Macina", RelationPredicates.MemberOf, Jnim), relations);
    }

    [Fact]
    public void Extract_GroupsMergingToFormAnother_AreMembersOfTheGroupFormed()
    {
        var relations = Relations("وفي ربيع ذلك العام اندمجت كتيبة ماسينا مع أنصار الدين ومجموعات محلية صغيرة لتشكيل جماعة نصرة الإسلام والمسلمين.");

        Assert.Contains(("Katiba Macina", RelationPredicates.MemberOf, Jnim), relations);
        Assert.Contains(("Ansar Dine", RelationPredicates.MemberOf, Jnim), relations);
    }

    [Fact]
    public void Extract_GroupFormedFromAMergerBetweenTwo_HasBothAsMembers()
    {
        var relations = Relations("جاء تشكيل جماعة نصرة الإسلام والمسلمين ثمرة اندماج بين أنصار الدين وكتيبة ماسينا.");

        Assert.Contains(("Ansar Dine", RelationPredicates.MemberOf, Jnim), relations);
        Assert.Contains(("Katiba Macina", RelationPredicates.MemberOf, Jnim), relations);
    }

    [Fact]
    public void Extract_GroupMergingWithoutANewName_IsNoMembership()
    {
        Assert.DoesNotContain(Relations("اندمجت أنصار الدين مع كتيبة ماسينا في الأسابيع الأخيرة حسب مصادر محلية."), r => r.Predicate == RelationPredicates.MemberOf);
    }

    [Fact]
    public void Extract_SubjectsOfAMergerFarFromIt_AreMembersButNotTheGroupOneOfThemIsTiedTo()
    {
        var relations = Relations("وقد أعلنت كتيبة ماسينا المرتبطة بتنظيم القاعدة، وأنصار الدين الاندماج في كيان واحد يحمل اسم جماعة نصرة الإسلام والمسلمين.");

        Assert.Contains(("Katiba Macina", RelationPredicates.MemberOf, Jnim), relations);
        Assert.Contains(("Ansar Dine", RelationPredicates.MemberOf, Jnim), relations);
        Assert.DoesNotContain(("Al Qaeda", RelationPredicates.MemberOf, Jnim), relations);
    }

    [Fact]
    public void Extract_LedByAfterTheGroupASplitClauseNames_LeadsTheGroupThatSplit()
    {
        var relations = Relations("تبنت ولاية غرب أفريقيا المنشقة عن جماعة بوكو حرام، ويتزعمها القيادي أبو يحيى الكانمي، الهجوم على الثكنة.");

        Assert.Contains(relations, r => r.Predicate == RelationPredicates.LeaderOf && r.Object == "Islamic State (West Africa)");
        Assert.DoesNotContain(relations, r => r.Predicate == RelationPredicates.LeaderOf && r.Object.StartsWith("Boko Haram", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_GroupLedByAPersonJoiningAnother_IsTheGroupThatJoins()
    {
        var relations = Relations("كانت كتيبة الملثمين بقيادة القيادي أبو يحيى الكانمي انضمت رسميا إلى تنظيم القاعدة في بلاد المغرب الإسلامي قبل سنوات.");

        Assert.Contains(("Al-Mulathamun Battalion", RelationPredicates.MemberOf, "AQIM: Al Qaeda in the Islamic Maghreb"), relations);
        Assert.DoesNotContain(relations, r => r.Predicate == RelationPredicates.MemberOf && r.Subject != "Al-Mulathamun Battalion");
    }

    [Fact]
    public void Extract_LeaderAfterBizaama_LeadsTheGroupBefore()
    {
        Assert.Contains(Relations("نفذت جماعة أنصار الإسلام بزعامة القيادي أبو يحيى الكانمي كمينا قرب جيبو."), r => r.Predicate == RelationPredicates.LeaderOf && r.Object == "Ansaroul Islam");
    }

    [Fact]
    public void Extract_TitleAfterToward_IsNotTheTitleOfThePersonNamedBefore()
    {
        Assert.DoesNotContain(Relations("وقال أبو يحيى الكانمي إن مقاتلي الكتيبة جددوا بيعتهم لأمير جماعة أنصار الإسلام."), r => r.Predicate == RelationPredicates.LeaderOf && r.Subject != "Ibrahim Malam Dicko");
    }

    [Fact]
    public void Extract_FounderOfAGroupNamedAfterACommonNoun_LeadsTheGroupNamed()
    {
        Assert.Contains(Relations("أسس أبو يحيى الكانمي فصيلا صغيرا تحت اسم «أنصار الدين» في كيدال."), r => r.Predicate == RelationPredicates.LeaderOf && r.Object == "Ansar Dine");
    }

    [Theory]
    [InlineData("وأصبح القيادي عثمان بركة منذ الصيف رئيسا لاتحاد قوى المقاومة.", "UFR: Union of Resistance Forces")]
    [InlineData("أصدر المتمرد عثمان بركة، زعيم تجمع قوى التغيير، بيانا أمس.", "RFC: Rally of Forces for Change")]
    [InlineData("أكد عثمان بركة، رئيس ما يسمى جبهة التناوب والوفاق في تشاد، أن مقاتليه تراجعوا شمالا.", "FACT: Front for Change and Concord in Chad")]
    public void Extract_LeaderOfAChadianRebelGroup_LeadsIt(string text, string group)
    {
        Assert.Contains(Relations(text), r => r.Predicate == RelationPredicates.LeaderOf && r.Object == group);
    }
}
