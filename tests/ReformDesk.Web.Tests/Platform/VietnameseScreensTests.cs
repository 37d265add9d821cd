using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Platform;

/// <summary>
/// Renders every page (every parameterless GET route, and each route with an id filled with a demo row that it shows) for
/// every role and fails on English words or developer references in what a person sees: text, and the title, placeholder,
/// aria-label, alt attributes and the labels of buttons.
/// </summary>
public sealed partial class VietnameseScreensTests(SqliteApp fixture) : IClassFixture<SqliteApp>
{
    private AppFactory App => fixture.App;

    // Common English words and developer references; each is checked as a whole word, case-insensitively.
    private static readonly string[] EnglishWords =
    [
        "the", "and", "of", "for", "with", "from", "this", "that", "not", "found", "error", "exception", "null", "undefined", "NaN",
        "todo", "fixme", "seed", "seeds", "implied", "unit", "units", "per", "percent", "day", "days", "hours", "people", "person", "dossier",
        "dossiers", "target", "targets", "status", "pending", "none", "true", "false", "total", "rate", "score", "items", "points", "count",
        "Counter", "Online", "Postal", "Province", "Commune", "District", "ResidentialGroup", "Chairman", "Officer", "Secretariat",
        "OneStopShopStaff", "CouncilMember", "Supervisor", "SystemAdmin", "DepartmentHead", "ProvinceOfficer", "Resolved", "ResolvedEarly",
        "ResolvedOnTime", "ResolvedLate", "FixedDeadline", "Recurring", "WholePeriod", "Continuous", "Triggered", "Composite", "Unparsed",
        "Draft", "Submitted", "Approved", "Rejected", "Withdrawn", "Returned", "Processed", "MovementPlan", "Nomination", "Pledge", "Movement",
        "Initiative", "Decision", "Council", "Award", "Evidence", "Report", "Reports", "Task", "Tasks", "Plan", "Plans", "Entity", "Guid",
        "Show", "help", "required", "Option", "Status Code", "Bad Request", "Not Found", "Forbidden", "Unauthorized", "Internal",
        // Not "Index": "Chỉ số cải cách hành chính (PAR Index)" is the index's official name in Vietnamese documents.
        "Details", "Edit", "Delete", "Save", "Cancel", "Submit", "Back", "Next", "Previous", "Search", "Filter", "Page", "Login", "Logout",
        "Export", "Import", "Upload", "Download", "Home", "Dashboard", "Settings", "Users", "User", "Name", "Date", "Time", "Note", "Notes",
        "Value", "Threshold", "Indicator", "Period", "Source", "Channel", "Year", "Month", "Week", "Quarter", "Yearly", "Monthly", "Quarterly",
    ];

    private static readonly Regex English = new(@"(?<![\p{L}\p{N}_.\-/@])(" + string.Join("|", EnglishWords.Select(Regex.Escape)) + @")(?![\p{L}\p{N}_\-/@])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // References to the seed documents' numbering ("seed 000 mục III.3", "(000 mục II)") are for developers.
    [GeneratedRegex(@"\b\d{3}\s+mục\s+[IVX]+|seed\s*\d{3}", RegexOptions.IgnoreCase)]
    private static partial Regex SeedReference();

    private static readonly HtmlParser Parser = new();

    /// <summary>The text a person sees or hears: text nodes outside script/style, and the attributes shown or read aloud.</summary>
    public static string VisibleText(string html)
    {
        var document = Parser.ParseDocument(html);
        var sb = new StringBuilder();
        foreach (var element in document.All)
        {
            if (element.LocalName is "script" or "style" or "noscript" or "template")
            {
                continue;
            }

            foreach (var node in element.ChildNodes.OfType<IText>())
            {
                sb.Append(' ').Append(node.Data);
            }

            foreach (var name in new[] { "title", "placeholder", "aria-label", "alt" })
            {
                if (element.GetAttribute(name) is { Length: > 0 } value) sb.Append(' ').Append(value);
            }

            if (element.LocalName == "input" && element.GetAttribute("type") is "submit" or "button" && element.GetAttribute("value") is { } label)
            {
                sb.Append(' ').Append(label);
            }
        }

        return Regex.Replace(sb.ToString(), @"\s+", " ");
    }

    public static IEnumerable<string> Findings(string text)
    {
        foreach (Match m in English.Matches(text))
        {
            var start = Math.Max(0, m.Index - 40);
            yield return $"\"{m.Value}\" in …{text.Substring(start, Math.Min(text.Length - start, m.Length + 80))}…";
        }

        foreach (Match m in SeedReference().Matches(text))
        {
            yield return $"seed reference \"{m.Value}\"";
        }
    }

    [Fact]
    public void The_checker_catches_English_and_seed_references_but_not_Vietnamese()
    {
        Assert.NotEmpty(Findings(VisibleText("<p>Tỷ lệ 95% (implied)</p>")));
        Assert.NotEmpty(Findings(VisibleText("<td>Theo seed 000 mục III.3</td>")));
        Assert.NotEmpty(Findings(VisibleText("<input type=submit value='Save'>")));
        Assert.NotEmpty(Findings(VisibleText("<a title='Show details'>x</a>")));
        Assert.NotEmpty(Findings(VisibleText("<p>5 dossiers per unit</p>")));
        Assert.Empty(Findings(VisibleText("<p>Hồ sơ đúng hạn: 95%. Chủ tịch UBND phường Trần Hưng Đạo, ReformDesk.</p><script>var the = null;</script><a href='/Plans/Detail/1' class='unit'>Kế hoạch</a>")));
    }

    private IReadOnlyList<string> PageRoutes()
    {
        var routes = new List<string>();
        foreach (var endpoint in App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is null) continue;
            var pattern = endpoint.RoutePattern.RawText!.Trim('/');
            // The audit log's entity names and changes are made readable by its own work and tested there.
            if (pattern is "Account/Logout" or "Error" or "Admin/Audit") continue;
            routes.Add(pattern);
        }

        return routes.Distinct().OrderBy(r => r).ToList();
    }

