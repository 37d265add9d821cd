using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Tests.Platform;

/// <summary>The one mapping of failure kinds: to API statuses and titles, to page answers, and of escaped exceptions.</summary>
public sealed class OutcomeMappingTests
{
    private static OperationResult<string> Failed(FailureKind kind) => kind switch
    {
        FailureKind.NotFound => OperationResult<string>.NotFound("Không tìm thấy nhiệm vụ."),
        FailureKind.Forbidden => OperationResult<string>.Forbidden("Tài khoản không có quyền duyệt báo cáo."),
        FailureKind.Invalid => OperationResult<string>.Invalid("Year", "Năm phải từ 2000 đến 2100."),
        FailureKind.Conflict => OperationResult<string>.Conflict("Chỉ xác nhận nhiệm vụ đang chờ xác nhận hoàn thành."),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    [Theory]
    [InlineData(FailureKind.NotFound, 404, "Không tìm thấy")]
    [InlineData(FailureKind.Forbidden, 403, "Không được phép")]
    [InlineData(FailureKind.Invalid, 400, "Dữ liệu không hợp lệ")]
    [InlineData(FailureKind.Conflict, 409, "Xung đột với trạng thái hiện tại")]
    public void Each_kind_has_one_status_and_one_Vietnamese_title(FailureKind kind, int status, string title)
    {
        Assert.Equal(status, ApiOutcome.StatusOf(kind));
        Assert.Equal(title, ApiOutcome.TitleOf(kind));
        var problem = Assert.IsType<ProblemHttpResult>(ApiOutcome.Of(Failed(kind), v => v));
        Assert.Equal(status, problem.StatusCode);
        Assert.Equal(title, problem.ProblemDetails.Title);
        Assert.Equal(Failed(kind).Message, problem.ProblemDetails.Detail);
    }

    [Fact]
    public void An_invalid_result_is_a_validation_problem_naming_its_fields()
    {
        var problem = Assert.IsType<ProblemHttpResult>(ApiOutcome.Problem(Failed(FailureKind.Invalid)));
        var details = Assert.IsType<HttpValidationProblemDetails>(problem.ProblemDetails);
        Assert.Equal(["Năm phải từ 2000 đến 2100."], details.Errors["Year"]);
    }

    [Fact]
    public void Success_is_200_or_201_and_never_a_problem()
    {
        Assert.IsType<Ok<object>>(ApiOutcome.Of(OperationResult<string>.Ok("x"), v => (object)v));
        var created = Assert.IsType<Created<object>>(ApiOutcome.Of(OperationResult<string>.Ok("x"), v => (object)v, v => $"/api/things/{v}"));
        Assert.Equal("/api/things/x", created.Location);
        Assert.Throws<InvalidOperationException>(() => ApiOutcome.Problem(OperationResult<string>.Ok("x")));
        Assert.Throws<ArgumentOutOfRangeException>(() => ApiOutcome.StatusOf(FailureKind.None));
    }

    private sealed class FormPage : PageModel;

    [Fact]
    public void Pages_answer_not_found_with_404_and_forbidden_with_403_and_leave_ModelState_alone()
    {
        var page = new FormPage();
        Assert.IsType<NotFoundResult>(page.Refusal(Failed(FailureKind.NotFound)));
        Assert.IsType<ForbidResult>(page.Refusal(Failed(FailureKind.Forbidden)));
        Assert.Equal(0, page.ModelState.ErrorCount);
    }

    [Fact]
    public void Pages_put_field_errors_under_the_input_and_conflicts_at_page_level_then_redisplay()
    {
        var page = new FormPage();
        var redisplayed = page.Outcome(Failed(FailureKind.Invalid), _ => new RedirectResult("/done"));
        Assert.IsType<PageResult>(redisplayed);
        Assert.Equal("Năm phải từ 2000 đến 2100.", Assert.Single(page.ModelState["Input.Year"]!.Errors).ErrorMessage);

        var conflict = new FormPage();
        Assert.Null(conflict.Refusal(Failed(FailureKind.Conflict), prefix: "Edit"));
        Assert.Equal("Chỉ xác nhận nhiệm vụ đang chờ xác nhận hoàn thành.", Assert.Single(conflict.ModelState[""]!.Errors).ErrorMessage);

        var renamed = new FormPage();
        renamed.Refusal(Failed(FailureKind.Invalid), field => field == "Year" ? "Period" : field);
        Assert.True(renamed.ModelState.ContainsKey("Period"));
    }

    [Fact]
    public void Pages_run_the_success_continuation_with_the_value()
    {
        var page = new FormPage();
        var done = Assert.IsType<RedirectResult>(page.Outcome(OperationResult<string>.Ok("abc"), v => new RedirectResult($"/x/{v}")));
        Assert.Equal("/x/abc", done.Url);
        Assert.Throws<InvalidOperationException>(() => page.Refusal(OperationResult<string>.Ok("abc")));
    }

    private static async Task<(bool Handled, int Status, string Body)> HandleAsync(string path, Exception exception)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var http = new DefaultHttpContext { RequestServices = services };
        http.Request.Path = path;
        http.Response.Body = new MemoryStream();
        var handled = await new ApiExceptionHandler(services.GetRequiredService<IProblemDetailsService>()).TryHandleAsync(http, exception, CancellationToken.None);
        http.Response.Body.Position = 0;
        return (handled, http.Response.StatusCode, await new StreamReader(http.Response.Body).ReadToEndAsync());
    }

    [Fact]
    public async Task An_unexpected_API_exception_is_a_500_problem_without_the_exception_text()
    {
        var (handled, status, body) = await HandleAsync("/api/plans", new InvalidOperationException("Host=db-noi-bo;Password=bi-mat"));
        Assert.True(handled);
        Assert.Equal(500, status);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal("Lỗi hệ thống, vui lòng thử lại", problem.GetProperty("title").GetString());
        Assert.DoesNotContain("bi-mat", body, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreadable_bodies_and_tenant_violations_get_their_own_status_and_pages_are_left_to_the_error_page()
    {
        var bad = await HandleAsync("/api/movements", new BadHttpRequestException("Failed to read parameter \"MovementInput input\" from the request body as JSON."));
        Assert.Equal((true, 400), (bad.Handled, bad.Status));
        Assert.Equal("Dữ liệu gửi lên không đọc được", JsonDocument.Parse(bad.Body).RootElement.GetProperty("title").GetString());
        Assert.DoesNotContain("MovementInput", bad.Body, StringComparison.Ordinal);

        var large = await HandleAsync("/api/dossiers", new BadHttpRequestException("too large", StatusCodes.Status413PayloadTooLarge));
        Assert.Equal((true, 413), (large.Handled, large.Status));

        var violation = await HandleAsync("/api/units", new TenantViolationException("write outside the tenant"));
        Assert.Equal((true, 403), (violation.Handled, violation.Status));
        Assert.DoesNotContain("outside", violation.Body, StringComparison.Ordinal);

        Assert.False((await HandleAsync("/Plans", new InvalidOperationException("x"))).Handled);
    }
}
