using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Calendar;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;

namespace ReformDesk.Cli;

/// <summary>indicators (the Decision 766 index of a commune) and calendar set / remove (a province's working-day corrections).</summary>
public static class IndicatorCommands
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static Command Indicators(Option<string?> connection, Option<string?> provider)
    {
        var commune = DossierCommands.CommuneOption();
        var from = new Option<string>("--from") { Description = "Từ ngày (yyyy-mm-dd)", Required = true };
        var to = new Option<string>("--to") { Description = "Đến ngày (yyyy-mm-dd)", Required = true };
        var procedure = new Option<string?>("--procedure") { Description = "Mã thủ tục (MaTTHC), ví dụ 1.001193" };
        var unit = new Option<Guid?>("--unit") { Description = "Mã (Id) đơn vị xử lý" };
        var json = new Option<bool>("--json") { Description = "In kết quả dạng JSON (như API /api/dossiers/index766)" };
        var command = new Command("indicators", "Bộ chỉ số 766 của một xã/phường trong một khoảng thời gian (theo tháng trọn vẹn)");
        foreach (var option in new Option[] { commune, from, to, procedure, unit, json, connection, provider })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            if (!TryDate(parse.GetValue(from)!, out var start) || !TryDate(parse.GetValue(to)!, out var end))
            {
                await error.WriteLineAsync("--from và --to phải có dạng yyyy-mm-dd, ví dụ 2026-01-01.");
                return 2;
            }

            await using var services = CliHost.Build(parse.GetValue(connection), parse.GetValue(provider));
            if (await DossierCommands.TenantIdAsync(services, parse.GetValue(commune)!, parse.InvocationConfiguration.Error, ct) is not { } tenantId)
            {
                return 2;
            }

            await using var scope = services.CommuneScope(tenantId, "cli:indicators", readOnly: true);
            var result = await scope.ServiceProvider.GetRequiredService<Index766Service>().ComputeAsync(start, end, parse.GetValue(procedure), parse.GetValue(unit), ct);
            if (!result.Succeeded)
            {
                await error.WriteLineAsync(string.Join(" ", result.Errors.Values));
                return 2;
            }

            var report = result.Value!;
            if (parse.GetValue(json))
            {
                await output.WriteLineAsync(Index766Json.Serialize(report));
                return 0;
            }

            await output.WriteLineAsync($"Bộ chỉ số 766, {report.From:dd/MM/yyyy} – {report.To:dd/MM/yyyy} (điểm áp dụng từ {report.WeightsFrom:dd/MM/yyyy}{(report.ProvinceWeights ? ", của tỉnh" : "")})");
            foreach (var l in report.Indicators)
            {
                var value = l.Rate is { } r ? (l.Code == "2.2" ? $"{r.ToString("N2", Vi)} ngày" : $"{r.ToString("N2", Vi)}% ({l.Numerator}/{l.Denominator})") : Index766Calculator.NoData;
                await output.WriteLineAsync($"  {l.Code,-4} {l.Name}: {value}; điểm {(l.Points is { } p ? p.ToString("N2", Vi) : "—")}/{l.MaxPoints.ToString("N0", Vi)}");
            }

            foreach (var g in report.Groups)
            {
                await output.WriteLineAsync($"Nhóm {g.Group}. {g.Name}: {g.Points.ToString("N2", Vi)}/{g.MaxPoints.ToString("N0", Vi)} điểm");
            }

            await output.WriteLineAsync($"Tổng: {report.Total.ToString("N2", Vi)}/{report.MaxTotal.ToString("N0", Vi)} điểm");
            return 0;
        });
        return command;
    }

    /// <summary>calendar set DATE --province CODE --kind … --name …: the same correction as the Admin calendar page (indicators of its communes are recomputed).</summary>
    public static Command CalendarSet(Option<string?> connection, Option<string?> provider)
    {
        var date = new Argument<string>("date") { Description = "Ngày (yyyy-mm-dd)" };
        var province = new Option<string>("--province") { Description = "Mã tỉnh/thành phố, ví dụ HP", Required = true };
        var kind = new Option<DayOffKind>("--kind") { Description = "StatutoryHoliday, CompensatoryDayOff, SwappedDayOff hoặc MakeUpWorkingDay", Required = true };
        var name = new Option<string>("--name") { Description = "Lý do, ví dụ \"Nghỉ hoán đổi dịp Quốc khánh\"", Required = true };
        var source = new Option<string?>("--source") { Description = "Văn bản, ví dụ 9441/TB-BNV" };
        var command = new Command("set", "Điều chỉnh một ngày trong lịch làm việc của tỉnh (chỉ số hồ sơ của các xã được tính lại)");
        command.Arguments.Add(date);
        foreach (var option in new Option[] { province, kind, name, source, connection, provider })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (!TryDate(parse.GetValue(date)!, out var day))
            {
                await error.WriteLineAsync("Ngày phải có dạng yyyy-mm-dd, ví dụ 2026-03-05.");
                return 2;
            }

            await using var services = CliHost.Build(parse.GetValue(connection), parse.GetValue(provider));
            await using var scope = services.SystemScope("calendar-set");
            if (await ProvinceIdAsync(scope.ServiceProvider, parse.GetValue(province)!, error, ct) is not { } provinceId) return 2;
            var result = await scope.ServiceProvider.GetRequiredService<CalendarService>().SetAsync(provinceId, day, parse.GetValue(kind), parse.GetValue(name), parse.GetValue(source), ct);
            if (!result.Succeeded)
            {
                await error.WriteLineAsync(string.Join(" ", result.Errors.Values));
                return 1;
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync($"Đã lưu ngày {day:dd/MM/yyyy}; chỉ số hồ sơ của các xã trong tỉnh sẽ được tính lại khi xem.");
            return 0;
        });
        return command;
    }

    public static Command CalendarRemove(Option<string?> connection, Option<string?> provider)
    {
        var date = new Argument<string>("date") { Description = "Ngày (yyyy-mm-dd)" };
        var province = new Option<string>("--province") { Description = "Mã tỉnh/thành phố, ví dụ HP", Required = true };
        var command = new Command("remove", "Bỏ điều chỉnh của tỉnh cho một ngày");
        command.Arguments.Add(date);
        foreach (var option in new Option[] { province, connection, provider })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (!TryDate(parse.GetValue(date)!, out var day))
            {
                await error.WriteLineAsync("Ngày phải có dạng yyyy-mm-dd, ví dụ 2026-03-05.");
                return 2;
            }

            await using var services = CliHost.Build(parse.GetValue(connection), parse.GetValue(provider));
            await using var scope = services.SystemScope("calendar-remove");
            if (await ProvinceIdAsync(scope.ServiceProvider, parse.GetValue(province)!, error, ct) is not { } provinceId) return 2;
            if (!await scope.ServiceProvider.GetRequiredService<CalendarService>().RemoveAsync(provinceId, day, ct))
            {
                await error.WriteLineAsync($"Tỉnh không có điều chỉnh nào ngày {day:dd/MM/yyyy}.");
                return 1;
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync($"Đã bỏ điều chỉnh ngày {day:dd/MM/yyyy}.");
            return 0;
        });
        return command;
    }

    private static async Task<Guid?> ProvinceIdAsync(IServiceProvider sp, string code, TextWriter error, CancellationToken ct)
    {
        var id = await sp.GetRequiredService<ReformDeskDbContext>().Tenants.AsNoTracking()
            .Where(t => t.Code == code && t.Kind == TenantKind.Province).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(ct);
        if (id is null) await error.WriteLineAsync($"Không có tỉnh/thành phố mã {code}. Xem danh sách bằng lệnh: tenants");
        return id;
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
