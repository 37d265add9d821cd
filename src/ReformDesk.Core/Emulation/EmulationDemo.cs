using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Demo;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Emulation;

/// <summary>
/// Demo only: for seed 000 (phường Việt Hòa) the 2026 annual round with the plan's own settings (≤1 collective,
/// ≤2 individuals per unit, dossier before 31/3/2027) and a handful of clearly marked sample nominations.
/// Idempotent: nothing is added when the round exists.
/// </summary>
public static class EmulationDemo
{
    public const string DemoNote = "Dữ liệu minh họa (demo)";

    public static async Task<int> SeedAsync(ReformDeskDbContext db, Tenant tenant, DateOnly today, CancellationToken ct = default)
    {
        var movement = await db.Movements.Where(m => m.TenantId == tenant.Id && m.SourceDocument != null).OrderBy(m => m.StartYear).FirstOrDefaultAsync(ct);
        if (movement is null || await db.NominationRounds.AnyAsync(r => r.TenantId == tenant.Id && r.MovementId == movement.Id, ct))
        {
            return 0;
        }

        var units = await db.Units.Where(u => u.TenantId == tenant.Id).ToListAsync(ct);
        // The same unit the demo's officer and department-head accounts belong to (DemoSeeder): they propose its people.
        var secretariat = units.FirstOrDefault(u => u.Note?.Contains("cơ quan thường trực", StringComparison.OrdinalIgnoreCase) == true)
            ?? units.FirstOrDefault(u => u.Kind == UnitKind.Department);
        var other = units.FirstOrDefault(u => u.Kind == UnitKind.Department && u.Id != secretariat?.Id);
        if (secretariat is null || other is null)
        {
            return 0;
        }

        var year = movement.StartYear;
        var round = new NominationRound
        {
            TenantId = tenant.Id,
            MovementId = movement.Id,
            Kind = RoundKind.Annual,
            Year = year,
            FromYear = year,
            Deadline = new DateOnly(year + 1, 3, 31),
            MaxCollectivesPerUnit = 1,
            MaxIndividualsPerUnit = 2,
        };
        db.NominationRounds.Add(round);

        Person NewPerson(string name, string title, Unit unit)
        {
            var p = new Person { TenantId = tenant.Id, FullName = name, Note = DemoNote };
            db.People.Add(p);
            db.PositionTenures.Add(new PositionTenure { TenantId = tenant.Id, PersonId = p.Id, UnitId = unit.Id, Title = title, FromYear = year });
            return p;
        }

        var nhung = NewPerson("Nguyễn Thị Hồng Nhung", $"Chuyên viên {secretariat.Name}", secretariat);
        var binh = NewPerson("Trần Văn Bình", $"Chuyên viên {other.Name}", other);
        var tuan = NewPerson("Lê Minh Tuấn", $"Công chức {secretariat.Name}", secretariat);
        // Not yet nominated: the person an officer of the secretariat proposes in the award journey.
        var hung = NewPerson("Nguyễn Văn Hùng", $"Công chức {secretariat.Name}", secretariat);
        // His appraisal of the year before is the achievement the award journey picks from his records.
        var appraisal = Appraisal.OfPerson(hung.Id, year - 1, AppraisalResult.HoanThanhXuatSac, "210/QĐ-UBND", new DateOnly(year - 1, 12, 22), DemoNote);
        appraisal.TenantId = tenant.Id;
        db.Appraisals.Add(appraisal);
        var lan = NewPerson("Phạm Thị Lan", $"Chuyên viên {other.Name}", other);
        var submitted = today < round.Deadline ? today : round.Deadline.Value.AddDays(-1);

        var initiative = DemoStep.Must(Initiative.Propose(new InitiativeInput(
            "Số hóa sổ theo dõi hồ sơ một cửa bằng mã QR (minh họa)", nhung.FullName, nhung.Id, secretariat.Id,
            "Tra cứu tình trạng hồ sơ mất nhiều thời gian.", "Dán mã QR lên phiếu hẹn, tra cứu trên Cổng thông tin.",
            "Giảm thời gian tra cứu, người dân tự theo dõi hồ sơ.")));
        initiative.TenantId = tenant.Id;
        DemoStep.Must(initiative.Evaluate("Có tính mới, đã áp dụng tại bộ phận một cửa (minh họa)", new DateOnly(year, 6, 5)));
        DemoStep.Must(initiative.Recognise("05/QĐ-UBND", new DateOnly(year, 6, 15), new DateOnly(year, 6, 15)));
        db.Initiatives.Add(initiative);

        // The completed round of the year before: council meeting, decision and award history.
        await SeedCompletedRoundAsync(db, tenant, movement, year - 1, [(tuan, secretariat), (lan, other)], ct);

        var submittedOne = new Nomination
        {
            TenantId = tenant.Id, MovementId = movement.Id, RoundId = round.Id, NomineeKind = NomineeKind.Collective,
            NomineeUnitId = secretariat.Id, NomineeName = secretariat.Name, UnitId = secretariat.Id, AwardKind = AwardKind.GiayKhenChuTichXa,
            AchievementSummary = $"Tham mưu triển khai kế hoạch CCHC năm {year} đúng tiến độ (minh họa)", AchievementKey = $"cchc:{year}:tap-the",
            CreatedBy = DemoNote,
        };
        DemoStep.Must(submittedOne.Submit(submitted));
        var checkedOne = new Nomination
        {
            TenantId = tenant.Id, MovementId = movement.Id, RoundId = round.Id, NomineeKind = NomineeKind.Individual,
            NomineePersonId = nhung.Id, NomineeName = nhung.FullName, UnitId = secretariat.Id, AwardKind = AwardKind.GiayKhenChuTichXa,
            AchievementSummary = "Có sáng kiến số hóa sổ theo dõi hồ sơ một cửa được công nhận (minh họa)", AchievementKey = "sang-kien:05/QĐ-UBND",
            CreatedBy = DemoNote,
        };
        DemoStep.Must(checkedOne.Submit(submitted));
        DemoStep.Must(checkedOne.ConfirmItems(["CHUNG.GUONG_MAU_CHAP_HANH", "CHUNG.THANH_TICH"]));
        DemoStep.Must(checkedOne.MarkChecked());
        db.Nominations.AddRange(
            submittedOne,
            checkedOne,
            new Nomination
            {
                TenantId = tenant.Id, MovementId = movement.Id, RoundId = round.Id, NomineeKind = NomineeKind.Individual,
                NomineePersonId = binh.Id, NomineeName = binh.FullName, UnitId = other.Id, AwardKind = AwardKind.GiayKhenChuTichXa,
                AchievementSummary = $"Tích cực tham gia rà soát thủ tục hành chính năm {year} (minh họa)", AchievementKey = $"cchc:{year}",
                CreatedBy = DemoNote,
            });

        await db.SaveChangesAsync(ct);
        return 20;
    }

