using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Satisfaction;
using ReformDesk.Core.Tests.Dossiers;
using ReformDesk.Core.Tests.Platform;
using static ReformDesk.Core.Tests.Satisfaction.SurveyDesk;
using E = ReformDesk.Core.Satisfaction.SatisfactionElement;
using L = ReformDesk.Core.Satisfaction.SatisfactionLevel;

namespace ReformDesk.Core.Tests.Satisfaction;

/// <summary>
/// A citizen rates a dossier through the receipt's QR code (on the read-only public portal) or at the counter: the dossier is
/// found only by its own code and key, one rating per dossier whose latest answers count, and what indicator 5.4 counts.
/// </summary>
public sealed class DossierRatingServiceTests
{
    /// <summary>Every element at <paramref name="level"/>, officials at <paramref name="officials"/> when given.</summary>
    private static Dictionary<E, L?> All(L level, L? officials = null) =>
        SatisfactionText.Elements.ToDictionary(e => e, e => (L?)(e == E.Officials && officials is { } o ? o : level));

    private static readonly DateTimeOffset Now = new(2026, 9, 20, 3, 0, 0, TimeSpan.Zero);   // 10:00 in Hà Nội
    private static readonly DateTime LocalNow = Now.UtcDateTime.AddHours(7);

    private static DateOnly D(int m, int d) => new(2026, m, d);

    /// <summary>The service as the public portal has it: the commune's scope, read-only.</summary>
    private static (SatisfactionService Service, TenantContext Tenant) Portal(SqliteCommune commune)
    {
        var tenant = TenantContext.ForTenant(commune.TenantId, "anonymous", readOnly: true);
        return (new SatisfactionService(Storage.CreateContext(commune.Options, tenant, commune.Clock), commune.Clock), tenant);
    }

    private static async Task<(SqliteCommune Commune, Dossier Dossier, Guid UnitId)> ReturnedDossierAsync()
    {
        var commune = await SqliteCommune.CreateAsync(Now);
        var unit = await commune.UnitAsync("Văn phòng HĐND và UBND");
        var procedure = await DossierBuilder.ProcedureAsync(commune, "1.001193", "Đăng ký khai sinh");
        var dossier = await new DossierBuilder("000.00.01.H26-260915-0001", procedure, new DateTime(2026, 9, 15, 8, 30, 0)).InUnit(unit.Id)
            .Processed(new DateTime(2026, 9, 17, 9, 0, 0), new DateTime(2026, 9, 17, 9, 0, 0)).SaveAsync(commune);
        return (commune, dossier, unit.Id);
    }

