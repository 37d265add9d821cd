using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using static ReformDesk.Core.Tests.Emulation.EmulationBuilder;
using static ReformDesk.Core.Tests.Emulation.EmulationRecords;

namespace ReformDesk.Core.Tests.Emulation;

/// <summary>Pledges through <see cref="PledgeService"/> on SQLite: who registers for which unit, each refusal by field and message, the reviewed steps, the roll-up and tenants.</summary>
public sealed class PledgeServiceTests
{
    private const string Titles = "Tập thể lao động tiên tiến";
    private const string Commitments = "100% hồ sơ giải quyết đúng hạn; ít nhất 01 sáng kiến";

    private static PledgeInput For(EmulationBuilder b, Guid? unitId, int year = 2025, Guid? personId = null) =>
        new(b.MovementId, year, unitId, personId, Titles, Commitments);

    private static async Task<int> CountAsync(EmulationBuilder b)
    {
        await using var db = b.Commune.Open();
        return await db.Pledges.CountAsync();
    }

    /// <summary>A unit pledge of the builder's unit, created by the secretariat and moved to <paramref name="status"/>.</summary>
    private static async Task<Pledge> PledgeAtAsync(EmulationBuilder b, PledgeStatus status)
    {
        var pledge = Ok(await b.Pledges().CreateAsync(For(b, b.UnitId), Secretariat));
        var path = status switch
        {
            PledgeStatus.Draft => [],
            PledgeStatus.Submitted => [PledgeStatus.Submitted],
            PledgeStatus.Approved => [PledgeStatus.Submitted, PledgeStatus.Approved],
            _ => new[] { PledgeStatus.Submitted, PledgeStatus.Returned },
        };
        foreach (var next in path)
        {
            pledge = Ok(await b.Pledges().MoveAsync(pledge.Id, next, "Bổ sung chỉ tiêu số hóa", Secretariat));
        }

        return pledge;
    }

    [Fact]
    public async Task An_officer_registers_their_own_unit_when_no_unit_is_chosen_and_the_row_is_stored_as_a_trimmed_draft()
    {
        await using var b = await CreateAsync();
        var officer = Officer(b.UnitId);
        var pledge = Ok(await b.Pledges().CreateAsync(new PledgeInput(b.MovementId, 2025, null, null, "  " + Titles + " ", "\t" + Commitments + "  "), officer));

        var stored = await b.StoredPledgeAsync(pledge.Id);
        Assert.NotNull(stored);
        Assert.Equal((b.Commune.TenantId, b.MovementId, 2025, b.UnitId, (Guid?)null, Titles, Commitments, PledgeStatus.Draft),
            (stored.TenantId, stored.MovementId, stored.Year, stored.UnitId, stored.PersonId, stored.AimedTitles, stored.Commitments, stored.Status));
        Assert.Equal(((string?)null, (DateTime?)null, (string?)null), (stored.ReturnReason, stored.SubmittedAtUtc, stored.DecidedBy));
        Assert.Equal([(AuditAction.Create, pledge.Id.ToString())], await b.AuditsAsync(nameof(Pledge)));
    }

    [Fact]
    public async Task A_read_only_tenant_registers_nothing_even_with_reviewer_roles()
    {
        await using var b = await CreateAsync();
        Refused(await b.Pledges().CreateAsync(For(b, b.UnitId), ProvinceReader), FailureKind.Forbidden, "", "Tài khoản chỉ có quyền xem.");
        Refused(await b.Pledges().CreateAsync(For(b, null), Officer(b.UnitId) with { TenantReadOnly = true }), FailureKind.Forbidden, "", "Tài khoản chỉ có quyền xem.");
        Assert.Equal(0, await CountAsync(b));
    }

    [Fact]
    public async Task Without_a_unit_chosen_or_held_the_unit_field_is_refused()
    {
        await using var b = await CreateAsync();
        Refused(await b.Pledges().CreateAsync(For(b, null), Secretariat), FailureKind.Invalid, "UnitId", "Hãy chọn đơn vị đăng ký.");
        Assert.Equal(0, await CountAsync(b));
    }

    [Theory]
    [InlineData(Roles.Officer)]
    [InlineData(Roles.DepartmentHead)]
    [InlineData(Roles.CouncilMember)]
    [InlineData(Roles.OneStopShopStaff)]
    public async Task A_non_reviewer_may_not_register_another_unit(string role)
    {
        await using var b = await CreateAsync();
        var office = await b.Commune.UnitAsync("Văn phòng HĐND và UBND");
        Refused(await b.Pledges().CreateAsync(For(b, b.UnitId), As(role, office.Id)), FailureKind.Forbidden, "", "Chỉ được đăng ký thi đua cho đơn vị của mình.");
        Refused(await b.Pledges().CreateAsync(For(b, b.UnitId), As(role)), FailureKind.Forbidden, "", "Chỉ được đăng ký thi đua cho đơn vị của mình.");
        Assert.Equal(0, await CountAsync(b));
    }

