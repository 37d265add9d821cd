using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Platform.Uploads;

namespace ReformDesk.Web.Tests.Infrastructure;

/// <summary>Test files reach the importers the one way the app allows: through the upload guard.</summary>
public static class TestUploads
{
    public static SafeUpload Upload(this IServiceProvider services, byte[] content, string? fileName, UploadForm form)
    {
        var check = services.GetRequiredService<UploadGuard>().Check(content, fileName, form);
        return check.Upload ?? throw new InvalidOperationException("Refused by the upload guard: " + check.Error);
    }
}
