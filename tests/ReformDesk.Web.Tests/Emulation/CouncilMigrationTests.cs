using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Emulation;

/// <summary>The migration CouncilMembers keeps a meeting typed as free text: its lines become seated members, recusals and votes follow by name.</summary>
public sealed class CouncilMigrationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_meeting_with_typed_members_keeps_them_as_seated_members_with_votes_and_recusals_linked(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = Storage.CreateContext(database.Options, TenantContext.System("test"));
        await db.GetService<IMigrator>().MigrateAsync("ParIndex");
        Guid commune = Guid.NewGuid(), unit = Guid.NewGuid(), personA = Guid.NewGuid(), movement = Guid.NewGuid(), round = Guid.NewGuid(),
            nomination = Guid.NewGuid(), meeting = Guid.NewGuid(), recusal = Guid.NewGuid(), vote = Guid.NewGuid();
        await db.Database.ExecuteSqlAsync($"INSERT INTO \"Units\" (\"TenantId\", \"Id\", \"IsActive\", \"Kind\", \"Name\") VALUES ({commune}, {unit}, {true}, {"Department"}, {"Văn phòng"})");
        await db.Database.ExecuteSqlAsync($"INSERT INTO \"People\" (\"TenantId\", \"Id\", \"FullName\") VALUES ({commune}, {personA}, {"Ông A"})");
        foreach (var twin in new[] { Guid.NewGuid(), Guid.NewGuid() })
        {
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"People\" (\"TenantId\", \"Id\", \"FullName\") VALUES ({commune}, {twin}, {"Bà B"})");
        }

        await db.Database.ExecuteSqlAsync($"INSERT INTO \"Movements\" (\"TenantId\", \"Id\", \"Title\", \"IssuingBody\", \"StartYear\", \"EndYear\") VALUES ({commune}, {movement}, {"Phong trào"}, {"UBND"}, {2025}, {2025})");
        await db.Database.ExecuteSqlAsync($"INSERT INTO \"NominationRounds\" (\"TenantId\", \"Id\", \"MovementId\", \"Kind\", \"Year\", \"FromYear\", \"DeadlineInclusive\", \"RequiresRecognisedInitiative\") VALUES ({commune}, {round}, {movement}, {"Annual"}, {2025}, {2025}, {false}, {false})");
        await db.Database.ExecuteSqlAsync($"INSERT INTO \"Nominations\" (\"TenantId\", \"Id\", \"MovementId\", \"RoundId\", \"NomineeKind\", \"NomineeName\", \"UnitId\", \"AwardKind\", \"AchievementSummary\", \"Status\", \"ConfirmedItems\") VALUES ({commune}, {nomination}, {movement}, {round}, {"Individual"}, {"Người được xét"}, {unit}, {"GiayKhenChuTichXa"}, {"Thành tích"}, {"Approved"}, {""})");
        await db.Database.ExecuteSqlAsync($"INSERT INTO \"CouncilMeetings\" (\"TenantId\", \"Id\", \"RoundId\", \"Date\", \"Members\", \"Present\", \"SecretBallot\") VALUES ({commune}, {meeting}, {round}, {new DateOnly(2026, 1, 12)}, {"Ông A\nBà B\n Ông C \nÔng A"}, {"Ông A\nÔng C"}, {false})");
        await db.Database.ExecuteSqlAsync($"INSERT INTO \"CouncilRecusals\" (\"TenantId\", \"Id\", \"MeetingId\", \"NominationId\", \"MemberName\") VALUES ({commune}, {recusal}, {meeting}, {nomination}, {"Bà B"})");
        await db.Database.ExecuteSqlAsync($"INSERT INTO \"CouncilMemberVotes\" (\"TenantId\", \"Id\", \"MeetingId\", \"NominationId\", \"MemberName\", \"Approve\") VALUES ({commune}, {vote}, {meeting}, {nomination}, {"Ông A"}, {true})");

        await Storage.MigrateAsync(db);

        var seated = await db.CouncilMeetingMembers.IgnoreQueryFilters().AsNoTracking().Where(m => m.MeetingId == meeting).OrderBy(m => m.Order).ToListAsync();
        Assert.Equal([("Ông A", true, (Guid?)personA), ("Bà B", false, null), ("Ông C", true, null)], seated.Select(m => (m.Name, m.Present, m.PersonId)));
        Assert.All(seated, m => Assert.Equal((commune, CouncilRole.Member), (m.TenantId, m.Role)));
        Assert.Equal(seated[1].Id, (await db.CouncilRecusals.IgnoreQueryFilters().AsNoTracking().SingleAsync(r => r.Id == recusal)).MeetingMemberId);
        Assert.Equal(seated[0].Id, (await db.CouncilMemberVotes.IgnoreQueryFilters().AsNoTracking().SingleAsync(v => v.Id == vote)).MeetingMemberId);
        var stored = await db.CouncilMeetings.IgnoreQueryFilters().AsNoTracking().SingleAsync(m => m.Id == meeting);
        Assert.Null(stored.CouncilId);
        Assert.Equal(new ReformDesk.Core.Emulation.Rules.CouncilSettings { SecretBallot = false }, stored.Settings());
    }
}
