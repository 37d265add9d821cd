using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace ReformDesk.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Index766 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IndexWeights",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProvinceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Group = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    MaxPoints = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    Threshold = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndexWeights", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndexWeights_Tenants_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "IndexWeights",
                columns: new[] { "Id", "Code", "EffectiveFrom", "Group", "MaxPoints", "Name", "ProvinceId", "Source", "Threshold" },
                values: new object[,]
                {
                    { new Guid("76600000-0000-0000-0000-000000000001"), "1.1", new DateOnly(2022, 6, 23), 1, 6m, "Công bố, công khai thủ tục hành chính đúng hạn", null, "Quyết định 766/QĐ-TTg ngày 23/6/2022", 100m },
                    { new Guid("76600000-0000-0000-0000-000000000002"), "1.2", new DateOnly(2022, 6, 23), 1, 4m, "Cập nhật thủ tục hành chính vào Cơ sở dữ liệu quốc gia đúng hạn", null, "Quyết định 766/QĐ-TTg ngày 23/6/2022", 100m },
                    { new Guid("76600000-0000-0000-0000-000000000003"), "1.3", new DateOnly(2022, 6, 23), 1, 2m, "Công khai đầy đủ thủ tục hành chính", null, "Quyết định 766/QĐ-TTg ngày 23/6/2022", 100m },
                    { new Guid("76600000-0000-0000-0000-000000000004"), "1.4", new DateOnly(2022, 6, 23), 1, 6m, "Đồng bộ hồ sơ lên Cổng Dịch vụ công quốc gia", null, "Quyết định 766/QĐ-TTg ngày 23/6/2022", 100m },
                    { new Guid("76600000-0000-0000-0000-000000000005"), "2.1", new DateOnly(2022, 6, 23), 2, 20m, "Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn", null, "Quyết định 766/QĐ-TTg ngày 23/6/2022", 100m },
                    { new Guid("76600000-0000-0000-0000-000000000006"), "2.2", new DateOnly(2022, 6, 23), 2, 0m, "Thời gian giải quyết trung bình (ngày làm việc, theo dõi)", null, "Quyết định 766/QĐ-TTg ngày 23/6/2022", null },
                    { new Guid("76600000-0000-0000-0000-000000000007"), "3.1", new DateOnly(2022, 6, 23), 3, 4m, "Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến", null, "Quyết định 766/QĐ-TTg ngày 23/6/2022", 80m },
                    { new Guid("76600000-0000-0000-0000-000000000008"), "3.2", new DateOnly(2022, 6, 23), 3, 4m, "Dịch vụ công trực tuyến tích hợp trên Cổng Dịch vụ công quốc gia", null, "Quyết định 766/QĐ-TTg ngày 23/6/2022", 100m },
                    { new Guid("76600000-0000-0000-0000-000000000009"), "3.3", new DateOnly(2022, 6, 23), 3, 4m, "Tỷ lệ hồ sơ nộp trực tuyến", null, "Quyết định 766/QĐ-TTg ngày 23/6/2022", 50m },
                    { new Guid("76600000-0000-0000-0000-000000000010"), "3.4", new DateOnly(2022, 6, 23), 3, 2m, "Thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia (cấp tỉnh)", null, "Quyết định 766/QĐ-TTg ngày 23/6/2022", 100m },
                    { new Guid("76600000-0000-0000-0000-000000000011"), "3.5", new DateOnly(2022, 6, 23), 3, 4m, "Tỷ lệ thủ tục có phí, lệ phí tích hợp thanh toán trực tuyến", null, "Quyết định 766/QĐ-TTg ngày 23/6/2022", 80m },
                    { new Guid("76600000-0000-0000-0000-000000000012"), "3.6", new DateOnly(2022, 6, 23), 3, 4m, "Tỷ lệ hồ sơ thanh toán trực tuyến", null, "Quyết định 766/QĐ-TTg ngày 23/6/2022", 100m },
                    { new Guid("76600000-0000-0000-0000-000000000013"), "4.1", new DateOnly(2022, 6, 23), 4, 6m, "Tỷ lệ hồ sơ cấp kết quả điện tử", null, "Quyết định 766/QĐ-TTg ngày 23/6/2022", 100m },
                    { new Guid("76600000-0000-0000-0000-000000000014"), "4.2", new DateOnly(2022, 6, 23), 4, 4m, "Tỷ lệ hồ sơ được số hóa", null, "Quyết định 766/QĐ-TTg ngày 23/6/2022", 80m },
                    { new Guid("76600000-0000-0000-0000-000000000015"), "4.3", new DateOnly(2022, 6, 23), 4, 2m, "Tỷ lệ hồ sơ khai thác, sử dụng lại dữ liệu số hóa", null, "Quyết định 766/QĐ-TTg ngày 23/6/2022", 80m },
                    { new Guid("76600000-0000-0000-0000-000000000016"), "4.4", new DateOnly(2022, 6, 23), 4, 4m, "Tỷ lệ hồ sơ kết nối kho dữ liệu của công dân", null, "Quyết định 766/QĐ-TTg ngày 23/6/2022", 100m },
                    { new Guid("76600000-0000-0000-0000-000000000017"), "4.5", new DateOnly(2022, 6, 23), 4, 4m, "Tỷ lệ hồ sơ sử dụng Cơ sở dữ liệu quốc gia về dân cư (VNeID)", null, "Quyết định 766/QĐ-TTg ngày 23/6/2022", 100m },
                    { new Guid("76600000-0000-0000-0000-000000000018"), "4.6", new DateOnly(2022, 6, 23), 4, 2m, "Cấp bản sao điện tử có chứng thực", null, "Quyết định 766/QĐ-TTg ngày 23/6/2022", 100m },
                    { new Guid("76600000-0000-0000-0000-000000000019"), "5.2", new DateOnly(2022, 6, 23), 5, 6m, "Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn", null, "Quyết định 766/QĐ-TTg ngày 23/6/2022", 100m },
                    { new Guid("76600000-0000-0000-0000-000000000020"), "5.3", new DateOnly(2022, 6, 23), 5, 6m, "Mức độ hài lòng trong xử lý phản ánh, kiến nghị", null, "Quyết định 766/QĐ-TTg ngày 23/6/2022", 100m },
                    { new Guid("76600000-0000-0000-0000-000000000021"), "5.4", new DateOnly(2022, 6, 23), 5, 6m, "Mức độ hài lòng trong tiếp nhận, giải quyết thủ tục hành chính", null, "Quyết định 766/QĐ-TTg ngày 23/6/2022", 90m }
                });

            migrationBuilder.CreateIndex(
                name: "IX_IndexWeights_ProvinceId_EffectiveFrom_Code",
                table: "IndexWeights",
                columns: new[] { "ProvinceId", "EffectiveFrom", "Code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IndexWeights");
        }
    }
}
