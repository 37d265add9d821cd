using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReformDesk.Migrations.Sqlite.Migrations
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProvinceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    SurveyMaxPoints = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: true),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProvinceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Block = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SelfTotal = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: true),
                    AppraisedTotal = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: true),
                    SurveyPoints = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: true),
                    FinalScore = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: true),
                    Percent = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    AwardRating = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AppraisedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AppraisedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProvinceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LocalityTypes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProvinceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ParentCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MaxPoints = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Levels = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    EvidenceRequired = table.Column<bool>(type: "INTEGER", nullable: false),
                    Measure = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Guidance = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    IsLeaf = table.Column<bool>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProvinceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    MinPercent = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CriterionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SelfPoints = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: true),
                    EvidenceKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EvidenceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EvidenceText = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ProposedPoints = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: true),
                    ProposedSource = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AppraisedPoints = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: true),
                    AppraisalComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
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
