using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Documents;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Emulation;

/// <summary>The round's tờ trình (nominees proposed to the Chairman) and the award decision, as Decree 30 DOCX files.</summary>
public sealed class EmulationDocuments(ReformDeskDbContext db, TimeProvider clock)
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    private static readonly NominationStatus[] Proposed =
        [NominationStatus.Submitted, NominationStatus.Checked, NominationStatus.Approved, NominationStatus.Awarded];

    /// <summary>Tờ trình of the council listing the round's nominees; null when the round is not found.</summary>
    public async Task<AdministrativeDocument?> SubmissionAsync(Guid roundId, CancellationToken ct = default)
    {
        if (await db.NominationRounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roundId, ct) is not { } round)
        {
            return null;
        }

        var (commune, _) = await CommuneAsync(ct);
        var movement = await db.Movements.AsNoTracking().FirstAsync(m => m.Id == round.MovementId, ct);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var nominations = await db.Nominations.AsNoTracking().Where(n => n.RoundId == roundId && Proposed.Contains(n.Status))
            .OrderBy(n => n.NomineeKind).ThenBy(n => n.NomineeName).ToListAsync(ct);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), VietnamTime.Zone).DateTime);
        var collectives = nominations.Count(n => n.NomineeKind == NomineeKind.Collective);
        var ruleSet = RuleSets.For(today);

        var rows = nominations.Select((n, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(CultureInfo.InvariantCulture),
            n.NomineeName,
            units.GetValueOrDefault(n.UnitId, ""),
            AwardCatalogue.NameOf(n.AwardKind),
            n.AchievementSummary,
        ]).ToList();

        return new AdministrativeDocument
        {
            ParentBody = $"ỦY BAN NHÂN DÂN {commune.Name}".ToUpper(Vi),
            IssuingBody = "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG",
            Type = DocumentType.Submission,
            Number = null,
            IssuerAbbreviation = "HĐTĐKT",
            Place = Place(commune.Name),
            Date = null,
            Year = today.Year,
            Subject = $"Về việc đề nghị khen thưởng tập thể, cá nhân ({round.Title.ToLower(Vi)})",
            AddressedTo = [$"Chủ tịch Ủy ban nhân dân {commune.Name.ToLowerFirst()}"],
            LegalBases =
            [
                $"Căn cứ {ruleSet.Law};",
                $"Căn cứ {ruleSet.Decree};",
                movement.DocumentNumber is { Length: > 0 } number
                    ? $"Căn cứ Kế hoạch số {number} của {movement.IssuingBody} về {movement.Title.ToLowerFirst()}."
                    : $"Căn cứ {movement.Title}.",
            ],
            Body =
            [
                new Block.Paragraph($"Hội đồng Thi đua - Khen thưởng {commune.Name.ToLowerFirst()} đã xét hồ sơ đề nghị của các đơn vị và kính trình Chủ tịch Ủy ban nhân dân xem xét, khen thưởng {nominations.Count} trường hợp ({collectives} tập thể, {nominations.Count - collectives} cá nhân), cụ thể như sau:"),
                new Block.Table(["STT", "Tập thể, cá nhân", "Đơn vị đề nghị", "Hình thức khen thưởng", "Thành tích"], rows),
                new Block.Paragraph("Hội đồng Thi đua - Khen thưởng kính trình Chủ tịch Ủy ban nhân dân xem xét, quyết định."),
            ],
            Recipients = ["Như trên;", "Lưu: VT, HĐTĐKT."],
            Signature = new Signature("TM. HỘI ĐỒNG", "CHỦ TỊCH", await ChairmanNameAsync(ct)),
        };
    }

    /// <summary>The award decision with the table of awardees; null when the decision is not found.</summary>
    public async Task<AdministrativeDocument?> DecisionAsync(Guid decisionId, CancellationToken ct = default)
    {
        if (await db.AwardDecisions.AsNoTracking().FirstOrDefaultAsync(d => d.Id == decisionId, ct) is not { } decision)
        {
            return null;
        }

        var (commune, _) = await CommuneAsync(ct);
        var round = await db.NominationRounds.AsNoTracking().FirstAsync(r => r.Id == decision.RoundId, ct);
        var movement = await db.Movements.AsNoTracking().FirstAsync(m => m.Id == round.MovementId, ct);
        var records = await db.AwardRecords.AsNoTracking().Where(r => r.DecisionId == decisionId).OrderBy(r => r.NomineeKind).ThenBy(r => r.NomineeName).ToListAsync(ct);
        var ruleSet = RuleSets.For(decision.Date);
        var communeLower = commune.Name.ToLowerFirst();

        var rows = records.Select((r, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(CultureInfo.InvariantCulture),
            r.NomineeName,
            r.NomineeKind == NomineeKind.Collective ? "Tập thể" : "Cá nhân",
            AwardCatalogue.NameOf(r.AwardKind),
            r.AchievementSummary,
        ]).ToList();

        return new AdministrativeDocument
        {
            IssuingBody = $"ỦY BAN NHÂN DÂN\n{commune.Name.ToUpper(Vi)}",
            Type = DocumentType.Decision,
            Number = decision.Number,
            IssuerAbbreviation = "UBND",
            Place = Place(commune.Name),
            Date = decision.Date,
            Subject = $"Về việc khen thưởng tập thể, cá nhân có thành tích trong phong trào thi đua ({round.Title.ToLower(Vi)})",
            EnactingAuthority = $"CHỦ TỊCH ỦY BAN NHÂN DÂN {commune.Name.ToUpper(Vi)}",
            LegalBases =
            [
                $"Căn cứ {ruleSet.Law};",
                $"Căn cứ {ruleSet.Decree};",
                movement.DocumentNumber is { Length: > 0 } number
                    ? $"Căn cứ Kế hoạch số {number} của {movement.IssuingBody} về {movement.Title.ToLowerFirst()};"
                    : $"Căn cứ {movement.Title};",
                $"Theo đề nghị của Hội đồng Thi đua - Khen thưởng {communeLower}.",
            ],
            Body =
            [
                new Block.Article(1, $"Khen thưởng {records.Count} tập thể, cá nhân có thành tích trong phong trào thi đua ({round.Title.ToLower(Vi)}), gồm:"),
                new Block.Table(["STT", "Tập thể, cá nhân", "Đối tượng", "Hình thức khen thưởng", "Thành tích"], rows),
                new Block.Article(2, "Quyết định này có hiệu lực kể từ ngày ký."),
                new Block.Article(3, $"Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân {communeLower}, Thủ trưởng các đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này."),
            ],
            Recipients = ["Như Điều 3;", "Lưu: VT, HĐTĐKT."],
            Signature = new Signature(null, "CHỦ TỊCH", decision.Signer),
        };
    }

    /// <summary>The name of the person whose current position is the commune's Chairman, or an empty line for a signature.</summary>
    public async Task<string> ChairmanNameAsync(CancellationToken ct = default)
    {
        var person = await (from t in db.PositionTenures.AsNoTracking()
                            join p in db.People.AsNoTracking() on t.PersonId equals p.Id
                            where t.Title.StartsWith("Chủ tịch UBND") && t.ToYear == null
                            select p.FullName).FirstOrDefaultAsync(ct);
        return person ?? "";
    }

    private async Task<(Tenant Commune, Tenant? Parent)> CommuneAsync(CancellationToken ct)
    {
        var id = db.Tenant.TenantId ?? throw new InvalidOperationException("No commune in scope.");
        var commune = await db.Tenants.AsNoTracking().FirstAsync(t => t.Id == id, ct);
        Tenant? parent = commune.ParentId is { } p ? await db.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.Id == p, ct) : null;
        // After 01/07/2025 there is no district level: the parent body is the province.
        while (parent is { Kind: TenantKind.District, ParentId: { } up })
        {
            parent = await db.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.Id == up, ct);
        }

        return (commune, parent);
    }

    private static string Place(string communeName)
    {
        foreach (var prefix in new[] { "Phường ", "Xã ", "Thị trấn " })
        {
            if (communeName.StartsWith(prefix, StringComparison.Ordinal))
            {
                return communeName[prefix.Length..];
            }
        }

        return communeName;
    }
}

internal static class EmulationText
{
    public static string ToLowerFirst(this string text) =>
        text.Length == 0 ? text : char.ToLower(text[0], CultureInfo.GetCultureInfo("vi-VN")) + text[1..];
}
