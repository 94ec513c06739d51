using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PolicyLibrary.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SearchBigrams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The index moves from one token per Han character to overlapping pairs (see PolicyLibrary.Search.SearchText),
            // which makes phrase queries over a large library fast, and gains a titles-only table. Both keep tokens only
            // (contentless). The site fills them again on its next start: tokens are made in C#.
            migrationBuilder.Sql("DROP TABLE SearchIndex;");
            migrationBuilder.Sql("CREATE VIRTUAL TABLE SearchIndex USING fts5(title, body, content='', contentless_delete=1, prefix='1', tokenize='unicode61 remove_diacritics 0');");
            migrationBuilder.Sql("INSERT INTO SearchIndex(SearchIndex, rank) VALUES('rank', 'bm25(10.0, 1.0)');");
            migrationBuilder.Sql("CREATE VIRTUAL TABLE SearchTitles USING fts5(title, content='', contentless_delete=1, prefix='1', tokenize='unicode61 remove_diacritics 0');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE SearchTitles;");
            migrationBuilder.Sql("DROP TABLE SearchIndex;");
            migrationBuilder.Sql("CREATE VIRTUAL TABLE SearchIndex USING fts5(title, body, kind UNINDEXED, itemId UNINDEXED, documentId UNINDEXED, tokenize = 'unicode61 remove_diacritics 2');");
            migrationBuilder.Sql("INSERT INTO SearchIndex(SearchIndex, rank) VALUES('rank', 'bm25(10.0, 1.0)');");
        }
    }
}
