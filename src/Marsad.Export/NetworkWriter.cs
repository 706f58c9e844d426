using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;
using Marsad.Relations;

namespace Marsad.Export;

/// <summary>
/// The actor network for other tools: JSON Lines (one edge a line, with its sources and evidence) and GraphML, which
/// Gephi and networkx read (<c>networkx.read_graphml</c>): nodes with their name and kind, directed edges with the
/// predicate, the number of sources, the confidence and the first date reported.
/// </summary>
public static class NetworkWriter
{
    private const string GraphMl = "http://graphml.graphdrawing.org/xmlns";
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteJsonLines(IEnumerable<RelationEdge> edges, TextWriter output)
    {
        foreach (var edge in edges)
        {
            var line = new
            {
                subject = edge.Subject,
                predicate = edge.Predicate,
                @object = edge.Object,
                confidence = Math.Round(edge.Confidence, 3),
                first_reported = edge.FirstReported?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                sources = edge.Sources.Select(s => new
                {
                    article_id = s.Relation.ArticleId,
                    url = s.Url,
                    source = s.Source,
                    published = s.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    evidence = new[] { s.Relation.Evidence.Start, s.Relation.Evidence.End },
                    text = s.EvidenceText,
                    confidence = s.Relation.Confidence,
                }),
            };
            output.Write(JsonSerializer.Serialize(line, Options) + "\n");
        }
    }

    /// <param name="edges">The edges.</param>
    /// <param name="output">Where the GraphML goes.</param>
    /// <param name="kindOf">A node's kind from its name: <c>group</c> for a catalogued actor, else <c>person</c>.</param>
    public static void WriteGraphMl(IReadOnlyList<RelationEdge> edges, Stream output, Func<string, string> kindOf)
    {
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true });
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", GraphMl);
        Key(xml, "name", "node", "string");
        Key(xml, "kind", "node", "string");
        Key(xml, "predicate", "edge", "string");
        Key(xml, "sources", "edge", "int");
        Key(xml, "confidence", "edge", "double");
        Key(xml, "first_reported", "edge", "string");
        xml.WriteStartElement("graph", GraphMl);
        xml.WriteAttributeString("id", "marsad");
        xml.WriteAttributeString("edgedefault", "directed");
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in edges.SelectMany(e => new[] { e.Subject, e.Object }).Distinct(StringComparer.Ordinal))
        {
            ids[name] = "n" + ids.Count.ToString(CultureInfo.InvariantCulture);
            xml.WriteStartElement("node", GraphMl);
            xml.WriteAttributeString("id", ids[name]);
            Data(xml, "name", name);
            Data(xml, "kind", kindOf(name));
            xml.WriteEndElement();
        }

        for (var i = 0; i < edges.Count; i++)
        {
            var edge = edges[i];
            xml.WriteStartElement("edge", GraphMl);
            xml.WriteAttributeString("id", "e" + i.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("source", ids[edge.Subject]);
            xml.WriteAttributeString("target", ids[edge.Object]);
            Data(xml, "predicate", edge.Predicate);
            Data(xml, "sources", edge.Sources.Length.ToString(CultureInfo.InvariantCulture));
            Data(xml, "confidence", edge.Confidence.ToString("0.###", CultureInfo.InvariantCulture));
            Data(xml, "first_reported", edge.FirstReported?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Key(XmlWriter xml, string name, string domain, string type)
    {
        xml.WriteStartElement("key", GraphMl);
        xml.WriteAttributeString("id", name);
        xml.WriteAttributeString("for", domain);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", type);
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data", GraphMl);
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
