namespace Marsad.Text;

public enum Language
{
    Other,
    Arabic,
    French,
    English,
}

public static class LanguageCodes
{
    public static string Code(this Language language) => language switch
    {
        Language.Arabic => "ar",
        Language.French => "fr",
        Language.English => "en",
        _ => "other",
    };

    public static Language? Parse(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "ar" or "ara" or "arabic" => Language.Arabic,
        "fr" or "fra" or "fre" or "french" => Language.French,
        "en" or "eng" or "english" => Language.English,
        null or "" => null,
        _ => Language.Other,
    };
}