    /// <summary>The key as a citizen may type it from the receipt: lower case, in groups of four separated by dashes and spaces.</summary>
    private static string Typed(string key) => string.Join(" - ", key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));

    [Fact]
    public async Task The_receipt_finds_its_dossier_whatever_the_case_and_spacing_and_nothing_for_any_mismatch()
    {
        var (commune, dossier, _) = await ReturnedDossierAsync();
        await using var _ = commune;
        var (service, _) = Portal(commune);

        var found = (await service.FindByKeyAsync("  000.00.01.h26-260915-0001 ", Typed(dossier.LookupKey!)))!;
        Assert.Equal((dossier.Id, "000.00.01.H26-260915-0001", "Đăng ký khai sinh", new DateTime(2026, 9, 15, 8, 30, 0), (DossierRating?)null),
            (found.DossierId, found.Code, found.ProcedureName, found.ReceivedAt, found.Rating));

        Assert.Null(await service.FindByKeyAsync("000.00.01.H26-260915-0002", dossier.LookupKey));          // another code with this key
        Assert.Null(await service.FindByKeyAsync(dossier.Code, dossier.LookupKey![..^1] + "0"));            // '0' is not in the key alphabet
        Assert.Null(await service.FindByKeyAsync("   ", dossier.LookupKey));
    }

    [Fact]
    public async Task A_rating_through_the_receipt_is_stored_on_the_read_only_portal_which_stays_read_only()
    {
        var (commune, dossier, unit) = await ReturnedDossierAsync();
        await using var _ = commune;
        var (service, tenant) = Portal(commune);

        var rating = Ok(await service.RateByKeyAsync(dossier.Code, Typed(dossier.LookupKey!), All(L.VerySatisfied), "  Cán bộ nhiệt tình  "));

        Assert.True(tenant.IsReadOnly);
        Assert.Equal((dossier.Id, (Guid?)unit, RatingChannel.Receipt, LocalNow, "Cán bộ nhiệt tình", 0),
            (rating.DossierId, rating.UnitId, rating.Channel, rating.RatedAt, rating.Comment, rating.Changes));
        var stored = (await Service(commune).FindAsync(dossier.Id))!.Rating!;
        Assert.Equal((rating.Id, L.VerySatisfied, commune.TenantId), (stored.Id, stored.Officials, stored.TenantId));
    }

    [Fact]
    public async Task Rating_again_changes_the_one_rating_of_the_dossier_and_the_latest_answers_count()
    {
        var (commune, dossier, unit) = await ReturnedDossierAsync();
        await using var _ = commune;
        var (portal, _) = Portal(commune);
        Ok(await portal.RateByKeyAsync(dossier.Code, dossier.LookupKey, All(L.Satisfied), null));
        commune.Clock.Advance(TimeSpan.FromHours(2));

        var changed = Ok(await Service(commune).RateAtCounterAsync(dossier.Id, All(L.Satisfied, officials: L.VeryDissatisfied), "Chờ lâu ở quầy"));

        Assert.Equal((RatingChannel.Counter, 1, LocalNow.AddHours(2), true), (changed.Channel, changed.Changes, changed.RatedAt, changed.IsDislike));
        await using (var db = commune.Open())
        {
            Assert.Equal(1, await db.DossierRatings.CountAsync());
        }

        // Indicator 5.4 counts the rating once, as a dislike; per unit only for its own unit.
        Assert.Equal((1, 1), await Service(commune).DislikesAsync(D(9, 1), D(9, 30), null));
        Assert.Equal((1, 1), await Service(commune).DislikesAsync(D(9, 20), D(9, 20), unit));
        Assert.Equal((0, 0), await Service(commune).DislikesAsync(D(9, 1), D(9, 30), Guid.NewGuid()));
        Assert.Equal((0, 0), await Service(commune).DislikesAsync(D(9, 21), D(9, 30), null));

        // The ratings' index: four elements satisfied, officials not: 80.
        var results = await Service(commune).ResultsAsync(D(9, 1), D(9, 30));
        Assert.Equal((80.0, 1), (results.Ratings.Index!.Value, results.Ratings.Respondents));
        Assert.Equal(("Văn phòng HĐND và UBND", (double?)80), (Assert.Single(results.Units).UnitName, results.Units[0].Score.Index));
    }

    [Fact]
    public async Task A_dossier_of_another_commune_is_neither_found_nor_rated_through_this_communes_portal()
    {
        var (commune, dossier, _) = await ReturnedDossierAsync();
        await using var _ = commune;
        var neighbour = await NeighbourAsync(commune);

        var tenantContext = TenantContext.ForTenant(neighbour, "anonymous", readOnly: true);
        var elsewhere = new SatisfactionService(Storage.CreateContext(commune.Options, tenantContext, commune.Clock), commune.Clock);

        Assert.Null(await elsewhere.FindByKeyAsync(dossier.Code, dossier.LookupKey));
        Assert.Null(await elsewhere.FindAsync(dossier.Id));
        Refused(await elsewhere.RateByKeyAsync(dossier.Code, dossier.LookupKey, All(L.Satisfied), null), FailureKind.Invalid, "Key",
            "Mã hồ sơ và khóa tra cứu không khớp với hồ sơ nào của xã/phường. Vui lòng quét lại mã QR trên giấy tiếp nhận.");
        Assert.Null((await Service(commune).FindAsync(dossier.Id))!.Rating);
    }
}
