using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Dossiers;

/// <summary>The one-stop counter: receipt form, search, slip, at-risk list.</summary>
public abstract partial class CounterTests(AppFixture fixture)
{
    private AppFactory App => fixture.App;

    [GeneratedRegex("<form[^>]*id=\"dossier-new-form\"[^>]*>")]
    private static partial Regex NewForm();

    /// <summary>Where a browser posts the form: its action attribute, else the address of the page showing it.</summary>
    private static string FormTarget(string html, string pageUrl)
    {
        var tag = NewForm().Match(html).Value;
        Assert.NotEmpty(tag);
        var action = Regex.Match(tag, "action=\"([^\"]*)\"");
        return action.Success ? WebUtility.HtmlDecode(action.Groups[1].Value) : pageUrl;
    }

    [Fact]
    public async Task Computing_the_appointment_then_receiving_saves_the_dossier()
    {
        var mine = App.TwoCommunesOfOneProvince().Mine;
        var staff = await App.SignInAsync(App.UserName(Roles.OneStopShopStaff, mine.Id));
        Guid procedureId;
        await using (var scope = App.TenantScope(mine.Id))
        {
            procedureId = (await scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>().Procedures.OrderBy(p => p.Code).FirstAsync()).Id;
        }

        var name = "Người thử " + Guid.NewGuid().ToString("N")[..6];
        Dictionary<string, string> Fields(string html) => new()
        {
            ["__RequestVerificationToken"] = AppFactory.FormToken(html), ["ProcedureId"] = procedureId.ToString(), ["ReceivedAt"] = "02/03/2026 09:00",
            ["Channel"] = "Counter", ["ApplicantName"] = name, ["ApplicantPhone"] = "0903 111 222",
        };

        // "Tính ngày hẹn trả" posts to ?handler=Appointment, and the browser then shows the answer at that address.
        var form = await staff.GetStringAsync("/Dossiers/New");
        var previewUrl = "/Dossiers/New?handler=Appointment";
        var preview = await (await staff.PostAsync(previewUrl, new FormUrlEncodedContent(Fields(form)))).Content.ReadAsStringAsync();
        Assert.Contains("id=\"appointment\"", preview, StringComparison.Ordinal);
        Assert.Contains(name, preview, StringComparison.Ordinal);

        // A refused receipt keeps what was typed and says why in Vietnamese, without binding's English messages.
        var noName = Fields(preview);
        noName["ApplicantName"] = "";
        noName["ProcedureId"] = "";
        var refused = await (await staff.PostAsync(FormTarget(preview, previewUrl), new FormUrlEncodedContent(noName))).Content.ReadAsStringAsync();
        Assert.Contains("Hãy chọn thủ tục trong danh mục.", refused, StringComparison.Ordinal);
        Assert.Contains("value=\"0903 111 222\"", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("is invalid", refused, StringComparison.Ordinal);

        // "Tiếp nhận" (the form's plain submit button) must save from there.
        var saved = await staff.PostAsync(FormTarget(preview, previewUrl), new FormUrlEncodedContent(Fields(preview)));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var check = App.TenantScope(mine.Id);
        Assert.True(await check.ServiceProvider.GetRequiredService<ReformDeskDbContext>().Dossiers.AnyAsync(d => d.ApplicantName == name));
    }

    private async Task<Guid> AnyProcedureAsync(Guid tenant)
    {
        await using var scope = App.TenantScope(tenant);
        return (await scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>().Procedures.OrderBy(p => p.Code).FirstAsync()).Id;
    }

    private async Task<Dossier> ReceiveAsync(Guid tenant, string name, string? phone, string at = "02/03/2026 09:00")
    {
        await using var scope = App.TenantScope(tenant);
        var created = await scope.ServiceProvider.GetRequiredService<DossierEntryService>()
            .CreateAsync(new NewDossierInput(await AnyProcedureAsync(tenant), at, Core.Dossiers.Rules.DossierChannel.Counter, name, phone));
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Values));
        return created.Value!;
    }

    [Fact]
    public async Task The_counter_finds_a_dossier_by_code_name_without_diacritics_and_phone_but_not_another_communes()
    {
        var (mine, other) = App.TwoCommunesOfOneProvince();
        var tag = Guid.NewGuid().ToString("N")[..5];
        var phone = "09" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var dossier = await ReceiveAsync(mine.Id, $"Nguyễn Thị Ánh Tuyết {tag}", $"{phone[..4]} {phone[4..7]}.{phone[7..]}");
        var foreign = await ReceiveAsync(other.Id, $"Nguyễn Thị Ánh Tuyết {tag}", phone);

        async Task<IReadOnlyList<string>> FindAsync(Guid tenant, string q)
        {
            await using var scope = App.TenantScope(tenant);
            return (await scope.ServiceProvider.GetRequiredService<DossierService>().ListAsync(new DossierFilter(Search: q))).Rows.Select(r => r.Dossier.Code).ToList();
        }

        Assert.Equal([dossier.Code], await FindAsync(mine.Id, $"nguyen thi anh tuyet {tag}"));
        Assert.Equal([dossier.Code], await FindAsync(mine.Id, $"ÁNH TUYẾT {tag.ToUpperInvariant()}"));
        Assert.Equal([dossier.Code], await FindAsync(mine.Id, phone[3..]));
        Assert.Equal([dossier.Code], await FindAsync(mine.Id, $"{phone[..4]}.{phone[4..]}"));
        Assert.Contains(dossier.Code, await FindAsync(mine.Id, dossier.Code.ToLowerInvariant()));
        Assert.Equal([foreign.Code], await FindAsync(other.Id, $"tuyet {tag}"));

        var staff = await App.SignInAsync(App.UserName(Roles.OneStopShopStaff, mine.Id));
        var page = await staff.GetStringAsync($"/Dossiers?q={Uri.EscapeDataString($"tuyet {tag}")}");
        Assert.Contains($"href=\"/Dossiers/{dossier.Id}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain(foreign.Id.ToString(), page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_migration_backfill_folds_names_and_phones_as_the_entity_does()
    {
        var mine = App.TwoCommunesOfOneProvince().Mine;
        var names = new[] { "Đặng Thị Hường", "NGÔ QUỐC VIỆT", "Lý Ngọc Ẩn", "Phùng Thế Hữu" };
        var dossiers = new List<Dossier>();
        foreach (var name in names)
        {
            dossiers.Add(await ReceiveAsync(mine.Id, name, "+84 912-345.678"));
        }

        await using var scope = App.TenantScope(mine.Id);
        var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
        var ids = dossiers.Select(d => d.Id).ToList();
        var postgres = db.Database.ProviderName!.Contains("Npgsql", StringComparison.Ordinal);
        await db.Dossiers.Where(d => ids.Contains(d.Id)).ExecuteUpdateAsync(u => u.SetProperty(d => d.ApplicantSearch, (string?)null).SetProperty(d => d.PhoneDigits, (string?)null));
        Assert.Equal(0, await db.Dossiers.CountAsync(d => ids.Contains(d.Id) && d.ApplicantSearch != null));
        await db.Database.ExecuteSqlRawAsync(CounterSearch.BackfillSql(postgres));
        var stored = await db.Dossiers.AsNoTracking().Where(d => ids.Contains(d.Id)).ToListAsync();
        Assert.All(stored, d => Assert.Equal(CounterSearch.Name(d.ApplicantName), d.ApplicantSearch));
        Assert.All(stored, d => Assert.Equal("84912345678", d.PhoneDigits));
    }

    [Fact]
    public async Task The_detail_page_shows_the_timeline_offers_only_legal_steps_and_voids_a_wrong_one_with_a_reason()
    {
        var mine = App.TwoCommunesOfOneProvince().Mine;
        var dossier = await ReceiveAsync(mine.Id, "Vũ Minh Khôi", null);
        var staff = await App.SignInAsync(App.UserName(Roles.OneStopShopStaff, mine.Id));
        var url = $"/Dossiers/{dossier.Id}";
        var page = await staff.GetStringAsync(url);
        Assert.Contains("Tiếp nhận hồ sơ", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Suspended\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"Returned\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"Resumed\"", page, StringComparison.Ordinal);

        async Task<HttpResponseMessage> Post(string html, string handlerUrl, Dictionary<string, string> fields)
        {
            fields["__RequestVerificationToken"] = AppFactory.FormToken(html);
            return await staff.PostAsync(handlerUrl, new FormUrlEncodedContent(fields));
        }

        // A refused step keeps what was typed and names the field.
        var refused = await (await Post(page, url, new() { ["Kind"] = "Suspended", ["At"] = "03/03/2026 09:00", ["Reason"] = "" })).Content.ReadAsStringAsync();
        Assert.Contains("hãy ghi lý do tạm dừng", refused, StringComparison.Ordinal);
        Assert.Contains("value=\"03/03/2026 09:00\"", refused, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await Post(page, url, new() { ["Kind"] = "Suspended", ["At"] = "03/03/2026 09:00", ["Reason"] = "Chờ xác minh của Công an" })).StatusCode);
        page = await staff.GetStringAsync(url);
        Assert.Contains("value=\"Resumed\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"Processed\"", page, StringComparison.Ordinal);
        Assert.Contains("Chờ xác minh của Công an", page, StringComparison.Ordinal);

        Guid suspension;
        await using (var scope = App.TenantScope(mine.Id))
        {
            suspension = (await scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>().DossierEvents.SingleAsync(e => e.DossierId == dossier.Id && e.Kind == DossierEventKind.Suspended)).Id;
        }

        var noReason = await (await Post(page, url + "?handler=Correct", new() { ["EventId"] = suspension.ToString(), ["CorrectionReason"] = "" })).Content.ReadAsStringAsync();
        Assert.Contains("hãy ghi lý do hủy", noReason, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Post(page, url + "?handler=Correct", new() { ["EventId"] = suspension.ToString(), ["CorrectionReason"] = "Ghi nhầm hồ sơ khác" })).StatusCode);
        page = await staff.GetStringAsync(url);
        Assert.Contains("đã hủy: Ghi nhầm hồ sơ khác", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Processed\"", page, StringComparison.Ordinal);

        await using (var scope = App.TenantScope(mine.Id))
        {
            var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
            var key = suspension.ToString();
            var audit = await db.AuditEntries.Where(a => a.Entity == nameof(DossierEvent) && a.Action == Core.Platform.AuditAction.Update && a.EntityId.Contains(key)).SingleAsync();
            Assert.Contains("Ghi nhầm hồ sơ khác", audit.After, StringComparison.Ordinal);
        }

        // Another commune's staff do not see it.
        var foreign = await App.SignInAsync(App.UserName(Roles.OneStopShopStaff, App.TwoCommunesOfOneProvince().Other.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await foreign.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task An_imported_dossier_shows_derived_events_and_takes_the_next_step()
    {
        var mine = App.TwoCommunesOfOneProvince().Mine;
        var code = "IMP-" + Guid.NewGuid().ToString("N")[..8];
        Guid id;
        await using (var scope = App.TenantScope(mine.Id))
        {
            var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
            var dossier = new Dossier
            {
                Code = code, ProcedureId = await AnyProcedureAsync(mine.Id), ReceivedAt = new DateTime(2026, 3, 2, 9, 0, 0),
                AppointmentDate = new DateOnly(2026, 3, 9), ProcessedAt = new DateTime(2026, 3, 5, 10, 0, 0), SourceName = "Cổng DVC tỉnh",
            };
            db.Dossiers.Add(dossier);
            await db.SaveChangesAsync();
            id = dossier.Id;
        }

        var staff = await App.SignInAsync(App.UserName(Roles.OneStopShopStaff, mine.Id));
        var page = await staff.GetStringAsync($"/Dossiers/{id}");
        Assert.Contains("theo dữ liệu nhập", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Returned\"", page, StringComparison.Ordinal);
        var saved = await staff.PostAsync($"/Dossiers/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AppFactory.FormToken(page), ["Kind"] = "Returned", ["At"] = "06/03/2026 08:30",
        }));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        await using var check = App.TenantScope(mine.Id);
        var stored = await check.ServiceProvider.GetRequiredService<ReformDeskDbContext>().Dossiers.AsNoTracking().Include(d => d.Events).SingleAsync(d => d.Id == id);
        Assert.Equal([DossierEventKind.Received, DossierEventKind.Processed, DossierEventKind.Returned], stored.Events.OrderBy(e => e.At).Select(e => e.Kind));
        Assert.Equal((new DateTime(2026, 3, 5, 10, 0, 0), new DateTime(2026, 3, 6, 8, 30, 0)), (stored.ProcessedAt!.Value, stored.ReturnedAt!.Value));
    }

    [Fact]
    public async Task The_slip_downloads_as_a_PDF_and_the_at_risk_list_is_paged_with_links()
    {
        var mine = App.TwoCommunesOfOneProvince().Mine;
        var dossier = await ReceiveAsync(mine.Id, "Tạ Quang Bửu", "0912 345 678");
        var staff = await App.SignInAsync(App.UserName(Roles.OneStopShopStaff, mine.Id));
        var pdf = await staff.GetAsync($"/Dossiers/{dossier.Id}/Receipt?handler=Pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Tạ Quang Bửu", PdfChecks.AssertWellPrinted(await pdf.Content.ReadAsByteArrayAsync()).Text, StringComparison.Ordinal);
        var chairman = await App.SignInAsync(App.UserName(Roles.Chairman, mine.Id));
        Assert.Equal(HttpStatusCode.Forbidden, (await chairman.GetAsync($"/Dossiers/{dossier.Id}/Receipt?handler=Pdf")).StatusCode);

        // More open, overdue dossiers than one page holds.
        await using (var scope = App.TenantScope(mine.Id))
        {
            var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
            var procedure = await AnyProcedureAsync(mine.Id);
            var tag = Guid.NewGuid().ToString("N")[..6];
            db.Dossiers.AddRange(Enumerable.Range(1, AtRiskService.PageSize + 1).Select(i => new Dossier
            {
                Code = $"RISK-{tag}-{i:000}", ProcedureId = procedure, ReceivedAt = new DateTime(2026, 1, 5, 9, 0, 0), AppointmentDate = new DateOnly(2026, 1, 12),
            }));
            await db.SaveChangesAsync();
        }

        var atRisk = await staff.GetStringAsync("/Dossiers/AtRisk?days=30");
        var rows = Regex.Matches(atRisk, "<a href=\"/Dossiers/[0-9a-f-]{36}\">").Count;
        Assert.Equal(AtRiskService.PageSize, rows);
        Assert.Matches("trang 1/[2-9]", atRisk);
        Assert.Contains("/Dossiers/AtRisk?days=30&amp;p=2", atRisk, StringComparison.Ordinal);
        var second = await staff.GetStringAsync("/Dossiers/AtRisk?days=30&p=2");
        Assert.Contains("trang 2/", second, StringComparison.Ordinal);
        Assert.Matches("<a href=\"/Dossiers/[0-9a-f-]{36}\">RISK-", second);
    }
}

public sealed class SqliteCounterTests(SqliteApp fixture) : CounterTests(fixture), IClassFixture<SqliteApp>;

public sealed class PostgresCounterTests(PostgresApp fixture) : CounterTests(fixture), IClassFixture<PostgresApp>;
