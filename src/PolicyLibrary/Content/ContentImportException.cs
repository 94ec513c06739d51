namespace PolicyLibrary.Content;

/// <summary>The content folder could not be imported; nothing was changed.</summary>
public sealed class ContentImportException(IReadOnlyList<ContentError> errors)
    : Exception("内容导入失败，数据库未作任何更改：" + Environment.NewLine + string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<ContentError> Errors { get; } = errors;
}
