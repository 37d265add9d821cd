using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using ReformDesk.Core.CitizenVoice;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Tests.Dossiers;
using ReformDesk.Core.Tests.Platform;

namespace ReformDesk.Core.Tests.CitizenVoice;

/// <summary>The public portal's lookups on a real SQLite database: the commune of a portal address, the procedure catalogue and its public information, and the feedback corpus.</summary>
public sealed class PublicPortalTests
{
    private static async Task<SqliteCommune> CatalogueAsync()
    {
        var commune = await SqliteCommune.CreateAsync(FeedbackDesk.Now);
        await DossierBuilder.ProcedureAsync(commune, "1.001193", "Đăng ký khai sinh", days: null, sameDay: true, field: "Hộ tịch");
        await DossierBuilder.ProcedureAsync(commune, "1.000894", "Đăng ký kết hôn", days: 5, field: "Hộ tịch", fullyOnline: true);
        await DossierBuilder.ProcedureAsync(commune, "2.000908", "Chứng thực bản sao từ bản chính", days: null, hours: 8, field: "Chứng thực");
        await DossierBuilder.ProcedureAsync(commune, "1.004227", "Cấp giấy phép xây dựng nhà ở riêng lẻ", days: null, field: null);
        return commune;
    }

    [Theory]
    [InlineData(null, "1.004227|2.000908|1.001193|1.000894")]
    [InlineData("dang ky", "1.001193|1.000894")]
    [InlineData("  ĐĂNG KÝ   khai ", "1.001193")]
    [InlineData("ho tich ket", "1.000894")]
    [InlineData("2.000908", "2.000908")]
    [InlineData("khai sinh kết hôn", "")]
    public async Task The_catalogue_is_searched_word_by_word_without_diacritics_by_field_then_name(string? query, string codes)
    {
        await using var commune = await CatalogueAsync();
        await using var db = commune.Open();
        var found = await new PublicCatalogue(db).SearchAsync(commune.TenantId, query);
        Assert.Equal(codes, string.Join('|', found.Select(p => p.Code)));
    }

    [Fact]
    public async Task Each_procedure_shows_its_time_documents_and_channels()
    {
        await using var commune = await CatalogueAsync();
        await using var db = commune.Open();
        var catalogue = new PublicCatalogue(db);
        var marriage = (await db.Procedures.SingleAsync(p => p.Code == "1.000894")).Id;
        Ok(await catalogue.UpdatePublicInfoAsync(marriage, "  Tờ khai đăng ký kết hôn \r\n\r\n Giấy xác nhận tình trạng hôn nhân ", null, postal: true));

        var found = (await catalogue.SearchAsync(commune.TenantId, null)).ToDictionary(p => p.Code);
        Assert.Equal(["Tờ khai đăng ký kết hôn", "Giấy xác nhận tình trạng hôn nhân"], found["1.000894"].Documents);
        Assert.Equal(["Trực tiếp tại Bộ phận một cửa", "Qua dịch vụ bưu chính công ích", "Trực tuyến trên Cổng Dịch vụ công"], found["1.000894"].Channels);
        Assert.Equal(["Trực tiếp tại Bộ phận một cửa"], found["1.001193"].Channels);
        Assert.Empty(found["1.001193"].Documents);
        Assert.Equal(
            ["5 ngày làm việc", "Trong ngày (ngày không hẹn lại)", "8 giờ làm việc", "Đang cập nhật"],
            new[] { "1.000894", "1.001193", "2.000908", "1.004227" }.Select(c => found[c].ProcessingTime));
    }

    [Fact]
    public async Task A_link_for_online_submission_opens_the_online_channel_and_is_saved_trimmed()
    {
        await using var commune = await CatalogueAsync();
        await using var db = commune.Open();
        var catalogue = new PublicCatalogue(db);
        var birth = (await db.Procedures.SingleAsync(p => p.Code == "1.001193")).Id;
        Ok(await catalogue.UpdatePublicInfoAsync(birth, " ", "  https://dichvucong.gov.vn/khai-sinh ", postal: false));
        var shown = (await catalogue.SearchAsync(commune.TenantId, "khai sinh")).Single();
        Assert.Equal((true, "https://dichvucong.gov.vn/khai-sinh"), (shown.Online, shown.OnlineUrl));
        Assert.Equal(["Trực tiếp tại Bộ phận một cửa", "Trực tuyến trên Cổng Dịch vụ công"], shown.Channels);
        Assert.Null((await db.Procedures.AsNoTracking().SingleAsync(p => p.Id == birth)).Documents);
    }

