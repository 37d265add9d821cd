using ReformDesk.Core.Emulation;
using ReformDesk.Core.Emulation.Rules;
using static ReformDesk.Core.Tests.Emulation.EmulationBuilder;

namespace ReformDesk.Core.Tests.Emulation;

/// <summary>
/// A commune decision under Law 06/2022 while the district level still existed (1/1/2024 – 30/6/2025): Art. 80(3) lets the
/// commune Chairman award only Lao động tiên tiến and the commune's Giấy khen; Chiến sĩ thi đua cơ sở, Tập thể lao động
/// tiên tiến and the district's Giấy khen were the district Chairman's (Art. 80(2)); the province's forms the province's.
/// </summary>
public sealed class DecisionCompetenceByLawTests
{
    [Theory]
    [InlineData(2024, 1, 2)]
    [InlineData(2024, 11, 20)]
    [InlineData(2025, 6, 30)]
    public async Task Under_Article_80_a_commune_decision_takes_only_Lao_dong_tien_tien_and_its_own_Giay_khen(int y, int m, int d)
    {
        await using var b = await CreateAsync();
        var individuals = new[] { AwardKind.LaoDongTienTien, AwardKind.ChienSiThiDuaCoSo, AwardKind.GiayKhenChuTichXa, AwardKind.GiayKhenChuTichHuyen, AwardKind.BangKhenChuTichTinh };
        var nominations = new List<Nomination>();
        for (var i = 0; i < individuals.Length; i++)
        {
            nominations.Add(await b.NominationAsync($"Cá nhân {i + 1}", individuals[i], NominationStatus.Approved));
        }

        nominations.Add(await b.CollectiveAsync(AwardKind.TapTheLaoDongTienTien));
        nominations.Add(await b.CollectiveAsync(AwardKind.TapTheLaoDongXuatSac));

        var decision = Ok(await b.Decisions().IssueAsync(b.RoundId, Chairman, 12, new DateOnly(y, m, d), "Đào Quang Dương"));
        var records = await b.Decisions().RecordsOfAsync(decision.Id);
        Assert.Equal([AwardKind.LaoDongTienTien, AwardKind.GiayKhenChuTichXa], records.Select(r => r.AwardKind).Order());
        Assert.All(records, r => Assert.Equal(AwardLevel.Xa, r.DecidedBy));

        // The rest stay approved, waiting for a tờ trình to the level that decides them.
        foreach (var n in nominations.Where(n => n.AwardKind is not (AwardKind.LaoDongTienTien or AwardKind.GiayKhenChuTichXa)))
        {
            Assert.Equal(NominationStatus.Approved, await b.StatusOfAsync(n.Id));
        }
    }

    [Fact]
    public async Task A_commune_decision_of_only_district_and_province_forms_is_refused_naming_each_decider()
    {
        await using var b = await CreateAsync();
        await b.NominationAsync("Ngô Thị Hoa", AwardKind.ChienSiThiDuaCoSo, NominationStatus.Approved);
        await b.CollectiveAsync(AwardKind.TapTheLaoDongXuatSac);

        var refused = await b.Decisions().IssueAsync(b.RoundId, Chairman, 12, new DateOnly(2024, 12, 20), "Đào Quang Dương");
        Assert.False(refused.Succeeded);
        Assert.Contains("“Chiến sĩ thi đua cơ sở” do Chủ tịch Ủy ban nhân dân cấp huyện quyết định", refused.Message, StringComparison.Ordinal);
        Assert.Contains("“Tập thể lao động xuất sắc” do Chủ tịch Ủy ban nhân dân tỉnh quyết định", refused.Message, StringComparison.Ordinal);
        Assert.EndsWith("Hãy lập tờ trình đề nghị cấp trên khen thưởng.", refused.Message, StringComparison.Ordinal);
        Assert.Empty(await b.Decisions().DecisionsAsync(b.RoundId));
    }
}
