using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PolicyLibrary.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ModuleAuthoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_QuizQuestions_ModuleId_Number",
                table: "QuizQuestions");

            migrationBuilder.DropIndex(
                name: "IX_Lessons_ModuleId_Number",
                table: "Lessons");

            migrationBuilder.AddColumn<int>(
                name: "PlannedSessionId",
                table: "TrainingSessions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "TrainingPlans",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<decimal>(
                name: "CreditHours",
                table: "TrainingModules",
                type: "TEXT",
                precision: 5,
                scale: 1,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<bool>(
                name: "IsPublished",
                table: "TrainingModules",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<int>(
                name: "QuizVersion",
                table: "TrainingModules",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<bool>(
                name: "Required",
                table: "TrainingModules",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<int>(
                name: "ShowAnswers",
                table: "TrainingModules",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "TrainingModules",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<int>(
                name: "QuizVersion",
                table: "QuizQuestions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "PassMark",
                table: "QuizAttempts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "QuizVersion",
                table: "QuizAttempts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            // Every attempt so far was graded against its module's pass mark of today.
            migrationBuilder.Sql("""UPDATE "QuizAttempts" SET "PassMark" = (SELECT m."PassMark" FROM "TrainingModules" m WHERE m."Id" = "QuizAttempts"."ModuleId");""");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingSessions_PlannedSessionId",
                table: "TrainingSessions",
                column: "PlannedSessionId");

            migrationBuilder.CreateIndex(
                name: "IX_QuizQuestions_ModuleId_QuizVersion_Number",
                table: "QuizQuestions",
                columns: new[] { "ModuleId", "QuizVersion", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Lessons_ModuleId_Number",
                table: "Lessons",
                columns: new[] { "ModuleId", "Number" });

            migrationBuilder.AddForeignKey(
                name: "FK_TrainingSessions_PlannedSessions_PlannedSessionId",
                table: "TrainingSessions",
                column: "PlannedSessionId",
                principalTable: "PlannedSessions",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The index before the key: on SQLite dropping the key rebuilds the table without it.
            migrationBuilder.DropIndex(
                name: "IX_TrainingSessions_PlannedSessionId",
                table: "TrainingSessions");

            migrationBuilder.DropForeignKey(
                name: "FK_TrainingSessions_PlannedSessions_PlannedSessionId",
                table: "TrainingSessions");

            migrationBuilder.DropIndex(
                name: "IX_QuizQuestions_ModuleId_QuizVersion_Number",
                table: "QuizQuestions");

            migrationBuilder.DropIndex(
                name: "IX_Lessons_ModuleId_Number",
                table: "Lessons");

            migrationBuilder.DropColumn(
                name: "PlannedSessionId",
                table: "TrainingSessions");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "TrainingPlans");

            migrationBuilder.DropColumn(
                name: "CreditHours",
                table: "TrainingModules");

            migrationBuilder.DropColumn(
                name: "IsPublished",
                table: "TrainingModules");

            migrationBuilder.DropColumn(
                name: "QuizVersion",
                table: "TrainingModules");

            migrationBuilder.DropColumn(
                name: "Required",
                table: "TrainingModules");

            migrationBuilder.DropColumn(
                name: "ShowAnswers",
                table: "TrainingModules");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "TrainingModules");

            migrationBuilder.DropColumn(
                name: "QuizVersion",
                table: "QuizQuestions");

            migrationBuilder.DropColumn(
                name: "PassMark",
                table: "QuizAttempts");

            migrationBuilder.DropColumn(
                name: "QuizVersion",
                table: "QuizAttempts");

            migrationBuilder.CreateIndex(
                name: "IX_QuizQuestions_ModuleId_Number",
                table: "QuizQuestions",
                columns: new[] { "ModuleId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Lessons_ModuleId_Number",
                table: "Lessons",
                columns: new[] { "ModuleId", "Number" },
                unique: true);
        }
    }
}
