using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReformDesk.Core.Demo;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Tests.Platform;

public class CoreSettingsTests
{
    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddReformDeskCore(new DatabaseOptions());
        return services.BuildServiceProvider();
    }

    [Fact]
    public void Demo_settings_are_read_from_the_Demo_section()
    {
        using var provider = Services(new() { ["Demo:Enabled"] = "true", ["Demo:DossiersPerCommune"] = "12" });
        var demo = provider.GetRequiredService<IOptions<DemoOptions>>().Value;
        Assert.True(demo.Enabled);
        Assert.Equal(12, demo.DossiersPerCommune);
    }

    [Fact]
    public void A_missing_demo_seeds_folder_is_refused_naming_the_setting()
    {
        using var provider = Services(new() { ["Demo:Enabled"] = "true", ["Demo:SeedsFolder"] = "/khong/co/thu-muc-nay", ["Demo:DossiersPerCommune"] = "-3" });
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DemoOptions>>().Value);
        Assert.Contains(ex.Failures, f => f.StartsWith("Demo:SeedsFolder chỉ đến một thư mục không tồn tại", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("Demo:DossiersPerCommune phải từ 0", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_configuration_the_defaults_hold()
    {
        var services = new ServiceCollection();
        services.AddReformDeskCore(new DatabaseOptions());
        using var provider = services.BuildServiceProvider();
        Assert.Equal(new DemoOptions().DossiersPerCommune, provider.GetRequiredService<IOptions<DemoOptions>>().Value.DossiersPerCommune);
    }
}
