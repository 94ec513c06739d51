using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PolicyLibrary.Data.PostgreSql.Migrations
{
    /// <summary>
    /// The search index (PostgreSqlSearchIndex): not an entity, so the model stays the same on both providers.
    /// GIN on the token vectors; <c>fastupdate = off</c> so a save's index entry is searchable at once without a
    /// pending list to scan on every query.
    /// </summary>
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE "SearchIndex" (
                    "Row" bigint PRIMARY KEY,
                    "Title" text NOT NULL,
                    "Body" text NOT NULL,
                    "Terms" tsvector NOT NULL,
                    "TitleTerms" tsvector NOT NULL
                );
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_SearchIndex_Terms" ON "SearchIndex" USING gin ("Terms") WITH (fastupdate = off);""");
            migrationBuilder.Sql("""CREATE INDEX "IX_SearchIndex_TitleTerms" ON "SearchIndex" USING gin ("TitleTerms") WITH (fastupdate = off);""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TABLE "SearchIndex";""");
        }
    }
}
