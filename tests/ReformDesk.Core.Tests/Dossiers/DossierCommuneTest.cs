using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Tests.Platform;

namespace ReformDesk.Core.Tests.Dossiers;

/// <summary>
/// Base of the dossier tests on SQLite: a fresh commune per test, its clock at <c>now</c>, with the birth registration procedure
/// (1.001193, 3 working days) in its catalogue; the database is deleted after the test.
/// </summary>
public abstract class DossierCommuneTest(DateTimeOffset now) : IAsyncLifetime
{
    protected SqliteCommune Commune { get; private set; } = null!;

    protected Procedure Birth { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Commune = await SqliteCommune.CreateAsync(now);
        Birth = await DossierBuilder.ProcedureAsync(Commune, "1.001193", "Đăng ký khai sinh", days: 3, field: "Hộ tịch");
    }

    public async Task DisposeAsync() => await Commune.DisposeAsync();

    /// <summary>A birth registration dossier received on a day of March 2026.</summary>
    protected DossierBuilder Received(string code, int day, int hour = 9) => new(code, Birth, new DateTime(2026, 3, day, hour, 0, 0));
}
