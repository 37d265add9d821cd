using Microsoft.EntityFrameworkCore.Migrations;

namespace ReformDesk.Core.Platform;

/// <summary>
/// Migration CouncilMembers: the free-text member and attendance lists of meetings recorded before members were chosen
/// from people become <c>CouncilMeetingMembers</c> rows (name as typed, role "Ủy viên", present when the name was on
/// the attendance list, linked to the commune's person only when exactly one person has that name), and recusals and
/// open votes are linked to those rows by name. Runs before the text columns are dropped.
/// </summary>
public static class CouncilMembersData
{
    private const string LinkByName = """
        UPDATE "CouncilRecusals" SET "MeetingMemberId" = (SELECT m."Id" FROM "CouncilMeetingMembers" m
            WHERE m."TenantId" = "CouncilRecusals"."TenantId" AND m."MeetingId" = "CouncilRecusals"."MeetingId" AND m."Name" = "CouncilRecusals"."MemberName");
        UPDATE "CouncilMemberVotes" SET "MeetingMemberId" = (SELECT m."Id" FROM "CouncilMeetingMembers" m
            WHERE m."TenantId" = "CouncilMemberVotes"."TenantId" AND m."MeetingId" = "CouncilMemberVotes"."MeetingId" AND m."Name" = "CouncilMemberVotes"."MemberName");
        """;

    private const string Sqlite = """
        WITH RECURSIVE split(TenantId, MeetingId, rest, name, ord, present) AS (
            SELECT "TenantId", "Id", replace("Members", char(13), '') || char(10), '', -1, replace("Present", char(13), '') FROM "CouncilMeetings"
            UNION ALL
            SELECT TenantId, MeetingId, substr(rest, instr(rest, char(10)) + 1), trim(substr(rest, 1, instr(rest, char(10)) - 1)), ord + 1, present
            FROM split WHERE rest <> '')
        INSERT INTO "CouncilMeetingMembers" ("TenantId", "Id", "MeetingId", "PersonId", "Name", "Role", "Present", "Order")
        SELECT s.TenantId,
            upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6))),
            s.MeetingId,
            (SELECT p."Id" FROM "People" p WHERE p."TenantId" = s.TenantId AND p."FullName" = s.name GROUP BY p."FullName" HAVING count(*) = 1),
            s.name, 'Member',
            CASE WHEN instr(char(10) || s.present || char(10), char(10) || s.name || char(10)) > 0 THEN 1 ELSE 0 END,
            min(s.ord)
        FROM split s WHERE s.name <> '' GROUP BY s.TenantId, s.MeetingId, s.name;
        """;

    private const string Npgsql = """
        INSERT INTO "CouncilMeetingMembers" ("TenantId", "Id", "MeetingId", "PersonId", "Name", "Role", "Present", "Order")
        SELECT s."TenantId", gen_random_uuid(), s."MeetingId",
            (SELECT (array_agg(p."Id"))[1] FROM "People" p WHERE p."TenantId" = s."TenantId" AND p."FullName" = s.name HAVING count(*) = 1),
            s.name, 'Member', s.name = ANY (string_to_array(replace(s."Present", E'\r', ''), E'\n')), s.ord
        FROM (
            SELECT m."TenantId", m."Id" AS "MeetingId", m."Present", btrim(t.line) AS name, (min(t.ord) - 1)::int AS ord
            FROM "CouncilMeetings" m CROSS JOIN LATERAL unnest(string_to_array(replace(m."Members", E'\r', ''), E'\n')) WITH ORDINALITY AS t(line, ord)
            WHERE btrim(t.line) <> ''
            GROUP BY m."TenantId", m."Id", m."Present", btrim(t.line)) s;
        """;

    public static void MoveMembersIn(MigrationBuilder migrationBuilder, bool postgres)
    {
        migrationBuilder.Sql(postgres ? Npgsql : Sqlite);
        migrationBuilder.Sql(LinkByName);
    }
}
