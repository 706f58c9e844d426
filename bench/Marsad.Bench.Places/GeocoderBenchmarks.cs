using BenchmarkDotNet.Attributes;
using Marsad.Places;
using Marsad.Resources;
using Marsad.Text;

namespace Marsad.Bench.Places;

/// <summary>The gazetteer's load, and the Places stage on one article (recognize, context, resolve every mention).</summary>
[MemoryDiagnoser]
public class GeocoderBenchmarks
{
    // A fictional report written for the benchmark: a dateline, distances, directions, a region, a between-pair, a country.
    private const string Article =
        "نيامي – مرصد: قتل مسلحون ما لا يقل عن 12 مدنيا في هجوم على قرية تقع على بعد 30 كيلومترا شمال بلدة تيرا بولاية تيلابيري غربي النيجر، "
        + "فيما نفذ الجيش غارات قرب بانيبانغو. وأغلق محتجون الطريق الرابطة بين تيرا ونيامي، وقال سكان من والام إن الهجوم وقع فجر الأحد.\n"
        + "وكانت جماعات مسلحة قد هاجمت الأسبوع الماضي موقعا عسكريا في منطقة المثلث الحدودي بين النيجر ومالي وبوركينا فاسو.";

    private Geocoder _geocoder = null!;
    private TextDocument _doc = null!;

    [GlobalSetup]
    public void Setup()
    {
        _geocoder = Geocoder.Load(ResourceStore.Embedded);
        _doc = TextDocument.Create(Article, Language.Arabic);
    }

    [Benchmark]
    public Geocoder Load() => Geocoder.Load(ResourceStore.Embedded);

    [Benchmark]
    public int GeocodeArticle()
    {
        var mentions = _geocoder.Recognize(_doc);
        var context = _geocoder.Context(_doc, mentions);
        var located = 0;
        foreach (var mention in mentions)
        {
            located += _geocoder.Resolve(mention, context).Choose(PlacePolicy.BestGuess).Latitude is null ? 0 : 1;
        }

        return located;
    }
}
