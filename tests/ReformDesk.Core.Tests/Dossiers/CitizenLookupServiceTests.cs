using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Tests.Dossiers;

/// <summary>
/// The citizens' public lookup on SQLite: by code and receipt key, by code and the phone's last 4 digits with failures counted
/// per code per Vietnam day (the raw ON CONFLICT statement), and never a dossier of another commune on a commune's portal.
/// Today is Wednesday 11/03/2026 10:00 in Hà Nội.
/// </summary>
public sealed class CitizenLookupServiceTests() : DossierCommuneTest(new(2026, 3, 11, 10, 0, 0, TimeSpan.FromHours(7)))
{
    private const string Code = "TN-260302-0001";

    private static readonly CitizenLookupResult Found = new(Code, "Đăng ký khai sinh", new DateTime(2026, 3, 2, 9, 0, 0), new DateOnly(2026, 3, 5),
        DossierStatus.ResolvedEarly, "Đã giải quyết trước hạn");

    /// <summary>The service as one web request has it.</summary>
    private CitizenLookupService Lookup()
    {
        var db = Commune.Open();
        return new CitizenLookupService(db, DossierBuilder.Service(Commune, db), Options.Create(new CitizenLookupOptions()));
    }

    /// <summary>Mr Đức's birth registration, received Monday 02/03 and processed on the 4th, a day before it was due.</summary>
    private Task<Dossier> SaveDucAsync() =>
        Received(Code, 2).Applicant("Nguyễn Văn Đức", "0912 345 678").Processed(new DateTime(2026, 3, 4, 15, 0, 0)).SaveAsync(Commune);

    private async Task<int?> FailuresAsync(string code, DateOnly day)
    {
        await using var db = Commune.Open();
        return await db.LookupAttempts.Where(a => a.Code == code && a.Day == day).Select(a => (int?)a.Failures).SingleOrDefaultAsync();
    }

    [Fact]
    public async Task A_dossier_is_found_by_its_code_and_the_key_as_printed_or_typed()
    {
        var duc = await SaveDucAsync();
        var other = await Received("TN-260303-0001", 3).SaveAsync(Commune);
        var key = duc.LookupKey!;

        Assert.Equal(Found, await Lookup().ByKeyAsync(Code, key));
        Assert.Equal(Found, await Lookup().ByKeyAsync($" {Code.ToLowerInvariant()} ", LookupKeys.Display(key).ToLowerInvariant()));
        Assert.Equal(Found, await Lookup().ByKeyAsync(Code, key, communeId: Commune.TenantId));

        Assert.Null(await Lookup().ByKeyAsync(Code, LookupKeys.New()));
        Assert.Null(await Lookup().ByKeyAsync(Code, other.LookupKey));
        Assert.Null(await Lookup().ByKeyAsync(other.Code, key));
        Assert.Null(await Lookup().ByKeyAsync(Code, key[..^1]));
        Assert.Null(await Lookup().ByKeyAsync("  ", key));
        Assert.Null(await Lookup().ByKeyAsync(Code, null));
        Assert.Null(await FailuresAsync(Code, new DateOnly(2026, 3, 11)));
    }

