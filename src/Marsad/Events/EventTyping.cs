using System.Collections.Immutable;
using Marsad.Resources;

namespace Marsad.Events;

/// <summary>What, beyond the acts and the actors' kinds, decides an event's type.</summary>
/// <param name="Fatalities">People killed (null when the text gives no figure).</param>
/// <param name="KillingReported">True when deaths are reported, with or without a figure.</param>
/// <param name="Abducted">People abducted.</param>
/// <param name="MilitaryTarget">True when the target is a military object (base, convoy, patrol, post).</param>
/// <param name="CivilianVictims">True when the victims named are civilians.</param>
public readonly record struct EventFacts(int? Fatalities, bool KillingReported, int? Abducted, bool MilitaryTarget, bool CivilianVictims);

/// <summary>
/// ACLED's event type and sub-event type from the acts of an event and the kinds of its actors: the
/// one table of Marsad's coding logic (<c>data/lexicon/typing.tsv</c>), read in order. An attack by a
/// jihadist group on an army post is a Battle (armed clash); the same verb against villagers is
/// Violence against civilians; an IED is Remote violence whoever planted it.
/// </summary>
public sealed class EventTyping
{
    private const string Path = "lexicon/typing.tsv";

    private EventTyping(ActTable acts, ImmutableArray<TypingRule> rules)
    {
        Acts = acts;
        Rules = rules;
    }

    public ActTable Acts { get; }

    /// <summary>The rules in the order they are tried.</summary>
    public ImmutableArray<TypingRule> Rules { get; }

    public static EventTyping Load(ResourceStore store)
    {
        var acts = ActTable.Load(store);
        var table = TsvTable.Read(store, Path, "act", "when", "event_type", "sub_event_type");
        var rules = table.Rows.Select(TypingRule.Parse).ToImmutableArray();
        return rules.Count(r => r.Acts.IsEmpty && r.Conditions.IsEmpty) == 1 && rules[^1] is { Acts.IsEmpty: true, Conditions.IsEmpty: true }
            ? new EventTyping(acts, rules)
            : throw new ResourceFormatException($"{table.Origin}: the last rule, and only it, must apply to any act without conditions");
    }

    /// <summary>The ACLED event type and sub-event type.</summary>
    public (string EventType, string SubEventType) Decide(IReadOnlyCollection<Act> acts, string? actor1Kind, string? actor2Kind, EventFacts facts)
    {
        var rule = Rule(acts, actor1Kind, actor2Kind, facts);
        return (rule.EventType, rule.SubEventType);
    }

    /// <summary>The rule that decides (for the explain output and tests).</summary>
    public TypingRule Rule(IReadOnlyCollection<Act> acts, string? actor1Kind, string? actor2Kind, EventFacts facts)
    {
        var situation = new TypingSituation(Acts.Dominant(acts), acts, actor1Kind, actor2Kind, facts.KillingReported || facts.Fatalities > 0, facts);
        return Rules.First(r => r.Holds(situation));
    }
}

/// <summary>Everything a typing rule's conditions can ask.</summary>
internal readonly record struct TypingSituation(Act Dominant, IReadOnlyCollection<Act> Acts, string? Actor1Kind, string? Actor2Kind, bool Killed, EventFacts Facts);

/// <summary>One row of the typing table: for these acts, under these conditions, this type.</summary>
/// <param name="Line">The row's line in the table, shown by the explain output.</param>
/// <param name="Acts">The deciding acts it applies to; empty for any.</param>
/// <param name="Conditions">All must hold.</param>
/// <param name="EventType">ACLED event type.</param>
/// <param name="SubEventType">ACLED sub-event type.</param>
public sealed record TypingRule(int Line, ImmutableArray<Act> Acts, ImmutableArray<string> Conditions, string EventType, string SubEventType)
{
    private Func<TypingSituation, bool>[] Tests { get; init; } = [];

    internal bool Holds(TypingSituation situation) =>
        (Acts.IsEmpty || Acts.Contains(situation.Dominant)) && Array.TrueForAll(Tests, t => t(situation));

    internal static TypingRule Parse(TsvRow row)
    {
        var acts = row["act"] == "*" ? [] : row.List("act").Select(a => ActTable.ParseAct(row, a)).ToImmutableArray();
        var conditions = (row.Optional("when") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToImmutableArray();
        var (eventType, subEventType) = (row["event_type"], row["sub_event_type"]);
        if (!AcledTaxonomy.IsValid(eventType, subEventType))
        {
            throw row.Fail($"'{eventType}' / '{subEventType}' is not an ACLED type");
        }

        return new TypingRule(row.Line, acts, conditions, eventType, subEventType) { Tests = [.. conditions.Select(c => Condition(row, c))] };
    }

    private static Func<TypingSituation, bool> Condition(TsvRow row, string text)
    {
        if (text.StartsWith('!'))
        {
            var positive = Condition(row, text[1..]);
            return s => !positive(s);
        }

        var (name, value) = text.IndexOf('=', StringComparison.Ordinal) is var eq and > 0 ? (text[..eq], text[(eq + 1)..]) : (text, "");
        return name switch
        {
            "a1" => KindIs(row, value, s => s.Actor1Kind),
            "a2" => KindIs(row, value, s => s.Actor2Kind),
            "killed" => s => s.Killed,
            "military_target" => s => s.Facts.MilitaryTarget,
            "civilian_victims" => s => s.Facts.CivilianVictims,
            "with" => TellsAny(row, value),
            _ => throw row.Fail($"unknown condition '{text}'"),
        };
    }

    /// <summary>The incident is also told with one of these acts (| separated).</summary>
    private static Func<TypingSituation, bool> TellsAny(TsvRow row, string acts)
    {
        var any = acts.Split('|').Select(a => ActTable.ParseAct(row, a)).ToArray();
        return s => Array.Exists(any, s.Acts.Contains);
    }

    private static Func<TypingSituation, bool> KindIs(TsvRow row, string kinds, Func<TypingSituation, string?> kindOf)
    {
        var tests = kinds.Split('|').Select<string, Func<string?, bool>>(kind => kind switch
        {
            "none" => k => k is null,
            "state" => ActorKinds.IsState,
            "armed" => ActorKinds.IsArmed,
            _ when ActorKinds.All.Contains(kind) => k => k == kind,
            _ => throw row.Fail($"unknown actor kind '{kind}'"),
        }).ToArray();
        return s => Array.Exists(tests, t => t(kindOf(s)));
    }
}
