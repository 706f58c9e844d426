using System.Collections.Immutable;
using System.Globalization;
using Marsad.Events;
using Marsad.Resources;

namespace Marsad.Actors;

/// <summary>
/// The actors of <c>data/actors/</c>: names, kinds, home countries, parents, period-correct names
/// and aliases in Arabic, French and English.
/// </summary>
public sealed class ActorCatalog
{
    private readonly Dictionary<string, Actor> _byId;
    private readonly Dictionary<(string Id, string Country), (Actor Branch, bool EventsOnly)> _branches;

    private ActorCatalog(Dictionary<string, Actor> byId, ImmutableArray<(string Alias, Actor Actor)> aliases, Dictionary<(string, string), (Actor, bool)> branches)
    {
        _byId = byId;
        Aliases = aliases;
        _branches = branches;
    }

    public IEnumerable<Actor> All => _byId.Values;

    /// <summary>Every alias (ACLED names included) with its actor.</summary>
    public ImmutableArray<(string Alias, Actor Actor)> Aliases { get; }

    public static ActorCatalog Load(ResourceStore store)
    {
        var periods = TsvTable.Read(store, "actors/periods.tsv", "actor_id", "valid_from", "valid_to", "acled_name").Rows
            .GroupBy(row => row["actor_id"])
            .ToDictionary(g => g.Key, g => g.Select(row => new ActorPeriod(Date(row, "valid_from")!.Value, Date(row, "valid_to"), row["acled_name"])).OrderBy(p => p.From).ToImmutableArray());
        var byId = new Dictionary<string, Actor>(StringComparer.Ordinal);
        var aliases = ImmutableArray.CreateBuilder<(string, Actor)>();
        foreach (var row in TsvTable.Read(store, "actors/actors.tsv", "id", "acled_name", "kind", "country", "parent", "aliases_ar", "aliases_fr", "aliases_en").Rows)
        {
            var kind = row["kind"];
            if (!ActorKinds.All.Contains(kind))
            {
                throw row.Fail($"unknown actor kind '{kind}'");
            }

            var actor = new Actor(row["id"], row["acled_name"], kind, row.Optional("country"), row.Optional("parent"), periods.GetValueOrDefault(row["id"], []));
            if (!byId.TryAdd(actor.Id, actor))
            {
                throw row.Fail($"duplicate actor id '{actor.Id}'");
            }

            if (actor.IsTemplate)
            {
                continue;
            }

            aliases.Add((actor.AcledName, actor));
            aliases.AddRange(actor.Periods.Select(p => (p.AcledName, actor)));
            foreach (var column in new[] { "aliases_ar", "aliases_fr", "aliases_en" })
            {
                aliases.AddRange(row.List(column).Select(alias => (alias, actor)));
            }
        }

        foreach (var actor in byId.Values.Where(a => a.ParentId is not null && !byId.ContainsKey(a.ParentId)))
        {
            throw new ResourceFormatException($"{store.Describe("actors/actors.tsv")}: actor '{actor.Id}' has unknown parent '{actor.ParentId}'");
        }

        return new ActorCatalog(byId, aliases.ToImmutable(), Branches(store, byId));
    }

    /// <summary>
    /// The branch a name stands for in a country (داعش in Nigeria is the West Africa province), else the actor itself. Some
    /// names stand for the branch only as the actor of an event there: a pledge to the Islamic State is to the movement.
    /// </summary>
    public Actor InCountry(Actor actor, string? countryCode, bool asEventActor = false) =>
        countryCode is not null && _branches.TryGetValue((actor.Id, countryCode), out var branch) && (asEventActor || !branch.EventsOnly) ? branch.Branch : actor;

    private static Dictionary<(string, string), (Actor, bool)> Branches(ResourceStore store, Dictionary<string, Actor> byId)
    {
        var branches = new Dictionary<(string, string), (Actor, bool)>();
        foreach (var row in TsvTable.Read(store, "actors/regional.tsv", "actor_id", "countries", "branch_id", "scope").Rows)
        {
            var (actor, branch) = (row["actor_id"], row["branch_id"]);
            if (!byId.ContainsKey(actor) || !byId.TryGetValue(branch, out var target))
            {
                throw row.Fail($"unknown actor '{(byId.ContainsKey(actor) ? branch : actor)}'");
            }

            var eventsOnly = row["scope"] switch
            {
                "all" => false,
                "events" => true,
                var other => throw row.Fail($"unknown scope '{other}' (all or events)"),
            };
            foreach (var country in row.List("countries"))
            {
                branches[(actor, country)] = (target, eventsOnly);
            }
        }

        return branches;
    }

    public Actor? ById(string? id) => id is not null && _byId.TryGetValue(id, out var actor) ? actor : null;

    /// <summary>The state actor of a kind (military or police forces) for a country.</summary>
    public Actor? StateActor(string kind, string? countryCode) =>
        countryCode is null ? null : _byId.Values.FirstOrDefault(a => a.Kind == kind && a.CountryCode == countryCode && !a.IsTemplate);

    /// <summary>A country's forces of <paramref name="kind"/>, else the force it deploys abroad (Military Forces of France).</summary>
    public Actor? ForcesOf(string? countryCode, string kind = ActorKinds.StateForces) =>
        StateActor(kind, countryCode) ?? StateActor(ActorKinds.ForeignForces, countryCode);

    /// <summary>The template of a kind (<c>Civilians ({country})</c> for civilians).</summary>
    public Actor? Template(string kind) => _byId.Values.FirstOrDefault(a => a.IsTemplate && a.Kind == kind);

    /// <summary>True when <paramref name="descendant"/> is <paramref name="ancestor"/> or one of its branches.</summary>
    public bool IsWithin(Actor descendant, Actor ancestor)
    {
        for (Actor? current = descendant; current is not null; current = ById(current.ParentId))
        {
            if (current.Id == ancestor.Id)
            {
                return true;
            }
        }

        return false;
    }

    private static DateOnly? Date(TsvRow row, string column) =>
        row.Optional(column) is not { } text ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw row.Fail($"'{column}' is not a YYYY-MM-DD date: {text}");
}
