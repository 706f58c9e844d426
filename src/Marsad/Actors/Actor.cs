using System.Collections.Immutable;

namespace Marsad.Actors;

/// <summary>The ACLED name an actor carries during a period (state forces are renamed at each regime change).</summary>
public sealed record ActorPeriod(DateOnly From, DateOnly? To, string AcledName)
{
    public bool Covers(DateOnly date) => date >= From && (To is null || date < To);
}

/// <summary>
/// An actor of the catalogue: a named group, a state force, or a template such as
/// <c>Civilians ({country})</c> that a country completes.
/// </summary>
/// <param name="Id">Stable id (<c>jnim</c>, <c>ml-military</c>).</param>
/// <param name="AcledName">The current ACLED-style name.</param>
/// <param name="Kind">One of <see cref="Events.ActorKinds"/>.</param>
/// <param name="CountryCode">ISO2 of the actor's home country, null when transnational.</param>
/// <param name="ParentId">The group it belongs to (Katiba Macina → JNIM).</param>
/// <param name="Periods">Period-correct names, oldest first; empty when the name never changed.</param>
public sealed record Actor(string Id, string AcledName, string Kind, string? CountryCode, string? ParentId, ImmutableArray<ActorPeriod> Periods)
{
    private const string CountryPlaceholder = "{country}";

    public bool IsTemplate => AcledName.Contains(CountryPlaceholder, StringComparison.Ordinal);

    /// <summary>The name on a date (the current name when the date is unknown or outside every period).</summary>
    public string NameOn(DateOnly? date)
    {
        if (date is { } day)
        {
            foreach (var period in Periods)
            {
                if (period.Covers(day))
                {
                    return period.AcledName;
                }
            }
        }

        return AcledName;
    }

    /// <summary>A template's name for a country: <c>Civilians (Mali)</c>.</summary>
    public string ForCountry(string countryName) => AcledName.Replace(CountryPlaceholder, countryName, StringComparison.Ordinal);
}
