using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.CitizenVoice;
using ReformDesk.Core.Platform;

namespace ReformDesk.Cli;

/// <summary>suggestion retrain: retrains a commune's feedback unit suggestion from its routed feedback (as the staff button does).</summary>
public static class SuggestionCommands
{
    public static Command Group(Option<string?> connection, Option<string?> provider)
    {
        var commune = DossierCommands.CommuneOption();
        var retrain = new Command("retrain", "Huấn luyện lại mô hình gợi ý đơn vị xử lý phản ánh của một xã/phường từ các phản ánh đã chuyển xử lý");
        foreach (var option in new Option[] { commune, connection, provider })
        {
            retrain.Options.Add(option);
        }

        retrain.SetAction(async (parse, ct) =>
        {
            await using var services = CliHost.Build(parse.GetValue(connection), parse.GetValue(provider));
            if (await DossierCommands.TenantIdAsync(services, parse.GetValue(commune)!, parse.InvocationConfiguration.Error, ct) is not { } tenantId)
            {
                return 2;
            }

            await using var scope = services.CommuneScope(tenantId, "cli:suggestion", readOnly: false);
            var outcome = await scope.ServiceProvider.GetRequiredService<FeedbackUnitSuggester>().RetrainAsync(ct);
            await parse.InvocationConfiguration.Output.WriteLineAsync(outcome.Message);
            return 0;
        });
        var group = new Command("suggestion", "Gợi ý đơn vị xử lý phản ánh, kiến nghị");
        group.Subcommands.Add(retrain);
        return group;
    }
}
