using ReformDesk.Core.ParIndex;

namespace ReformDesk.Core.Tests.ParIndex;

/// <summary>The "Mức điểm" cell of a "Theo mức" criterion as people type it, and the one message a bad cell gets.</summary>
public class ParLevelParsingTests
{
    [Theory]
    [InlineData(">=95%=2", 95, 2)]
    [InlineData("95%=2", 95, 2)]
    [InlineData("≥95%=2", 95, 2)]
    [InlineData("=>95%=2", 95, 2)]
    [InlineData(">= 95 % = 2", 95, 2)]
    [InlineData("≥95%: 2", 95, 2)]
    [InlineData("≥ 80 %: 1,5 điểm", 80, 1.5)]
    [InlineData("95: 2", 95, 2)]
    [InlineData(">=87,5%=0.5", 87.5, 0.5)]
    public void One_level_in_every_written_form(string text, double rate, double points)
    {
        Assert.True(ParLevel.TryParseAll(text, out var levels), text);
        Assert.Equal([new ParLevel((decimal)rate, (decimal)points)], levels);
    }

    [Theory]
    [InlineData(">95%=2")]
    [InlineData("> 95 %: 2 điểm")]
    public void A_level_written_with_a_bare_greater_than_is_strictly_above_its_rate(string text)
    {
        Assert.True(ParLevel.TryParseAll(text + "; ≥0%: 0", out var levels), text);
        Assert.Equal([new ParLevel(95, 2, Above: true), new ParLevel(0, 0)], levels);
        Assert.Equal(0m, ParLevel.PointsFor(levels, 95));
        Assert.Equal(2m, ParLevel.PointsFor(levels, 95.01m));
    }

    [Fact]
    public void At_the_same_rate_the_strict_level_is_tried_first_and_the_rate_itself_falls_to_the_inclusive_one()
    {
        Assert.True(ParLevel.TryParseAll("≥95%: 2; >95%: 3; ≥0%: 0", out var levels));
        Assert.Equal([new ParLevel(95, 3, Above: true), new ParLevel(95, 2), new ParLevel(0, 0)], levels);
        Assert.Equal(3m, ParLevel.PointsFor(levels, 96));
        Assert.Equal(2m, ParLevel.PointsFor(levels, 95));
    }

    [Fact]
    public void Several_levels_with_equals_signs_read_highest_rate_first()
    {
        Assert.True(ParLevel.TryParseAll(">=50%=1; >=95%=3; >=0%=0\n>=80%=2", out var levels));
        Assert.Equal([new ParLevel(95, 3), new ParLevel(80, 2), new ParLevel(50, 1), new ParLevel(0, 0)], levels);
        Assert.Equal(3m, ParLevel.PointsFor(levels, 95));
        Assert.Equal(2m, ParLevel.PointsFor(levels, 94.99m));
        Assert.Equal(1m, ParLevel.PointsFor(levels, 50));
        Assert.Equal(0m, ParLevel.PointsFor(levels, 49.9m));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("95%")]            // no points
    [InlineData(">=95%")]          // the '=' of ">=" is not a separator
    [InlineData(">=95%=")]         // points missing
    [InlineData("=2")]             // threshold missing
    [InlineData(">=95%==2")]       // a second '=' leaves "95%=" as the threshold
    [InlineData("<95%=2")]         // "below" is no level
    [InlineData("cao: 3")]
    [InlineData(">=95%=hai")]
    [InlineData("≥95%: 2; ≥80%")]  // one good level does not save a bad one
    [InlineData(">=9,5,0%=2")]
    public void Malformed_cells_are_refused(string? text)
    {
        Assert.False(ParLevel.TryParseAll(text, out var levels));
        Assert.Empty(levels);
    }

    [Fact]
    public void The_importer_reads_the_documented_form_and_names_a_bad_cell_in_vietnamese()
    {
        var criteria = ParTestWorkbooks.SmallCriteria();
        criteria[3][5] = ">=95%=3; >=80%=2; >=50%=1; >=0%=0";
        var good = ParTestWorkbooks.Parse(ParTestWorkbooks.Build(criteria));
        Assert.True(good.Succeeded, string.Join("\n", good.Errors.Select(e => e.Message)));
        Assert.Equal([new ParLevel(95, 3), new ParLevel(80, 2), new ParLevel(50, 1), new ParLevel(0, 0)],
            good.Set!.Criteria.Single(c => c.Code == "1.3").ParsedLevels);

        criteria[3][5] = ">=95%";
        var bad = ParTestWorkbooks.Parse(ParTestWorkbooks.Build(criteria));
        Assert.False(bad.Succeeded);
        Assert.Equal("Trang “Tiêu chí”, dòng 5, cột F “Mức điểm”: tiêu chí 1.3 chấm theo mức cần “Mức điểm” dạng “≥95%: 2; ≥80%: 1,5; ≥0%: 0”.",
            Assert.Single(bad.Errors).Message);
    }
}
