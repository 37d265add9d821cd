using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.CitizenVoice;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Tests.Infrastructure;
using static ReformDesk.Web.Tests.CitizenVoice.FeedbackTestSupport;

namespace ReformDesk.Web.Tests.CitizenVoice;

/// <summary>Feedback end to end on a real database: intake and its abuse checks, the staff steps, who sees personal data, indicators, reminders, retention.</summary>
public abstract class FeedbackTests(AppFixture fixture)
{
    private AppFactory App => fixture.App;

    private (Tenant Commune, Tenant Other) Communes() => App.TwoCommunesOfOneProvince() is var (mine, other) ? (mine, other) : default;

    private Guid UnitOf(string userName) => App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Users.AsNoTracking().Single(u => u.UserName == userName).UnitId!.Value);

    private async Task<JsonElement> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task A_citizens_feedback_with_a_photo_is_answered_approved_published_and_rated()
    {
        var (commune, _) = Communes();
        var citizen = App.AnonymousFrom(NewAddress());
        var phone = NewPhone();
        var (response, html) = await SubmitAsync(citizen, commune, new CitizenForm("Đinh Thị Quỳnh Như", phone, Email: "quynhnhu@example.vn", Address: "Số 18 ngõ 7 phố Chợ"), ("anh-den.png", Png));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (code, secret) = Receipt(html);
        var id = IdOf(App, commune, code);

        var secretariat = await App.SignInAsync(App.UserName(Roles.ReformSecretariat, commune.Id));
        var view = await GetJsonAsync(secretariat, $"/api/feedback/{id}");
        Assert.Equal("Đinh Thị Quỳnh Như", view.GetProperty("citizen").GetProperty("name").GetString());
        Assert.Equal("Waiting", view.GetProperty("status").GetString());
        var attachment = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().FeedbackAttachments.AsNoTracking().Single(a => a.FeedbackId == id));
        Assert.Equal("image/png", attachment.ContentType);
        Assert.Equal(Png, await (await secretariat.GetAsync($"/api/feedback/{id}/attachments/{attachment.Id}")).Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, (await ApiPostAsync(secretariat, $"/api/feedback/{id}/accept")).StatusCode);
        var unit = UnitOf(App.UserName(Roles.Officer, commune.Id));
        Assert.Equal(HttpStatusCode.OK, (await ApiPostAsync(secretariat, $"/api/feedback/{id}/assign", new { unitId = unit })).StatusCode);

        // The officer of the unit drafts; approving is not theirs.
        var officer = await App.SignInAsync(App.UserName(Roles.Officer, commune.Id));
        Assert.Equal("Đinh Thị Quỳnh Như", (await GetJsonAsync(officer, $"/api/feedback/{id}")).GetProperty("citizen").GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.OK, (await ApiPostAsync(officer, $"/api/feedback/{id}/draft", new { text = "Đã thay bóng đèn ngõ 7 ngày 20/11." })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ApiPostAsync(officer, $"/api/feedback/{id}/approve")).StatusCode);

        var chairman = await App.SignInAsync(App.UserName(Roles.Chairman, commune.Id));
        Assert.Equal(HttpStatusCode.OK, (await ApiPostAsync(chairman, $"/api/feedback/{id}/approve")).StatusCode);
        var leak = await ApiPostAsync(chairman, $"/api/feedback/{id}/publish", new { title = "Đèn ngõ 7 hỏng", question = "Bà Đinh Thị Quỳnh Như báo đèn hỏng", answer = "Đã thay bóng." });
        Assert.Equal(HttpStatusCode.BadRequest, leak.StatusCode);
        Assert.Contains("thông tin cá nhân", await leak.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await ApiPostAsync(chairman, $"/api/feedback/{id}/publish",
            new { title = "Đèn ngõ 7 hỏng", question = "Đèn chiếu sáng ngõ 7 bị hỏng hơn một tuần.", answer = "Đã thay bóng đèn ngõ 7 ngày 20/11." })).StatusCode);

        var tracked = await TrackAsync(citizen, commune, code, secret);
        Assert.Contains("Đã công khai trả lời", tracked);
        Assert.Contains("Đã thay bóng đèn ngõ 7", tracked);
        var rated = await TrackAsync(citizen, commune, code, secret, "Rate", new() { ["Rating"] = "Like" });
        Assert.Contains("Cảm ơn bạn đã đánh giá", rated);
        Assert.Contains("Bạn đã đánh giá: hài lòng", rated);
        Assert.Contains("Đèn ngõ 7 hỏng", await citizen.GetStringAsync($"/p/{Slug(commune)}/phan-anh?q=den%20ngo%207"));

        // Every step is in the audit log, and the log never holds the citizen's personal data.
        var audit = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.TenantId == commune.Id && (a.EntityId == id.ToString() || a.Entity == "FeedbackEvent" || a.Entity == "FeedbackAttachment")).ToList());
        Assert.True(audit.Count(a => a.EntityId == id.ToString()) >= 7, $"only {audit.Count} audit entries");
        Assert.DoesNotContain(audit, a => (a.Before + a.After).Contains("Quỳnh Như", StringComparison.Ordinal) || (a.Before + a.After).Contains(phone, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_wrong_secret_finds_nothing()
    {
        var (commune, other) = Communes();
        var citizen = App.AnonymousFrom(NewAddress());
        var (code, secret) = Receipt((await SubmitAsync(citizen, commune, new CitizenForm("Lương Văn Tám", NewPhone()))).Html);
        Assert.Contains(FeedbackService.NotFoundMessage, await TrackAsync(citizen, commune, code, "AAAA-BBBB-CCCC"));
        // The same code and secret on another commune's portal finds nothing either.
        Assert.Contains(FeedbackService.NotFoundMessage, await TrackAsync(citizen, other, code, secret));
        Assert.Contains("Chờ tiếp nhận", await TrackAsync(citizen, commune, code, secret));
    }

    [Fact]
    public async Task A_file_that_is_not_a_photo_or_pdf_is_refused_by_its_bytes_and_the_form_keeps_its_input()
    {
        var (commune, _) = Communes();
        var before = Count(commune);
        var (_, html) = await SubmitAsync(App.AnonymousFrom(NewAddress()), commune, new CitizenForm("Cao Văn Khải", NewPhone(), Title: "Tiêu đề giữ lại 4821"),
            ("anh.jpg", "MZ this is a program, not a photo"u8.ToArray()));
        Assert.Contains("không phải ảnh JPEG, PNG hay tài liệu PDF", ErrorText(html));
        Assert.Contains("Tiêu đề giữ lại 4821", html);
        Assert.Equal(before, Count(commune));
    }

    [Fact]
    public async Task The_honeypot_and_a_missing_consent_save_nothing()
    {
        var (commune, _) = Communes();
        var before = Count(commune);
        var (_, trap) = await SubmitAsync(App.AnonymousFrom(NewAddress()), commune, new CitizenForm("Robot", NewPhone(), Website: "http://spam.example"));
        Assert.Contains("Không gửi được phản ánh", ErrorText(trap));
        var (_, noConsent) = await SubmitAsync(App.AnonymousFrom(NewAddress()), commune, new CitizenForm("Hà Thị Lệ", NewPhone(), Consent: false));
        Assert.Contains("đồng ý xử lý dữ liệu cá nhân", ErrorText(noConsent));
        Assert.Contains("Nghị định số 13/2023/NĐ-CP", noConsent);
        Assert.Equal(before, Count(commune));
    }

    [Fact]
    public async Task One_phone_may_send_only_a_few_feedbacks_a_day()
    {
        var (commune, _) = Communes();
        var phone = NewPhone();
        for (var i = 0; i < 3; i++)
        {
            Receipt((await SubmitAsync(App.AnonymousFrom(NewAddress()), commune, new CitizenForm("Tô Văn Bảy", phone, Title: $"Phản ánh số {i + 1}"))).Html);
        }

        var (_, html) = await SubmitAsync(App.AnonymousFrom(NewAddress()), commune, new CitizenForm("Tô Văn Bảy", phone, Title: "Phản ánh số 4"));
        Assert.Contains("Số điện thoại này đã gửi 3 phản ánh trong 24 giờ qua", ErrorText(html));
    }

    [Fact]
    public async Task One_address_is_limited_per_minute()
    {
        var (commune, _) = Communes();
        var client = App.AnonymousFrom(NewAddress());
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            statuses.Add((await SubmitAsync(client, commune, new CitizenForm("Kiều Văn Mười", NewPhone(), Consent: false))).Response.StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.OK, statuses[0]);
    }

    [Fact]
    public async Task Personal_data_is_shown_only_to_the_unit_handling_it_the_secretariat_and_the_chairman()
    {
        var (commune, _) = Communes();
        var (code, _) = Receipt((await SubmitAsync(App.AnonymousFrom(NewAddress()), commune, new CitizenForm("Mạc Thị Xuân", "0935111222"))).Html);
        var id = IdOf(App, commune, code);
        var secretariat = await App.SignInAsync(App.UserName(Roles.ReformSecretariat, commune.Id));
        await ApiPostAsync(secretariat, $"/api/feedback/{id}/accept");
        var otherUnit = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Units.AsNoTracking()
            .First(u => u.TenantId == commune.Id && u.Id != UnitOf(App.UserName(Roles.Officer, commune.Id)))).Id;
        Assert.Equal(HttpStatusCode.OK, (await ApiPostAsync(secretariat, $"/api/feedback/{id}/assign", new { unitId = otherUnit })).StatusCode);

        var officer = await App.SignInAsync(App.UserName(Roles.Officer, commune.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/feedback/{id}")).StatusCode);
        Assert.DoesNotContain("Mạc Thị Xuân", await officer.GetStringAsync("/Feedback"));

        var supervisor = await App.SignInAsync(App.UserName(Roles.Supervisor, commune.Id));
        var masked = await GetJsonAsync(supervisor, $"/api/feedback/{id}");
        Assert.True(masked.GetProperty("citizen").GetProperty("masked").GetBoolean());
        Assert.Equal("M. T. X.", masked.GetProperty("citizen").GetProperty("name").GetString());
        Assert.Equal("093*****22", masked.GetProperty("citizen").GetProperty("phone").GetString());
        var page = await supervisor.GetStringAsync($"/Feedback/{id}");
        Assert.DoesNotContain("Mạc Thị Xuân", page);
        Assert.DoesNotContain("0935111222", page);

        var chairman = await App.SignInAsync(App.UserName(Roles.Chairman, commune.Id));
        Assert.Contains("Mạc Thị Xuân", await chairman.GetStringAsync($"/Feedback/{id}"));
    }

    [Fact]
    public async Task Staff_enter_a_hotline_call_and_a_refused_form_keeps_its_input()
    {
        var (commune, _) = Communes();
        var desk = await App.SignInAsync(App.UserName(Roles.OneStopShopStaff, commune.Id));
        var form = await desk.GetStringAsync("/Feedback/New");
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AppFactory.FormToken(form), ["Input.Channel"] = "Hotline", ["Input.Category"] = "Conduct",
            ["Input.Title"] = "Cán bộ hẹn nhiều lần 7734", ["Input.Content"] = "Người dân gọi đường dây nóng phản ánh bị hẹn trả kết quả nhiều lần.",
            ["Input.Name"] = "Văn Thị Sáu", ["Input.Phone"] = "12345", ["Input.Consent"] = "true",
        };
        var refused = WebUtility.HtmlDecode(await (await desk.PostAsync("/Feedback/New", new MultipartFormDataContent().With(fields))).Content.ReadAsStringAsync());
        Assert.Contains("Số điện thoại \"12345\" không hợp lệ", refused);
        Assert.Contains("Cán bộ hẹn nhiều lần 7734", refused);

        fields["Input.Phone"] = "0243 823 4567";
        var saved = await (await desk.PostAsync("/Feedback/New", new MultipartFormDataContent().With(fields))).Content.ReadAsStringAsync();
        Assert.Contains("Đã ghi nhận phản ánh", saved);
        var stored = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Feedbacks.AsNoTracking().Single(f => f.TenantId == commune.Id && f.Title == "Cán bộ hẹn nhiều lần 7734"));
        Assert.Equal(FeedbackChannel.Hotline, stored.Channel);
        Assert.Equal("02438234567", stored.PhoneDigits);
    }

    [Fact]
    public async Task Deadline_settings_are_versioned_and_a_bad_number_is_refused_with_the_form_kept()
    {
        var (commune, _) = Communes();
        var secretariat = await App.SignInAsync(App.UserName(Roles.ReformSecretariat, commune.Id));
        var page = await secretariat.GetStringAsync("/Feedback/Deadlines");
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AppFactory.FormToken(page), ["Input.Category"] = "Conduct", ["Input.EffectiveFrom"] = "2030-01-01",
            ["Input.RefuseDays"] = "0", ["Input.AskInfoDays"] = "4", ["Input.AnswerDays"] = "10", ["Input.PublishDays"] = "2",
        };
        var refused = await (await secretariat.PostAsync("/Feedback/Deadlines", new FormUrlEncodedContent(fields))).Content.ReadAsStringAsync();
        Assert.Contains("Hạn từ chối: 0 ngày làm việc không hợp lệ", refused);
        Assert.Contains("value=\"2030-01-01\"", refused);
        fields["Input.RefuseDays"] = "1";
        Assert.Equal(HttpStatusCode.Redirect, (await secretariat.PostAsync("/Feedback/Deadlines", new FormUrlEncodedContent(fields))).StatusCode);
        Assert.Contains("01/01/2030", await secretariat.GetStringAsync("/Feedback/Deadlines"));
        var officer = await App.SignInAsync(App.UserName(Roles.Officer, commune.Id));
        var denied = await officer.GetAsync("/Feedback/Deadlines");
        Assert.Contains("AccessDenied", denied.Headers.Location?.OriginalString ?? "");
    }

    [Fact]
    public async Task Indicators_5_2_and_5_3_come_from_the_feedback_and_say_no_data_without_it()
    {
        var (commune, _) = Communes();
        var chairman = await App.SignInAsync(App.UserName(Roles.Chairman, commune.Id));
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var from = today.AddMonths(-6);
        var index = await GetJsonAsync(chairman, $"/api/dossiers/index766?from={from:yyyy-MM-dd}&to={today:yyyy-MM-dd}");
        var lines = index.GetProperty("indicators").EnumerateArray().ToDictionary(l => l.GetProperty("code").GetString()!);
        var onTime = lines["5.2"];
        var satisfaction = lines["5.3"];
        var (submitted, published, unhappy) = App.WithSystemScope(sp =>
        {
            var db = sp.GetRequiredService<ReformDeskDbContext>();
            var start = TimeZoneInfo.ConvertTimeToUtc(new DateOnly(from.Year, from.Month, 1).ToDateTime(TimeOnly.MinValue), VietnamTime.Zone);
            var rows = db.Feedbacks.AsNoTracking().Where(f => f.TenantId == commune.Id).ToList();
            var handled = rows.Where(f => f.PublishedAtUtc >= start).ToList();
            return (rows.Count(f => f.SubmittedAtUtc >= start), handled.Count, handled.Count(f => f.Rating == FeedbackRating.Dislike || f.Reopened));
        });
        Assert.Equal(submitted, onTime.GetProperty("denominator").GetInt64());
        Assert.True(onTime.GetProperty("numerator").GetInt64() < submitted, "the demo data has late feedback");
        Assert.Equal(published, satisfaction.GetProperty("denominator").GetInt64());
        Assert.True(satisfaction.GetProperty("numerator").GetInt64() <= published - unhappy);
        Assert.True(unhappy > 0);

        var empty = await GetJsonAsync(chairman, "/api/dossiers/index766?from=2024-01-01&to=2024-03-31");
        foreach (var line in empty.GetProperty("indicators").EnumerateArray().Where(l => l.GetProperty("code").GetString() is "5.2" or "5.3"))
        {
            Assert.Equal("không có dữ liệu", line.GetProperty("note").GetString());
            Assert.Equal(JsonValueKind.Null, line.GetProperty("points").ValueKind);
        }
    }

    [Fact]
    public async Task Overdue_and_soon_due_feedback_get_reminders_once()
    {
        var (commune, _) = Communes();
        int Run() => App.WithSystemScope(sp =>
        {
            var tenant = sp.GetRequiredService<TenantContext>();
            tenant.SetUser(null, "test:reminders");
            tenant.SetTenant(commune.Id, readOnly: false);
            return sp.GetRequiredService<ReminderService>().RunForCurrentTenantAsync().GetAwaiter().GetResult();
        });
        Run();
        var keys = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().ReminderLogs.AsNoTracking()
            .Where(r => r.TenantId == commune.Id && r.Key.StartsWith("feedback:")).Select(r => r.Key).ToList());
        Assert.Contains(keys, k => k.EndsWith(":late", StringComparison.Ordinal));
        var again = Run();
        var after = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().ReminderLogs.AsNoTracking()
            .Count(r => r.TenantId == commune.Id && r.Key.StartsWith("feedback:")));
        Assert.Equal(keys.Count, after);
    }

    [Fact]
    public async Task The_routed_feedback_is_readable_as_training_data_by_the_secretariat_only()
    {
        var (commune, _) = Communes();
        var secretariat = await App.SignInAsync(App.UserName(Roles.ReformSecretariat, commune.Id));
        var examples = await GetJsonAsync(secretariat, "/api/feedback/training");
        Assert.True(examples.GetArrayLength() >= 10);
        Assert.All(examples.EnumerateArray(), e => Assert.NotEqual(Guid.Empty, e.GetProperty("unitId").GetGuid()));
        var officer = await App.SignInAsync(App.UserName(Roles.Officer, commune.Id));
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/feedback/training")).StatusCode);
    }

    [Fact]
    public async Task The_routing_screen_shows_the_suggestion_as_a_suggestion()
    {
        var (commune, _) = Communes();
        var (code, _) = Receipt((await SubmitAsync(App.AnonymousFrom(NewAddress()), commune, new CitizenForm("Lò Văn Chiến", NewPhone(),
            Title: "Chậm chi trả trợ cấp người có công", Content: "Gia đình tôi chưa nhận được trợ cấp người có công tháng này, đề nghị kiểm tra."))).Html);
        var id = IdOf(App, commune, code);
        var secretariat = await App.SignInAsync(App.UserName(Roles.ReformSecretariat, commune.Id));
        await ApiPostAsync(secretariat, $"/api/feedback/{id}/accept");
        var page = await secretariat.GetStringAsync($"/Feedback/{id}");
        Assert.Contains("id=\"unit-suggestion\"", page);
        Assert.Contains("gợi ý theo từ khóa", page);
        Assert.Contains("Hãy kiểm tra trước khi giao", page);
    }

    [Fact]
    public async Task Retention_anonymises_closed_matters_and_keeps_what_was_published()
    {
        // The other commune: what other tests read of this one's demo feedback stays as seeded.
        var (_, commune) = Communes();
        var published = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Feedbacks.AsNoTracking()
            .First(f => f.TenantId == commune.Id && f.Status == FeedbackStatus.Published));
        var count = App.WithSystemScope(sp =>
        {
            var tenant = sp.GetRequiredService<TenantContext>();
            tenant.SetUser(null, "test:retention");
            tenant.SetTenant(commune.Id, readOnly: false);
            var retention = new FeedbackRetention(sp.GetRequiredService<ReformDeskDbContext>(), Options.Create(new CitizenVoiceOptions { RetentionMonths = 1 }), new Later(TimeSpan.FromDays(3650)));
            return retention.AnonymiseAsync().GetAwaiter().GetResult();
        });
        Assert.True(count > 0);
        var after = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Feedbacks.AsNoTracking().Single(f => f.TenantId == commune.Id && f.Id == published.Id));
        Assert.NotNull(after.AnonymisedAtUtc);
        Assert.NotEqual(published.CitizenName, after.CitizenName);
        Assert.Equal("", after.CitizenPhone);
        Assert.Equal(published.PublicAnswer, after.PublicAnswer);
        Assert.Contains(published.PublicTitle!, await App.Anonymous().GetStringAsync($"/p/{Slug(commune)}/phan-anh"));
        Assert.DoesNotContain(App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Feedbacks.AsNoTracking()
            .Where(f => f.TenantId == commune.Id && f.Status != FeedbackStatus.Published && f.Status != FeedbackStatus.Refused && f.Status != FeedbackStatus.Transferred).ToList()),
            f => f.AnonymisedAtUtc is not null);
    }

    [Fact]
    public async Task The_public_catalogue_shows_what_the_desk_records_and_finds_it_without_diacritics()
    {
        var (commune, _) = Communes();
        var procedure = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Procedures.AsNoTracking().First(p => p.TenantId == commune.Id && p.Name == "Đăng ký khai tử"));
        var desk = await App.SignInAsync(App.UserName(Roles.OneStopShopStaff, commune.Id));
        var form = await desk.GetStringAsync($"/Dossiers/Procedures/{procedure.Id}");
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AppFactory.FormToken(form), ["Documents"] = "Tờ khai đăng ký khai tử\nGiấy báo tử 5521",
            ["OnlineUrl"] = "khong-phai-dia-chi", ["PostalAllowed"] = "true",
        };
        var refused = WebUtility.HtmlDecode(await (await desk.PostAsync($"/Dossiers/Procedures/{procedure.Id}?handler=Public", new FormUrlEncodedContent(fields))).Content.ReadAsStringAsync());
        Assert.Contains("phải là địa chỉ http(s) đầy đủ", refused);
        Assert.Contains("Giấy báo tử 5521", refused);
        fields["OnlineUrl"] = "https://dichvucong.gov.vn";
        Assert.Equal(HttpStatusCode.Redirect, (await desk.PostAsync($"/Dossiers/Procedures/{procedure.Id}?handler=Public", new FormUrlEncodedContent(fields))).StatusCode);

        var catalogue = WebUtility.HtmlDecode(await App.Anonymous().GetStringAsync($"/p/{Slug(commune)}/thu-tuc?q=dang+ky+khai+tu"));
        Assert.Contains("Đăng ký khai tử", catalogue);
        Assert.Contains("Giấy báo tử 5521", catalogue);
        Assert.Contains("href=\"https://dichvucong.gov.vn\"", catalogue);
        Assert.Contains("Qua dịch vụ bưu chính công ích", catalogue);
        Assert.DoesNotContain("Chứng thực chữ ký", catalogue);
    }

    private int Count(Tenant commune) => App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Feedbacks.Count(f => f.TenantId == commune.Id));

    private sealed class Later(TimeSpan ahead) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + ahead;
    }
}

public static class MultipartExtensions
{
    public static MultipartFormDataContent With(this MultipartFormDataContent content, Dictionary<string, string> fields)
    {
        foreach (var (k, v) in fields)
        {
            content.Add(new StringContent(v), k);
        }

        return content;
    }
}

public sealed class SqliteFeedbackTests(SqliteApp fixture) : FeedbackTests(fixture), IClassFixture<SqliteApp>;

public sealed class PostgresFeedbackTests(PostgresApp fixture) : FeedbackTests(fixture), IClassFixture<PostgresApp>;
