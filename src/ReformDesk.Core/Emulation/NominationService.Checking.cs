using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Emulation;

/// <summary>The award rules run on a nomination with facts read from the database.</summary>
public sealed partial class NominationService
{
    /// <summary>Runs every award rule with facts read from the database.</summary>
    public async Task<NominationCheckResult> CheckAsync(Nomination n, DateOnly? submissionDate = null, CancellationToken ct = default)
    {
        var round = await db.NominationRounds.AsNoTracking().FirstAsync(r => r.Id == n.RoundId, ct);
        var unitName = await db.Units.AsNoTracking().Where(u => u.Id == n.UnitId).Select(u => u.Name).FirstOrDefaultAsync(ct) ?? "?";
        var others = await db.Nominations.AsNoTracking()
            .Where(o => o.RoundId == n.RoundId && o.UnitId == n.UnitId && o.Id != n.Id
                        && o.Status != NominationStatus.Draft && o.Status != NominationStatus.Returned)
            .ToListAsync(ct);

        var rule = round.ToRule();
        NominationFacts facts;
        CollectiveFacts? members = null;
        if (n.NomineeKind == NomineeKind.Individual)
        {
            facts = await NomineeFacts.IndividualAsync(db, n.NomineePersonId!.Value, n.UnitId, rule, Today, ct);
        }
        else
        {
            (facts, members) = await NomineeFacts.CollectiveAsync(db, n.NomineeUnitId!.Value, rule.ToYear, ct);
        }

        var context = new NominationContext
        {
            Nominee = new Nominee(NomineeId(n), n.NomineeName, n.NomineeKind, n.UnitId.ToString(), unitName),
            Award = n.AwardKind,
            Round = rule,
            SubmissionDate = submissionDate ?? n.SubmittedOn ?? Today,
            Facts = facts,
            Collective = members,
            OtherNominationsInRound = others.Select(o => new OtherNomination(NomineeId(o), o.NomineeName, o.NomineeKind, o.UnitId.ToString(), o.AwardKind)).ToList(),
            AchievementKey = n.AchievementKey,
            ConfirmedItems = n.Confirmed,
        };
        return checker.Check(context);
    }

    private static string NomineeId(Nomination n) => (n.NomineePersonId ?? n.NomineeUnitId ?? n.Id).ToString();
}
