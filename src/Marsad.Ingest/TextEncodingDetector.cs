using System.Text;

namespace Marsad.Ingest;

/// <summary>What a byte sample looks like: an encoding to decode it with, or binary content.</summary>
/// <param name="Encoding">The encoding to use, null for binary content.</param>
/// <param name="BomLength">Bytes of byte-order mark to skip.</param>
/// <param name="Reason">Why, for messages ("UTF-16LE byte-order mark", "not valid UTF-8; Arabic windows-1256").</param>
public sealed record DetectedEncoding(Encoding? Encoding, int BomLength, string Reason)
{
    public bool IsBinary => Encoding is null;
}

/// <summary>
/// Guesses how text bytes are encoded: byte-order marks, UTF-16 without a mark, strict UTF-8, and
/// the single-byte Arabic code pages (windows-1256, ISO-8859-6) that Arabic sites still serve;
/// NUL bytes or many control characters mean binary.
/// </summary>
public static class TextEncodingDetector
{
    /// <summary>How many bytes of a file are looked at.</summary>
    public const int SampleSize = 64 * 1024;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    static TextEncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Utf8 { get; } = new UTF8Encoding(false, throwOnInvalidBytes: false);

    public static Encoding Windows1256 => Encoding.GetEncoding(1256);

    public static Encoding Iso88596 => Encoding.GetEncoding("iso-8859-6");

    public static DetectedEncoding Detect(ReadOnlySpan<byte> sample)
    {
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new DetectedEncoding(Utf8, 3, "UTF-8 byte-order mark");
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DetectedEncoding(Encoding.Unicode, 2, "UTF-16LE byte-order mark");
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DetectedEncoding(Encoding.BigEndianUnicode, 2, "UTF-16BE byte-order mark");
        }

        if (Utf16WithoutMark(sample) is { } utf16)
        {
            return new DetectedEncoding(utf16, 0, "UTF-16 without byte-order mark");
        }

        if (LooksBinary(sample))
        {
            return new DetectedEncoding(null, 0, "binary content (NUL or control bytes)");
        }

        if (IsValidUtf8(sample))
        {
            return new DetectedEncoding(Utf8, 0, "valid UTF-8");
        }

        if (IsMostlyUtf8(sample))
        {
            return new DetectedEncoding(Utf8, 0, "UTF-8 with some invalid bytes");
        }

        var best = ArabicScore(sample, Windows1256) >= ArabicScore(sample, Iso88596) ? Windows1256 : Iso88596;
        return new DetectedEncoding(best, 0, $"not valid UTF-8; decoded as {best.WebName}");
    }

    /// <summary>Decodes a whole byte array (for single files), or says why it cannot.</summary>
    public static (string? Text, DetectedEncoding Detected) Decode(byte[] bytes)
    {
        var detected = Detect(bytes.AsSpan(0, Math.Min(bytes.Length, SampleSize)));
        if (detected.IsBinary)
        {
            return (null, detected);
        }

        return (detected.Encoding!.GetString(bytes, detected.BomLength, bytes.Length - detected.BomLength), detected);
    }

    private static Encoding? Utf16WithoutMark(ReadOnlySpan<byte> sample)
    {
        if (sample.Length < 8)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05)
        {
            return Encoding.Unicode; // ASCII-heavy little-endian text: every high byte is zero
        }

        if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05)
        {
            return Encoding.BigEndianUnicode;
        }

        // Arabic UTF-16LE: the high byte of every letter is 0x06.
        var arabicHigh = 0;
        for (var i = 1; i < sample.Length; i += 2)
        {
            arabicHigh += sample[i] == 0x06 ? 1 : 0;
        }

        return arabicHigh > pairs * 0.3 && evenZeros + oddZeros > pairs * 0.05 ? Encoding.Unicode : null;
    }

    private static bool LooksBinary(ReadOnlySpan<byte> sample)
    {
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C)
            {
                control++;
            }
        }

        return control > sample.Length / 20 + 1;
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> sample)
    {
        // A sample cut in the middle of a multi-byte sequence is still UTF-8: drop the partial tail.
        var end = sample.Length;
        for (var back = 1; back <= 3 && end - back >= 0; back++)
        {
            var b = sample[end - back];
            if ((b & 0xC0) == 0xC0)
            {
                var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                if (needed > back)
                {
                    end -= back;
                }

                break;
            }

            if ((b & 0x80) == 0)
            {
                break;
            }
        }

        try
        {
            StrictUtf8.GetCharCount(sample[..end]);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>
    /// UTF-8 damaged in a few places: valid multi-byte sequences far outnumber invalid bytes. Single-byte
    /// Arabic text almost never forms a valid multi-byte sequence, so it does not pass.
    /// </summary>
    private static bool IsMostlyUtf8(ReadOnlySpan<byte> sample)
    {
        int multiByte = 0, invalid = 0;
        while (!sample.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(sample, out _, out var consumed);
            if (status == System.Buffers.OperationStatus.NeedMoreData)
            {
                break; // a sequence cut by the end of the sample
            }

            invalid += status == System.Buffers.OperationStatus.InvalidData ? 1 : 0;
            multiByte += status == System.Buffers.OperationStatus.Done && consumed > 1 ? 1 : 0;
            sample = sample[consumed..];
        }

        return multiByte > 0 && multiByte >= 10 * invalid;
    }

    private static int ArabicScore(ReadOnlySpan<byte> sample, Encoding encoding)
    {
        var score = 0;
        foreach (var c in encoding.GetString(sample))
        {
            if (c is >= '\u0621' and <= '\u064A')
            {
                score++;
            }
            else if (c == '\uFFFD' || c is >= '\u0080' and < '\u00A0' || c is >= '\u00C0' and <= '\u00FF')
            {
                score -= 3; // unmapped bytes and Latin-1 letters are unlikely inside Arabic text
            }
        }

        return score;
    }
}
