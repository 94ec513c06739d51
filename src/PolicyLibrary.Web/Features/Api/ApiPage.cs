namespace PolicyLibrary.Web.Features.Api;

/// <summary>One page of a list in the API, with links to its neighbours.</summary>
public sealed record ApiPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount, int TotalPages, ApiPageLinks Links);

public sealed record ApiPageLinks(string Self, string First, string Last, string? Previous, string? Next);
