using System.Text;

namespace Marsad.Ingest;

/// <summary>One line of a text stream, or the news that it was longer than the cap and was skipped.</summary>
/// <param name="Number">1-based line number.</param>
/// <param name="Text">The line without its terminator; null when it was too long.</param>
/// <param name="Length">Its length in characters (counted even when skipped).</param>
public readonly record struct ReadLine(int Number, string? Text, long Length);

/// <summary>
/// Reads lines without ever holding more than <c>maxChars</c> of one line: a 50 MB line is
/// counted and skipped, not loaded.
/// </summary>
public sealed class CappedLineReader(TextReader reader, int maxChars)
{
    private readonly char[] _buffer = new char[64 * 1024];
    private int _position;
    private int _filled;
    private int _lineNumber;

    public IEnumerable<ReadLine> Lines()
    {
        var line = new StringBuilder();
        var length = 0L;
        while (true)
        {
            if (_position == _filled)
            {
                _filled = reader.Read(_buffer, 0, _buffer.Length);
                _position = 0;
                if (_filled == 0)
                {
                    if (length > 0)
                    {
                        yield return Finish(line, length);
                    }

                    yield break;
                }
            }

            var newline = Array.IndexOf(_buffer, '\n', _position, _filled - _position);
            var end = newline < 0 ? _filled : newline;
            var count = end - _position;
            length += count;
            if (length <= maxChars)
            {
                line.Append(_buffer, _position, count);
            }

            _position = newline < 0 ? _filled : newline + 1;
            if (newline >= 0)
            {
                yield return Finish(line, length);
                line.Clear();
                length = 0;
            }
        }
    }

    private ReadLine Finish(StringBuilder line, long length)
    {
        _lineNumber++;
        if (length > maxChars)
        {
            return new ReadLine(_lineNumber, null, length);
        }

        if (line.Length > 0 && line[^1] == '\r')
        {
            line.Length--;
        }

        return new ReadLine(_lineNumber, line.ToString(), length);
    }
}
