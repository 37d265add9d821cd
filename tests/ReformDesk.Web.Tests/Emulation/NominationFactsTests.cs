using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Platform.Uploads;
using ReformDesk.Web.Tests.Infrastructure;
using static ReformDesk.Web.Tests.Infrastructure.HttpForms;

namespace ReformDesk.Web.Tests.Emulation;

/// <summary>
/// Issue #13 points 5 and 8 on each real database: the facts the award rules read are stored (appraisals, discipline with
/// its period, reform-work assignments, member counts, reform ratings with evidence) and each rule passes, fails or reports
/// missing data from them; a unit proposes only its own people with achievements picked from their records.
/// Each test works in its own movement and its own people so tests sharing the seeded app do not see each other's rows.
/// </summary>
public abstract class NominationFactsTests(AppFixture fixture)
{
    private AppFactory App => fixture.App;

    private Tenant VietHoa => App.Communes().Single(c => c.Code == "HP-VIETHOA");

    private static readonly Actor Secretariat = new(null, "Tham mưu CCHC", [Roles.ReformSecretariat], null, false);

    private static Actor Head(Guid unitId) => new(null, "Trưởng phòng", [Roles.DepartmentHead], unitId, false);

    private static string Unique(string name) => $"{name} {Guid.NewGuid():N}"[..(name.Length + 7)];

    private sealed record World(AsyncServiceScope Scope, ReformDeskDbContext Db, NominationService Nominations, FactService Facts, Guid UnitA, Guid UnitB, int Year)
        : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Scope.DisposeAsync();

        public async Task<Guid> PersonAsync(string name, Guid unit)
        {
            var person = new Person { FullName = name };
            Db.People.Add(person);
            Db.PositionTenures.Add(new PositionTenure { PersonId = person.Id, UnitId = unit, Title = "Chuyên viên", FromYear = Year - 3 });
            await Db.SaveChangesAsync();
            return person.Id;
        }

        /// <summary>A fresh movement over the years with one round of the given kind; the deadline is a month away.</summary>
        public async Task<ReformDesk.Core.Emulation.NominationRound> RoundAsync(RoundKind kind, int fromYear, int? minYears = null, ReformRating? unitRating = null)
        {
            var movement = new Movement { Title = "Phong trào dữ liệu " + Guid.NewGuid().ToString("N")[..8], StartYear = fromYear, EndYear = Year, IssuingBody = "UBND phường Việt Hòa" };
            Db.Movements.Add(movement);
            await Db.SaveChangesAsync();
            var round = await Nominations.CreateRoundAsync(movement.Id, Secretariat,
                new RoundInput(kind, Year, fromYear, Nominations.Today.AddDays(30), null, null, minYears, RequiredUnitRating: unitRating));
            Assert.True(round.Succeeded, string.Join(" ", round.Errors.Values));
            return round.Value!;
        }

