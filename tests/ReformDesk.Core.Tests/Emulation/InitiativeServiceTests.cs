using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Platform;
using static ReformDesk.Core.Tests.Emulation.EmulationBuilder;
using static ReformDesk.Core.Tests.Emulation.EmulationRecords;

namespace ReformDesk.Core.Tests.Emulation;

/// <summary>Initiatives through <see cref="NominationService"/> on SQLite: proposing, the council's evaluation, the Chairman's recognition and the recorded effect — who may, each refusal, what is stored.</summary>
public sealed class InitiativeServiceTests
{
    private const string QrTitle = "Phiếu hẹn có mã QR";

    private static InitiativeInput Proposal(string title = QrTitle, string authors = "Nguyễn Thị Hồng", Guid? unitId = null, Guid? authorId = null) =>
        new(title, authors, authorId, unitId, "Người dân chờ lâu", "In mã QR trên phiếu hẹn", "Tra cứu nhanh");

    private static Initiative Proposed(string title) => Initiative.Propose(Proposal(title)).Value!;

    public static TheoryData<string, bool> EvaluatorRoles() => new()
    {
        { Roles.CouncilMember, true }, { Roles.ReformSecretariat, true }, { Roles.Chairman, true }, { Roles.SystemAdmin, true },
        { Roles.Officer, false }, { Roles.DepartmentHead, false }, { Roles.OneStopShopStaff, false },
    };

    [Fact]
    public async Task An_officer_proposes_an_initiative_stored_as_proposed_in_the_commune()
    {
        await using var b = await CreateAsync();
        var proposed = Ok(await b.Nominations().ProposeInitiativeAsync(Officer(b.UnitId), Proposal(unitId: b.UnitId)));

        var stored = await b.StoredInitiativeAsync(proposed.Id);
        Assert.Equal((b.Commune.TenantId, QrTitle, "Nguyễn Thị Hồng", (Guid?)b.UnitId, InitiativeStatus.Proposed, (string?)null, (DateOnly?)null),
            (stored.TenantId, stored.Title, stored.Authors, stored.UnitId, stored.Status, stored.CouncilEvaluation, stored.DecisionDate));
        Assert.Equal([(AuditAction.Create, proposed.Id.ToString())], await b.AuditsAsync(nameof(Initiative)));
    }

    [Fact]
    public async Task A_read_only_tenant_proposes_nothing()
    {
        await using var b = await CreateAsync();
        Refused(await b.Nominations().ProposeInitiativeAsync(ProvinceReader, Proposal()), FailureKind.Forbidden, "", "Bạn chỉ có quyền xem.");
        Assert.Empty(await b.Nominations().InitiativesAsync());
    }

    [Theory]
    [InlineData("", "Nguyễn Thị Hồng", "Title", "Hãy nhập tên sáng kiến.")]
    [InlineData("   ", "Nguyễn Thị Hồng", "Title", "Hãy nhập tên sáng kiến.")]
    [InlineData(QrTitle, "", "Authors", "Hãy nhập tác giả của sáng kiến.")]
    [InlineData(QrTitle, " \t", "Authors", "Hãy nhập tác giả của sáng kiến.")]
    public async Task A_proposal_needs_a_title_and_its_authors(string title, string authors, string field, string message)
    {
        await using var b = await CreateAsync();
        Refused(await b.Nominations().ProposeInitiativeAsync(Officer(b.UnitId), Proposal(title, authors)), FailureKind.Invalid, field, message);
        Assert.Empty(await b.Nominations().InitiativesAsync());
    }

    [Fact]
    public async Task A_main_author_or_unit_not_of_this_commune_is_refused_on_its_field()
    {
        await using var b = await CreateAsync();
        Refused(await b.Nominations().ProposeInitiativeAsync(Officer(b.UnitId), Proposal(authorId: Guid.NewGuid())), FailureKind.Invalid,
            "AuthorPersonId", "Không tìm thấy tác giả chính trong danh sách cán bộ của xã/phường.");
        Refused(await b.Nominations().ProposeInitiativeAsync(Officer(b.UnitId), Proposal(unitId: Guid.NewGuid())), FailureKind.Invalid,
            "UnitId", "Không tìm thấy đơn vị của xã/phường.");
        Assert.Empty(await b.Nominations().InitiativesAsync());
    }

