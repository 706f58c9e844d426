using System.Collections.Immutable;

namespace Marsad.Places;

public enum PlaceResolutionKind
{
    /// <summary>One entry is clearly best.</summary>
    Resolved,

    /// <summary>Entries far apart score alike: the text does not say which.</summary>
    Ambiguous,

    /// <summary>No entry: the name is not in the gazetteer.</summary>
    NotFound,
}

/// <summary>How to turn an ambiguous resolution into a place.</summary>
public enum PlacePolicy
{
    /// <summary>Ambiguous is unresolved: the surface and the country the candidates share (or the context's), precision 3.</summary>
    Strict,

    /// <summary>Ambiguous takes the best-scoring candidate.</summary>
    BestGuess,
}

/// <summary>The outcome of resolving a mention in its context: ambiguity is a value, and a named policy makes it a place.</summary>
public sealed record PlaceResolution
{
    public required PlaceResolutionKind Kind { get; init; }

    public required PlaceMention Mention { get; init; }

    /// <summary>The candidates rescored in context, best first, each with the reasons for its score.</summary>
    public ImmutableArray<PlaceCandidate> Candidates { get; init; } = [];

    /// <summary>The place of the best candidate (null when none).</summary>
    internal ResolvedPlace? Best { get; init; }

    /// <summary>The place when no candidate is taken: surface, country, precision 3.</summary>
    internal ResolvedPlace Fallback { get; init; } = null!;

    public ResolvedPlace Choose(PlacePolicy policy) => Kind switch
    {
        PlaceResolutionKind.Resolved => Best!,
        PlaceResolutionKind.Ambiguous when policy == PlacePolicy.BestGuess => Best!,
        _ => Fallback,
    };
}
