using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReformDesk.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AwardProposals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DecidedBy",
                table: "AwardRecords",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Xa");

            migrationBuilder.AddColumn<string>(
                name: "IssuingAuthority",
                table: "AwardRecords",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ProposalId",
                table: "AwardRecords",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AwardProposals",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RoundId = table.Column<Guid>(type: "uuid", nullable: false),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AddressedTo = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: true),
                    SentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Signer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReturnReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ReturnedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HigherDecisionNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    HigherDecisionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    HigherAuthority = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AwardProposals", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_AwardProposals_NominationRounds_TenantId_RoundId",
                        columns: x => new { x.TenantId, x.RoundId },
                        principalTable: "NominationRounds",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AwardProposalItems",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProposalId = table.Column<Guid>(type: "uuid", nullable: false),
                    NominationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AwardProposalItems", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_AwardProposalItems_AwardProposals_TenantId_ProposalId",
                        columns: x => new { x.TenantId, x.ProposalId },
                        principalTable: "AwardProposals",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AwardProposalItems_Nominations_TenantId_NominationId",
                        columns: x => new { x.TenantId, x.NominationId },
                        principalTable: "Nominations",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AwardRecords_TenantId_ProposalId",
                table: "AwardRecords",
                columns: new[] { "TenantId", "ProposalId" });

            migrationBuilder.CreateIndex(
                name: "IX_AwardProposalItems_TenantId_NominationId",
                table: "AwardProposalItems",
                columns: new[] { "TenantId", "NominationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AwardProposalItems_TenantId_ProposalId",
                table: "AwardProposalItems",
                columns: new[] { "TenantId", "ProposalId" });

            migrationBuilder.CreateIndex(
                name: "IX_AwardProposals_TenantId_RoundId_Status",
                table: "AwardProposals",
                columns: new[] { "TenantId", "RoundId", "Status" });

            migrationBuilder.AddForeignKey(
                name: "FK_AwardRecords_AwardProposals_TenantId_ProposalId",
                table: "AwardRecords",
                columns: new[] { "TenantId", "ProposalId" },
                principalTable: "AwardProposals",
                principalColumns: new[] { "TenantId", "Id" },
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AwardRecords_AwardProposals_TenantId_ProposalId",
                table: "AwardRecords");

            migrationBuilder.DropTable(
                name: "AwardProposalItems");

            migrationBuilder.DropTable(
                name: "AwardProposals");

            migrationBuilder.DropIndex(
                name: "IX_AwardRecords_TenantId_ProposalId",
                table: "AwardRecords");

            migrationBuilder.DropColumn(
                name: "DecidedBy",
                table: "AwardRecords");

            migrationBuilder.DropColumn(
                name: "IssuingAuthority",
                table: "AwardRecords");

            migrationBuilder.DropColumn(
                name: "ProposalId",
                table: "AwardRecords");
        }
    }
}
