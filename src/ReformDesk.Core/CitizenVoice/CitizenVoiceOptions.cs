using System.ComponentModel.DataAnnotations;

namespace ReformDesk.Core.CitizenVoice;

/// <summary>Section "CitizenVoice": abuse limits and retention of feedback (validated at start).</summary>
public sealed class CitizenVoiceOptions
{
    public const string Section = "CitizenVoice";

    /// <summary>Feedback accepted from one phone number per commune in 24 hours (web form).</summary>
    [Range(1, 100, ErrorMessage = "CitizenVoice:SubmissionsPerPhonePerDay phải từ 1 đến 100.")]
    public int SubmissionsPerPhonePerDay { get; set; } = 3;

    /// <summary>Photos or PDF files with one feedback (their total size: Uploads:FeedbackAttachmentMegabytes).</summary>
    [Range(0, 10, ErrorMessage = "CitizenVoice:MaxAttachments phải từ 0 đến 10.")]
    public int MaxAttachments { get; set; } = 3;

    /// <summary>Months after a matter closed when its citizen's personal data is anonymised (Decree 13/2023: kept no longer than needed).</summary>
    [Range(1, 240, ErrorMessage = "CitizenVoice:RetentionMonths phải từ 1 đến 240.")]
    public int RetentionMonths { get; set; } = 36;

    /// <summary>Working days before a deadline when the handling staff get a reminder.</summary>
    [Range(0, 10, ErrorMessage = "CitizenVoice:ReminderWorkingDaysBefore phải từ 0 đến 10.")]
    public int ReminderWorkingDaysBefore { get; set; } = 1;
}
