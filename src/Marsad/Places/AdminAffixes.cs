using Marsad.Resources;
using Marsad.Text;

namespace Marsad.Places;

/// <summary>
/// The words around an admin unit's name that reports leave out ("Province du Soum" → "Soum"), and those that tell a
/// village's quarters apart ("Ogassagou-Peulh" → "Ogassagou").
/// </summary>
internal sealed class AdminAffixes(IReadOnlyList<string> prefixes, IReadOnlyList<string> suffixes, IReadOnlySet<string> quarters)
{
    public static AdminAffixes Load(ResourceStore resources)
    {
        var prefixes = new List<string>();
        var suffixes = new List<string>();
        var quarters = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in TsvTable.Read(resources, "geo/admin_affixes.tsv", "affix", "position").Rows)
        {
            var affix = CharFolding.Fold(row["affix"]);
            switch (row["position"])
            {
                case "prefix":
                    prefixes.Add(affix.EndsWith('\'') ? affix : affix + " ");
                    break;
                case "suffix":
                    suffixes.Add(" " + affix);
                    break;
                case "quarter":
                    quarters.Add(affix);
                    break;
                default:
                    throw row.Fail($"position '{row["position"]}' is not prefix, suffix or quarter");
            }
        }

        // Longest first, so "province de la" is tried before "province de".
        return new AdminAffixes(
            [.. prefixes.OrderByDescending(p => p.Length)],
            [.. suffixes.OrderByDescending(s => s.Length)],
            quarters);
    }

    /// <summary>
    /// The name without its admin prefix or suffix, or null when it has none. The rest keeps the
    /// original spelling when folding did not change the length ("Tillaberi Region" → "Tillaberi").
    /// </summary>
    public string? Strip(string name)
    {
        var folded = CharFolding.Fold(name);
        var source = folded.Length == name.Length ? name : folded;
        foreach (var prefix in prefixes)
        {
            if (folded.Length > prefix.Length + 1 && folded.StartsWith(prefix, StringComparison.Ordinal))
            {
                return source[prefix.Length..];
            }
        }

        foreach (var suffix in suffixes)
        {
            if (folded.Length > suffix.Length + 1 && folded.EndsWith(suffix, StringComparison.Ordinal))
            {
                return source[..^suffix.Length];
            }
        }

        return null;
    }

    /// <summary>A village's name without the quarter word after its last dash or space ("Koulogon-Habe" → "Koulogon"), or null when it has none.</summary>
    public string? StripQuarter(string name)
    {
        var cut = name.LastIndexOfAny(['-', ' ']);
        return cut > 1 && quarters.Contains(CharFolding.Fold(name[(cut + 1)..])) ? name[..cut].TrimEnd(' ', '-') : null;
    }
}
