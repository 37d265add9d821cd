using ReformDesk.Core.Calendar;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Rules;

namespace ReformDesk.Core.Tests.Dossiers;

/// <summary>
/// The demo dossier logs a commune is seeded with: the same seed gives the same log, and the log is one a commune could have
/// kept — received on working days in office hours (online also in the evening), appointments counted in working days,
/// every end after its start and nothing after "now", and a believable mix of channels and outcomes.
/// </summary>
public sealed class DemoDossierGeneratorTests
{
    private static readonly Guid Tenant = new("00000000-0000-0000-0000-0000000000d1");
    private static readonly List<Procedure> Catalogue = DemoDossierGenerator.Procedures(Tenant);
    private static readonly DossierStatusRules Rules = new(WorkingDayCalendar.CreateDefault(2025, 2026));
    private static readonly WorkingDayCalendar Calendar = Rules.DueDates.Calendar;
    private static readonly DateOnly From = new(2026, 1, 1), To = new(2026, 3, 31);
    private static readonly DateTime Now = new(2026, 3, 31, 17, 0, 0);

    private static GeneratedDossiers Generate(int seed, int count = 2000) =>
        DemoDossierGenerator.Generate(Tenant, "DM", count, seed, Catalogue, From, To, Now, Rules);

    /// <summary>Everything a reader of the log sees of a dossier and its supplements (ids are fresh on every run).</summary>
    private static List<string> Log(GeneratedDossiers g)
    {
        var supplements = g.Supplements.ToLookup(s => s.DossierId);
        var code = Catalogue.ToDictionary(p => p.Id, p => p.Code);
        return g.Dossiers.Select(d => string.Join('|', d.Code, code[d.ProcedureId], d.ReceivedAt, d.Channel, d.AppointmentDate, d.ProcessedAt, d.ReturnedAt,
            d.RejectedAt, d.WithdrawnAt, d.ApplicantName, d.ApplicantPhone, d.Digitised, d.FullyOnline, d.PaidOnline, d.Visits,
            string.Join(';', supplements[d.Id].Select(s => $"{s.RequestedAt}>{s.SuppliedAt}")))).ToList();
    }

    [Fact]
    public void The_same_seed_gives_the_same_log_and_another_seed_another()
    {
        var first = Log(Generate(766));

        Assert.Equal(first, Log(Generate(766)));
        Assert.NotEqual(first, Log(Generate(767)));
    }

    [Fact]
    public void The_catalogue_has_the_communes_usual_procedures_with_same_day_ones_marked_and_fees_in_dong()
    {
        Assert.Equal(16, Catalogue.Count);
        Assert.All(Catalogue, p => Assert.Equal(Tenant, p.TenantId));
        Assert.Equal(Catalogue.Count, Catalogue.Select(p => p.Code).Distinct().Count());
        var birth = Catalogue.Single(p => p.Code == "1.001193");
        Assert.Equal(("Đăng ký khai sinh", true, (int?)null, (decimal?)null, true, true), (birth.Name, birth.SameDay, birth.ProcessingDays, birth.Fee, birth.FullyOnlineAllowed, birth.PostalAllowed));
        var land = Catalogue.Single(p => p.Code == "1.012790");
        Assert.Equal((false, (int?)20, (decimal?)100000, false, false, (string?)null), (land.SameDay, land.ProcessingDays, land.Fee, land.FullyOnlineAllowed, land.PostalAllowed, land.OnlineUrl));
        Assert.All(Catalogue, p => Assert.False(p.NeedsProcessingTime));
        Assert.All(Catalogue, p => Assert.False(string.IsNullOrEmpty(p.Documents)));
    }

    [Fact]
    public void Dossiers_are_received_on_working_days_of_the_period_in_office_hours_or_online_in_the_evening()
    {
        var g = Generate(1);

        Assert.Equal(2000, g.Dossiers.Count);
        Assert.All(g.Dossiers, d =>
        {
            var day = DateOnly.FromDateTime(d.ReceivedAt);
            Assert.InRange(day, From, To);
            Assert.True(Calendar.IsWorkingDay(day), $"{d.Code} received on {day}, not a working day");
            var hour = d.ReceivedAt.TimeOfDay;
            if (d.Channel == DossierChannel.Online) Assert.InRange(hour, new TimeSpan(7, 30, 0), new TimeSpan(22, 59, 0));
            else Assert.InRange(hour, new TimeSpan(7, 30, 0), new TimeSpan(16, 29, 0));
        });
        Assert.Contains(g.Dossiers, d => d.ReceivedAt.Hour >= 17);
    }

