using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReformDesk.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DossierLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ProcessingHours",
                table: "Procedures",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ApologyAppointment",
                table: "Dossiers",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ApplicantSearch",
                table: "Dossiers",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PhoneDigits",
                table: "Dossiers",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DossierEvents",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    FromUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    ToUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    NewAppointment = table.Column<DateOnly>(type: "date", nullable: true),
                    Derived = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    VoidedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    VoidReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    VoidedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierEvents", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_DossierEvents_Dossiers_TenantId_DossierId",
                        columns: x => new { x.TenantId, x.DossierId },
                        principalTable: "Dossiers",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DossierEvents_Units_TenantId_FromUnitId",
                        columns: x => new { x.TenantId, x.FromUnitId },
                        principalTable: "Units",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DossierEvents_Units_TenantId_ToUnitId",
                        columns: x => new { x.TenantId, x.ToUnitId },
                        principalTable: "Units",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_TenantId_ApplicantSearch",
                table: "Dossiers",
                columns: new[] { "TenantId", "ApplicantSearch" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_TenantId_PhoneDigits",
                table: "Dossiers",
                columns: new[] { "TenantId", "PhoneDigits" });

            migrationBuilder.CreateIndex(
                name: "IX_DossierEvents_TenantId_DossierId",
                table: "DossierEvents",
                columns: new[] { "TenantId", "DossierId" });

            migrationBuilder.CreateIndex(
                name: "IX_DossierEvents_TenantId_FromUnitId",
                table: "DossierEvents",
                columns: new[] { "TenantId", "FromUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_DossierEvents_TenantId_ToUnitId",
                table: "DossierEvents",
                columns: new[] { "TenantId", "ToUnitId" });

            // Search keys of the dossiers stored before the columns existed (the entity fills them from now on).
            migrationBuilder.Sql(ReformDesk.Core.Dossiers.CounterSearch.BackfillSql(postgres: true));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DossierEvents");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_TenantId_ApplicantSearch",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_TenantId_PhoneDigits",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "ProcessingHours",
                table: "Procedures");

            migrationBuilder.DropColumn(
                name: "ApologyAppointment",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "ApplicantSearch",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "PhoneDigits",
                table: "Dossiers");
        }
    }
}