        public async Task<RuleOutcome> OutcomeAsync(Guid round, Actor actor, NominationInput input, string rule)
        {
            var draft = await Nominations.CreateAsync(round, actor, input);
            Assert.True(draft.Succeeded, string.Join(" ", draft.Errors.Values));
            return (await Nominations.CheckAsync(draft.Value!)).Checks.Single(c => c.Code == rule).Outcome;
        }
    }

    private async Task<World> WorldAsync()
    {
        var scope = App.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TenantContext>();
        context.SetUser(null, "test");
        context.SetTenant(VietHoa.Id, readOnly: false);
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<ReformDeskDbContext>();
        // Two fresh units per test: member counts and tenures of one test never reach another.
        var a = new Unit { Name = Unique("Phòng thử A"), Kind = UnitKind.Department };
        var b = new Unit { Name = Unique("Phòng thử B"), Kind = UnitKind.Department };
        db.Units.AddRange(a, b);
        await db.SaveChangesAsync();
        var nominations = sp.GetRequiredService<NominationService>();
        return new World(scope, db, nominations, sp.GetRequiredService<FactService>(), a.Id, b.Id, nominations.Today.Year);
    }

    private static NominationInput Individual(Guid person, Guid unit, AwardKind award = AwardKind.LaoDongTienTien) =>
        new(NomineeKind.Individual, null, person, unit, award, "Hoàn thành tốt nhiệm vụ", null);

    private static NominationInput Collective(Guid unit, AwardKind award = AwardKind.TapTheLaoDongTienTien) =>
        new(NomineeKind.Collective, unit, null, unit, award, "Tập thể hoàn thành tốt nhiệm vụ", null);

    [Fact]
    public async Task Lao_dong_tien_tien_reads_the_recorded_appraisal_and_a_discipline_still_in_effect()
    {
        await using var w = await WorldAsync();
        var round = await w.RoundAsync(RoundKind.Annual, w.Year);
        var person = await w.PersonAsync("Đặng Thị Dữ Liệu", w.UnitA);

        // Missing: no appraisal recorded — the submission is refused, and no tick can stand in for it.
        var refused = await w.Nominations.CreateAsync(round.Id, Head(w.UnitA), Individual(person, w.UnitA), submit: true);
        Assert.Contains($"Chưa ghi kết quả đánh giá, xếp loại năm {w.Year} của Đặng Thị Dữ Liệu", refused.Errors["rules"]);

        // Fail: recorded below "Hoàn thành tốt nhiệm vụ".
        var input = new AppraisalInput(person, null, w.Year, AppraisalResult.HoanThanh, "40/QĐ-UBND", w.Nominations.Today);
        var first = await w.Facts.SaveAppraisalAsync(Secretariat, input);
        Assert.True(first.Succeeded, string.Join(" ", first.Errors.Values));
        var low = await w.OutcomeAsync(round.Id, Head(w.UnitA), Individual(person, w.UnitA), "LAO_DONG_TIEN_TIEN_STANDARD");
        Assert.Equal(RuleStatus.Failed, low.Status);
        Assert.Contains("là “Hoàn thành nhiệm vụ”", low.Reason);

        // Corrected (same year again): one row, new result, audited; now it passes.
        Assert.True((await w.Facts.SaveAppraisalAsync(Secretariat, input with { Classification = AppraisalResult.HoanThanhTot })).Succeeded);
        Assert.Equal(AppraisalResult.HoanThanhTot, (await w.Db.Appraisals.AsNoTracking().SingleAsync(a => a.PersonId == person)).Classification);
        Assert.Equal(2, await w.Db.AuditEntries.CountAsync(e => e.Entity == "Appraisal" && e.EntityId.Contains(first.Value!.Id.ToString())));
        Assert.Equal(RuleStatus.Passed, (await w.OutcomeAsync(round.Id, Head(w.UnitA), Individual(person, w.UnitA), "LAO_DONG_TIEN_TIEN_STANDARD")).Status);

        // A warning decided on 1 October of last year is in effect for 12 months, so it counts this year too.
        var discipline = await w.Facts.SaveDisciplineAsync(Secretariat, new DisciplineInput(person, DisciplineLevel.CanhCao, "77/QĐ-UBND", new DateOnly(w.Year - 1, 10, 1), null, null));
        Assert.True(discipline.Succeeded, string.Join(" ", discipline.Errors.Values));
        Assert.Equal(new DateOnly(w.Year, 9, 30), discipline.Value!.EffectiveTo);
        var disciplined = await w.OutcomeAsync(round.Id, Head(w.UnitA), Individual(person, w.UnitA), "LAO_DONG_TIEN_TIEN_STANDARD");
        Assert.Equal(RuleStatus.Failed, disciplined.Status);
        Assert.Contains("kỷ luật hình thức cảnh cáo", disciplined.Reason);

        // Corrected to end before this year: it no longer counts.
        Assert.True((await w.Facts.SaveDisciplineAsync(Secretariat, new DisciplineInput(person, DisciplineLevel.CanhCao, "77/QĐ-UBND", new DateOnly(w.Year - 1, 10, 1), null, new DateOnly(w.Year - 1, 12, 31), discipline.Value.Id))).Succeeded);
        Assert.Equal(RuleStatus.Passed, (await w.OutcomeAsync(round.Id, Head(w.UnitA), Individual(person, w.UnitA), "LAO_DONG_TIEN_TIEN_STANDARD")).Status);

        // Guarded input: a decision in the future, an appraisal decided years later, a reader without the role.
        Assert.Contains("không được sau hôm nay", (await w.Facts.SaveAppraisalAsync(Secretariat, input with { DecisionDate = w.Nominations.Today.AddDays(1) })).Errors.Values.Single());
        Assert.Contains("phải ban hành trong năm", (await w.Facts.SaveAppraisalAsync(Secretariat, input with { Year = w.Year - 3 })).Errors.Values.Single());
        Assert.True((await w.Facts.SaveAppraisalAsync(Head(w.UnitA), input)).Failure == FailureKind.Forbidden);
        Assert.True((await w.Facts.SaveAppraisalAsync(Secretariat with { TenantReadOnly = true }, input)).Failure == FailureKind.Forbidden);
    }

    [Fact]
    public async Task Chien_si_thi_dua_co_so_reads_the_appraisal_and_an_accepted_scheme_of_the_year()
    {
        await using var w = await WorldAsync();
        var round = await w.RoundAsync(RoundKind.Annual, w.Year);
        var person = await w.PersonAsync("Hồ Văn Đề Tài", w.UnitA);
        const string Rule = "CHIEN_SI_THI_DUA_CO_SO_STANDARD";
        var input = Individual(person, w.UnitA, AwardKind.ChienSiThiDuaCoSo);

        Assert.Equal(RuleStatus.MissingData, (await w.OutcomeAsync(round.Id, Head(w.UnitA), input, Rule)).Status);
        Assert.True((await w.Facts.SaveAppraisalAsync(Secretariat, new AppraisalInput(person, null, w.Year, AppraisalResult.HoanThanhTot, "44/QĐ-UBND", w.Nominations.Today))).Succeeded);
        var plain = await w.OutcomeAsync(round.Id, Head(w.UnitA), input, Rule);
        Assert.Equal(RuleStatus.Failed, plain.Status);
        Assert.Contains("chưa đạt tiêu chuẩn “Chiến sĩ thi đua cơ sở”", plain.Reason);

        var scheme = await w.Facts.SaveSchemeAsync(Secretariat, new SchemeInput(person, "Đề án số hóa hồ sơ lưu trữ", "45/QĐ-UBND", w.Nominations.Today));
        Assert.True(scheme.Succeeded, string.Join(" ", scheme.Errors.Values));
        Assert.Equal(RuleStatus.Passed, (await w.OutcomeAsync(round.Id, Head(w.UnitA), input, Rule)).Status);
        var options = (await w.Nominations.AchievementsAsync([new Person { Id = person, FullName = "Hồ Văn Đề Tài" }], [], w.UnitA))[person];
        Assert.Contains(options, a => a.Key == "de-tai:45/QĐ-UBND" && a.Text.Contains("Đề án số hóa hồ sơ lưu trữ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_collective_is_judged_on_its_recorded_count_appraisal_and_the_members_history()
    {
        await using var w = await WorldAsync();
        var round = await w.RoundAsync(RoundKind.Annual, w.Year);
        var members = new List<Guid>();
        foreach (var name in new[] { "Thành viên Một", "Thành viên Hai", "Thành viên Ba" })
        {
            members.Add(await w.PersonAsync(name, w.UnitA));
        }

        const string Rule = "TAP_THE_LAO_DONG_TIEN_TIEN_STANDARD";
        var missing = await w.OutcomeAsync(round.Id, Head(w.UnitA), Collective(w.UnitA), Rule);
        Assert.Equal(RuleStatus.MissingData, missing.Status);
        Assert.Contains($"số thành viên năm {w.Year}", missing.Reason);

        Assert.True((await w.Facts.SaveMemberCountAsync(Secretariat, new MemberCountInput(w.UnitA, w.Year, 3, "Quyết định 12/QĐ-UBND giao biên chế"))).Succeeded);
        Assert.True((await w.Facts.SaveAppraisalAsync(Secretariat, new AppraisalInput(null, w.UnitA, w.Year, AppraisalResult.HoanThanhTot, "41/QĐ-UBND", w.Nominations.Today))).Succeeded);
        var few = await w.OutcomeAsync(round.Id, Head(w.UnitA), Collective(w.UnitA), Rule);
        Assert.Equal(RuleStatus.Failed, few.Status);
        Assert.Contains("có 0/3 cá nhân đạt danh hiệu “Lao động tiên tiến”", few.Reason);

        // Two members' titles in the award history (a Chiến sĩ thi đua cơ sở counts as having met the standard).
        w.Db.AwardRecords.AddRange(
            new AwardRecord { NomineeKind = NomineeKind.Individual, PersonId = members[0], NomineeName = "Thành viên Một", AwardKind = AwardKind.LaoDongTienTien, Year = w.Year, DecisionNumber = "50/QĐ-UBND" },
            new AwardRecord { NomineeKind = NomineeKind.Individual, PersonId = members[1], NomineeName = "Thành viên Hai", AwardKind = AwardKind.ChienSiThiDuaCoSo, Year = w.Year, DecisionNumber = "50/QĐ-UBND" });
        await w.Db.SaveChangesAsync();
        Assert.Equal(RuleStatus.Passed, (await w.OutcomeAsync(round.Id, Head(w.UnitA), Collective(w.UnitA), Rule)).Status);

        // A member disciplined at warning level this year fails the collective.
        Assert.True((await w.Facts.SaveDisciplineAsync(Secretariat, new DisciplineInput(members[2], DisciplineLevel.CanhCao, "78/QĐ-UBND", w.Nominations.Today.AddDays(-10), null, null))).Succeeded);
        var disciplined = await w.OutcomeAsync(round.Id, Head(w.UnitA), Collective(w.UnitA), Rule);
        Assert.Equal(RuleStatus.Failed, disciplined.Status);
        Assert.Contains("1 cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên", disciplined.Reason);

        // The counts the page shows are the ones the rule read; "100% completing duties" waits for every member's appraisal.
        var counted = (await w.Facts.UnitAsync(w.UnitA))!.Years.Single(y => y.Year == w.Year).Counted!;
        Assert.Equal((3, 2, 1, 1, 0), (counted.MemberCount, counted.MembersWithLaoDongTienTien, counted.MembersDisciplinedWarningOrAbove, counted.MembersWithChienSiThiDuaCoSo ?? -1, counted.MembersAppraised ?? -1));
        Assert.Null(counted.MembersCompletingDuties);
        var xuatSac = await w.OutcomeAsync(round.Id, Head(w.UnitA), Collective(w.UnitA, AwardKind.TapTheLaoDongXuatSac), "TAP_THE_LAO_DONG_XUAT_SAC_STANDARD");
        Assert.Equal(RuleStatus.Failed, xuatSac.Status);
        Assert.Contains("chưa đạt “Hoàn thành xuất sắc nhiệm vụ”", xuatSac.Reason);
    }

    [Fact]
    public async Task Years_of_reform_work_are_derived_from_the_assignments()
    {
        await using var w = await WorldAsync();
        var round = await w.RoundAsync(RoundKind.PeriodEnd, w.Year - 2, minYears: 2);
        var person = await w.PersonAsync("Lý Văn Cải Cách", w.UnitA);
        const string Rule = "MIN_YEARS_DIRECT_REFORM_WORK";
        var input = Individual(person, w.UnitA, AwardKind.GiayKhenChuTichXa);

        Assert.Equal(RuleStatus.MissingData, (await w.OutcomeAsync(round.Id, Head(w.UnitA), input, Rule)).Status);

        var assignment = await w.Facts.SaveAssignmentAsync(Secretariat, new AssignmentInput(person, "Tham mưu công tác CCHC", "05/QĐ-UBND", new DateOnly(w.Year - 1, 6, 25), new DateOnly(w.Year - 1, 7, 1), null));
        Assert.True(assignment.Succeeded, string.Join(" ", assignment.Errors.Values));
        var short_ = await w.OutcomeAsync(round.Id, Head(w.UnitA), input, Rule);
        Assert.Equal(RuleStatus.Failed, short_.Status);
        Assert.Contains("mới có 1 năm", short_.Reason);

        // Corrected: assigned since before the period, so the whole period up to today counts.
        Assert.True((await w.Facts.SaveAssignmentAsync(Secretariat, new AssignmentInput(person, "Tham mưu công tác CCHC", "05/QĐ-UBND", new DateOnly(w.Year - 4, 12, 20), new DateOnly(w.Year - 4, 12, 20), null, assignment.Value!.Id))).Succeeded);
        Assert.Equal(RuleStatus.Passed, (await w.OutcomeAsync(round.Id, Head(w.UnitA), input, Rule)).Status);
        Assert.Contains("Ngày kết thúc không được trước", (await w.Facts.SaveAssignmentAsync(Secretariat, new AssignmentInput(person, "x", "1/QĐ", w.Nominations.Today, w.Nominations.Today, w.Nominations.Today.AddDays(-1)))).Errors.Values.Single());
    }

    [Fact]
    public async Task The_units_reform_rating_is_entered_with_evidence_when_no_par_index_gives_it()
    {
        await using var w = await WorldAsync();
        var year = w.Year - 4;
        var round = await w.RoundAsync(RoundKind.PeriodEnd, year + 1, unitRating: ReformRating.Kha);
        const string Rule = "UNIT_REFORM_RATING";
        var input = Collective(w.UnitA, AwardKind.GiayKhenChuTichXa);

        // No rating anywhere: whether the unit is rated at all stays for a person to confirm.
        var unknown = await w.OutcomeAsync(round.Id, Head(w.UnitA), input, Rule);
        Assert.Equal(RuleStatus.NeedsConfirmation, unknown.Status);

        var commune = await w.Facts.SaveReformRatingAsync(Secretariat, new ReformRatingInput(null, year, ReformRating.TrungBinh, "90/QĐ-UBND", new DateOnly(year + 1, 3, 1), "https://viethoa.haiphong.gov.vn/chi-so-cchc"));
        Assert.True(commune.Succeeded, string.Join(" ", commune.Errors.Values));
        var low = await w.OutcomeAsync(round.Id, Head(w.UnitA), input, Rule);
        Assert.Equal(RuleStatus.Failed, low.Status);
        Assert.Contains("xếp loại “Trung bình”", low.Reason);

        // The unit's own rating is more specific than the commune's.
        Assert.True((await w.Facts.SaveReformRatingAsync(Secretariat, new ReformRatingInput(w.UnitA, year, ReformRating.Kha, "91/QĐ-UBND", new DateOnly(year + 1, 3, 2), null))).Succeeded);
        Assert.Equal(RuleStatus.Passed, (await w.OutcomeAsync(round.Id, Head(w.UnitA), input, Rule)).Status);
        Assert.Contains("http(s)", (await w.Facts.SaveReformRatingAsync(Secretariat, new ReformRatingInput(w.UnitA, year, ReformRating.Kha, "91/QĐ-UBND", new DateOnly(year + 1, 3, 2), "javascript:alert(1)"))).Errors.Values.Single());

        // The commune-level entry is removed again so other tests see no rating for that year.
        Assert.True((await w.Facts.DeleteAsync(Secretariat, "reform-rating", commune.Value!.Id)).Succeeded);
    }

    [Fact]
    public async Task A_unit_head_nominates_only_the_units_own_people_and_collective_with_achievements_from_their_records()
    {
        await using var w = await WorldAsync();
        var round = await w.RoundAsync(RoundKind.Annual, w.Year);
        var own = await w.PersonAsync("Người Của Phòng", w.UnitA);
        var stranger = await w.PersonAsync("Người Phòng Khác", w.UnitB);

        var foreign = await w.Nominations.CreateAsync(round.Id, Head(w.UnitA), Individual(stranger, w.UnitA, AwardKind.GiayKhenChuTichXa));
        Assert.Contains("Người Phòng Khác không giữ chức vụ tại", foreign.Errors[nameof(NominationInput.NomineePersonId)]);
        var otherCollective = await w.Nominations.CreateAsync(round.Id, Head(w.UnitA), Collective(w.UnitB, AwardKind.GiayKhenChuTichXa) with { UnitId = w.UnitA });
        Assert.Contains("chỉ đề nghị khen thưởng tập thể của chính mình", otherCollective.Errors[nameof(NominationInput.NomineeUnitId)]);
        var offered = await w.Nominations.NominablePeopleAsync(Head(w.UnitA), round.Id, w.UnitA);
        Assert.Contains(offered, p => p.Id == own);
        Assert.DoesNotContain(offered, p => p.Id == stranger);

        // The achievement is chosen from the person's records; a key they do not have is refused.
        Assert.True((await w.Facts.SaveAppraisalAsync(Secretariat, new AppraisalInput(own, null, w.Year, AppraisalResult.HoanThanhXuatSac, "42/QĐ-UBND", w.Nominations.Today))).Succeeded);
        var options = (await w.Nominations.AchievementsAsync([new Person { Id = own, FullName = "Người Của Phòng" }], [], w.UnitA))[own];
        var appraisal = Assert.Single(options, a => a.Key == $"danh-gia:{w.Year}");
        Assert.Contains("Hoàn thành xuất sắc nhiệm vụ", appraisal.Text);
        var typed = await w.Nominations.CreateAsync(round.Id, Head(w.UnitA), Individual(own, w.UnitA, AwardKind.GiayKhenChuTichXa) with { AchievementKey = "cchc:2026" });
        Assert.Contains("không có trong hồ sơ của Người Của Phòng", typed.Errors[nameof(NominationInput.AchievementKey)]);
        var picked = await w.Nominations.CreateAsync(round.Id, Head(w.UnitA), Individual(own, w.UnitA, AwardKind.GiayKhenChuTichXa) with { AchievementKey = appraisal.Key, AchievementSummary = "" });
        Assert.True(picked.Succeeded, string.Join(" ", picked.Errors.Values));
        Assert.Equal((appraisal.Key, appraisal.Text), (picked.Value!.AchievementKey, picked.Value.AchievementSummary));
    }

    [Fact]
    public async Task The_nomination_page_offers_the_heads_own_people_and_keeps_a_refused_form()
    {
        Guid roundId;
        await using (var w = await WorldAsync())
        {
            var movement = await w.Db.Movements.Where(m => m.SourceDocument!.StartsWith("000_")).SingleAsync();
            roundId = (await w.Db.NominationRounds.SingleAsync(r => r.MovementId == movement.Id && r.Kind == RoundKind.Annual)).Id;
        }

        var head = await App.SignInAsync(App.UserName(Roles.DepartmentHead, VietHoa.Id));
        var form = WebUtility.HtmlDecode(await head.GetStringAsync($"/Emulation/Nominate/{roundId}"));
        Assert.Contains("Nguyễn Văn Hùng", form);
        Assert.DoesNotContain("Trần Văn Bình", form);
        Assert.Contains("Kết quả đánh giá, xếp loại: Hoàn thành xuất sắc nhiệm vụ năm 2025 (Quyết định 210/QĐ-UBND ngày 22/12/2025)", form);
        Assert.DoesNotContain("Mã thành tích", form);

        Guid binh;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(VietHoa.Id, readOnly: true);
            binh = (await scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>().People.SingleAsync(p => p.FullName == "Trần Văn Bình")).Id;
        }

        var refused = await PostFormAsync(head, $"/Emulation/Nominate/{roundId}", new()
        {
            ["Input.NomineeKind"] = "Individual", ["Input.NomineePersonId"] = binh.ToString(), ["Input.AwardKind"] = "GiayKhenChuTichXa",
            ["Input.AchievementSummary"] = "Thành tích của người đơn vị khác", ["Input.Evidence"] = "Báo cáo 77/BC-UBND", ["action"] = "draft",
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var again = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Trần Văn Bình không giữ chức vụ tại", again);
        Assert.Contains("Thành tích của người đơn vị khác", again);
        Assert.Contains("Báo cáo 77/BC-UBND", again);
    }

    [Fact]
    public async Task Pages_and_api_record_correct_and_refuse_by_role()
    {
        Guid person, unit;
        await using (var w = await WorldAsync())
        {
            person = await w.PersonAsync(Unique("Cán bộ Trang"), w.UnitA);
            unit = w.UnitA;
        }

        var secretariat = await App.SignInAsync(App.UserName(Roles.ReformSecretariat, VietHoa.Id));
        var year = DateTime.UtcNow.Year;

        // A refused appraisal form comes back with what was typed and the reason.
        var refused = await PostFormAsync(secretariat, $"/Organisation/Person/{person}?handler=Appraisal", new()
        {
            ["Appraisal.Year"] = year.ToString(), ["Appraisal.Classification"] = "HoanThanhTot", ["Appraisal.DecisionNumber"] = "", ["Appraisal.DecisionDate"] = $"{year}-01-05",
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Hãy nhập số văn bản quyết định", html);
        Assert.Contains($"value=\"{year}-01-05\"", html);

        var saved = await PostFormAsync(secretariat, $"/Organisation/Person/{person}?handler=Appraisal", new()
        {
            ["Appraisal.Year"] = year.ToString(), ["Appraisal.Classification"] = "HoanThanhTot", ["Appraisal.DecisionNumber"] = "43/QĐ-UBND", ["Appraisal.DecisionDate"] = $"{year}-01-05",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("43/QĐ-UBND", WebUtility.HtmlDecode(await secretariat.GetStringAsync($"/Organisation/Person/{person}")));

        // The JSON API: discipline recorded, read back; member count on the unit; an officer reads nothing and writes nothing.
        var discipline = await SendJsonAsync(secretariat, HttpMethod.Post, $"/api/people/{person}/discipline", new { Penalty = "KhienTrach", DecisionNumber = "79/QĐ-UBND", DecisionDate = $"{year}-01-10" });
        Assert.Equal(HttpStatusCode.OK, discipline.StatusCode);
        var facts = await secretariat.GetFromJsonAsync<JsonElement>($"/api/people/{person}/facts");
        Assert.Equal("khiển trách", facts.GetProperty("discipline")[0].GetProperty("penaltyText").GetString());
        Assert.Equal("HoanThanhTot", facts.GetProperty("appraisals")[0].GetProperty("classification").GetString());
        var count = await SendJsonAsync(secretariat, HttpMethod.Post, $"/api/units/{unit}/member-counts", new { Year = year, MemberCount = 0, Evidence = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, count.StatusCode);
        Assert.Contains("Số thành viên phải từ 1", await count.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await SendJsonAsync(secretariat, HttpMethod.Post, $"/api/units/{unit}/member-counts", new { Year = year, MemberCount = 4, Evidence = "Quyết định 13/QĐ-UBND" })).StatusCode);
        Assert.Contains("Quyết định 13/QĐ-UBND", WebUtility.HtmlDecode(await secretariat.GetStringAsync($"/Organisation/UnitFacts/{unit}")));

        var officer = await App.SignInAsync(App.UserName(Roles.Officer, VietHoa.Id));
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"/api/people/{person}/facts")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendJsonAsync(officer, HttpMethod.Post, $"/api/people/{person}/appraisals", new { Year = year, Classification = "HoanThanhXuatSac", DecisionNumber = "1/QĐ", DecisionDate = $"{year}-01-05" })).StatusCode);
        Assert.True(IsForbidden(await officer.GetAsync($"/Organisation/Person/{person}")));
        Assert.Equal(HttpStatusCode.NotFound, (await secretariat.GetAsync($"/Organisation/Person/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task A_years_appraisals_import_all_or_nothing_with_errors_by_sheet_row_and_column()
    {
        string name;
        Guid person, unit;
        await using (var w = await WorldAsync())
        {
            name = Unique("Cán bộ Nhập");
            person = await w.PersonAsync(name, w.UnitA);
            unit = w.UnitA;
        }

        var unitName = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Units.Single(u => u.Id == unit).Name);
        var year = DateTime.UtcNow.Year - 1;
        byte[] Workbook(params string[][] rows)
        {
            var data = rows.Select(r => AppraisalImport.Headers.Zip(r).ToDictionary(p => p.First, p => (object)p.Second)).ToList();
            using var stream = new MemoryStream();
            stream.SaveAs(new Dictionary<string, object> { [AppraisalImport.Sheet] = data });
            return stream.ToArray();
        }

        await using var scope = App.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TenantContext>();
        context.SetUser(null, "test");
        context.SetTenant(VietHoa.Id, readOnly: false);
        var importer = scope.ServiceProvider.GetRequiredService<AppraisalImport>();
        var guard = scope.ServiceProvider.GetRequiredService<UploadGuard>();
        var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();

        var bad = Workbook(
            ["Cá nhân", name, unitName, "Hoàn thành tốt nhiệm vụ", "60/QĐ-UBND", $"20/12/{year}"],
            ["Cá nhân", "Người Không Có Thật", "", "Hoàn thành tốt nhiệm vụ", "60/QĐ-UBND", $"20/12/{year}"],
            ["Tập thể", unitName, "", "Hoàn thành rất tốt", "61/QĐ-UBND", $"20/12/{year}"]);
        using (var upload = guard.Check(bad, "danh-gia.xlsx", UploadForm.AppraisalResults).Upload!)
        {
            var result = await importer.ImportAsync(Secretariat, year, upload);
            Assert.False(result.Succeeded);
            Assert.Contains(result.Errors, e => e is { Sheet: "Đánh giá", Row: 3, Column: "B" } && e.Message == "Không tìm thấy cán bộ “Người Không Có Thật”.");
            Assert.Contains(result.Errors, e => e is { Row: 4, Column: "D" } && e.Message.StartsWith("Kết quả “Hoàn thành rất tốt” không phải một mức", StringComparison.Ordinal));
        }

        Assert.False(await db.Appraisals.AnyAsync(a => a.PersonId == person));

        var good = Workbook(
            ["Cá nhân", name, unitName, "Hoàn thành xuất sắc nhiệm vụ", "60/QĐ-UBND", $"20/12/{year}"],
            ["Tập thể", unitName, "", "Hoàn thành tốt nhiệm vụ", "61/QĐ-UBND", $"20/12/{year}"]);
        using (var upload = guard.Check(good, "danh-gia.xlsx", UploadForm.AppraisalResults).Upload!)
        {
            var result = await importer.ImportAsync(Secretariat, year, upload);
            Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Message)));
            Assert.Equal(2, result.Saved);
        }

        Assert.Equal(AppraisalResult.HoanThanhXuatSac, (await db.Appraisals.AsNoTracking().SingleAsync(a => a.PersonId == person && a.Year == year)).Classification);
        Assert.Equal(AppraisalResult.HoanThanhTot, (await db.Appraisals.AsNoTracking().SingleAsync(a => a.UnitId == unit && a.Year == year)).Classification);

        // Through the page: the template downloads and a workbook without the sheet is refused by name.
        var secretariat = await App.SignInAsync(App.UserName(Roles.ReformSecretariat, VietHoa.Id));
        Assert.Equal(HttpStatusCode.OK, (await secretariat.GetAsync($"/Organisation/AppraisalImport?handler=Template&year={year}")).StatusCode);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(AppFactory.FormToken(await secretariat.GetStringAsync("/Organisation/AppraisalImport"))), "__RequestVerificationToken" },
            { new StringContent(year.ToString()), "Year" },
            { new ByteArrayContent(EmptySheet()), "Upload", "khac.xlsx" },
        };
        var page = WebUtility.HtmlDecode(await (await secretariat.PostAsync("/Organisation/AppraisalImport", content)).Content.ReadAsStringAsync());
        Assert.Contains("Trang “Đánh giá”: Tệp không có trang tính “Đánh giá”", page);
    }

    private static byte[] EmptySheet()
    {
        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object> { ["Khác"] = new[] { new Dictionary<string, object> { ["A"] = "x" } } });
        return stream.ToArray();
    }
}

public sealed class SqliteNominationFactsTests(SqliteApp fixture) : NominationFactsTests(fixture), IClassFixture<SqliteApp>;

public sealed class PostgresNominationFactsTests(PostgresApp fixture) : NominationFactsTests(fixture), IClassFixture<PostgresApp>;