    [Fact]
    public async Task The_phone_digits_open_the_dossier_until_five_wrong_guesses_close_the_code_for_the_rest_of_the_day()
    {
        var duc = await SaveDucAsync();
        var today = new DateOnly(2026, 3, 11);

        Assert.Equal(new CitizenLookupOutcome(Found), await Lookup().ByPhoneAsync(Code, " 5678 "));
        Assert.Equal(new CitizenLookupOutcome(Found), await Lookup().ByPhoneAsync($" {Code.ToLowerInvariant()} ", "5678"));
        Assert.Null(await FailuresAsync(Code, today));

        foreach (var wrong in new[] { "1234", "678", "abcd", "" })
        {
            Assert.Equal(new CitizenLookupOutcome(null), await Lookup().ByPhoneAsync(Code, wrong));
        }

        Assert.Equal(4, await FailuresAsync(Code, today));
        Assert.Equal(Found, (await Lookup().ByPhoneAsync(Code, "5678")).Result);
        Assert.Equal(new CitizenLookupOutcome(null), await Lookup().ByPhoneAsync(Code.ToLowerInvariant(), "0000"));
        Assert.Equal(5, await FailuresAsync(Code, today));

        var closed = await Lookup().ByPhoneAsync(Code, "5678");
        Assert.Equal((null, TimeSpan.FromHours(14), true), (closed.Result, closed.RetryAfter, closed.Limited));
        Assert.Equal(5, await FailuresAsync(Code, today));
        Assert.Equal(Found, await Lookup().ByKeyAsync(Code, duc.LookupKey));
        Assert.Equal(new CitizenLookupOutcome(null), await Lookup().ByPhoneAsync("TN-260302-0002", "5678"));

        Commune.Clock.Advance(TimeSpan.FromHours(14));
        Assert.Equal(new CitizenLookupOutcome(Found), await Lookup().ByPhoneAsync(Code, "5678"));
    }

    [Fact]
    public async Task Counting_a_failure_forgets_the_counts_older_than_a_week()
    {
        await using (var db = Commune.Open())
        {
            db.LookupAttempts.AddRange(
                new LookupAttempt { Code = Code, Day = new DateOnly(2026, 3, 3), Failures = 5 },
                new LookupAttempt { Code = Code, Day = new DateOnly(2026, 3, 4), Failures = 2 });
            await db.SaveChangesAsync();
        }

        Assert.Equal(new CitizenLookupOutcome(null), await Lookup().ByPhoneAsync(Code, "1234"));

        Assert.Null(await FailuresAsync(Code, new DateOnly(2026, 3, 3)));
        Assert.Equal(2, await FailuresAsync(Code, new DateOnly(2026, 3, 4)));
        Assert.Equal(1, await FailuresAsync(Code, new DateOnly(2026, 3, 11)));
    }

    [Fact]
    public async Task A_communes_portal_never_shows_another_communes_dossier()
    {
        await SaveDucAsync();
        var (otherId, otherDb) = await OtherCommuneAsync();
        await using var _ = otherDb;
        var marriage = new Procedure { Code = "1.000894", Name = "Đăng ký kết hôn", ProcessingDays = 5, Field = "Hộ tịch" };
        otherDb.Procedures.Add(marriage);
        var theirs = await new DossierBuilder(Code, marriage, new DateTime(2026, 3, 10, 8, 0, 0)).Applicant("Trần Thị Mai", "0987 654 321").SaveAsync(otherDb);

        Assert.Null(await Lookup().ByKeyAsync(Code, theirs.LookupKey, communeId: Commune.TenantId));
        Assert.Equal(new CitizenLookupOutcome(null), await Lookup().ByPhoneAsync(Code, "4321", communeId: Commune.TenantId));
        Assert.Equal(Found, (await Lookup().ByPhoneAsync(Code, "5678", communeId: Commune.TenantId)).Result);

        var national = await Lookup().ByKeyAsync(Code, theirs.LookupKey);
        Assert.Equal(("Đăng ký kết hôn", new DateTime(2026, 3, 10, 8, 0, 0)), (national!.ProcedureName, national.ReceivedAt));
        Assert.Equal("Đăng ký kết hôn", (await Lookup().ByPhoneAsync(Code, "4321", communeId: otherId)).Result!.ProcedureName);
        Assert.Equal(Found, (await Lookup().ByPhoneAsync(Code, "5678")).Result);
        Assert.Null(await Lookup().ByKeyAsync(Code, theirs.LookupKey, communeId: Guid.NewGuid()));
    }

