namespace Marsad.Pipeline;

/// <summary>The catalogue of diagnostic codes: one message shape per code.</summary>
public static class DiagnosticCodes
{
    /// <summary>The article's language is not one Marsad extracts yet.</summary>
    public const string UnsupportedLanguage = "MRS0001";

    /// <summary>The article has no text.</summary>
    public const string EmptyText = "MRS0002";

    /// <summary>No publication date was given and none could be inferred: relative dates stay unresolved.</summary>
    public const string NoReferenceDate = "MRS0003";
}