    [Fact]
    public async Task The_list_shows_proposed_before_recognised_each_by_title_and_only_this_communes()
    {
        await using var b = await CreateAsync();
        await b.InitiativeAsync("Sổ theo dõi điện tử", recognisedOn: Today);
        await b.InitiativeAsync("Một cửa không giấy");
        await b.InitiativeAsync("Biểu mẫu điền sẵn", recognisedOn: Today, number: "06/QĐ-UBND");
        await b.InitiativeAsync(QrTitle, evaluated: false);
        await using (var other = await b.OtherCommuneAsync())
        {
            other.Initiatives.Add(Proposed("Sáng kiến của phường khác"));
            await other.SaveChangesAsync();
        }

        Assert.Equal([("Một cửa không giấy", InitiativeStatus.Proposed), (QrTitle, InitiativeStatus.Proposed),
                ("Biểu mẫu điền sẵn", InitiativeStatus.Recognised), ("Sổ theo dõi điện tử", InitiativeStatus.Recognised)],
            (await b.Nominations().InitiativesAsync()).Select(i => (i.Title, i.Status)));
    }

    [Theory]
    [MemberData(nameof(EvaluatorRoles))]
    public async Task The_council_the_secretariat_and_the_Chairman_evaluate_a_unit_does_not(string role, bool allowed)
    {
        await using var b = await CreateAsync();
        var initiative = await b.InitiativeAsync(QrTitle, b.UnitId, evaluated: false);
        var result = await b.Nominations().EvaluateInitiativeAsync(initiative.Id, As(role, b.UnitId), "  Có tính mới, áp dụng được tại bộ phận một cửa ");

        var stored = await b.StoredInitiativeAsync(initiative.Id);
        if (allowed)
        {
            Ok(result);
            Assert.Equal(("Có tính mới, áp dụng được tại bộ phận một cửa", (DateOnly?)Today, InitiativeStatus.Proposed), (stored.CouncilEvaluation, stored.EvaluatedOn, stored.Status));
        }
        else
        {
            Refused(result, FailureKind.Forbidden, "", "Chỉ Hội đồng Thi đua - Khen thưởng đánh giá sáng kiến.");
            Assert.Null(stored.CouncilEvaluation);
        }
    }

    [Fact]
    public async Task An_evaluation_is_refused_to_a_read_only_tenant_when_blank_and_once_recognised()
    {
        await using var b = await CreateAsync();
        var proposed = await b.InitiativeAsync(QrTitle, evaluated: false);
        var recognised = await b.InitiativeAsync("Một cửa không giấy", recognisedOn: Today);
        var nominations = b.Nominations();
        Refused(await nominations.EvaluateInitiativeAsync(Guid.NewGuid(), Member, "Đạt"), FailureKind.NotFound, "", "Không tìm thấy sáng kiến.");
        Refused(await nominations.EvaluateInitiativeAsync(proposed.Id, ProvinceReader, "Đạt"), FailureKind.Forbidden, "", "Chỉ Hội đồng Thi đua - Khen thưởng đánh giá sáng kiến.");
        Refused(await nominations.EvaluateInitiativeAsync(proposed.Id, Member, "  "), FailureKind.Invalid, "evaluation",
            "Hãy ghi ý kiến đánh giá của Hội đồng (tính mới, khả năng áp dụng, hiệu quả).");
        Refused(await nominations.EvaluateInitiativeAsync(recognised.Id, Member, "Đánh giá lại"), FailureKind.Conflict, "",
            "Sáng kiến \"Một cửa không giấy\" đang ở trạng thái \"Đã công nhận\": không thể ghi đánh giá của Hội đồng.");
        Assert.Null((await b.StoredInitiativeAsync(proposed.Id)).CouncilEvaluation);
        Assert.Equal("Có tính mới, áp dụng được", (await b.StoredInitiativeAsync(recognised.Id)).CouncilEvaluation);
    }

