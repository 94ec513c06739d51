using PolicyLibrary.Library;

namespace PolicyLibrary.Search;

/// <summary>One hit: a document or an interpretation, with its title and a snippet as safe HTML (matches in &lt;mark&gt;).</summary>
public sealed record SearchHit(
    string Kind, string Slug, string TitleHtml, string SnippetHtml, string DocumentSlug, string DocumentTitle,
    string? DocumentNumber, string CategoryName, DateTime PublishedAtUtc);

/// <summary>
/// A page of hits. <see cref="Capped"/> says more matched than <see cref="SearchQueries.MaxCandidates"/>,
/// so only the most relevant were considered.
/// </summary>
public sealed record SearchResult(PagedList<SearchHit> Hits, SearchRequest Request, IReadOnlyList<CategoryView> Categories, bool Capped = false);

/// <summary>A category as a search filter offers it: no counts, which would cost a scan of the library per search.</summary>
public sealed record CategoryView(string Code, string Name);
