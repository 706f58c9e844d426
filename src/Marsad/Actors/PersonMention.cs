namespace Marsad.Actors;

/// <summary>A person named in the text.</summary>
/// <param name="FirstToken">First token of the name (after any title or cue).</param>
/// <param name="EndToken">One past the last token of the name.</param>
/// <param name="Span">Original span of the name.</param>
/// <param name="Name">The canonical Latin name of a known person, or the name as written.</param>
/// <param name="Known">The catalogued person, when the name is one of the data's.</param>
/// <param name="Role">What a cue before the name says the person is (leader, commander…), or null.</param>
/// <param name="Group">The group a cue ties the person to ("القيادي في تنظيم الدولة"), or a known person's group.</param>
public sealed record PersonMention(int FirstToken, int EndToken, TextSpan Span, string Name, Person? Known, PersonRole? Role, Actor? Group);

/// <summary>What a title or cue says a person is.</summary>
public enum PersonRole
{
    Leader,
    Commander,
    Member,
    Founder,
    Spokesman,
    Official,

    /// <summary>Used to belong to the group the title names (« un ex-membre du FLA », "a former commander of").</summary>
    Former,
    Other,
}

/// <summary>A known person of <c>data/actors/persons.tsv</c>.</summary>
public sealed record Person(string Id, string Name, string? GroupId, string? Role, string? Fate, string? From = null);
