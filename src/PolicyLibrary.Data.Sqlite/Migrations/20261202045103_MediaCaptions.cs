using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PolicyLibrary.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MediaCaptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CaptionsId",
                table: "MediaFiles",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_MediaFiles_CaptionsId",
                table: "MediaFiles",
                column: "CaptionsId");

            migrationBuilder.AddForeignKey(
                name: "FK_MediaFiles_MediaFiles_CaptionsId",
                table: "MediaFiles",
                column: "CaptionsId",
                principalTable: "MediaFiles",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_MediaFiles_MediaFiles_CaptionsId",
                table: "MediaFiles");

            migrationBuilder.DropIndex(
                name: "IX_MediaFiles_CaptionsId",
                table: "MediaFiles");

            migrationBuilder.DropColumn(
                name: "CaptionsId",
                table: "MediaFiles");
        }
    }
}
