using System.IO.Compression;
using System.Text;

namespace ReformDesk.Fuzz;

public enum FuzzFormat
{
    Csv,
    Xlsx,
    Docx,
    Json,
}

/// <summary>
/// Mutations of a valid file: byte flips, truncation, duplication, ZIP entry bombs, huge fields, deep nesting, odd encodings.
/// <paramref name="quick"/> keeps sizes small (bombs up to 8 MB inflated, fields up to 200,000 characters) for the test suite.
/// </summary>
public sealed class Mutator(Random random, bool quick = false)
{
    static Mutator() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public (byte[] Input, string Name) Mutate(byte[] sample, FuzzFormat format)
    {
        var data = sample;
        var names = new List<string>();
        var count = 1 + random.Next(3);
        for (var i = 0; i < count; i++)
        {
            var isZip = data.Length > 4 && data[0] == 'P' && data[1] == 'K';
            var (next, name) = isZip && random.Next(3) > 0 ? InsideZip(data) : Bytes(data, format);
            data = next;
            names.Add(name);
        }

        return (data, string.Join("+", names));
    }

    private (byte[], string) Bytes(byte[] data, FuzzFormat format) => random.Next(8) switch
    {
        0 => (Flip(data), "flip"),
        1 => (Truncate(data), "truncate"),
        2 => (Duplicate(data), "duplicate"),
        3 => (Insert(data, Encoding.UTF8.GetBytes(new string((char)random.Next('a', 'z'), Size()))), "huge-field"),
        4 => (Nest(data, format), "deep-nesting"),
        5 => (Encode(data), "odd-encoding"),
        6 when format is FuzzFormat.Xlsx or FuzzFormat.Docx => (EntryBomb(data), "zip-entry-bomb"),
        _ => (Insert(data, Special()), "special-bytes"),
    };

    private int Size() => random.Next(4) switch
    {
        0 => random.Next(1, 100),
        1 => random.Next(100, 10_000),
        2 => random.Next(10_000, 100_000),
        _ => quick ? random.Next(100_000, 200_000) : random.Next(100_000, 3_000_000),
    };

    private byte[] Flip(byte[] data)
    {
        if (data.Length == 0) return data;
        var copy = (byte[])data.Clone();
        var flips = 1 + random.Next(Math.Max(1, data.Length / 100));
        for (var i = 0; i < flips; i++) copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        return copy;
    }

    private byte[] Truncate(byte[] data) => data.Length == 0 ? data : data[..random.Next(data.Length)];

    private byte[] Duplicate(byte[] data)
    {
        if (data.Length < 2) return data;
        var start = random.Next(data.Length - 1);
        var slice = data[start..(start + 1 + random.Next(Math.Min(data.Length - start - 1, 4096)))];
        var times = random.Next(3) == 0 ? random.Next(100, 5000) : random.Next(1, 20);
        var insert = new byte[Math.Min((long)slice.Length * times, quick ? 500_000 : 8_000_000)];
        for (var i = 0; i < insert.Length; i++) insert[i] = slice[i % slice.Length];
        return Insert(data, insert);
    }

    private byte[] Insert(byte[] data, byte[] insert)
    {
        var at = data.Length == 0 ? 0 : random.Next(data.Length);
        return [.. data.AsSpan(0, at), .. insert, .. data.AsSpan(at)];
    }

    private byte[] Nest(byte[] data, FuzzFormat format)
    {
        var depth = random.Next(2) == 0 ? random.Next(10, 64) : random.Next(1000, quick ? 20_000 : 200_000);
        var (open, close) = format switch
        {
            FuzzFormat.Json => ("[", "]"),
            FuzzFormat.Csv => ("\"", "\""),
            _ => ("<a>", "</a>"),
        };
        var text = Encoding.UTF8.GetString(data);
        var at = random.Next(text.Length + 1);
        return Encoding.UTF8.GetBytes(text[..at] + string.Concat(Enumerable.Repeat(open, depth)) + string.Concat(Enumerable.Repeat(close, random.Next(2) * depth)) + text[at..]);
    }

    private byte[] Encode(byte[] data)
    {
        var text = Encoding.UTF8.GetString(data);
        return random.Next(6) switch
        {
            0 => Encoding.Unicode.GetBytes(text),
            1 => Encoding.BigEndianUnicode.GetBytes(text),
            2 => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            3 => Encoding.GetEncoding(1258).GetBytes(text.Normalize(NormalizationForm.FormD)),
            4 => Encoding.Latin1.GetBytes(text),
            _ => Encoding.Unicode.GetBytes(text)[..Math.Max(0, Encoding.Unicode.GetByteCount(text) - 1)], // odd length: a cut UTF-16 file
        };
    }

