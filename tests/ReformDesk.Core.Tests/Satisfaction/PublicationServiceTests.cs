using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Satisfaction;
using ReformDesk.Core.Tests.Dossiers;
using ReformDesk.Core.Tests.Platform;
using static ReformDesk.Core.Tests.Satisfaction.SurveyDesk;
using E = ReformDesk.Core.Satisfaction.SatisfactionElement;
using L = ReformDesk.Core.Satisfaction.SatisfactionLevel;

namespace ReformDesk.Core.Tests.Satisfaction;

/// <summary>
/// The quarterly results the Chairman publishes (<see cref="PublicationService"/>) on real SQLite: what the preview computes,
/// that a quarter is published once and frozen, what the portal lists, and that no citizen's name, phone or comment is published.
/// </summary>
public sealed class PublicationServiceTests
{
    // 10:00 in Hà Nội on 20/09/2026: the third quarter is running.
    private static readonly DateTimeOffset Now = new(2026, 9, 20, 3, 0, 0, TimeSpan.Zero);
    private static readonly DateTime LocalNow = new(2026, 9, 20, 10, 0, 0);
    private static readonly Quarter Third = new(2026, 3);
    private const string Chairman = "Nguyễn Văn Ánh";
    private const string Applicant = "Nguyễn Thị Mai";
    private const string Phone = "0912345678";
    private const string Comment = "Cán bộ Lê Văn Tám hướng dẫn chưa rõ";

    private static DateOnly D(int m, int d) => new(2026, m, d);

    private static DateTime At(int m, int d, int hour = 9) => new(2026, m, d, hour, 0, 0);

    /// <summary>A fixed figure for feedback handled on time, standing in for the feedback module.</summary>
    private sealed class FixedFeedback(Ratio? ratio) : IFeedbackOnTimeSource
    {
        public Task<Ratio?> OnTimeAsync(DateOnly from, DateOnly to, CancellationToken ct) => Task.FromResult(ratio);
    }

    /// <summary>The publication service of <paramref name="tenantId"/> (the commune by default) as one web request has it.</summary>
    private static async Task<T> InAsync<T>(SqliteCommune commune, Func<PublicationService, Task<T>> work, Guid? tenantId = null, IFeedbackOnTimeSource? feedback = null)
    {
        await using var provider = CommuneServices.Build(commune);
        await using var scope = provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(tenantId ?? commune.TenantId, false);
        var services = scope.ServiceProvider;
        var service = feedback is null
            ? services.GetRequiredService<PublicationService>()
            : new PublicationService(services.GetRequiredService<ReformDeskDbContext>(), services.GetRequiredService<IndicatorService>(),
                services.GetRequiredService<SatisfactionService>(), feedback);
        return await work(service);
    }

    /// <summary>
    /// Third quarter: the office returns one dossier early (07/7, due 10/7) and one late (14/7, due 10/7); economy one early
    /// (15/7, due 20/7); the police has none. A June dossier belongs to the second quarter. The early office dossier is rated
    /// (officials dissatisfied) with a comment naming an official; one paper form answers TC1 satisfied and CC1 very satisfied.
    /// </summary>
    private static async Task<(SqliteCommune Commune, Dossier Rated)> QuarterAsync()
    {
        var commune = await SqliteCommune.CreateAsync(Now);
        var office = await commune.UnitAsync("Văn phòng HĐND và UBND");
        var economy = await commune.UnitAsync("Phòng Kinh tế");
        await commune.UnitAsync("Công an phường");
        var procedure = await DossierBuilder.ProcedureAsync(commune, "1.001193", "Đăng ký khai sinh");
        var rated = await Dossier(procedure, "H26-0001", office.Id, At(7, 1), D(7, 10), At(7, 7)).Applicant(Applicant, Phone).SaveAsync(commune);
        await Dossier(procedure, "H26-0002", office.Id, At(7, 1), D(7, 10), At(7, 14)).SaveAsync(commune);
        await Dossier(procedure, "H26-0003", economy.Id, At(7, 13), D(7, 20), At(7, 15)).SaveAsync(commune);
        await Dossier(procedure, "H26-0004", economy.Id, At(6, 1), D(6, 8), At(6, 5)).SaveAsync(commune);
        await DossierBuilder.MarkMonthsAsync(commune, D(6, 1), D(9, 1), procedure);

        var levels = SatisfactionText.Elements.ToDictionary(e => e, e => e == E.Officials ? L.Dissatisfied : L.Satisfied);
        await using (var db = commune.Open())
        {
            db.DossierRatings.Add(DossierRating.For(rated, levels, Comment, RatingChannel.Receipt, At(7, 8)));
            await db.SaveChangesAsync();
        }

        var campaign = await CampaignAsync(commune, D(7, 1), D(7, 31));
        await EnterAsync(commune, campaign.Id, Form("001", null, D(7, 15), ("TC1", L.Satisfied), ("CC1", L.VerySatisfied)) with { Comment = "Ông Trần Văn Bảy ở tổ 5 phản ánh" });
        return (commune, rated);
    }

