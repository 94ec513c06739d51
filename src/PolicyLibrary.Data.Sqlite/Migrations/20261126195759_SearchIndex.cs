using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PolicyLibrary.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Full-text index of documents and interpretations (see PolicyLibrary.Search.SearchIndex). Existing rows are
            // indexed by the site on its next start, because splitting Chinese text into tokens is done in C#.
            migrationBuilder.Sql("CREATE VIRTUAL TABLE SearchIndex USING fts5(title, body, kind UNINDEXED, itemId UNINDEXED, documentId UNINDEXED, tokenize = 'unicode61 remove_diacritics 2');");

            // rank = bm25 with the title weighted ten times the body, so ORDER BY rank can use FTS5's fast path.
            migrationBuilder.Sql("INSERT INTO SearchIndex(SearchIndex, rank) VALUES('rank', 'bm25(10.0, 1.0)');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE SearchIndex;");
        }
    }
}
