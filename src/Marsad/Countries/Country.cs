namespace Marsad.Countries;

/// <summary>A country as Marsad names it: ISO 3166-1 alpha-2 code and ACLED's English name.</summary>
public sealed record Country(string Code, string Name);

/// <summary>What a country mention is: the country's name, or a demonym (المالي، maliens).</summary>
public enum CountryMentionKind
{
    Name,
    Demonym,
}

/// <summary>A country named in the text.</summary>
public sealed record CountryMention(int FirstToken, int EndToken, TextSpan Span, Country Country, CountryMentionKind Kind);