    [Fact]
    public void Codes_are_unique_numbered_per_day_of_receipt_in_order()
    {
        var g = Generate(2);

        Assert.Equal(g.Dossiers.Count, g.Dossiers.Select(d => d.Code).Distinct().Count());
        Assert.All(g.Dossiers, d => Assert.StartsWith($"DM-{d.ReceivedAt:yyMMdd}-", d.Code, StringComparison.Ordinal));
        Assert.All(g.Dossiers.GroupBy(d => d.ReceivedAt.Date), day =>
            Assert.Equal(Enumerable.Range(1, day.Count()).Select(n => $"DM-{day.Key:yyMMdd}-{n:0000}"), day.Select(d => d.Code)));
        Assert.Equal(g.Dossiers.Select(d => d.ReceivedAt.Date).Order(), g.Dossiers.Select(d => d.ReceivedAt.Date));
    }

    [Fact]
    public void Appointments_are_working_days_counted_in_working_days_from_the_receipt()
    {
        var g = Generate(3);
        var procedures = Catalogue.ToDictionary(p => p.Id);

        Assert.All(g.Dossiers, d =>
        {
            var p = procedures[d.ProcedureId];
            var received = DateOnly.FromDateTime(d.ReceivedAt);
            var appointment = d.AppointmentDate!.Value;
            Assert.True(Calendar.IsWorkingDay(appointment), $"{d.Code}: appointment {appointment} is not a working day");
            Assert.True(appointment >= received, $"{d.Code}: appointment {appointment} before receipt {received}");
            // N working days after the receipt day, or one more when received after the cut-off (same-day: 0).
            var days = p.ProcessingDays ?? 0;
            Assert.InRange(Calendar.CountWorkingDays(received, appointment), days, days + 1);
        });
    }

    [Fact]
    public void Every_end_follows_its_start_supplements_follow_each_other_and_nothing_happens_after_now()
    {
        var g = Generate(4);
        var supplements = g.Supplements.ToLookup(s => s.DossierId);

        Assert.All(g.Dossiers, d =>
        {
            Assert.True(d.ReceivedAt <= Now, $"{d.Code} received {d.ReceivedAt}, after now");
            var ends = new[] { d.ProcessedAt, d.RejectedAt, d.WithdrawnAt }.Where(t => t is not null).ToList();
            Assert.True(ends.Count <= 1, $"{d.Code} ends more than once");
            Assert.All(ends, t => Assert.InRange(t!.Value, d.ReceivedAt, Now));
            if (d.ReturnedAt is { } returned) Assert.InRange(returned, d.ProcessedAt!.Value, Now);
            var previous = d.ReceivedAt;
            foreach (var s in supplements[d.Id])
            {
                Assert.True(s.RequestedAt > previous && s.RequestedAt <= Now, $"{d.Code}: request at {s.RequestedAt} not after {previous} or after now");
                Assert.True(s.SuppliedAt is null || (s.SuppliedAt > s.RequestedAt && s.SuppliedAt <= Now), $"{d.Code}: supplied at {s.SuppliedAt}");
                Assert.True(d.ProcessedAt is null || s.SuppliedAt is null || d.ProcessedAt > s.SuppliedAt, $"{d.Code} processed before its supplement");
                previous = s.SuppliedAt ?? DateTime.MaxValue;
            }
        });
    }

    [Fact]
    public void The_log_mixes_channels_and_outcomes_as_a_commune_sees_them()
    {
        var g = Generate(5);
        var n = (double)g.Dossiers.Count;
        var requests = g.Supplements.GroupBy(s => s.DossierId).ToDictionary(x => x.Key, x => x.Count());
        var processed = g.Dossiers.Where(d => d.ProcessedAt is not null).ToList();
        var late = processed.Count(d => DateOnly.FromDateTime(d.ProcessedAt!.Value) > d.AppointmentDate && !requests.ContainsKey(d.Id));

        // 2026: about half online, a few by post, the rest at the counter.
        Assert.InRange(g.Dossiers.Count(d => d.Channel == DossierChannel.Online) / n, 0.35, 0.75);
        Assert.InRange(g.Dossiers.Count(d => d.Channel == DossierChannel.Postal) / n, 0.005, 0.05);
        Assert.InRange(g.Dossiers.Count(d => d.Channel == DossierChannel.Counter) / n, 0.2, 0.6);
        // Mostly processed, a few refused or withdrawn, the latest still open at the end of March.
        Assert.InRange(processed.Count / n, 0.85, 0.99);
        Assert.InRange(g.Dossiers.Count(d => d.RejectedAt is not null) / n, 0.01, 0.05);
        Assert.InRange(g.Dossiers.Count(d => d.WithdrawnAt is not null) / n, 0.003, 0.03);
        Assert.Contains(g.Dossiers, d => d.ProcessedAt is null && d.RejectedAt is null && d.WithdrawnAt is null && d.ReceivedAt.Month == 3);
        // Mostly on time; late ones exist without being the rule.
        Assert.InRange(late / (double)processed.Count, 0.01, 0.15);
        // About 6% asked to supplement, a few of them twice.
        Assert.InRange(requests.Count / n, 0.03, 0.1);
        Assert.Contains(requests.Values, c => c == 2);
        Assert.DoesNotContain(requests.Values, c => c > 2);
        // Most digitised.
        Assert.InRange(g.Dossiers.Count(d => d.Digitised) / n, 0.8, 1.0);
    }

