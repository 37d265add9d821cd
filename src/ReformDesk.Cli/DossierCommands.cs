using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Import;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans.Import;
using ReformDesk.Core.Platform;

namespace ReformDesk.Cli;

/// <summary>dossiers import / generate: the web import and the demo generator, from the command line.</summary>
public static class DossierCommands
{
    public static Command Group(Option<string?> connection, Option<string?> provider)
    {
        var group = new Command("dossiers", "Hồ sơ thủ tục hành chính");
        group.Subcommands.Add(Import(connection, provider));
        group.Subcommands.Add(Export(connection, provider));
        group.Subcommands.Add(Generate(connection, provider));
        return group;
    }

    internal static Option<string> CommuneOption() => new("--commune") { Description = "Mã xã/phường, ví dụ HP-TRANHUNGDAO", Required = true };

    private static Command Import(Option<string?> connection, Option<string?> provider)
    {
        var file = new Argument<FileInfo>("file") { Description = "Tệp nhật ký hồ sơ xuất từ hệ thống TTHC tỉnh (.csv, .xlsx, hoặc .json theo dữ liệu đồng bộ DongBoHoSoMC)" };
        var commune = CommuneOption();
        var source = new Option<string>("--source") { Description = "Tên nguồn (ánh xạ cột được lưu theo tên này)", DefaultValueFactory = _ => "Hệ thống TTHC tỉnh" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Chỉ kiểm tra và đếm, không lưu" };
        var command = new Command("import", "Nhập nhật ký hồ sơ vào một xã/phường (nhập lại cùng tệp không thêm gì)");
        command.Arguments.Add(file);
        foreach (var option in new Option[] { commune, source, dryRun, connection, provider })
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
            if (await TenantIdAsync(services, parse.GetValue(commune)!, parse.InvocationConfiguration.Error, ct) is not { } tenantId)
            {
                return 2;
            }

            await using var scope = services.CommuneScope(tenantId, "cli:dossiers-import", readOnly: false);
            var importer = scope.ServiceProvider.GetRequiredService<DossierLogImporter>();
            if (await scope.ServiceProvider.ReadUploadAsync(path, ReformDesk.Core.Platform.Uploads.UploadForm.DossierLog, parse.InvocationConfiguration.Error, ct) is not { } content)
            {
                return 1;
            }

            using var contentFile = content;

            var result = parse.GetValue(dryRun)
                ? await importer.PreviewAsync(content, parse.GetValue(source)!, ct)
                : await importer.ImportAsync(content, parse.GetValue(source)!, new SynchronousProgress(parse.InvocationConfiguration.Output), ct);
            foreach (var problem in result.Problems)
            {
                parse.InvocationConfiguration.Output.WriteLine($"{(problem.Severity == ProblemSeverity.Error ? "LỖI" : "Lưu ý")}: {problem.Message}");
            }

            if (!result.Succeeded)
            {
                parse.InvocationConfiguration.Error.WriteLine(result.Fatal);
                return 1;
            }

            parse.InvocationConfiguration.Output.WriteLine($"{result.Total} dòng: {(result.Saved ? "đã thêm" : "sẽ thêm")} {result.Added}, {(result.Saved ? "đã cập nhật" : "sẽ cập nhật")} {result.Updated}, không đổi {result.Unchanged}, dòng lỗi {result.ErrorRows}, thủ tục mới {result.ProceduresCreated}.");
            return result.ErrorRows > 0 ? 3 : 0;
        });
        return command;
    }

    private static Command Export(Option<string?> connection, Option<string?> provider)
    {
        var file = new Argument<FileInfo>("file") { Description = "Tệp JSON sẽ ghi (dữ liệu đồng bộ DongBoHoSoMC của Cổng DVC quốc gia)" };
        var commune = CommuneOption();
        var from = new Option<DateOnly>("--from") { Description = "Từ ngày tiếp nhận, yyyy-mm-dd", Required = true };
        var to = new Option<DateOnly>("--to") { Description = "Đến ngày tiếp nhận (tính cả ngày này), yyyy-mm-dd", Required = true };
        var command = new Command("export", "Xuất hồ sơ tiếp nhận trong một khoảng thời gian theo định dạng đồng bộ của Cổng DVC quốc gia");
        command.Arguments.Add(file);
        foreach (var option in new Option[] { commune, from, to, connection, provider })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            if (DossierPortalExporter.CheckPeriod(parse.GetValue(from), parse.GetValue(to)) is { } error)
            {
                parse.InvocationConfiguration.Error.WriteLine(error);
                return 2;
            }

            await using var services = CliHost.Build(parse.GetValue(connection), parse.GetValue(provider));
            if (await TenantIdAsync(services, parse.GetValue(commune)!, parse.InvocationConfiguration.Error, ct) is not { } tenantId)
            {
                return 2;
            }

            await using var scope = services.CommuneScope(tenantId, "cli:dossiers-export", readOnly: true);
            var path = parse.GetValue(file)!;
            var temp = path.FullName + ".tmp";
            int count;
            await using (var output = File.Create(temp))
            {
                count = await scope.ServiceProvider.GetRequiredService<DossierPortalExporter>().ExportAsync(output, parse.GetValue(from), parse.GetValue(to), ct);
            }

            File.Move(temp, path.FullName, overwrite: true);
            parse.InvocationConfiguration.Output.WriteLine($"Đã xuất {count} hồ sơ vào {path.FullName}.");
            return 0;
        });
        return command;
    }

    private static Command Generate(Option<string?> connection, Option<string?> provider)
    {
        var commune = CommuneOption();
        var count = new Option<int>("--count") { Description = "Số hồ sơ cần tạo", DefaultValueFactory = _ => 5000 };
        var seed = new Option<int>("--seed") { Description = "Hạt giống ngẫu nhiên (cùng hạt giống cho cùng dữ liệu)", DefaultValueFactory = _ => 1 };
        var command = new Command("generate", "Tạo hồ sơ minh họa (danh mục thủ tục và nhật ký hồ sơ) cho một xã/phường");
        foreach (var option in new Option[] { commune, count, seed, connection, provider })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            var n = parse.GetValue(count);
            if (n is < 1 or > 1_000_000)
            {
                parse.InvocationConfiguration.Error.WriteLine("--count phải từ 1 đến 1.000.000.");
                return 2;
            }

            await using var services = CliHost.Build(parse.GetValue(connection), parse.GetValue(provider));
            var code = parse.GetValue(commune)!;
            if (await TenantIdAsync(services, code, parse.InvocationConfiguration.Error, ct) is not { } tenantId)
            {
                return 2;
            }

            await using var scope = services.SystemScope("dossiers-generate");
            var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
            var prefix = $"{code}-G{parse.GetValue(seed)}";
            if (await db.Dossiers.AnyAsync(d => d.TenantId == tenantId && d.Code.StartsWith(prefix + "-"), ct))
            {
                parse.InvocationConfiguration.Error.WriteLine($"Đã có hồ sơ minh họa với hạt giống {parse.GetValue(seed)}; hãy dùng --seed khác.");
                return 1;
            }

            var watch = System.Diagnostics.Stopwatch.StartNew();
            var added = await DemoDossierGenerator.AddAsync(db, scope.ServiceProvider.GetRequiredService<DossierRules>(), scope.ServiceProvider.GetRequiredService<TimeProvider>(), tenantId, prefix, n, parse.GetValue(seed), ct);
            parse.InvocationConfiguration.Output.WriteLine($"Đã tạo {added} hồ sơ cho {code} trong {watch.Elapsed.TotalSeconds:0.0} giây.");
            return 0;
        });
        return command;
    }

    internal static async Task<Guid?> TenantIdAsync(ServiceProvider services, string code, TextWriter error, CancellationToken ct)
    {
        await using var lookup = services.SystemScope("dossiers");
        var tenant = await lookup.ServiceProvider.GetRequiredService<ReformDeskDbContext>().Tenants
            .FirstOrDefaultAsync(t => t.Code == code && t.Kind == TenantKind.Commune, ct);
        if (tenant is null)
        {
            await error.WriteLineAsync($"Không có xã/phường mã {code}. Xem danh sách bằng lệnh: tenants");
        }

        return tenant?.Id;
    }

    /// <summary>Prints progress on the importer's thread (Progress&lt;T&gt; would post to the thread pool and print out of order).</summary>
    private sealed class SynchronousProgress(TextWriter output) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress p) => output.WriteLine(p.Stage switch
        {
            ImportStage.Reading => $"… đã đọc {p.Processed} dòng ({p.ErrorRows} dòng lỗi)",
            ImportStage.Indicators => "… tính lại chỉ số các tháng có thay đổi",
            ImportStage.Done => $"Xong: thêm {p.Added}, cập nhật {p.Updated}, không đổi {p.Unchanged}, lỗi {p.ErrorRows} dòng.",
            _ => $"… {p.Processed}/{p.Total} dòng hợp lệ: thêm {p.Added}, cập nhật {p.Updated}, không đổi {p.Unchanged}",
        });
    }
}
