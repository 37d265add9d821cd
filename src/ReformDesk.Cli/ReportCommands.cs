using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Documents;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Reports;

namespace ReformDesk.Cli;

/// <summary>reports draft: the periodic reform report of a commune drafted from its data (as the secretariat's page does), written as DOCX.</summary>
public static class ReportCommands
{
    public static Command Group(Option<string?> connection, Option<string?> provider)
    {
        var group = new Command("reports", "Báo cáo cải cách hành chính định kỳ");
        group.Subcommands.Add(Draft(connection, provider));
        return group;
    }

    private static Command Draft(Option<string?> connection, Option<string?> provider)
    {
        var commune = DossierCommands.CommuneOption();
        var period = new Option<string>("--period") { Description = "Kỳ báo cáo: 2026-Q1, 2026-Q3, 2026-H1 (6 tháng) hoặc 2026 (năm)", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Tệp báo cáo sẽ ghi (.docx; .xlsx ghi các biểu phụ lục)", Required = true };
        var command = new Command("draft", "Lập (hoặc lập lại) dự thảo báo cáo từ số liệu trong kỳ và ghi ra tệp theo thể thức Nghị định 30/2020/NĐ-CP");
        foreach (var option in new Option[] { commune, period, output, connection, provider })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var key = ReportPeriodKey.Parse(parse.GetValue(period), "--period");
            if (!key.Succeeded)
            {
                await stderr.WriteLineAsync(string.Join(" ", key.Errors.Values));
                return 2;
            }

            var file = parse.GetValue(output)!;
            var extension = file.Extension.ToLowerInvariant();
            if (extension is not (".docx" or ".xlsx"))
            {
                await stderr.WriteLineAsync($"--out phải là tệp .docx hoặc .xlsx, không phải \"{file.Name}\".");
                return 2;
            }

            await using var services = CliHost.Build(parse.GetValue(connection), parse.GetValue(provider));
            if (await DossierCommands.TenantIdAsync(services, parse.GetValue(commune)!, parse.InvocationConfiguration.Error, ct) is not { } tenantId)
            {
                return 2;
            }

            await using var scope = services.CommuneScope(tenantId, "cli:reports-draft", readOnly: false);
            var reports = scope.ServiceProvider.GetRequiredService<PeriodicReportService>();
            var actor = new Actor(null, "cli:reports-draft", [Roles.SystemAdmin], null, false);
            var drafted = await reports.DraftAsync(key.Value!, actor, ct);
            PeriodicReport report;
            if (drafted.Succeeded)
            {
                report = drafted.Value!;
            }
            else if (await FindAsync(reports, key.Value!, ct) is { } existing)
            {
                // A report already on its way to the province keeps its frozen figures: write it as it stands.
                await stderr.WriteLineAsync($"{string.Join(" ", drafted.Errors.Values)} Ghi bản đã lập lúc {Plans(existing.DraftedAtUtc)}.");
                report = existing;
            }
            else
            {
                await stderr.WriteLineAsync(string.Join(" ", drafted.Errors.Values));
                return 2;
            }

            var (_, document) = (await reports.DocumentAsync(report.Id, ct))!.Value;
            file.Directory?.Create();
            await File.WriteAllBytesAsync(file.FullName, extension == ".docx" ? DocxWriter.ToBytes(document) : ReportDocuments.Xlsx(report), ct);
            await stdout.WriteLineAsync($"{report.Title}: số liệu từ {report.WindowFrom:dd/MM/yyyy} đến {report.WindowTo:dd/MM/yyyy}, hạn gửi {report.DueDate:dd/MM/yyyy} ({report.DueSource}).");
            await stdout.WriteLineAsync($"Trạng thái: {ReportTransitions.Vietnamese(report.Status)}. Đã ghi {file.FullName}");
            return 0;
        });
        return command;
    }

    private static async Task<PeriodicReport?> FindAsync(PeriodicReportService reports, ReportPeriodKey key, CancellationToken ct) =>
        (await reports.ListAsync(ct)).FirstOrDefault(r => r.PeriodCode == key.Code);

    private static string Plans(DateTime utc) => VietnamTime.DateTimeText(utc);
}
