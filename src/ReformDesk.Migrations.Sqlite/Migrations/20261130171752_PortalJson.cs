using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReformDesk.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PortalJson : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FieldCode",
                table: "Procedures",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AppointmentAfter",
                table: "DossierSupplements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AppointmentBefore",
                table: "DossierSupplements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Content",
                table: "DossierSupplements",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ApplicantEmail",
                table: "Dossiers",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ApplicantKind",
                table: "Dossiers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "AppointmentTime",
                table: "Dossiers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ElectronicResult",
                table: "Dossiers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "HandlingUnitName",
                table: "Dossiers",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OnlinePaymentVia",
                table: "Dossiers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PortalListsJson",
                table: "Dossiers",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RefusedAtIntake",
                table: "Dossiers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Summary",
                table: "Dossiers",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "VneidVerified",
                table: "Dossiers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "DossierOutcomes",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcedureId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Evaluable = table.Column<bool>(type: "INTEGER", nullable: false),
                    Complex = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReceivedMonth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndMonth = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Online = table.Column<bool>(type: "INTEGER", nullable: false),
                    Digitised = table.Column<bool>(type: "INTEGER", nullable: false),
                    FullyOnlineEligible = table.Column<bool>(type: "INTEGER", nullable: false),
                    FullyOnlineFiled = table.Column<bool>(type: "INTEGER", nullable: false),
                    WithFee = table.Column<bool>(type: "INTEGER", nullable: false),
                    PaidOnline = table.Column<bool>(type: "INTEGER", nullable: false),
                    ClosedStatus = table.Column<int>(type: "INTEGER", nullable: true),
                    PortalClosedOnTime = table.Column<bool>(type: "INTEGER", nullable: false),
                    PortalClosedLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    SupplementedMoreThanOnce = table.Column<bool>(type: "INTEGER", nullable: false),
                    MultiVisit = table.Column<bool>(type: "INTEGER", nullable: false),
                    ProcessingDays = table.Column<int>(type: "INTEGER", nullable: true),
                    SameDayResolved = table.Column<bool>(type: "INTEGER", nullable: false),
                    SameDayWithinDay = table.Column<bool>(type: "INTEGER", nullable: false),
                    PortalCounted = table.Column<bool>(type: "INTEGER", nullable: false),
                    AtRiskAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OverdueAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PortalLateAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AtRiskMonth = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OverdueMonth = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PortalLateMonth = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierOutcomes", x => new { x.TenantId, x.DossierId });
                    table.ForeignKey(
                        name: "FK_DossierOutcomes_Dossiers_TenantId_DossierId",
                        columns: x => new { x.TenantId, x.DossierId },
                        principalTable: "Dossiers",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DossierOutcomes_TenantId_ProcedureId_ReceivedMonth",
                table: "DossierOutcomes",
                columns: new[] { "TenantId", "ProcedureId", "ReceivedMonth" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DossierOutcomes");

            migrationBuilder.DropColumn(
                name: "FieldCode",
                table: "Procedures");

            migrationBuilder.DropColumn(
                name: "AppointmentAfter",
                table: "DossierSupplements");

            migrationBuilder.DropColumn(
                name: "AppointmentBefore",
                table: "DossierSupplements");

            migrationBuilder.DropColumn(
                name: "Content",
                table: "DossierSupplements");

            migrationBuilder.DropColumn(
                name: "ApplicantEmail",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "ApplicantKind",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "AppointmentTime",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "ElectronicResult",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "HandlingUnitName",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "OnlinePaymentVia",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "PortalListsJson",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "RefusedAtIntake",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "Summary",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "VneidVerified",
                table: "Dossiers");
        }
    }
}
