using System.Buffers.Binary;

namespace PolicyLibrary.Media;

/// <summary>
/// An image's width and height in pixels, read from the file's header (PNG, JPEG, GIF): enough for
/// <c>&lt;img width height&gt;</c>, so the page keeps the picture's space while it loads.
/// </summary>
public readonly record struct ImageSize(int Width, int Height)
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The size, or null when the bytes are not a PNG, JPEG or GIF this can read.</summary>
    public static ImageSize? Read(Stream stream)
    {
        var head = new byte[26];
        if (stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) < 10)
        {
            return null;
        }

        if (head.AsSpan(0, 8).SequenceEqual(Png) && head.AsSpan(12, 4).SequenceEqual("IHDR"u8))
        {
            return Valid(BinaryPrimitives.ReadInt32BigEndian(head.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(head.AsSpan(20)));
        }

        if (head.AsSpan(0, 4).SequenceEqual("GIF8"u8))
        {
            return Valid(BinaryPrimitives.ReadUInt16LittleEndian(head.AsSpan(6)), BinaryPrimitives.ReadUInt16LittleEndian(head.AsSpan(8)));
        }

        return head[0] == 0xFF && head[1] == 0xD8 ? ReadJpeg(stream, head) : null;
    }

    /// <summary>Walks the JPEG segments to the first start-of-frame marker, which holds the size.</summary>
    private static ImageSize? ReadJpeg(Stream stream, byte[] head)
    {
        using var all = new MemoryStream();
        all.Write(head);
        stream.CopyTo(all);
        var bytes = all.GetBuffer().AsSpan(0, (int)all.Length);
        var at = 2;
        while (at + 9 < bytes.Length && bytes[at] == 0xFF)
        {
            var marker = bytes[at + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 2)..]);
            var isFrame = marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
            if (isFrame)
            {
                return Valid(BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 5)..]));
            }

            at += 2 + length;
        }

        return null;
    }

    private static ImageSize? Valid(int width, int height) => width > 0 && height > 0 ? new ImageSize(width, height) : null;
}