    [Fact]
    public async Task A_later_evaluation_before_recognition_replaces_the_earlier_one_with_its_date()
    {
        await using var b = await CreateAsync();
        var initiative = await b.InitiativeAsync(QrTitle, b.UnitId);
        b.Commune.Clock.Advance(TimeSpan.FromDays(7));
        Ok(await b.Nominations().EvaluateInitiativeAsync(initiative.Id, Member, "Cần bổ sung số liệu; áp dụng được"));

        var stored = await b.StoredInitiativeAsync(initiative.Id);
        Assert.Equal(("Cần bổ sung số liệu; áp dụng được", (DateOnly?)Today.AddDays(7), InitiativeStatus.Proposed),
            (stored.CouncilEvaluation, stored.EvaluatedOn, stored.Status));
    }

    [Theory]
    [InlineData(Roles.Chairman, true)]
    [InlineData(Roles.SystemAdmin, true)]
    [InlineData(Roles.ReformSecretariat, false)]
    [InlineData(Roles.CouncilMember, false)]
    [InlineData(Roles.Officer, false)]
    public async Task Only_the_Chairman_recognises(string role, bool allowed)
    {
        await using var b = await CreateAsync();
        var initiative = await b.InitiativeAsync(QrTitle, b.UnitId);
        var result = await b.Nominations().RecogniseInitiativeAsync(initiative.Id, As(role, b.UnitId), " 07/QĐ-UBND ", Today);

        var stored = await b.StoredInitiativeAsync(initiative.Id);
        if (allowed)
        {
            Ok(result);
            Assert.Equal((InitiativeStatus.Recognised, "07/QĐ-UBND", (DateOnly?)Today), (stored.Status, stored.DecisionNumber, stored.DecisionDate));
        }
        else
        {
            Refused(result, FailureKind.Forbidden, "", "Chỉ Chủ tịch UBND công nhận sáng kiến.");
            Assert.Equal((InitiativeStatus.Proposed, (string?)null), (stored.Status, stored.DecisionNumber));
        }
    }

    [Fact]
    public async Task Recognition_is_refused_when_missing_read_only_unevaluated_or_without_a_decision()
    {
        await using var b = await CreateAsync();
        var unevaluated = await b.InitiativeAsync(QrTitle, evaluated: false);
        var evaluated = await b.InitiativeAsync("Một cửa không giấy");
        var nominations = b.Nominations();
        Refused(await nominations.RecogniseInitiativeAsync(Guid.NewGuid(), Chairman, "07/QĐ-UBND", Today), FailureKind.NotFound, "", "Không tìm thấy sáng kiến.");
        Refused(await nominations.RecogniseInitiativeAsync(evaluated.Id, ProvinceReader, "07/QĐ-UBND", Today), FailureKind.Forbidden, "", "Chỉ Chủ tịch UBND công nhận sáng kiến.");
        Refused(await nominations.RecogniseInitiativeAsync(unevaluated.Id, Chairman, "07/QĐ-UBND", Today), FailureKind.Conflict, "",
            "Sáng kiến cần được Hội đồng Thi đua - Khen thưởng đánh giá trước khi công nhận.");
        const string decision = "Hãy nhập số và ngày của quyết định công nhận sáng kiến.";
        Refused(await nominations.RecogniseInitiativeAsync(evaluated.Id, Chairman, " ", Today), FailureKind.Invalid, "number", decision);
        Refused(await nominations.RecogniseInitiativeAsync(evaluated.Id, Chairman, "07/QĐ-UBND", null), FailureKind.Invalid, "number", decision);
        Refused(await nominations.RecogniseInitiativeAsync(evaluated.Id, Chairman, "07/QĐ-UBND", Today.AddDays(1)), FailureKind.Invalid, "date",
            "Ngày quyết định không được sau hôm nay.");
        Assert.All(await b.Nominations().InitiativesAsync(), i => Assert.Equal(InitiativeStatus.Proposed, i.Status));
    }

