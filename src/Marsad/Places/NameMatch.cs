namespace Marsad.Places;

/// <summary>A name found at some tokens, with the entries it may be.</summary>
internal sealed record NameMatch(int FirstToken, int EndToken, int NormStart, int NormEnd, List<PlaceCandidate> Candidates, Licence Licence);
