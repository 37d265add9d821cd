using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Tests.Infrastructure;
using static ReformDesk.Web.Tests.Infrastructure.HttpForms;

namespace ReformDesk.Web.Tests.Organisation;

/// <summary>
/// The organisation pages as a commune's secretariat and officers use them: units, people and posts, merging a duplicate
/// unit, the fact forms; refused forms come back as typed, another commune's rows answer 404.
/// </summary>
public sealed class OrganisationPageTests(SqliteApp fixture) : IClassFixture<SqliteApp>
{
    private AppFactory App => fixture.App;

    private (Tenant Mine, Tenant Other) Communes() => App.TwoCommunesOfOneProvince();

    private Task<HttpClient> As(string role, Tenant commune) => App.SignInAsync(App.UserName(role, commune.Id));

    private static async Task<string> Html(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private Guid UnitOf(Tenant commune, string name) => App.WithSystemScope(sp =>
        sp.GetRequiredService<ReformDeskDbContext>().Units.IgnoreQueryFilters().Single(u => u.TenantId == commune.Id && u.Name == name).Id);

    private Task<HttpResponseMessage> SaveUnit(HttpClient client, string name, string kind = "Department", string note = "", Guid? id = null) =>
        PostFormAsync(client, id is null ? "/Organisation/UnitEdit" : $"/Organisation/UnitEdit/{id}", new()
        {
            ["Name"] = name, ["Kind"] = kind, ["Note"] = note, ["IsActive"] = "true",
        });

    [Fact]
    public async Task A_refused_unit_form_comes_back_as_typed_and_a_good_one_is_listed()
    {
        var (mine, _) = Communes();
        var secretariat = await As(Roles.ReformSecretariat, mine);

        var empty = await SaveUnit(secretariat, "  ", kind: "Centre", note: "Tầng 2 nhà B");
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        var html = await Html(empty);
        Assert.Contains("<div class=\"error\" role=\"alert\" id=\"unit-errors\"><ul><li>Tên đơn vị là bắt buộc.</li></ul></div>", html);
        Assert.Contains("Tầng 2 nhà B</textarea>", html);
        Assert.Contains("<option selected=\"selected\" value=\"Centre\">", html);

        var saved = await SaveUnit(secretariat, "Tổ Công nghệ số cộng đồng", note: "Thành lập 2025");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/Organisation/Units", saved.Headers.Location!.OriginalString);
        var list = WebUtility.HtmlDecode(await secretariat.GetStringAsync("/Organisation/Units"));
        Assert.Contains("Tổ Công nghệ số cộng đồng", list);
        Assert.Contains("Thành lập 2025", list);

        var twice = await Html(await SaveUnit(secretariat, "Tổ Công nghệ số cộng đồng", note: "lần hai"));
        Assert.Contains("Đã có đơn vị tên \"Tổ Công nghệ số cộng đồng\".", twice);
        Assert.Contains("lần hai</textarea>", twice);
        Assert.Equal(1, App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Units.IgnoreQueryFilters()
            .Count(u => u.TenantId == mine.Id && u.Name == "Tổ Công nghệ số cộng đồng")));
    }

