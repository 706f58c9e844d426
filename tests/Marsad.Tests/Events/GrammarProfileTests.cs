using Marsad.Events.Assembly;
using Marsad.Resources;

namespace Marsad.Tests.Events;

/// <summary>The per-language argument order of <c>data/lexicon/LANG/grammar.tsv</c> and its loader.</summary>
public sealed class GrammarProfileTests
{
    private const string Complete = "setting\tvalue\nsubject_after_verb\tno\nowner_before_noun\tyes\nbare_owner_after_noun\tyes\nowner_particle_may_introduce_target\tyes\n"
                                    + "member_genitive_without_link\tno\nwords_before_member_link\t2\nphrase_subject_is_agent\tyes\nsubject_reach\t8\nlight_verb_reach\t4\nstrike_told_by_later_attack_verb\tyes\n";

    [Theory]
    [InlineData("ar", true, false)]
    [InlineData("fr", false, true)]
    [InlineData("en", false, true)]
    public void Load_ShippedProfiles_PlaceTheSubjectAndTheOwner(string code, bool subjectAfterVerb, bool ownerBeforeNoun)
    {
        var grammar = GrammarProfile.Load(ResourceStore.Embedded, code);

        Assert.Equal(subjectAfterVerb, grammar.SubjectAfterVerb);
        Assert.Equal(ownerBeforeNoun, grammar.OwnerBeforeNoun);
    }

    [Theory]
    [InlineData("subject_reach\t8\n", "", "no setting 'subject_reach'")]
    [InlineData("light_verb_reach\t4\n", "light_verb_reach\t4\nverb_last\tyes\n", "unknown setting")]
    [InlineData("owner_before_noun\tyes\n", "owner_before_noun\toften\n", "'often' is not yes or no")]
    [InlineData("subject_reach\t8\n", "subject_reach\t40\n", "not a count from 0 to 12")]
    public void Load_MalformedProfile_IsRefusedWithItsFile(string line, string replacement, string problem)
    {
        var folder = Directory.CreateTempSubdirectory("grammar");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "lexicon", "xx"));
            File.WriteAllText(Path.Combine(folder.FullName, "lexicon", "xx", "grammar.tsv"), Complete.Replace(line, replacement, StringComparison.Ordinal));

            var error = Assert.Throws<ResourceFormatException>(() => GrammarProfile.Load(ResourceStore.Overlay(folder.FullName), "xx"));

            Assert.Contains("grammar.tsv", error.Message, StringComparison.Ordinal);
            Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
