using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Documents;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Emulation;

/// <summary>The commune's tờ trình đề nghị cấp trên khen thưởng (Decree 30, Appendix I) listing the proposed nominees.</summary>
public sealed class ProposalDocuments(ReformDeskDbContext db, ProposalService proposals, AwardCompetence competence)
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Null when the proposal is not found; a draft has no number or date yet (left for the clerk).</summary>
    public async Task<AdministrativeDocument?> SubmissionAsync(Guid proposalId, CancellationToken ct = default)
    {
        if (await proposals.FindAsync(proposalId, ct) is not { } view)
        {
            return null;
        }

        var (proposal, round, nominations) = view;
        var letterhead = await CommuneLetterhead.OfAsync(db, ct);
        var commune = letterhead.Commune;
        var movement = await db.Movements.AsNoTracking().FirstAsync(m => m.Id == round.MovementId, ct);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var on = proposal.SentOn ?? proposals.Today;
        var ruleSet = RuleSets.For(on);
        var collectives = nominations.Count(n => n.NomineeKind == NomineeKind.Collective);
        var individuals = nominations.Count - collectives;
        var awards = nominations.Select(n => n.AwardKind).Distinct().Select(k => AwardCatalogue.NameOf(k, commune.Type)).ToList();
        var sources = nominations.Select(n => competence.For(n.AwardKind, on).Source).Distinct().ToList();
        var communeLower = commune.Name.ToLowerFirst();

        var rows = nominations.Select((n, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(CultureInfo.InvariantCulture),
            n.NomineeName,
            n.NomineeKind == NomineeKind.Collective ? "Tập thể" : "Cá nhân",
            units.GetValueOrDefault(n.UnitId, ""),
            AwardCatalogue.NameOf(n.AwardKind, commune.Type),
            n.AchievementSummary,
        ]).ToList();

        return new AdministrativeDocument
        {
            IssuingBody = $"ỦY BAN NHÂN DÂN\n{commune.Name.ToUpper(Vi)}",
            Type = DocumentType.Submission,
            Number = proposal.Number,
            IssuerAbbreviation = "UBND",
            Place = letterhead.Place,
            Date = proposal.SentOn,
            Year = on.Year,
            Subject = $"Về việc đề nghị tặng {string.Join(", ", awards)} cho {EmulationDocuments.Whom(collectives, individuals)} có thành tích trong phong trào thi đua ({round.Title.ToLower(Vi)})",
            AddressedTo = [proposal.AddressedTo],
            LegalBases =
            [
                $"Căn cứ {ruleSet.Law};",
                $"Căn cứ {ruleSet.Decree};",
                movement.DocumentNumber is { Length: > 0 } number
                    ? $"Căn cứ Kế hoạch số {number} của {movement.IssuingBody} về {movement.Title.ToLowerFirst()};"
                    : $"Căn cứ {movement.Title};",
                $"Xét đề nghị của Hội đồng Thi đua - Khen thưởng {communeLower}.",
            ],
            Body =
            [
                new Block.Paragraph($"Các hình thức khen thưởng dưới đây thuộc thẩm quyền quyết định của {AwardCompetence.DeciderText(proposal.Level)} ({string.Join("; ", sources)}). Ủy ban nhân dân {communeLower} kính trình xem xét, khen thưởng {EmulationDocuments.Count(collectives, individuals)}, cụ thể như sau:"),
                new Block.Table(["STT", "Tập thể, cá nhân", "Đối tượng", "Đơn vị", "Hình thức đề nghị", "Thành tích"], rows),
                new Block.Paragraph("Hồ sơ kèm theo: báo cáo thành tích của từng tập thể, cá nhân; biên bản họp Hội đồng Thi đua - Khen thưởng và kết quả bỏ phiếu kín."),
                new Block.Paragraph($"Ủy ban nhân dân {communeLower} kính trình {proposal.AddressedTo} xem xét, quyết định."),
            ],
            Recipients = ["Như trên;", "Lưu: VT, HĐTĐKT."],
            Signature = new Signature("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", CommuneLetterhead.SignerOrBlank(proposal.Signer ?? await CommuneLetterhead.ChairmanNameAsync(db, ct))),
        };
    }
}
