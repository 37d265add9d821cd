using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReformDesk.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DossierAggregateMarks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DossierAggregateMarks",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    ProcedureId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierAggregateMarks", x => new { x.TenantId, x.Month, x.ProcedureId });
                    table.ForeignKey(
                        name: "FK_DossierAggregateMarks_Procedures_TenantId_ProcedureId",
                        columns: x => new { x.TenantId, x.ProcedureId },
                        principalTable: "Procedures",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DossierAggregateMarks_TenantId_ProcedureId",
                table: "DossierAggregateMarks",
                columns: new[] { "TenantId", "ProcedureId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DossierAggregateMarks");
        }
    }
}
