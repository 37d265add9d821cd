using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.CitizenVoice;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.CitizenVoice;

/// <summary>What the citizen fills in on the public form.</summary>
public sealed record CitizenForm(string Name, string Phone, string Title = "Đèn chiếu sáng ngõ 7 bị hỏng", string Content = "Đèn chiếu sáng trong ngõ 7 bị hỏng hơn một tuần, buổi tối rất tối.",
    string Category = "Local", string? Email = null, string? Address = null, bool Consent = true, string? Website = null);

/// <summary>Posting the public form and following a feedback up, as a browser would.</summary>
public static partial class FeedbackTestSupport
{
    /// <summary>A 1×1 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    public static string Slug(Tenant commune) => commune.Code.ToLowerInvariant();

    public static async Task<(HttpResponseMessage Response, string Html)> SubmitAsync(HttpClient client, Tenant commune, CitizenForm form, params (string Name, byte[] Bytes)[] files)
    {
        var page = await client.GetStringAsync($"/p/{Slug(commune)}/phan-anh");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(AppFactory.FormToken(page)), "__RequestVerificationToken" },
            { new StringContent(form.Category), "Input.Category" },
            { new StringContent(form.Title), "Input.Title" },
            { new StringContent(form.Content), "Input.Content" },
            { new StringContent(form.Name), "Input.Name" },
            { new StringContent(form.Phone), "Input.Phone" },
            { new StringContent(form.Email ?? ""), "Input.Email" },
            { new StringContent(form.Address ?? ""), "Input.Address" },
            { new StringContent(form.Website ?? ""), "Input.Website" },
            { new StringContent(form.Consent ? "true" : "false"), "Input.Consent" },
        };
        foreach (var (name, bytes) in files)
        {
            content.Add(new ByteArrayContent(bytes), "Files", name);
        }

        var response = await client.PostAsync($"/p/{Slug(commune)}/phan-anh", content);
        return (response, await response.Content.ReadAsStringAsync());
    }

    public static (string Code, string Secret) Receipt(string html)
    {
        var code = CodePattern().Match(html);
        var secret = SecretPattern().Match(html);
        Assert.True(code.Success && secret.Success, "no receipt in the page: " + ErrorText(html));
        return (code.Groups[1].Value, secret.Groups[1].Value);
    }

    public static string ErrorText(string html) => ErrorPattern().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(Regex.Replace(m.Value, "<[^>]+>", " ")) : "";

    public static async Task<string> TrackAsync(HttpClient client, Tenant commune, string code, string secret, string? handler = null, Dictionary<string, string>? extra = null)
    {
        var page = await client.GetStringAsync($"/p/{Slug(commune)}/phan-anh/theo-doi");
        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = AppFactory.FormToken(page), ["TrackingCode"] = code, ["Secret"] = secret };
        foreach (var (k, v) in extra ?? [])
        {
            fields[k] = v;
        }

        var response = await client.PostAsync($"/p/{Slug(commune)}/phan-anh/theo-doi" + (handler is null ? "" : $"?handler={handler}"), new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public static Guid IdOf(AppFactory app, Tenant commune, string code) =>
        app.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Feedbacks.AsNoTracking().Single(f => f.TenantId == commune.Id && f.Code == code).Id);

    public static async Task<HttpResponseMessage> ApiPostAsync(HttpClient client, string url, object? body = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body ?? new { }) };
        request.Headers.Add("X-CSRF-TOKEN", await AppFactory.ApiTokenAsync(client));
        return await client.SendAsync(request);
    }

    /// <summary>A phone number no other test uses.</summary>
    public static string NewPhone() => "09" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A client address of its own, so the per-address limit of one test does not meet another's.</summary>
    public static string NewAddress() => $"198.51.{Random.Shared.Next(0, 255)}.{Random.Shared.Next(1, 255)}";

    [GeneratedRegex("id=\"tracking-code\">([^<]+)<")]
    private static partial Regex CodePattern();

    [GeneratedRegex("id=\"tracking-secret\">([^<]+)<")]
    private static partial Regex SecretPattern();

    [GeneratedRegex("(?s)<div class=\"error\".*?</div>")]
    private static partial Regex ErrorPattern();
}
