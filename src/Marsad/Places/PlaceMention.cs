using System.Collections.Immutable;
using System.Globalization;

namespace Marsad.Places;

/// <summary>
/// A place named in a document: the whole phrase with its modifier ("على بعد 30 كيلومترا من
/// مدينة منكا"), the name inside it, what kind of place the text says it is, how the event
/// relates to it, and the gazetteer entries the name could be (best first, before context).
/// </summary>
public sealed record PlaceMention
{
    /// <summary>The whole phrase, modifier and cue included, in original offsets.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The name alone, without clitics, in original offsets.</summary>
    public required TextSpan NameSpan { get; init; }

    /// <summary>First token of the phrase in <c>doc.Tokens</c>.</summary>
    public required int FirstToken { get; init; }

    /// <summary>One past the last token of the phrase.</summary>
    public required int EndToken { get; init; }

    /// <summary>First token of the name.</summary>
    public required int NameFirstToken { get; init; }

    /// <summary>One past the last token of the name.</summary>
    public required int NameEndToken { get; init; }

    /// <summary>The name as written.</summary>
    public required string Surface { get; init; }

    public PlaceCue Cue { get; init; }

    public PlaceRelation Relation { get; init; }

    /// <summary>Compass direction from the place (N, NE, E, SE, S, SW, W, NW) or its centre (C), or null; before a country's name, a part of it.</summary>
    public string? Direction { get; init; }

    public double? DistanceKm { get; init; }

    /// <summary>
    /// The token of the preposition that introduces the phrase (في، à, the ب of ببلدة), or -1: a phrase no preposition
    /// introduces may be a verb's object ("استعادوا بلدة X", « ont repris Léré »).
    /// </summary>
    public int PrepositionToken { get; init; } = -1;

    /// <summary>True for the place of a dateline ("باماكو – مرصد:", "NIAMEY, …"): where the report was filed, not where the event was.</summary>
    public bool Dateline { get; init; }

    /// <summary>Gazetteer entries the name may be, scored on the name and the entry alone, best first.</summary>
    public ImmutableArray<PlaceCandidate> Candidates { get; init; } = [];

    /// <summary>How strongly the words around the name said a place follows.</summary>
    internal Licence Licence { get; init; }

    /// <summary>True when a word before the name (a place word, relation, preposition, or a place it is listed with) says a place follows.</summary>
    internal bool Announced { get; init; }

    /// <summary>True when a capitalised word that is no place runs on into the name: it may be the end of a person's or an unknown place's name.</summary>
    internal bool ContinuesAName { get; init; }
}

/// <summary>A gazetteer entry a mention may refer to, with its score and why.</summary>
public sealed record PlaceCandidate(GazetteerEntry Place, double Score)
{
    /// <summary>Why the name leads here ("exact name", "sounds like Ménaka: MNK 0.90"); written when first read, as most candidates never are.</summary>
    public string Reason
    {
        get => field ??= SoundKey is null ? (Alias ? "curated alias" : "exact name") : string.Create(CultureInfo.InvariantCulture, $"sounds like {Place.Name}: {SoundKey} {NameScore:0.00}");
        init;
    }

    /// <summary>The consonant key a sound-alike was found by; null for an exact name.</summary>
    internal string? SoundKey { get; init; }

    /// <summary>True when the text writes one of the entry's names (or a curated alias), not something that only sounds like it.</summary>
    internal bool IsExact => SoundKey is null;

    internal bool Alias { get; init; }

    /// <summary>How well the written name matches this entry's names (1 for an exact name).</summary>
    public double NameScore { get; init; }

    internal int Entry { get; init; }

    internal NameNeeds Needs { get; init; }
}
