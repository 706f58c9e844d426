using Marsad.Text;

namespace Marsad.Tests.Time;

/// <summary>French and English through the same machinery; 2024-08-14 and 2025-09-24 are Wednesdays.</summary>
public class FrenchEnglishTests
{
    [Theory]
    [InlineData("Des hommes armés ont tué neuf civils dimanche dernier.", "2024-08-14", "dimanche dernier", "2024-08-11")]
    [InlineData("L'attaque a été revendiquée mardi par l'EIGS.", "2024-08-14", "mardi", "2024-08-13")]
    [InlineData("Dans un communiqué lu lundi soir, le ministère affirme.", "2024-08-14", "lundi soir", "2024-08-12")]
    [InlineData("Le convoi a été attaqué hier près de Djibo.", "2024-08-14", "hier", "2024-08-13")]
    [InlineData("Le convoi a été attaqué hier soir près de Djibo.", "2024-08-14", "hier soir", "2024-08-13")]
    [InlineData("Le convoi a été attaqué avant-hier près de Djibo.", "2024-08-14", "avant-hier", "2024-08-12")]
    [InlineData("Le ministre s'est exprimé aujourd'hui à Niamey.", "2024-08-14", "aujourd'hui", "2024-08-14")]
    [InlineData("Les otages avaient été enlevés le 28 janvier.", "2025-02-10", "le 28 janvier", "2025-01-28")]
    [InlineData("Un cadre a été tué le 18 décembre dernier.", "2025-01-10", "le 18 décembre dernier", "2024-12-18")]
    [InlineData("Le camp a été attaqué le 1er mars 2024.", "2025-01-10", "le 1er mars 2024", "2024-03-01")]
    [InlineData("Le bombardement de Bounti, le 3 janvier 2021, a tué 19 civils.", "2024-03-07", "le 3 janvier 2021", "2021-01-03")]
    [InlineData("Le poste a été attaqué le 5 août.", "2024-09-01", "le 5 août", "2024-08-05")]
    [InlineData("Le poste a été attaqué le 14 juillet.", "2024-09-01", "le 14 juillet", "2024-07-14")]
    [InlineData("Le poste a été attaqué mercredi 4 septembre.", "2024-09-06", "mercredi 4 septembre", "2024-09-04")]
    [InlineData("Cinq pêcheurs ont été tués dans la nuit de samedi à dimanche.", "2025-04-15", "dans la nuit de samedi à dimanche", "2025-04-12")]
    [InlineData("Les combattants ont été vus jeudi matin.", "2024-08-14", "jeudi matin", "2024-08-08")]
    [InlineData("Les combattants ont été vus vendredi prochain.", "2024-08-14", "vendredi prochain", "2024-08-16")]
    [InlineData("date 2024-06-12 Le poste a été attaqué mardi.", "2024-08-14", "2024-06-12", "2024-06-12")]
    [InlineData("Quatre bergers ont été tués dans la nuit du samedi au dimanche 9 mars 2025 près de Ménaka.", "2025-06-01",
        "nuit du samedi au dimanche 9 mars 2025", "2025-03-08")]
    [InlineData("Le camp a été visé dans la nuit de jeudi à vendredi 21 novembre près de Tessit.", "2025-12-01",
        "dans la nuit de jeudi à vendredi 21 novembre", "2025-11-20")]
    public void Resolve_French_IsThatDay(string text, string reference, string expression, string date)
    {
        TimeFixture.AssertResolves(text, reference, expression, date, 1, Language.French);
    }

    [Theory]
    [InlineData("Un catéchiste enlevé fin janvier a été libéré.", "2025-02-10", "fin janvier", "2025-01-31", 3)]
    [InlineData("Un chef de faction a rejoint Bamako début février.", "2025-03-05", "début février", "2025-02-01", 3)]
    [InlineData("Les attaques ont repris mi-mars.", "2025-04-05", "mi-mars", "2025-03-15", 3)]
    [InlineData("Le FLA, né fin 2024, a minimisé ce départ.", "2025-03-05", "fin 2024", "2024-12-31", 3)]
    [InlineData("Al-Sahraoui a été tué en août 2021.", "2025-01-10", "août 2021", "2021-08-15", 3)]
    [InlineData("L'armée a repris la ville en novembre 2023.", "2024-11-27", "novembre 2023", "2023-11-15", 3)]
    [InlineData("Ces images dataient en réalité de 2022.", "2024-11-27", "2022", "2022-07-01", 4)]
    [InlineData("La junte a pris le pouvoir par des coups d'État en 2020 et 2021.", "2024-11-27", "2021", "2021-07-01", 4)]
    [InlineData("date 2020-03 Le camp a été attaqué dimanche.", "2024-11-27", "2020-03", "2020-03-15", 3)]
    [InlineData("Le JNIM impose depuis 2022 un blocus à Djibo.", "2024-10-09", "depuis 2022", "2022-07-01", 4)]
    [InlineData("Les violences ont augmenté la semaine dernière.", "2024-10-09", "semaine dernière", "2024-10-03", 2)]
    [InlineData("Des hommes armés ont tué sept éleveurs ce week-end près de Gossi.", "2024-03-05", "ce week-end", "2024-03-02", 2)]
    [InlineData("Sept éleveurs ont été tués le week-end dernier près de Gossi.", "2024-03-04", "week-end dernier", "2024-03-02", 2)]
    [InlineData("Les violences ont augmenté le mois dernier.", "2024-10-09", "mois dernier", "2024-09-15", 3)]
    [InlineData("Les violences ont augmenté l'an dernier.", "2024-10-09", "an dernier", "2023-07-01", 4)]
    [InlineData("Les violences ont augmenté cette année.", "2024-10-09", "cette année", "2024-07-01", 4)]
    [InlineData("Les deux hommes ont été enlevés il y a deux semaines.", "2024-10-09", "il y a deux semaines", "2024-09-25", 2)]
    [InlineData("Les combats ont eu lieu du 3 au 5 mars 2024.", "2024-10-09", "du 3 au 5 mars 2024", "2024-03-04", 2)]
    [InlineData("Les combats ont eu lieu entre le 27 et le 31 mars.", "2024-10-09", "entre le 27 et le 31 mars", "2024-03-29", 2)]
    [InlineData("Les combats ont duré du lundi au mercredi 12 mars 2025.", "2025-06-01", "du lundi au mercredi 12 mars 2025", "2025-03-11", 2)]
    [InlineData("Les attaques ont doublé au cours de l'année 2019.", "2021-06-01", "année 2019", "2019-07-01", 4)]
    public void Resolve_FrenchPeriod_IsCodedByAcledRules(string text, string reference, string expression, string date, int precision)
    {
        TimeFixture.AssertResolves(text, reference, expression, date, precision, Language.French);
    }

