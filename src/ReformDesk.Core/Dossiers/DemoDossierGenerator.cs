using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Calendar;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Dossiers;

/// <summary>Demo procedures and dossiers generated for one commune.</summary>
public sealed record GeneratedDossiers(IReadOnlyList<Procedure> Procedures, IReadOnlyList<Dossier> Dossiers, IReadOnlyList<DossierSupplement> Supplements);

/// <summary>
/// Realistic demo logs: a commune-level catalogue (statutory days and fees as commonly published) and dossiers with the
/// channel mix moving online over the years, mostly on time, some late, supplemented, refused or withdrawn.
/// Deterministic: the same seed gives the same data.
/// </summary>
public static class DemoDossierGenerator
{
    // Code, name, field, days (0 = same day), fee (null = free), fully online, weight.
    private static readonly (string Code, string Name, string Field, int Days, decimal? Fee, bool Online, double Weight)[] Catalogue =
    [
        ("2.000815", "Chứng thực bản sao từ bản chính giấy tờ, văn bản", "Chứng thực", 0, 2000, true, 30),
        ("2.000884", "Chứng thực chữ ký trong các giấy tờ, văn bản", "Chứng thực", 0, 10000, false, 10),
        ("2.001035", "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản", "Chứng thực", 2, 50000, false, 3),
        ("1.001193", "Đăng ký khai sinh", "Hộ tịch", 0, null, true, 11),
        ("1.000894", "Đăng ký kết hôn", "Hộ tịch", 0, null, false, 4),
        ("1.000656", "Đăng ký khai tử", "Hộ tịch", 0, null, true, 3),
        ("1.004873", "Cấp Giấy xác nhận tình trạng hôn nhân", "Hộ tịch", 3, 5000, true, 8),
        ("2.000635", "Cấp bản sao Trích lục hộ tịch", "Hộ tịch", 0, 8000, true, 5),
        ("1.004837", "Đăng ký giám hộ", "Hộ tịch", 3, null, false, 0.5),
        ("1.004194", "Đăng ký thường trú", "Đăng ký, quản lý cư trú", 7, 20000, true, 6),
        ("1.004222", "Đăng ký tạm trú", "Đăng ký, quản lý cư trú", 3, 15000, true, 5),
        ("1.003554", "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất", "Đất đai", 10, 50000, false, 5),
        ("1.012790", "Cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu", "Đất đai", 20, 100000, false, 2),
        ("1.001776", "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng", "Bảo trợ xã hội", 15, null, true, 2),
        ("1.009994", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Hoạt động xây dựng", 15, 75000, true, 2),
        ("2.000720", "Đăng ký thành lập hộ kinh doanh", "Thành lập và hoạt động của hộ kinh doanh", 3, 100000, true, 2.5),
    ];

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý"];
    private static readonly string[] MiddleNames = ["Văn", "Thị", "Đức", "Minh", "Thu", "Quang", "Ngọc", "Hữu", "Thanh", "Xuân"];
    private static readonly string[] GivenNames = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hòa", "Hương", "Lan", "Long", "Mai", "Nam", "Phương", "Quân", "Sơn", "Thảo", "Trang", "Tuấn", "Yến"];

    public static readonly DateOnly DefaultFrom = new(2024, 1, 1);
    public static readonly DateOnly DefaultTo = new(2026, 11, 20);

    /// <summary>The catalogue as new rows of <paramref name="tenantId"/>.</summary>
    public static List<Procedure> Procedures(Guid tenantId) => Catalogue.Select(c => new Procedure
    {
        TenantId = tenantId,
        Code = c.Code,
        Name = c.Name,
        Field = c.Field,
        ProcessingDays = c.Days == 0 ? null : c.Days,
        SameDay = c.Days == 0,
        Fee = c.Fee,
        FullyOnlineAllowed = c.Online,
        Documents = DemoDocuments.GetValueOrDefault(c.Field),
        OnlineUrl = c.Online ? "https://dichvucong.gov.vn" : null,
        PostalAllowed = c.Field is "Hộ tịch" or "Chứng thực" or "Bảo trợ xã hội",
    }).ToList();

    // What the public catalogue lists to bring, per field (the usual commune-level requirements).
    private static readonly Dictionary<string, string> DemoDocuments = new()
    {
        ["Chứng thực"] = "Bản chính giấy tờ, văn bản cần chứng thực\nBản sao cần chứng thực (nếu người yêu cầu tự chuẩn bị)\nGiấy tờ tùy thân của người yêu cầu",
        ["Hộ tịch"] = "Tờ khai theo mẫu\nGiấy tờ chứng minh nội dung cần đăng ký (giấy chứng sinh, giấy báo tử …)\nGiấy tờ tùy thân của người yêu cầu",
        ["Đăng ký, quản lý cư trú"] = "Tờ khai thay đổi thông tin cư trú (CT01)\nGiấy tờ chứng minh chỗ ở hợp pháp\nVăn bản đồng ý của chủ hộ (nếu có)",
        ["Đất đai"] = "Đơn đăng ký biến động đất đai, tài sản gắn liền với đất\nGiấy chứng nhận đã cấp (bản gốc)\nHợp đồng, văn bản về chuyển quyền (nếu có)",
        ["Bảo trợ xã hội"] = "Tờ khai đề nghị trợ giúp xã hội theo mẫu\nGiấy tờ chứng minh thuộc đối tượng hưởng",
        ["Hoạt động xây dựng"] = "Đơn đề nghị cấp giấy phép xây dựng\nGiấy tờ về quyền sử dụng đất\nHai bộ bản vẽ thiết kế xây dựng",
        ["Thành lập và hoạt động của hộ kinh doanh"] = "Giấy đề nghị đăng ký hộ kinh doanh\nBản sao giấy tờ pháp lý của chủ hộ\nBiên bản họp thành viên hộ gia đình (nếu có)",
    };

    /// <summary>
    /// <paramref name="count"/> dossiers received between <paramref name="from"/> and <paramref name="to"/>; events after
    /// <paramref name="now"/> are left out, so the most recent dossiers are still open.
    /// </summary>
    public static GeneratedDossiers Generate(Guid tenantId, string codePrefix, int count, int seed, IReadOnlyList<Procedure> procedures,
        DateOnly? from = null, DateOnly? to = null, DateTime? now = null, DossierStatusRules? rules = null)
    {
        var random = new Random(seed);
        rules ??= new DossierStatusRules(WorkingDayCalendar.CreateDefault(CalendarService.FirstYear, CalendarService.LastYear));
        var calendar = rules.DueDates.Calendar;
        var start = from ?? DefaultFrom;
        var end = to ?? DefaultTo;
        var cutoff = now ?? end.ToDateTime(new TimeOnly(17, 0));
        var byCode = procedures.ToDictionary(p => p.Code);
        var weighted = Catalogue.Where(c => byCode.ContainsKey(c.Code)).ToArray();
        var totalWeight = weighted.Sum(c => c.Weight);
        var workingDays = new List<DateOnly>();
        // Nothing is received after now: a receipt later on now's own day is moved back to now.
        var last = DateOnly.FromDateTime(cutoff) < end ? DateOnly.FromDateTime(cutoff) : end;
        for (var d = start; d <= last; d = d.AddDays(1))
        {
            if (calendar.IsWorkingDay(d)) workingDays.Add(d);
        }

        var receipts = Enumerable.Range(0, count).Select(_ => workingDays[random.Next(workingDays.Count)]).Order().ToList();
        var dossiers = new List<Dossier>(count);
        var supplements = new List<DossierSupplement>();
        var perDay = new Dictionary<DateOnly, int>();
        foreach (var day in receipts)
        {
            var pick = random.NextDouble() * totalWeight;
            var entry = weighted[^1];
            foreach (var c in weighted)
            {
                if ((pick -= c.Weight) < 0) { entry = c; break; }
            }

            var procedure = byCode[entry.Code];
            // Online filing grows from about a quarter in 2024 to over half in 2026.
            var onlineShare = 0.22 + 0.15 * (day.Year - 2024) + (entry.Online ? 0.1 : -0.15);
            var roll = random.NextDouble();
            var channel = roll < 0.02 ? DossierChannel.Postal : roll < 0.02 + Math.Clamp(onlineShare, 0.02, 0.8) ? DossierChannel.Online : DossierChannel.Counter;
            var received = channel == DossierChannel.Online && random.NextDouble() < 0.25
                ? day.ToDateTime(new TimeOnly(random.Next(17, 23), random.Next(60))) // filed in the evening
                : day.ToDateTime(new TimeOnly(7, 30)).AddMinutes(random.Next(9 * 60));
            if (received > cutoff) received = cutoff;
            var due = rules.DueDates.Compute(received, procedure.ProcessingTime);
            perDay[day] = perDay.GetValueOrDefault(day) + 1;

            var dossier = new Dossier
            {
                TenantId = tenantId,
                Code = $"{codePrefix}-{day:yyMMdd}-{perDay[day]:0000}",
                ProcedureId = procedure.Id,
                ReceivedAt = received,
                Channel = channel,
                AppointmentDate = due.Date,
                ApplicantName = $"{FamilyNames[random.Next(FamilyNames.Length)]} {MiddleNames[random.Next(MiddleNames.Length)]} {GivenNames[random.Next(GivenNames.Length)]}",
                ApplicantPhone = "09" + random.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Digitised = random.NextDouble() < 0.8 + 0.07 * (day.Year - 2024),
                SourceName = "Dữ liệu mẫu",
                LookupKey = LookupKeys.New(),
            };
            dossier.FullyOnline = channel == DossierChannel.Online && procedure.FullyOnlineAllowed && random.NextDouble() < 0.7;
            dossier.PaidOnline = channel == DossierChannel.Online && procedure.Fee is > 0 && random.NextDouble() < 0.6;
            dossier.Visits = channel == DossierChannel.Counter ? 1 : 0;

            // Supplements: about 6% once, 0.5% twice (which the portal counts as late).
            var pauseDays = 0;
            var supplementCount = random.NextDouble() switch { < 0.005 => 2, < 0.065 => 1, _ => 0 };
            var cursor = received;
            for (var i = 0; i < supplementCount; i++)
            {
                var requested = cursor.AddHours(random.Next(2, 30));
                if (requested > cutoff) break;
                var wait = random.Next(1, 6);
                var supplied = calendar.AddWorkingDays(DateOnly.FromDateTime(requested), wait).ToDateTime(new TimeOnly(random.Next(8, 16), random.Next(60)));
                supplements.Add(new DossierSupplement { TenantId = tenantId, DossierId = dossier.Id, RequestedAt = requested, SuppliedAt = supplied <= cutoff ? supplied : null });
                if (dossier.Channel == DossierChannel.Counter) dossier.Visits++;
                pauseDays += wait;
                cursor = supplied;
            }

            var outcome = random.NextDouble();
            if (outcome < 0.025)
            {
                var at = received.AddHours(random.Next(2, 72));
                if (at <= cutoff) dossier.RejectedAt = at;
            }
            else if (outcome < 0.035)
            {
                var at = received.AddHours(random.Next(2, 48));
                if (at <= cutoff) dossier.WithdrawnAt = at;
            }
            else
            {
                // 93% on time or early, the rest one to five working days late.
                var target = pauseDays > 0 ? calendar.AddWorkingDays(due.Date, pauseDays) : due.Date;
                var effective = due.EffectiveReceivedDate;
                DateOnly doneDay;
                if (random.NextDouble() < 0.93)
                {
                    var span = Math.Max(0, calendar.CountWorkingDays(effective, target));
                    doneDay = span == 0 ? target : calendar.AddWorkingDays(effective, random.Next(span / 2, span + 1));
                    if (doneDay < effective) doneDay = effective;
                }
                else
                {
                    doneDay = calendar.AddWorkingDays(target, random.Next(1, 6));
                }

                var processed = doneDay.ToDateTime(new TimeOnly(random.Next(8, 17), random.Next(60)));
                if (processed < cursor) processed = cursor.AddMinutes(30);
                if (processed < received) processed = received.AddMinutes(45);
                if (processed <= cutoff)
                {
                    dossier.ProcessedAt = processed;
                    var returned = processed.AddHours(random.Next(0, 60));
                    if (returned <= cutoff && random.NextDouble() < 0.9) dossier.ReturnedAt = returned;
                }
            }

            dossiers.Add(dossier);
        }

        return new GeneratedDossiers(procedures, dossiers, supplements);
    }

    // Which office handles a field, by words of the unit's name as the seeds write them (after the 2025 reorganisation the
    // commune's justice work sits with the People's Committee office; older communes still name a "Tư pháp - Hộ tịch" officer).
    private static readonly (string Field, string[] UnitWords)[] Handlers =
    [
        ("chung thuc", ["tu phap", "van phong hdnd", "van phong hoi dong", "van phong"]),
        ("ho tich", ["tu phap", "van phong hdnd", "van phong hoi dong", "van phong"]),
        ("cu tru", ["cong an"]),
        ("dat dai", ["kinh te", "dia chinh", "tai chinh"]),
        ("xay dung", ["kinh te", "dia chinh"]),
        ("ho kinh doanh", ["kinh te", "tai chinh"]),
        ("bao tro xa hoi", ["van hoa"]),
    ];

    /// <summary>The unit that handles a procedure's field in this commune; null (the one-stop desk itself) when none matches.</summary>
    public static Guid? UnitFor(string? field, IReadOnlyList<(Guid Id, string Name)> units)
    {
        var key = Plans.Import.VietnameseText.Key(field ?? "");
        foreach (var (f, words) in Handlers)
        {
            if (!key.Contains(f, StringComparison.Ordinal)) continue;
            foreach (var w in words)
            {
                var unit = units.FirstOrDefault(u => Plans.Import.VietnameseText.Key(u.Name).StartsWith(w, StringComparison.Ordinal) || Plans.Import.VietnameseText.Key(u.Name).Contains(" " + w, StringComparison.Ordinal));
                if (unit.Id != Guid.Empty) return unit.Id;
            }
        }

        return null;
    }

    /// <summary>
    /// Adds the catalogue (missing codes only) and <paramref name="count"/> dossiers to a commune, in batches, unless it
    /// already has dossiers. Works in a system or tenant scope: tenant ids are set explicitly. Returns dossiers added.
    /// </summary>
    public static async Task<int> SeedAsync(ReformDeskDbContext db, DossierRules rules, TimeProvider clock, Guid tenantId, string codePrefix, int count, int seed, CancellationToken ct = default)
    {
        if (count <= 0 || await db.Dossiers.IgnoreQueryFilters().AnyAsync(d => d.TenantId == tenantId, ct))
        {
            return 0;
        }

        return await AddAsync(db, rules, clock, tenantId, codePrefix, count, seed, ct);
    }

    /// <summary>Adds the catalogue (missing codes only) and <paramref name="count"/> generated dossiers, whatever the commune already has.
    /// Codes start with <paramref name="codePrefix"/>; the caller picks a prefix not used yet.</summary>
    /// <remarks>Appointment dates and the aggregates follow the commune's rules (<see cref="DossierRules"/>: its province's calendar, the cut-off).</remarks>
    public static async Task<int> AddAsync(ReformDeskDbContext db, DossierRules rules, TimeProvider clock, Guid tenantId, string codePrefix, int count, int seed, CancellationToken ct = default)
    {
        var communeRules = await rules.ForAsync(tenantId, ct);
        var existing = await db.Procedures.IgnoreQueryFilters().Where(p => p.TenantId == tenantId).ToListAsync(ct);
        var missing = Procedures(tenantId).Where(p => existing.All(e => e.Code != p.Code)).ToList();
        db.Procedures.AddRange(missing);
        await db.SaveChangesAsync(ct);
        var all = existing.Concat(missing).ToList();
        var generated = Generate(tenantId, codePrefix, count, seed, all, rules: communeRules);
        var units = await db.Units.IgnoreQueryFilters().AsNoTracking().Where(u => u.TenantId == tenantId).Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        var unitOf = all.ToDictionary(p => p.Id, p => UnitFor(p.Field, units.Select(u => (u.Id, u.Name)).ToList()));
        foreach (var d in generated.Dossiers) d.UnitId = unitOf[d.ProcedureId];

        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var supplementsByDossier = generated.Supplements.ToLookup(s => s.DossierId);
            var now = VietnamTime.Now(clock);
            foreach (var batch in generated.Dossiers.Chunk(1000))
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                db.Dossiers.AddRange(batch);
                db.DossierSupplements.AddRange(batch.SelectMany(d => supplementsByDossier[d.Id]));
                await db.SaveChangesAsync(ct);
                var buckets = new HashSet<AggregateBucket>();
                foreach (var d in batch) DossierAggregates.Touch(buckets, d, now);
                await DossierAggregates.RecomputeAsync(db, tenantId, communeRules, buckets, now, ct);
                await tx.CommitAsync(ct);
                db.ChangeTracker.Clear();
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }

        return generated.Dossiers.Count;
    }
}
