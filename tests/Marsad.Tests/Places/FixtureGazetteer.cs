using Marsad.Places;
using Marsad.Resources;

namespace Marsad.Tests.Places;

/// <summary>
/// A small gazetteer for unit tests: a dozen places over the shipped cue and stop-word lists
/// (a resource overlay), so that tests do not move when the real data grows. One homonym is
/// fictional: a Téra in Burkina Faso (id 99000001); so are a sound-alike seat and village (99000002, 99000003) and a village's quarter (99000004).
/// </summary>
public sealed class FixtureGazetteer : IDisposable
{
    public const string Header = "id\tname\tascii\tcountry\tfeature\tlat\tlon\tpopulation\tnotable\tadmin1\tadmin2\tnames_latin\tnames_ar\tkeys\tphonemes";

    private static readonly string[] Places =
    [
        "2457161\tGao Region\t\tML\tADM1\t16.6\t1.6\t544120\t\tML.09\t\tGao\tمنطقة غاو",
        "2457163\tGao\t\tML\tPPLA\t16.2717\t-0.0447\t133110\t1\tML.09\t\t\tجاو",
        "2461003\tAnsongo\t\tML\tPPLA2\t15.6597\t0.5022\t3000\t1\tML.09\t\t\t",
        "2451477\tSégou Region\tSegou Region\tML\tADM1\t13.6\t-5.9\t2336255\t\tML.05\t\tSégou\tمنطقة سيغو",
        "2455517\tKayes Region\t\tML\tADM1\t13.9\t-10.1\t1996812\t\tML.03\t\tKayes\tمنطقة كايس",
        "2457671\tFarabougou\t\tML\tPPL\t14.8921\t-6.1414\t0\t\tML.05\t\t\t",
        "2457672\tFarabougou\t\tML\tPPL\t14.5015\t-9.4331\t0\t\tML.03\t\t\t",
        "2361177\tDjibo\t\tBF\tPPLA2\t14.0994\t-1.6255\t61462\t1\tBF.12\t\t\tدجيبو",
        "2438855\tTéra\tTera\tNE\tPPLA2\t14.0078\t0.7531\t39410\t1\tNE.09\t\t\tتيرا",
        "99000001\tTéra\tTera\tBF\tPPL\t13.5\t-1.2\t0\t\tBF.12\t\t\t",
        "2347954\tBama\t\tNG\tPPLA2\t11.5213\t13.6895\t118121\t1\tNG.27\t\t\t",
        "2440485\tNiamey\t\tNE\tPPLC\t13.5137\t2.1098\t1323691\t1\tNE.08\t\t\tنيامي",
        // Fictional: a cercle seat and a village whose names sound alike, for place words that tell a village from a town.
        "99000002\tTomora\t\tML\tPPL\t13.9\t-5.2\t0\t\tML.05\t\t\t",
        "99000003\tToumorou\t\tML\tPPLA2\t14.3\t-5.6\t25000\t1\tML.05\t\t\t",
        "99000004\tSobokoun-Peulh\t\tML\tPPL\t13.7\t-5.4\t0\t\tML.05\t\t\t",
        "2460596\tBamako\t\tML\tPPLC\t12.6092\t-7.9752\t4227569\t1\tML.01\t\t\tباماكو",
    ];

    private static readonly string[] Admin1 =
    [
        "code\tname\tascii\tgeonameid\tcapital_geonameid\tcapital\tlat\tlon",
        "ML.09\tGao\tGao\t2457161\t2457163\tGao\t16.2717\t-0.0447",
        "ML.05\tSégou\tSegou\t2451477\t2451478\tSegou\t13.4403\t-6.2595",
        "ML.03\tKayes\tKayes\t2455517\t2455518\tKayes\t14.4478\t-11.4439",
        "BF.12\tSahel\tSahel\t6930713\t2361082\tDori\t14.0341\t-0.0326",
        "NE.09\tTillabéri Region\tTillaberi Region\t2595293\t2438678\tTillaberi\t14.2071\t1.4542",
        "NE.08\tNiamey\tNiamey\t2595294\t2440485\tNiamey\t13.5137\t2.1098",
        "NG.27\tBorno State\tBorno State\t2346794\t2331447\tMaiduguri\t11.8469\t13.1571",
        "ML.01\tBamako\tBamako\t2460594\t2460596\tBamako\t12.6092\t-7.9752",
    ];

    // Parts of countries over the fixture's regions only (the shipped table names regions it lacks).
    private static readonly string[] CountryParts =
    [
        "country\tpart\tadmin1\tusual\tnote",
        "ML\tC\tML.05\tML.05\tfixture",
        "ML\tW\tML.03\tML.03\tfixture",
        "ML\tN\tML.09|ML.01\t\tfixture: two regions, none usual",
        "NG\tNE\tNG.27\tNG.27\tfixture",
    ];

    public FixtureGazetteer()
        : this(Places)
    {
    }

    private FixtureGazetteer(IEnumerable<string> places)
    {
        Folder = Directory.CreateTempSubdirectory("marsad-places-").FullName;
        Directory.CreateDirectory(Path.Combine(Folder, "geo"));
        File.WriteAllLines(Path.Combine(Folder, "geo/places.tsv"), ["# fixture", Header, .. places.Select(WithKeys)]);
        File.WriteAllLines(Path.Combine(Folder, "geo/admin1.tsv"), Admin1);
        File.WriteAllLines(Path.Combine(Folder, "geo/admin2.tsv"), ["code\tname\tascii\tgeonameid"]);
        File.WriteAllLines(Path.Combine(Folder, "geo/aliases.tsv"), ["id\talias\tneeds\tnote"]);
        File.WriteAllLines(Path.Combine(Folder, "geo/country_parts.tsv"), CountryParts);
    }

    public string Folder { get; }

    public Geocoder Geocoder => field ??= Geocoder.Load(ResourceStore.Overlay(Folder));

    /// <summary>A fixture whose places file has the given extra lines (to test how bad data is refused).</summary>
    public static FixtureGazetteer With(params string[] extraPlaces) => new([.. Places, .. extraPlaces]);

    /// <summary>A line of the first thirteen columns gets its keys as the gazetteer tool writes them; a longer one is kept as it is.</summary>
    private static string WithKeys(string line)
    {
        var cells = line.Split('\t');
        return cells.Length != 13
            ? line
            : line + "\t" + PlaceKeys.Cells(cells[1], cells[2], cells[4], cells[11].Split('|', StringSplitOptions.RemoveEmptyEntries), AdminAffixes.Load(ResourceStore.Embedded));
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