    [Theory]
    [InlineData(Roles.SystemAdmin)]
    [InlineData(Roles.Chairman)]
    [InlineData(Roles.ReformSecretariat)]
    public async Task A_reviewer_registers_any_unit(string role)
    {
        await using var b = await CreateAsync();
        var office = await b.Commune.UnitAsync("Văn phòng HĐND và UBND");
        var pledge = Ok(await b.Pledges().CreateAsync(For(b, office.Id), As(role, b.UnitId)));
        Assert.Equal(office.Id, (await b.StoredPledgeAsync(pledge.Id))!.UnitId);
    }

    [Fact]
    public async Task An_unknown_movement_is_refused_on_its_field()
    {
        await using var b = await CreateAsync();
        Refused(await b.Pledges().CreateAsync(For(b, b.UnitId) with { MovementId = Guid.NewGuid() }, Secretariat), FailureKind.Invalid, "MovementId",
            "Không tìm thấy phong trào thi đua.");
    }

    [Theory]
    [InlineData(2024, false)]
    [InlineData(2025, true)]
    [InlineData(2026, true)]
    [InlineData(2027, false)]
    public async Task The_year_lies_within_the_movement_both_ends_included(int year, bool accepted)
    {
        await using var b = await CreateAsync();
        var result = await b.Pledges().CreateAsync(For(b, b.UnitId, year), Secretariat);
        if (accepted)
        {
            Assert.Equal(year, Ok(result).Year);
        }
        else
        {
            Refused(result, FailureKind.Invalid, "Year", "Năm đăng ký phải trong thời gian phong trào (2025–2026).");
        }
    }

    [Fact]
    public async Task An_unknown_unit_or_person_is_refused_on_the_unit_field()
    {
        await using var b = await CreateAsync();
        const string unknown = "Không tìm thấy đơn vị hoặc cán bộ.";
        Refused(await b.Pledges().CreateAsync(For(b, Guid.NewGuid()), Secretariat), FailureKind.Invalid, "UnitId", unknown);
        Refused(await b.Pledges().CreateAsync(For(b, b.UnitId, personId: Guid.NewGuid()), Secretariat), FailureKind.Invalid, "UnitId", unknown);
        Assert.Equal(0, await CountAsync(b));
    }

    [Theory]
    [InlineData(null, Commitments)]
    [InlineData("   ", Commitments)]
    [InlineData(Titles, null)]
    [InlineData(Titles, " \t ")]
    public async Task Titles_and_commitments_are_both_required(string? titles, string? commitments)
    {
        await using var b = await CreateAsync();
        Refused(await b.Pledges().CreateAsync(For(b, b.UnitId) with { AimedTitles = titles, Commitments = commitments }, Secretariat), FailureKind.Invalid, "Commitments",
            "Hãy ghi danh hiệu, hình thức khen thưởng đăng ký và các cam kết cụ thể.");
        Assert.Equal(0, await CountAsync(b));
    }

    [Fact]
    public async Task A_unit_or_a_person_registers_once_a_year_but_the_unit_and_its_people_each_may()
    {
        await using var b = await CreateAsync();
        var hoa = await b.PersonAsync("Ngô Thị Hoa");
        var pledges = b.Pledges();
        Ok(await pledges.CreateAsync(For(b, b.UnitId), Secretariat));
        Ok(await pledges.CreateAsync(For(b, b.UnitId, personId: hoa), Secretariat));
        Ok(await pledges.CreateAsync(For(b, b.UnitId, 2026), Secretariat));

        Refused(await b.Pledges().CreateAsync(For(b, b.UnitId), Officer(b.UnitId)), FailureKind.Invalid, "UnitId", "Đơn vị/cá nhân này đã đăng ký thi đua năm 2025.");
        Ok(await b.Pledges().CreateAsync(For(b, b.UnitId, 2026, hoa), Officer(b.UnitId)));
        Refused(await b.Pledges().CreateAsync(For(b, b.UnitId, 2026, hoa), Secretariat), FailureKind.Invalid, "UnitId", "Đơn vị/cá nhân này đã đăng ký thi đua năm 2026.");
        Assert.Equal(4, await CountAsync(b));
    }

