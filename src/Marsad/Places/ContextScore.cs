using System.Collections.Immutable;

namespace Marsad.Places;

/// <summary>A candidate's score in context: the sum of named parts, so a reader can see why one place beat another.</summary>
internal static class ContextScore
{
    private const double Name = 0.6;

    // A curated alias says which place a spelling means: كونا is Konna, not a Kouna that sounds the same.
    private const double CuratedAlias = 0.05;

    // Among places the name spells exactly, the one it is the main name of beats one it is only another name of (Boni, not a
    // Bouani once also called Boni); too little to outweigh any sign of context.
    private const double MainName = 0.03;
    private const double Prior = 0.3;
    private const double PreferredCountry = 0.25;
    private const double ArticleCountry = 0.25;
    private const double SentenceCountry = 0.1;
    private const double ForeignCountry = -0.1;
    private const double InContainer = 0.3;

    // A part of a country ("north of Mali") is a loose bound: it separates homonyms but does not outweigh a well-known town's name.
    private const double InCountryPart = 0.1;
    private const double OutsideContainer = -0.25;

    // The regions the article is about ("في وسط مالي", a region named, towns placed clearly) draw its villages.
    private const double FrameRegion = 0.15;

    // "قرية X", « le village de X »: the writer says the place is small, so a town of the same sound gets no more than a
    // commune seat's prominence from its prior.
    private const float VillagePrior = 0.45f;

    public static double Of(
        PlaceCandidate candidate,
        float prior,
        PlaceMention mention,
        PlaceContext context,
        Container? container,
        ImmutableDictionary<string, double>? sentenceEvidence,
        ImmutableDictionary<string, double> regionShares,
        string? preferredCountry)
    {
        var place = candidate.Place;
        var weighedPrior = mention.Cue == PlaceCue.Village && !candidate.IsExact ? Math.Min(prior, VillagePrior) : prior;
        var score = Name * candidate.NameScore + Prior * weighedPrior + (candidate.Alias ? CuratedAlias : 0)
                    + (candidate.IsExact && NameKeys.Compact(place.Name) == NameKeys.Compact(mention.Surface) ? MainName : 0);
        var preferred = preferredCountry is not null && place.Countries.Contains(preferredCountry);
        var share = place.Countries.Max(context.Share);
        score += preferred ? PreferredCountry : 0;
        score += ArticleCountry * share;
        score += sentenceEvidence is not null && place.Countries.Any(sentenceEvidence.ContainsKey) ? SentenceCountry : 0;
        score += !preferred && share == 0 && context.Geography.Countries.Count > 0 ? ForeignCountry : 0;
        // Units named with the mention say where it is more precisely than the article's regions.
        score += container is { Admin1.Count: > 0 } || place.Admin1Code is not { } region ? 0 : FrameRegion * regionShares.GetValueOrDefault(region);
        // A country is never inside the unit named after it: "مالي، في غرب أفريقيا" is still Mali.
        if (container is not null && place.Kind != PlaceKind.Country)
        {
            score += place.Admin1Code is { } code && container.Admin1.Contains(code) ? container.FromCountryPart ? InCountryPart : InContainer
                : place.Countries.Any(container.Countries.Contains) ? 0 : OutsideContainer;
        }

        return score + CueFit(mention.Cue, place.Kind) + RelationFit(mention.Relation, place.Kind) + Proximity(place, mention, context);
    }

    /// <summary>Whether the place word before the name fits the kind of place: a region cue wants a region.</summary>
    private static double CueFit(PlaceCue cue, PlaceKind kind) => cue switch
    {
        PlaceCue.Region or PlaceCue.Province => kind switch
        {
            PlaceKind.Admin1 => 0.2,
            PlaceKind.Admin2 => 0.12,
            PlaceKind.Country => 0,
            _ => -0.05,
        },
        PlaceCue.District or PlaceCue.Commune => kind switch
        {
            PlaceKind.Admin2 or PlaceKind.Admin3 or PlaceKind.Seat => 0.1,
            PlaceKind.Admin1 or PlaceKind.Country => -0.1,
            _ => 0,
        },
        // A lake or well often carries the name of the town beside it (Gossi): a milder misfit than a region.
        PlaceCue.City or PlaceCue.Town or PlaceCue.Village => kind.IsPopulated() ? 0.1 : kind is PlaceKind.Natural or PlaceKind.Well ? -0.1 : -0.2,
        PlaceCue.Lake or PlaceCue.River or PlaceCue.Forest or PlaceCue.Mountain or PlaceCue.Island or PlaceCue.Area =>
            kind is PlaceKind.Natural or PlaceKind.Area ? 0.2 : 0,
        PlaceCue.Country => kind == PlaceKind.Country ? 0.2 : -0.1,

        // With no place word, reports name towns and countries far more often than admin units.
        _ => kind.IsAdmin() ? -0.1 : 0,
    };

    /// <summary>"قرب الحدود مع الجزائر", "near the border with Niger": a border is a country's, not its capital's of the same name.</summary>
    private static double RelationFit(PlaceRelation relation, PlaceKind kind) =>
        relation == PlaceRelation.Border && kind == PlaceKind.Country ? 0.2 : 0;

    /// <summary>Places an article names tend to lie near each other.</summary>
    private static double Proximity(GazetteerEntry place, PlaceMention mention, PlaceContext context)
    {
        if (!place.HasCoordinates)
        {
            return 0;
        }

        var nearest = double.MaxValue;
        foreach (var (other, lat, lon) in context.Anchors)
        {
            if (other != mention.NameFirstToken)
            {
                nearest = Math.Min(nearest, Marsad.Geo.Distance.Kilometres(place.Latitude!.Value, place.Longitude!.Value, lat, lon));
            }
        }

        // Closer is better, smoothly: 30 km earns twice what 90 km does; across the continent is a mild misfit.
        return nearest switch
        {
            double.MaxValue => 0,
            > 800 => -0.05,
            _ => 0.15 * Math.Exp(-nearest / 80),
        };
    }
}
