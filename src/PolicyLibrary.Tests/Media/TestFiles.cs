using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace PolicyLibrary.Tests.Media;

/// <summary>Files made in the test: real images and office documents, and the raw pieces hostile ones are built from.</summary>
public static class TestFiles
{
    public static byte[] Png(int width = 64, int height = 48, Rgba32? colour = null)
    {
        using var image = new Image<Rgba32>(width, height, colour ?? new Rgba32(30, 90, 160));
        using var output = new MemoryStream();
        image.SaveAsPng(output);
        return output.ToArray();
    }

    public static byte[] Jpeg(int width = 64, int height = 48)
    {
        using var image = new Image<Rgba32>(width, height, new Rgba32(200, 60, 40));
        using var output = new MemoryStream();
        image.SaveAsJpeg(output);
        return output.ToArray();
    }

    /// <summary>Random pixels: incompressible, so the PNG is large.</summary>
    public static byte[] NoisePng(int width, int height)
    {
        var random = new Random(7);
        using var image = new Image<Rgba32>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                foreach (ref var pixel in rows.GetRowSpan(y))
                {
                    pixel = new Rgba32((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));
                }
            }
        });
        using var output = new MemoryStream();
        image.SaveAsPng(output);
        return output.ToArray();
    }

    public static byte[] Pdf(int padding = 0) =>
        Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n" + new string(' ', padding) + "\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                var entry = zip.CreateEntry(name, name == "mimetype" ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
                using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }

        return output.ToArray();
    }

    public static byte[] Docx(string mainType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml") => Zip(
        ("[Content_Types].xml", $"<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"{mainType}\"/></Types>"),
        ("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>"));

    public static byte[] Odt(string mimeType = "application/vnd.oasis.opendocument.text") =>
        Zip(("mimetype", mimeType), ("content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"));

    /// <summary>A PNG whose header claims <paramref name="width"/>×<paramref name="height"/> 1-bit pixels, all zero, deflated.</summary>
    public static byte[] PngBomb(int width, int height, bool withPixels)
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 1; // bit depth 1, colour type 0 (grey)
        Chunk(output, "IHDR", header);
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var row = new byte[1 + (width + 7) / 8];
            for (var y = 0; y < (withPixels ? height : 1); y++)
            {
                zlib.Write(row);
            }
        }

        Chunk(output, "IDAT", compressed.ToArray());
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    /// <summary>A JPEG header (SOI, a baseline SOF0 of the given size) with nothing after it worth decoding.</summary>
    public static byte[] JpegHeader(int width, int height)
    {
        byte[] sof = [0xFF, 0xC0, 0x00, 0x0B, 0x08, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 0x01, 0x01, 0x11, 0x00];
        return [0xFF, 0xD8, .. sof, 0xFF, 0xD9];
    }

    public static byte[] GifHeader(int width, int height) =>
        [.. "GIF89a"u8, (byte)width, (byte)(width >> 8), (byte)height, (byte)(height >> 8), 0x00, 0x00, 0x00, 0x3B];

    public static byte[] Ascii(string text) => Encoding.UTF8.GetBytes(text);

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        output.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        output.Write(crc);
    }

    /// <summary>An ISO media file: ftyp, a moov whose one track has this handler (vide, soun), and an mdat of padding.</summary>
    public static byte[] IsoMedia(string handler = "vide", string brand = "isom", int payload = 4096)
    {
        static byte[] Box(string type, params byte[][] content)
        {
            var body = content.SelectMany(c => c).ToArray();
            var box = new byte[8 + body.Length];
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(box, (uint)box.Length);
            Encoding.ASCII.GetBytes(type).CopyTo(box, 4);
            body.CopyTo(box, 8);
            return box;
        }

        var ftyp = Box("ftyp", Encoding.ASCII.GetBytes(brand), [0, 0, 2, 0], Encoding.ASCII.GetBytes(brand + "mp41"));
        var hdlr = Box("hdlr", new byte[8], Encoding.ASCII.GetBytes(handler), new byte[12], [0]);
        var moov = Box("moov", Box("mvhd", new byte[100]), Box("trak", Box("mdia", hdlr)));
        return [.. ftyp, .. moov, .. Box("mdat", Enumerable.Repeat((byte)0x11, payload).ToArray())];
    }

    /// <summary>MP3: an ID3v2 tag, then MPEG-1 layer III frames at 128 kbit/s, 44.1 kHz (417 bytes each).</summary>
    public static byte[] Mp3(int frames = 3)
    {
        byte[] tag = [(byte)'I', (byte)'D', (byte)'3', 4, 0, 0, 0, 0, 0, 10, .. new byte[10]];
        var frame = new byte[417];
        (frame[0], frame[1], frame[2], frame[3]) = (0xFF, 0xFB, 0x90, 0x64);
        return [.. tag, .. Enumerable.Range(0, frames).SelectMany(_ => frame)];
    }

    public static byte[] Vtt(string cue = "各位同志，下面解读《政府信息公开办法》。") =>
        Encoding.UTF8.GetBytes($"WEBVTT\n\n00:00:00.000 --> 00:00:04.000\n{cue}\n");
}
