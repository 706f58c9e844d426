namespace Marsad.Numbers;

/// <summary>An amount of money in the text.</summary>
/// <param name="Span">Original span of the amount and its currency.</param>
/// <param name="Amount">The figure (the lower bound of a range).</param>
/// <param name="Currency">ISO 4217 code, or <c>CFA</c> when the franc zone is left to the country (see <see cref="CurrencyCodes.ResolveCfa"/>).</param>
/// <param name="PerHead">True when the text gives the sum per person ("عن كل رهينة").</param>
/// <param name="Number">The count the amount was read from.</param>
public sealed record MoneyMention(TextSpan Span, decimal Amount, string Currency, bool PerHead, NumberMention Number);

public static class CurrencyCodes
{
    /// <summary>Placeholder for a CFA franc before the country tells which zone.</summary>
    public const string Cfa = "CFA";

    // Central African (BEAC) members; every other CFA country in the region is West African (BCEAO).
    private static readonly HashSet<string> CentralAfricanZone = ["TD", "CM", "CF", "CG", "GA", "GQ"];

    /// <summary>XAF for the Central African franc zone, XOF otherwise.</summary>
    public static string ResolveCfa(string currency, string? countryCode) =>
        currency != Cfa ? currency : countryCode is not null && CentralAfricanZone.Contains(countryCode) ? "XAF" : "XOF";
}
