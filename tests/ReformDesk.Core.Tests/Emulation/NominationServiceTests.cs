using ReformDesk.Core.Emulation;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using static ReformDesk.Core.Tests.Emulation.EmulationBuilder;

namespace ReformDesk.Core.Tests.Emulation;

/// <summary>Rounds and nominations through the service on SQLite: round refusals by field, who may nominate whom, and the submit/return steps.</summary>
public sealed class NominationServiceTests
{
    private static RoundInput Annual(int year) => new(RoundKind.Annual, year, null, null, 1, 2);

    [Fact]
    public async Task A_round_lies_in_the_movements_years_once_per_kind_and_year_with_no_negative_quota()
    {
        await using var b = await CreateAsync();
        var service = b.Nominations();
        Refused(await service.CreateRoundAsync(b.MovementId, Officer(b.UnitId), Annual(2026)), FailureKind.Forbidden, "", "Chỉ bộ phận tham mưu được thiết lập đợt xét khen thưởng.");
        Refused(await service.CreateRoundAsync(Guid.NewGuid(), Secretariat, Annual(2026)), FailureKind.NotFound, "", "Không tìm thấy phong trào thi đua.");
        const string outside = "Năm xét phải thuộc thời gian của phong trào (Giai đoạn 2025 - 2026).";
        Refused(await service.CreateRoundAsync(b.MovementId, Secretariat, Annual(2024)), FailureKind.Invalid, "Year", outside);
        Refused(await service.CreateRoundAsync(b.MovementId, Secretariat, Annual(2028)), FailureKind.Invalid, "Year", outside);
        Refused(await service.CreateRoundAsync(b.MovementId, Secretariat, Annual(2026) with { FromYear = 2027 }), FailureKind.Invalid, "Year", outside);
        Refused(await service.CreateRoundAsync(b.MovementId, Secretariat, Annual(2026) with { MaxCollectivesPerUnit = -1 }), FailureKind.Invalid, "MaxCollectivesPerUnit", "Định mức không được âm.");
        Refused(await service.CreateRoundAsync(b.MovementId, Secretariat, Annual(2026) with { MaxIndividualsPerUnit = -1 }), FailureKind.Invalid, "MaxIndividualsPerUnit", "Định mức không được âm.");
        Refused(await service.CreateRoundAsync(b.MovementId, Secretariat, Annual(2025)), FailureKind.Invalid, "Year", "Phong trào đã có đợt xét này.");

        // The year after the movement ends is still its own (the last year is reviewed then).
        Ok(await service.CreateRoundAsync(b.MovementId, Secretariat, Annual(2027)));
        var period = Ok(await service.CreateRoundAsync(b.MovementId, Secretariat, new RoundInput(RoundKind.PeriodEnd, 2026, 2025, null, null, null, 3, true)));
        Assert.Equal(("Khen thưởng tổng kết giai đoạn 2025 - 2026", 3, true), (period.Title, period.MinYearsDirectReformWork, period.RequiresRecognisedInitiative));
        Assert.Equal([(2027, RoundKind.Annual), (2026, RoundKind.PeriodEnd), (2025, RoundKind.Annual)],
            (await b.Nominations().RoundsAsync(b.MovementId)).Select(r => (r.Year, r.Kind)));
    }