    /// <summary>What a citizen sees for each state of a birth registration received Monday 02/03 09:00 (due Thursday 05/03).</summary>
    public static TheoryData<string, DossierStatus, string, int> PublicStates() => new()
    {
        { "", DossierStatus.PendingOverdue, "Quá hạn (đang giải quyết)", 5 },
        // Paused since Tue 03/03 with one of its three days used: the two left run from today, Wed 11/03.
        { "supplement", DossierStatus.Pending, "Đang chờ công dân bổ sung hồ sơ", 13 },
        { "late", DossierStatus.ResolvedLate, "Đã giải quyết quá hạn", 5 },
        { "rejected", DossierStatus.Rejected, "Từ chối giải quyết", 0 },
        { "withdrawn", DossierStatus.Withdrawn, "Đã rút hồ sơ", 0 },
    };

    [Theory]
    [MemberData(nameof(PublicStates))]
    public async Task The_public_view_gives_the_status_in_plain_words_and_a_due_date_only_while_one_applies(string state, DossierStatus status, string text, int dueDay)
    {
        var at = new DateTime(2026, 3, 3, 9, 0, 0);
        var builder = Received(Code, 2).Applicant("Nguyễn Văn Đức", "0912 345 678");
        _ = state switch
        {
            "supplement" => builder.Supplement(at),
            "late" => builder.Processed(new DateTime(2026, 3, 9, 9, 0, 0)),
            "rejected" => builder.Rejected(at),
            "withdrawn" => builder.Withdrawn(at),
            _ => builder,
        };
        var saved = await builder.SaveAsync(Commune);

        var seen = await Lookup().ByKeyAsync(Code, saved.LookupKey);

        DateOnly? due = dueDay == 0 ? null : new DateOnly(2026, 3, dueDay);
        Assert.Equal(new CitizenLookupResult(Code, "Đăng ký khai sinh", new DateTime(2026, 3, 2, 9, 0, 0), due, status, text), seen);
        Assert.Equal(seen, (await Lookup().ByPhoneAsync(Code, "5678")).Result);
    }

    [Fact]
    public async Task The_public_view_carries_no_name_phone_or_key_of_the_applicant()
    {
        var duc = await SaveDucAsync();

        var seen = await Lookup().ByKeyAsync(Code, duc.LookupKey);

        var shown = string.Join("|", typeof(CitizenLookupResult).GetProperties().Select(p => Convert.ToString(p.GetValue(seen), System.Globalization.CultureInfo.InvariantCulture)));
        Assert.DoesNotContain("Nguyễn", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("345", shown, StringComparison.Ordinal);
        Assert.DoesNotContain(duc.LookupKey!, shown, StringComparison.Ordinal);
        Assert.Equal(["Code", "ProcedureName", "ReceivedAt", "DueDate", "Status", "StatusText"], typeof(CitizenLookupResult).GetProperties().Select(p => p.Name));
    }

    [Fact]
    public async Task A_dossier_without_a_key_cannot_be_opened_by_any_key_and_a_code_too_long_is_not_counted()
    {
        await Received(Code, 2).With(d => d.LookupKey = null).Applicant("Nguyễn Văn Đức", "0912 345 678").SaveAsync(Commune);

        Assert.Null(await Lookup().ByKeyAsync(Code, LookupKeys.New()));
        Assert.Null(await Lookup().ByKeyAsync(Code, ""));
        Assert.NotNull((await Lookup().ByPhoneAsync(Code, "5678")).Result);

        var tooLong = new string('A', 61);
        Assert.Equal(new CitizenLookupOutcome(null), await Lookup().ByPhoneAsync(tooLong, "5678"));
        Assert.Null(await FailuresAsync(tooLong[..60], new DateOnly(2026, 3, 11)));
        await using var db = Commune.Open();
        Assert.Empty(db.LookupAttempts);
    }

    /// <summary>A second commune in the same database, and a context opened for it.</summary>
    private async Task<(Guid, ReformDeskDbContext)> OtherCommuneAsync()
    {
        var id = Guid.NewGuid();
        await using (var system = Commune.OpenSystem())
        {
            system.Tenants.Add(new Tenant { Id = id, Code = "HP-NQ", Name = "Phường Ngô Quyền", Kind = TenantKind.Commune });
            await system.SaveChangesAsync();
        }

        return (id, Commune.OpenFor(id));
    }
}
