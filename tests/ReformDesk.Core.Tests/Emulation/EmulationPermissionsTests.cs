using ReformDesk.Core.Accounts;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Tests.Emulation;

/// <summary>
/// Who does what in a round: officers and department heads nominate for their own unit, the reform secretariat checks,
/// council members vote, the Chairman decides; the Front (MTTQ), one-stop staff and account administrators only read;
/// a province officer looking at a commune (read-only scope) can do nothing, whatever roles the account holds.
/// </summary>
public sealed class EmulationPermissionsTests
{
    private static readonly Guid Unit = Guid.NewGuid();

    private static readonly (string Name, Func<Actor, bool> Can)[] Abilities =
    [
        ("check", EmulationPermissions.CanCheck),
        ("vote", EmulationPermissions.CanVote),
        ("organise", EmulationPermissions.CanOrganiseCouncil),
        ("tally", EmulationPermissions.CanTally),
        ("decide", EmulationPermissions.CanDecide),
        ("movement", EmulationPermissions.CanSetUpMovement),
        ("council", EmulationPermissions.CanSetUpCouncil),
        ("propose", EmulationPermissions.CanPropose),
        ("nominate-own", a => EmulationPermissions.CanNominate(a, Unit)),
        ("nominate-other", a => EmulationPermissions.CanNominate(a, Guid.NewGuid())),
        ("nominate-any", EmulationPermissions.CanNominateAny),
    ];

    private static string AllowedFor(Actor actor) => string.Join(" ", Abilities.Where(a => a.Can(actor)).Select(a => a.Name));

    [Theory]
    [InlineData(Roles.SystemAdmin, "check vote organise tally decide movement council propose nominate-own nominate-other nominate-any")]
    [InlineData(Roles.Chairman, "organise tally decide movement council propose")]
    [InlineData(Roles.ReformSecretariat, "check organise movement council propose")]
    [InlineData(Roles.CouncilMember, "vote organise tally")]
    [InlineData(Roles.DepartmentHead, "nominate-own nominate-any")]
    [InlineData(Roles.Officer, "nominate-own nominate-any")]
    public void Each_role_may_do_only_its_own_steps_of_a_round(string role, string allowed)
    {
        Assert.Equal(allowed, AllowedFor(new Actor(Guid.NewGuid(), "Người dùng", [role], Unit, false)));
    }

    [Fact]
    public void One_stop_staff_the_Front_account_administrators_and_the_province_take_no_step_of_a_round()
    {
        string[] readers = [Roles.OneStopShopStaff, Roles.Supervisor, Roles.CommuneAdmin, Roles.ProvinceOfficer, Roles.ProvinceAdmin];
        Assert.All(readers, role => Assert.Equal("", AllowedFor(new Actor(Guid.NewGuid(), "Người dùng", [role], Unit, false))));
    }

    [Fact]
    public void A_read_only_scope_may_do_nothing_even_with_every_role()
    {
        var everything = new Actor(Guid.NewGuid(), "Cán bộ Sở Nội vụ", [.. Roles.All], Unit, TenantReadOnly: true);
        Assert.Equal("", AllowedFor(everything));
    }

    [Fact]
    public void An_officer_without_a_unit_may_not_nominate_anyone()
    {
        var officer = new Actor(Guid.NewGuid(), "Lê Văn Công", [Roles.Officer], null, false);
        Assert.Equal("", AllowedFor(officer));
    }

    [Fact]
    public void A_Chairman_who_is_also_a_council_member_may_both_vote_and_decide()
    {
        var both = new Actor(Guid.NewGuid(), "Đào Quang Dương", [Roles.Chairman, Roles.CouncilMember], null, false);
        Assert.Equal("vote organise tally decide movement council propose", AllowedFor(both));
    }
}
