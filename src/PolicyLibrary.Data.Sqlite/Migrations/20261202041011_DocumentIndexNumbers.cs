using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PolicyLibrary.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DocumentIndexNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "IndexCode",
                table: "OrgUnits",
                type: "TEXT",
                maxLength: 32,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IndexCode",
                table: "OrgUnits");
        }
    }
}
