using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Tests.Platform;

namespace ReformDesk.Core.Tests.Dossiers;

/// <summary>
/// The dossier list on SQLite: the counter's search (code, name without diacritics, phone digits), the year/month and status
/// filters, paging, and the procedure catalogue with its dossier counts. Today is Wednesday 11/03/2026 10:00 (no holiday in March).
/// </summary>
public sealed class DossierServiceTests() : DossierCommuneTest(new(2026, 3, 11, 10, 0, 0, TimeSpan.FromHours(7)))
{

    private async Task<IReadOnlyList<string>> SearchAsync(string text) =>
        (await DossierBuilder.Service(Commune).ListAsync(new DossierFilter(Search: text))).Rows.Select(r => r.Dossier.Code).Order().ToList();

    private async Task SeedApplicantsAsync()
    {
        await new DossierBuilder("TN-260302-0001", Birth, new DateTime(2026, 3, 2, 9, 0, 0)).Applicant("Nguyễn Văn Đức", "0912 345 678").SaveAsync(Commune);
        await new DossierBuilder("TN-260303-0001", Birth, new DateTime(2026, 3, 3, 9, 0, 0)).Applicant("Trần Thị Hồng Nhung", "0987.654.321").SaveAsync(Commune);
        await new DossierBuilder("HS-2026-0345", Birth, new DateTime(2026, 3, 4, 9, 0, 0)).Applicant("Lê Hữu Ước").SaveAsync(Commune);
    }

    [Theory]
    [InlineData("tn-2603", new[] { "TN-260302-0001", "TN-260303-0001" })]
    [InlineData("nguyen van duc", new[] { "TN-260302-0001" })]
    [InlineData("NGUYỄN VĂN", new[] { "TN-260302-0001" })]
    [InlineData("  hồng nhung ", new[] { "TN-260303-0001" })]
    [InlineData("uoc", new[] { "HS-2026-0345" })]
    [InlineData("0912 345", new[] { "TN-260302-0001" })]
    [InlineData("654.321", new[] { "TN-260303-0001" })]
    [InlineData("0345", new[] { "HS-2026-0345" })]
    [InlineData("Phạm", new string[0])]
    public async Task The_counter_search_finds_by_code_name_without_diacritics_or_phone_digits(string text, string[] expected)
    {
        await SeedApplicantsAsync();
        Assert.Equal(expected, await SearchAsync(text));
    }

    [Fact]
    public async Task Two_digits_are_not_a_phone_search_but_part_of_a_code_or_name()
    {
        await SeedApplicantsAsync();
        // "98" is in Trần Thị Hồng Nhung's phone but is too short to be a phone search; "987" is one.
        Assert.Empty(await SearchAsync("98"));
        Assert.Equal(["TN-260303-0001"], await SearchAsync("987"));
        Assert.Equal(["HS-2026-0345", "TN-260302-0001", "TN-260303-0001"], await SearchAsync("03"));
    }

    [Fact]
    public async Task A_page_holds_fifty_newest_first_and_the_total_counts_every_match()
    {
        for (var i = 1; i <= DossierService.PageSize + 2; i++)
        {
            await new DossierBuilder($"HS-{i:000}", Birth, new DateTime(2026, 2, 2, 8, 0, 0).AddHours(i)).SaveAsync(Commune);
        }

        var service = DossierBuilder.Service(Commune);
        var first = await service.ListAsync(new DossierFilter());
        Assert.Equal((52, 2, 50), (first.Total, first.Pages, first.Rows.Count));
        Assert.Equal("HS-052", first.Rows[0].Dossier.Code);
        var second = await service.ListAsync(new DossierFilter(Page: 2));
        Assert.Equal(["HS-002", "HS-001"], second.Rows.Select(r => r.Dossier.Code));
        Assert.Equal("Đăng ký khai sinh", second.Rows[0].ProcedureName);
        Assert.Equal(first.Rows[0].Dossier.Code, (await service.ListAsync(new DossierFilter(Page: -3))).Rows[0].Dossier.Code);
    }

    [Fact]
    public async Task Year_and_month_filters_take_the_received_moment_and_a_month_out_of_range_means_the_year()
    {
        await new DossierBuilder("HS-1231", Birth, new DateTime(2025, 12, 31, 23, 59, 0)).SaveAsync(Commune);
        await new DossierBuilder("HS-0101", Birth, new DateTime(2026, 1, 1, 0, 0, 0)).SaveAsync(Commune);
        await new DossierBuilder("HS-0228", Birth, new DateTime(2026, 2, 28, 16, 0, 0)).SaveAsync(Commune);
        var service = DossierBuilder.Service(Commune);
        async Task<string[]> Codes(DossierFilter f) => (await service.ListAsync(f)).Rows.Select(r => r.Dossier.Code).Order().ToArray();

        Assert.Equal(["HS-0101"], await Codes(new DossierFilter(Year: 2026, Month: 1)));
        Assert.Equal(["HS-0101", "HS-0228"], await Codes(new DossierFilter(Year: 2026, Month: 13)));
        Assert.Equal(["HS-1231"], await Codes(new DossierFilter(Year: 2025)));
        Assert.Equal(["HS-0228"], await Codes(new DossierFilter(Code: " HS-0228 ")));
    }

