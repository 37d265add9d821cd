using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReformDesk.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PeriodicReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PeriodicReports",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Quarter = table.Column<int>(type: "INTEGER", nullable: false),
                    MovementId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PeriodCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    WindowFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WindowTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueSource = table.Column<string>(type: "TEXT", maxLength: 800, nullable: false),
                    ObligationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FiguresJson = table.Column<string>(type: "TEXT", maxLength: 400000, nullable: false),
                    ParagraphsJson = table.Column<string>(type: "TEXT", maxLength: 200000, nullable: false),
                    DraftedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DraftedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ApprovedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DocumentNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ProvinceActionAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ProvinceActionBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ReturnComment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Returns = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeriodicReports", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_PeriodicReports_Movements_TenantId_MovementId",
                        columns: x => new { x.TenantId, x.MovementId },
                        principalTable: "Movements",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PeriodicReports_ReportObligations_TenantId_ObligationId",
                        columns: x => new { x.TenantId, x.ObligationId },
                        principalTable: "ReportObligations",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PeriodicReports_TenantId_MovementId",
                table: "PeriodicReports",
                columns: new[] { "TenantId", "MovementId" });

            migrationBuilder.CreateIndex(
                name: "IX_PeriodicReports_TenantId_ObligationId",
                table: "PeriodicReports",
                columns: new[] { "TenantId", "ObligationId" });

            migrationBuilder.CreateIndex(
                name: "IX_PeriodicReports_TenantId_PeriodCode",
                table: "PeriodicReports",
                columns: new[] { "TenantId", "PeriodCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PeriodicReports_TenantId_Status",
                table: "PeriodicReports",
                columns: new[] { "TenantId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PeriodicReports");
        }
    }
}