    [Theory]
    [InlineData("dichvucong.gov.vn", "OnlineUrl", "Thủ tục 1.001193: địa chỉ nộp trực tuyến \"dichvucong.gov.vn\" phải là địa chỉ http(s) đầy đủ, ví dụ https://dichvucong.gov.vn.")]
    [InlineData("ftp://dichvucong.gov.vn", "OnlineUrl", "Thủ tục 1.001193: địa chỉ nộp trực tuyến \"ftp://dichvucong.gov.vn\" phải là địa chỉ http(s) đầy đủ, ví dụ https://dichvucong.gov.vn.")]
    [InlineData("documents", "Documents", "Thủ tục 1.001193: thành phần hồ sơ dài 4001 ký tự, tối đa 4.000.")]
    public async Task Wrong_public_information_is_refused_on_its_field_and_not_saved(string input, string field, string message)
    {
        await using var commune = await CatalogueAsync();
        await using var db = commune.Open();
        var birth = (await db.Procedures.SingleAsync(p => p.Code == "1.001193")).Id;
        var result = field == "Documents"
            ? await new PublicCatalogue(db).UpdatePublicInfoAsync(birth, new string('x', 2000) + "\n" + new string('y', 2000), null, true)
            : await new PublicCatalogue(db).UpdatePublicInfoAsync(birth, "Tờ khai", input, true);
        Assert.Equal((FailureKind.Invalid, field, message), (result.Failure, result.Errors.Keys.Single(), result.Errors.Values.Single()));
        await using var fresh = commune.Open();
        var stored = await fresh.Procedures.SingleAsync(p => p.Id == birth);
        Assert.Equal(((string?)null, (string?)null, false), (stored.Documents, stored.OnlineUrl, stored.PostalAllowed));
    }

    [Fact]
    public async Task Exactly_four_thousand_characters_of_documents_are_accepted_and_another_communes_procedure_is_not_found()
    {
        await using var commune = await CatalogueAsync();
        await using var db = commune.Open();
        var birth = (await db.Procedures.SingleAsync(p => p.Code == "1.001193")).Id;
        Ok(await new PublicCatalogue(db).UpdatePublicInfoAsync(birth, new string('x', 1999) + "\n" + new string('y', 2000), null, false));
        var result = await new PublicCatalogue(db).UpdatePublicInfoAsync(Guid.NewGuid(), "Tờ khai", null, false);
        Assert.Equal((FailureKind.NotFound, "Không tìm thấy thủ tục."), (result.Failure, result.Message));
        Assert.Empty(await new PublicCatalogue(db).SearchAsync(Guid.NewGuid(), null));
    }

    [Theory]
    [InlineData("hp-thd", true)]
    [InlineData("  HP-THD ", true)]
    [InlineData("HP", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("HP-KHONG-CO", false)]
    public async Task A_portal_address_finds_only_a_commune(string? code, bool found)
    {
        await using var commune = await SqliteCommune.CreateAsync(FeedbackDesk.Now);
        await using var db = commune.Open();
        using var cache = new MemoryCache(new MemoryCacheOptions());
        var tenant = await new PublicCommunes(db, cache).FindAsync(code);
        Assert.Equal(found ? commune.TenantId : null, tenant?.Id);
        if (found) Assert.Equal("hp-thd", PublicCommunes.Slug(tenant!));
    }

    [Fact]
    public async Task A_portal_address_is_remembered_for_a_while_and_a_too_long_one_is_not_looked_up()
    {
        await using var commune = await SqliteCommune.CreateAsync(FeedbackDesk.Now);
        using var cache = new MemoryCache(new MemoryCacheOptions());
        await using (var db = commune.Open())
        {
            Assert.Equal("Phường Trần Hưng Đạo", (await new PublicCommunes(db, cache).FindAsync("hp-thd"))!.Name);
        }

        await using (var system = commune.OpenSystem())
        {
            (await system.Tenants.SingleAsync(t => t.Id == commune.TenantId)).Name = "Phường Trần Hưng Đạo mới";
            await system.SaveChangesAsync();
        }

        await using var again = commune.Open();
        Assert.Equal("Phường Trần Hưng Đạo", (await new PublicCommunes(again, cache).FindAsync("HP-THD"))!.Name);
        Assert.Null(await new PublicCommunes(again, cache).FindAsync(new string('A', 61)));
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void The_feedback_corpus_is_the_same_for_a_seed_and_has_each_area_in_equal_numbers()
    {
        var corpus = FeedbackCorpus.Generate(15, seed: 5);
        Assert.Equal(corpus, FeedbackCorpus.Generate(15, seed: 5));
        Assert.NotEqual(corpus.Select(c => c.Text), FeedbackCorpus.Generate(15, seed: 6).Select(c => c.Text));
        Assert.Equal(FeedbackCorpus.Domains.Select(d => (d, 15)), corpus.GroupBy(c => c.Domain).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())));
        Assert.All(corpus, c => Assert.DoesNotContain("{place}", c.Text, StringComparison.Ordinal));
        Assert.All(corpus, c => Assert.Equal(c.Text.Trim(), c.Text));
        Assert.Contains(FeedbackCorpus.OtherCategory, corpus.Where(c => c.Domain == FeedbackDomain.OrderSecurity).Select(c => c.Category));
    }

    [Fact]
    public void A_held_out_corpus_uses_only_the_wordings_it_is_given()
    {
        // Wording 0 of the land area (a certificate application) against wording 1 (encroachment on a shared lane).
        var onlyFirst = FeedbackCorpus.Generate(30, seed: 2, template: i => i == 0).Where(c => c.Domain == FeedbackDomain.Land).ToList();
        Assert.Equal(30, onlyFirst.Count);
        Assert.All(onlyFirst, c => Assert.DoesNotContain("lấn chiếm", c.Text, StringComparison.Ordinal));
        var onlySecond = FeedbackCorpus.Generate(30, seed: 2, template: i => i == 1).Where(c => c.Domain == FeedbackDomain.Land).ToList();
        Assert.All(onlySecond, c => Assert.DoesNotContain("giấy chứng nhận", c.Text, StringComparison.Ordinal));
    }

}
