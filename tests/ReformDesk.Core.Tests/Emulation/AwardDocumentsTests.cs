using ReformDesk.Core.Documents;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using static ReformDesk.Core.Tests.Emulation.EmulationBuilder;

namespace ReformDesk.Core.Tests.Emulation;

/// <summary>
/// The papers an award round produces, built from the database of a ward: the council's tờ trình, the Chairman's decision,
/// the Giấy khen, each nominee's báo cáo thành tích and the rounds section of the launch plan — who is listed, in which
/// order, under which law, with which number and date, and who signs.
/// </summary>
public sealed class AwardDocumentsTests
{
    private const string Signer = "Đào Quang Dương";

    private static EmulationDocuments Documents(EmulationBuilder b) => new(b.Commune.Open(), b.Commune.Clock);

    private static List<string> Texts(AdministrativeDocument document) => document.Body.Select(block => block switch
    {
        Block.Heading h => h.Text,
        Block.Paragraph p => p.Text,
        Block.Bullet u => "- " + u.Text,
        Block.Article a => $"Điều {a.Number}. {a.Text}",
        _ => "",
    }).ToList();

    private static List<string[]> Rows(AdministrativeDocument document, int table = 0) =>
        document.Body.OfType<Block.Table>().ElementAt(table).Rows.Select(r => r.ToArray()).ToList();

    /// <summary>A ward with two approved people, the unit approved as a collective, and one nomination still only checked.</summary>
    private static async Task<(EmulationBuilder B, Nomination Hoa, Nomination Nam, Nomination Unit)> ApprovedRoundAsync()
    {
        var b = await CreateAsync();
        await b.SetLocalityAsync(LocalityType.Ward);
        var nam = await b.NominationAsync("Lý Văn Nam", status: NominationStatus.Approved);
        var hoa = await b.NominationAsync("Ngô Thị Hoa", status: NominationStatus.Approved);
        var unit = await b.CollectiveAsync();
        await b.NominationAsync("Đinh Văn Long", status: NominationStatus.Checked);
        return (b, hoa, nam, unit);
    }

