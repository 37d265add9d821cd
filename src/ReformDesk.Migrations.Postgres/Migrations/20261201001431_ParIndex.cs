using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReformDesk.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ParIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ParCriteriaSet",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProvinceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    SurveyMaxPoints = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: true),
                    ImportedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParCriteriaSet", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParCriteriaSet_Tenants_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ParAssessment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProvinceId = table.Column<Guid>(type: "uuid", nullable: false),
                    CommuneId = table.Column<Guid>(type: "uuid", nullable: false),
                    SetId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Block = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SelfTotal = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: true),
                    AppraisedTotal = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: true),
                    SurveyPoints = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: true),
                    FinalScore = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: true),
                    Percent = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    Grade = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    AwardRating = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ReturnReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SubmittedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    AppraisedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AppraisedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    PublishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParAssessment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParAssessment_ParCriteriaSet_SetId",
                        column: x => x.SetId,
                        principalTable: "ParCriteriaSet",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ParAssessment_Tenants_CommuneId",
                        column: x => x.CommuneId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ParBlock",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SetId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProvinceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LocalityTypes = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParBlock", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParBlock_ParCriteriaSet_SetId",
                        column: x => x.SetId,
                        principalTable: "ParCriteriaSet",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ParCriterion",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SetId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProvinceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ParentCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MaxPoints = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false),
                    Method = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Levels = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    EvidenceRequired = table.Column<bool>(type: "boolean", nullable: false),
                    Measure = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Guidance = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    IsLeaf = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParCriterion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParCriterion_ParCriteriaSet_SetId",
                        column: x => x.SetId,
                        principalTable: "ParCriteriaSet",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ParGradeBand",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SetId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProvinceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    MinPercent = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParGradeBand", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParGradeBand_ParCriteriaSet_SetId",
                        column: x => x.SetId,
                        principalTable: "ParCriteriaSet",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ParEvidenceFile",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    CommuneId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParEvidenceFile", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParEvidenceFile_ParAssessment_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "ParAssessment",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ParScore",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    CommuneId = table.Column<Guid>(type: "uuid", nullable: false),
                    CriterionId = table.Column<Guid>(type: "uuid", nullable: false),
                    SelfPoints = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: true),
                    EvidenceKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EvidenceId = table.Column<Guid>(type: "uuid", nullable: true),
                    EvidenceText = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Explanation = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ProposedPoints = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: true),
                    ProposedSource = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    AppraisedPoints = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: true),
                    AppraisalComment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParScore", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParScore_ParAssessment_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "ParAssessment",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ParScore_ParCriterion_CriterionId",
                        column: x => x.CriterionId,
                        principalTable: "ParCriterion",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ParAssessment_CommuneId_Year",
                table: "ParAssessment",
                columns: new[] { "CommuneId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ParAssessment_ProvinceId_Year",
                table: "ParAssessment",
                columns: new[] { "ProvinceId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_ParAssessment_SetId",
                table: "ParAssessment",
                column: "SetId");

            migrationBuilder.CreateIndex(
                name: "IX_ParBlock_SetId_Name",
                table: "ParBlock",
                columns: new[] { "SetId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ParCriteriaSet_ProvinceId_Year",
                table: "ParCriteriaSet",
                columns: new[] { "ProvinceId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ParCriterion_SetId_Code",
                table: "ParCriterion",
                columns: new[] { "SetId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ParEvidenceFile_AssessmentId",
                table: "ParEvidenceFile",
                column: "AssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_ParGradeBand_SetId_Name",
                table: "ParGradeBand",
                columns: new[] { "SetId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ParScore_AssessmentId_CriterionId",
                table: "ParScore",
                columns: new[] { "AssessmentId", "CriterionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ParScore_CriterionId",
                table: "ParScore",
                column: "CriterionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ParBlock");

            migrationBuilder.DropTable(
                name: "ParEvidenceFile");

            migrationBuilder.DropTable(
                name: "ParGradeBand");

            migrationBuilder.DropTable(
                name: "ParScore");

            migrationBuilder.DropTable(
                name: "ParAssessment");

            migrationBuilder.DropTable(
                name: "ParCriterion");

            migrationBuilder.DropTable(
                name: "ParCriteriaSet");
        }
    }
}
