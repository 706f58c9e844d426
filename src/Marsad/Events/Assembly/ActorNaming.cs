using Marsad.Actors;
using Marsad.Countries;

namespace Marsad.Events.Assembly;

/// <summary>An actor as an event names it: ACLED-style name and kind.</summary>
internal sealed record NamedActor(string Name, string Kind, Actor? Actor);

/// <summary>
/// Turns an actor mention into an ACLED name: a catalogued actor by its period-correct name, an
/// unnamed kind of actor by the country of the event (مسلحون → Unidentified Armed Group (Mali),
/// جنود → Military Forces of Mali (2021-), مدنيون → Civilians (Mali)).
/// </summary>
internal sealed class ActorNaming(ActorCatalog actors, CountryCatalog countries)
{
    private const string VolunteersOfBurkinaFaso = "vdp";

    // ACLED names soldiers in revolt after the force they belong to: "Mutiny of Military Forces of Mali (2013-2020)".
    private const string MutinyOf = "Mutiny of ";

    public NamedActor? Name(ActorMention mention, string? countryCode, DateOnly? date, bool demonstration = false)
    {
        if (mention.Actor is { } named)
        {
            var actor = actors.InCountry(named, countryCode, asEventActor: true);
            return actor.IsTemplate ? FromTemplate(actor.Kind, countryCode) : new NamedActor(actor.NameOn(date), actor.Kind, actor);
        }

        return mention.Role switch
        {
            ActorRole.Armed or ActorRole.Militant or ActorRole.Member => FromTemplate(Events.ActorKinds.UnidentifiedArmed, countryCode),
            ActorRole.Military => State(Events.ActorKinds.StateForces, countryCode, date),
            ActorRole.Mutineer => State(Events.ActorKinds.StateForces, countryCode, date) is { } force ? force with { Name = MutinyOf + force.Name } : null,
            ActorRole.Police => State(Events.ActorKinds.PoliceForces, countryCode, date),
            ActorRole.Security => State(demonstration ? Events.ActorKinds.PoliceForces : Events.ActorKinds.StateForces, countryCode, date),
            ActorRole.Volunteer => countryCode == "BF" && actors.ById(VolunteersOfBurkinaFaso) is { } vdp ? new NamedActor(vdp.NameOn(date), vdp.Kind, vdp) : null,
            ActorRole.Civilian or ActorRole.Person => FromTemplate(Events.ActorKinds.Civilians, countryCode),
            ActorRole.Protester => FromTemplate(Events.ActorKinds.Protesters, countryCode),
            _ => null,
        };
    }

    /// <summary>The armed forces of a country, its own army or one deployed abroad (Military Forces of France).</summary>
    public NamedActor? ForcesOf(string countryCode, DateOnly? date) =>
        Named(actors.ForcesOf(countryCode), date);

    /// <summary>The kind an unnamed mention stands for, even when no country completes its name.</summary>
    public static string? KindOf(ActorMention mention) => mention.Actor?.Kind ?? mention.Role switch
    {
        ActorRole.Armed or ActorRole.Militant or ActorRole.Member => Events.ActorKinds.UnidentifiedArmed,
        ActorRole.Military or ActorRole.Mutineer or ActorRole.Security => Events.ActorKinds.StateForces,
        ActorRole.Police => Events.ActorKinds.PoliceForces,
        ActorRole.Volunteer => Events.ActorKinds.ProGovernmentMilitia,
        ActorRole.Civilian or ActorRole.Person => Events.ActorKinds.Civilians,
        ActorRole.Protester => Events.ActorKinds.Protesters,
        _ => null,
    };

    private NamedActor? State(string kind, string? countryCode, DateOnly? date) => Named(actors.StateActor(kind, countryCode), date);

    private static NamedActor? Named(Actor? state, DateOnly? date) => state is null ? null : new NamedActor(state.NameOn(date), state.Kind, state);

    private NamedActor? FromTemplate(string kind, string? countryCode) =>
        actors.Template(kind) is { } template && countries.ByCode(countryCode) is { } country
            ? new NamedActor(template.ForCountry(country.Name), kind, null)
            : null;
}