    [Theory]
    [InlineData("The government on Tuesday denied the claim.", "2025-09-24", "on Tuesday", "2025-09-23")]
    [InlineData("The strike hit a compound on Saturday.", "2025-09-24", "on Saturday", "2025-09-20")]
    [InlineData("Fighting broke out last Sunday near Baga.", "2025-09-24", "last Sunday", "2025-09-21")]
    [InlineData("The attackers struck the base late on Monday.", "2025-03-26", "late on Monday", "2025-03-24")]
    [InlineData("They attacked a checkpoint early on Sunday.", "2025-08-12", "early on Sunday", "2025-08-10")]
    [InlineData("They called the families on Wednesday morning.", "2024-11-07", "on Wednesday morning", "2024-11-06")]
    [InlineData("Gunmen raided villages yesterday.", "2025-09-24", "yesterday", "2025-09-23")]
    [InlineData("Gunmen raided villages today.", "2025-09-24", "today", "2025-09-24")]
    [InlineData("Armed men raided several villages on May 4.", "2024-05-16", "May 4", "2024-05-04")]
    [InlineData("Gunmen killed 11 villagers on the night of Dec. 28.", "2025-01-05", "the night of Dec. 28", "2024-12-28")]
    [InlineData("Niger left the bloc on Jan. 29, 2025.", "2025-09-08", "Jan. 29, 2025", "2025-01-29")]
    [InlineData("The driver was kidnapped on the evening of Sept. 7.", "2025-09-08", "evening of Sept. 7", "2025-09-07")]
    [InlineData("The school was stormed on April 14, 2014.", "2024-04-15", "April 14, 2014", "2014-04-14")]
    [InlineData("The base was attacked on 3 March 2024.", "2024-04-15", "on 3 March 2024", "2024-03-03")]
    [InlineData("The base was attacked on the 3rd of March.", "2024-04-15", "3rd of March", "2024-03-03")]
    [InlineData("The commander was seen on Friday night.", "2025-09-24", "on Friday night", "2025-09-19")]
    public void Resolve_English_IsThatDay(string text, string reference, string expression, string date)
    {
        TimeFixture.AssertResolves(text, reference, expression, date, 1, Language.English);
    }

    [Theory]
    [InlineData("The army seized power in Niamey in July 2023.", "2025-01-05", "July 2023", "2023-07-15", 3)]
    [InlineData("The attack came in March 2022.", "2025-01-05", "March 2022", "2022-03-15", 3)]
    [InlineData("Four were seized on the same road in January.", "2025-09-08", "January", "2025-01-15", 3)]
    [InlineData("ISWAP split from Boko Haram in 2016.", "2025-03-26", "2016", "2016-07-01", 4)]
    [InlineData("JNIM has besieged Djibo since 2022.", "2024-09-11", "since 2022", "2022-07-01", 4)]
    [InlineData("The decision was announced last week.", "2025-04-02", "last week", "2025-03-27", 2)]
    [InlineData("Attacks rose this year.", "2025-04-02", "this year", "2025-07-01", 4)]
    [InlineData("Attacks rose last year.", "2025-04-02", "last year", "2024-07-01", 4)]
    [InlineData("The coup happened nearly a year and a half ago.", "2025-01-05", "nearly a year and a half ago", "2023-07-15", 3)]
    [InlineData("Parents marked ten years since the abduction.", "2024-04-15", "ten years since", "2014-07-01", 4)]
    [InlineData("Fighting flared in late October 2024.", "2025-04-02", "late October 2024", "2024-10-31", 3)]
    [InlineData("Fighting flared in early 2025.", "2025-04-02", "early 2025", "2025-01-01", 3)]
    [InlineData("Fighting flared in summer 2023.", "2025-04-02", "summer 2023", "2023-07-16", 3)]
    [InlineData("Gunmen killed seven herders near Gossi over the weekend.", "2024-03-05", "over the weekend", "2024-03-02", 2)]
    [InlineData("Seven herders were killed near Gossi last weekend.", "2024-03-03", "last weekend", "2024-03-02", 2)]
    public void Resolve_EnglishPeriod_IsCodedByAcledRules(string text, string reference, string expression, string date, int precision)
    {
        TimeFixture.AssertResolves(text, reference, expression, date, precision, Language.English);
    }

    [Theory]
    [InlineData("Residents may flee if the fighting continues.")]
    [InlineData("Thousands march in the capital.")]
    [InlineData("They said an attack was likely.")]
    public void Recognize_EnglishLookalikes_AreNoDates(string text)
    {
        Assert.Empty(TimeFixture.Recognizer.Recognize(TextDocument.Create(text, Language.English)));
    }
}
