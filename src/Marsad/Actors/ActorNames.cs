using System.Collections.Immutable;
using Marsad.Resources;
using Marsad.Text;

namespace Marsad.Actors;

/// <summary>
/// The names a person or group is known by, for its profile: a group's ACLED names (every period's) and aliases in
/// Arabic, French and English (<c>data/actors/actors.tsv</c>, <c>periods.tsv</c>), a catalogued person's spellings and
/// kunyas (<c>data/actors/persons.tsv</c>). Any of the names finds the same entry, after folding.
/// </summary>
public sealed class ActorNames
{
    private readonly Dictionary<string, KnownActor> _byName;

    private ActorNames(Dictionary<string, KnownActor> byName) => _byName = byName;

    public static ActorNames Load(ResourceStore store, ActorCatalog catalog)
    {
        var byName = new Dictionary<string, KnownActor>(StringComparer.Ordinal);
        foreach (var group in catalog.Aliases.GroupBy(a => a.Actor.Id))
        {
            Add(byName, new KnownActor(ActorKind.Group, [.. group.Select(a => a.Alias).Distinct(StringComparer.Ordinal)]));
        }

        foreach (var row in TsvTable.Read(store, "actors/persons.tsv", "id", "name", "aliases_ar", "aliases_latin").Rows)
        {
            Add(byName, new KnownActor(ActorKind.Person, [row["name"], .. row.List("aliases_latin"), .. row.List("aliases_ar")]));
        }

        return new ActorNames(byName);
    }

    /// <summary>
    /// The names <paramref name="name"/> is known by, itself first; a name no list holds is a person's as the text
    /// spelled it, since every group Marsad names is listed.
    /// </summary>
    public KnownActor Of(string name) => _byName.TryGetValue(CharFolding.Fold(name), out var known)
        ? known with { Names = [name, .. known.Names.Where(n => CharFolding.Fold(n) != CharFolding.Fold(name))] }
        : new KnownActor(ActorKind.Person, [name]);

    // A person listed under a group's alias (a kunya that is also a katiba's name) stays the group's.
    private static void Add(Dictionary<string, KnownActor> byName, KnownActor known)
    {
        foreach (var name in known.Names)
        {
            byName.TryAdd(CharFolding.Fold(name), known);
        }
    }
}

/// <summary>Whether a node of the actor network is a group (any armed group, force or government) or a person.</summary>
public enum ActorKind
{
    Group,
    Person,
}

/// <summary>A person or group and every name it is known by.</summary>
public sealed record KnownActor(ActorKind Kind, ImmutableArray<string> Names);
