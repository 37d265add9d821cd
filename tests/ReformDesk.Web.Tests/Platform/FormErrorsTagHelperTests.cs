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
    private static string Render(ModelStateDictionary state, string? id = "task-errors", string? of = null)
    {
        var view = new ViewContext { ViewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), state) };
        var helper = new FormErrorsTagHelper { ViewContext = view, Of = of };
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

    [Fact]
    public void On_a_page_of_several_forms_each_alert_shows_only_its_own_forms_refusals()
    {
        var state = new ModelStateDictionary();
        state.AddModelError("Appraisal.DecisionNumber", "Hãy nhập số văn bản quyết định (tối đa 60 ký tự).");
        state.AddModelError("Appraisal", "Năm đánh giá đã có kết quả khác.");
        state.AddModelError("AppraisalYear", "Không thuộc biểu mẫu này.");
        // ModelState lists a form's own message before its fields' (its keys are a tree), whatever order they were added in.
        state.AddModelError("Scheme.Title", "Hãy nhập tên đề tài.");

        Assert.Equal(
            "<div class=\"error\" role=\"alert\" id=\"appraisal-errors\"><ul><li>Năm đánh giá đã có kết quả khác.</li>"
            + "<li>Hãy nhập số văn bản quyết định (tối đa 60 ký tự).</li></ul></div>",
            WebUtility(Render(state, "appraisal-errors", of: "Appraisal")));
        Assert.Contains("Hãy nhập tên đề tài.", WebUtility(Render(state, "scheme-errors", of: "Scheme")));
        Assert.DoesNotContain("Appraisal", WebUtility(Render(state, "scheme-errors", of: "Scheme")));
        Assert.Equal("", Render(state, "discipline-errors", of: "Discipline"));
        Assert.Equal(4, WebUtility(Render(state)).Split("<li>").Length - 1);
    }

    /// <summary>The default encoder writes Vietnamese letters as entities; the browser shows them as letters.</summary>
    private static string WebUtility(string html) => System.Net.WebUtility.HtmlDecode(html);
}
