using System.Buffers.Binary;
using System.Text;

namespace PolicyLibrary.Media;

/// <summary>
/// Audio, video and captions are judged by their bytes as attachments are: an MP4 or M4A is an ISO media file whose
/// top-level boxes begin with <c>ftyp</c>, hold a <c>moov</c> and fill the file exactly (nothing truncated or
/// appended), with a video (MP4) or sound-only (M4A) track; an MP3 is MPEG audio layer III frames, after an optional
/// ID3v2 tag; a WebVTT file is UTF-8 text that starts <c>WEBVTT</c>.
/// </summary>
internal static class RecordingCheck
{
    private static readonly int[] Mpeg1Kbps = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
    private static readonly int[] Mpeg2Kbps = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
    private static readonly int[] Mpeg1Rates = [44100, 48000, 32000];

    public static string? IsoMedia(ReadOnlySpan<byte> bytes, bool video)
    {
        var what = video ? "MP4 视频" : "M4A 音频";
        var wrong = $"文件扩展名表明是{what}，但内容不是有效的{what}。";
        if (bytes.Length < 16 || !bytes[4..8].SequenceEqual("ftyp"u8))
        {
            return wrong;
        }

        var offset = 0L;
        var moov = ReadOnlySpan<byte>.Empty;
        while (offset < bytes.Length)
        {
            if (bytes.Length - offset < 8)
            {
                return wrong;
            }

            var box = bytes[(int)offset..];
            long size = BinaryPrimitives.ReadUInt32BigEndian(box);
            var header = 8;
            if (size == 1 && box.Length >= 16)
            {
                (size, header) = ((long)BinaryPrimitives.ReadUInt64BigEndian(box[8..]), 16);
            }
            else if (size == 0)
            {
                size = box.Length;
            }

            if (size < header || size > box.Length || !IsBoxType(box[4..8]))
            {
                return $"{what}不完整或已损坏（文件结构与长度不符），请重新导出后上传。";
            }

            if (box[4..8].SequenceEqual("moov"u8))
            {
                moov = box[header..(int)size];
            }

            offset += size;
        }

        if (moov.IsEmpty)
        {
            return $"{what}缺少媒体信息（moov），无法播放，请重新导出后上传。";
        }

        var hasVideo = HasHandler(moov, "vide"u8);
        var hasSound = HasHandler(moov, "soun"u8);
        return video ? (hasVideo ? null : "文件中没有视频轨道；纯音频请保存为 .m4a 或 .mp3 上传。")
            : hasSound && !hasVideo ? null : "M4A 文件应只含音频；含视频的文件请保存为 .mp4 上传。";
    }

    public static string? Mp3(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        if (bytes.StartsWith("ID3"u8))
        {
            // ID3v2: a 10-byte header whose size is four 7-bit bytes, then an optional 10-byte footer.
            if (bytes.Length < 10 || bytes[6..10].ContainsAnyInRange((byte)0x80, (byte)0xFF))
            {
                return "MP3 文件的 ID3 标签已损坏。";
            }

            offset = 10 + (bytes[6] << 21 | bytes[7] << 14 | bytes[8] << 7 | bytes[9]) + ((bytes[5] & 0x10) != 0 ? 10 : 0);
        }

        // Two consecutive frames: one valid-looking header by chance is likely, two at the right distance are not.
        var frames = 0;
        for (; frames < 2 && offset < bytes.Length; frames++)
        {
            if (FrameLength(bytes[offset..]) is not { } length)
            {
                return "文件扩展名表明是 MP3 音频，但内容不是有效的 MP3 音频。";
            }

            offset += length;
        }

        return frames == 0 ? "文件扩展名表明是 MP3 音频，但其中没有音频数据。"
            : offset <= bytes.Length ? null : "MP3 音频不完整，请重新导出后上传。";
    }

    public static string? WebVtt(ReadOnlySpan<byte> bytes)
    {
        var wrong = "字幕文件应为 WebVTT 格式（UTF-8 文本，以 WEBVTT 开头）。";
        var text = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
        if (!text.StartsWith("WEBVTT"u8) || (text.Length > 6 && text[6] is not ((byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')))
        {
            return wrong;
        }

        try
        {
            var decoded = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(text);
            return decoded.Contains('\0', StringComparison.Ordinal) ? wrong : null;
        }
        catch (DecoderFallbackException)
        {
            return wrong;
        }
    }

    /// <summary>The length of the MPEG audio layer III frame starting here, or null when no such frame starts here.</summary>
    private static int? FrameLength(ReadOnlySpan<byte> frame)
    {
        if (frame.Length < 4 || frame[0] != 0xFF || (frame[1] & 0xE0) != 0xE0)
        {
            return null;
        }

        var version = (frame[1] >> 3) & 3; // 3: MPEG-1, 2: MPEG-2, 0: MPEG-2.5, 1: reserved
        var layer = (frame[1] >> 1) & 3; // 1: layer III
        var bitrate = frame[2] >> 4;
        var rate = (frame[2] >> 2) & 3;
        if (version == 1 || layer != 1 || bitrate is 0 or 15 || rate == 3)
        {
            return null;
        }

        var padding = (frame[2] >> 1) & 1;
        var sampleRate = Mpeg1Rates[rate] >> (version == 3 ? 0 : version == 2 ? 1 : 2);
        return version == 3
            ? 144 * Mpeg1Kbps[bitrate] * 1000 / sampleRate + padding
            : 72 * Mpeg2Kbps[bitrate] * 1000 / sampleRate + padding;
    }

    private static bool IsBoxType(ReadOnlySpan<byte> type)
    {
        foreach (var b in type)
        {
            if (b is < 0x20 or > 0x7E)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A track handler (<c>hdlr</c>: version and flags, pre-defined, then the handler type) of this type.</summary>
    private static bool HasHandler(ReadOnlySpan<byte> moov, ReadOnlySpan<byte> handler)
    {
        for (var at = moov.IndexOf("hdlr"u8); at >= 0 && at + 16 <= moov.Length;)
        {
            if (moov.Slice(at + 12, 4).SequenceEqual(handler))
            {
                return true;
            }

            var next = moov[(at + 4)..].IndexOf("hdlr"u8);
            at = next < 0 ? -1 : at + 4 + next;
        }

        return false;
    }
}