    [Fact]
    public async Task A_missing_pledge_is_not_found_for_any_step()
    {
        await using var b = await CreateAsync();
        foreach (var next in Enum.GetValues<PledgeStatus>())
        {
            Refused(await b.Pledges().MoveAsync(Guid.NewGuid(), next, "Lý do", Secretariat), FailureKind.NotFound, "", "Không tìm thấy đăng ký thi đua.");
        }
    }

    [Fact]
    public async Task The_unit_sends_its_pledge_stamped_with_the_clock()
    {
        await using var b = await CreateAsync();
        var pledge = Ok(await b.Pledges().CreateAsync(For(b, null), Officer(b.UnitId)));
        b.Commune.Clock.Advance(TimeSpan.FromHours(5));

        Refused(await b.Pledges().MoveAsync(pledge.Id, PledgeStatus.Submitted, null, Officer(Guid.NewGuid())), FailureKind.Forbidden, "", "Chỉ đơn vị đăng ký được gửi.");
        Refused(await b.Pledges().MoveAsync(pledge.Id, PledgeStatus.Submitted, null, As(Roles.Officer)), FailureKind.Forbidden, "", "Chỉ đơn vị đăng ký được gửi.");
        var sent = Ok(await b.Pledges().MoveAsync(pledge.Id, PledgeStatus.Submitted, null, As(Roles.DepartmentHead, b.UnitId)));

        var stored = await b.StoredPledgeAsync(sent.Id);
        Assert.Equal((PledgeStatus.Submitted, (DateTime?)Now.AddHours(5).UtcDateTime, (string?)null), (stored!.Status, stored.SubmittedAtUtc, stored.DecidedBy));
        Assert.Equal([AuditAction.Create, AuditAction.Update], (await b.AuditsAsync(nameof(Pledge))).Select(a => a.Action));
    }

    [Theory]
    [InlineData(Roles.SystemAdmin)]
    [InlineData(Roles.Chairman)]
    [InlineData(Roles.ReformSecretariat)]
    public async Task A_reviewer_may_send_on_the_units_behalf(string role)
    {
        await using var b = await CreateAsync();
        var pledge = await PledgeAtAsync(b, PledgeStatus.Draft);
        Assert.Equal(PledgeStatus.Submitted, Ok(await b.Pledges().MoveAsync(pledge.Id, PledgeStatus.Submitted, null, As(role))).Status);
    }

    [Theory]
    [InlineData(PledgeStatus.Approved)]
    [InlineData(PledgeStatus.Returned)]
    public async Task Only_the_reviewers_approve_or_return_not_the_unit_itself(PledgeStatus next)
    {
        await using var b = await CreateAsync();
        var pledge = await PledgeAtAsync(b, PledgeStatus.Submitted);
        foreach (var actor in new[] { Officer(b.UnitId), As(Roles.DepartmentHead, b.UnitId), Member })
        {
            Refused(await b.Pledges().MoveAsync(pledge.Id, next, "Bổ sung", actor), FailureKind.Forbidden, "", "Chỉ bộ phận tham mưu được duyệt hoặc trả lại.");
        }

        Assert.Equal(PledgeStatus.Submitted, (await b.StoredPledgeAsync(pledge.Id))!.Status);
    }

    [Fact]
    public async Task A_read_only_tenant_moves_nothing_whichever_step()
    {
        await using var b = await CreateAsync();
        var draft = await PledgeAtAsync(b, PledgeStatus.Draft);
        var submitted = Ok(await b.Pledges().CreateAsync(For(b, b.UnitId, 2026), Secretariat));
        Ok(await b.Pledges().MoveAsync(submitted.Id, PledgeStatus.Submitted, null, Secretariat));

        Refused(await b.Pledges().MoveAsync(draft.Id, PledgeStatus.Submitted, null, ProvinceReader), FailureKind.Forbidden, "", "Chỉ đơn vị đăng ký được gửi.");
        Refused(await b.Pledges().MoveAsync(draft.Id, PledgeStatus.Submitted, null, Officer(b.UnitId) with { TenantReadOnly = true }), FailureKind.Forbidden, "",
            "Chỉ đơn vị đăng ký được gửi.");
        Refused(await b.Pledges().MoveAsync(submitted.Id, PledgeStatus.Approved, null, ProvinceReader), FailureKind.Forbidden, "", "Chỉ bộ phận tham mưu được duyệt hoặc trả lại.");
        Assert.Equal((PledgeStatus.Draft, PledgeStatus.Submitted), ((await b.StoredPledgeAsync(draft.Id))!.Status, (await b.StoredPledgeAsync(submitted.Id))!.Status));
    }