    [Fact]
    public async Task The_submission_lists_only_approved_nominees_collectives_first_then_people_by_name_and_addresses_the_wards_Chairman()
    {
        var (b, _, _, _) = await ApprovedRoundAsync();
        await using var _ = b;
        await b.ChairmanPostAsync("Trần Quốc Toản");

        var doc = (await Documents(b).SubmissionAsync(b.RoundId))!;
        Assert.Equal(("ỦY BAN NHÂN DÂN PHƯỜNG TRẦN HƯNG ĐẠO", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", DocumentType.Submission), (doc.ParentBody, doc.IssuingBody, doc.Type));
        Assert.Equal(((int?)null, (DateOnly?)null, (int?)2026, "Trần Hưng Đạo"), (doc.Number, doc.Date, doc.Year, doc.Place));
        Assert.Equal("Về việc đề nghị khen thưởng tập thể, cá nhân (khen thưởng hằng năm 2025)", doc.Subject);
        Assert.Equal(["Chủ tịch Ủy ban nhân dân phường Trần Hưng Đạo"], doc.AddressedTo);
        Assert.Equal(["Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;", "Căn cứ Nghị định 152/2025/NĐ-CP;", "Căn cứ Thi đua cải cách hành chính."], doc.LegalBases);
        Assert.Equal("Hội đồng Thi đua - Khen thưởng phường Trần Hưng Đạo đã xét hồ sơ đề nghị của các đơn vị và kính trình Chủ tịch Ủy ban nhân dân xem xét, "
            + "khen thưởng 1 tập thể và 2 cá nhân, cụ thể như sau:", Texts(doc)[0]);
        const string giayKhen = "Giấy khen của Chủ tịch Ủy ban nhân dân phường";
        Assert.Equal(
            [
                ["1", "Phòng Kinh tế", "Phòng Kinh tế", giayKhen, "Tập thể hoàn thành xuất sắc nhiệm vụ năm 2025"],
                ["2", "Lý Văn Nam", "Phòng Kinh tế", giayKhen, "Hoàn thành xuất sắc nhiệm vụ cải cách hành chính"],
                ["3", "Ngô Thị Hoa", "Phòng Kinh tế", giayKhen, "Hoàn thành xuất sắc nhiệm vụ cải cách hành chính"],
            ],
            Rows(doc));
        Assert.Equal(new Signature("TM. HỘI ĐỒNG", "CHỦ TỊCH", "Trần Quốc Toản"), doc.Signature);
        Assert.Null(await Documents(b).SubmissionAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task A_submission_of_people_only_says_so_and_cites_the_movements_plan_by_number()
    {
        await using var b = await CreateAsync();
        await using (var db = b.Commune.Open())
        {
            var movement = db.Movements.Single(m => m.Id == b.MovementId);
            movement.DocumentNumber = "15/KH-UBND";
            await db.SaveChangesAsync();
        }

        await b.NominationAsync("Ngô Thị Hoa", status: NominationStatus.Approved);
        var doc = (await Documents(b).SubmissionAsync(b.RoundId))!;
        Assert.Equal("Về việc đề nghị khen thưởng cá nhân (khen thưởng hằng năm 2025)", doc.Subject);
        Assert.Equal("Căn cứ Kế hoạch số 15/KH-UBND của UBND phường Trần Hưng Đạo về thi đua cải cách hành chính.", doc.LegalBases[2]);
        Assert.EndsWith("khen thưởng 1 cá nhân, cụ thể như sau:", Texts(doc)[0]);
        // Nobody holds the Chairman's post yet: a dotted line is left for the signature, as on every other paper.
        Assert.Equal(CommuneLetterhead.Blank, doc.Signature!.SignerName);
    }

    [Fact]
    public async Task The_decision_lists_its_awardees_with_their_kind_and_names_those_responsible_in_article_3()
    {
        var (b, _, _, _) = await ApprovedRoundAsync();
        await using var _ = b;
        var decision = Ok(await b.Decisions().IssueAsync(b.RoundId, Chairman, 15, new DateOnly(2026, 3, 10), Signer));

        var doc = (await Documents(b).DecisionAsync(decision.Id))!;
        Assert.Equal(("ỦY BAN NHÂN DÂN\nPHƯỜNG TRẦN HƯNG ĐẠO", DocumentType.Decision, (int?)15, (DateOnly?)new DateOnly(2026, 3, 10)),
            (doc.IssuingBody, doc.Type, doc.Number, doc.Date));
        Assert.Equal("Về việc khen thưởng tập thể, cá nhân có thành tích trong phong trào thi đua (khen thưởng hằng năm 2025)", doc.Subject);
        Assert.Equal("CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG TRẦN HƯNG ĐẠO", doc.EnactingAuthority);
        Assert.Equal(
            [
                "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;", "Căn cứ Nghị định 152/2025/NĐ-CP;", "Căn cứ Thi đua cải cách hành chính;",
                "Theo đề nghị của Hội đồng Thi đua - Khen thưởng phường Trần Hưng Đạo.",
            ],
            doc.LegalBases);
        var texts = Texts(doc);
        Assert.Equal("Điều 1. Khen thưởng 1 tập thể và 2 cá nhân có thành tích trong phong trào thi đua (khen thưởng hằng năm 2025), gồm:", texts[0]);
        Assert.Equal("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", texts[2]);
        Assert.Equal("Điều 3. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường Trần Hưng Đạo, Thủ trưởng các đơn vị có liên quan và "
            + "các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.", texts[3]);
        // As award decisions list them: the collective first, then people by name.
        Assert.Equal([("1", "Phòng Kinh tế", "Tập thể"), ("2", "Lý Văn Nam", "Cá nhân"), ("3", "Ngô Thị Hoa", "Cá nhân")], Rows(doc).Select(r => (r[0], r[1], r[2])));
        Assert.Equal(new Signature(null, "CHỦ TỊCH", Signer), doc.Signature);
        Assert.Null(await Documents(b).DecisionAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task A_decision_for_one_person_before_July_2025_cites_decree_98_and_speaks_of_one_person()
    {
        await using var b = await CreateAsync();
        await b.NominationAsync("Ngô Thị Hoa", status: NominationStatus.Approved);
        var decision = Ok(await b.Decisions().IssueAsync(b.RoundId, Chairman, 3, new DateOnly(2025, 6, 20), Signer));

        var doc = (await Documents(b).DecisionAsync(decision.Id))!;
        Assert.Equal("Căn cứ Nghị định 98/2023/NĐ-CP;", doc.LegalBases[1]);
        Assert.Equal("Về việc khen thưởng cá nhân có thành tích trong phong trào thi đua (khen thưởng hằng năm 2025)", doc.Subject);
        var texts = Texts(doc);
        Assert.StartsWith("Điều 1. Khen thưởng 1 cá nhân có thành tích", texts[0]);
        Assert.Contains("Thủ trưởng các đơn vị có liên quan và cá nhân có tên tại Điều 1", texts[3]);
    }

    [Fact]
    public async Task The_giay_khen_names_the_person_with_their_post_the_achievement_and_the_decision()
    {
        var (b, hoa, _, unit) = await ApprovedRoundAsync();
        await using var _ = b;
        var decision = Ok(await b.Decisions().IssueAsync(b.RoundId, Chairman, 7, new DateOnly(2026, 3, 10), Signer));
        var records = await b.Decisions().RecordsOfAsync(decision.Id);

        var doc = (await Documents(b).CertificateAsync(records.Single(r => r.NominationId == hoa.Id).Id))!;
        Assert.Equal((DocumentType.Certificate, "Ngô Thị Hoa", (DateOnly?)new DateOnly(2026, 3, 10), (int?)2026), (doc.Type, doc.Subject, doc.Date, doc.Year));
        Assert.Equal(
            [
                "Chủ tịch Ủy ban nhân dân phường Trần Hưng Đạo tặng Giấy khen cho cá nhân Ngô Thị Hoa (Chuyên viên, Phòng Kinh tế),",
                "đã có thành tích: Hoàn thành xuất sắc nhiệm vụ cải cách hành chính.",
                "Quyết định khen thưởng số 07/QĐ-UBND ngày 10/03/2026.",
            ],
            Texts(doc));
        Assert.Equal(Signer, doc.Signature!.SignerName);

        var collective = (await Documents(b).CertificateAsync(records.Single(r => r.NominationId == unit.Id).Id))!;
        Assert.Equal("Chủ tịch Ủy ban nhân dân phường Trần Hưng Đạo tặng Giấy khen cho tập thể Phòng Kinh tế,", Texts(collective)[0]);
    }

    [Fact]
    public async Task No_giay_khen_is_printed_for_a_revoked_award_a_title_or_an_unknown_record()
    {
        await using var b = await CreateAsync();
        var hoa = await b.NominationAsync("Ngô Thị Hoa", status: NominationStatus.Approved);
        await b.NominationAsync("Lý Văn Nam", AwardKind.LaoDongTienTien, NominationStatus.Approved);
        var decision = Ok(await b.Decisions().IssueAsync(b.RoundId, Chairman, 8, Today, Signer));
        var records = await b.Decisions().RecordsOfAsync(decision.Id);
        var giayKhen = records.Single(r => r.NominationId == hoa.Id);
        var title = records.Single(r => r.NominationId != hoa.Id);

        Assert.NotNull(await Documents(b).CertificateAsync(giayKhen.Id));
        Assert.Null(await Documents(b).CertificateAsync(title.Id));
        Assert.Null(await Documents(b).CertificateAsync(Guid.NewGuid()));
        Ok(await b.Decisions().RevokeAsync(giayKhen.Id, Chairman, "Thành tích không đúng sự thật"));
        Assert.Null(await Documents(b).CertificateAsync(giayKhen.Id));
    }

    [Fact]
    public async Task The_achievement_report_of_a_person_gives_their_post_initiatives_of_the_round_years_and_earlier_awards()
    {
        await using var b = await CreateAsync();
        await b.SetLocalityAsync(LocalityType.Ward);
        var hoa = await b.NominationAsync("Ngô Thị Hoa", status: NominationStatus.Submitted);
        var personId = hoa.NomineePersonId!.Value;
        await using (var db = b.Commune.Open())
        {
            Initiative Recognised(string title, string number, DateOnly date, Guid? author)
            {
                var i = Ok(Initiative.Propose(new InitiativeInput(title, "Ngô Thị Hoa", author, Effect: "Rút ngắn thời gian giải quyết 30%")));
                Ok(i.Evaluate("Có tính mới, áp dụng được", date));
                Ok(i.Recognise(number, date, Today));
                return i;
            }

            db.Initiatives.AddRange(
                Recognised("Số hóa hồ sơ hộ tịch", "21/QĐ-UBND", new DateOnly(2025, 9, 5), personId),
                Recognised("Sổ tay thủ tục cũ", "02/QĐ-UBND", new DateOnly(2023, 4, 1), personId),
                Recognised("Sáng kiến của người khác", "22/QĐ-UBND", new DateOnly(2025, 9, 6), null));
            db.Initiatives.Add(Ok(Initiative.Propose(new InitiativeInput("Chưa công nhận", "Ngô Thị Hoa", personId))));
            db.AwardRecords.AddRange(
                new AwardRecord { NomineeKind = NomineeKind.Individual, PersonId = personId, NomineeName = "Ngô Thị Hoa", AwardKind = AwardKind.LaoDongTienTien,
                    Year = 2024, DecisionNumber = "40/QĐ-UBND", DecisionDate = new DateOnly(2024, 12, 20), AchievementSummary = "Hoàn thành tốt nhiệm vụ" },
                new AwardRecord { NomineeKind = NomineeKind.Individual, PersonId = personId, NomineeName = "Ngô Thị Hoa", AwardKind = AwardKind.GiayKhenChuTichXa,
                    Year = 2023, PeriodFrom = 2021, DecisionNumber = "11/QĐ-UBND", AchievementSummary = "Tổng kết giai đoạn" },
                new AwardRecord { NomineeKind = NomineeKind.Individual, PersonId = personId, NomineeName = "Ngô Thị Hoa", AwardKind = AwardKind.LaoDongTienTien,
                    Year = 2022, DecisionNumber = "09/QĐ-UBND", Revoked = true, AchievementSummary = "Đã thu hồi" });
            await db.SaveChangesAsync();
        }

        var doc = (await Documents(b).AchievementReportAsync(hoa.Id))!;
        Assert.Equal(("PHÒNG KINH TẾ", DocumentType.Report, (DateOnly?)new DateOnly(2026, 1, 10), (int?)2025), (doc.IssuingBody, doc.Type, doc.Date, doc.Year));
        Assert.Equal("Thành tích đề nghị tặng Giấy khen của Chủ tịch Ủy ban nhân dân phường (khen thưởng hằng năm 2025)", doc.Subject);
        var texts = Texts(doc);
        Assert.Equal(["I. SƠ LƯỢC LÝ LỊCH", "- Họ và tên: Ngô Thị Hoa.", "- Đơn vị công tác: Phòng Kinh tế.", "- Chức vụ: Chuyên viên."], texts.Take(4));
        Assert.Contains("Hoàn thành xuất sắc nhiệm vụ cải cách hành chính", texts);
        // Only her own recognised initiative of the round's year; the 2023 one, another's and an unrecognised one are left out.
        Assert.Equal([["1", "Số hóa hồ sơ hộ tịch", "21/QĐ-UBND ngày 05/09/2025", "Rút ngắn thời gian giải quyết 30%"]], Rows(doc, 0));
        // Earlier awards oldest first, a period award with its years, a revoked one left out.
        Assert.Equal(
            [
                ["2021-2023", "Giấy khen của Chủ tịch Ủy ban nhân dân phường", "11/QĐ-UBND"],
                ["2024", "Lao động tiên tiến", "40/QĐ-UBND ngày 20/12/2024"],
            ],
            Rows(doc, 1));
        Assert.Equal("Xác nhận của thủ trưởng đơn vị (Phòng Kinh tế): ……………………………………", texts[^1]);
        Assert.Equal(new Signature(null, "NGƯỜI BÁO CÁO THÀNH TÍCH", "Ngô Thị Hoa"), doc.Signature);
        Assert.Null(await Documents(b).AchievementReportAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task The_achievement_report_of_a_collective_without_records_says_so_and_is_signed_by_the_head_of_unit()
    {
        await using var b = await CreateAsync();
        var unit = await b.CollectiveAsync(status: NominationStatus.Checked);
        await using (var db = b.Commune.Open())
        {
            var round = db.NominationRounds.Single(r => r.Id == b.RoundId);
            round.Deadline = new DateOnly(2026, 2, 15);
            await db.SaveChangesAsync();
        }

        var doc = (await Documents(b).AchievementReportAsync(unit.Id))!;
        var texts = Texts(doc);
        Assert.Equal(["I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH", "- Tên tập thể: Phòng Kinh tế.", "- Đơn vị đề nghị: Phòng Kinh tế."], texts.Take(3));
        Assert.Contains("Không có sáng kiến được công nhận trong thời gian đề nghị khen thưởng.", texts);
        Assert.Contains("Chưa được khen thưởng.", texts);
        Assert.Empty(doc.Body.OfType<Block.Table>());
        // Reports for 2025 are written when the deadline falls in 2026: the paper carries 2026.
        Assert.Equal(2026, doc.Year);
        Assert.Equal(new Signature(null, "THỦ TRƯỞNG ĐƠN VỊ", CommuneLetterhead.Blank), doc.Signature);
    }

    [Fact]
    public async Task The_launch_plan_gives_each_rounds_deadline_and_quota_and_the_movements_targets()
    {
        await using var b = await CreateAsync();
        await using (var db = b.Commune.Open())
        {
            var round = db.NominationRounds.Single(r => r.Id == b.RoundId);
            (round.Deadline, round.DeadlineInclusive, round.MaxCollectivesPerUnit, round.MaxIndividualsPerUnit) = (new DateOnly(2026, 1, 31), true, 1, 3);
            db.NominationRounds.Add(new ReformDesk.Core.Emulation.NominationRound
            {
                MovementId = b.MovementId, Kind = RoundKind.PeriodEnd, Year = 2026, FromYear = 2025, Deadline = new DateOnly(2026, 12, 15), MaxIndividualsPerUnit = 2,
            });
            db.Targets.AddRange(
                new ReformDesk.Core.Targets.Target { MovementId = b.MovementId, Text = "Hồ sơ giải quyết đúng hạn", Threshold = 98.5,
                    PeriodStart = new DateOnly(2025, 1, 1), PeriodEnd = new DateOnly(2025, 12, 31) },
                new ReformDesk.Core.Targets.Target { MovementId = b.MovementId, Text = "Xây dựng văn hóa công sở",
                    PeriodStart = new DateOnly(2025, 1, 1), PeriodEnd = new DateOnly(2026, 12, 31) });
            await db.SaveChangesAsync();
        }

        var doc = (await Documents(b).LaunchPlanAsync(b.MovementId))!;
        var texts = Texts(doc);
        Assert.Equal(
            [
                "- Khen thưởng hằng năm 2025; hồ sơ nộp đến hết ngày 31/01/2026; mỗi đơn vị đề nghị không quá 01 tập thể, 03 cá nhân.",
                "- Khen thưởng tổng kết giai đoạn 2025 - 2026; hồ sơ nộp trước ngày 15/12/2026; mỗi đơn vị đề nghị không quá số tập thể không hạn chế, 02 cá nhân.",
            ],
            texts.SkipWhile(t => t != "IV. KHEN THƯỞNG").Skip(1).Take(2));
        Assert.Equal(
            [
                ["1", "Hồ sơ giải quyết đúng hạn", "≥ 98,5%", "01/01/2025 - 31/12/2025"],
                ["2", "Xây dựng văn hóa công sở", "Định tính", "01/01/2025 - 31/12/2026"],
            ],
            Rows(doc));
        Assert.Equal((int?)2025, doc.Year);
        Assert.Equal(["Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;", "Căn cứ Nghị định 98/2023/NĐ-CP;",
            "Ủy ban nhân dân phường Trần Hưng Đạo ban hành Kế hoạch phát động phong trào thi đua như sau:"], doc.LegalBases);
    }

    [Theory]
    [InlineData("12/KH-UBND", 12)]
    [InlineData("07-KH", 7)]
    [InlineData("KH-12", null)]
    [InlineData("0/KH", null)]
    [InlineData(null, null)]
    public async Task The_launch_plan_takes_its_number_from_the_leading_digits_of_the_movements_document(string? documentNumber, int? number)
    {
        await using var b = await CreateAsync();
        await using (var db = b.Commune.Open())
        {
            db.Movements.Single(m => m.Id == b.MovementId).DocumentNumber = documentNumber;
            await db.SaveChangesAsync();
        }

        Assert.Equal(number, (await Documents(b).LaunchPlanAsync(b.MovementId))!.Number);
    }

    [Fact]
    public async Task The_minutes_of_a_secret_ballot_without_quorum_say_the_meeting_could_not_decide_and_name_no_voter()
    {
        await using var b = await CreateAsync();
        var hoa = await b.NominationAsync("Ngô Thị Hoa");
        var (meeting, seats) = await b.MeetingAsync(Five, ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"], secretBallot: true);
        Ok(await b.Council().RecordCountAsync(meeting.Id, hoa.Id, [seats["Nguyễn Văn An"], seats["Trần Thị Bình"], seats["Lê Văn Cường"]], 3, 0, 0, Member));
        Ok(await b.Council().TallyAsync(meeting.Id, hoa.Id, Member));

        var minutes = (await Documents(b).MinutesAsync(meeting.Id))!;
        var texts = Texts(minutes);
        Assert.Contains("Tổng số thành viên Hội đồng: 5; có mặt: 3; vắng mặt: 2.", texts);
        Assert.StartsWith("Số thành viên có mặt là 3/5, chưa bảo đảm tỷ lệ tối thiểu 2/3 số thành viên (4 thành viên) theo ", texts[texts.IndexOf("III. NỘI DUNG") + 1]);
        Assert.Contains("Không có thành viên nào rút khỏi việc xét hồ sơ.", texts);
        Assert.Contains("Hội đồng xét 1 hồ sơ đề nghị khen thưởng (khen thưởng hằng năm 2025) bằng hình thức bỏ phiếu kín; kết quả như sau:", texts);
        // Without quorum the board's 3 ballots are not counted and the nomination stays checked: the row reads "not yet counted"
        // and the conclusion proposes no one.
        Assert.Equal([["1", "Ngô Thị Hoa", "Không", "0", "0", "Chưa kiểm phiếu"]], Rows(minutes).Select(r => new[] { r[0], r[1], r[3], r[4], r[5], r[6] }));
        Assert.Equal("Hội đồng chưa đề nghị khen thưởng trường hợp nào tại phiên họp này.", texts[texts.IndexOf("IV. KẾT LUẬN") + 1]);
        Assert.Equal(CommuneLetterhead.Blank, minutes.Signature!.SignerName);
    }

    [Fact]
    public async Task The_minutes_of_a_rejected_secret_ballot_give_the_reason_and_who_was_present()
    {
        await using var b = await CreateAsync();
        var hoa = await b.NominationAsync("Ngô Thị Hoa");
        var (meeting, seats) = await b.MeetingAsync(Five, Five, secretBallot: true);
        Ok(await b.Council().RecordCountAsync(meeting.Id, hoa.Id, seats.Values.ToList(), 3, 2, 0, Member));
        Ok(await b.Council().TallyAsync(meeting.Id, hoa.Id, Member));

        var texts = Texts((await Documents(b).MinutesAsync(meeting.Id))!);
        Assert.Equal(["Thành viên có mặt:", "- Nguyễn Văn An, Chủ tịch Hội đồng"], texts.SkipWhile(t => t != "Thành viên có mặt:").Take(2));
        Assert.Equal(["Thành viên vắng mặt:", "- Không có."], texts.SkipWhile(t => t != "Thành viên vắng mặt:").Take(2));
        Assert.Contains("- Ngô Thị Hoa: Không đạt tỷ lệ: 3/5 phiếu đồng ý (bỏ phiếu kín), cần ít nhất 4 (70% tổng số thành viên Hội đồng).", texts);
        Assert.Equal("Hội đồng chưa đề nghị khen thưởng trường hợp nào tại phiên họp này.", texts[texts.IndexOf("IV. KẾT LUẬN") + 1]);
    }
}
