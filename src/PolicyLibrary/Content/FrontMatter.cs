using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.EventEmitters;
using YamlDotNet.Serialization.NamingConventions;

namespace PolicyLibrary.Content;

/// <summary>YAML files and Markdown files that open with a YAML front matter block between <c>---</c> lines.</summary>
internal static class FrontMatter
{
    private const string Fence = "---";

    // Unknown keys are an error: a misspelt field must not be silently dropped.
    private static readonly IDeserializer Reader = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    private static readonly ISerializer Writer = new SerializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull | DefaultValuesHandling.OmitEmptyCollections)
        .WithIndentedSequences()
        .WithEventEmitter(next => new InlineStringLists(next))
        .Build();

    public static T ReadYaml<T>(string yaml) where T : class
    {
        try
        {
            return Reader.Deserialize<T>(yaml) ?? throw new FormatException("文件为空。");
        }
        catch (YamlException e)
        {
            var reason = e.InnerException?.Message ?? e.Message;
            throw new FormatException($"第 {e.Start.Line} 行第 {e.Start.Column} 列：YAML 格式错误（{reason}）", e);
        }
    }

    public static (T Header, string Body) ReadMarkdown<T>(string text) where T : class
    {
        text = Normalise(text);
        if (!text.StartsWith(Fence + "\n", StringComparison.Ordinal))
        {
            throw new FormatException("文件必须以 YAML 头信息（---）开头。");
        }

        var end = text.IndexOf("\n" + Fence + "\n", Fence.Length, StringComparison.Ordinal);
        if (end < 0 && text.EndsWith("\n" + Fence, StringComparison.Ordinal))
        {
            end = text.Length - Fence.Length - 1;
        }

        if (end < 0)
        {
            throw new FormatException("YAML 头信息没有结束标记（---）。");
        }

        var header = ReadYaml<T>(text[(Fence.Length + 1)..(end + 1)]);
        var bodyStart = Math.Min(text.Length, end + Fence.Length + 2);
        return (header, text[bodyStart..].Trim('\n'));
    }

    public static string WriteYaml(object value) => Writer.Serialize(value);

    public static string WriteMarkdown(object header, string body) =>
        $"{Fence}\n{WriteYaml(header)}{Fence}\n{body.Trim('\n')}\n";

    public static string Normalise(string text) => text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>Writes lists of words as <c>[a, b]</c>, the way editors write subject words by hand; a <see cref="LineList"/> keeps one item per line.</summary>
    private sealed class InlineStringLists(IEventEmitter next) : ChainedEventEmitter(next)
    {
        public override void Emit(SequenceStartEventInfo eventInfo, IEmitter emitter)
        {
            if (typeof(IEnumerable<string>).IsAssignableFrom(eventInfo.Source.Type) && eventInfo.Source.Type != typeof(LineList))
            {
                eventInfo = new SequenceStartEventInfo(eventInfo.Source) { Style = SequenceStyle.Flow };
            }

            base.Emit(eventInfo, emitter);
        }
    }
}
