namespace PolicyLibrary.Content;

/// <summary>An image in a body that refers to a stored file: <c>![alt](media/name "title")</c>.</summary>
public sealed record MarkdownImage(string FileName, string AltText, string Title);
