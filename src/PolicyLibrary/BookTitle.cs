namespace PolicyLibrary;

/// <summary>书名号 as Chinese typesetting nests them: a title inside a quoted title takes the single marks 〈〉.</summary>
public static class BookTitle
{
    public static string Quote(string title) => $"《{title.Replace('《', '〈').Replace('》', '〉')}》";
}