    [Fact]
    public async Task Asking_for_the_draft_status_is_a_conflict_naming_it()
    {
        await using var b = await CreateAsync();
        var pledge = await PledgeAtAsync(b, PledgeStatus.Submitted);
        Refused(await b.Pledges().MoveAsync(pledge.Id, PledgeStatus.Draft, null, Secretariat), FailureKind.Conflict, "", "Không thể chuyển đăng ký thi đua về \"Dự thảo\".");
        Assert.Equal(PledgeStatus.Submitted, (await b.StoredPledgeAsync(pledge.Id))!.Status);
    }

    [Theory]
    [InlineData(PledgeStatus.Draft, PledgeStatus.Approved, "Dự thảo", "duyệt")]
    [InlineData(PledgeStatus.Draft, PledgeStatus.Returned, "Dự thảo", "trả lại")]
    [InlineData(PledgeStatus.Submitted, PledgeStatus.Submitted, "Đã gửi, chờ duyệt", "gửi")]
    [InlineData(PledgeStatus.Approved, PledgeStatus.Returned, "Đã duyệt", "trả lại")]
    [InlineData(PledgeStatus.Approved, PledgeStatus.Submitted, "Đã duyệt", "gửi")]
    [InlineData(PledgeStatus.Returned, PledgeStatus.Approved, "Trả lại", "duyệt")]
    public async Task A_step_the_table_does_not_allow_is_a_conflict_and_nothing_is_saved(PledgeStatus at, PledgeStatus next, string statusText, string stepText)
    {
        await using var b = await CreateAsync();
        var pledge = await PledgeAtAsync(b, at);
        var audits = (await b.AuditsAsync(nameof(Pledge))).Count;
        Refused(await b.Pledges().MoveAsync(pledge.Id, next, "Lý do", Secretariat), FailureKind.Conflict, "",
            $"Không thể chuyển đăng ký thi đua đang ở trạng thái \"{statusText}\" sang bước \"{stepText}\".");
        Assert.Equal(at, (await b.StoredPledgeAsync(pledge.Id))!.Status);
        Assert.Equal(audits, (await b.AuditsAsync(nameof(Pledge))).Count);
    }

    [Fact]
    public async Task A_return_needs_a_reason_is_stored_with_the_reviewer_and_a_resubmission_clears_it_before_approval()
    {
        await using var b = await CreateAsync();
        var pledge = await PledgeAtAsync(b, PledgeStatus.Submitted);
        var secretary = As(Roles.ReformSecretariat, name: "Phạm Thị Thu");
        Refused(await b.Pledges().MoveAsync(pledge.Id, PledgeStatus.Returned, "  ", secretary), FailureKind.Invalid, "ReturnReason", "Hãy ghi lý do trả lại để đơn vị bổ sung.");
        Refused(await b.Pledges().MoveAsync(pledge.Id, PledgeStatus.Returned, null, secretary), FailureKind.Invalid, "ReturnReason", "Hãy ghi lý do trả lại để đơn vị bổ sung.");
        Assert.Equal(PledgeStatus.Submitted, (await b.StoredPledgeAsync(pledge.Id))!.Status);

        Ok(await b.Pledges().MoveAsync(pledge.Id, PledgeStatus.Returned, "  Bổ sung chỉ tiêu số hóa ", secretary));
        var returned = await b.StoredPledgeAsync(pledge.Id);
        Assert.Equal((PledgeStatus.Returned, "Bổ sung chỉ tiêu số hóa", "Phạm Thị Thu"), (returned!.Status, returned.ReturnReason, returned.DecidedBy));

        b.Commune.Clock.Advance(TimeSpan.FromDays(3));
        Ok(await b.Pledges().MoveAsync(pledge.Id, PledgeStatus.Submitted, null, Officer(b.UnitId)));
        var again = await b.StoredPledgeAsync(pledge.Id);
        Assert.Equal((PledgeStatus.Submitted, (string?)null, (DateTime?)Now.AddDays(3).UtcDateTime), (again!.Status, again.ReturnReason, again.SubmittedAtUtc));

        Ok(await b.Pledges().MoveAsync(pledge.Id, PledgeStatus.Approved, null, Chairman));
        var approved = await b.StoredPledgeAsync(pledge.Id);
        Assert.Equal((PledgeStatus.Approved, "Đào Quang Dương", (string?)null), (approved!.Status, approved.DecidedBy, approved.ReturnReason));
    }

