using Microsoft.Extensions.Options;
using ReformDesk.Core.Plans.Import;
using ReformDesk.Core.Platform.Uploads;

namespace ReformDesk.Core.Tests.Uploads;

/// <summary>Files for the importers go through the upload guard in tests too, with the default limits unless given.</summary>
public static class TestUploads
{
    public static UploadGuard Guard(UploadOptions? options = null) => new(Options.Create(options ?? new UploadOptions()));

    public static UploadCheck Check(byte[] content, string? fileName, UploadForm form, UploadOptions? options = null) =>
        Guard(options).Check(content, fileName, form);

    public static SafeUpload Safe(byte[] content, string? fileName, UploadForm form, UploadOptions? options = null)
    {
        var check = Check(content, fileName, form, options);
        return check.Upload ?? throw new InvalidOperationException("Refused: " + check.Error);
    }

    /// <summary>The appendix reader's result, or the guard's refusal as its one problem.</summary>
    public static AppendixTable Appendix(byte[] content, string fileName, UploadOptions? options = null) =>
        Check(content, fileName, UploadForm.PlanAppendix, options) is { Upload: { } upload } ? AppendixReader.Read(upload)
            : AppendixTable.Fail(Check(content, fileName, UploadForm.PlanAppendix, options).Error!);
}
