using ReformDesk.Core.Documents;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Organisation;
using static ReformDesk.Core.Tests.Emulation.EmulationBuilder;

namespace ReformDesk.Core.Tests.Emulation;

/// <summary>
/// The tờ trình a ward sends upward (Decree 30 layout): awards above the commune's competence — Bằng khen of the province
/// Chairman and Tập thể lao động xuất sắc (Law 06/2022, Art. 79) — listed with who decides them and on which legal basis.
/// </summary>
public sealed class ProposalDocumentsTests
{
    /// <summary>A ward whose Chairman holds the post, with one approved collective and one approved individual for the province.</summary>
    private static async Task<(EmulationBuilder B, Guid ProposalId)> ProposalAsync()
    {
        var b = await CreateAsync();
        await b.SetLocalityAsync(LocalityType.Ward);
        await b.ChairmanPostAsync("Đào Quang Dương");
        var collective = await b.CollectiveAsync(AwardKind.TapTheLaoDongXuatSac);
        var individual = await b.NominationAsync("Trần Văn Tỉnh", AwardKind.BangKhenChuTichTinh, NominationStatus.Approved);
        var proposal = Ok(await b.Proposals().CreateAsync(new ProposalInput(b.RoundId, [collective.Id, individual.Id], null), Secretariat));
        return (b, proposal.Id);
    }

    private static async Task<AdministrativeDocument> DocumentAsync(EmulationBuilder b, Guid id) =>
        (await new ProposalDocuments(b.Commune.Open(), b.Proposals(), AwardCompetence.Default).SubmissionAsync(id))!;

    private static string Text(AdministrativeDocument doc, int block) => Assert.IsType<Block.Paragraph>(doc.Body[block]).Text;

    [Fact]
    public async Task A_draft_is_a_submission_of_the_ward_without_number_or_date_signed_for_the_committee_by_its_Chairman()
    {
        var (b, id) = await ProposalAsync();
        await using var _ = b;
        var doc = await DocumentAsync(b, id);

        Assert.Equal((DocumentType.Submission, "UBND", (int?)null, (DateOnly?)null, (int?)2026),
            (doc.Type, doc.IssuerAbbreviation, doc.Number, doc.Date, doc.Year));
        Assert.Equal("ỦY BAN NHÂN DÂN\nPHƯỜNG TRẦN HƯNG ĐẠO", doc.IssuingBody);
        Assert.Equal(["Chủ tịch Ủy ban nhân dân thành phố Hải Phòng (qua Sở Nội vụ)"], doc.AddressedTo);
        Assert.Equal(new Signature("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đào Quang Dương"), doc.Signature);
        Assert.Equal(["Như trên;", "Lưu: VT, HĐTĐKT."], doc.Recipients);
    }

    [Fact]
    public async Task The_submission_names_the_province_Chairman_as_the_decider_under_Article_79_and_counts_who_is_proposed()
    {
        var (b, id) = await ProposalAsync();
        await using var _ = b;
        var doc = await DocumentAsync(b, id);

        Assert.StartsWith("Về việc đề nghị tặng ", doc.Subject, StringComparison.Ordinal);
        Assert.Contains("Tập thể lao động xuất sắc", doc.Subject, StringComparison.Ordinal);
        Assert.Contains("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh/thành phố", doc.Subject, StringComparison.Ordinal);
        Assert.Contains(" cho tập thể, cá nhân có thành tích ", doc.Subject, StringComparison.Ordinal);

        var opening = Text(doc, 0);
        Assert.StartsWith("Các hình thức khen thưởng dưới đây thuộc thẩm quyền quyết định của Chủ tịch Ủy ban nhân dân tỉnh (Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 79)", opening, StringComparison.Ordinal);
        Assert.EndsWith("kính trình xem xét, khen thưởng 1 tập thể và 1 cá nhân, cụ thể như sau:", opening, StringComparison.Ordinal);
        Assert.Equal("Ủy ban nhân dân phường Trần Hưng Đạo kính trình Chủ tịch Ủy ban nhân dân thành phố Hải Phòng (qua Sở Nội vụ) xem xét, quyết định.", Text(doc, 3));
    }

    [Fact]
    public async Task The_table_lists_each_nominee_with_kind_unit_award_and_achievement()
    {
        var (b, id) = await ProposalAsync();
        await using var _ = b;
        var table = Assert.IsType<Block.Table>((await DocumentAsync(b, id)).Body[1]);

        Assert.Equal(["STT", "Tập thể, cá nhân", "Đối tượng", "Đơn vị", "Hình thức đề nghị", "Thành tích"], table.Headers);
        Assert.Equal(["1", "2"], table.Rows.Select(r => r[0]));
        Assert.Equal(
            [
                ("Phòng Kinh tế", "Tập thể", "Phòng Kinh tế", "Tập thể lao động xuất sắc", "Tập thể hoàn thành xuất sắc nhiệm vụ năm 2025"),
                ("Trần Văn Tỉnh", "Cá nhân", "Phòng Kinh tế", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh/thành phố", "Hoàn thành xuất sắc nhiệm vụ cải cách hành chính"),
            ],
            table.Rows.Select(r => (r[1], r[2], r[3], r[4], r[5])).OrderByDescending(r => r.Item2, StringComparer.Ordinal));
    }

    [Theory]
    // From 1/7/2025 Decree 152/2025 replaced Decree 98/2023: a tờ trình cites the texts in force on the day it is signed.
    [InlineData(2026, 3, 10, "Nghị định 152/2025/NĐ-CP")]
    [InlineData(2025, 7, 1, "Nghị định 152/2025/NĐ-CP")]
    [InlineData(2025, 6, 30, "Nghị định 98/2023/NĐ-CP")]
    public async Task A_sent_submission_carries_its_number_and_date_and_cites_the_decree_in_force_that_day(int y, int m, int d, string decree)
    {
        var (b, id) = await ProposalAsync();
        await using var _ = b;
        var signed = new DateOnly(y, m, d);
        Ok(await b.Proposals().SendAsync(id, new ProposalSendInput(7, signed, "Nguyễn Văn Ký"), Chairman));

        var doc = await DocumentAsync(b, id);
        Assert.Equal(((int?)7, (DateOnly?)signed, (int?)y, "Nguyễn Văn Ký"), (doc.Number, doc.Date, doc.Year, doc.Signature.SignerName));
        Assert.Equal(
            [
                "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;",
                $"Căn cứ {decree};",
                "Căn cứ Thi đua cải cách hành chính;",
                "Xét đề nghị của Hội đồng Thi đua - Khen thưởng phường Trần Hưng Đạo.",
            ],
            doc.LegalBases);
    }

    [Fact]
    public async Task A_movement_with_a_plan_number_is_cited_by_number_and_issuer()
    {
        var (b, id) = await ProposalAsync();
        await using var _ = b;
        await using (var db = b.Commune.Open())
        {
            var movement = db.Movements.Single(x => x.Id == b.MovementId);
            movement.DocumentNumber = "45/KH-UBND";
            await db.SaveChangesAsync();
        }

        var doc = await DocumentAsync(b, id);
        Assert.Equal("Căn cứ Kế hoạch số 45/KH-UBND của UBND phường Trần Hưng Đạo về thi đua cải cách hành chính;", doc.LegalBases[2]);
    }

    [Fact]
    public async Task An_unknown_proposal_has_no_document()
    {
        await using var b = await CreateAsync();
        Assert.Null(await new ProposalDocuments(b.Commune.Open(), b.Proposals(), AwardCompetence.Default).SubmissionAsync(Guid.NewGuid()));
    }
}
