using ReformDesk.Core.Organisation;

namespace ReformDesk.Core.Tests.Organisation;

public sealed class UnitTests
{
    private static Unit Department(string name) => new() { Name = name, Kind = UnitKind.Department };

    [Fact]
    public void A_duplicate_merged_into_its_survivor_is_kept_inactive_with_the_link()
    {
        var duplicate = Department("Phòng Văn hoá - Xã hội");
        var survivor = Department("Phòng Văn hóa - Xã hội");
        Assert.Null(duplicate.MergeInto(survivor));
        Assert.Equal((survivor.Id, false), (duplicate.MergedIntoId!.Value, duplicate.IsActive));
        Assert.Equal(((Guid?)null, true), (survivor.MergedIntoId, survivor.IsActive));
    }

    [Fact]
    public void A_unit_is_not_merged_into_itself()
    {
        var unit = Department("Phòng Kinh tế");
        Assert.Equal("Hãy chọn hai đơn vị khác nhau.", unit.MergeInto(unit));
        Assert.Equal(((Guid?)null, true), (unit.MergedIntoId, unit.IsActive));
    }

    [Fact]
    public void A_unit_already_merged_is_not_merged_again_nor_chosen_as_survivor()
    {
        var first = Department("Văn phòng UBND");
        var second = Department("Văn phòng HĐND và UBND");
        var third = Department("VP HĐND-UBND");
        Assert.Null(first.MergeInto(second));

        Assert.Equal("Đơn vị \"Văn phòng UBND\" đã được hợp nhất trước đó.", first.MergeInto(third));
        Assert.Equal(second.Id, first.MergedIntoId);

        Assert.Equal("Đơn vị \"Văn phòng UBND\" đã được hợp nhất vào đơn vị khác; hãy chọn đơn vị còn hoạt động.", third.MergeInto(first));
        Assert.Equal(((Guid?)null, true), (third.MergedIntoId, third.IsActive));
    }

    [Fact]
    public void A_closed_unit_is_not_chosen_as_survivor()
    {
        var duplicate = Department("Phòng Kinh tế - Hạ tầng");
        var closed = Department("Phòng Kinh tế");
        closed.IsActive = false;
        Assert.Equal("Đơn vị \"Phòng Kinh tế\" đã ngừng hoạt động; hãy chọn đơn vị còn hoạt động.", duplicate.MergeInto(closed));
        Assert.Equal(((Guid?)null, true), (duplicate.MergedIntoId, duplicate.IsActive));
    }

    [Theory]
    [InlineData(UnitKind.Department, "Phòng, ban chuyên môn")]
    [InlineData(UnitKind.Centre, "Trung tâm, đơn vị sự nghiệp")]
    [InlineData(UnitKind.PartyOrMassOrganisation, "Đảng, Mặt trận, đoàn thể")]
    [InlineData(UnitKind.ResidentialGroup, "Tổ dân phố, thôn, khu phố")]
    [InlineData(UnitKind.School, "Trường học")]
    [InlineData(UnitKind.HealthStation, "Trạm y tế")]
    [InlineData(UnitKind.Police, "Công an")]
    [InlineData(UnitKind.Military, "Quân sự")]
    [InlineData(UnitKind.Other, "Khác")]
    public void Every_kind_of_unit_has_its_vietnamese_name(UnitKind kind, string text) => Assert.Equal(text, kind.Vietnamese());
}
