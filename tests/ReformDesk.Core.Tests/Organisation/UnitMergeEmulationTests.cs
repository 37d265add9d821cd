using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Tests.Emulation;
using static ReformDesk.Core.Tests.Emulation.EmulationBuilder;

namespace ReformDesk.Core.Tests.Organisation;

/// <summary>
/// Merging a unit typed twice ("P. Kinh tế" beside "Phòng Kinh tế") when the emulation work already uses it: nominations,
/// pledges and accounts move, each move is audited, a clash is refused as a whole, and another commune's unit is out of reach.
/// </summary>
public sealed class UnitMergeEmulationTests
{
    private sealed record Duplicate(Guid UnitId, Guid PersonId, Guid NominationId, Guid CollectiveId, Guid PledgeId, Guid AccountId);

    private static UnitMergeService Merge(EmulationBuilder b) => new(b.Commune.Open());

    /// <summary>"P. Kinh tế" with a person, her nomination, the unit's own collective nomination, her pledge and an account.</summary>
    private static async Task<Duplicate> DuplicateAsync(EmulationBuilder b, int pledgeYear = 2025)
    {
        var unit = await b.Commune.UnitAsync("P. Kinh tế");
        await using var db = b.Commune.Open();
        var person = new Person { FullName = "Ngô Thị Hoa" };
        db.People.Add(person);
        db.PositionTenures.Add(new PositionTenure { PersonId = person.Id, UnitId = unit.Id, Title = "Chuyên viên", FromYear = 2022 });
        Nomination Of(NomineeKind kind) => new()
        {
            MovementId = b.MovementId, RoundId = b.RoundId, NomineeKind = kind, UnitId = unit.Id, AwardKind = AwardKind.GiayKhenChuTichXa,
            NomineePersonId = kind == NomineeKind.Individual ? person.Id : null, NomineeUnitId = kind == NomineeKind.Collective ? unit.Id : null,
            NomineeName = kind == NomineeKind.Individual ? "Ngô Thị Hoa" : "P. Kinh tế", AchievementSummary = "Hoàn thành xuất sắc nhiệm vụ",
        };
        var individual = Of(NomineeKind.Individual);
        var collective = Of(NomineeKind.Collective);
        db.Nominations.AddRange(individual, collective);
        var pledge = new Pledge { MovementId = b.MovementId, Year = pledgeYear, UnitId = unit.Id, PersonId = person.Id, AimedTitles = "Lao động tiên tiến", Commitments = "Không để hồ sơ trễ hạn" };
        db.Pledges.Add(pledge);
        var account = new AppUser { TenantId = b.Commune.TenantId, UserName = "hoa.nt", FullName = "Ngô Thị Hoa", UnitId = unit.Id, PersonId = person.Id };
        db.Users.Add(account);
        await db.SaveChangesAsync();
        return new Duplicate(unit.Id, person.Id, individual.Id, collective.Id, pledge.Id, account.Id);
    }

