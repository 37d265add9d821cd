using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReformDesk.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PortalIndicators : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PortalClosedLate",
                table: "DossierMonthlyCounts",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "PortalClosedOnTime",
                table: "DossierMonthlyCounts",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "PortalOpenLateAtEnd",
                table: "DossierMonthlyCounts",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "PortalOpenOnTimeAtEnd",
                table: "DossierMonthlyCounts",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            ReformDesk.Core.Platform.AggregateBackfill.MarkEveryBucketStaleIn(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PortalClosedLate",
                table: "DossierMonthlyCounts");

            migrationBuilder.DropColumn(
                name: "PortalClosedOnTime",
                table: "DossierMonthlyCounts");

            migrationBuilder.DropColumn(
                name: "PortalOpenLateAtEnd",
                table: "DossierMonthlyCounts");

            migrationBuilder.DropColumn(
                name: "PortalOpenOnTimeAtEnd",
                table: "DossierMonthlyCounts");
        }
    }
}
