using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Tests.Organisation;

/// <summary>Units of a commune on SQLite: names cleaned and unique within the commune, edits in place, and which deletions are refused.</summary>
public sealed class UnitServiceTests : OrgBuilder
{
    [Fact]
    public async Task A_unit_is_stored_with_its_cleaned_name_and_note_its_kind_and_whether_it_is_active()
    {
        var result = await Units().CreateAsync(UnitNamed("  Tổ dân phố   số 3 ", UnitKind.ResidentialGroup, "  Khu  tái định cư ", active: false));

        Assert.Equal(FailureKind.None, result.Failure);
        var stored = await Units().FindAsync(result.Value!.Id);
        Assert.Equal(("Tổ dân phố số 3", UnitKind.ResidentialGroup, "Khu tái định cư", false, Commune.TenantId, (Guid?)null),
            (stored!.Name, stored.Kind, stored.Note, stored.IsActive, stored.TenantId, stored.MergedIntoId));
    }

    [Fact]
    public async Task A_blank_note_is_stored_as_none()
    {
        var created = await Units().CreateAsync(UnitNamed("Trạm y tế phường", UnitKind.HealthStation, " \n "));
        Assert.Null((await Units().FindAsync(created.Value!.Id))!.Note);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t\n ")]
    public async Task A_unit_without_a_name_is_refused(string? name)
    {
        var result = await Units().CreateAsync(UnitNamed(name));
        Assert.Equal((FailureKind.Invalid, "Tên đơn vị là bắt buộc."), (result.Failure, result.Errors["Name"]));
        Assert.Equal((0, 0, 0), await CountsAsync());
    }

    [Fact]
    public async Task A_name_may_have_300_characters_after_cleaning_and_not_301()
    {
        var longest = await Units().CreateAsync(UnitNamed("  " + new string('ệ', 300) + "  "));
        Assert.True(longest.Succeeded, longest.Message);

        var tooLong = await Units().CreateAsync(UnitNamed(new string('ộ', 301)));
        Assert.Equal((FailureKind.Invalid, "Tên đơn vị không được dài quá 300 ký tự."), (tooLong.Failure, tooLong.Errors["Name"]));
        Assert.Equal((0, 0, 1), await CountsAsync());
    }

    [Fact]
    public async Task A_name_already_used_in_the_commune_is_refused_once_cleaned_whatever_the_kind()
    {
        await Commune.UnitAsync("Phòng Kinh tế");
        // The decomposed "ế" and the extra spaces are cleaned before the comparison.
        var twice = await Units().CreateAsync(UnitNamed("  Phòng   Kinh te\u0302\u0301 ", UnitKind.Centre));
        Assert.Equal((FailureKind.Invalid, "Đã có đơn vị tên \"Phòng Kinh tế\"."), (twice.Failure, twice.Errors["Name"]));
        Assert.Equal((0, 0, 1), await CountsAsync());
    }

    [Fact]
    public async Task The_same_name_as_a_unit_of_another_commune_is_allowed()
    {
        await using var neighbour = await NeighbourAsync();
        neighbour.Units.Add(new Unit { Name = "Phòng Kinh tế", Kind = UnitKind.Department });
        await neighbour.SaveChangesAsync();

        Assert.True((await Units().CreateAsync(UnitNamed("Phòng Kinh tế"))).Succeeded);
        Assert.Equal(["Phòng Kinh tế"], (await Units().ListAsync()).Select(u => u.Name));
    }

    [Fact]
    public async Task Units_are_listed_by_kind_in_its_order_then_by_vietnamese_name()
    {
        var other = await Commune.UnitAsync("Hội Người cao tuổi", UnitKind.Other);
        var police = await Commune.UnitAsync("Công an phường", UnitKind.Police);
        var group = await Commune.UnitAsync("Tổ dân phố 2", UnitKind.ResidentialGroup);
        var groupOne = await Commune.UnitAsync("Tổ dân phố 1", UnitKind.ResidentialGroup);
        var office = await Commune.UnitAsync("Văn phòng HĐND và UBND");
        var economy = await Commune.UnitAsync("Phòng Kinh tế");
        var youth = await Commune.UnitAsync("Đoàn Thanh niên", UnitKind.PartyOrMassOrganisation);
        var front = await Commune.UnitAsync("Ủy ban Mặt trận Tổ quốc", UnitKind.PartyOrMassOrganisation);
        var centre = await Commune.UnitAsync("Trung tâm Phục vụ hành chính công", UnitKind.Centre);
        var women = await Commune.UnitAsync("Hội Liên hiệp Phụ nữ", UnitKind.PartyOrMassOrganisation);

        // The kinds in the order of the organisation chart, "Khác" last; "Đoàn" after "D…" and before "H…", "Ủy ban" after "U…".
        Assert.Equal([economy.Id, office.Id, centre.Id, youth.Id, women.Id, front.Id, groupOne.Id, group.Id, police.Id, other.Id],
            (await Units().ListAsync()).Select(u => u.Id));
    }

    [Fact]
    public async Task An_edit_changes_every_field_and_may_keep_the_units_own_name()
    {
        var culture = await Commune.UnitAsync("Phòng Văn hóa - Xã hội");
        var kept = await Units().UpdateAsync(culture.Id, UnitNamed(" Phòng Văn hóa - Xã hội ", UnitKind.Centre, "Sáp nhập 2025", active: false));
        Assert.True(kept.Succeeded, kept.Message);

        var stored = await Units().FindAsync(culture.Id);
        Assert.Equal(("Phòng Văn hóa - Xã hội", UnitKind.Centre, "Sáp nhập 2025", false), (stored!.Name, stored.Kind, stored.Note, stored.IsActive));

        Assert.True((await Units().UpdateAsync(culture.Id, UnitNamed("Phòng Văn hóa – Xã hội"))).Succeeded);
        stored = await Units().FindAsync(culture.Id);
        Assert.Equal(("Phòng Văn hóa – Xã hội", UnitKind.Department, (string?)null, true), (stored!.Name, stored.Kind, stored.Note, stored.IsActive));
    }

    [Fact]
    public async Task An_edit_onto_another_units_name_or_without_a_name_is_refused_and_changes_nothing()
    {
        await Commune.UnitAsync("Phòng Kinh tế");
        var culture = await Commune.UnitAsync("Phòng Văn hóa - Xã hội");

        var taken = await Units().UpdateAsync(culture.Id, UnitNamed("Phòng Kinh tế", UnitKind.Other, "x", active: false));
        Assert.Equal((FailureKind.Invalid, "Đã có đơn vị tên \"Phòng Kinh tế\"."), (taken.Failure, taken.Errors["Name"]));
        var blank = await Units().UpdateAsync(culture.Id, UnitNamed(" ", UnitKind.Other));
        Assert.Equal("Tên đơn vị là bắt buộc.", blank.Errors["Name"]);

        var stored = await Units().FindAsync(culture.Id);
        Assert.Equal(("Phòng Văn hóa - Xã hội", UnitKind.Department, true), (stored!.Name, stored.Kind, stored.IsActive));
    }

    [Fact]
    public async Task Another_communes_unit_is_not_found_to_read_edit_or_delete()
    {
        await using var neighbour = await NeighbourAsync();
        var theirs = new Unit { Name = "Phòng Kinh tế", Kind = UnitKind.Department };
        neighbour.Units.Add(theirs);
        await neighbour.SaveChangesAsync();

        Assert.Null(await Units().FindAsync(theirs.Id));
        var edit = await Units().UpdateAsync(theirs.Id, UnitNamed("Chiếm"));
        var delete = await Units().DeleteAsync(theirs.Id);
        Assert.Equal((FailureKind.NotFound, "Không tìm thấy đơn vị."), (edit.Failure, edit.Message));
        Assert.Equal((FailureKind.NotFound, "Không tìm thấy đơn vị."), (delete.Failure, delete.Message));
        Assert.Equal("Phòng Kinh tế", (await neighbour.Units.AsNoTracking().SingleAsync()).Name);
    }

    [Fact]
    public async Task An_empty_unit_is_deleted_and_then_no_longer_found()
    {
        var spare = await Commune.UnitAsync("Phòng tạm");
        var kept = await Commune.UnitAsync("Phòng Kinh tế");

        var deleted = await Units().DeleteAsync(spare.Id);
        Assert.Equal((FailureKind.None, spare.Id), (deleted.Failure, deleted.Value!.Id));
        Assert.Equal([kept.Id], (await Units().ListAsync()).Select(u => u.Id));
        Assert.Equal(FailureKind.NotFound, (await Units().DeleteAsync(spare.Id)).Failure);
    }

    [Fact]
    public async Task A_unit_where_someone_held_a_post_is_kept_as_a_conflict_even_when_the_post_has_ended()
    {
        var economy = await Commune.UnitAsync("Phòng Kinh tế");
        await PostAsync("Trần Văn Cường", "Trưởng phòng", economy, 2015, 2019);

        var refused = await Units().DeleteAsync(economy.Id);
        Assert.Equal((FailureKind.Conflict, "Đơn vị đang có cán bộ giữ chức vụ; hãy chuyển họ sang đơn vị khác hoặc đánh dấu ngừng hoạt động."),
            (refused.Failure, refused.Message));
        Assert.Equal((1, 1, 1), await CountsAsync());
    }

    [Fact]
    public async Task A_unit_leading_a_plan_task_is_kept_as_a_conflict()
    {
        var economy = await Commune.UnitAsync("Phòng Kinh tế");
        await using (var db = Commune.Open())
        {
            var plan = new Plan { Title = "Kế hoạch CCHC năm 2026", StartYear = 2026, EndYear = 2026 };
            var section = new PlanSection { PlanId = plan.Id, Code = "I", Title = "Cải cách thủ tục hành chính", Order = 1 };
            db.AddRange(plan, section, new PlanTask { PlanId = plan.Id, SectionId = section.Id, Number = "1", Content = "Rà soát thủ tục", LeadUnitId = economy.Id });
            await db.SaveChangesAsync();
        }

        var refused = await Units().DeleteAsync(economy.Id);
        Assert.Equal((FailureKind.Conflict, "Đơn vị đang được dùng trong kế hoạch, hồ sơ hoặc dữ liệu khác; hãy đánh dấu ngừng hoạt động thay vì xóa."),
            (refused.Failure, refused.Message));
        Assert.NotNull(await Units().FindAsync(economy.Id));
    }
}
