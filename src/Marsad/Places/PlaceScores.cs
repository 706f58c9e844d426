namespace Marsad.Places;

/// <summary>The thresholds and weights of place matching, in one place (calibrated on the dev corpus).</summary>
internal static class PlaceScores
{
    /// <summary>Lowest sound-alike score accepted after a place word or relation (قرب بلدة X).</summary>
    public const double StrongSoundAlike = 0.85;

    /// <summary>Lowest sound-alike score accepted after a mere preposition (في X); the place must also be a town of some size.</summary>
    public const double WeakSoundAlike = 0.90;

    /// <summary>Prior an entry needs to be taken on a preposition alone, or for a capitalised Latin word with no sign around it.</summary>
    public const float ProminentPrior = 0.6f;

    /// <summary>Penalty for a reading with proclitics stripped, so that بانيبانغو is Banibangou before it is ب + انيبانغو.</summary>
    public const double StrippedReading = 0.03;

    /// <summary>Candidates kept per mention.</summary>
    public const int MaxCandidates = 100;

    /// <summary>How much the name counts against the entry's prior in a candidate's score before context.</summary>
    public const double NameWeight = 0.75;
}

/// <summary>How strongly the words before a name say a place follows.</summary>
internal enum Licence
{
    None,

    /// <summary>A preposition (في، in, à) or a clitic one (بـ، لـ), or coordination with a place just named.</summary>
    Weak,

    /// <summary>A place word (مدينة، région de), a relation (قرب، near), a direction or distance, or "between".</summary>
    Strong,
}
