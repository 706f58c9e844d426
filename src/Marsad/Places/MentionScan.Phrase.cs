using System.Globalization;
using Marsad.Text;

namespace Marsad.Places;

internal sealed partial class MentionScan
{
    /// <summary>
    /// The phrase around a name, read backwards from it: [relation] [approx] [number unit]
    /// [direction] [from] [cue] NAME [cue after]. "على بعد نحو 40 كيلومترا جنوب مدينة غاو" gives
    /// distance 40, direction S, cue city.
    /// </summary>
    private PlaceMention Assemble(NameMatch name, bool between)
    {
        var start = name.FirstToken;
        var cue = PlaceCue.None;
        var relation = between ? PlaceRelation.Between : PlaceRelation.At;
        var clitics = _doc.Folded[_doc.Tokens[name.FirstToken].NormStart..name.NormStart];
        string? direction = null;
        double? distance = null;

        if (_hits.EndingAt(start, CueRole.Cue) is { } cueWord)
        {
            cue = cueWord.Payload.Cue;
            start = cueWord.FirstToken;
            clitics = cueWord.Prefix;
        }
        else if (_hits.StartingAt(name.FirstToken, CueRole.Cue) is { } inner && inner.EndToken <= name.EndToken)
        {
            cue = inner.Payload.Cue; // an alias that carries its own place word: الإقليم الشرقي
        }
        else if (_hits.DefiniteCueEndingAt(start) is { } apposed && _hits.EndingAt(apposed.FirstToken, CueRole.From) is not null)
        {
            start = apposed.FirstToken; // "على بعد 50 كيلومترا من العاصمة نيامي": the distance is from the town the apposition names
        }

        var beforeFrom = _hits.EndingAt(start, CueRole.From) is { } from ? from.FirstToken : start;
        if ((_hits.EndingAt(start, CueRole.Direction) ?? _hits.EndingAt(beforeFrom, CueRole.Direction)) is { } compass)
        {
            direction = compass.Payload.Direction;
            relation = direction == "C" ? PlaceRelation.At : PlaceRelation.Direction; // the centre of a town is the town
            start = compass.FirstToken;
            beforeFrom = _hits.EndingAt(start, CueRole.From) is { } from2 ? from2.FirstToken : start;
        }

        if (Distance(beforeFrom) is { } measured)
        {
            distance = measured.Km;
            relation = PlaceRelation.Distance;
            start = measured.Start;
        }

        for (var r = _hits.EndingAt(start, CueRole.Relation); r is not null; r = _hits.EndingAt(start, CueRole.Relation))
        {
            // The relation next to the name wins ("قرب الحدود مع X" is the border), earlier ones widen the phrase.
            relation = relation == PlaceRelation.At ? r.Value.Payload.Relation : relation;
            start = r.Value.FirstToken;
        }

        var end = name.EndToken;
        if (_hits.StartingAt(end, CueRole.CueAfter) is { } after && _doc.Tokens[end].Kind == TokenKind.Latin)
        {
            cue = cue == PlaceCue.None ? after.Payload.Cue : cue; // Borno state, Sambisa forest
            end = after.EndToken;
        }

        var nameSpan = _doc.SpanOfFolded(name.NormStart, name.NormEnd);
        var preposition = _hits.EndingAt(start, CueRole.Preposition) is { } word ? word.FirstToken : PrepositionClitic(clitics) ? start : -1;
        return new PlaceMention
        {
            Span = _doc.SpanOfTokens(start, end),
            NameSpan = nameSpan,
            FirstToken = start,
            EndToken = end,
            NameFirstToken = name.FirstToken,
            NameEndToken = name.EndToken,
            Surface = _doc.OriginalText(nameSpan),
            Cue = cue,
            Relation = relation,
            Direction = direction,
            DistanceKm = distance,
            PrepositionToken = preposition,
            Candidates = [.. name.Candidates],
            Licence = cue != PlaceCue.None || relation != PlaceRelation.At ? Licence.Strong : name.Licence,
            ContinuesAName = name.ContinuesAName,
        };
    }

    /// <summary>"[approx] NUMBER UNIT" ending before token <paramref name="end"/>: the kilometres and where the phrase starts.</summary>
    private (double Km, int Start)? Distance(int end)
    {
        if (_hits.EndingAt(end, CueRole.Unit) is not { } unit)
        {
            return null;
        }

        var start = unit.FirstToken;
        double value;
        if (_hits.EndingAt(start, CueRole.Number) is { } word)
        {
            value = word.Payload.Number;
            start = word.FirstToken;
        }
        else if (start > 0 && _doc.Tokens[start - 1].Kind == TokenKind.Digits
                 && double.TryParse(_doc.TokenText(start - 1), NumberStyles.Integer, CultureInfo.InvariantCulture, out var digits))
        {
            value = digits;
            start--;
        }
        else
        {
            return null;
        }

        while (_hits.EndingAt(start, CueRole.Approx) is { } approx)
        {
            start = approx.FirstToken;
        }

        return (value * unit.Payload.Number, start);
    }
}
