using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;
using ReformDesk.Web.Tests.Dossiers;

namespace ReformDesk.Web.Tests.Platform;

/// <summary>
/// Runs every CLI example of the README as a separate process from a copy of the repository root (the web project's
/// appsettings.json and the example files, nothing else): the CLI must find the web app's database by itself.
/// </summary>
public sealed partial class ReadmeCliTests
{
    private static readonly string RepoRoot = FindRepoRoot();
    private static readonly string CliDll = typeof(ReformDesk.Cli.CliProgram).Assembly.Location;

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReformDesk.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("ReformDesk.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The arguments after "--" of each `dotnet run --project src/ReformDesk.Cli -- …` line of the README.</summary>
    public static IReadOnlyList<string[]> ReadmeExamples()
    {
        const string prefix = "dotnet run --project src/ReformDesk.Cli -- ";
        // The code block under "## Administrator CLI" (the backup section's multi-line example repeats one of them).
        return File.ReadAllLines(Path.Combine(RepoRoot, "README.md"))
            .SkipWhile(l => l != "## Administrator CLI").Skip(1)
            .SkipWhile(l => !l.StartsWith("```", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(l => !l.StartsWith("```", StringComparison.Ordinal))
            .Where(l => l.StartsWith(prefix, StringComparison.Ordinal))
            .Select(l => Tokens(l[prefix.Length..]).ToArray())
            .ToList();
    }

    /// <summary>Shell words: double quotes group, an unquoted # starts a comment.</summary>
    private static IEnumerable<string> Tokens(string line)
    {
        var current = new StringBuilder();
        var quoted = false;
        var inWord = false;
        foreach (var c in line)
        {
            if (c == '"') { quoted = !quoted; inWord = true; continue; }
            if (!quoted && c == '#' && !inWord) break;
            if (!quoted && char.IsWhiteSpace(c))
            {
                if (inWord) { yield return current.ToString(); current.Clear(); inWord = false; }
                continue;
            }

            current.Append(c);
            inWord = true;
        }

        if (inWord) yield return current.ToString();
    }

    private static (int Code, string Out, string Error) Run(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8 };
        start.ArgumentList.Add(CliDll);
        foreach (var a in args) start.ArgumentList.Add(a);
        // Nothing from the test runner may point the CLI at a database: it has to find it.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("Database__", StringComparison.OrdinalIgnoreCase)).ToList()) start.Environment.Remove(key);
        start.Environment["Demo__DossiersPerCommune"] = "100";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("reformdesk " + string.Join(' ', args));
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string TempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "reformdesk-tests", "readme-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        return folder;
    }

    [Fact]
    public void Every_README_CLI_example_works_from_the_repository_root()
    {
        var examples = ReadmeExamples();
        Assert.True(examples.Count >= 10, $"only {examples.Count} CLI examples found in README.md");
        var root = TempFolder();
        try
        {
            var web = Path.Combine(root, "src", "ReformDesk.Web");
            Directory.CreateDirectory(web);
            File.Copy(Path.Combine(RepoRoot, "src", "ReformDesk.Web", "appsettings.json"), Path.Combine(web, "appsettings.json"));
            File.WriteAllBytes(Path.Combine(root, "phu-luc.docx"), AppendixDocx());
            File.WriteAllText(Path.Combine(root, "so-theo-doi.csv"),
                "STT,Mã hồ sơ,Mã thủ tục,Tên thủ tục,Thời hạn giải quyết,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả,Ngày trả kết quả,Kênh nộp,Số hóa,Thanh toán trực tuyến,Số lần yêu cầu bổ sung,Người nộp,Số điện thoại\n" +
                "1,README-1,T.KS-01,Đăng ký khai sinh (thử),5,02/03/2026 09:00,09/03/2026,06/03/2026 10:00,06/03/2026 10:00,Trực tiếp,Có,Không,0,Nguyễn Văn Bình,0912 345 678\n",
                new UTF8Encoding(true));
            File.WriteAllBytes(Path.Combine(root, "danh-muc.xlsx"), ProcedureEntryTests.Xlsx(
                ["Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Thời hạn giải quyết", "Phí, lệ phí", "Trực tuyến toàn trình"],
                ["README.01", "Thủ tục thử từ README", "Hộ tịch", "03 ngày làm việc", "Không", "Có"]));

            var database = Path.Combine(web, "data", "reformdesk.db");
            // The web app's data-protection key, where it keeps it: the backup must carry it and the restore bring it back.
            var keys = Directory.CreateDirectory(Path.Combine(web, "data", "keys")).FullName;
            File.WriteAllText(Path.Combine(keys, "key-readme.xml"), "<key id=\"readme\" />");
            foreach (var args in examples)
            {
                if (args[0] == "restore")
                {
                    // As the README's restore steps say: the application is stopped and its database moved aside first.
                    foreach (var f in Directory.GetFiles(Path.GetDirectoryName(database)!, "reformdesk.db*")) File.Move(f, f + ".old");
                    File.Delete(Path.Combine(keys, "key-readme.xml"));
                }

                var (code, output, error) = Run(root, args);
                Assert.True(code == 0, $"reformdesk {string.Join(' ', args)} exited {code}:\n{output}\n{error}");
                Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
            }

            // The database is where `dotnet run --project src/ReformDesk.Web` keeps it, and the backup where the README says.
            Assert.True(File.Exists(database));
            var backup = examples.Single(a => a[0] == "backup")[1];
            Assert.True(File.Exists(Path.Combine(root, backup)), $"no {backup} under the repository root");
            Assert.True(File.Exists(Path.Combine(keys, "key-readme.xml")), "the restore did not bring the key back");
            Assert.False(File.Exists(Path.Combine(root, "data", "reformdesk.db")));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Without_a_database_the_CLI_says_in_Vietnamese_where_it_looked_and_how_to_point_elsewhere()
    {
        var root = TempFolder();
        try
        {
            var (code, _, error) = Run(root, "tenants");
            Assert.Equal(2, code);
            Assert.Contains("Không tìm thấy cơ sở dữ liệu SQLite", error, StringComparison.Ordinal);
            Assert.Contains(Path.Combine(root, "data", "reformdesk.db"), error, StringComparison.Ordinal);
            Assert.Contains("--connection", error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(root, "data", "reformdesk.db")), "a missing database must not be created by a read");

            // An unreachable PostgreSQL is explained too, without a stack trace.
            var (pgCode, _, pgError) = Run(root, "tenants", "--provider", "Postgres", "--connection", "Host=127.0.0.1;Port=1;Database=x;Username=x;Timeout=2");
            Assert.Equal(1, pgCode);
            Assert.Contains("Không làm việc được với cơ sở dữ liệu", pgError, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", pgError, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Help_and_parse_errors_are_Vietnamese_and_plan_import_without_commune_explains_itself()
    {
        var root = TempFolder();
        try
        {
            var (code, _, error) = Run(root, "plan", "import", "phu-luc.docx");
            Assert.Equal(1, code);
            Assert.Contains("Thiếu tùy chọn bắt buộc --commune: Mã xã/phường", error, StringComparison.Ordinal);
            Assert.Contains("reformdesk tenants", error, StringComparison.Ordinal);

            foreach (var args in new[] { new[] { "--help" }, ["plan", "import", "--help"], ["dossiers", "generate", "-h"], ["calendar", "lunar", "--help"], ["reports", "draft", "--help"] })
            {
                var (helpCode, help, _) = Run(root, args);
                Assert.Equal(0, helpCode);
                Assert.Contains("Cách dùng:", help, StringComparison.Ordinal);
                Assert.Contains("Hiện hướng dẫn sử dụng", help, StringComparison.Ordinal);
                Assert.True(EnglishHelp().Matches(help).Count == 0, $"English in help of {string.Join(' ', args)}:\n{help}");
            }

            foreach (var args in new[] { new[] { "khong-co-lenh" }, ["dossiers", "generate", "--commune", "X", "--count", "abc"], ["calendar", "lunar"], [] })
            {
                var (errCode, _, err) = Run(root, args);
                Assert.NotEqual(0, errCode);
                Assert.True(EnglishHelp().Matches(err).Count == 0 && !err.Contains("Lệnh không hợp lệ: ", StringComparison.Ordinal), $"untranslated error for {string.Join(' ', args)}:\n{err}");
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [GeneratedRegex("Usage|Options:|Commands:|Arguments:|Description:|Show help|REQUIRED|default:|is required|Unrecognized|Cannot parse|Required", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishHelp();

    /// <summary>A two-task appendix table as Word saves it.</summary>
    private static byte[] AppendixDocx()
    {
        string[][] rows =
        [
            ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện/hoàn thành", "Sản phẩm"],
            ["I", "CẢI CÁCH THỂ CHẾ", "", "", "", ""],
            ["1", "Rà soát văn bản quy phạm pháp luật của phường", "Văn phòng HĐND và UBND", "Các phòng, ban", "Trước ngày 30/6/2026", "Báo cáo rà soát"],
            ["2", "Tuyên truyền cải cách hành chính", "Phòng Văn hóa - Xã hội", "", "Thường xuyên", "Tin, bài"],
        ];
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var table = new W.Table();
            foreach (var r in rows)
            {
                table.Append(new W.TableRow(r.Select(c => new W.TableCell(new W.Paragraph(new W.Run(new W.Text(c)))))));
            }

            main.Document = new W.Document(new W.Body(table));
        }

        return ms.ToArray();
    }
}
