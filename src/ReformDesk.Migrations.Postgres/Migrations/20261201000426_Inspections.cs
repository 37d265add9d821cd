using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReformDesk.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Inspections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "InspectionPlans",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CoveragePercent = table.Column<int>(type: "integer", nullable: false),
                    DocumentNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionPlans", x => new { x.TenantId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "Inspections",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PlannedMonth = table.Column<int>(type: "integer", nullable: false),
                    Inspector = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Conclusion = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    CancelReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ConclusionNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Inspections", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_Inspections_InspectionPlans_TenantId_PlanId",
                        columns: x => new { x.TenantId, x.PlanId },
                        principalTable: "InspectionPlans",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Inspections_Units_TenantId_UnitId",
                        columns: x => new { x.TenantId, x.UnitId },
                        principalTable: "Units",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InspectionFindings",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Finding = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Recommendation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ResponsibleUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RemediedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Evidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionFindings", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_InspectionFindings_Inspections_TenantId_InspectionId",
                        columns: x => new { x.TenantId, x.InspectionId },
                        principalTable: "Inspections",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InspectionFindings_Units_TenantId_ResponsibleUnitId",
                        columns: x => new { x.TenantId, x.ResponsibleUnitId },
                        principalTable: "Units",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionFindings_TenantId_InspectionId",
                table: "InspectionFindings",
                columns: new[] { "TenantId", "InspectionId" });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionFindings_TenantId_ResponsibleUnitId",
                table: "InspectionFindings",
                columns: new[] { "TenantId", "ResponsibleUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionFindings_TenantId_Status_Deadline",
                table: "InspectionFindings",
                columns: new[] { "TenantId", "Status", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionPlans_TenantId_Year",
                table: "InspectionPlans",
                columns: new[] { "TenantId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_TenantId_PlanId_UnitId",
                table: "Inspections",
                columns: new[] { "TenantId", "PlanId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_TenantId_UnitId",
                table: "Inspections",
                columns: new[] { "TenantId", "UnitId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InspectionFindings");

            migrationBuilder.DropTable(
                name: "Inspections");

            migrationBuilder.DropTable(
                name: "InspectionPlans");
        }
    }
}
