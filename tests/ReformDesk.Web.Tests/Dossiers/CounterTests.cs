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

    private AsyncServiceScope TenantScope(Guid tenantId)
    {
        var scope = App.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TenantContext>();
        context.SetUser(null, "test");
        context.SetTenant(tenantId, readOnly: false);
        return scope;
    }

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
        await using (var scope = TenantScope(mine.Id))
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

        // "Tiếp nhận" (the form's plain submit button) must save from there.
        var saved = await staff.PostAsync(FormTarget(preview, previewUrl), new FormUrlEncodedContent(Fields(preview)));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var check = TenantScope(mine.Id);
        Assert.True(await check.ServiceProvider.GetRequiredService<ReformDeskDbContext>().Dossiers.AnyAsync(d => d.ApplicantName == name));
    }
}

public sealed class SqliteCounterTests(SqliteApp fixture) : CounterTests(fixture), IClassFixture<SqliteApp>;

public sealed class PostgresCounterTests(PostgresApp fixture) : CounterTests(fixture), IClassFixture<PostgresApp>;
