using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReformDesk.Core.Demo;

// The shape of Demo/demo-data.json: what the five seed documents say about each commune,
// transcribed by hand from ../shared/seeds (see docs/demo-data.md). Only the parts used so far are bound.
public sealed record DemoDataFile(IReadOnlyList<DemoProvince> Provinces)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static DemoDataFile Load()
    {
        using var stream = typeof(DemoDataFile).Assembly.GetManifestResourceStream("ReformDesk.Core.Demo.demo-data.json")
            ?? throw new InvalidOperationException("Demo data resource is missing from the assembly.");
        return JsonSerializer.Deserialize<DemoDataFile>(stream, Options)
            ?? throw new InvalidOperationException("Demo data file is empty.");
    }
}

public sealed record DemoProvince(string Code, string Name, string Kind, IReadOnlyList<DemoDistrict>? Districts, IReadOnlyList<DemoCommune> Communes);

public sealed record DemoDistrict(string Code, string Name, string? ValidTo);

public sealed record DemoCommune(
    string Code,
    string Name,
    string Kind,
    string? DistrictCode,
    string? SeedFile,
    DemoChairman? Chairman,
    IReadOnlyList<DemoPerson>? People,
    IReadOnlyList<DemoUnit>? Units,
    IReadOnlyList<DemoMovement>? Movements,
    IReadOnlyList<DemoReportObligation>? ReportObligations,
    IReadOnlyList<DemoDocument>? Documents,
    IReadOnlyList<DemoTarget>? PlanTargets);

public sealed record DemoTarget(string Text, string? IndicatorGuess, string? Comparison, double? Threshold, string? Unit, string? Period);

public sealed record DemoDocument(string? SeedFile, string? Type, string? Number, string? Title, int? Year, IReadOnlyList<string>? LegalBases);

public sealed record DemoReportObligation(string What, string? Who, string? Due, string? To, string? Recurrence);

public sealed record DemoChairman(string? FullName, string? Title, IReadOnlyList<string>? SignatureBlock, string? Note);

public sealed record DemoPerson(string? FullName, string? Position);

public sealed record DemoUnit(string Name, string Kind, string? Role);

public sealed record DemoMovement(
    string Title,
    string? FullTitle,
    int PeriodStartYear,
    int PeriodEndYear,
    string? IssuingBody,
    [property: JsonPropertyName("documentNumber")] string? DocumentNumber,
    IReadOnlyList<DemoReportObligation>? ReportObligations,
    IReadOnlyList<DemoTarget>? Targets,
    IReadOnlyList<string>? Contents,
    DemoParticipants? Participants,
    IReadOnlyList<DemoMilestone>? Timeline,
    IReadOnlyList<DemoRule>? Rules);

/// <summary>A rule the movement's plan states, with the parameters transcribed from it.</summary>
public sealed record DemoRule(string Kind, string? Text, JsonElement? Parameters)
{
    public string? Parameter(string name) => Parameters is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public int? Number(string name) => Parameters is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;
}

public sealed record DemoParticipants(IReadOnlyList<string>? Collectives, IReadOnlyList<string>? Individuals);

public sealed record DemoMilestone(string Milestone, string? When, string? Parsed, string? Note);
