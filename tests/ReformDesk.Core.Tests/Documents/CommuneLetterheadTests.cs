using ReformDesk.Core.Documents;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Tests.Platform;

namespace ReformDesk.Core.Tests.Documents;

/// <summary>What every issued document takes from the commune: the body above it (districts skipped), the place, the signing Chairman; plus the QR code and text widths of the layout.</summary>
public sealed class CommuneLetterheadTests
{
    private static readonly DateTimeOffset Now = new(2026, 9, 20, 3, 0, 0, TimeSpan.Zero);

    private static Tenant Commune(string name) => new() { Code = "X", Name = name, Kind = TenantKind.Commune };

    [Theory]
    [InlineData("Phường Việt Hòa", "Việt Hòa")]
    [InlineData("Xã Đại Thành", "Đại Thành")]
    [InlineData("Thị trấn Núi Đèo", "Núi Đèo")]
    [InlineData("Đặc khu Cát Hải", "Đặc khu Cát Hải")]
    [InlineData("phường Việt Hòa", "phường Việt Hòa")]
    public void The_place_on_the_date_line_drops_the_kind_of_commune(string name, string place) =>
        Assert.Equal(place, new CommuneLetterhead(Commune(name), null).Place);

    [Theory]
    [InlineData("Phường Việt Hòa", "phường Việt Hòa")]
    [InlineData("Ủy ban nhân dân", "ủy ban nhân dân")]
    [InlineData("", "")]
    public void After_UBND_the_name_reads_with_a_lower_case_first_letter(string text, string expected) =>
        Assert.Equal(expected, text.ToLowerFirst());

    [Theory]
    [InlineData(null, CommuneLetterhead.Blank)]
    [InlineData("  ", CommuneLetterhead.Blank)]
    [InlineData("Nguyễn Văn Hải", "Nguyễn Văn Hải")]
    public void A_signer_nobody_is_recorded_for_is_a_dotted_line(string? name, string expected) =>
        Assert.Equal(expected, CommuneLetterhead.SignerOrBlank(name));

    [Fact]
    public async Task The_body_above_is_the_province_whether_or_not_a_former_district_lies_between()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        Guid underDistrict, orphan;
        await using (var system = commune.OpenSystem())
        {
            var province = system.Tenants.Single(t => t.Kind == TenantKind.Province);
            var district = new Tenant { Code = "HP-TN", Name = "Huyện Thủy Nguyên", Kind = TenantKind.District, ParentId = province.Id, ValidTo = new DateOnly(2025, 6, 30) };
            var old = new Tenant { Code = "HP-TN-LS", Name = "Xã Lại Xuân", Kind = TenantKind.Commune, ParentId = district.Id };
            var alone = new Tenant { Code = "XX-1", Name = "Xã Mồ Côi", Kind = TenantKind.Commune };
            system.Tenants.AddRange(district, old, alone);
            await system.SaveChangesAsync();
            (underDistrict, orphan) = (old.Id, alone.Id);
        }

        async Task<(string Commune, string? Parent)> OfAsync(Guid tenant)
        {
            await using var db = commune.OpenFor(tenant);
            var letterhead = await CommuneLetterhead.OfAsync(db, default);
            return (letterhead.Commune.Name, letterhead.Parent?.Name);
        }

        Assert.Equal(("Phường Trần Hưng Đạo", "Thành phố Hải Phòng"), await OfAsync(commune.TenantId));
        Assert.Equal(("Xã Lại Xuân", "Thành phố Hải Phòng"), await OfAsync(underDistrict));
        Assert.Equal(("Xã Mồ Côi", (string?)null), await OfAsync(orphan));

        await using var everywhere = commune.OpenSystem();
        Assert.Equal("No commune in scope.", (await Assert.ThrowsAsync<InvalidOperationException>(() => CommuneLetterhead.OfAsync(everywhere, default))).Message);
    }

    [Fact]
    public async Task The_signer_is_the_person_holding_the_Chairmans_post_now()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        await using var db = commune.Open();
        Assert.Equal("", await CommuneLetterhead.ChairmanNameAsync(db, default));

        var former = new Person { FullName = "Phạm Văn Cũ" };
        var deputy = new Person { FullName = "Đỗ Thị Phó" };
        db.People.AddRange(former, deputy);
        db.PositionTenures.AddRange(
            new PositionTenure { PersonId = former.Id, Title = "Chủ tịch UBND phường Trần Hưng Đạo", FromYear = 2021, ToYear = 2025 },
            new PositionTenure { PersonId = deputy.Id, Title = "Phó Chủ tịch UBND phường Trần Hưng Đạo", FromYear = 2025 });
        await db.SaveChangesAsync();
        Assert.Equal("", await CommuneLetterhead.ChairmanNameAsync(db, default));

        var chairman = new Person { FullName = "Nguyễn Văn Hải" };
        db.People.Add(chairman);
        db.PositionTenures.Add(new PositionTenure { PersonId = chairman.Id, Title = "Chủ tịch UBND phường Trần Hưng Đạo", FromYear = 2025 });
        await db.SaveChangesAsync();
        Assert.Equal("Nguyễn Văn Hải", await CommuneLetterhead.ChairmanNameAsync(db, default));
    }

    [Fact]
    public void A_QR_code_is_plain_inline_SVG_sized_by_its_view_box()
    {
        var svg = QrSvg.Of("https://dichvucong.haiphong.gov.vn/tra-cuu?ma=H31.50-260920-0001&khoa=K7Q2M9XW");
        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("viewBox=\"", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", svg, StringComparison.Ordinal);
        Assert.Equal(svg, QrSvg.Of("https://dichvucong.haiphong.gov.vn/tra-cuu?ma=H31.50-260920-0001&khoa=K7Q2M9XW"));
        Assert.NotEqual(svg, QrSvg.Of("https://dichvucong.haiphong.gov.vn/tra-cuu?ma=H31.50-260920-0002&khoa=K7Q2M9XW"));
    }

    [Fact]
    public void Text_width_follows_the_widest_line_ignores_diacritics_and_grows_with_size_and_weight()
    {
        // "CỘNG HÒA" decomposes into letters plus combining marks; the marks take no width.
        Assert.Equal(TextMetrics.EstimateTwips("CONG HOA", 12, bold: true), TextMetrics.EstimateTwips("CỘNG HÒA", 12, bold: true));
        // C, O, N, G, H, O, A at 0.73 em bold and one space at 0.25 em: 5.36 em × 12 pt × 20.
        Assert.Equal(1286, TextMetrics.EstimateTwips("CONG HOA", 12, bold: true));
        Assert.Equal(TextMetrics.EstimateTwips("ỦY BAN NHÂN DÂN", 13, bold: true), TextMetrics.EstimateTwips("UBND\nỦY BAN NHÂN DÂN", 13, bold: true));
        Assert.True(TextMetrics.EstimateTwips("Độc lập - Tự do - Hạnh phúc", 13, bold: true) > TextMetrics.EstimateTwips("Độc lập - Tự do - Hạnh phúc", 13, bold: false));
        Assert.Equal(2 * TextMetrics.EstimateTwips("mii", 10, bold: false), TextMetrics.EstimateTwips("mii", 20, bold: false));
    }
}