    [Fact]
    public async Task A_unit_is_edited_in_place_and_the_form_opens_with_its_values()
    {
        var (mine, _) = Communes();
        var secretariat = await As(Roles.ReformSecretariat, mine);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveUnit(secretariat, "Bộ phận Tiếp dân", note: "cũ")).StatusCode);
        var id = UnitOf(mine, "Bộ phận Tiếp dân");

        var form = WebUtility.HtmlDecode(await secretariat.GetStringAsync($"/Organisation/UnitEdit/{id}"));
        Assert.Contains("<h1>Sửa đơn vị</h1>", form);
        Assert.Contains("value=\"Bộ phận Tiếp dân\"", form);
        Assert.Contains("Xóa đơn vị", form);

        Assert.Equal(HttpStatusCode.Redirect, (await SaveUnit(secretariat, "Bộ phận Tiếp công dân", kind: "Centre", note: "mới", id: id)).StatusCode);
        var stored = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Units.IgnoreQueryFilters().Single(u => u.Id == id));
        Assert.Equal(("Bộ phận Tiếp công dân", UnitKind.Centre, "mới"), (stored.Name, stored.Kind, stored.Note));

        var deleted = await PostFormAsync(secretariat, $"/Organisation/UnitEdit/{id}?handler=Delete", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await secretariat.GetAsync($"/Organisation/UnitEdit/{id}")).StatusCode);
    }

    [Fact]
    public async Task Another_communes_unit_and_person_answer_not_found_to_every_page_and_form()
    {
        var (mine, other) = Communes();
        var secretariat = await As(Roles.ReformSecretariat, mine);
        var (unit, person) = App.WithSystemScope(sp =>
        {
            var db = sp.GetRequiredService<ReformDeskDbContext>();
            return (db.Units.IgnoreQueryFilters().First(u => u.TenantId == other.Id).Id, db.People.IgnoreQueryFilters().First(p => p.TenantId == other.Id).Id);
        });

        foreach (var url in new[] { $"/Organisation/UnitEdit/{unit}", $"/Organisation/UnitFacts/{unit}", $"/Organisation/Person/{person}" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await secretariat.GetAsync(url)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await SaveUnit(secretariat, "Đổi tên đơn vị xã khác", id: unit)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostFormAsync(secretariat, $"/Organisation/UnitEdit/{unit}?handler=Delete", [])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostFormAsync(secretariat, $"/Organisation/Person/{person}?handler=Scheme", new()
        {
            ["Scheme.Title"] = "Đề án của xã khác", ["Scheme.DecisionNumber"] = "9/QĐ-UBND", ["Scheme.AcceptedOn"] = "2025-03-01",
        })).StatusCode);

        var list = WebUtility.HtmlDecode(await secretariat.GetStringAsync("/Organisation/Units"));
        Assert.DoesNotContain(unit.ToString(), list);
        Assert.True(App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Units.IgnoreQueryFilters().Any(u => u.Id == unit && u.TenantId == other.Id)));
    }

    [Fact]
    public async Task Readers_see_the_lists_without_edit_links_and_may_not_post()
    {
        var (mine, _) = Communes();
        var officer = await As(Roles.Officer, mine);
        var units = WebUtility.HtmlDecode(await officer.GetStringAsync("/Organisation/Units"));
        Assert.Contains($"<h1>Đơn vị của {mine.Name}</h1>", units);
        Assert.DoesNotContain("Thêm đơn vị", units);
        Assert.DoesNotContain("/Organisation/UnitEdit/", units);
        var people = WebUtility.HtmlDecode(await officer.GetStringAsync("/Organisation/People"));
        Assert.DoesNotContain("Thêm cán bộ và chức vụ", people);

        Assert.True(IsForbidden(await PostFormAsync(officer, "/Organisation/People", new()
        {
            ["Entry.FullName"] = "Người không được thêm", ["Entry.Title"] = "Chuyên viên", ["Entry.FromYear"] = "2025",
        })));
        Assert.True(IsForbidden(await SaveUnit(officer, "Đơn vị không được thêm")));
        Assert.True(IsForbidden(await officer.GetAsync("/Organisation/UnitMerge")));
        Assert.False(App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().People.IgnoreQueryFilters().Any(p => p.FullName == "Người không được thêm")));

        var secretariat = WebUtility.HtmlDecode(await (await As(Roles.ReformSecretariat, mine)).GetStringAsync("/Organisation/Units"));
        Assert.Contains("Thêm đơn vị", secretariat);
        Assert.Contains("Hợp nhất đơn vị trùng", secretariat);
    }

    [Fact]
    public async Task A_person_with_a_post_shows_in_the_years_held_and_a_refused_one_keeps_what_was_typed()
    {
        var (mine, _) = Communes();
        var secretariat = await As(Roles.ReformSecretariat, mine);

        var refused = await PostFormAsync(secretariat, "/Organisation/People", new()
        {
            ["Entry.FullName"] = "Lương Thị Thử", ["Entry.Title"] = " ", ["Entry.FromYear"] = "2023", ["Entry.ToYear"] = "2024",
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await Html(refused);
        Assert.Contains("<div class=\"error\" role=\"alert\" id=\"person-errors\"><ul><li>Chức vụ là bắt buộc.</li></ul></div>", html);
        Assert.Contains("value=\"Lương Thị Thử\"", html);
        Assert.Contains("value=\"2024\"", html);

        var backwards = await Html(await PostFormAsync(secretariat, "/Organisation/People", new()
        {
            ["Entry.FullName"] = "Lương Thị Thử", ["Entry.Title"] = "Công chức Văn phòng", ["Entry.FromYear"] = "2024", ["Entry.ToYear"] = "2023",
        }));
        Assert.Contains("Năm kết thúc không được trước năm bắt đầu.", backwards);

        var saved = await PostFormAsync(secretariat, "/Organisation/People", new()
        {
            ["Entry.FullName"] = "Lương Thị Thử", ["Entry.Title"] = "Công chức Văn phòng", ["Entry.FromYear"] = "2023", ["Entry.ToYear"] = "2024",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/Organisation/People?year=2023", saved.Headers.Location!.OriginalString);

        foreach (var (year, held) in new[] { (2022, false), (2023, true), (2024, true), (2025, false) })
        {
            var page = WebUtility.HtmlDecode(await secretariat.GetStringAsync($"/Organisation/People?year={year}"));
            Assert.Equal(held, page.Contains("Lương Thị Thử", StringComparison.Ordinal));
            if (held) Assert.Contains("2023 – 2024", page);
        }

        // A year outside the form's range falls back to this year instead of listing nothing.
        var thisYear = VietnamTime.Year(TimeProvider.System);
        Assert.Contains($"Chức vụ trong năm {thisYear}", WebUtility.HtmlDecode(await secretariat.GetStringAsync("/Organisation/People?year=1800")));
    }

    [Fact]
    public async Task Merging_needs_two_different_active_units_and_moves_the_duplicates_people()
    {
        var (mine, _) = Communes();
        var secretariat = await As(Roles.ReformSecretariat, mine);
        await SaveUnit(secretariat, "Phòng Văn hoá Xã hội (trùng)");
        await SaveUnit(secretariat, "Phòng Văn hoá – Xã hội mới");
        var (duplicate, survivor) = (UnitOf(mine, "Phòng Văn hoá Xã hội (trùng)"), UnitOf(mine, "Phòng Văn hoá – Xã hội mới"));
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(secretariat, "/Organisation/People", new()
        {
            ["Entry.FullName"] = "Đinh Văn Hợp", ["Entry.Title"] = "Chuyên viên", ["Entry.UnitId"] = duplicate.ToString(), ["Entry.FromYear"] = "2025",
        })).StatusCode);

        Task<HttpResponseMessage> Merge(Guid? merged, Guid? kept) => PostFormAsync(secretariat, "/Organisation/UnitMerge", new()
        {
            ["Input.MergedId"] = merged?.ToString() ?? "", ["Input.SurvivorId"] = kept?.ToString() ?? "",
        });

        Assert.Contains("Hãy chọn đơn vị trùng và đơn vị được giữ lại.", await Html(await Merge(duplicate, null)));
        Assert.Contains("Hãy chọn hai đơn vị khác nhau.", await Html(await Merge(duplicate, duplicate)));
        Assert.Contains("Không tìm thấy đơn vị của xã, phường này.", await Html(await Merge(duplicate, Guid.NewGuid())));

        var done = await Merge(duplicate, survivor);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var html = await Html(done);
        Assert.Contains("Đã hợp nhất \"Phòng Văn hoá Xã hội (trùng)\" vào \"Phòng Văn hoá – Xã hội mới\".", html);
        Assert.Equal(survivor, App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().PositionTenures.IgnoreQueryFilters()
            .Join(sp.GetRequiredService<ReformDeskDbContext>().People.IgnoreQueryFilters(), t => t.PersonId, p => p.Id, (t, p) => new { t.UnitId, p.FullName })
            .Single(x => x.FullName == "Đinh Văn Hợp").UnitId));

        Assert.Contains("Đơn vị \"Phòng Văn hoá Xã hội (trùng)\" đã được hợp nhất trước đó.", await Html(await Merge(duplicate, survivor)));
        var units = WebUtility.HtmlDecode(await secretariat.GetStringAsync("/Organisation/Units"));
        Assert.Contains("Ngừng hoạt động · đã hợp nhất vào Phòng Văn hoá – Xã hội mới", units);
    }

    [Fact]
    public async Task Merge_page_opened_from_the_import_proposal_selects_both_units_by_name()
    {
        var (mine, _) = Communes();
        var secretariat = await As(Roles.ReformSecretariat, mine);
        await SaveUnit(secretariat, "Ban Chỉ huy Quân sự (trùng)");
        await SaveUnit(secretariat, "Ban Chỉ huy Quân sự xã");
        var (duplicate, survivor) = (UnitOf(mine, "Ban Chỉ huy Quân sự (trùng)"), UnitOf(mine, "Ban Chỉ huy Quân sự xã"));

        var page = WebUtility.HtmlDecode(await secretariat.GetStringAsync(
            $"/Organisation/UnitMerge?merged={Uri.EscapeDataString("Ban Chỉ huy Quân sự (trùng)")}&survivor={Uri.EscapeDataString("Ban Chỉ huy Quân sự xã")}"));
        // The first list has the duplicate chosen, the second the unit that stays.
        var lists = page.Split("<select", StringSplitOptions.None);
        Assert.Matches($"<option value=\"{duplicate}\" selected=\"selected\">", lists[1]);
        Assert.Matches($"<option value=\"{survivor}\" selected=\"selected\">", lists[2]);
        Assert.DoesNotMatch($"value=\"{survivor}\" selected", lists[1]);
    }

    [Fact]
    public async Task Each_fact_form_shows_only_its_own_refusal_and_keeps_its_input()
    {
        var (mine, _) = Communes();
        var secretariat = await As(Roles.ReformSecretariat, mine);
        await SaveUnit(secretariat, "Tổ Một cửa thử");
        var unit = UnitOf(mine, "Tổ Một cửa thử");

        var refused = await PostFormAsync(secretariat, $"/Organisation/UnitFacts/{unit}?handler=Members", new()
        {
            ["Members.Year"] = "2025", ["Members.MemberCount"] = "0", ["Members.Evidence"] = "Quyết định 21/QĐ-UBND",
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await Html(refused);
        Assert.Contains("<div class=\"error\" role=\"alert\" id=\"members-errors\"><ul><li>Số thành viên phải từ 1", html);
        Assert.DoesNotContain("id=\"appraisal-errors\"", html);
        Assert.DoesNotContain("id=\"rating-errors\"", html);
        Assert.Contains("value=\"Quyết định 21/QĐ-UBND\"", html);

        var saved = await PostFormAsync(secretariat, $"/Organisation/UnitFacts/{unit}?handler=Members", new()
        {
            ["Members.Year"] = "2025", ["Members.MemberCount"] = "5", ["Members.Evidence"] = "Quyết định 21/QĐ-UBND",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = WebUtility.HtmlDecode(await secretariat.GetStringAsync(saved.Headers.Location!.OriginalString));
        Assert.Contains("Đã ghi số thành viên.", after);
        Assert.Contains("Quyết định 21/QĐ-UBND", after);
        Assert.DoesNotContain("role=\"alert\"", after);
    }

    private Guid PersonOf(Tenant commune, string name) => App.WithSystemScope(sp =>
        sp.GetRequiredService<ReformDeskDbContext>().People.IgnoreQueryFilters().Single(p => p.TenantId == commune.Id && p.FullName == name).Id);

    private async Task<Guid> NewPersonAsync(HttpClient secretariat, Tenant commune, string name)
    {
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(secretariat, "/Organisation/People", new()
        {
            ["Entry.FullName"] = name, ["Entry.Title"] = "Công chức Văn phòng – Thống kê", ["Entry.FromYear"] = "2024",
        })).StatusCode);
        return PersonOf(commune, name);
    }

    private int DisciplineCount(Guid person) => App.WithSystemScope(sp =>
        sp.GetRequiredService<ReformDeskDbContext>().DisciplineRecords.IgnoreQueryFilters().Count(d => d.PersonId == person));

    [Fact]
    public async Task A_discipline_decision_is_refused_with_its_reason_recorded_corrected_in_place_and_deleted()
    {
        var (mine, _) = Communes();
        var secretariat = await As(Roles.ReformSecretariat, mine);
        var person = await NewPersonAsync(secretariat, mine, "Hà Văn Kỷ Luật");
        var page = $"/Organisation/Person/{person}";
        Task<HttpResponseMessage> Discipline(string number, string date, string from, string to = "", Guid? id = null) => PostFormAsync(secretariat, $"{page}?handler=Discipline", new()
        {
            ["Discipline.Id"] = id?.ToString() ?? "", ["Discipline.Penalty"] = "KhienTrach", ["Discipline.DecisionNumber"] = number,
            ["Discipline.DecisionDate"] = date, ["Discipline.EffectiveFrom"] = from, ["Discipline.EffectiveTo"] = to,
        });

        foreach (var (number, date, from, to, reason) in new[]
        {
            ("", "2025-01-10", "2025-01-15", "", "Hãy nhập số văn bản quyết định (tối đa 60 ký tự)."),
            ("79/QĐ-UBND", "", "2025-01-15", "", "Hãy nhập ngày của văn bản quyết định."),
            ("79/QĐ-UBND", "2025-01-10", "2025-01-09", "", "Ngày bắt đầu có hiệu lực không được trước ngày quyết định."),
            ("79/QĐ-UBND", "2025-01-10", "2025-01-15", "2025-01-14", "Ngày hết hiệu lực không được trước ngày bắt đầu có hiệu lực."),
        })
        {
            var refused = await Discipline(number, date, from, to);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            var html = await Html(refused);
            Assert.Contains($"<div class=\"error\" role=\"alert\" id=\"discipline-errors\"><ul><li>{reason}</li></ul></div>", html);
            Assert.DoesNotContain("id=\"appraisal-errors\"", html);
            Assert.Contains($"id=\"Discipline_EffectiveFrom\" name=\"Discipline.EffectiveFrom\" value=\"{from}\"", html);
            Assert.Equal(0, DisciplineCount(person));
        }

        var saved = await Discipline("79/QĐ-UBND", "2025-01-10", "2025-01-15");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(page, saved.Headers.Location!.OriginalString);
        var shown = WebUtility.HtmlDecode(await secretariat.GetStringAsync(page));
        Assert.Contains("Đã ghi quyết định kỷ luật.", shown);
        Assert.Contains("79/QĐ-UBND ngày 10/01/2025", shown);
        Assert.Contains("từ 15/01/2025", shown);

        var record = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().DisciplineRecords.IgnoreQueryFilters().Single(d => d.PersonId == person).Id);
        var edit = WebUtility.HtmlDecode(await secretariat.GetStringAsync($"{page}?edit={record}"));
        Assert.Contains("value=\"79/QĐ-UBND\"", edit);
        Assert.Contains("Sửa quyết định kỷ luật", edit);

        Assert.Equal(HttpStatusCode.Redirect, (await Discipline("80/QĐ-UBND", "2025-01-12", "2025-01-15", id: record)).StatusCode);
        Assert.Equal(1, DisciplineCount(person));
        Assert.Contains("80/QĐ-UBND ngày 12/01/2025", WebUtility.HtmlDecode(await secretariat.GetStringAsync(page)));

        // A delete names its kind: the discipline id sent as a scheme is not one of the page's schemes.
        Assert.Equal(HttpStatusCode.NotFound, (await PostFormAsync(secretariat, $"{page}?handler=Delete", new() { ["kind"] = "scheme", ["recordId"] = record.ToString() })).StatusCode);
        Assert.Equal(1, DisciplineCount(person));
        var deleted = await PostFormAsync(secretariat, $"{page}?handler=Delete", new() { ["kind"] = "discipline", ["recordId"] = record.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(0, DisciplineCount(person));
        Assert.Contains("Đã xóa bản ghi.", WebUtility.HtmlDecode(await secretariat.GetStringAsync(page)));
    }

    [Fact]
    public async Task Reform_work_and_an_accepted_scheme_are_recorded_and_their_refusals_keep_the_other_forms_clean()
    {
        var (mine, _) = Communes();
        var secretariat = await As(Roles.ReformSecretariat, mine);
        var person = await NewPersonAsync(secretariat, mine, "Tạ Thị Cải Cách");
        var page = $"/Organisation/Person/{person}";
        Task<HttpResponseMessage> Assignment(string duty, string from, string to) => PostFormAsync(secretariat, $"{page}?handler=Assignment", new()
        {
            ["Assignment.Duty"] = duty, ["Assignment.DecisionNumber"] = "12/QĐ-UBND", ["Assignment.DecisionDate"] = "2024-02-01",
            ["Assignment.From"] = from, ["Assignment.To"] = to,
        });

        var noDuty = await Html(await Assignment(" ", "2024-02-01", ""));
        Assert.Contains("<div class=\"error\" role=\"alert\" id=\"assignment-errors\"><ul><li>Hãy ghi nhiệm vụ CCHC được phân công (tối đa 300 ký tự).</li></ul></div>", noDuty);
        var backwards = await Html(await Assignment("Đầu mối kiểm soát thủ tục hành chính", "2024-02-01", "2024-01-31"));
        Assert.Contains("Ngày kết thúc không được trước ngày bắt đầu.", backwards);
        Assert.Contains("value=\"Đầu mối kiểm soát thủ tục hành chính\"", backwards);
        Assert.DoesNotContain("id=\"scheme-errors\"", backwards);

        Assert.Equal(HttpStatusCode.Redirect, (await Assignment("Đầu mối kiểm soát thủ tục hành chính", "2024-02-01", "")).StatusCode);
        var shown = WebUtility.HtmlDecode(await secretariat.GetStringAsync(page));
        Assert.Contains("Đã ghi quyết định phân công làm CCHC.", shown);
        Assert.Contains("từ 01/02/2024 đến nay", shown);

        var tomorrow = VietnamTime.Today(TimeProvider.System).AddDays(1);
        var future = await Html(await PostFormAsync(secretariat, $"{page}?handler=Scheme", new()
        {
            ["Scheme.Title"] = "Đề án số hóa hồ sơ một cửa", ["Scheme.DecisionNumber"] = "5/QĐ-HĐKH", ["Scheme.AcceptedOn"] = tomorrow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        }));
        Assert.Contains("<div class=\"error\" role=\"alert\" id=\"scheme-errors\"><ul><li>Ngày của văn bản không được sau hôm nay.</li></ul></div>", future);
        Assert.Contains("value=\"Đề án số hóa hồ sơ một cửa\"", future);

        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(secretariat, $"{page}?handler=Scheme", new()
        {
            ["Scheme.Title"] = "Đề án số hóa hồ sơ một cửa", ["Scheme.DecisionNumber"] = "5/QĐ-HĐKH", ["Scheme.AcceptedOn"] = "2025-11-20",
        })).StatusCode);
        var withScheme = WebUtility.HtmlDecode(await secretariat.GetStringAsync(page));
        Assert.Contains("Đã ghi đề tài, đề án được nghiệm thu.", withScheme);
        Assert.Contains("5/QĐ-HĐKH ngày 20/11/2025", withScheme);
    }

    [Fact]
    public async Task A_persons_facts_are_for_the_commune_leaders_and_the_council_not_for_every_officer()
    {
        var (mine, _) = Communes();
        var secretariat = await As(Roles.ReformSecretariat, mine);
        var person = await NewPersonAsync(secretariat, mine, "Mạc Văn Riêng Tư");
        var page = $"/Organisation/Person/{person}";

        var officer = await As(Roles.Officer, mine);
        Assert.True(IsForbidden(await officer.GetAsync(page)));
        Assert.True(IsForbidden(await PostFormAsync(officer, $"{page}?handler=Scheme", new()
        {
            ["Scheme.Title"] = "Đề án không được ghi", ["Scheme.DecisionNumber"] = "1/QĐ", ["Scheme.AcceptedOn"] = "2025-01-01",
        })));

        // A council member reads the facts the council weighs, without the forms.
        var council = WebUtility.HtmlDecode(await (await As(Roles.CouncilMember, mine)).GetStringAsync(page));
        Assert.Contains("Mạc Văn Riêng Tư", council);
        Assert.DoesNotContain("id=\"scheme-form\"", council);
        Assert.Contains("id=\"scheme-form\"", WebUtility.HtmlDecode(await secretariat.GetStringAsync(page)));
        Assert.False(App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().AcceptedSchemes.IgnoreQueryFilters().Any(s => s.PersonId == person)));
    }
}
