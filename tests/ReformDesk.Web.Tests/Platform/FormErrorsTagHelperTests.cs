using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Tests.Platform;

/// <summary>The one alert every form shows its refusals in (<c>&lt;form-errors id="…" /&gt;</c>).</summary>
public class FormErrorsTagHelperTests
{
    private static string Render(ModelStateDictionary state, string? id = "task-errors")
    {
        var view = new ViewContext { ViewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), state) };
        var helper = new FormErrorsTagHelper { ViewContext = view };
        var attributes = id is null ? new TagHelperAttributeList() : new TagHelperAttributeList { { "id", id } };
        var context = new TagHelperContext(attributes, new Dictionary<object, object>(), "t");
        var output = new TagHelperOutput("form-errors", new TagHelperAttributeList(attributes), (_, _) =>
            Task.FromResult<TagHelperContent>(new DefaultTagHelperContent())) { TagMode = TagMode.SelfClosing };
        helper.Process(context, output);
        using var writer = new StringWriter();
        output.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    [Fact]
    public void An_accepted_form_shows_no_alert_at_all() => Assert.Equal("", Render(new ModelStateDictionary()));

    [Fact]
    public void Every_refusal_is_one_item_of_the_alert_in_the_order_it_was_added()
    {
        var state = new ModelStateDictionary();
        state.AddModelError("Update.Text", "Hãy ghi kết quả thực hiện.");
        state.AddModelError("Update.EvidenceUrl", "Đường dẫn minh chứng phải bắt đầu bằng http:// hoặc https://.");
        Assert.Equal(
            "<div class=\"error\" role=\"alert\" id=\"task-errors\"><ul><li>Hãy ghi kết quả thực hiện.</li>"
            + "<li>Đường dẫn minh chứng phải bắt đầu bằng http:// hoặc https://.</li></ul></div>",
            WebUtility(Render(state)));
    }

    [Fact]
    public void A_typed_value_echoed_in_a_refusal_is_encoded_not_run()
    {
        var state = new ModelStateDictionary();
        state.AddModelError("Entry.Date", "Giá trị \"<script>alert(1)</script>\" không hợp lệ.");
        var html = Render(state, id: null);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.StartsWith("<div class=\"error\" role=\"alert\"><ul><li>", html, StringComparison.Ordinal);
    }

    /// <summary>The default encoder writes Vietnamese letters as entities; the browser shows them as letters.</summary>
    private static string WebUtility(string html) => System.Net.WebUtility.HtmlDecode(html);
}
