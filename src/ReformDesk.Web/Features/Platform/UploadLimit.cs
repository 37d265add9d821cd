using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;
using ReformDesk.Core.Platform.Uploads;

namespace ReformDesk.Web.Features.Platform;

/// <summary>
/// The request-size limit of an upload form, from <see cref="UploadOptions"/>. It runs before antiforgery reads the form,
/// so a request that is too large is answered with the form again and a Vietnamese message (via TempData) instead of
/// an English 400/413. The import step posts the previewed file back as base64, hence 4/3 of the file size plus 1 MB.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UploadLimitAttribute(UploadForm form) : Attribute, IFilterFactory, IOrderedFilter
{
    public const string ErrorKey = "UploadError";

    // After authorization (0), before the antiforgery filter (1000), which is the first to read the form.
    public int Order => 500;

    public bool IsReusable => true;

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) =>
        new Filter(form, serviceProvider.GetRequiredService<IOptions<UploadOptions>>(), serviceProvider.GetRequiredService<ITempDataDictionaryFactory>());

    public static long BodyLimit(UploadOptions limits, UploadForm form) => limits.MaxBytes(form) / 3 * 4 + 1024 * 1024;

    private sealed class Filter(UploadForm form, IOptions<UploadOptions> options, ITempDataDictionaryFactory tempData) : IAsyncAuthorizationFilter, IOrderedFilter
    {
        public int Order => 500;

        public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
        {
            var http = context.HttpContext;
            var request = http.Request;
            if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType) return;
            var limit = BodyLimit(options.Value, form);
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = limit;
            if (request.ContentLength > limit)
            {
                Refuse(context);
                return;
            }

            http.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions
            {
                MultipartBodyLengthLimit = limit,
                ValueLengthLimit = (int)Math.Min(int.MaxValue, limit),
            }));
            try
            {
                await request.ReadFormAsync(http.RequestAborted);
            }
            catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
            {
                Refuse(context);
            }
        }

        private void Refuse(AuthorizationFilterContext context)
        {
            var max = options.Value.MaxBytes(form);
            var data = tempData.GetTempData(context.HttpContext);
            data[ErrorKey] = $"Tệp tải lên quá lớn: biểu mẫu {UploadGuard.FormName(form)} nhận tệp tối đa {UploadText.Megabytes(max)}. Hãy chia nhỏ tệp rồi tải lên lại.";
            data.Save(); // the short-circuit skips the filter that would save it
            var request = context.HttpContext.Request;
            context.Result = new RedirectResult(request.PathBase + request.Path);
        }
    }
}

/// <summary>Reading a posted file or a carried-over preview payload into the <see cref="UploadGuard"/>.</summary>
public static class FormUploads
{
    public static async Task<UploadCheck> CheckAsync(this UploadGuard guard, IFormFile? file, UploadForm form, CancellationToken ct)
    {
        if (file is not { Length: > 0 }) return UploadCheck.Refuse("Hãy chọn tệp để tải lên.");
        var max = guard.Limits.MaxBytes(form);
        if (file.Length > max)
        {
            return UploadCheck.Refuse($"Tệp quá lớn: {UploadText.Megabytes(file.Length)}, vượt giới hạn {UploadText.Megabytes(max)} của biểu mẫu {UploadGuard.FormName(form)}.");
        }

        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, ct);
        }

        return guard.Check(content, UploadFileName.Of(file.FileName), form);
    }

    /// <summary>The file carried from preview to import as base64 is checked again: the hidden field comes from the browser.</summary>
    public static UploadCheck CheckPayload(this UploadGuard guard, string? payload, string? fileName, UploadForm form)
    {
        if (string.IsNullOrEmpty(payload) || payload.Length / 4 * 3 > guard.Limits.MaxBytes(form) + 3)
        {
            return UploadCheck.Refuse("Dữ liệu xem trước bị hỏng hoặc trống; hãy tải tệp lên lại.");
        }

        try
        {
            return guard.Check(Convert.FromBase64String(payload), fileName, form);
        }
        catch (FormatException)
        {
            return UploadCheck.Refuse("Dữ liệu xem trước bị hỏng; hãy tải tệp lên lại.");
        }
    }
}
