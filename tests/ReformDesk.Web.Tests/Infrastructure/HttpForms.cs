using System.Net;
using System.Net.Http.Json;

namespace ReformDesk.Web.Tests.Infrastructure;

/// <summary>What the web tests send as a signed-in browser would: a form with its antiforgery token, or JSON with the header.</summary>
public static class HttpForms
{
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync("/");
        fields["__RequestVerificationToken"] = AppFactory.FormToken(page);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    public static async Task<HttpResponseMessage> SendJsonAsync(HttpClient client, HttpMethod method, string url, object? body)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        request.Headers.Add("X-CSRF-TOKEN", await AppFactory.ApiTokenAsync(client));
        return await client.SendAsync(request);
    }

    /// <summary>403, or the cookie scheme's redirect to the access-denied page.</summary>
    public static bool IsForbidden(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/AccessDenied", StringComparison.Ordinal));
}
