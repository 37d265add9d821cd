using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Plans.Import;
using ReformDesk.Core.Platform;

namespace ReformDesk.Cli;

/// <summary>plan import: the same preview and all-or-nothing save as the web page, from a file.</summary>
public static class PlanCommands
{
    public static Command Import(Option<string?> connection, Option<string?> provider)
    {
        var file = new Argument<FileInfo>("file") { Description = "Tệp phụ lục: .docx, .xlsx hoặc văn bản (.txt)" };
        var commune = new Option<string>("--commune") { Description = "Mã xã/phường, ví dụ HP-TRANHUNGDAO", Required = true };
        var title = new Option<string?>("--title") { Description = "Tên kế hoạch (mặc định: tên tệp)" };
        var number = new Option<string?>("--number") { Description = "Số, ký hiệu, ví dụ 05/KH-UBND" };
        var year = new Option<int>("--year") { Description = "Năm của kế hoạch", DefaultValueFactory = _ => VietnamTime.Year(TimeProvider.System) };
        var dryRun = new Option<bool>("--dry-run") { Description = "Chỉ in bản xem trước, không lưu" };
        var command = new Command("import", "Nhập phụ lục nhiệm vụ của kế hoạch vào một xã/phường");
        command.Arguments.Add(file);
        foreach (var option in new Option[] { commune, title, number, year, dryRun, connection, provider })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            var source = parse.GetValue(file)!;
            if (!source.Exists)
            {
                parse.InvocationConfiguration.Error.WriteLine($"Không tìm thấy tệp {source.FullName}.");
                return 2;
            }

            await using var services = CliHost.Build(parse.GetValue(connection), parse.GetValue(provider));
            if (await DossierCommands.TenantIdAsync(services, parse.GetValue(commune)!, parse.InvocationConfiguration.Error, ct) is not { } tenantId)
            {
                return 2;
            }

            await using var scope = services.CommuneScope(tenantId, "cli:plan-import", readOnly: false);
            var importer = scope.ServiceProvider.GetRequiredService<PlanImportService>();
            if (await scope.ServiceProvider.ReadUploadAsync(source, ReformDesk.Core.Platform.Uploads.UploadForm.PlanAppendix, parse.InvocationConfiguration.Error, ct) is not { } upload)
            {
                return 1;
            }

            using var uploadFile = upload;

            var table = PlanImportService.Read(upload);
            var planYear = parse.GetValue(year);
            var preview = await importer.PreviewAsync(table, planYear, ct);

            parse.InvocationConfiguration.Output.WriteLine($"{preview.Tasks.Count} nhiệm vụ trong {preview.Tasks.Select(t => t.SectionCode).Distinct().Count()} mục; {preview.NewUnits.Count} đơn vị mới; {preview.Problems.Count} vấn đề.");
            foreach (var group in preview.Tasks.GroupBy(t => (t.SectionCode, t.SectionTitle)))
            {
                parse.InvocationConfiguration.Output.WriteLine($"{group.Key.SectionCode}. {group.Key.SectionTitle}");
                foreach (var t in group)
                {
                    parse.InvocationConfiguration.Output.WriteLine($"  {t.Row.Number,3}. {Shorten(t.Row.Content, 70)} | chủ trì: {t.Lead.MatchedName ?? t.Lead.NameInDocument}{(t.Lead.IsNew ? " (mới)" : t.Lead.Kind == ReformDesk.Core.Plans.Import.UnitMatchKind.Collective ? " (nhóm)" : "")} | {t.Row.ScheduleText} → {ReformDesk.Core.Plans.Scheduling.ScheduleKinds.Text(t.Schedule)}");
                }
            }

            foreach (var unit in preview.NewUnits)
            {
                parse.InvocationConfiguration.Output.WriteLine($"Đơn vị mới: {unit}");
            }

            foreach (var problem in preview.Problems)
            {
                parse.InvocationConfiguration.Output.WriteLine($"{(problem.Severity == ProblemSeverity.Error ? "LỖI" : "Lưu ý")}: {problem.Message}");
            }

            if (!preview.CanSave)
            {
                parse.InvocationConfiguration.Error.WriteLine("Không lưu: bảng còn lỗi.");
                return 1;
            }

            if (parse.GetValue(dryRun))
            {
                parse.InvocationConfiguration.Output.WriteLine("Chạy thử (--dry-run): chưa lưu gì.");
                return 0;
            }

            var result = await importer.SaveAsync(new PlanHeader(parse.GetValue(title) ?? Path.GetFileNameWithoutExtension(source.Name), parse.GetValue(number), planYear, planYear, SourceDocument: source.Name), table, ct);
            if (!result.Succeeded)
            {
                parse.InvocationConfiguration.Error.WriteLine(string.Join(Environment.NewLine, result.Errors.Values));
                return 1;
            }

            parse.InvocationConfiguration.Output.WriteLine($"Đã lưu kế hoạch {result.Value!.Id}.");
            return 0;
        });
        return command;
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
