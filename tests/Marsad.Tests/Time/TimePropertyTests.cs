using System.Globalization;
using CsCheck;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Tests.Time;

/// <summary>Invariants of recognition and resolution over generated dates and texts.</summary>
public class TimePropertyTests
{
    private static readonly string[] EgyptianMonths = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
    private static readonly string[] LevantineMonths = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];
    private static readonly string[] HijriMonths = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"];
    private static readonly string[] Fragments = ["أمس الثلاثاء", "في 5 يناير 2024", "مطلع الشهر الجاري", "بين 3 و5 مارس", "ليلة الأحد إلى الاثنين", "قتل 12 جنديا", "منذ عام 2020", "عيد الفطر", "اليوم التالي", "le 3 mars", "last Sunday", "، ", ". ", "\n"];

    private static readonly Gen<DateOnly> Days = Gen.Int[new DateOnly(1960, 1, 1).DayNumber, new DateOnly(2070, 12, 31).DayNumber].Select(DateOnly.FromDayNumber);

    [Fact]
    public void Resolve_WrittenGregorianDate_IsThatDateWhateverTheReference()
    {
        Gen.Select(Days, Days, Gen.Bool).Sample((date, reference, levantine) =>
        {
            var month = (levantine ? LevantineMonths : EgyptianMonths)[date.Month - 1];
            var text = $"وقع الهجوم في {date.Day} {month} {date.Year} قرب المدينة.";
            var mention = Assert.Single(TimeFixture.Recognizer.Recognize(TextDocument.Create(text)));
            Assert.Equal(date, DateRecognizer.Resolve(mention, reference, null)!.Date);
        });
    }

    [Fact]
    public void Resolve_WrittenHijriDate_IsItsUmAlQuraDay()
    {
        var calendar = new UmAlQuraCalendar();
        Gen.Int[new DateOnly(1960, 1, 1).DayNumber, new DateOnly(2070, 12, 31).DayNumber].Select(DateOnly.FromDayNumber).Sample(date =>
        {
            var moment = date.ToDateTime(TimeOnly.MinValue);
            var text = $"وقع الهجوم في {calendar.GetDayOfMonth(moment)} {HijriMonths[calendar.GetMonth(moment) - 1]} {calendar.GetYear(moment)} هـ.";
            var mention = Assert.Single(TimeFixture.Recognizer.Recognize(TextDocument.Create(text)));
            Assert.Equal(date, DateRecognizer.Resolve(mention, date, null)!.Date);
        });
    }

    [Fact]
    public void Resolve_Weekday_IsTheMostRecentSuchDayAndLastIsStrictlyBefore()
    {
        Gen.Select(Days, Gen.Int[0, 6]).Sample((reference, weekday) =>
        {
            var day = (DayOfWeek)weekday;
            var bare = DateResolver.Weekday(day, Anchor.None, reference);
            var last = DateResolver.Weekday(day, Anchor.Past, reference);
            Assert.Equal((day, day), (bare.DayOfWeek, last.DayOfWeek));
            Assert.InRange(reference.DayNumber - bare.DayNumber, 0, 6);
            Assert.InRange(reference.DayNumber - last.DayNumber, 1, 7);
        });
    }

    [Fact]
    public void Recognize_AnyText_GivesOrderedNonOverlappingMentionsInsideTheText()
    {
        Gen.OneOfConst(Fragments).Array[0, 12].Select(parts => string.Join(" ", parts)).Sample(text =>
        {
            var doc = TextDocument.Create(text);
            var previousEnd = 0;
            foreach (var mention in TimeFixture.Recognizer.Recognize(doc))
            {
                Assert.True(mention.FirstToken < mention.EndToken && mention.Span.Start >= previousEnd && mention.Span.End <= text.Length, $"bad mention {mention.Span} in '{text}'");
                previousEnd = mention.Span.End;
            }
        });
    }

    [Fact]
    public void Resolve_Range_CoversItsEndsAndCodesAMiddleDay()
    {
        Gen.Select(Days, Gen.Int[0, 40]).Sample((first, length) =>
        {
            var value = DateValue.Range(first, first.AddDays(length));
            Assert.True(value.First <= value.Date && value.Date <= value.Last);
            Assert.Equal(length switch { <= 1 => 1, <= 7 => 2, _ => 3 }, value.Precision);
        });
    }
}
