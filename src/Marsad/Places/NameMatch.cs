namespace Marsad.Places;

/// <summary>A name found at some tokens, with the entries it may be.</summary>
internal sealed record NameMatch(int FirstToken, int EndToken, int NormStart, int NormEnd, List<PlaceCandidate> Candidates, Licence Licence)
{
    /// <summary>True when a capitalised word the scan did not read as a place runs on into the name ("Malam Bello", "Tumbun Hamma").</summary>
    public bool ContinuesAName { get; init; }
}
