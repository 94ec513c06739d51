using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PolicyLibrary.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Interpretations_DocumentId",
                table: "Interpretations");

            migrationBuilder.DropIndex(
                name: "IX_Documents_Status_Disclosure_PublishedAtUtc",
                table: "Documents");

            migrationBuilder.CreateIndex(
                name: "IX_Interpretations_DocumentId_Status_PublishedAtUtc",
                table: "Interpretations",
                columns: new[] { "DocumentId", "Status", "PublishedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Interpretations_ScheduledPublishAtUtc",
                table: "Interpretations",
                column: "ScheduledPublishAtUtc",
                filter: "\"Status\" = 2");

            migrationBuilder.CreateIndex(
                name: "IX_Documents_Id_Status_Disclosure_PublishedAtUtc",
                table: "Documents",
                columns: new[] { "Id", "Status", "Disclosure", "PublishedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_ScheduledPublishAtUtc",
                table: "Documents",
                column: "ScheduledPublishAtUtc",
                filter: "\"Status\" = 2");

            migrationBuilder.CreateIndex(
                name: "IX_Documents_Status_Disclosure_PublishedAtUtc_CategoryId",
                table: "Documents",
                columns: new[] { "Status", "Disclosure", "PublishedAtUtc", "CategoryId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Interpretations_DocumentId_Status_PublishedAtUtc",
                table: "Interpretations");

            migrationBuilder.DropIndex(
                name: "IX_Interpretations_ScheduledPublishAtUtc",
                table: "Interpretations");

            migrationBuilder.DropIndex(
                name: "IX_Documents_Id_Status_Disclosure_PublishedAtUtc",
                table: "Documents");

            migrationBuilder.DropIndex(
                name: "IX_Documents_ScheduledPublishAtUtc",
                table: "Documents");

            migrationBuilder.DropIndex(
                name: "IX_Documents_Status_Disclosure_PublishedAtUtc_CategoryId",
                table: "Documents");

            migrationBuilder.CreateIndex(
                name: "IX_Interpretations_DocumentId",
                table: "Interpretations",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_Documents_Status_Disclosure_PublishedAtUtc",
                table: "Documents",
                columns: new[] { "Status", "Disclosure", "PublishedAtUtc" });
        }
    }
}
