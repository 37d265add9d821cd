using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReformDesk.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CouncilMembers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CouncilRecusals_TenantId_MeetingId_NominationId_MemberName",
                table: "CouncilRecusals");

            migrationBuilder.DropIndex(
                name: "IX_CouncilMemberVotes_TenantId_MeetingId_NominationId_MemberNa~",
                table: "CouncilMemberVotes");

            migrationBuilder.AddColumn<Guid>(
                name: "MergedIntoId",
                table: "Units",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClaimedBy",
                table: "PlanTasks",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClaimedOn",
                table: "PlanTasks",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConfirmedBy",
                table: "PlanTasks",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ConfirmedOn",
                table: "PlanTasks",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReturnReason",
                table: "PlanTasks",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RequiresCompletionConfirmation",
                table: "Plans",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "MeetingMemberId",
                table: "CouncilRecusals",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "MeetingMemberId",
                table: "CouncilMemberVotes",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CouncilId",
                table: "CouncilMeetings",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RuleSource",
                table: "CouncilMeetings",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CouncilMeetingMembers",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Present = table.Column<bool>(type: "boolean", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilMeetingMembers", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_CouncilMeetingMembers_CouncilMeetings_TenantId_MeetingId",
                        columns: x => new { x.TenantId, x.MeetingId },
                        principalTable: "CouncilMeetings",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CouncilMeetingMembers_People_TenantId_PersonId",
                        columns: x => new { x.TenantId, x.PersonId },
                        principalTable: "People",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Councils",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DecisionNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    QuorumNumerator = table.Column<int>(type: "integer", nullable: false),
                    QuorumDenominator = table.Column<int>(type: "integer", nullable: false),
                    PassPercent = table.Column<int>(type: "integer", nullable: false),
                    ThresholdBase = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SecretBallot = table.Column<bool>(type: "boolean", nullable: false),
                    RuleSource = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Councils", x => new { x.TenantId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "CouncilBallotReceipts",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    NominationId = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingMemberId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilBallotReceipts", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_CouncilBallotReceipts_CouncilMeetingMembers_TenantId_Meetin~",
                        columns: x => new { x.TenantId, x.MeetingMemberId },
                        principalTable: "CouncilMeetingMembers",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CouncilBallotReceipts_CouncilMeetings_TenantId_MeetingId",
                        columns: x => new { x.TenantId, x.MeetingId },
                        principalTable: "CouncilMeetings",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CouncilBallotReceipts_Nominations_TenantId_NominationId",
                        columns: x => new { x.TenantId, x.NominationId },
                        principalTable: "Nominations",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CouncilMemberships",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CouncilId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilMemberships", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_CouncilMemberships_Councils_TenantId_CouncilId",
                        columns: x => new { x.TenantId, x.CouncilId },
                        principalTable: "Councils",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CouncilMemberships_People_TenantId_PersonId",
                        columns: x => new { x.TenantId, x.PersonId },
                        principalTable: "People",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            ReformDesk.Core.Platform.CouncilMembersData.MoveMembersIn(migrationBuilder, postgres: true);

            migrationBuilder.DropColumn(
                name: "Members",
                table: "CouncilMeetings");

            migrationBuilder.DropColumn(
                name: "Present",
                table: "CouncilMeetings");

            migrationBuilder.CreateIndex(
                name: "IX_Units_TenantId_MergedIntoId",
                table: "Units",
                columns: new[] { "TenantId", "MergedIntoId" });

            migrationBuilder.CreateIndex(
                name: "IX_CouncilRecusals_TenantId_MeetingId_NominationId_MeetingMemb~",
                table: "CouncilRecusals",
                columns: new[] { "TenantId", "MeetingId", "NominationId", "MeetingMemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CouncilRecusals_TenantId_MeetingMemberId",
                table: "CouncilRecusals",
                columns: new[] { "TenantId", "MeetingMemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_CouncilMemberVotes_TenantId_MeetingId_NominationId_MeetingM~",
                table: "CouncilMemberVotes",
                columns: new[] { "TenantId", "MeetingId", "NominationId", "MeetingMemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CouncilMemberVotes_TenantId_MeetingMemberId",
                table: "CouncilMemberVotes",
                columns: new[] { "TenantId", "MeetingMemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_CouncilMeetings_TenantId_CouncilId",
                table: "CouncilMeetings",
                columns: new[] { "TenantId", "CouncilId" });

            migrationBuilder.CreateIndex(
                name: "IX_CouncilBallotReceipts_TenantId_MeetingId_NominationId_Meeti~",
                table: "CouncilBallotReceipts",
                columns: new[] { "TenantId", "MeetingId", "NominationId", "MeetingMemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CouncilBallotReceipts_TenantId_MeetingMemberId",
                table: "CouncilBallotReceipts",
                columns: new[] { "TenantId", "MeetingMemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_CouncilBallotReceipts_TenantId_NominationId",
                table: "CouncilBallotReceipts",
                columns: new[] { "TenantId", "NominationId" });

            migrationBuilder.CreateIndex(
                name: "IX_CouncilMeetingMembers_TenantId_MeetingId_Name",
                table: "CouncilMeetingMembers",
                columns: new[] { "TenantId", "MeetingId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CouncilMeetingMembers_TenantId_PersonId",
                table: "CouncilMeetingMembers",
                columns: new[] { "TenantId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_CouncilMemberships_TenantId_CouncilId_PersonId",
                table: "CouncilMemberships",
                columns: new[] { "TenantId", "CouncilId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CouncilMemberships_TenantId_PersonId",
                table: "CouncilMemberships",
                columns: new[] { "TenantId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_Councils_TenantId",
                table: "Councils",
                column: "TenantId",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_CouncilMeetings_Councils_TenantId_CouncilId",
                table: "CouncilMeetings",
                columns: new[] { "TenantId", "CouncilId" },
                principalTable: "Councils",
                principalColumns: new[] { "TenantId", "Id" },
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_CouncilMemberVotes_CouncilMeetingMembers_TenantId_MeetingMe~",
                table: "CouncilMemberVotes",
                columns: new[] { "TenantId", "MeetingMemberId" },
                principalTable: "CouncilMeetingMembers",
                principalColumns: new[] { "TenantId", "Id" },
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_CouncilRecusals_CouncilMeetingMembers_TenantId_MeetingMembe~",
                table: "CouncilRecusals",
                columns: new[] { "TenantId", "MeetingMemberId" },
                principalTable: "CouncilMeetingMembers",
                principalColumns: new[] { "TenantId", "Id" },
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Units_Units_TenantId_MergedIntoId",
                table: "Units",
                columns: new[] { "TenantId", "MergedIntoId" },
                principalTable: "Units",
                principalColumns: new[] { "TenantId", "Id" },
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CouncilMeetings_Councils_TenantId_CouncilId",
                table: "CouncilMeetings");

            migrationBuilder.DropForeignKey(
                name: "FK_CouncilMemberVotes_CouncilMeetingMembers_TenantId_MeetingMe~",
                table: "CouncilMemberVotes");

            migrationBuilder.DropForeignKey(
                name: "FK_CouncilRecusals_CouncilMeetingMembers_TenantId_MeetingMembe~",
                table: "CouncilRecusals");

            migrationBuilder.DropForeignKey(
                name: "FK_Units_Units_TenantId_MergedIntoId",
                table: "Units");

            migrationBuilder.DropTable(
                name: "CouncilBallotReceipts");

            migrationBuilder.DropTable(
                name: "CouncilMemberships");

            migrationBuilder.DropTable(
                name: "CouncilMeetingMembers");

            migrationBuilder.DropTable(
                name: "Councils");

            migrationBuilder.DropIndex(
                name: "IX_Units_TenantId_MergedIntoId",
                table: "Units");

            migrationBuilder.DropIndex(
                name: "IX_CouncilRecusals_TenantId_MeetingId_NominationId_MeetingMemb~",
                table: "CouncilRecusals");

            migrationBuilder.DropIndex(
                name: "IX_CouncilRecusals_TenantId_MeetingMemberId",
                table: "CouncilRecusals");

            migrationBuilder.DropIndex(
                name: "IX_CouncilMemberVotes_TenantId_MeetingId_NominationId_MeetingM~",
                table: "CouncilMemberVotes");

            migrationBuilder.DropIndex(
                name: "IX_CouncilMemberVotes_TenantId_MeetingMemberId",
                table: "CouncilMemberVotes");

            migrationBuilder.DropIndex(
                name: "IX_CouncilMeetings_TenantId_CouncilId",
                table: "CouncilMeetings");

            migrationBuilder.DropColumn(
                name: "MergedIntoId",
                table: "Units");

            migrationBuilder.DropColumn(
                name: "ClaimedBy",
                table: "PlanTasks");

            migrationBuilder.DropColumn(
                name: "ClaimedOn",
                table: "PlanTasks");

            migrationBuilder.DropColumn(
                name: "ConfirmedBy",
                table: "PlanTasks");

            migrationBuilder.DropColumn(
                name: "ConfirmedOn",
                table: "PlanTasks");

            migrationBuilder.DropColumn(
                name: "ReturnReason",
                table: "PlanTasks");

            migrationBuilder.DropColumn(
                name: "RequiresCompletionConfirmation",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "MeetingMemberId",
                table: "CouncilRecusals");

            migrationBuilder.DropColumn(
                name: "MeetingMemberId",
                table: "CouncilMemberVotes");

            migrationBuilder.DropColumn(
                name: "CouncilId",
                table: "CouncilMeetings");

            migrationBuilder.DropColumn(
                name: "RuleSource",
                table: "CouncilMeetings");

            migrationBuilder.AddColumn<string>(
                name: "Members",
                table: "CouncilMeetings",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Present",
                table: "CouncilMeetings",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilRecusals_TenantId_MeetingId_NominationId_MemberName",
                table: "CouncilRecusals",
                columns: new[] { "TenantId", "MeetingId", "NominationId", "MemberName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CouncilMemberVotes_TenantId_MeetingId_NominationId_MemberNa~",
                table: "CouncilMemberVotes",
                columns: new[] { "TenantId", "MeetingId", "NominationId", "MemberName" },
                unique: true);
        }
    }
}
