using ReformDesk.Core.Emulation.Rules;
using Xunit;

namespace ReformDesk.Core.Tests.Emulation;

/// <summary>Who decides each award on a date (issue #13 point 4), per rule set and at each boundary.</summary>
public class AwardCompetenceTests
{
    private static readonly AwardCompetence Table = AwardCompetence.Default;

    [Theory]
    // Law 06/2022 with Decree 98/2023: Art. 80(3) gives the commune Chairman Lao động tiên tiến and the Giấy khen;
    // Chiến sĩ thi đua cơ sở and Tập thể lao động tiên tiến are the district Chairman's (Art. 80(2)).
    [InlineData(AwardKind.LaoDongTienTien, 2024, 1, 1, AwardLevel.Xa)]
    [InlineData(AwardKind.GiayKhenChuTichXa, 2025, 6, 30, AwardLevel.Xa)]
    [InlineData(AwardKind.ChienSiThiDuaCoSo, 2024, 1, 1, AwardLevel.Huyen)]
    [InlineData(AwardKind.ChienSiThiDuaCoSo, 2025, 6, 30, AwardLevel.Huyen)]
    [InlineData(AwardKind.TapTheLaoDongTienTien, 2025, 6, 30, AwardLevel.Huyen)]
    [InlineData(AwardKind.GiayKhenChuTichHuyen, 2025, 6, 30, AwardLevel.Huyen)]
    [InlineData(AwardKind.BangKhenChuTichTinh, 2025, 6, 30, AwardLevel.Tinh)]
    [InlineData(AwardKind.TapTheLaoDongXuatSac, 2024, 5, 1, AwardLevel.Tinh)]
    // From 01/7/2025 (Decree 152/2025, no district level): the former district awards are decided by the commune.
    [InlineData(AwardKind.ChienSiThiDuaCoSo, 2025, 7, 1, AwardLevel.Xa)]
    [InlineData(AwardKind.TapTheLaoDongTienTien, 2025, 7, 1, AwardLevel.Xa)]
    [InlineData(AwardKind.LaoDongTienTien, 2026, 3, 31, AwardLevel.Xa)]
    [InlineData(AwardKind.GiayKhenChuTichXa, 2026, 3, 31, AwardLevel.Xa)]
    [InlineData(AwardKind.BangKhenChuTichTinh, 2026, 3, 31, AwardLevel.Tinh)]
    [InlineData(AwardKind.TapTheLaoDongXuatSac, 2026, 3, 31, AwardLevel.Tinh)]
    // Law 2003 (until 31/12/2023).
    [InlineData(AwardKind.ChienSiThiDuaCoSo, 2023, 12, 31, AwardLevel.Huyen)]
    [InlineData(AwardKind.GiayKhenChuTichXa, 2023, 12, 31, AwardLevel.Xa)]
    public void Who_decides_on_a_date(AwardKind award, int y, int m, int d, AwardLevel level)
    {
        Assert.Equal(level, Table.For(award, new DateOnly(y, m, d)).DecidedBy);
        Assert.Equal(level == AwardLevel.Xa, Table.CommuneMayDecide(award, new DateOnly(y, m, d)));
    }

    [Fact]
    public void The_district_Giay_khen_is_no_longer_given_from_1_July_2025()
    {
        Assert.Equal(AwardLevel.Huyen, Table.For(AwardKind.GiayKhenChuTichHuyen, new DateOnly(2025, 6, 30)).DecidedBy);
        var after = Table.For(AwardKind.GiayKhenChuTichHuyen, new DateOnly(2025, 7, 1));
        Assert.Null(after.DecidedBy);
        Assert.Contains("không còn được xét tặng từ ngày 01/07/2025", Table.RefusalForCommune(AwardKind.GiayKhenChuTichHuyen, new DateOnly(2025, 7, 1)));
        // The catalogue stops offering it on the same day.
        Assert.DoesNotContain(AwardCatalogue.AvailableOn(new DateOnly(2025, 7, 1)), a => a.Kind == AwardKind.GiayKhenChuTichHuyen);
    }

