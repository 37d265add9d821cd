using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Dossiers.Import;
using ReformDesk.Core.Plans.Import;
using ReformDesk.Core.Platform;

namespace ReformDesk.Cli;

/// <summary>procedures import: the catalogue upload of /Dossiers/Procedures, from the command line.</summary>
public static class ProcedureCommands
{
    public static Command Group(Option<string?> connection, Option<string?> provider)
    {
        var group = new Command("procedures", "Danh mục thủ tục hành chính");
        group.Subcommands.Add(Import(connection, provider));
        return group;
    }

    private static Command Import(Option<string?> connection, Option<string?> provider)
    {
        var file = new Argument<FileInfo>("file") { Description = "Danh mục thủ tục (.xlsx hoặc .csv): Mã thủ tục | Tên thủ tục | Lĩnh vực | Thời hạn giải quyết | Phí, lệ phí | Trực tuyến toàn trình" };
        var commune = DossierCommands.CommuneOption();
        var dryRun = new Option<bool>("--dry-run") { Description = "Chỉ kiểm tra và đếm, không lưu" };
        var command = new Command("import", "Nhập danh mục thủ tục vào một xã/phường (mã đã có được cập nhật; có dòng lỗi thì không lưu gì)");
        command.Arguments.Add(file);
        foreach (var option in new Option[] { commune, dryRun, connection, provider })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                parse.InvocationConfiguration.Error.WriteLine($"Không tìm thấy tệp {path.FullName}.");
                return 2;
            }

            await using var services = CliHost.Build(parse.GetValue(connection), parse.GetValue(provider));
            if (await DossierCommands.TenantIdAsync(services, parse.GetValue(commune)!, parse.InvocationConfiguration.Error, ct) is not { } tenantId)
            {
                return 2;
            }

            await using var scope = services.CommuneScope(tenantId, "cli:procedures-import", readOnly: false);
            var importer = scope.ServiceProvider.GetRequiredService<ProcedureCatalogueImporter>();
            if (await scope.ServiceProvider.ReadUploadAsync(path, ReformDesk.Core.Platform.Uploads.UploadForm.ProcedureCatalogue, parse.InvocationConfiguration.Error, ct) is not { } content)
            {
                return 1;
            }

            using var contentFile = content;

            var result = parse.GetValue(dryRun)
                ? await importer.PreviewAsync(content, ct)
                : await importer.ImportAsync(content, ct);
            foreach (var problem in result.Problems)
            {
                parse.InvocationConfiguration.Output.WriteLine($"{(problem.Severity == ProblemSeverity.Error ? "LỖI" : "Lưu ý")}: {problem.Message}");
            }

            if (!result.Succeeded)
            {
                parse.InvocationConfiguration.Error.WriteLine(result.Fatal);
                return 1;
            }

            parse.InvocationConfiguration.Output.WriteLine($"{result.Total} dòng: {(result.Saved ? "đã thêm" : "sẽ thêm")} {result.Added}, {(result.Saved ? "đã cập nhật" : "sẽ cập nhật")} {result.Updated}, không đổi {result.Unchanged}, dòng lỗi {result.ErrorRows}.{(result.HasErrors ? " Chưa lưu gì." : "")}");
            return result.HasErrors ? 3 : 0;
        });
        return command;
    }
}
