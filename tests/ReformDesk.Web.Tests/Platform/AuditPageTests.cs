using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Platform;

/// <summary>The audit page: Vietnamese names for everything it can show, readable field changes, filters, paging, the chain check.</summary>
public abstract class AuditPageTests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private AppFactory App => fixture.App;

    private Tenant Commune => App.Communes().First(c => c.Code.EndsWith("TRANHUNGDAO", StringComparison.Ordinal));

    private Task<HttpClient> ChairmanAsync() => App.SignInAsync(App.UserName(Roles.Chairman, Commune.Id));

    private async Task<Unit> ChangeAUnitAsync(string actor)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TenantContext>();
        context.SetUser(null, actor);
        context.SetTenant(Commune.Id, readOnly: false);
        var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
        var unit = new Unit { Name = "Tổ nhật ký " + Guid.NewGuid().ToString("N")[..6], Kind = UnitKind.Other };
        db.Units.Add(unit);
        await db.SaveChangesAsync();
        unit.Note = "Ghi chú mới";
        unit.IsActive = false;
        await db.SaveChangesAsync();
        return unit;
    }

    [Fact]
    public void Every_audited_entity_and_field_of_the_model_has_a_Vietnamese_name()
    {
        App.WithSystemScope(sp =>
        {
            var db = sp.GetRequiredService<ReformDeskDbContext>();
            var audited = db.Model.GetEntityTypes()
                .Where(e => e.ClrType != typeof(AuditEntry) && e.ClrType != typeof(AuditChainHead) && !typeof(IDerivedData).IsAssignableFrom(e.ClrType))
                .ToList();
            Assert.True(audited.Count > 30);
            var unnamedEntities = audited.Select(e => e.ClrType.Name).Where(n => !AuditNames.Entities.ContainsKey(n)).ToList();
            var unnamedFields = audited.SelectMany(e => e.GetProperties()).Select(p => p.Name).Distinct().Where(n => !AuditNames.Fields.ContainsKey(n)).ToList();
            Assert.Empty(unnamedEntities);
            Assert.Empty(unnamedFields);
            Assert.True(AuditNames.Entities.ContainsKey(nameof(ReformDesk.Core.Dossiers.DossierEvent)));
            return 0;
        });
    }

    [Fact]
    public async Task Changes_read_field_by_field_in_Vietnamese_with_secrets_hidden()
    {
        var unit = await ChangeAUnitAsync("kiemtra.trang");
        var client = await ChairmanAsync();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/Admin/Audit?entity=Unit&byUser=kiemtra.trang"));
        Assert.Contains(unit.Name, html, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"Dữ liệu\">Đơn vị", html, StringComparison.Ordinal);
        Assert.Contains("Ghi chú: (trống) → Ghi chú mới", html, StringComparison.Ordinal);
        Assert.Contains("Đang hoạt động: Có → Không", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Note\"", html, StringComparison.Ordinal);

        var accounts = WebUtility.HtmlDecode(await client.GetStringAsync("/Admin/Audit?entity=AppUser"));
        Assert.Contains("Tài khoản", accounts, StringComparison.Ordinal);
        Assert.Contains("Mật khẩu: (đã ẩn)", accounts, StringComparison.Ordinal);
        Assert.DoesNotContain("AQAAAA", accounts, StringComparison.Ordinal); // the start of every Identity password hash
    }

    [Fact]
    public async Task Filters_by_user_and_date_range_and_a_refused_range_keeps_what_was_typed()
    {
        await ChangeAUnitAsync("kiemtra.loc");
        var client = await ChairmanAsync();
        var today = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, VietnamTime.Zone);
        var day = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var tomorrow = today.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var mine = WebUtility.HtmlDecode(await client.GetStringAsync($"/Admin/Audit?byUser=kiemtra.loc&from={day}&to={day}"));
        Assert.Equal(2, CountRows(mine));
        Assert.Contains("value=\"kiemtra.loc\"", mine, StringComparison.Ordinal);

        var future = WebUtility.HtmlDecode(await client.GetStringAsync($"/Admin/Audit?byUser=kiemtra.loc&from={tomorrow}"));
        Assert.Equal(0, CountRows(future));
        Assert.Contains("Không có thay đổi nào khớp bộ lọc", future, StringComparison.Ordinal);

        var refused = WebUtility.HtmlDecode(await client.GetStringAsync($"/Admin/Audit?byUser=kiemtra.loc&from={tomorrow}&to={day}"));
        Assert.Contains("'Đến ngày'", refused, StringComparison.Ordinal);
        Assert.Contains("phải sau 'Từ ngày'", refused, StringComparison.Ordinal);
        Assert.Contains($"value=\"{tomorrow}\"", refused, StringComparison.Ordinal);

        var typo = WebUtility.HtmlDecode(await client.GetStringAsync("/Admin/Audit?from=31/02/2026"));
        Assert.Contains("'Từ ngày' không phải ngày hợp lệ: \"31/02/2026\"", typo, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_hold_fifty_entries_in_chain_order_and_link_to_the_next_with_the_filters()
    {
        var client = await ChairmanAsync();
        var first = await client.GetStringAsync("/Admin/Audit?entity=AppUser");
        var all = await client.GetStringAsync("/Admin/Audit");
        Assert.Equal(AuditLogService.PageSize, CountRows(all));
        Assert.Contains("pageNumber=2", all, StringComparison.Ordinal);
        var second = await client.GetStringAsync("/Admin/Audit?pageNumber=2");
        Assert.True(CountRows(second) > 0);
        var firstSequences = Sequences(all);
        var secondSequences = Sequences(second);
        Assert.True(firstSequences.Min() > secondSequences.Max());
        Assert.Equal(firstSequences.OrderDescending(), firstSequences);
        Assert.DoesNotContain("entity=AppUser", all, StringComparison.Ordinal);
        Assert.True(CountRows(first) > 0);
    }

    [Fact]
    public async Task The_page_checks_the_communes_chain_on_request_and_shows_the_first_broken_link()
    {
        var client = await ChairmanAsync();
        var intact = WebUtility.HtmlDecode(await client.GetStringAsync("/Admin/Audit?verify=true"));
        Assert.Contains("Chuỗi mã băm nguyên vẹn", intact, StringComparison.Ordinal);

        var unit = await ChangeAUnitAsync("kiemtra.chuoi");
        await using (var scope = App.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().UseSystem("test");
            var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
            var sequence = await db.AuditEntries.Where(a => a.EntityId == unit.Id.ToString()).MinAsync(a => a.Sequence);
            await db.Database.ExecuteSqlRawAsync(AuditTriggers.For(db).DropNoUpdate);
            await db.Database.ExecuteSqlAsync($"UPDATE \"AuditEntries\" SET \"After\" = {"{}"} WHERE \"TenantId\" = {Commune.Id} AND \"Sequence\" = {sequence}");
            await db.Database.ExecuteSqlRawAsync(AuditTriggers.For(db).Install);

            var broken = WebUtility.HtmlDecode(await client.GetStringAsync("/Admin/Audit?verify=true"));
            Assert.Contains($"Chuỗi mã băm HỎNG tại mục #{sequence}", broken, StringComparison.Ordinal);
        }
    }

    private static int CountRows(string html) => System.Text.RegularExpressions.Regex.Matches(html, "<td data-label=\"#\">").Count;

    private static List<long> Sequences(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, "<td data-label=\"#\">(\\d+)</td>").Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
}

public sealed class SqliteAuditPageTests(SqliteApp fixture) : AuditPageTests<SqliteApp>(fixture), IClassFixture<SqliteApp>;

public sealed class PostgresAuditPageTests(PostgresApp fixture) : AuditPageTests<PostgresApp>(fixture), IClassFixture<PostgresApp>;