    [Fact]
    public async Task Nominations_pledges_posts_and_accounts_move_to_the_survivor_and_the_summary_counts_them()
    {
        await using var b = await CreateAsync();
        var d = await DuplicateAsync(b);

        var result = Ok(await Merge(b).MergeAsync(d.UnitId, b.UnitId, Secretariat));
        Assert.Equal(("Phòng Kinh tế", "P. Kinh tế"), (result.Survivor.Name, result.Merged.Name));
        // The collective nomination counts twice: both its proposing unit and its nominee were the duplicate.
        Assert.Equal(
            new Dictionary<string, int> { ["Chức vụ theo năm"] = 1, ["Đề nghị khen thưởng"] = 3, ["Đăng ký thi đua"] = 1, ["Tài khoản"] = 1 },
            result.Moved.ToDictionary(kv => kv.Key, kv => kv.Value));

        await using var read = b.Commune.Open();
        var nominations = await read.Nominations.AsNoTracking().Where(n => n.Id == d.NominationId || n.Id == d.CollectiveId).ToListAsync();
        Assert.All(nominations, n => Assert.Equal(b.UnitId, n.UnitId));
        Assert.Equal((Guid?)b.UnitId, nominations.Single(n => n.Id == d.CollectiveId).NomineeUnitId);
        Assert.Equal(b.UnitId, (await read.Pledges.AsNoTracking().SingleAsync(p => p.Id == d.PledgeId)).UnitId);
        Assert.Equal((Guid?)b.UnitId, (await read.Users.AsNoTracking().SingleAsync(u => u.Id == d.AccountId)).UnitId);
        Assert.Equal((Guid?)b.UnitId, (await read.PositionTenures.AsNoTracking().SingleAsync(t => t.PersonId == d.PersonId)).UnitId);
        var merged = await read.Units.AsNoTracking().SingleAsync(u => u.Id == d.UnitId);
        Assert.Equal(((Guid?)b.UnitId, false), (merged.MergedIntoId, merged.IsActive));

        // Once merged, the person is the survivor's: the unit may nominate her, and the board names the survivor.
        Assert.Contains("Ngô Thị Hoa", (await b.Nominations().NominablePeopleAsync(Officer(b.UnitId), b.RoundId, b.UnitId)).Select(p => p.FullName));
        Assert.All(await b.Nominations().BoardAsync(b.MovementId), v => Assert.Equal("Phòng Kinh tế", v.UnitName));
    }

    [Fact]
    public async Task Every_row_the_merge_changes_is_audited_as_an_update_by_the_commune()
    {
        await using var b = await CreateAsync();
        var d = await DuplicateAsync(b);
        List<(AuditAction, string)> before;
        await using (var db = b.Commune.Open())
        {
            before = (await db.AuditEntries.AsNoTracking().ToListAsync()).Select(a => (a.Action, a.EntityId)).ToList();
        }

        Ok(await Merge(b).MergeAsync(d.UnitId, b.UnitId, Secretariat));

        await using var read = b.Commune.Open();
        var added = (await read.AuditEntries.AsNoTracking().ToListAsync()).Where(a => !before.Contains((a.Action, a.EntityId))).ToList();
        Assert.All(added, a => Assert.Equal(AuditAction.Update, a.Action));
        (string, string)[] expected =
        [
            ("Nomination", d.CollectiveId.ToString()), ("Nomination", d.NominationId.ToString()), ("Pledge", d.PledgeId.ToString()), ("Unit", d.UnitId.ToString()),
        ];
        Assert.Equal(
            expected.Order(),
            added.Where(a => a.Entity is "Nomination" or "Pledge" or "Unit").Select(a => (a.Entity, a.EntityId)).Order());
        Assert.Contains(added, a => a.Entity == "PositionTenure");
    }

    [Fact]
    public async Task A_person_pledged_in_both_units_for_the_same_year_stops_the_whole_merge()
    {
        await using var b = await CreateAsync();
        var d = await DuplicateAsync(b);
        await using (var db = b.Commune.Open())
        {
            db.Pledges.Add(new Pledge { MovementId = b.MovementId, Year = 2025, UnitId = b.UnitId, PersonId = d.PersonId, AimedTitles = "Lao động tiên tiến", Commitments = "Bản trùng" });
            await db.SaveChangesAsync();
        }

        Refused(await Merge(b).MergeAsync(d.UnitId, b.UnitId, Secretariat), FailureKind.Conflict,
            "Không hợp nhất được: \"P. Kinh tế\" và \"Phòng Kinh tế\" có dữ liệu trùng nhau (ví dụ cùng đăng ký thi đua một phong trào trong cùng năm); "
            + "hãy xử lý bản trùng rồi hợp nhất lại.");

        // Nothing moved: the nominations, the post and the account are still the duplicate's, which stays active.
        await using var read = b.Commune.Open();
        Assert.Equal(2, await read.Nominations.CountAsync(n => n.UnitId == d.UnitId));
        Assert.Equal((Guid?)d.UnitId, (await read.Users.AsNoTracking().SingleAsync(u => u.Id == d.AccountId)).UnitId);
        var unit = await read.Units.AsNoTracking().SingleAsync(u => u.Id == d.UnitId);
        Assert.Equal(((Guid?)null, true), (unit.MergedIntoId, unit.IsActive));
    }

