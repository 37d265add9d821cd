using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.CitizenVoice;
using ReformDesk.Core.Platform;

namespace ReformDesk.Cli;

/// <summary>feedback anonymise: the retention of citizens' personal data in closed feedback (CitizenVoice:RetentionMonths).</summary>
public static class FeedbackCommands
{
    public static Command Group(Option<string?> connection, Option<string?> provider)
    {
        var group = new Command("feedback", "Phản ánh, kiến nghị");
        group.Subcommands.Add(Anonymise(connection, provider));
        return group;
    }

    private static Command Anonymise(Option<string?> connection, Option<string?> provider)
    {
        var commune = new Option<string?>("--commune") { Description = "Chỉ một xã/phường (mã, ví dụ HP-TRANHUNGDAO); mặc định: tất cả" };
        var command = new Command("anonymise", "Ẩn danh thông tin cá nhân của phản ánh đã kết thúc quá CitizenVoice:RetentionMonths tháng");
        foreach (var option in new Option[] { commune, connection, provider })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            await using var services = CliHost.Build(parse.GetValue(connection), parse.GetValue(provider));
            await using var scope = services.SystemScope("cli:feedback-anonymise");
            if (parse.GetValue(commune) is { } code)
            {
                var tenant = await scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>().Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.Code == code, ct);
                if (tenant is null)
                {
                    await parse.InvocationConfiguration.Error.WriteLineAsync($"Không có xã/phường mã {code}. Xem danh sách bằng lệnh: tenants");
                    return 2;
                }

                scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(tenant.Id, readOnly: false);
            }

            var retention = scope.ServiceProvider.GetRequiredService<FeedbackRetention>();
            var total = 0;
            for (int batch; (batch = await retention.AnonymiseAsync(ct)) > 0;)
            {
                total += batch;
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync($"Đã ẩn danh {total} phản ánh kết thúc trước {FeedbackClock.Local(retention.CutOffUtc):dd/MM/yyyy}.");
            return 0;
        });
        return command;
    }
}
