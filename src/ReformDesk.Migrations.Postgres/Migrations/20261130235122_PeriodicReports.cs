using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReformDesk.Migrations.Postgres.Migrations
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
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Quarter = table.Column<int>(type: "integer", nullable: false),
                    MovementId = table.Column<Guid>(type: "uuid", nullable: true),
                    PeriodCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    WindowFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    WindowTo = table.Column<DateOnly>(type: "date", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DueSource = table.Column<string>(type: "character varying(800)", maxLength: 800, nullable: false),
                    ObligationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FiguresJson = table.Column<string>(type: "character varying(400000)", maxLength: 400000, nullable: false),
                    ParagraphsJson = table.Column<string>(type: "character varying(200000)", maxLength: 200000, nullable: false),
                    DraftedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DraftedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ApprovedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ApprovedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    DocumentNumber = table.Column<int>(type: "integer", nullable: true),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SubmittedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ProvinceActionAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ProvinceActionBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ReturnComment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Returns = table.Column<int>(type: "integer", nullable: false)
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
