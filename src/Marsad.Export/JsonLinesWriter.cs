using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Marsad.Dedup;

namespace Marsad.Export;

/// <summary>One JSON object a line: every column of the export (null fatalities stay null), with evidence as nested lists.</summary>
internal static class JsonLinesWriter
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(IEnumerable<EventCluster> clusters, TextWriter output, DateTimeOffset exportedAt)
    {
        foreach (var cluster in clusters)
        {
            var row = ExportRows.From(cluster, exportedAt);
            var node = JsonSerializer.SerializeToNode(row, Options)!.AsObject();
            node["evidence"] = JsonNode.Parse(row.Evidence);
            output.Write(node.ToJsonString(Options) + "\n");
        }
    }
}