    [Fact]
    public async Task Pledges_of_the_same_person_for_different_years_both_move()
    {
        await using var b = await CreateAsync();
        var d = await DuplicateAsync(b, pledgeYear: 2026);
        await using (var db = b.Commune.Open())
        {
            db.Pledges.Add(new Pledge { MovementId = b.MovementId, Year = 2025, UnitId = b.UnitId, PersonId = d.PersonId, AimedTitles = "Lao động tiên tiến", Commitments = "Năm 2025" });
            await db.SaveChangesAsync();
        }

        Ok(await Merge(b).MergeAsync(d.UnitId, b.UnitId, Secretariat));
        await using var read = b.Commune.Open();
        Assert.Equal([2025, 2026], await read.Pledges.Where(p => p.UnitId == b.UnitId).OrderBy(p => p.Year).Select(p => p.Year).ToListAsync());
    }

    [Fact]
    public async Task Another_communes_unit_is_not_found_either_way_and_nothing_of_theirs_moves()
    {
        await using var b = await CreateAsync();
        var d = await DuplicateAsync(b);
        Guid theirs;
        Guid theirPost;
        await using (var other = await b.OtherCommuneAsync())
        {
            var unit = new Unit { Name = "Phòng Kinh tế", Kind = UnitKind.Department };
            other.Units.Add(unit);
            var person = new Person { FullName = "Lê Văn Khác" };
            other.People.Add(person);
            var post = new PositionTenure { PersonId = person.Id, UnitId = unit.Id, Title = "Trưởng phòng", FromYear = 2024 };
            other.PositionTenures.Add(post);
            await other.SaveChangesAsync();
            (theirs, theirPost) = (unit.Id, post.Id);

            // Their own service does not find our duplicate either.
            Refused(await new UnitMergeService(other).MergeAsync(d.UnitId, theirs, Secretariat), FailureKind.NotFound, "Không tìm thấy đơn vị của xã, phường này.");
        }

        Refused(await Merge(b).MergeAsync(d.UnitId, theirs, Secretariat), FailureKind.NotFound, "Không tìm thấy đơn vị của xã, phường này.");
        Refused(await Merge(b).MergeAsync(theirs, b.UnitId, Secretariat), FailureKind.NotFound, "Không tìm thấy đơn vị của xã, phường này.");
        Assert.Equal(((Guid?)null, (Guid?)null), await Merge(b).ByNamesAsync(null, "Không có"));

        // A merge of our own two units leaves the neighbour's unit of the same name and its post alone.
        Ok(await Merge(b).MergeAsync(d.UnitId, b.UnitId, Secretariat));
        await using var system = b.Commune.OpenSystem();
        Assert.Equal((Guid?)theirs, (await system.PositionTenures.AsNoTracking().SingleAsync(t => t.Id == theirPost)).UnitId);
        Assert.True((await system.Units.AsNoTracking().SingleAsync(u => u.Id == theirs)).IsActive);
    }

    [Theory]
    [InlineData(Roles.Chairman, true)]
    [InlineData(Roles.CommuneAdmin, true)]
    [InlineData(Roles.DepartmentHead, false)]
    [InlineData(Roles.CouncilMember, false)]
    public async Task Only_those_who_edit_the_organisation_merge_units(string role, bool allowed)
    {
        await using var b = await CreateAsync();
        var d = await DuplicateAsync(b);
        var result = await Merge(b).MergeAsync(d.UnitId, b.UnitId, new Actor(Guid.NewGuid(), "Người dùng", [role], b.UnitId, false));
        if (allowed)
        {
            Ok(result);
        }
        else
        {
            Refused(result, FailureKind.Forbidden, "Bạn không có quyền hợp nhất đơn vị.");
        }

        Assert.Equal(allowed ? b.UnitId : d.UnitId, (await b.Nominations().FindAsync(d.NominationId))!.UnitId);
    }
}