    private byte[] Special() => random.Next(6) switch
    {
        0 => [0, 0, 0, 0],
        1 => [0xFF, 0xFE],
        2 => [0xED, 0xA0, 0x80], // an encoded lone surrogate
        3 => Encoding.UTF8.GetBytes("\"\"\"\n\r\r\n,;\t"),
        4 => Encoding.UTF8.GetBytes("<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>&b;"),
        _ => Encoding.UTF8.GetBytes("\uFEFF\u0301\u200B\uFFFD"),
    };

    private static List<(string Name, byte[] Content)> Entries(byte[] data)
    {
        using var zip = new ZipArchive(new MemoryStream(data), ZipArchiveMode.Read);
        return zip.Entries.Select(e =>
        {
            using var s = e.Open();
            using var ms = new MemoryStream();
            s.CopyTo(ms);
            return (e.FullName, ms.ToArray());
        }).ToList();
    }

    private static byte[] Zip(IEnumerable<(string Name, byte[] Content)> entries)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var s = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                s.Write(content);
            }
        }

        return ms.ToArray();
    }

    /// <summary>One entry of a still-valid ZIP mutated (XML damage reaches the Office reader instead of failing the ZIP check).</summary>
    private (byte[], string) InsideZip(byte[] data)
    {
        List<(string Name, byte[] Content)> entries;
        try
        {
            entries = Entries(data);
        }
        catch (InvalidDataException)
        {
            return (Flip(data), "flip");
        }

        if (entries.Count == 0) return (data, "empty-zip");
        var i = random.Next(entries.Count);
        if (random.Next(4) == 0) i = entries.FindIndex(e => e.Name.Contains("sheet1") || e.Name.Contains("document.xml") || e.Name.Contains("sharedStrings")) is var k and >= 0 ? k : i;
        var (content, how) = random.Next(7) switch
        {
            0 => (Flip(entries[i].Content), "flip"),
            1 => (Truncate(entries[i].Content), "truncate"),
            2 => (Duplicate(entries[i].Content), "duplicate"),
            3 => (Insert(entries[i].Content, Encoding.UTF8.GetBytes(new string('x', Size()))), "huge-field"),
            4 => (Nest(entries[i].Content, FuzzFormat.Xlsx), "deep-nesting"),
            5 => (Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(entries[i].Content).Replace("r=\"A", random.Next(2) == 0 ? "r=\"XFD" : "r=\"ZZZZZZZ", StringComparison.Ordinal)), "far-column"),
            _ => (Insert(entries[i].Content, Special()), "special-bytes"),
        };
        entries[i] = (entries[i].Name, content);
        return (Zip(entries), $"entry({entries[i].Name}):{how}");
    }

    /// <summary>An entry replaced by megabytes of one repeated row, or thousands of extra entries.</summary>
    private byte[] EntryBomb(byte[] data)
    {
        List<(string Name, byte[] Content)> entries;
        try
        {
            entries = Entries(data);
        }
        catch (InvalidDataException)
        {
            return data;
        }

        if (random.Next(3) == 0)
        {
            entries.AddRange(Enumerable.Range(0, random.Next(100, 5000)).Select(n => ($"extra/{n}.xml", Array.Empty<byte>())));
            return Zip(entries);
        }

        var i = entries.FindIndex(e => e.Name.Contains("sheet1") || e.Name.Contains("document.xml"));
        if (i < 0) i = random.Next(entries.Count);
        var row = Encoding.UTF8.GetBytes(random.Next(2) == 0 ? "<row><c t=\"inlineStr\"><is><t>H1</t></is></c></row>" : "<w:p><w:r><w:t>x</w:t></w:r></w:p>");
        var size = quick ? random.Next(1, 8) << 20 : random.Next(20) == 0 ? random.Next(100, 800) << 20 : random.Next(1, 40) << 20;
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var s = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                if (name != entries[i].Name)
                {
                    s.Write(content);
                    continue;
                }

                var text = Encoding.UTF8.GetString(content);
                var cut = Math.Max(0, text.LastIndexOf('<'));
                s.Write(Encoding.UTF8.GetBytes(text[..cut]));
                var block = new byte[row.Length * 1000];
                for (var b = 0; b < block.Length; b++) block[b] = row[b % row.Length];
                for (long written = 0; written < size; written += block.Length) s.Write(block);
                s.Write(Encoding.UTF8.GetBytes(text[cut..]));
            }
        }

        return ms.ToArray();
    }
}
