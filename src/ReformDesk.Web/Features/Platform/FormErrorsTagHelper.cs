using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ReformDesk.Web.Features.Platform;

/// <summary>
/// <c>&lt;form-errors id="…" /&gt;</c>: every ModelState error of the request as one alert list, or nothing when the form
/// was accepted. Written out rather than asp-validation-summary, whose empty state carries a style attribute the CSP refuses.
/// On a page with several forms, <c>of="Appraisal"</c> keeps the errors of the form bound as <c>Appraisal</c> (the key
/// "Appraisal" itself and every "Appraisal.Field"), so each form shows only its own refusal.
/// </summary>
[HtmlTargetElement("form-errors", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FormErrorsTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>The bound name of the form whose errors are shown; all errors when not given.</summary>
    [HtmlAttributeName("of")]
    public string? Of { get; set; }

    private bool Shows(string key) => Of is null || key == Of || key.StartsWith(Of + ".", StringComparison.Ordinal);

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var errors = ViewContext.ViewData.ModelState.Where(e => Shows(e.Key)).SelectMany(e => e.Value!.Errors).Select(e => e.ErrorMessage).ToList();
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.Insert(0, new TagHelperAttribute("class", "error"));
        output.Attributes.Insert(1, new TagHelperAttribute("role", "alert"));
        var list = new TagBuilder("ul");
        foreach (var error in errors)
        {
            var item = new TagBuilder("li");
            item.InnerHtml.Append(error);
            list.InnerHtml.AppendHtml(item);
        }
        output.Content.SetHtmlContent(list);
    }
}
