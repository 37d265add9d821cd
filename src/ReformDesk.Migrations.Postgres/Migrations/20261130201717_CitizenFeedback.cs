using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReformDesk.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CitizenFeedback : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Documents",
                table: "Procedures",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OnlineUrl",
                table: "Procedures",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PostalAllowed",
                table: "Procedures",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "FeedbackDeadlines",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    RefuseDays = table.Column<int>(type: "integer", nullable: false),
                    AskInfoDays = table.Column<int>(type: "integer", nullable: false),
                    AnswerDays = table.Column<int>(type: "integer", nullable: false),
                    PublishDays = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackDeadlines", x => new { x.TenantId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "Feedbacks",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SecretHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Details = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    Place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    CitizenName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CitizenPhone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    PhoneDigits = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CitizenEmail = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CitizenAddress = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ConsentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClockStartAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    SuggestedUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    SuggestionReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ReceivedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RefusedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RefusalReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    InfoRequestedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    InfoRequest = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    InfoReply = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    TransferredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    TransferredTo = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Draft = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    DraftNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Answer = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    ApprovedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    AnsweredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublicTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PublicQuestion = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    PublicAnswer = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    PublishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Rating = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    RatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReopenedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReopenReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AnonymisedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Feedbacks", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_Feedbacks_Units_TenantId_SuggestedUnitId",
                        columns: x => new { x.TenantId, x.SuggestedUnitId },
                        principalTable: "Units",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Feedbacks_Units_TenantId_UnitId",
                        columns: x => new { x.TenantId, x.UnitId },
                        principalTable: "Units",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackAttachments",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FeedbackId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Data = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackAttachments", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_FeedbackAttachments_Feedbacks_TenantId_FeedbackId",
                        columns: x => new { x.TenantId, x.FeedbackId },
                        principalTable: "Feedbacks",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackEvents",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FeedbackId = table.Column<Guid>(type: "uuid", nullable: false),
                    Action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    FromStatus = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ToStatus = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    By = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackEvents", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_FeedbackEvents_Feedbacks_TenantId_FeedbackId",
                        columns: x => new { x.TenantId, x.FeedbackId },
                        principalTable: "Feedbacks",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackAttachments_TenantId_FeedbackId",
                table: "FeedbackAttachments",
                columns: new[] { "TenantId", "FeedbackId" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackDeadlines_TenantId_Category_EffectiveFrom",
                table: "FeedbackDeadlines",
                columns: new[] { "TenantId", "Category", "EffectiveFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackEvents_TenantId_FeedbackId",
                table: "FeedbackEvents",
                columns: new[] { "TenantId", "FeedbackId" });

            migrationBuilder.CreateIndex(
                name: "IX_Feedbacks_TenantId_Code",
                table: "Feedbacks",
                columns: new[] { "TenantId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Feedbacks_TenantId_PhoneDigits_SubmittedAtUtc",
                table: "Feedbacks",
                columns: new[] { "TenantId", "PhoneDigits", "SubmittedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Feedbacks_TenantId_Status",
                table: "Feedbacks",
                columns: new[] { "TenantId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Feedbacks_TenantId_SubmittedAtUtc",
                table: "Feedbacks",
                columns: new[] { "TenantId", "SubmittedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Feedbacks_TenantId_SuggestedUnitId",
                table: "Feedbacks",
                columns: new[] { "TenantId", "SuggestedUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_Feedbacks_TenantId_UnitId",
                table: "Feedbacks",
                columns: new[] { "TenantId", "UnitId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FeedbackAttachments");

            migrationBuilder.DropTable(
                name: "FeedbackDeadlines");

            migrationBuilder.DropTable(
                name: "FeedbackEvents");

            migrationBuilder.DropTable(
                name: "Feedbacks");

            migrationBuilder.DropColumn(
                name: "Documents",
                table: "Procedures");

            migrationBuilder.DropColumn(
                name: "OnlineUrl",
                table: "Procedures");

            migrationBuilder.DropColumn(
                name: "PostalAllowed",
                table: "Procedures");
        }
    }
}
