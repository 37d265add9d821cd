using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReformDesk.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CouncilBallots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PassPercent",
                table: "CouncilMeetings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "QuorumDenominator",
                table: "CouncilMeetings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "QuorumNumerator",
                table: "CouncilMeetings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "SecretBallot",
                table: "CouncilMeetings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "ThresholdBase",
                table: "CouncilMeetings",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CouncilBallotCounts",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NominationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Agree = table.Column<int>(type: "INTEGER", nullable: false),
                    Disagree = table.Column<int>(type: "INTEGER", nullable: false),
                    Invalid = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilBallotCounts", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_CouncilBallotCounts_CouncilMeetings_TenantId_MeetingId",
                        columns: x => new { x.TenantId, x.MeetingId },
                        principalTable: "CouncilMeetings",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CouncilBallotCounts_Nominations_TenantId_NominationId",
                        columns: x => new { x.TenantId, x.NominationId },
                        principalTable: "Nominations",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CouncilBallotCounts_TenantId_MeetingId_NominationId",
                table: "CouncilBallotCounts",
                columns: new[] { "TenantId", "MeetingId", "NominationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CouncilBallotCounts_TenantId_NominationId",
                table: "CouncilBallotCounts",
                columns: new[] { "TenantId", "NominationId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CouncilBallotCounts");

            migrationBuilder.DropColumn(
                name: "PassPercent",
                table: "CouncilMeetings");

            migrationBuilder.DropColumn(
                name: "QuorumDenominator",
                table: "CouncilMeetings");

            migrationBuilder.DropColumn(
                name: "QuorumNumerator",
                table: "CouncilMeetings");

            migrationBuilder.DropColumn(
                name: "SecretBallot",
                table: "CouncilMeetings");

            migrationBuilder.DropColumn(
                name: "ThresholdBase",
                table: "CouncilMeetings");
        }
    }
}
