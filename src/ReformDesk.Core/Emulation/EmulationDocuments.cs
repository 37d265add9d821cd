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

    // The council's tờ trình proposes only what the council approved.
    private static readonly NominationStatus[] Proposed = [NominationStatus.Approved, NominationStatus.Awarded];

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
        var today = VietnamTime.Today(clock);
        var collectives = nominations.Count(n => n.NomineeKind == NomineeKind.Collective);
        var ruleSet = RuleSets.For(today);

        var rows = nominations.Select((n, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(CultureInfo.InvariantCulture),
            n.NomineeName,
            units.GetValueOrDefault(n.UnitId, ""),
            AwardCatalogue.NameOf(n.AwardKind, commune.Type),
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
            Subject = $"Về việc đề nghị khen thưởng {Whom(collectives, nominations.Count - collectives)} ({round.Title.ToLower(Vi)})",
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
                new Block.Paragraph($"Hội đồng Thi đua - Khen thưởng {commune.Name.ToLowerFirst()} đã xét hồ sơ đề nghị của các đơn vị và kính trình Chủ tịch Ủy ban nhân dân xem xét, khen thưởng {Count(collectives, nominations.Count - collectives)}, cụ thể như sau:"),
                new Block.Table(["STT", "Tập thể, cá nhân", "Đơn vị đề nghị", "Hình thức khen thưởng", "Thành tích"], rows),
                new Block.Paragraph("Hội đồng Thi đua - Khen thưởng kính trình Chủ tịch Ủy ban nhân dân xem xét, quyết định."),
            ],
            Recipients = ["Như trên;", "Lưu: VT, HĐTĐKT."],
            Signature = new Signature("TM. HỘI ĐỒNG", "CHỦ TỊCH", SignerOrBlank(await ChairmanNameAsync(ct))),
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
            AwardCatalogue.NameOf(r.AwardKind, commune.Type),
            r.AchievementSummary,
        ]).ToList();
        var groups = records.Count(r => r.NomineeKind == NomineeKind.Collective);
        var people = records.Count - groups;

        return new AdministrativeDocument
        {
            IssuingBody = $"ỦY BAN NHÂN DÂN\n{commune.Name.ToUpper(Vi)}",
            Type = DocumentType.Decision,
            Number = decision.Number,
            IssuerAbbreviation = "UBND",
            Place = Place(commune.Name),
            Date = decision.Date,
            Subject = $"Về việc khen thưởng {Whom(groups, people)} có thành tích trong phong trào thi đua ({round.Title.ToLower(Vi)})",
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
                new Block.Article(1, $"Khen thưởng {Count(groups, people)} có thành tích trong phong trào thi đua ({round.Title.ToLower(Vi)}), gồm:"),
                new Block.Table(["STT", "Tập thể, cá nhân", "Đối tượng", "Hình thức khen thưởng", "Thành tích"], rows),
                new Block.Article(2, "Quyết định này có hiệu lực kể từ ngày ký."),
                new Block.Article(3, $"Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân {communeLower}, Thủ trưởng các đơn vị có liên quan và {(records.Count == 1 ? "" : "các ")}{Whom(groups, people)} có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này."),
            ],
            Recipients = ["Như Điều 3;", "Lưu: VT, HĐTĐKT."],
            Signature = new Signature(null, "CHỦ TỊCH", decision.Signer),
        };
    }

    private static string RuleSourceText(CouncilMeeting meeting) =>
        string.IsNullOrWhiteSpace(meeting.RuleSource) ? "quy chế hoạt động của Hội đồng" : meeting.RuleSource.ToLowerFirst();

    /// <summary>
    /// Biên bản họp Hội đồng: date and place, members present and absent, quorum, recusals, and each nomination's
    /// votes and result as recorded at this meeting; null when the meeting is not found.
    /// </summary>
    public async Task<AdministrativeDocument?> MinutesAsync(Guid meetingId, CancellationToken ct = default)
    {
        if (await db.CouncilMeetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId, ct) is not { } meeting)
        {
            return null;
        }

        var (commune, _) = await CommuneAsync(ct);
        var round = await db.NominationRounds.AsNoTracking().FirstAsync(r => r.Id == meeting.RoundId, ct);
        var votes = await db.CouncilMemberVotes.AsNoTracking().Where(v => v.MeetingId == meetingId).ToListAsync(ct);
        var recusals = await db.CouncilRecusals.AsNoTracking().Where(r => r.MeetingId == meetingId).ToListAsync(ct);
        var counts = await db.CouncilBallotCounts.AsNoTracking().Where(c => c.MeetingId == meetingId).ToListAsync(ct);
        var considered = votes.Select(v => v.NominationId).Concat(recusals.Select(r => r.NominationId)).Concat(counts.Select(c => c.NominationId)).ToHashSet();
        var nominations = (await db.Nominations.AsNoTracking().Where(n => n.RoundId == meeting.RoundId).ToListAsync(ct))
            .Where(n => considered.Contains(n.Id)).OrderBy(n => n.NomineeKind).ThenBy(n => n.NomineeName).ToList();
        var seated = await db.CouncilMeetingMembers.AsNoTracking().Where(m => m.MeetingId == meetingId).OrderBy(m => m.Order).ToListAsync(ct);
        var members = seated.Select(m => m.Name).ToList();
        var present = seated.Where(m => m.Present).Select(m => m.Name).ToList();
        var absent = seated.Where(m => !m.Present).Select(m => m.Name).ToList();
        var settings = meeting.Settings();
        var communeLower = commune.Name.ToLowerFirst();

        var results = nominations.Select(n =>
        {
            var ownRecusals = recusals.Where(r => r.NominationId == n.Id).ToList();
            var recused = ownRecusals.Select(r => r.MemberName).ToList();
            var recusedIds = ownRecusals.Select(r => r.MeetingMemberId).ToHashSet();
            CouncilVoteResult tally;
            if (meeting.SecretBallot)
            {
                // Secret ballot: the board's counts only; the minutes never say who voted how.
                var count = counts.FirstOrDefault(c => c.NominationId == n.Id);
                tally = CouncilService.CountTally(meeting, seated, recusedIds, count?.Agree ?? 0, count?.Disagree ?? 0, count?.Invalid ?? 0);
            }
            else
            {
                tally = CouncilService.OpenTally(meeting, seated, recusedIds, votes.Where(v => v.NominationId == n.Id));
            }

            var tallied = n.Status is NominationStatus.Approved or NominationStatus.Rejected or NominationStatus.Awarded;
            return (Nomination: n, Recused: recused, Tally: tally, Tallied: tallied);
        }).ToList();

        var rows = results.Select((r, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(CultureInfo.InvariantCulture),
            r.Nomination.NomineeName,
            AwardCatalogue.NameOf(r.Nomination.AwardKind, commune.Type),
            r.Recused.Count == 0 ? "Không" : string.Join(", ", r.Recused),
            r.Tally.Agree.ToString(CultureInfo.InvariantCulture),
            r.Tally.Disagree.ToString(CultureInfo.InvariantCulture),
            !r.Tallied ? "Chưa kiểm phiếu" : r.Tally.Outcome switch
            {
                CouncilOutcome.Passed => "Đề nghị khen thưởng",
                CouncilOutcome.ThresholdNotMet => "Không đề nghị khen thưởng",
                CouncilOutcome.QuorumMissing => "Không đủ số thành viên dự họp",
                _ => "Phiếu không hợp lệ",
            },
        ]).ToList();

        var quorumNeeded = settings.Quorum.MinimumOf(members.Count);
        var body = new List<Block>
        {
            new Block.Heading(1, "I. THỜI GIAN, ĐỊA ĐIỂM"),
            new Block.Paragraph($"Thời gian: {VietnameseDates.DateText(meeting.Date)}."),
            new Block.Paragraph($"Địa điểm: Trụ sở Ủy ban nhân dân {communeLower}."),
            new Block.Heading(1, "II. THÀNH PHẦN"),
            new Block.Paragraph($"Tổng số thành viên Hội đồng: {members.Count}; có mặt: {present.Count}; vắng mặt: {absent.Count}."),
            new Block.Paragraph("Thành viên có mặt:"),
        };
        body.AddRange(present.Count == 0 ? [new Block.Bullet("Không có.")] : seated.Where(m => m.Present).Select(m => (Block)new Block.Bullet($"{m.Name}, {m.Role.Vietnamese()}")));
        body.Add(new Block.Paragraph("Thành viên vắng mặt:"));
        body.AddRange(absent.Count == 0 ? [new Block.Bullet("Không có.")] : seated.Where(m => !m.Present).Select(m => (Block)new Block.Bullet($"{m.Name}, {m.Role.Vietnamese()}")));
        body.Add(new Block.Heading(1, "III. NỘI DUNG"));
        body.Add(new Block.Paragraph(present.Count >= quorumNeeded
            ? $"Số thành viên có mặt là {present.Count}/{members.Count}, bảo đảm tỷ lệ tối thiểu {settings.Quorum} số thành viên ({quorumNeeded} thành viên) theo {RuleSourceText(meeting)}; phiên họp đủ điều kiện tiến hành."
            : $"Số thành viên có mặt là {present.Count}/{members.Count}, chưa bảo đảm tỷ lệ tối thiểu {settings.Quorum} số thành viên ({quorumNeeded} thành viên) theo {RuleSourceText(meeting)}."));
        var recusalLines = results.Where(r => r.Recused.Count > 0).Select(r => $"{string.Join(", ", r.Recused)} không tham gia xét hồ sơ của {r.Nomination.NomineeName}.").ToList();
        body.Add(new Block.Paragraph(recusalLines.Count == 0 ? "Không có thành viên nào rút khỏi việc xét hồ sơ." : "Thành viên không tham gia xét:"));
        body.AddRange(recusalLines.Select(l => (Block)new Block.Bullet(l)));
        body.Add(new Block.Paragraph($"Hội đồng xét {nominations.Count} hồ sơ đề nghị khen thưởng ({round.Title.ToLower(Vi)}) bằng hình thức {(settings.SecretBallot ? "bỏ phiếu kín" : "biểu quyết")}; kết quả như sau:"));
        body.Add(new Block.Table(["STT", "Tập thể, cá nhân", "Hình thức khen thưởng", "Không tham gia xét", "Đồng ý", "Không đồng ý", "Kết quả"], rows));
        body.AddRange(results.Where(r => r.Tallied).Select(r => (Block)new Block.Bullet($"{r.Nomination.NomineeName}: {r.Tally.Reason}")));
        body.Add(new Block.Heading(1, "IV. KẾT LUẬN"));
        var passed = results.Where(r => r.Tallied && r.Tally.IsPassed).Select(r => r.Nomination.NomineeName).ToList();
        body.Add(new Block.Paragraph(passed.Count == 0
            ? "Hội đồng chưa đề nghị khen thưởng trường hợp nào tại phiên họp này."
            : $"Hội đồng thống nhất đề nghị Chủ tịch Ủy ban nhân dân {communeLower} khen thưởng {passed.Count} trường hợp: {string.Join(", ", passed)}."));
        body.Add(new Block.Paragraph("Biên bản được đọc lại cho các thành viên dự họp cùng nghe và thống nhất thông qua."));

        return new AdministrativeDocument
        {
            ParentBody = $"ỦY BAN NHÂN DÂN {commune.Name}".ToUpper(Vi),
            IssuingBody = "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG",
            Type = DocumentType.Minutes,
            IssuerAbbreviation = "HĐTĐKT",
            Place = Place(commune.Name),
            Date = meeting.Date,
            Subject = $"Họp Hội đồng Thi đua - Khen thưởng xét khen thưởng ({round.Title.ToLower(Vi)})",
            Body = body,
            Recipients = ["Thành viên Hội đồng;", "Lưu: VT, HĐTĐKT."],
            Signature = new Signature("TM. HỘI ĐỒNG", "CHỦ TỊCH", SignerOrBlank(await ChairmanNameAsync(ct))),
        };
    }

    /// <summary>Báo cáo thành tích of a nomination: nominee, unit, position, achievement, initiatives, past awards; null when not found.</summary>
    public async Task<AdministrativeDocument?> AchievementReportAsync(Guid nominationId, CancellationToken ct = default)
    {
        if (await db.Nominations.AsNoTracking().FirstOrDefaultAsync(n => n.Id == nominationId, ct) is not { } n)
        {
            return null;
        }

        var (commune, _) = await CommuneAsync(ct);
        var round = await db.NominationRounds.AsNoTracking().FirstAsync(r => r.Id == n.RoundId, ct);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var unitName = units.GetValueOrDefault(n.UnitId, "");
        var individual = n.NomineeKind == NomineeKind.Individual;
        var tenures = n.NomineePersonId is { } personId
            ? await db.PositionTenures.AsNoTracking().Where(t => t.PersonId == personId).ToListAsync(ct)
            : [];
        var tenure = tenures.Where(t => t.CoversYear(round.Year)).OrderByDescending(t => t.FromYear).FirstOrDefault()
            ?? tenures.OrderByDescending(t => t.FromYear).FirstOrDefault();
        var workUnit = tenure?.UnitId is { } tu ? units.GetValueOrDefault(tu, unitName) : unitName;
        var initiatives = (await db.Initiatives.AsNoTracking().Where(i => i.Status == InitiativeStatus.Recognised).ToListAsync(ct))
            .Where(i => individual ? i.AuthorPersonId == n.NomineePersonId && n.NomineePersonId != null : i.UnitId == n.NomineeUnitId && n.NomineeUnitId != null)
            .Where(i => i.DecisionDate is not { } d || (d.Year >= round.FromYear && d.Year <= round.Year))
            .OrderBy(i => i.DecisionDate).ToList();
        var awards = (await db.AwardRecords.AsNoTracking().Where(r => !r.Revoked && r.NominationId != n.Id).ToListAsync(ct))
            .Where(r => individual ? r.PersonId == n.NomineePersonId && n.NomineePersonId != null : r.UnitId == n.NomineeUnitId && n.NomineeUnitId != null)
            .OrderBy(r => r.Year).ToList();

        var body = new List<Block>
        {
            new Block.Heading(1, individual ? "I. SƠ LƯỢC LÝ LỊCH" : "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH"),
        };
        if (individual)
        {
            body.Add(new Block.Bullet($"Họ và tên: {n.NomineeName}."));
            body.Add(new Block.Bullet($"Đơn vị công tác: {workUnit}."));
            body.Add(new Block.Bullet($"Chức vụ: {(tenure is null ? "Không ghi nhận" : tenure.Title)}."));
        }
        else
        {
            body.Add(new Block.Bullet($"Tên tập thể: {n.NomineeName}."));
            body.Add(new Block.Bullet($"Đơn vị đề nghị: {unitName}."));
        }

        body.Add(new Block.Heading(1, "II. THÀNH TÍCH ĐẠT ĐƯỢC"));
        body.Add(new Block.Heading(2, "1. Tóm tắt thành tích"));
        body.Add(new Block.Paragraph(n.AchievementSummary));
        body.Add(new Block.Heading(2, "2. Sáng kiến, giải pháp được công nhận"));
        if (initiatives.Count == 0)
        {
            body.Add(new Block.Paragraph("Không có sáng kiến được công nhận trong thời gian đề nghị khen thưởng."));
        }
        else
        {
            body.Add(new Block.Table(["STT", "Tên sáng kiến", "Quyết định công nhận", "Hiệu quả"], initiatives.Select((i, k) => (IReadOnlyList<string>)
            [
                (k + 1).ToString(CultureInfo.InvariantCulture),
                i.Title,
                $"{i.DecisionNumber}{(i.DecisionDate is { } d ? $" ngày {VietnamTime.Date(d)}" : "")}",
                i.Effect,
            ]).ToList()));
        }

        body.Add(new Block.Heading(1, "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG"));
        if (awards.Count == 0)
        {
            body.Add(new Block.Paragraph("Chưa được khen thưởng."));
        }
        else
        {
            body.Add(new Block.Table(["Năm", "Hình thức khen thưởng", "Số, ngày quyết định"], awards.Select(a => (IReadOnlyList<string>)
            [
                a.PeriodFrom is { } f ? $"{f}-{a.Year}" : a.Year.ToString(CultureInfo.InvariantCulture),
                AwardCatalogue.NameOf(a.AwardKind, commune.Type),
                $"{a.DecisionNumber}{(a.DecisionDate is { } d ? $" ngày {VietnamTime.Date(d)}" : "")}",
            ]).ToList()));
        }

        body.Add(new Block.Paragraph($"Xác nhận của thủ trưởng đơn vị ({unitName}): ……………………………………"));

        return new AdministrativeDocument
        {
            ParentBody = $"ỦY BAN NHÂN DÂN {commune.Name}".ToUpper(Vi),
            IssuingBody = unitName.ToUpper(Vi),
            Type = DocumentType.Report,
            IssuerAbbreviation = "UBND",
            Place = Place(commune.Name),
            Date = n.SubmittedOn,
            Year = round.Year + (round.Deadline is { } dl && dl.Year > round.Year ? 1 : 0),
            Subject = $"Thành tích đề nghị tặng {AwardCatalogue.NameOf(n.AwardKind, commune.Type)} ({round.Title.ToLower(Vi)})",
            Body = body,
            Signature = individual
                ? new Signature(null, "NGƯỜI BÁO CÁO THÀNH TÍCH", n.NomineeName)
                : new Signature(null, "THỦ TRƯỞNG ĐƠN VỊ", CommuneLetterhead.Blank),
        };
    }

    /// <summary>Kế hoạch phát động of a movement: title, period, legal bases, targets of the movement, rounds; null when not found.</summary>
    public async Task<AdministrativeDocument?> LaunchPlanAsync(Guid movementId, CancellationToken ct = default)
    {
        if (await db.Movements.AsNoTracking().FirstOrDefaultAsync(m => m.Id == movementId, ct) is not { } movement)
        {
            return null;
        }

        var (commune, _) = await CommuneAsync(ct);
        var targets = await db.Targets.AsNoTracking().Where(t => t.MovementId == movementId).OrderBy(t => t.PeriodStart).ThenBy(t => t.Text).ToListAsync(ct);
        var rounds = await db.NominationRounds.AsNoTracking().Where(r => r.MovementId == movementId).OrderBy(r => r.Year).ThenBy(r => r.Kind).ToListAsync(ct);
        var ruleSet = RuleSets.For(new DateOnly(movement.StartYear, 1, 1));
        var communeLower = commune.Name.ToLowerFirst();
        var period = movement.PeriodText.ToLowerFirst();

        var body = new List<Block>
        {
            new Block.Heading(1, "I. MỤC ĐÍCH, YÊU CẦU"),
            new Block.Paragraph($"Phát động phong trào thi đua sâu rộng trong cán bộ, công chức, viên chức và người lao động {communeLower}, nhằm hoàn thành thắng lợi các nội dung, chỉ tiêu cải cách hành chính {period}."),
            new Block.Paragraph("Phong trào thi đua phải thiết thực, hiệu quả, tránh hình thức; việc khen thưởng bảo đảm chính xác, công khai, công bằng, kịp thời."),
            new Block.Heading(1, "II. NỘI DUNG VÀ CHỈ TIÊU THI ĐUA"),
        };
        // The movement's own contents as its plan lists them, then its measurable targets.
        body.AddRange(Movement.Lines(movement.Contents).Select((c, i) => (Block)new Block.Paragraph($"{i + 1}. {c}")));
        if (targets.Count == 0)
        {
            body.Add(new Block.Paragraph("Các chỉ tiêu cụ thể của phong trào chưa được ghi nhận trong hệ thống."));
        }
        else
        {
            body.Add(new Block.Table(["STT", "Nội dung, chỉ tiêu", "Mức phấn đấu", "Thời gian"], targets.Select((t, i) => (IReadOnlyList<string>)
            [
                (i + 1).ToString(CultureInfo.InvariantCulture),
                t.Text,
                t.Threshold is { } v ? $"{Targets.TargetIndicators.ComparisonText(t.Comparison)} {v.ToString("0.##", Vi)}{(t.IsPercent ? "%" : " " + t.Unit)}" : "Định tính",
                $"{VietnamTime.Date(t.PeriodStart)} - {VietnamTime.Date(t.PeriodEnd)}",
            ]).ToList()));
        }

        body.Add(new Block.Heading(1, "III. THỜI GIAN THỰC HIỆN"));
        body.Add(new Block.Paragraph($"{movement.PeriodText} (từ năm {movement.StartYear} đến năm {movement.EndYear})."));
        var milestones = (await db.MovementMilestones.AsNoTracking().Where(m => m.MovementId == movementId).ToListAsync(ct)).OrderBy(m => m.Kind);
        body.AddRange(milestones.Where(m => m.WhenText is not null || m.Date is not null)
            .Select(m => (Block)new Block.Bullet($"{MovementMilestone.KindText(m.Kind)}: {(m.Date is { } d ? VietnamTime.Date(d) : m.WhenText)}.")));
        body.Add(new Block.Heading(1, "IV. KHEN THƯỞNG"));
        if (rounds.Count == 0)
        {
            body.Add(new Block.Paragraph("Việc xét khen thưởng thực hiện theo quy định hiện hành về thi đua, khen thưởng."));
        }

        foreach (var r in rounds)
        {
            var deadline = r.Deadline is { } d ? $"; hồ sơ nộp {(r.DeadlineInclusive ? "đến hết ngày" : "trước ngày")} {VietnamTime.Date(d)}" : "";
            var quota = r.MaxCollectivesPerUnit is null && r.MaxIndividualsPerUnit is null ? "" :
                $"; mỗi đơn vị đề nghị không quá {(r.MaxCollectivesPerUnit is { } c ? $"{c:00} tập thể" : "số tập thể không hạn chế")}, {(r.MaxIndividualsPerUnit is { } p ? $"{p:00} cá nhân" : "số cá nhân không hạn chế")}";
            body.Add(new Block.Bullet($"{r.Title}{deadline}{quota}."));
        }

        body.Add(new Block.Heading(1, "V. TỔ CHỨC THỰC HIỆN"));
        body.Add(new Block.Paragraph("Bộ phận tham mưu công tác cải cách hành chính theo dõi, hướng dẫn, tổng hợp kết quả thực hiện phong trào; tham mưu Hội đồng Thi đua - Khen thưởng sơ kết, tổng kết và đề xuất khen thưởng."));
        body.Add(new Block.Paragraph("Các phòng, ban, đơn vị tổ chức đăng ký thi đua, triển khai thực hiện và báo cáo kết quả theo quy định."));
        if (Movement.Lines(movement.Participants) is { Count: > 0 } participants)
        {
            body.Add(new Block.Paragraph("Đối tượng tham gia:"));
            body.AddRange(participants.Select(p => (Block)new Block.Bullet(p)));
        }

        // Bases stored from the movement's own plan win over the generic law-and-decree lines.
        IReadOnlyList<string> bases = Movement.Lines(movement.LegalBases) is { Count: > 0 } stored
            ? [.. stored, $"Ủy ban nhân dân {communeLower} ban hành Kế hoạch phát động phong trào thi đua như sau:"]
            : [$"Căn cứ {ruleSet.Law};", $"Căn cứ {ruleSet.Decree};", $"Ủy ban nhân dân {communeLower} ban hành Kế hoạch phát động phong trào thi đua như sau:"];

        return new AdministrativeDocument
        {
            IssuingBody = $"ỦY BAN NHÂN DÂN\n{commune.Name.ToUpper(Vi)}",
            Type = DocumentType.Plan,
            Number = LeadingNumber(movement.DocumentNumber),
            IssuerAbbreviation = "UBND",
            Place = Place(commune.Name),
            Date = null,
            Year = movement.StartYear,
            Subject = $"Phát động {movement.Title.ToLowerFirst()}",
            LegalBases = bases,
            Body = body,
            Recipients = ["Các phòng, ban, đơn vị thuộc Ủy ban nhân dân;", "Lưu: VT, HĐTĐKT."],
            Signature = new Signature("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", SignerOrBlank(await ChairmanNameAsync(ct))),
        };
    }

    /// <summary>
    /// Giấy khen of the commune Chairman for an award record; null when the record is not found, is revoked,
    /// or is not a commune Giấy khen (titles and higher commendations have their own forms).
    /// </summary>
    public async Task<AdministrativeDocument?> CertificateAsync(Guid recordId, CancellationToken ct = default)
    {
        if (await db.AwardRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Id == recordId, ct) is not { } record
            || record.Revoked || record.AwardKind != AwardKind.GiayKhenChuTichXa)
        {
            return null;
        }

        var (commune, _) = await CommuneAsync(ct);
        var decision = record.DecisionId is { } id ? await db.AwardDecisions.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct) : null;
        var unitName = "";
        if (record.PersonId is { } personId)
        {
            var tenures = await db.PositionTenures.AsNoTracking().Where(t => t.PersonId == personId).ToListAsync(ct);
            var tenure = tenures.Where(t => t.CoversYear(record.Year)).OrderByDescending(t => t.FromYear).FirstOrDefault()
                ?? tenures.OrderByDescending(t => t.FromYear).FirstOrDefault();
            if (tenure is not null)
            {
                var unit = tenure.UnitId is { } u ? await db.Units.AsNoTracking().Where(x => x.Id == u).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
                unitName = unit is null || tenure.Title.Contains(unit, StringComparison.Ordinal) ? tenure.Title : $"{tenure.Title}, {unit}";
            }
        }

        var communeUpper = commune.Name.ToUpper(Vi);
        var body = new List<Block>
        {
            new Block.Paragraph($"Chủ tịch Ủy ban nhân dân {commune.Name.ToLowerFirst()} tặng Giấy khen cho {(record.NomineeKind == NomineeKind.Collective ? "tập thể" : "cá nhân")} {record.NomineeName}{(unitName.Length > 0 ? $" ({unitName})" : "")},"),
            new Block.Paragraph($"đã có thành tích: {record.AchievementSummary.TrimEnd('.')}."),
            new Block.Paragraph($"Quyết định khen thưởng số {record.DecisionNumber}{(record.DecisionDate is { } dd ? $" ngày {VietnamTime.Date(dd)}" : "")}."),
        };

        return new AdministrativeDocument
        {
            IssuingBody = $"ỦY BAN NHÂN DÂN\n{communeUpper}",
            Type = DocumentType.Certificate,
            IssuerAbbreviation = "UBND",
            Place = Place(commune.Name),
            Date = record.DecisionDate,
            Year = record.DecisionDate?.Year ?? record.Year,
            Subject = record.NomineeName,
            EnactingAuthority = $"CHỦ TỊCH ỦY BAN NHÂN DÂN {communeUpper}",
            Body = body,
            Signature = new Signature(null, "CHỦ TỊCH", SignerOrBlank(decision?.Signer ?? await ChairmanNameAsync(ct))),
        };
    }

    private static string SignerOrBlank(string? name) => CommuneLetterhead.SignerOrBlank(name);

    private static int? LeadingNumber(string? documentNumber)
    {
        var digits = new string((documentNumber ?? "").TakeWhile(char.IsAsciiDigit).ToArray());
        return digits.Length > 0 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
    }

    /// <summary>The name of the person whose current position is the commune's Chairman, or an empty line for a signature.</summary>
    public Task<string> ChairmanNameAsync(CancellationToken ct = default) => CommuneLetterhead.ChairmanNameAsync(db, ct);

    /// <summary>"1 cá nhân", "2 tập thể", "1 tập thể và 3 cá nhân": the count in words that agree with it.</summary>
    internal static string Count(int collectives, int individuals) => (collectives, individuals) switch
    {
        (0, var i) => $"{i} cá nhân",
        (var c, 0) => $"{c} tập thể",
        var (c, i) => $"{c} tập thể và {i} cá nhân",
    };

    /// <summary>"tập thể", "cá nhân" or "tập thể, cá nhân", as the subject line names who is awarded.</summary>
    internal static string Whom(int collectives, int individuals) =>
        collectives > 0 && individuals > 0 ? "tập thể, cá nhân" : collectives > 0 ? "tập thể" : "cá nhân";

    private async Task<(Tenant Commune, Tenant? Parent)> CommuneAsync(CancellationToken ct)
    {
        var letterhead = await CommuneLetterhead.OfAsync(db, ct);
        return (letterhead.Commune, letterhead.Parent);
    }

    private static string Place(string communeName) => new CommuneLetterhead(new Tenant { Name = communeName }, null).Place;
}