    [Fact]
    public async Task Another_communes_movement_and_pledges_are_out_of_reach()
    {
        await using var b = await CreateAsync();
        Guid theirMovement, theirPledge;
        await using (var other = await b.OtherCommuneAsync())
        {
            var unit = new Unit { Name = "Phòng Kinh tế", Kind = UnitKind.Department };
            var movement = new Movement { Title = "Thi đua chuyển đổi số", StartYear = 2025, EndYear = 2026, IssuingBody = "UBND phường Lê Chân" };
            other.AddRange(unit, movement);
            await other.SaveChangesAsync();
            var pledge = new Pledge { MovementId = movement.Id, Year = 2025, UnitId = unit.Id, AimedTitles = Titles, Commitments = Commitments };
            other.Pledges.Add(pledge);
            await other.SaveChangesAsync();
            (theirMovement, theirPledge) = (movement.Id, pledge.Id);
        }

        Refused(await b.Pledges().CreateAsync(For(b, b.UnitId) with { MovementId = theirMovement }, Secretariat), FailureKind.Invalid, "MovementId",
            "Không tìm thấy phong trào thi đua.");
        Refused(await b.Pledges().MoveAsync(theirPledge, PledgeStatus.Submitted, null, Admin), FailureKind.NotFound, "", "Không tìm thấy đăng ký thi đua.");
        Assert.Empty((await b.Pledges().RollUpAsync(theirMovement, 2025)).Pledges);
    }

    [Fact]
    public async Task The_roll_up_orders_by_unit_with_the_collective_first_and_names_the_people()
    {
        await using var b = await CreateAsync();
        var office = await b.Commune.UnitAsync("Bộ phận Một cửa");
        var hoa = await b.PersonAsync("Ngô Thị Hoa");
        var pledges = b.Pledges();
        Ok(await pledges.CreateAsync(For(b, b.UnitId, personId: hoa), Secretariat));
        Ok(await pledges.CreateAsync(For(b, b.UnitId), Secretariat));
        Ok(await pledges.CreateAsync(For(b, office.Id), Secretariat));
        Ok(await pledges.CreateAsync(For(b, office.Id, 2026), Secretariat));

        var rollUp = await b.Pledges().RollUpAsync(b.MovementId, 2025);
        Assert.Equal([("Bộ phận Một cửa", null), ("Phòng Kinh tế", null), ("Phòng Kinh tế", "Ngô Thị Hoa")],
            rollUp.Pledges.Select(r => (r.UnitName, r.PersonName)));
        Assert.Equal(2, rollUp.UnitsRegistered);
        Assert.Empty(rollUp.UnitsWithout);
    }

    [Fact]
    public async Task Only_active_organisational_units_are_expected_and_a_persons_pledge_does_not_register_the_unit()
    {
        await using var b = await CreateAsync();
        var hoa = await b.PersonAsync("Ngô Thị Hoa");
        var others = new Dictionary<UnitKind, string>
        {
            [UnitKind.Centre] = "Trung tâm Phục vụ hành chính công",
            [UnitKind.PartyOrMassOrganisation] = "Đoàn Thanh niên",
            [UnitKind.ResidentialGroup] = "Tổ dân phố số 1",
            [UnitKind.School] = "Trường Mầm non Hoa Sen",
            [UnitKind.HealthStation] = "Trạm Y tế",
            [UnitKind.Police] = "Công an phường",
            [UnitKind.Military] = "Ban Chỉ huy quân sự",
            [UnitKind.Other] = "Các phòng, ban",
        };
        foreach (var (kind, name) in others)
        {
            await b.Commune.UnitAsync(name, kind);
        }

        var closed = await b.Commune.UnitAsync("Phòng Nội vụ (cũ)", active: false);
        Ok(await b.Pledges().CreateAsync(For(b, b.UnitId, personId: hoa), Secretariat));
        Ok(await b.Pledges().CreateAsync(For(b, closed.Id), Secretariat));

        var rollUp = await b.Pledges().RollUpAsync(b.MovementId, 2025);
        // Names in the database's (ordinal) order; the party, mass and military bodies and loose groups are not expected.
        Assert.Equal(["Công an phường", "Phòng Kinh tế", "Trung tâm Phục vụ hành chính công", "Trường Mầm non Hoa Sen", "Trạm Y tế", "Tổ dân phố số 1"],
            rollUp.UnitsWithout.Select(u => u.Name));
        // The inactive unit's pledge is listed without a name; it still counts as registered.
        Assert.Equal([("?", null), ("Phòng Kinh tế", "Ngô Thị Hoa")], rollUp.Pledges.Select(r => (r.UnitName, r.PersonName)));
        Assert.Equal(1, rollUp.UnitsRegistered);
    }
}
