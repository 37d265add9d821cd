using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Organisation;
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
                Console.Error.WriteLine($"Không tìm thấy tệp {source.FullName}.");
                return 2;
            }

            await using var services = CliHost.Build(parse.GetValue(connection), parse.GetValue(provider));
            Guid tenantId;
            await using (var lookup = services.SystemScope("plan-import"))
            {
                var code = parse.GetValue(commune)!;
                var tenant = await lookup.ServiceProvider.GetRequiredService<ReformDeskDbContext>().Tenants
                    .FirstOrDefaultAsync(t => t.Code == code && t.Kind == TenantKind.Commune, ct);
                if (tenant is null)
                {
                    Console.Error.WriteLine($"Không có xã/phường mã {code}. Xem danh sách bằng lệnh: tenants");
                    return 2;
                }

                tenantId = tenant.Id;
            }

            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().SetUser(null, "cli:plan-import");
            scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(tenantId, readOnly: false);
            var importer = scope.ServiceProvider.GetRequiredService<PlanImportService>();
            if (await scope.ServiceProvider.ReadUploadAsync(source, ReformDesk.Core.Platform.Uploads.UploadForm.PlanAppendix, ct) is not { } upload)
            {
                return 1;
            }

            using var uploadFile = upload;

            var table = PlanImportService.Read(upload);
            var planYear = parse.GetValue(year);
            var preview = await importer.PreviewAsync(table, planYear, ct);

            Console.WriteLine($"{preview.Tasks.Count} nhiệm vụ trong {preview.Tasks.Select(t => t.SectionCode).Distinct().Count()} mục; {preview.NewUnits.Count} đơn vị mới; {preview.Problems.Count} vấn đề.");
            foreach (var group in preview.Tasks.GroupBy(t => (t.SectionCode, t.SectionTitle)))
            {
                Console.WriteLine($"{group.Key.SectionCode}. {group.Key.SectionTitle}");
                foreach (var t in group)
                {
                    Console.WriteLine($"  {t.Row.Number,3}. {Shorten(t.Row.Content, 70)} | chủ trì: {t.Lead.MatchedName ?? t.Lead.NameInDocument}{(t.Lead.IsNew ? " (mới)" : t.Lead.Kind == ReformDesk.Core.Plans.Import.UnitMatchKind.Collective ? " (nhóm)" : "")} | {t.Row.ScheduleText} → {ReformDesk.Core.Plans.Scheduling.ScheduleKinds.Text(t.Schedule)}");
                }
            }

            foreach (var unit in preview.NewUnits)
            {
                Console.WriteLine($"Đơn vị mới: {unit}");
            }

            foreach (var problem in preview.Problems)
            {
                Console.WriteLine($"{(problem.Severity == ProblemSeverity.Error ? "LỖI" : "Lưu ý")}: {problem.Message}");
            }

            if (!preview.CanSave)
            {
                Console.Error.WriteLine("Không lưu: bảng còn lỗi.");
                return 1;
            }

            if (parse.GetValue(dryRun))
            {
                Console.WriteLine("Chạy thử (--dry-run): chưa lưu gì.");
                return 0;
            }

            var result = await importer.SaveAsync(new PlanHeader(parse.GetValue(title) ?? Path.GetFileNameWithoutExtension(source.Name), parse.GetValue(number), planYear, planYear, SourceDocument: source.Name), table, ct);
            if (!result.Succeeded)
            {
                Console.Error.WriteLine(string.Join(Environment.NewLine, result.Errors.Values));
                return 1;
            }

            Console.WriteLine($"Đã lưu kế hoạch {result.Value!.Id}.");
            return 0;
        });
        return command;
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