    [Fact]
    public async Task A_unit_nominates_only_its_own_people_and_collective_each_refusal_naming_its_field()
    {
        await using var b = await CreateAsync();
        var office = await b.Commune.UnitAsync("Văn phòng HĐND và UBND");
        var hoa = await b.PersonAsync("Ngô Thị Hoa");
        Guid stranger;
        await using (var db = b.Commune.Open())
        {
            var person = new Person { FullName = "Người Ngoài Đơn Vị" };
            db.People.Add(person);
            await db.SaveChangesAsync();
            stranger = person.Id;
        }

        var officer = Officer(b.UnitId);
        var input = new NominationInput(NomineeKind.Individual, null, hoa, b.UnitId, AwardKind.GiayKhenChuTichXa, "Hoàn thành xuất sắc nhiệm vụ", null, "  ");
        var service = b.Nominations();
        Refused(await service.CreateAsync(Guid.NewGuid(), officer, input), FailureKind.NotFound, "", "Không tìm thấy đợt xét khen thưởng.");
        Refused(await service.CreateAsync(b.RoundId, Officer(office.Id), input), FailureKind.Forbidden, "",
            "Chỉ công chức, trưởng phòng của đơn vị được lập hồ sơ đề nghị cho đơn vị mình.");
        Refused(await service.CreateAsync(b.RoundId, officer, input with { NomineePersonId = null }), FailureKind.Invalid, "NomineePersonId", "Hãy chọn cá nhân được đề nghị.");
        Refused(await service.CreateAsync(b.RoundId, officer, input with { NomineeKind = NomineeKind.Collective }), FailureKind.Invalid, "NomineeUnitId", "Hãy chọn tập thể được đề nghị.");
        Refused(await service.CreateAsync(b.RoundId, officer, input with { NomineePersonId = stranger }), FailureKind.Invalid, "NomineePersonId",
            "Người Ngoài Đơn Vị không giữ chức vụ tại Phòng Kinh tế trong năm 2025–2026: đơn vị chỉ đề nghị khen thưởng người của đơn vị mình.");
        Refused(await service.CreateAsync(b.RoundId, officer, input with { NomineeKind = NomineeKind.Collective, NomineeUnitId = office.Id }), FailureKind.Invalid, "NomineeUnitId",
            "Văn phòng HĐND và UBND không phải là Phòng Kinh tế: đơn vị chỉ đề nghị khen thưởng tập thể của chính mình.");
        Refused(await service.CreateAsync(b.RoundId, officer, input with { AchievementKey = "danh-gia:2025" }), FailureKind.Invalid, "AchievementKey",
            "Thành tích đã chọn không có trong hồ sơ của Ngô Thị Hoa; hãy chọn từ danh sách thành tích đã ghi nhận.");
        Refused(await service.CreateAsync(b.RoundId, officer, input with { AchievementSummary = " " }), FailureKind.Invalid, "AchievementSummary",
            "Hãy tóm tắt thành tích đề nghị khen thưởng.");

        var draft = Ok(await service.CreateAsync(b.RoundId, officer, input));
        Assert.Equal((NominationStatus.Draft, "Ngô Thị Hoa", (string?)null, "Lê Văn Công", b.MovementId), (draft.Status, draft.NomineeName, draft.Evidence, draft.CreatedBy, draft.MovementId));
        var collective = Ok(await b.Nominations().CreateAsync(b.RoundId, officer, input with { NomineeKind = NomineeKind.Collective, NomineeUnitId = b.UnitId, Evidence = " BC 21 " }));
        Assert.Equal(("Phòng Kinh tế", (Guid?)null, "BC 21"), (collective.NomineeName, collective.NomineePersonId, collective.Evidence));
    }

    [Fact]
    public async Task A_nomination_is_submitted_by_its_unit_returned_with_a_reason_and_sent_again()
    {
        await using var b = await CreateAsync();
        var draft = await b.NominationAsync("Ngô Thị Hoa", status: NominationStatus.Draft);
        Refused(await b.Nominations().SubmitAsync(Guid.NewGuid(), Officer(b.UnitId)), FailureKind.NotFound, "", "Không tìm thấy hồ sơ đề nghị.");
        Refused(await b.Nominations().SubmitAsync(draft.Id, Officer(Guid.NewGuid())), FailureKind.Forbidden, "", "Chỉ đơn vị đề nghị được gửi hồ sơ này.");
        var sent = Ok(await b.Nominations().SubmitAsync(draft.Id, Officer(b.UnitId)));
        Assert.Equal((NominationStatus.Submitted, Today), (sent.Status, sent.SubmittedOn!.Value));
        Refused(await b.Nominations().SubmitAsync(draft.Id, Officer(b.UnitId)), FailureKind.Invalid, "rules", "Không thể gửi hồ sơ đang ở trạng thái \"Đã gửi, chờ kiểm tra\".");

        Refused(await b.Nominations().ReturnAsync(draft.Id, Officer(b.UnitId), "Thiếu minh chứng"), FailureKind.Forbidden, "", "Chỉ bộ phận tham mưu được trả lại hồ sơ.");
        Refused(await b.Nominations().ReturnAsync(draft.Id, Secretariat, " "), FailureKind.Invalid, "reason", "Hãy nhập lý do trả lại hồ sơ.");
        var returned = Ok(await b.Nominations().ReturnAsync(draft.Id, Secretariat, " Thiếu minh chứng "));
        Assert.Equal((NominationStatus.Returned, "Thiếu minh chứng"), (returned.Status, returned.ReturnReason));
        Refused(await b.Nominations().ConfirmAsync(draft.Id, Secretariat, [], markChecked: true), FailureKind.Conflict, "",
            "Hồ sơ đề nghị khen thưởng Ngô Thị Hoa: chỉ kiểm tra được hồ sơ đã gửi; hồ sơ đang ở trạng thái \"Trả lại để bổ sung\".");

        b.Commune.Clock.Advance(TimeSpan.FromDays(2));
        var again = Ok(await b.Nominations().SubmitAsync(draft.Id, Officer(b.UnitId)));
        Assert.Equal((NominationStatus.Submitted, Today.AddDays(2), (string?)null), (again.Status, again.SubmittedOn!.Value, again.ReturnReason));
    }
}
