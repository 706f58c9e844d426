using System.Globalization;
using System.Text;

namespace Marsad.Events.Assembly;

/// <summary>A one-line English summary of a coded event, made from its fields.</summary>
internal static class EventNotes
{
    public static string Write(EventRecord record, Incident incident)
    {
        var text = new StringBuilder();
        if (record.Historical)
        {
            text.Append("Background: ");
        }

        text.Append(record.SubEventType);
        if (record.Actor1 is not null)
        {
            text.Append(" by ").Append(record.Actor1);
        }

        if (record.AssocActor1.Length > 0)
        {
            text.Append(" with ").Append(string.Join(", ", record.AssocActor1));
        }

        if (record.Actor2 is not null)
        {
            text.Append(record.EventType == AcledTaxonomy.Battles ? " against " : " on ").Append(record.Actor2);
        }

        if (record.Location is not null)
        {
            text.Append(record.GeoPrecision == 1 ? " in " : " near ").Append(record.Location);
        }
        else if (record.Country is not null)
        {
            text.Append(" in ").Append(record.Country);
        }

        if (record.EventDate is { } date)
        {
            text.Append(record.TimePrecision switch
            {
                1 => string.Create(CultureInfo.InvariantCulture, $" on {date:yyyy-MM-dd}"),
                2 => string.Create(CultureInfo.InvariantCulture, $" in the week of {date:yyyy-MM-dd}"),
                _ => string.Create(CultureInfo.InvariantCulture, $" in {date:MMMM yyyy}"),
            });
        }

        if (record.Fatalities is { } dead)
        {
            text.Append(CultureInfo.InvariantCulture, $"; {dead} killed");
        }

        if (record.Abducted is { } taken)
        {
            text.Append(CultureInfo.InvariantCulture, $"; {taken} abducted");
        }

        if (record.RansomAmount is { } amount)
        {
            text.Append(CultureInfo.InvariantCulture, $"; ransom {amount:#,0} {record.RansomCurrency}");
        }

        if (incident.Agent?.Strength == AgentStrength.Claim)
        {
            text.Append("; claimed");
        }

        if (incident.Frames.Any(f => f.Rumor))
        {
            text.Append("; reported from unverified posts");
        }

        return text.ToString();
    }
}
