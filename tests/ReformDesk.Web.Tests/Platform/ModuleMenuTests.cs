using System.Security.Claims;
using ReformDesk.Core.Accounts;
using ReformDesk.Web.Features.Shared;

namespace ReformDesk.Web.Tests.Platform;

/// <summary>The module menu offers a role exactly the module pages the role × route matrix lets it open.</summary>
public sealed class ModuleMenuTests
{
    private static readonly Dictionary<string, string[]> Matrix =
        RouteMatrixTests.ReadTable(Path.Combine(AppContext.BaseDirectory, "Platform", "RouteMatrix.txt"));

    private static ClaimsPrincipal SignedInAs(string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "x"), new Claim(ClaimTypes.Role, role)], "test"));

    private static string Answer(string href, string role)
    {
        Assert.True(Matrix.TryGetValue($"GET {href}", out var answers), $"{href} is not a route of the matrix");
        return answers![Array.IndexOf(RouteMatrixTests.Columns, role)];
    }

    public static TheoryData<string> AllRoles() => [.. RouteMatrixTests.Columns];

    [Theory]
    [MemberData(nameof(AllRoles))]
    public void Every_link_a_role_sees_opens_for_that_role(string role)
    {
        foreach (var link in ModuleMenu.For(SignedInAs(role)))
        {
            Assert.True(Answer(link.Href, role) == "200", $"{Roles.Vietnamese(role)} sees {link.Href}, which answers {Answer(link.Href, role)}");
        }
    }

    [Theory]
    [MemberData(nameof(AllRoles))]
    public void A_module_page_that_opens_for_a_role_is_in_its_menu_unless_it_is_reached_another_way(string role)
    {
        // The 766 points page is a province setting; a commune reads the index at /Dossiers/Index766 from its dossiers.
        string[] reachedAnotherWay = ["/Admin/Index766"];
        var shown = ModuleMenu.For(SignedInAs(role)).Select(l => l.Href).ToHashSet();
        foreach (var link in ModuleMenu.Links.Where(l => !reachedAnotherWay.Contains(l.Href)))
        {
            Assert.Equal(Answer(link.Href, role) == "200", shown.Contains(link.Href));
        }
    }

    [Fact]
    public void The_active_link_follows_the_module_of_the_path()
    {
        var active = ModuleMenu.Links.Where(l => ModuleMenu.IsActive(l, "/Emulation/Nominations/5")).Select(l => l.Href).ToList();
        Assert.Equal(["/Emulation/Movements"], active);
        Assert.Equal(["/"], ModuleMenu.Links.Where(l => ModuleMenu.IsActive(l, "/")).Select(l => l.Href));
        Assert.Equal(["/Organisation/Units"], ModuleMenu.Links.Where(l => ModuleMenu.IsActive(l, "/organisation/people")).Select(l => l.Href));
    }
}
