using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage;
using PolicyLibrary.Review;

namespace PolicyLibrary.Data;

/// <summary>
/// Partial indexes holding only the rows in one workflow status. A filter is SQL, and how a column is quoted and a
/// number written is the provider's business: the configurations only say which status, and the filter text is made
/// from the provider's own <see cref="ISqlGenerationHelper"/> and type mapping when the model is built.
/// </summary>
internal static class StatusFilteredIndexes
{
    private const string Annotation = "PolicyLibrary:OnlyInStatus";

    /// <summary>Keeps only rows whose <c>Status</c> is <paramref name="status"/> in this index.</summary>
    public static IndexBuilder<T> OnlyInStatus<T>(this IndexBuilder<T> index, WorkflowStatus status)
    {
        index.HasAnnotation(Annotation, (int)status);
        return index;
    }

    /// <summary>Turns every <see cref="OnlyInStatus{T}"/> into the provider's filter, and drops the marker.</summary>
    internal static void Apply(ModelBuilder builder, DbContext context)
    {
        var sql = context.GetService<ISqlGenerationHelper>();
        var literal = context.GetService<IRelationalTypeMappingSource>().FindMapping(typeof(int))
            ?? throw new InvalidOperationException("The provider maps no integer type.");
        foreach (var index in builder.Model.GetEntityTypes().SelectMany(e => e.GetDeclaredIndexes()).ToList())
        {
            if (index.FindAnnotation(Annotation)?.Value is not int status)
            {
                continue;
            }

            var column = index.DeclaringEntityType.FindProperty("Status")?.GetColumnName()
                ?? throw new InvalidOperationException($"{index.DeclaringEntityType.DisplayName()} has no Status to filter on.");
            index.SetFilter($"{sql.DelimitIdentifier(column)} = {literal.GenerateSqlLiteral(status)}");
            index.RemoveAnnotation(Annotation);
        }
    }
}