    [Fact]
    public async Task Today_is_the_day_in_Vietnam_not_in_UTC()
    {
        await using var b = await CreateAsync();
        var initiative = await b.InitiativeAsync(QrTitle);
        // 18:00 UTC on 16/3 is already 01:00 on 17/3 in Hà Nội.
        b.Commune.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 16, 18, 0, 0, TimeSpan.Zero));
        Ok(await b.Nominations().RecogniseInitiativeAsync(initiative.Id, Chairman, "07/QĐ-UBND", new DateOnly(2026, 3, 17)));
        Assert.Equal(new DateOnly(2026, 3, 17), (await b.StoredInitiativeAsync(initiative.Id)).DecisionDate);
    }

    [Fact]
    public async Task A_recognised_initiative_is_not_recognised_twice_and_keeps_its_first_decision()
    {
        await using var b = await CreateAsync();
        var initiative = await b.InitiativeAsync(QrTitle, recognisedOn: Today.AddDays(-10));
        Refused(await b.Nominations().RecogniseInitiativeAsync(initiative.Id, Chairman, "08/QĐ-UBND", Today), FailureKind.Conflict, "",
            $"Sáng kiến \"{QrTitle}\" đang ở trạng thái \"Đã công nhận\": không thể công nhận.");
        var stored = await b.StoredInitiativeAsync(initiative.Id);
        Assert.Equal(("05/QĐ-UBND", (DateOnly?)Today.AddDays(-10)), (stored.DecisionNumber, stored.DecisionDate));
    }

    [Fact]
    public async Task The_initiatives_unit_and_the_secretariat_record_its_effect_another_unit_does_not()
    {
        await using var b = await CreateAsync();
        var office = await b.Commune.UnitAsync("Văn phòng HĐND và UBND");
        var initiative = await b.InitiativeAsync(QrTitle, b.UnitId, recognisedOn: Today);
        const string refusal = "Chỉ đơn vị có sáng kiến hoặc bộ phận tham mưu ghi nhận hiệu quả.";
        Refused(await b.Nominations().RecordInitiativeEffectAsync(initiative.Id, Officer(office.Id), "Giảm 30% thời gian"), FailureKind.Forbidden, "", refusal);
        Refused(await b.Nominations().RecordInitiativeEffectAsync(initiative.Id, Member, "Giảm 30% thời gian"), FailureKind.Forbidden, "", refusal);
        Refused(await b.Nominations().RecordInitiativeEffectAsync(initiative.Id, Officer(b.UnitId) with { TenantReadOnly = true }, "Giảm 30% thời gian"), FailureKind.Forbidden, "", refusal);
        Refused(await b.Nominations().RecordInitiativeEffectAsync(initiative.Id, ProvinceReader, "Giảm 30% thời gian"), FailureKind.Forbidden, "", refusal);
        Assert.Null((await b.StoredInitiativeAsync(initiative.Id)).EffectEvidence);

        b.Commune.Clock.Advance(TimeSpan.FromDays(30));
        Ok(await b.Nominations().RecordInitiativeEffectAsync(initiative.Id, Officer(b.UnitId), "  Giảm 30% thời gian tra cứu (Báo cáo 21/BC-UBND) "));
        var stored = await b.StoredInitiativeAsync(initiative.Id);
        Assert.Equal(("Giảm 30% thời gian tra cứu (Báo cáo 21/BC-UBND)", (DateOnly?)Today.AddDays(30), InitiativeStatus.Recognised),
            (stored.EffectEvidence, stored.EffectRecordedOn, stored.Status));

        Ok(await b.Nominations().RecordInitiativeEffectAsync(initiative.Id, Secretariat, "Báo cáo 25/BC-UBND"));
        Ok(await b.Nominations().RecordInitiativeEffectAsync(initiative.Id, Chairman, "Báo cáo 26/BC-UBND"));
        Assert.Equal("Báo cáo 26/BC-UBND", (await b.StoredInitiativeAsync(initiative.Id)).EffectEvidence);
    }

    [Fact]
    public async Task An_initiative_without_a_unit_takes_its_effect_only_from_the_secretariat()
    {
        await using var b = await CreateAsync();
        var initiative = await b.InitiativeAsync(QrTitle, recognisedOn: Today);
        Refused(await b.Nominations().RecordInitiativeEffectAsync(initiative.Id, Officer(b.UnitId), "Giảm 30% thời gian"), FailureKind.Forbidden, "",
            "Chỉ đơn vị có sáng kiến hoặc bộ phận tham mưu ghi nhận hiệu quả.");
        Ok(await b.Nominations().RecordInitiativeEffectAsync(initiative.Id, Admin, "Giảm 30% thời gian"));
    }

    [Fact]
    public async Task An_effect_needs_evidence_a_recognised_initiative_and_an_existing_one()
    {
        await using var b = await CreateAsync();
        var proposed = await b.InitiativeAsync(QrTitle, b.UnitId);
        var recognised = await b.InitiativeAsync("Một cửa không giấy", b.UnitId, recognisedOn: Today);
        Refused(await b.Nominations().RecordInitiativeEffectAsync(Guid.NewGuid(), Secretariat, "Báo cáo"), FailureKind.NotFound, "", "Không tìm thấy sáng kiến.");
        Refused(await b.Nominations().RecordInitiativeEffectAsync(proposed.Id, Officer(b.UnitId), "Báo cáo"), FailureKind.Conflict, "",
            $"Sáng kiến \"{QrTitle}\" đang ở trạng thái \"Đề xuất\": không thể ghi nhận hiệu quả áp dụng.");
        Refused(await b.Nominations().RecordInitiativeEffectAsync(recognised.Id, Officer(b.UnitId), "  "), FailureKind.Invalid, "evidence",
            "Hãy ghi minh chứng hiệu quả áp dụng (số liệu, báo cáo, văn bản).");
        Assert.Null((await b.StoredInitiativeAsync(recognised.Id)).EffectRecordedOn);
    }

    [Fact]
    public async Task Another_communes_initiative_is_not_found_for_any_step()
    {
        await using var b = await CreateAsync();
        var theirs = Proposed("Sáng kiến của phường khác");
        Ok(theirs.Evaluate("Đạt", Today));
        await using (var other = await b.OtherCommuneAsync())
        {
            other.Initiatives.Add(theirs);
            await other.SaveChangesAsync();
        }

        var nominations = b.Nominations();
        Refused(await nominations.EvaluateInitiativeAsync(theirs.Id, Admin, "Đạt"), FailureKind.NotFound, "", "Không tìm thấy sáng kiến.");
        Refused(await nominations.RecogniseInitiativeAsync(theirs.Id, Admin, "07/QĐ-UBND", Today), FailureKind.NotFound, "", "Không tìm thấy sáng kiến.");
        Refused(await nominations.RecordInitiativeEffectAsync(theirs.Id, Admin, "Báo cáo"), FailureKind.NotFound, "", "Không tìm thấy sáng kiến.");
    }

    [Fact]
    public async Task Each_accepted_step_is_saved_and_audited_a_refused_one_is_not()
    {
        await using var b = await CreateAsync();
        var proposed = Ok(await b.Nominations().ProposeInitiativeAsync(Officer(b.UnitId), Proposal(unitId: b.UnitId)));
        Refused(await b.Nominations().RecogniseInitiativeAsync(proposed.Id, Chairman, "07/QĐ-UBND", Today), FailureKind.Conflict, "",
            "Sáng kiến cần được Hội đồng Thi đua - Khen thưởng đánh giá trước khi công nhận.");
        Ok(await b.Nominations().EvaluateInitiativeAsync(proposed.Id, Member, "Đạt"));
        Ok(await b.Nominations().RecogniseInitiativeAsync(proposed.Id, Chairman, "07/QĐ-UBND", Today));
        Ok(await b.Nominations().RecordInitiativeEffectAsync(proposed.Id, Officer(b.UnitId), "Báo cáo 21/BC-UBND"));

        var id = proposed.Id.ToString();
        Assert.Equal([(AuditAction.Create, id), (AuditAction.Update, id), (AuditAction.Update, id), (AuditAction.Update, id)], await b.AuditsAsync(nameof(Initiative)));
        await using var db = b.Commune.Open();
        Assert.Equal(1, await db.Initiatives.CountAsync());
    }
}
