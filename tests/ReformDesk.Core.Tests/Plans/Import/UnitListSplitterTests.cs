using ReformDesk.Core.Plans.Import;
using Xunit;

namespace ReformDesk.Core.Tests.Plans.Import;

public class UnitListSplitterTests
{
    [Theory]
    [InlineData("Các phòng, ban, đơn vị có liên quan", "Các phòng, ban, đơn vị có liên quan")]
    [InlineData("Các phòng, ban, ngành, đơn vị", "Các phòng, ban, ngành, đơn vị")]
    [InlineData("Các phòng, ban, cơ quan, đơn vị có liên quan", "Các phòng, ban, cơ quan, đơn vị có liên quan")]
    [InlineData("Các phòng, ban, đơn vị có liên quan; các đơn vị sự nghiệp công lập trong lĩnh vực y tế", "Các phòng, ban, đơn vị có liên quan|các đơn vị sự nghiệp công lập trong lĩnh vực y tế")]
    [InlineData("Các phòng, ban, đơn vị có liên quan, tổ công nghệ số cộng đồng", "Các phòng, ban, đơn vị có liên quan|tổ công nghệ số cộng đồng")]
    [InlineData("các đơn vị sự nghiệp công lập trong lĩnh vực GD và ĐT", "các đơn vị sự nghiệp công lập trong lĩnh vực GD và ĐT")]
    [InlineData("Văn phòng HĐND và UBND", "Văn phòng HĐND và UBND")]
    [InlineData("Phòng Văn hóa - Xã hội, Văn phòng HĐND và UBND", "Phòng Văn hóa - Xã hội|Văn phòng HĐND và UBND")]
    [InlineData("Phòng Văn hoá-Xã hội; Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Văn hoá-Xã hội|Phòng Kinh tế, Hạ tầng và Đô thị")]
    [InlineData("Phòng Kinh tế, Hạ tầng và Đô thị, Trung tâm Phục vụ hành chính công", "Phòng Kinh tế, Hạ tầng và Đô thị|Trung tâm Phục vụ hành chính công")]
    [InlineData("Phòng Văn hóa - Xã hội và Trung tâm Phục vụ HCC", "Phòng Văn hóa - Xã hội|Trung tâm Phục vụ HCC")]
    [InlineData("Công an xã, Ban Chỉ huy Quân sự xã và Ủy ban MTTQ Việt Nam xã", "Công an xã|Ban Chỉ huy Quân sự xã|Ủy ban MTTQ Việt Nam xã")]
    [InlineData("- Công an phường\n- Phòng Văn hóa – Xã hội\n+ Trung tâm Dịch vụ sự nghiệp công.", "Công an phường|Phòng Văn hóa – Xã hội|Trung tâm Dịch vụ sự nghiệp công")]
    [InlineData("Trung tâm Phục vụ hành chính công (bộ phận một cửa, tổ số hóa)", "Trung tâm Phục vụ hành chính công (bộ phận một cửa, tổ số hóa)")]
    [InlineData("Phòng Kinh tế; phòng kinh tế; Phòng Kinh Tế", "Phòng Kinh tế")]
    public void Splits_only_between_unit_names(string cell, string expected)
    {
        Assert.Equal(expected.Split('|'), UnitListSplitter.Split(cell));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ;\n - ")]
    public void Empty_cell_gives_no_units(string? cell)
    {
        Assert.Empty(UnitListSplitter.Split(cell));
    }
}
