using System.Globalization;
using System.Text;

namespace Marsad.GazetteerBuild;

internal static class Ascii
{
    /// <summary>The name without accents ("Tillabéri" → "Tillaberi"), as ACLED spells locations.</summary>
    public static string Of(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            switch (c)
            {
                case '’' or 'ʼ' or '‘':
                    builder.Append('\'');
                    break;
                case 'œ':
                    builder.Append("oe");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