    /// <summary>
    /// A completed annual round of <paramref name="year"/> in its own movement: two individuals nominated, checked, voted
    /// (4 of 5 members present, 4 agree), and awarded the commune Giấy khen by decision 30/QĐ-UBND of 20/01 the next year.
    /// </summary>
    private static async Task SeedCompletedRoundAsync(ReformDeskDbContext db, Tenant tenant, Movement current, int year,
        IReadOnlyList<(Person Person, Unit Unit)> nominees, CancellationToken ct)
    {
        var movement = new Movement
        {
            TenantId = tenant.Id,
            Title = $"Phong trào thi đua đẩy mạnh cải cách hành chính năm {year} (minh họa)",
            StartYear = year,
            EndYear = year,
            IssuingBody = current.IssuingBody,
        };
        db.Movements.Add(movement);
        var round = new NominationRound
        {
            TenantId = tenant.Id, MovementId = movement.Id, Kind = RoundKind.Annual, Year = year, FromYear = year,
            Deadline = new DateOnly(year + 1, 3, 31), MaxCollectivesPerUnit = 1, MaxIndividualsPerUnit = 2,
        };
        db.NominationRounds.Add(round);

        string[] names = ["Phạm Văn Hải", "Vũ Thị Thu", "Hoàng Minh Đức", "Đỗ Thị Mai", "Bùi Văn Long"];
        CouncilRole[] roles = [CouncilRole.Chairman, CouncilRole.ViceChairman, CouncilRole.StandingMember, CouncilRole.Member, CouncilRole.Secretary];
        var council = await db.Councils.FirstOrDefaultAsync(c => c.TenantId == tenant.Id, ct);
        if (council is null)
        {
            council = new Council
            {
                TenantId = tenant.Id, DecisionNumber = "05/QĐ-UBND", DecisionDate = new DateOnly(year, 1, 15),
                RuleSource = "Quy chế hoạt động của Hội đồng (minh họa): có mặt ít nhất 2/3 thành viên; đề nghị khen thưởng khi được ít nhất 70% tổng số thành viên đồng ý",
            };
            db.Councils.Add(council);
        }

        var meeting = new CouncilMeeting
        {
            TenantId = tenant.Id, RoundId = round.Id, Date = new DateOnly(year + 1, 1, 12), CouncilId = council.Id, SecretBallot = true,
            QuorumNumerator = council.QuorumNumerator, QuorumDenominator = council.QuorumDenominator, PassPercent = council.PassPercent,
            ThresholdBase = council.ThresholdBase, RuleSource = council.RuleSource,
        };
        db.CouncilMeetings.Add(meeting);
        var seated = new List<CouncilMeetingMember>();
        for (var i = 0; i < names.Length; i++)
        {
            var name = names[i];
            var person = await db.People.FirstOrDefaultAsync(p => p.TenantId == tenant.Id && p.FullName == name, ct);
            if (person is null)
            {
                person = new Person { TenantId = tenant.Id, FullName = name, Note = DemoNote };
                db.People.Add(person);
            }

            db.CouncilMemberships.Add(new CouncilMembership { TenantId = tenant.Id, CouncilId = council.Id, PersonId = person.Id, Role = roles[i] });
            var member = new CouncilMeetingMember { TenantId = tenant.Id, MeetingId = meeting.Id, PersonId = person.Id, Name = name, Role = roles[i], Present = i < 4, Order = i };
            db.CouncilMeetingMembers.Add(member);
            seated.Add(member);
        }

        var chairman = await (from t in db.PositionTenures
                              join p in db.People on t.PersonId equals p.Id
                              where t.TenantId == tenant.Id && t.Title.StartsWith("Chủ tịch UBND") && t.ToYear == null
                              select p.FullName).FirstOrDefaultAsync(ct);
        var decision = new AwardDecision { TenantId = tenant.Id, RoundId = round.Id, Number = 30, Date = new DateOnly(year + 1, 1, 20), Signer = chairman ?? "Phạm Văn Hải" };
        db.AwardDecisions.Add(decision);

        foreach (var (person, unit) in nominees)
        {
            var summary = $"Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm {year} (minh họa)";
            var nomination = new Nomination
            {
                TenantId = tenant.Id, MovementId = movement.Id, RoundId = round.Id, NomineeKind = NomineeKind.Individual,
                NomineePersonId = person.Id, NomineeName = person.FullName, UnitId = unit.Id, AwardKind = AwardKind.GiayKhenChuTichXa,
                AchievementSummary = summary, AchievementKey = $"cchc:{year}", CreatedBy = DemoNote,
            };
            DemoStep.Must(nomination.Submit(new DateOnly(year, 12, 15)));
            DemoStep.Must(nomination.ConfirmItems(["CHUNG.GUONG_MAU_CHAP_HANH", "CHUNG.THANH_TICH"]));
            DemoStep.Must(nomination.MarkChecked());
            DemoStep.Must(nomination.RecordCouncilResult(true, $"Phiên họp ngày {VietnamTime.Date(meeting.Date)}: Đạt: 4/5 phiếu đồng ý (minh họa)."));
            DemoStep.Must(nomination.Award(decision.Id));
            db.Nominations.Add(nomination);
            db.CouncilBallotCounts.Add(new CouncilBallotCount { TenantId = tenant.Id, MeetingId = meeting.Id, NominationId = nomination.Id, Agree = 4, RecordedBy = DemoNote });
            foreach (var voter in seated.Where(m => m.Present))
            {
                db.CouncilBallotReceipts.Add(new CouncilBallotReceipt { TenantId = tenant.Id, MeetingId = meeting.Id, NominationId = nomination.Id, MeetingMemberId = voter.Id });
            }

            db.AwardRecords.Add(new AwardRecord
            {
                TenantId = tenant.Id, NomineeKind = NomineeKind.Individual, PersonId = person.Id, NomineeName = person.FullName,
                AwardKind = AwardKind.GiayKhenChuTichXa, Year = year, AchievementKey = $"cchc:{year}", AchievementSummary = summary,
                DecisionId = decision.Id, DecisionNumber = decision.NumberText, DecisionDate = decision.Date, NominationId = nomination.Id,
            });
        }
    }
}
