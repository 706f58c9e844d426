namespace Marsad.Events;

/// <summary>ACLED's six event types, their 25 sub-event types and three disorder types, spelled as ACLED spells them.</summary>
public static class AcledTaxonomy
{
    public const string Battles = "Battles";
    public const string Explosions = "Explosions/Remote violence";
    public const string ViolenceAgainstCivilians = "Violence against civilians";
    public const string Protests = "Protests";
    public const string Riots = "Riots";
    public const string StrategicDevelopments = "Strategic developments";

    public static IReadOnlyDictionary<string, string[]> SubEventTypes { get; } = new Dictionary<string, string[]>
    {
        [Battles] = ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
        [Explosions] = ["Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"],
        [ViolenceAgainstCivilians] = ["Sexual violence", "Attack", "Abduction/forced disappearance"],
        [Protests] = ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
        [Riots] = ["Violent demonstration", "Mob violence"],
        [StrategicDevelopments] = ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"],
    };

    public static string DisorderType(string eventType) => eventType switch
    {
        Protests or Riots => "Demonstrations",
        StrategicDevelopments => "Strategic developments",
        _ => "Political violence",
    };

    public static bool IsValid(string eventType, string subEventType) =>
        SubEventTypes.TryGetValue(eventType, out var subs) && subs.Contains(subEventType);
}