    [Fact]
    public async Task The_status_filter_evaluates_each_dossier_as_of_now()
    {
        // 3 working days: received Mon 02/03 → due Thu 05/03 (overdue now); received Tue 10/03 → due Fri 13/03 (2 days left: at risk).
        await new DossierBuilder("HS-LATE", Birth, new DateTime(2026, 3, 2, 9, 0, 0)).SaveAsync(Commune);
        await new DossierBuilder("HS-SOON", Birth, new DateTime(2026, 3, 10, 9, 0, 0)).SaveAsync(Commune);
        await new DossierBuilder("HS-DONE", Birth, new DateTime(2026, 3, 2, 9, 0, 0)).Processed(new DateTime(2026, 3, 4, 9, 0, 0)).SaveAsync(Commune);
        await new DossierBuilder("HS-WAIT", Birth, new DateTime(2026, 3, 2, 9, 0, 0)).Supplement(new DateTime(2026, 3, 3, 9, 0, 0)).SaveAsync(Commune);
        var service = DossierBuilder.Service(Commune);

        var overdue = await service.ListAsync(new DossierFilter(Status: DossierStatus.PendingOverdue));
        Assert.Equal(["HS-LATE"], overdue.Rows.Select(r => r.Dossier.Code));
        Assert.Equal(1, overdue.Total);
        var soon = Assert.Single((await service.ListAsync(new DossierFilter(Status: DossierStatus.PendingAtRisk))).Rows);
        Assert.Equal(("HS-SOON", new DateOnly(2026, 3, 13), 2), (soon.Dossier.Code, soon.Evaluation!.DueDate, soon.Evaluation.WorkingDaysToDue!.Value));
        Assert.Equal(["HS-DONE"], (await service.ListAsync(new DossierFilter(Status: DossierStatus.ResolvedEarly))).Rows.Select(r => r.Dossier.Code));
        var waiting = Assert.Single((await service.ListAsync(new DossierFilter(Status: DossierStatus.Pending))).Rows);
        Assert.Equal("Đang chờ công dân bổ sung hồ sơ", DossierStatusText.Public(waiting.Evaluation!));
        Assert.Equal("Quá hạn (đang giải quyết)", DossierStatusText.Of(overdue.Rows[0].Status));
    }

    [Fact]
    public async Task The_catalogue_lists_procedures_by_field_then_name_with_their_dossier_counts()
    {
        var residence = await DossierBuilder.ProcedureAsync(Commune, "1.004194", "Đăng ký thường trú", days: 7, field: "Cư trú");
        var death = await DossierBuilder.ProcedureAsync(Commune, "1.000656", "Đăng ký khai tử", days: 1, field: "Hộ tịch");
        await new DossierBuilder("HS-1", Birth, new DateTime(2026, 3, 2, 9, 0, 0)).SaveAsync(Commune);
        await new DossierBuilder("HS-2", Birth, new DateTime(2026, 3, 3, 9, 0, 0)).SaveAsync(Commune);
        await new DossierBuilder("HS-3", residence, new DateTime(2026, 3, 3, 9, 0, 0)).SaveAsync(Commune);

        var rows = await DossierBuilder.Service(Commune).ProceduresAsync();
        Assert.Equal([("Đăng ký thường trú", 1), ("Đăng ký khai sinh", 2), ("Đăng ký khai tử", 0)], rows.Select(r => (r.Procedure.Name, r.Dossiers)));
        Assert.Equal(death.Id, rows[2].Procedure.Id);
    }

    [Theory]
    [InlineData(null, 5, false, ProcessingTimeKind.WorkingDays, 5)]
    [InlineData(4, 5, false, ProcessingTimeKind.WorkingHours, 4)]
    [InlineData(null, 5, true, ProcessingTimeKind.SameDay, 0)]
    [InlineData(null, null, false, ProcessingTimeKind.SameDay, 0)]
    [InlineData(0, 0, false, ProcessingTimeKind.SameDay, 0)]
    public void A_procedures_processing_time_prefers_hours_then_days_and_an_unknown_one_is_same_day(int? hours, int? days, bool sameDay, ProcessingTimeKind kind, int amount)
    {
        var procedure = new Procedure { ProcessingHours = hours, ProcessingDays = days, SameDay = sameDay };
        Assert.Equal((kind, amount), (procedure.ProcessingTime.Kind, procedure.ProcessingTime.Amount));
        Assert.Equal(hours is null && days is null && !sameDay, procedure.NeedsProcessingTime);
    }
}