    [Fact]
    public void Every_row_names_its_source_and_the_unconfirmed_Decree_152_reading_says_so()
    {
        Assert.All(AwardCompetence.Defaults, r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
        var law = Table.For(AwardKind.LaoDongTienTien, new DateOnly(2025, 1, 1));
        Assert.Equal("Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 80 khoản 3", law.Source);
        Assert.False(law.Unverified);
        var reading = Table.For(AwardKind.ChienSiThiDuaCoSo, new DateOnly(2026, 1, 1));
        Assert.True(reading.Unverified);
        Assert.Contains("Nghị định 152/2025/NĐ-CP", reading.Source);
    }

    [Fact]
    public void Rows_start_where_a_rule_set_starts_and_every_award_has_a_row_under_every_rule_set()
    {
        var starts = RuleSets.All.Select(r => r.EffectiveFrom).ToHashSet();
        Assert.All(AwardCompetence.Defaults, r => Assert.Contains(r.From, starts));
        foreach (var ruleSet in RuleSets.All)
        {
            var day = ruleSet.EffectiveFrom ?? new DateOnly(2020, 1, 1);
            foreach (var award in Enum.GetValues<AwardKind>())
            {
                var row = Table.For(award, day);
                Assert.True(row.From is null || row.From <= day);
            }
        }
    }

    [Fact]
    public void The_refusal_names_the_deciding_level_and_the_source()
    {
        var day = new DateOnly(2026, 3, 31);
        Assert.Null(Table.RefusalForCommune(AwardKind.GiayKhenChuTichXa, day));
        var refusal = Table.RefusalForCommune(AwardKind.BangKhenChuTichTinh, day);
        Assert.Equal("“Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh/thành phố” do Chủ tịch Ủy ban nhân dân tỉnh quyết định (Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 79); Ủy ban nhân dân xã chỉ lập tờ trình đề nghị cấp trên.", refusal);
    }

    [Fact]
    public void A_configured_row_replaces_the_default_from_its_date_on()
    {
        var options = new AwardCompetenceOptions
        {
            Competence = [new() { Award = "ChienSiThiDuaCoSo", From = "2025-07-01", DecidedBy = "Tinh", Source = "Nghị định 152/2025/NĐ-CP, Điều 9 (đã đối chiếu)" }],
        };
        var (rules, error) = options.Parse();
        Assert.Null(error);
        var table = new AwardCompetence(rules);
        Assert.Equal(AwardLevel.Tinh, table.For(AwardKind.ChienSiThiDuaCoSo, new DateOnly(2025, 7, 1)).DecidedBy);
        Assert.Equal("Nghị định 152/2025/NĐ-CP, Điều 9 (đã đối chiếu)", table.For(AwardKind.ChienSiThiDuaCoSo, new DateOnly(2026, 1, 1)).Source);
        Assert.Equal(AwardLevel.Huyen, table.For(AwardKind.ChienSiThiDuaCoSo, new DateOnly(2025, 6, 30)).DecidedBy);
        Assert.Contains(rules[0], table.Rules);
    }

    [Theory]
    [InlineData("Khong", "2025-07-01", "Tinh", "x", "Awards:Competence:0:Award \"Khong\"")]
    [InlineData("BangKhenChuTichTinh", "01/07/2025", "Tinh", "x", "Awards:Competence:0:From phải là ngày dạng yyyy-MM-dd.")]
    [InlineData("BangKhenChuTichTinh", "2025-07-01", "CoSo", "x", "Awards:Competence:0:DecidedBy phải là Xa, Huyen, Tinh hoặc None.")]
    [InlineData("BangKhenChuTichTinh", "2025-07-01", "Tinh", " ", "Awards:Competence:0:Source phải ghi văn bản làm căn cứ.")]
    public void A_bad_configured_row_is_refused_naming_the_row(string award, string from, string decidedBy, string source, string message)
    {
        var options = new AwardCompetenceOptions { Competence = [new() { Award = award, From = from, DecidedBy = decidedBy, Source = source }] };
        Assert.StartsWith(message, options.Parse().Error);
        Assert.False(new AwardCompetenceOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void None_means_no_longer_given()
    {
        var options = new AwardCompetenceOptions { Competence = [new() { Award = "TapTheLaoDongXuatSac", From = "2027-01-01", DecidedBy = "None", Source = "Luật sửa đổi (giả định)" }] };
        var table = new AwardCompetence(options.Parse().Rules);
        Assert.Null(table.For(AwardKind.TapTheLaoDongXuatSac, new DateOnly(2027, 1, 1)).DecidedBy);
    }
}
