using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReformDesk.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LookupKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LookupKey",
                table: "Dossiers",
                type: "TEXT",
                maxLength: 12,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "LookupAttempts",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Failures = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LookupAttempts", x => new { x.Code, x.Day });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_LookupKey",
                table: "Dossiers",
                column: "LookupKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LookupAttempts");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_LookupKey",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "LookupKey",
                table: "Dossiers");
        }
    }
}
