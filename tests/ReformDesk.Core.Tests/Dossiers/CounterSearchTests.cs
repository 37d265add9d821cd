using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Dossiers;

namespace ReformDesk.Core.Tests.Dossiers;

/// <summary>
/// The counter's search keys: the migration's SQL that fills them for dossiers stored before they existed folds names and phones
/// exactly as the C# does on save (run here on SQLite), and the receipt's lookup key as typed, printed or scanned.
/// </summary>
public sealed class CounterSearchTests() : DossierCommuneTest(new(2026, 3, 11, 10, 0, 0, TimeSpan.FromHours(7)))
{
    public static TheoryData<string?, string?> Applicants() => new()
    {
        { "Nguyễn Văn Đức", "0912 345 678" },
        { "  TRẦN THỊ HỒNG NHUNG ", "0987.654.321" },
        { "Lê Hữu Ước", "+84 (24) 3825-1234" },
        { "Đặng Thị Ánh Tuyết", "024/3825/1234" },
        { "Hoàng  Thùy Dương", "" },
        { "Phạm Quỳnh Ỷ", null },
        { "   ", "0912345678" },
    };

    [Theory]
    [MemberData(nameof(Applicants))]
    public async Task The_migrations_backfill_folds_names_and_phones_as_a_save_does(string? name, string? phone)
    {
        var saved = await Received("HS-01", 2).Applicant(name!, phone).SaveAsync(Commune);
        await using var db = Commune.Open();
        await db.Database.ExecuteSqlRawAsync("UPDATE \"Dossiers\" SET \"ApplicantSearch\" = NULL, \"PhoneDigits\" = NULL");

        await db.Database.ExecuteSqlRawAsync(CounterSearch.BackfillSql(postgres: false));

        var filled = await db.Dossiers.AsNoTracking().Select(d => new { d.ApplicantSearch, d.PhoneDigits }).SingleAsync();
        Assert.Equal((saved.ApplicantSearch, saved.PhoneDigits), (filled.ApplicantSearch, filled.PhoneDigits));
    }

    [Fact]
    public async Task After_the_backfill_an_old_dossier_is_found_by_its_name_without_diacritics()
    {
        await Received("HS-01", 2).Applicant("Đặng Thị Ánh Tuyết", "0912 345 678").SaveAsync(Commune);
        await using (var db = Commune.Open())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE \"Dossiers\" SET \"ApplicantSearch\" = NULL, \"PhoneDigits\" = NULL");
            Assert.Empty((await DossierBuilder.Service(Commune).ListAsync(new DossierFilter(Search: "anh tuyet"))).Rows);
            await db.Database.ExecuteSqlRawAsync(CounterSearch.BackfillSql(postgres: false));
        }

        Assert.Single((await DossierBuilder.Service(Commune).ListAsync(new DossierFilter(Search: "anh tuyet"))).Rows);
        Assert.Single((await DossierBuilder.Service(Commune).ListAsync(new DossierFilter(Search: "345 678"))).Rows);
    }

    [Fact]
    public void The_postgres_backfill_translates_every_vietnamese_letter_to_its_plain_one()
    {
        var sql = CounterSearch.BackfillSql(postgres: true);
        const string opening = "translate(btrim(\"ApplicantName\"), '";
        var translate = sql[(sql.IndexOf(opening, StringComparison.Ordinal) + opening.Length)..];
        var parts = translate.Split("', '");
        var (from, to) = (parts[0], parts[1][..parts[1].IndexOf('\'')]);

        Assert.Equal(from.Length, to.Length);
        foreach (var (letter, plain) in new[] { ('ữ', 'u'), ('Ư', 'u'), ('ặ', 'a'), ('Ỷ', 'y'), ('ồ', 'o'), ('é', 'e'), ('đ', 'd'), ('Đ', 'd') })
        {
            Assert.Equal(plain, to[from.IndexOf(letter, StringComparison.Ordinal)]);
        }

        Assert.Contains("replace(\"ApplicantPhone\", ' ', '')", sql, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ABCD-EFGH-JKMN", "ABCDEFGHJKMN")]
    [InlineData(" abcd efgh jkmn ", "ABCDEFGHJKMN")]
    [InlineData("23456789.ABCD", "23456789ABCD")]
    [InlineData("ABCD-EFGH-JKM", null)]
    [InlineData("ABCD-EFGH-JKMNP", null)]
    [InlineData("ABCD-EFGH-JKM0", null)]
    [InlineData("ABCD-EFGH-JKMO", null)]
    [InlineData("ABCD-EFGH-JKM1", null)]
    [InlineData("ABCD-EFGH-JKML", null)]
    [InlineData("ABCD_EFGH_JKMN", null)]
    [InlineData(null, null)]
    public void A_typed_key_is_read_without_spaces_dashes_or_case_and_look_alike_characters_are_refused(string? typed, string? key) =>
        Assert.Equal(key, LookupKeys.Normalize(typed));

    [Fact]
    public void A_typed_key_longer_than_forty_characters_is_not_read_even_if_mostly_spaces() =>
        Assert.Null(LookupKeys.Normalize("ABCD-EFGH-JKMN" + new string(' ', 27)));

    [Fact]
    public void New_keys_are_printed_in_groups_of_four_and_read_back_as_printed()
    {
        var keys = Enumerable.Range(0, 50).Select(_ => LookupKeys.New()).ToList();

        Assert.All(keys, k => Assert.Equal(k, LookupKeys.Normalize(LookupKeys.Display(k))));
        Assert.All(keys, k => Assert.Matches("^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}$", LookupKeys.Display(k)));
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public void A_dossier_stored_before_keys_gets_one_once()
    {
        var old = new Dossier { Code = "HS-01" };

        Assert.True(old.EnsureLookupKey());
        var key = old.LookupKey;
        Assert.False(old.EnsureLookupKey());
        Assert.Equal(key, old.LookupKey);
        Assert.Equal(key, LookupKeys.Normalize(key));
    }
}
