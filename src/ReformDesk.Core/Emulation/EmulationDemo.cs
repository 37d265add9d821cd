using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Organisation;
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
        var movement = await db.Movements.Where(m => m.TenantId == tenant.Id).OrderBy(m => m.StartYear).FirstOrDefaultAsync(ct);
        if (movement is null || await db.NominationRounds.AnyAsync(r => r.TenantId == tenant.Id && r.MovementId == movement.Id, ct))
        {
            return 0;
        }

        var units = await db.Units.Where(u => u.TenantId == tenant.Id).ToListAsync(ct);
        var secretariat = units.FirstOrDefault(u => u.Note?.Contains("secretariat", StringComparison.OrdinalIgnoreCase) == true)
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
        var submitted = today < round.Deadline ? today : round.Deadline.Value.AddDays(-1);

        db.Initiatives.Add(new Initiative
        {
            TenantId = tenant.Id,
            Title = "Số hóa sổ theo dõi hồ sơ một cửa bằng mã QR (minh họa)",
            Authors = nhung.FullName,
            AuthorPersonId = nhung.Id,
            UnitId = secretariat.Id,
            Problem = "Tra cứu tình trạng hồ sơ mất nhiều thời gian.",
            Solution = "Dán mã QR lên phiếu hẹn, tra cứu trên Cổng thông tin.",
            Effect = "Giảm thời gian tra cứu, người dân tự theo dõi hồ sơ.",
            Status = InitiativeStatus.Recognised,
            DecisionNumber = "05/QĐ-UBND",
            DecisionDate = new DateOnly(year, 6, 15),
        });

        // A past award, so the history page and the "no second award" rule have something to show.
        db.AwardRecords.Add(new AwardRecord
        {
            TenantId = tenant.Id,
            NomineeKind = NomineeKind.Individual,
            PersonId = tuan.Id,
            NomineeName = tuan.FullName,
            AwardKind = AwardKind.GiayKhenChuTichXa,
            Year = year - 1,
            AchievementKey = $"cchc:{year - 1}",
            AchievementSummary = $"Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm {year - 1} (minh họa)",
            DecisionNumber = "30/QĐ-UBND",
            DecisionDate = new DateOnly(year, 1, 20),
        });

        db.Nominations.AddRange(
            new Nomination
            {
                TenantId = tenant.Id, MovementId = movement.Id, RoundId = round.Id, NomineeKind = NomineeKind.Collective,
                NomineeUnitId = secretariat.Id, NomineeName = secretariat.Name, UnitId = secretariat.Id, AwardKind = AwardKind.GiayKhenChuTichXa,
                AchievementSummary = $"Tham mưu triển khai kế hoạch CCHC năm {year} đúng tiến độ (minh họa)", AchievementKey = $"cchc:{year}:tap-the",
                Status = NominationStatus.Submitted, SubmittedOn = submitted, CreatedBy = DemoNote,
            },
            new Nomination
            {
                TenantId = tenant.Id, MovementId = movement.Id, RoundId = round.Id, NomineeKind = NomineeKind.Individual,
                NomineePersonId = nhung.Id, NomineeName = nhung.FullName, UnitId = secretariat.Id, AwardKind = AwardKind.GiayKhenChuTichXa,
                AchievementSummary = "Có sáng kiến số hóa sổ theo dõi hồ sơ một cửa được công nhận (minh họa)", AchievementKey = "sang-kien:05/QĐ-UBND",
                Status = NominationStatus.Checked, SubmittedOn = submitted, CreatedBy = DemoNote,
                ConfirmedItems = "CHUNG.GUONG_MAU_CHAP_HANH;CHUNG.THANH_TICH",
            },
            new Nomination
            {
                TenantId = tenant.Id, MovementId = movement.Id, RoundId = round.Id, NomineeKind = NomineeKind.Individual,
                NomineePersonId = binh.Id, NomineeName = binh.FullName, UnitId = other.Id, AwardKind = AwardKind.GiayKhenChuTichXa,
                AchievementSummary = $"Tích cực tham gia rà soát thủ tục hành chính năm {year} (minh họa)", AchievementKey = $"cchc:{year}",
                Status = NominationStatus.Draft, CreatedBy = DemoNote,
            });

        await db.SaveChangesAsync(ct);
        return 10;
    }
}
