using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NetArchTest.Rules;
using ReformDesk.Core.Platform;

namespace ReformDesk.Web.Tests.Architecture;

/// <summary>
/// The layering the codebase relies on, read from the compiled assemblies: the domain knows nothing of the web, and pages
/// (page models and Razor views) reach data only through Core's services.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly System.Reflection.Assembly Core = typeof(ReformDeskDbContext).Assembly;
    private static readonly System.Reflection.Assembly Web = typeof(Features.Platform.RequestTenant).Assembly;

    private static void AssertHolds(TestResult result, string rule) =>
        Assert.True(result.IsSuccessful, $"{rule}: {string.Join(", ", result.FailingTypeNames ?? [])}");

    [Theory]
    [InlineData("Microsoft.AspNetCore.Mvc")]
    [InlineData("Microsoft.AspNetCore.Http")]
    [InlineData("Microsoft.AspNetCore.Routing")]
    [InlineData("Microsoft.AspNetCore.Razor")]
    [InlineData("Microsoft.AspNetCore.Components")]
    [InlineData("ReformDesk.Web")]
    [InlineData("ReformDesk.Cli")]
    public void Core_is_free_of_web_and_host_types(string forbidden) =>
        AssertHolds(Types.InAssembly(Core).ShouldNot().HaveDependencyOn(forbidden).GetResult(), $"Core depends on {forbidden}");

    [Theory]
    [InlineData("ReformDesk.Core.Platform.ReformDeskDbContext")]
    [InlineData("Microsoft.EntityFrameworkCore")]
    public void Page_models_call_services_not_the_database(string forbidden) =>
        AssertHolds(Types.InAssembly(Web).That().Inherit(typeof(PageModel)).ShouldNot().HaveDependencyOn(forbidden).GetResult(),
            $"Page models depend on {forbidden}");

    [Theory]
    [InlineData("ReformDesk.Core.Platform.ReformDeskDbContext")]
    [InlineData("Microsoft.EntityFrameworkCore")]
    public void Api_endpoints_call_services_not_the_database(string forbidden) =>
        AssertHolds(Types.InAssembly(Web).That().HaveNameEndingWith("Api").ShouldNot().HaveDependencyOn(forbidden).GetResult(),
            $"API endpoint classes depend on {forbidden}");

    [Fact]
    public void Views_do_not_inject_the_DbContext() =>
        AssertHolds(Types.InAssembly(Web).That().Inherit(typeof(RazorPageBase)).ShouldNot().HaveDependencyOn(typeof(ReformDeskDbContext).FullName).GetResult(),
            "Views depend on the DbContext");

    [Fact]
    public void The_rules_stay_pure_functions_of_their_inputs() =>
        AssertHolds(Types.InAssembly(Core).That().ResideInNamespace("ReformDesk.Core.Emulation.Rules")
            .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", typeof(ReformDeskDbContext).FullName).GetResult(),
            "Award rules reach the database");

    [Fact]
    public void The_rules_catch_a_violation()
    {
        // The checks above would pass vacuously if the type filters matched nothing; each must see its types.
        Assert.NotEmpty(Types.InAssembly(Web).That().Inherit(typeof(PageModel)).GetTypes());
        Assert.NotEmpty(Types.InAssembly(Web).That().Inherit(typeof(RazorPageBase)).GetTypes());
        Assert.True(Types.InAssembly(Web).That().HaveNameEndingWith("Api").GetTypes().Count() >= 5);
        Assert.NotEmpty(Types.InAssembly(Core).That().ResideInNamespace("ReformDesk.Core.Emulation.Rules").GetTypes());
        // And the dependency check itself sees a dependency that exists: the DbContext's own assembly uses EF Core.
        Assert.False(Types.InAssembly(Core).ShouldNot().HaveDependencyOn("Microsoft.EntityFrameworkCore").GetResult().IsSuccessful);
        Assert.False(Types.InAssembly(Web).That().HaveNameEndingWith("Api").ShouldNot().HaveDependencyOn("Microsoft.AspNetCore.Http").GetResult().IsSuccessful);
    }

    [Fact]
    public void Cli_commands_print_through_the_invocation_not_the_process_console()
    {
        // Each command writes to parse.InvocationConfiguration.Output/Error, so a caller (the tests, a script host) reads
        // what it printed; only the entry point falls back to the console for its parse errors.
        var cli = typeof(Cli.CliProgram).Assembly;
        Assert.True(Types.InAssembly(cli).That().HaveNameEndingWith("Commands").GetTypes().Count() >= 8);
        AssertHolds(Types.InAssembly(cli).That().DoNotHaveName(nameof(Cli.CliProgram)).ShouldNot().HaveDependencyOn("System.Console").GetResult(),
            "CLI types write to System.Console");
        Assert.False(Types.InAssembly(cli).ShouldNot().HaveDependencyOn("System.Console").GetResult().IsSuccessful);
    }

    [Fact]
    public void No_pattern_carries_a_wall_clock_timeout()
    {
        // A match timeout counts wall-clock time: on a busy two-core machine a paused thread threw
        // RegexMatchTimeoutException on a ten-word text and stopped the demo seeding. Patterns must be linear instead.
        var patterns = new[] { Core, Web, typeof(Cli.VietnameseCli).Assembly }
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetMethods(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic))
            .Where(m => m.IsDefined(typeof(System.Text.RegularExpressions.GeneratedRegexAttribute), false))
            .Select(m => (Name: $"{m.DeclaringType!.Name}.{m.Name}", Regex: (System.Text.RegularExpressions.Regex)m.Invoke(null, null)!))
            .ToList();

        Assert.True(patterns.Count >= 30, $"only {patterns.Count} generated patterns were found");
        Assert.Empty(patterns.Where(p => p.Regex.MatchTimeout != System.Text.RegularExpressions.Regex.InfiniteMatchTimeout).Select(p => p.Name));
    }
}
