using Marsad.Relations;
using Marsad.Tests.Golden;

namespace Marsad.Tests.Relations;

/// <summary>Titles told beside a name (apposed, fronted, after the group's adjectives) and careers in an army; sentences written for these tests.</summary>
public sealed class ApposedTitleTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    private List<(string Subject, string Predicate, string Object)> Relations(string lang, string text) =>
        [.. fixture.Pipeline.Analyze(new Article { Id = "t", Lang = lang, Text = text, Published = new DateOnly(2024, 3, 5) }).Relations.Select(r => (r.Subject, r.Predicate, r.Object))];

    [Theory]
    [InlineData("ar", "أعلن وزير الدفاع محمد ولد سالم مقتل قائد جماعة أنصار الدين في المنطقة الحدودية.", "Mohamed Ould Salem")]
    [InlineData("fr", "Le ministre Ali Maychou a déclaré que le chef du groupe Ansar Dine avait été tué.", "Ali Maychou")]
    public void Extract_TitleInWhatASpeakerSays_IsNotTheSpeakers(string lang, string text, string speaker)
    {
        Assert.DoesNotContain(Relations(lang, text), r => r.Subject == speaker);
    }

    [Fact]
    public void Extract_GroupAdjectivesBetweenTitleAndName_StillTitleTheName()
    {
        Assert.Contains(("Souleymane Ould Hmdi", RelationPredicates.LeaderOf, "Ansaroul Islam"),
            Relations("ar", "أكد الجيش مقتل زعيم جماعة أنصار الإسلام البوركينية المتشددة، سليمان ولد حمدي، في غارة قرب جيبو."));
    }

    [Theory]
    [InlineData("ar", "وكان سليمان ولد حمدي، وهو ضابط سابق في الجيش الموريتاني، قد ظهر في تسجيل مصور.", "Souleymane Ould Hmdi", "Military Forces of Mauritania (2019-)")]
    [InlineData("fr", "Ali Maychou, ancien officier de l'armée burkinabè, a rejoint Ansaroul Islam en 2018.", "Ali Maychou", "Military Forces of Burkina Faso (2022-)")]
    [InlineData("en", "Ali Maychou, a former officer in the Nigerian army, joined Boko Haram in 2012.", "Ali Maychou", "Military Forces of Nigeria (2023-)")]
    [InlineData("fr", "Ex-colonel de l'armée nigérienne, Ali Maychou a rejoint l'État islamique au Sahel en 2016.", "Ali Maychou", "Military Forces of Niger (2023-)")]
    public void Extract_FormerRankInAnArmy_IsFormerMembershipOfIt(string lang, string text, string person, string army)
    {
        Assert.Contains((person, RelationPredicates.FormerlyMemberOf, army), Relations(lang, text));
    }

    [Fact]
    public void Extract_ColonelBeforeJoiningAGroup_LeftTheArmyForIt()
    {
        var relations = Relations("ar", "وأفادت مصادر محلية بأن محمد ولد سالم كان ضابطا في الجيش النيجري حتى عام 2015 قبل أن يلتحق بتنظيم الدولة الإسلامية في الصحراء الكبرى.");

        Assert.Contains(("Mohamed Ould Salem", RelationPredicates.FormerlyMemberOf, "Military Forces of Niger (2023-)"), relations);
        Assert.Contains(("Mohamed Ould Salem", RelationPredicates.MemberOf, "Islamic State (Sahel)"), relations);
    }

    [Fact]
    public void Extract_DeserterWhoRalliedAGroup_DefectedToIt()
    {
        var relations = Relations("fr", "Ali Maychou, déserteur de l'armée burkinabè, a rallié Ansaroul Islam en 2019 selon les autorités.");

        Assert.Contains(("Ali Maychou", RelationPredicates.FormerlyMemberOf, "Military Forces of Burkina Faso (2022-)"), relations);
        Assert.Contains(("Ali Maychou", RelationPredicates.DefectedTo, "Ansaroul Islam"), relations);
    }

    [Fact]
    public void Extract_GroupJoinedLedBySomeone_IsTheGroupHeLeads()
    {
        Assert.Contains(("Mohamed Ould Salem", RelationPredicates.LeaderOf, "Ansar Dine"),
            Relations("ar", "وفي عام 2014 التحق سليمان ولد حمدي بجماعة أنصار الدين بقيادة محمد ولد سالم."));
    }

    [Fact]
    public void Extract_LeaderNamedPastALaterJoining_DidNotLeaveTheFirstGroup()
    {
        var relations = Relations("ar", "وفي 2016 انشق عن أنصار الدين ثم انضم إلى داعش بقيادة سليمان ولد حمدي.");

        Assert.Contains(("Souleymane Ould Hmdi", RelationPredicates.LeaderOf, "Islamic State (Sahel)"), relations);
        Assert.DoesNotContain(relations, r => r.Subject == "Souleymane Ould Hmdi" && r.Object == "Ansar Dine");
    }
}
