using Marsad.Text;
using Marsad.Time;

namespace Marsad.Tests.Time;

/// <summary>The names that date a text: forces and groups with a period, heads of state by title (texts written for the tests).</summary>
public class EraTests
{
    [Theory]
    [InlineData("Les soldats de Barkhane ont quitté Gao.", "barkhane", EraKind.Exists)]
    [InlineData("قتل ثلاثة من متطوعي الدفاع عن الوطن في كمين.", "vdp", EraKind.Exists)]
    [InlineData("Le président Mohamed Bazoum a reçu les chefs militaires.", "mohamed-bazoum", EraKind.InOffice)]
    [InlineData("Mohamed Bazoum, président du Niger, a condamné l'attaque.", "mohamed-bazoum", EraKind.InOffice)]
    [InlineData("استقبل الرئيس محمد بازوم وفدا من الجيش.", "mohamed-bazoum", EraKind.InOffice)]
    [InlineData("La junte qui a renversé le président Mohamed Bazoum a fermé la frontière.", "mohamed-bazoum", EraKind.AfterOffice)]
    [InlineData("وقع الانقلاب الذي أطاح في 26 يوليو بالرئيس محمد بازوم.", "mohamed-bazoum", EraKind.AfterOffice)]
    [InlineData("L'ancien président Roch Kaboré est libre.", "roch-kabore", EraKind.AfterOffice)]
    [InlineData("Roch Kaboré a voté. Le président Kaboré a ensuite parlé.", "roch-kabore", EraKind.InOffice)]
    public void FindEras_Name_DatesTheText(string text, string id, EraKind kind)
    {
        var eras = TimeFixture.Recognizer.FindEras(TextDocument.Create(text));
        Assert.Contains(eras, e => e.Id == id && e.Kind == kind);
    }

    [Theory]
    [InlineData("Mohamed Bazoum a parlé à la radio.")]
    [InlineData("Le président Kaboré a parlé à la radio.")]
    [InlineData("Des hommes armés ont attaqué un village.")]
    public void FindEras_NameWithoutTitleOrPeriod_DatesNothing(string text)
    {
        Assert.Empty(TimeFixture.Recognizer.FindEras(TextDocument.Create(text)));
    }
}