    private static DossierBuilder Dossier(Procedure procedure, string code, Guid unit, DateTime received, DateOnly due, DateTime processed) =>
        new DossierBuilder(code, procedure, received).InUnit(unit).Appointment(due).Processed(processed, processed);

    [Fact]
    public async Task The_preview_gives_the_quarters_on_time_rates_overall_and_per_unit_with_dossiers_and_the_satisfaction_by_element()
    {
        var (commune, _) = await QuarterAsync();
        await using var _ = commune;

        var preview = await InAsync(commune, s => s.PreviewAsync(Third));

        Assert.Equal(("Phường Trần Hưng Đạo", 2026, 3, D(7, 1), D(9, 30)), (preview.CommuneName, preview.Year, preview.Quarter, preview.From, preview.To));
        // Two of three on time: 66,67 %. The June dossier is the second quarter's; the police had no dossier, so no row.
        Assert.Equal(new PublishedRate("Toàn xã/phường", 2, 3, 66.67), preview.OnTime);
        Assert.Equal([new PublishedRate("Phòng Kinh tế", 1, 1, 100), new PublishedRate("Văn phòng HĐND và UBND", 1, 2, 50)], preview.OnTimeByUnit);
        // Access: DG-1 and TC1 satisfied (100); officials: DG-3 dissatisfied, CC1 very satisfied (50); the rest 100 from the rating.
        Assert.Equal(
        [
            new PublishedRate("Tiếp cận dịch vụ", 2, 2, 100), new PublishedRate("Thủ tục hành chính", 1, 1, 100),
            new PublishedRate("Công chức trực tiếp giải quyết công việc", 1, 2, 50), new PublishedRate("Kết quả giải quyết", 1, 1, 100),
            new PublishedRate("Tiếp nhận, xử lý phản ánh, kiến nghị", 1, 1, 100),
        ], preview.SatisfactionByElement);
        Assert.Equal((90.0, 2), (preview.SatisfactionIndex!.Value, preview.Respondents));   // (100 + 100 + 50 + 100 + 100) ÷ 5
        Assert.Null(preview.FeedbackOnTime);   // no feedback was due: không có dữ liệu, not 0 %
    }

    [Fact]
    public async Task A_unit_no_longer_active_counts_in_the_communes_rate_but_gets_no_row_of_its_own()
    {
        var (commune, _) = await QuarterAsync();
        await using var _ = commune;
        var closed = await commune.UnitAsync("Tổ tiếp nhận cũ", active: false);
        var procedure = await DossierBuilder.ProcedureAsync(commune, "1.000656", "Chứng thực bản sao");
        await Dossier(procedure, "H26-0010", closed.Id, At(7, 1), D(7, 3), At(7, 2)).SaveAsync(commune);
        await DossierBuilder.MarkMonthsAsync(commune, D(7, 1), D(7, 1), procedure);

        var preview = await InAsync(commune, s => s.PreviewAsync(Third));

        Assert.Equal(new PublishedRate("Toàn xã/phường", 3, 4, 75), preview.OnTime);
        Assert.Equal(["Phòng Kinh tế", "Văn phòng HĐND và UBND"], preview.OnTimeByUnit.Select(u => u.Name));
    }

    [Fact]
    public async Task A_quarter_without_data_previews_empty_rates_and_no_index()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        await commune.UnitAsync("Văn phòng HĐND và UBND");

        var preview = await InAsync(commune, s => s.PreviewAsync(new Quarter(2026, 1)));