    /// <summary>Demo rows of one commune, any of which may be what a route's id means.</summary>
    private List<Guid> DemoIds(Guid tenantId) => App.WithSystemScope(sp =>
    {
        var db = sp.GetRequiredService<ReformDeskDbContext>();
        var ids = new List<Guid>();
        ids.AddRange(db.Plans.Where(x => x.TenantId == tenantId).Select(x => x.Id).Take(2));
        ids.AddRange(db.PlanTasks.Where(x => x.TenantId == tenantId).Select(x => x.Id).Take(2));
        ids.AddRange(db.TaskUpdates.Where(x => x.TenantId == tenantId).Select(x => x.Id).Take(1));
        ids.AddRange(db.Movements.Where(x => x.TenantId == tenantId).Select(x => x.Id).Take(2));
        ids.AddRange(db.NominationRounds.Where(x => x.TenantId == tenantId).Select(x => x.Id).Take(2));
        ids.AddRange(db.Nominations.Where(x => x.TenantId == tenantId).Select(x => x.Id).Take(2));
        ids.AddRange(db.CouncilMeetings.Where(x => x.TenantId == tenantId).Select(x => x.Id).Take(1));
        ids.AddRange(db.AwardDecisions.Where(x => x.TenantId == tenantId).Select(x => x.Id).Take(1));
        ids.AddRange(db.Units.Where(x => x.TenantId == tenantId).Select(x => x.Id).Take(1));
        ids.AddRange(db.Dossiers.Where(x => x.TenantId == tenantId).Select(x => x.Id).Take(1));
        ids.AddRange(db.Procedures.Where(x => x.TenantId == tenantId).Select(x => x.Id).Take(1));
        ids.AddRange(db.People.Where(x => x.TenantId == tenantId).Select(x => x.Id).Take(1));
        ids.AddRange(db.Pledges.Where(x => x.TenantId == tenantId).Select(x => x.Id).Take(1));
        ids.AddRange(db.Initiatives.Where(x => x.TenantId == tenantId).Select(x => x.Id).Take(1));
        return ids;
    });

    private static bool IsHtml(HttpResponseMessage r) => r.StatusCode == HttpStatusCode.OK && r.Content.Headers.ContentType?.MediaType == "text/html";

    [Fact]
    public async Task Every_page_for_every_role_shows_no_English_or_developer_text()
    {
        var routes = PageRoutes();
        Assert.True(routes.Count >= 25, $"only {routes.Count} page routes");
        var registry = App.Registry();
        var communes = App.Communes();
        var findings = new SortedSet<string>();
        var pagesChecked = 0;

        // Every role in every commune; the province officer and the system administrator once each.
        var accounts = new List<(string Role, Tenant Home, Tenant Commune)>();
        foreach (var commune in communes)
        {
            foreach (var role in new[] { Roles.Chairman, Roles.ReformSecretariat, Roles.DepartmentHead, Roles.Officer, Roles.OneStopShopStaff, Roles.CouncilMember, Roles.Supervisor })
            {
                accounts.Add((role, commune, commune));
            }
        }

        var first = communes[0];
        accounts.Add((Roles.ProvinceOfficer, registry.Single(t => t.Id == TenantAccess.ProvinceOf(first.Id, registry)), first));

        var anonymous = App.Anonymous();
        foreach (var url in new[] { "/Account/Login", "/Account/AccessDenied", "/tra-cuu" })
        {
            var response = await anonymous.GetAsync(url);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            foreach (var f in Findings(VisibleText(await response.Content.ReadAsStringAsync()))) findings.Add($"(khách) {url}: {f}");
            pagesChecked++;
        }

        var idFor = new Dictionary<(Guid, string), Guid?>();
        foreach (var (role, home, commune) in accounts)
        {
            string userName;
            try
            {
                userName = App.UserName(role, home.Id);
            }
            catch (InvalidOperationException)
            {
                continue; // this commune has no account with that role
            }

            var client = await App.SignInAsync(userName);
            var ids = DemoIds(commune.Id);
            foreach (var route in routes)
            {
                string? url = null;
                if (!route.Contains('{'))
                {
                    url = "/" + route;
                }
                else
                {
                    // The first demo row that the route shows to this role is its id.
                    if (!idFor.TryGetValue((commune.Id, route + role), out var id))
                    {
                        id = null;
                        foreach (var candidate in ids)
                        {
                            if (IsHtml(await client.GetAsync("/" + Fill(route, candidate)))) { id = candidate; break; }
                        }

                        idFor[(commune.Id, route + role)] = id;
                    }

                    if (id is { } found) url = "/" + Fill(route, found);
                }

                if (url is null) continue;
                var response = await client.GetAsync(url);
                Assert.True((int)response.StatusCode < 500, $"{role} {commune.Code}: GET {url} answered {(int)response.StatusCode}");
                if (!IsHtml(response)) continue;
                pagesChecked++;
                foreach (var f in Findings(VisibleText(await response.Content.ReadAsStringAsync())))
                {
                    findings.Add($"{RouteParameter().Replace(route, "{id}")}: {f}");
                }
            }
        }

        Assert.True(pagesChecked >= 300, $"only {pagesChecked} pages rendered");
        Assert.True(findings.Count == 0, $"{findings.Count} English or developer texts on screen:\n" + string.Join("\n", findings.Take(200)));
    }

    private static string Fill(string pattern, Guid id) => RouteParameter().Replace(pattern, id.ToString());

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
