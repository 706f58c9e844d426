namespace Marsad.Places;

/// <summary>What a name needs around it before it is read as a place.</summary>
internal enum NameNeeds : byte
{
    /// <summary>The name stands alone.</summary>
    Nothing,

    /// <summary>A small place: after at least a preposition (في، in) or beside another place.</summary>
    Preposition,

    /// <summary>A word that names a region of one country and a direction anywhere (« le Nord »): only in an article about that country.</summary>
    Country,

    /// <summary>The name is also a common word: only after a place word or a relation.</summary>
    Cue,

    /// <summary>A common word that names a region of one country: after a place word, in an article about that country.</summary>
    CueAndCountry,

    /// <summary>A word that is never a place name here (هو، هذه، على): neither the name nor anything it sounds like.</summary>
    Never,
}

/// <summary>An entry a name leads to.</summary>
internal readonly record struct NamePosting(int Entry, NameNeeds Needs, bool Alias);

/// <summary>An entry a consonant key leads to, with where the phonemes of the name that gave the key lie in the gazetteer's phoneme buffer.</summary>
internal readonly record struct PhoneticPosting(int Entry, int Start, int Length);
