using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PolicyLibrary.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class EditableCalendarAndCategories : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Interpretations_InterpretingUnitId",
                table: "Interpretations");

            migrationBuilder.DropIndex(
                name: "IX_Documents_DraftingUnitId",
                table: "Documents");

            migrationBuilder.AddColumn<bool>(
                name: "IsHidden",
                table: "Categories",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Notice",
                table: "CalendarYears",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_Interpretations_InterpretingUnitId_UpdatedAtUtc",
                table: "Interpretations",
                columns: new[] { "InterpretingUnitId", "UpdatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Interpretations_UpdatedAtUtc",
                table: "Interpretations",
                column: "UpdatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Documents_DraftingUnitId_UpdatedAtUtc",
                table: "Documents",
                columns: new[] { "DraftingUnitId", "UpdatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_UpdatedAtUtc",
                table: "Documents",
                column: "UpdatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Documents_WrittenOn",
                table: "Documents",
                column: "WrittenOn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Interpretations_InterpretingUnitId_UpdatedAtUtc",
                table: "Interpretations");

            migrationBuilder.DropIndex(
                name: "IX_Interpretations_UpdatedAtUtc",
                table: "Interpretations");

            migrationBuilder.DropIndex(
                name: "IX_Documents_DraftingUnitId_UpdatedAtUtc",
                table: "Documents");

            migrationBuilder.DropIndex(
                name: "IX_Documents_UpdatedAtUtc",
                table: "Documents");

            migrationBuilder.DropIndex(
                name: "IX_Documents_WrittenOn",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "IsHidden",
                table: "Categories");

            migrationBuilder.DropColumn(
                name: "Notice",
                table: "CalendarYears");

            migrationBuilder.CreateIndex(
                name: "IX_Interpretations_InterpretingUnitId",
                table: "Interpretations",
                column: "InterpretingUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Documents_DraftingUnitId",
                table: "Documents",
                column: "DraftingUnitId");
        }
    }
}