    [Fact]
    public void Online_extras_only_where_the_channel_and_procedure_allow_and_counter_visits_grow_with_each_supplement()
    {
        var g = Generate(6);
        var procedures = Catalogue.ToDictionary(p => p.Id);
        var requests = g.Supplements.ToLookup(s => s.DossierId);

        Assert.All(g.Dossiers.Where(d => d.FullyOnline), d => Assert.True(d.Channel == DossierChannel.Online && procedures[d.ProcedureId].FullyOnlineAllowed));
        Assert.All(g.Dossiers.Where(d => d.PaidOnline), d => Assert.True(d.Channel == DossierChannel.Online && procedures[d.ProcedureId].Fee > 0));
        Assert.All(g.Dossiers, d => Assert.Equal(d.Channel == DossierChannel.Counter ? 1 + requests[d.Id].Count() : 0, d.Visits));
        Assert.Contains(g.Dossiers, d => d.FullyOnline);
        Assert.Contains(g.Dossiers, d => d.PaidOnline);
        Assert.All(g.Dossiers, d => Assert.Matches("^09[0-9]{8}$", d.ApplicantPhone!));
    }

    [Fact]
    public void Only_the_procedures_given_are_used()
    {
        var two = Catalogue.Where(p => p.Code is "1.001193" or "1.004194").ToList();

        var g = DemoDossierGenerator.Generate(Tenant, "DM", 200, 7, two, From, To, Now, Rules);

        Assert.Equal(two.Select(p => p.Id).Order(), g.Dossiers.Select(d => d.ProcedureId).Distinct().Order());
    }

    private static readonly Guid Office = Guid.NewGuid(), Economy = Guid.NewGuid(), Police = Guid.NewGuid(), Culture = Guid.NewGuid(), Justice = Guid.NewGuid();

    [Fact]
    public void Demo_dossiers_go_to_the_office_that_handles_their_field_as_the_seeds_name_it()
    {
        // Trần Hưng Đạo's units, as its plan writes them.
        IReadOnlyList<(Guid, string)> ward =
        [
            (Culture, "Phòng Văn hóa – Xã hội"), (Office, "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường"),
            (Economy, "Phòng Kinh tế, Hạ tầng và Đô thị"), (Police, "Công an phường"),
        ];
        Assert.Equal(Office, DemoDossierGenerator.UnitFor("Chứng thực", ward));
        Assert.Equal(Office, DemoDossierGenerator.UnitFor("Hộ tịch", ward));
        Assert.Equal(Police, DemoDossierGenerator.UnitFor("Đăng ký, quản lý cư trú", ward));
        Assert.Equal(Economy, DemoDossierGenerator.UnitFor("Đất đai", ward));
        Assert.Equal(Economy, DemoDossierGenerator.UnitFor("Hoạt động xây dựng", ward));
        Assert.Equal(Culture, DemoDossierGenerator.UnitFor("Bảo trợ xã hội", ward));

        // Hải Hòa (2024) still had a justice officer; a field nobody handles stays at the one-stop desk (null).
        IReadOnlyList<(Guid, string)> old = [(Justice, "Tư pháp - Hộ tịch"), (Office, "Công chức Văn phòng - Thống kê")];
        Assert.Equal(Justice, DemoDossierGenerator.UnitFor("Hộ tịch", old));
        Assert.Null(DemoDossierGenerator.UnitFor("Đăng ký, quản lý cư trú", old));
        Assert.Null(DemoDossierGenerator.UnitFor(null, old));
    }
}