        Assert.Equal(new PublishedRate("Toàn xã/phường", 0, 0, null), preview.OnTime);
        Assert.Empty(preview.OnTimeByUnit);
        Assert.Equal((null, 0), (preview.SatisfactionIndex, preview.Respondents));
        Assert.All(preview.SatisfactionByElement, e => Assert.Equal((0L, 0L, (double?)null), (e.Numerator, e.Denominator, e.Percent)));
    }

    [Theory]
    [InlineData(5, 6, 83.33)]
    [InlineData(1, 3, 33.33)]
    [InlineData(0, 4, 0)]
    public async Task Feedback_handled_on_time_is_published_rounded_to_two_decimals(long onTime, long due, double percent)
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var preview = await InAsync(commune, s => s.PreviewAsync(Third), feedback: new FixedFeedback(new Ratio(onTime, due)));
        Assert.Equal(new PublishedRate("Phản ánh, kiến nghị xử lý đúng hạn", onTime, due, percent), preview.FeedbackOnTime);
    }

    [Fact]
    public async Task Publishing_stores_the_snapshot_once_and_later_data_does_not_change_it()
    {
        var (commune, rated) = await QuarterAsync();
        await using var _ = commune;

        var published = Ok(await InAsync(commune, s => s.PublishAsync(Third, Chairman, LocalNow)));
        Assert.Equal((2026, 3, Chairman, LocalNow), (published.Year, published.Quarter, published.PublishedBy, published.PublishedAt));

        // A late dossier entered afterwards changes the live preview, not what was published.
        var procedure = await DossierBuilder.ProcedureAsync(commune, "1.000656", "Chứng thực bản sao");
        await Dossier(procedure, "H26-0009", rated.UnitId!.Value, At(8, 3), D(8, 5), At(8, 12)).SaveAsync(commune);
        await DossierBuilder.MarkMonthsAsync(commune, D(8, 1), D(8, 1), procedure);
        Assert.Equal(new PublishedRate("Toàn xã/phường", 2, 4, 50), (await InAsync(commune, s => s.PreviewAsync(Third))).OnTime);

        var stored = (await InAsync(commune, s => s.ForAsync(Third)))!;
        Assert.Equal(published.Id, stored.Id);
        Assert.Equal(new PublishedRate("Toàn xã/phường", 2, 3, 66.67), stored.Snapshot.OnTime);
        Assert.Equal(90.0, stored.Snapshot.SatisfactionIndex);

        Refused(await InAsync(commune, s => s.PublishAsync(Third, "Phó Chủ tịch", LocalNow.AddHours(2))), FailureKind.Invalid, "Quarter",
            "Kết quả Quý III/2026 đã được công bố lúc 10:00 20/09/2026; số liệu đã công bố không thay đổi.");
        Assert.Single(await InAsync(commune, s => s.ListAsync()));
    }

    [Fact]
    public async Task The_published_snapshot_holds_figures_only_never_a_citizens_name_phone_or_comment()
    {
        var (commune, rated) = await QuarterAsync();
        await using var _ = commune;

        var json = Ok(await InAsync(commune, s => s.PublishAsync(Third, Chairman, LocalNow))).SnapshotJson;

        // The snapshot is JSON with non-ASCII letters escaped: look for each text as it would be written there.
        static string Written(string text) => JsonSerializer.Serialize(text)[1..^1];
        foreach (var personal in new[] { Applicant, Phone, Comment, "Trần Văn Bảy", rated.Code, rated.LookupKey!, Clerk })
        {
            Assert.DoesNotContain(Written(personal), json, StringComparison.Ordinal);
        }

        Assert.Contains(Written("Phường Trần Hưng Đạo"), json, StringComparison.Ordinal);
        Assert.Contains(Written("Văn phòng HĐND và UBND"), json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2026, 0, "Quý không hợp lệ (1–4).")]
    [InlineData(2026, 5, "Quý không hợp lệ (1–4).")]
    [InlineData(1999, 4, "Quý không hợp lệ (1–4).")]
    [InlineData(2026, 4, "Quý IV/2026 chưa bắt đầu, chưa thể công bố.")]
    [InlineData(2027, 1, "Quý I/2027 chưa bắt đầu, chưa thể công bố.")]
    public async Task A_quarter_that_does_not_exist_or_has_not_started_is_not_published(int year, int number, string message)
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        Refused(await InAsync(commune, s => s.PublishAsync(new Quarter(year, number), Chairman, LocalNow)), FailureKind.Invalid, "Quarter", message);
        Assert.Empty(await InAsync(commune, s => s.ListAsync()));
    }

    [Fact]
    public async Task The_portal_lists_published_quarters_newest_first_and_each_commune_sees_only_its_own()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var neighbour = await NeighbourAsync(commune);

        Assert.Null(await InAsync(commune, s => s.LatestAsync()));
        Ok(await InAsync(commune, s => s.PublishAsync(new Quarter(2026, 2), Chairman, LocalNow)));
        Ok(await InAsync(commune, s => s.PublishAsync(new Quarter(2025, 4), Chairman, LocalNow)));
        Ok(await InAsync(commune, s => s.PublishAsync(Third, Chairman, LocalNow)));

        Assert.Equal([(2026, 3), (2026, 2), (2025, 4)], (await InAsync(commune, s => s.ListAsync())).Select(p => (p.Year, p.Quarter)));
        Assert.Equal(Third, (await InAsync(commune, s => s.LatestAsync()))!.Snapshot.Period);
        Assert.Null(await InAsync(commune, s => s.ForAsync(new Quarter(2026, 1))));

        // The neighbour has published nothing, sees nothing of ours, and may publish its own third quarter.
        Assert.Empty(await InAsync(commune, s => s.ListAsync(), neighbour));
        Assert.Null(await InAsync(commune, s => s.ForAsync(Third), neighbour));
        var own = Ok(await InAsync(commune, s => s.PublishAsync(Third, "Chủ tịch Lê Chân", LocalNow), neighbour));
        Assert.Equal("Phường Lê Chân", own.Snapshot.CommuneName);
        Assert.Equal(3, (await InAsync(commune, s => s.ListAsync())).Count);
    }
}
