using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ReformDesk.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Entity = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Before = table.Column<string>(type: "text", nullable: true),
                    After = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => new { x.TenantId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "ImportMappings",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SourceName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ColumnsJson = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportMappings", x => new { x.TenantId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "Movements",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    StartYear = table.Column<int>(type: "integer", nullable: false),
                    EndYear = table.Column<int>(type: "integer", nullable: false),
                    IssuingBody = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DocumentNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    SourceDocument = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LegalBases = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Contents = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Participants = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Movements", x => new { x.TenantId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "Notices",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Link = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReadAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notices", x => new { x.TenantId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "People",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_People", x => new { x.TenantId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "Plans",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    StartYear = table.Column<int>(type: "integer", nullable: false),
                    EndYear = table.Column<int>(type: "integer", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LegalBases = table.Column<string>(type: "text", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SourceDocument = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Plans", x => new { x.TenantId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "Procedures",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Field = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ProcessingDays = table.Column<int>(type: "integer", nullable: true),
                    SameDay = table.Column<bool>(type: "boolean", nullable: false),
                    Fee = table.Column<decimal>(type: "numeric(18,0)", precision: 18, scale: 0, nullable: true),
                    FullyOnlineAllowed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Procedures", x => new { x.TenantId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "ReminderLogs",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Recipients = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReminderLogs", x => new { x.TenantId, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "Tenants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tenants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Tenants_Tenants_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Units",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Units", x => new { x.TenantId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MovementMilestones",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MovementId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    WhenText = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Date = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MovementMilestones", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_MovementMilestones_Movements_TenantId_MovementId",
                        columns: x => new { x.TenantId, x.MovementId },
                        principalTable: "Movements",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NominationRounds",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MovementId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    FromYear = table.Column<int>(type: "integer", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    DeadlineInclusive = table.Column<bool>(type: "boolean", nullable: false),
                    MaxCollectivesPerUnit = table.Column<int>(type: "integer", nullable: true),
                    MaxIndividualsPerUnit = table.Column<int>(type: "integer", nullable: true),
                    MinYearsDirectReformWork = table.Column<int>(type: "integer", nullable: true),
                    RequiresRecognisedInitiative = table.Column<bool>(type: "boolean", nullable: false),
                    RequiredUnitRating = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ExtraChecklist = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NominationRounds", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_NominationRounds_Movements_TenantId_MovementId",
                        columns: x => new { x.TenantId, x.MovementId },
                        principalTable: "Movements",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanSections",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanSections", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_PlanSections_Plans_TenantId_PlanId",
                        columns: x => new { x.TenantId, x.PlanId },
                        principalTable: "Plans",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Targets",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: true),
                    MovementId = table.Column<Guid>(type: "uuid", nullable: true),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Indicator = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    Comparison = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Threshold = table.Column<double>(type: "double precision", nullable: true),
                    Unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    EnteredActual = table.Column<double>(type: "double precision", nullable: true),
                    EnteredEvidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    EnteredBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EnteredOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Targets", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_Targets_Movements_TenantId_MovementId",
                        columns: x => new { x.TenantId, x.MovementId },
                        principalTable: "Movements",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Targets_Plans_TenantId_PlanId",
                        columns: x => new { x.TenantId, x.PlanId },
                        principalTable: "Plans",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CalendarOverrides",
                columns: table => new
                {
                    ProvinceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarOverrides", x => new { x.ProvinceId, x.Date });
                    table.ForeignKey(
                        name: "FK_CalendarOverrides_Tenants_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_Units_TenantId_UnitId",
                        columns: x => new { x.TenantId, x.UnitId },
                        principalTable: "Units",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DossierMonthlyCounts",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    ProcedureId = table.Column<Guid>(type: "uuid", nullable: false),
                    AsOf = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    Final = table.Column<bool>(type: "boolean", nullable: false),
                    Received = table.Column<int>(type: "integer", nullable: false),
                    ReceivedOnline = table.Column<int>(type: "integer", nullable: false),
                    Digitised = table.Column<int>(type: "integer", nullable: false),
                    FullyOnlineEligible = table.Column<int>(type: "integer", nullable: false),
                    FullyOnlineFiled = table.Column<int>(type: "integer", nullable: false),
                    WithFee = table.Column<int>(type: "integer", nullable: false),
                    PaidOnline = table.Column<int>(type: "integer", nullable: false),
                    ResolvedEarly = table.Column<int>(type: "integer", nullable: false),
                    ResolvedOnTime = table.Column<int>(type: "integer", nullable: false),
                    ResolvedLate = table.Column<int>(type: "integer", nullable: false),
                    Rejected = table.Column<int>(type: "integer", nullable: false),
                    Withdrawn = table.Column<int>(type: "integer", nullable: false),
                    ClosedSupplementedMoreThanOnce = table.Column<int>(type: "integer", nullable: false),
                    ClosedMultiVisit = table.Column<int>(type: "integer", nullable: false),
                    ProcessingWorkingDaysTotal = table.Column<long>(type: "bigint", nullable: false),
                    ResolvedWithProcessingDays = table.Column<int>(type: "integer", nullable: false),
                    SameDayResolved = table.Column<int>(type: "integer", nullable: false),
                    SameDayResolvedWithinDay = table.Column<int>(type: "integer", nullable: false),
                    PendingAtEnd = table.Column<int>(type: "integer", nullable: false),
                    PendingAtRiskAtEnd = table.Column<int>(type: "integer", nullable: false),
                    PendingOverdueAtEnd = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierMonthlyCounts", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_DossierMonthlyCounts_Procedures_TenantId_ProcedureId",
                        columns: x => new { x.TenantId, x.ProcedureId },
                        principalTable: "Procedures",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DossierMonthlyCounts_Units_TenantId_UnitId",
                        columns: x => new { x.TenantId, x.UnitId },
                        principalTable: "Units",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Dossiers",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ProcedureId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    Channel = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ApplicantName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ApplicantPhone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    AppointmentDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ProcessedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    ReturnedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    RejectedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    WithdrawnAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    Digitised = table.Column<bool>(type: "boolean", nullable: false),
                    FullyOnline = table.Column<bool>(type: "boolean", nullable: false),
                    PaidOnline = table.Column<bool>(type: "boolean", nullable: false),
                    Visits = table.Column<int>(type: "integer", nullable: false),
                    SourceName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RowHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Dossiers", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_Dossiers_Procedures_TenantId_ProcedureId",
                        columns: x => new { x.TenantId, x.ProcedureId },
                        principalTable: "Procedures",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Dossiers_Units_TenantId_UnitId",
                        columns: x => new { x.TenantId, x.UnitId },
                        principalTable: "Units",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Initiatives",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Authors = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    AuthorPersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    Problem = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Solution = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Effect = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DecisionNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    CouncilEvaluation = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    EvaluatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EffectEvidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    EffectRecordedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Initiatives", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_Initiatives_People_TenantId_AuthorPersonId",
                        columns: x => new { x.TenantId, x.AuthorPersonId },
                        principalTable: "People",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Initiatives_Units_TenantId_UnitId",
                        columns: x => new { x.TenantId, x.UnitId },
                        principalTable: "Units",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Pledges",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MovementId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    AimedTitles = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Commitments = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReturnReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pledges", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_Pledges_Movements_TenantId_MovementId",
                        columns: x => new { x.TenantId, x.MovementId },
                        principalTable: "Movements",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Pledges_People_TenantId_PersonId",
                        columns: x => new { x.TenantId, x.PersonId },
                        principalTable: "People",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Pledges_Units_TenantId_UnitId",
                        columns: x => new { x.TenantId, x.UnitId },
                        principalTable: "Units",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PositionTenures",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FromYear = table.Column<int>(type: "integer", nullable: false),
                    ToYear = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PositionTenures", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_PositionTenures_People_TenantId_PersonId",
                        columns: x => new { x.TenantId, x.PersonId },
                        principalTable: "People",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PositionTenures_Units_TenantId_UnitId",
                        columns: x => new { x.TenantId, x.UnitId },
                        principalTable: "Units",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReportObligations",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: true),
                    MovementId = table.Column<Guid>(type: "uuid", nullable: true),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    Recipient = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ScheduleText = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ScheduleJson = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    FromYear = table.Column<int>(type: "integer", nullable: false),
                    ToYear = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportObligations", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_ReportObligations_Plans_TenantId_PlanId",
                        columns: x => new { x.TenantId, x.PlanId },
                        principalTable: "Plans",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReportObligations_Units_TenantId_UnitId",
                        columns: x => new { x.TenantId, x.UnitId },
                        principalTable: "Units",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AwardDecisions",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RoundId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Signer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AwardDecisions", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_AwardDecisions_NominationRounds_TenantId_RoundId",
                        columns: x => new { x.TenantId, x.RoundId },
                        principalTable: "NominationRounds",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CouncilMeetings",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RoundId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Members = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Present = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilMeetings", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_CouncilMeetings_NominationRounds_TenantId_RoundId",
                        columns: x => new { x.TenantId, x.RoundId },
                        principalTable: "NominationRounds",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanTasks",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    SectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Content = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    LeadUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    ScheduleText = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ScheduleJson = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ScheduleNeedsReview = table.Column<bool>(type: "boolean", nullable: false),
                    Deliverable = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Percent = table.Column<int>(type: "integer", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ManualDueDate = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanTasks", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_PlanTasks_PlanSections_TenantId_SectionId",
                        columns: x => new { x.TenantId, x.SectionId },
                        principalTable: "PlanSections",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanTasks_Plans_TenantId_PlanId",
                        columns: x => new { x.TenantId, x.PlanId },
                        principalTable: "Plans",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlanTasks_Units_TenantId_LeadUnitId",
                        columns: x => new { x.TenantId, x.LeadUnitId },
                        principalTable: "Units",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DossierSupplements",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    SuppliedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierSupplements", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_DossierSupplements_Dossiers_TenantId_DossierId",
                        columns: x => new { x.TenantId, x.DossierId },
                        principalTable: "Dossiers",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportSubmissions",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ObligationId = table.Column<Guid>(type: "uuid", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DocumentNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    SubmittedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportSubmissions", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_ReportSubmissions_ReportObligations_TenantId_ObligationId",
                        columns: x => new { x.TenantId, x.ObligationId },
                        principalTable: "ReportObligations",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AwardRecords",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NomineeKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    NomineeName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    AwardKind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    PeriodFrom = table.Column<int>(type: "integer", nullable: true),
                    AchievementKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AchievementSummary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DecisionId = table.Column<Guid>(type: "uuid", nullable: true),
                    DecisionNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    NominationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Revoked = table.Column<bool>(type: "boolean", nullable: false),
                    RevokedReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RevokedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AwardRecords", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_AwardRecords_AwardDecisions_TenantId_DecisionId",
                        columns: x => new { x.TenantId, x.DecisionId },
                        principalTable: "AwardDecisions",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AwardRecords_People_TenantId_PersonId",
                        columns: x => new { x.TenantId, x.PersonId },
                        principalTable: "People",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AwardRecords_Units_TenantId_UnitId",
                        columns: x => new { x.TenantId, x.UnitId },
                        principalTable: "Units",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Nominations",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MovementId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoundId = table.Column<Guid>(type: "uuid", nullable: false),
                    NomineeKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    NomineeUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    NomineePersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    NomineeName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    AwardKind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AchievementSummary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AchievementKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Evidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConfirmedItems = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ReturnReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CouncilResult = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DecisionId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Nominations", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_Nominations_AwardDecisions_TenantId_DecisionId",
                        columns: x => new { x.TenantId, x.DecisionId },
                        principalTable: "AwardDecisions",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Nominations_NominationRounds_TenantId_RoundId",
                        columns: x => new { x.TenantId, x.RoundId },
                        principalTable: "NominationRounds",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Nominations_People_TenantId_NomineePersonId",
                        columns: x => new { x.TenantId, x.NomineePersonId },
                        principalTable: "People",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Nominations_Units_TenantId_NomineeUnitId",
                        columns: x => new { x.TenantId, x.NomineeUnitId },
                        principalTable: "Units",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Nominations_Units_TenantId_UnitId",
                        columns: x => new { x.TenantId, x.UnitId },
                        principalTable: "Units",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanTaskCoordinators",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanTaskCoordinators", x => new { x.TenantId, x.TaskId, x.UnitId });
                    table.ForeignKey(
                        name: "FK_PlanTaskCoordinators_PlanTasks_TenantId_TaskId",
                        columns: x => new { x.TenantId, x.TaskId },
                        principalTable: "PlanTasks",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlanTaskCoordinators_Units_TenantId_UnitId",
                        columns: x => new { x.TenantId, x.UnitId },
                        principalTable: "Units",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TaskOccurrences",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskOccurrences", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_TaskOccurrences_PlanTasks_TenantId_TaskId",
                        columns: x => new { x.TenantId, x.TaskId },
                        principalTable: "PlanTasks",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TaskUpdates",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    OccurrenceDue = table.Column<DateOnly>(type: "date", nullable: true),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: true),
                    AuthorName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    IsContribution = table.Column<bool>(type: "boolean", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Percent = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    DocumentNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Link = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskUpdates", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_TaskUpdates_PlanTasks_TenantId_TaskId",
                        columns: x => new { x.TenantId, x.TaskId },
                        principalTable: "PlanTasks",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CouncilMemberVotes",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    NominationId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Approve = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilMemberVotes", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_CouncilMemberVotes_CouncilMeetings_TenantId_MeetingId",
                        columns: x => new { x.TenantId, x.MeetingId },
                        principalTable: "CouncilMeetings",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CouncilMemberVotes_Nominations_TenantId_NominationId",
                        columns: x => new { x.TenantId, x.NominationId },
                        principalTable: "Nominations",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CouncilRecusals",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    NominationId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilRecusals", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_CouncilRecusals_CouncilMeetings_TenantId_MeetingId",
                        columns: x => new { x.TenantId, x.MeetingId },
                        principalTable: "CouncilMeetings",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CouncilRecusals_Nominations_TenantId_NominationId",
                        columns: x => new { x.TenantId, x.NominationId },
                        principalTable: "Nominations",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvidenceFiles",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UpdateId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceFiles", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_EvidenceFiles_TaskUpdates_TenantId_UpdateId",
                        columns: x => new { x.TenantId, x.UpdateId },
                        principalTable: "TaskUpdates",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_TenantId",
                table: "AspNetUsers",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_TenantId_UnitId",
                table: "AspNetUsers",
                columns: new[] { "TenantId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_TenantId_AtUtc",
                table: "AuditEntries",
                columns: new[] { "TenantId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_TenantId_Entity_EntityId",
                table: "AuditEntries",
                columns: new[] { "TenantId", "Entity", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_AwardDecisions_TenantId_RoundId",
                table: "AwardDecisions",
                columns: new[] { "TenantId", "RoundId" });

            migrationBuilder.CreateIndex(
                name: "IX_AwardRecords_TenantId_DecisionId",
                table: "AwardRecords",
                columns: new[] { "TenantId", "DecisionId" });

            migrationBuilder.CreateIndex(
                name: "IX_AwardRecords_TenantId_PersonId",
                table: "AwardRecords",
                columns: new[] { "TenantId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_AwardRecords_TenantId_UnitId",
                table: "AwardRecords",
                columns: new[] { "TenantId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_AwardRecords_TenantId_Year",
                table: "AwardRecords",
                columns: new[] { "TenantId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_CouncilMeetings_TenantId_RoundId_Date",
                table: "CouncilMeetings",
                columns: new[] { "TenantId", "RoundId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_CouncilMemberVotes_TenantId_MeetingId_NominationId_MemberNa~",
                table: "CouncilMemberVotes",
                columns: new[] { "TenantId", "MeetingId", "NominationId", "MemberName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CouncilMemberVotes_TenantId_NominationId",
                table: "CouncilMemberVotes",
                columns: new[] { "TenantId", "NominationId" });

            migrationBuilder.CreateIndex(
                name: "IX_CouncilRecusals_TenantId_MeetingId_NominationId_MemberName",
                table: "CouncilRecusals",
                columns: new[] { "TenantId", "MeetingId", "NominationId", "MemberName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CouncilRecusals_TenantId_NominationId",
                table: "CouncilRecusals",
                columns: new[] { "TenantId", "NominationId" });

            migrationBuilder.CreateIndex(
                name: "IX_DossierMonthlyCounts_NoUnit",
                table: "DossierMonthlyCounts",
                columns: new[] { "TenantId", "Month", "ProcedureId" },
                unique: true,
                filter: "\"UnitId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_DossierMonthlyCounts_TenantId_Month_ProcedureId_UnitId",
                table: "DossierMonthlyCounts",
                columns: new[] { "TenantId", "Month", "ProcedureId", "UnitId" },
                unique: true,
                filter: "\"UnitId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_DossierMonthlyCounts_TenantId_ProcedureId",
                table: "DossierMonthlyCounts",
                columns: new[] { "TenantId", "ProcedureId" });

            migrationBuilder.CreateIndex(
                name: "IX_DossierMonthlyCounts_TenantId_UnitId",
                table: "DossierMonthlyCounts",
                columns: new[] { "TenantId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_TenantId_Code",
                table: "Dossiers",
                columns: new[] { "TenantId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_TenantId_ProcedureId",
                table: "Dossiers",
                columns: new[] { "TenantId", "ProcedureId" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_TenantId_ReceivedAt",
                table: "Dossiers",
                columns: new[] { "TenantId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_TenantId_UnitId",
                table: "Dossiers",
                columns: new[] { "TenantId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_DossierSupplements_TenantId_DossierId",
                table: "DossierSupplements",
                columns: new[] { "TenantId", "DossierId" });

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceFiles_TenantId_UpdateId",
                table: "EvidenceFiles",
                columns: new[] { "TenantId", "UpdateId" });

            migrationBuilder.CreateIndex(
                name: "IX_ImportMappings_TenantId_SourceName",
                table: "ImportMappings",
                columns: new[] { "TenantId", "SourceName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Initiatives_TenantId_AuthorPersonId",
                table: "Initiatives",
                columns: new[] { "TenantId", "AuthorPersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_Initiatives_TenantId_UnitId",
                table: "Initiatives",
                columns: new[] { "TenantId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_MovementMilestones_TenantId_MovementId",
                table: "MovementMilestones",
                columns: new[] { "TenantId", "MovementId" });

            migrationBuilder.CreateIndex(
                name: "IX_Movements_TenantId_Title",
                table: "Movements",
                columns: new[] { "TenantId", "Title" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NominationRounds_TenantId_MovementId_Kind_Year",
                table: "NominationRounds",
                columns: new[] { "TenantId", "MovementId", "Kind", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_TenantId_DecisionId",
                table: "Nominations",
                columns: new[] { "TenantId", "DecisionId" });

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_TenantId_MovementId_Status",
                table: "Nominations",
                columns: new[] { "TenantId", "MovementId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_TenantId_NomineePersonId",
                table: "Nominations",
                columns: new[] { "TenantId", "NomineePersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_TenantId_NomineeUnitId",
                table: "Nominations",
                columns: new[] { "TenantId", "NomineeUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_TenantId_RoundId_UnitId",
                table: "Nominations",
                columns: new[] { "TenantId", "RoundId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_TenantId_UnitId",
                table: "Nominations",
                columns: new[] { "TenantId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_Notices_TenantId_UserId_ReadAtUtc",
                table: "Notices",
                columns: new[] { "TenantId", "UserId", "ReadAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_People_TenantId_FullName",
                table: "People",
                columns: new[] { "TenantId", "FullName" });

            migrationBuilder.CreateIndex(
                name: "IX_Plans_TenantId_StartYear",
                table: "Plans",
                columns: new[] { "TenantId", "StartYear" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanSections_TenantId_PlanId_Order",
                table: "PlanSections",
                columns: new[] { "TenantId", "PlanId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanTaskCoordinators_TenantId_UnitId",
                table: "PlanTaskCoordinators",
                columns: new[] { "TenantId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanTasks_TenantId_LeadUnitId",
                table: "PlanTasks",
                columns: new[] { "TenantId", "LeadUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanTasks_TenantId_PlanId_Order",
                table: "PlanTasks",
                columns: new[] { "TenantId", "PlanId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanTasks_TenantId_SectionId",
                table: "PlanTasks",
                columns: new[] { "TenantId", "SectionId" });

            migrationBuilder.CreateIndex(
                name: "IX_Pledges_TenantId_MovementId_Year_UnitId_PersonId",
                table: "Pledges",
                columns: new[] { "TenantId", "MovementId", "Year", "UnitId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Pledges_TenantId_PersonId",
                table: "Pledges",
                columns: new[] { "TenantId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_Pledges_TenantId_UnitId",
                table: "Pledges",
                columns: new[] { "TenantId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_PositionTenures_TenantId_PersonId",
                table: "PositionTenures",
                columns: new[] { "TenantId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_PositionTenures_TenantId_UnitId",
                table: "PositionTenures",
                columns: new[] { "TenantId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_Procedures_TenantId_Code",
                table: "Procedures",
                columns: new[] { "TenantId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportObligations_TenantId_PlanId",
                table: "ReportObligations",
                columns: new[] { "TenantId", "PlanId" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportObligations_TenantId_UnitId",
                table: "ReportObligations",
                columns: new[] { "TenantId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportSubmissions_TenantId_ObligationId_DueDate",
                table: "ReportSubmissions",
                columns: new[] { "TenantId", "ObligationId", "DueDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Targets_TenantId_MovementId",
                table: "Targets",
                columns: new[] { "TenantId", "MovementId" });

            migrationBuilder.CreateIndex(
                name: "IX_Targets_TenantId_PlanId",
                table: "Targets",
                columns: new[] { "TenantId", "PlanId" });

            migrationBuilder.CreateIndex(
                name: "IX_TaskOccurrences_TenantId_TaskId_DueDate",
                table: "TaskOccurrences",
                columns: new[] { "TenantId", "TaskId", "DueDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TaskUpdates_TenantId_TaskId_AtUtc",
                table: "TaskUpdates",
                columns: new[] { "TenantId", "TaskId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Tenants_Code",
                table: "Tenants",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tenants_ParentId",
                table: "Tenants",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Units_TenantId_Name",
                table: "Units",
                columns: new[] { "TenantId", "Name" },
                unique: true);

            // The audit log is append-only even for someone with direct database access.
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'AuditEntries is append-only'; END; $$;
                CREATE TRIGGER audit_entries_no_change BEFORE UPDATE OR DELETE ON "AuditEntries"
                    FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "AwardRecords");

            migrationBuilder.DropTable(
                name: "CalendarOverrides");

            migrationBuilder.DropTable(
                name: "CouncilMemberVotes");

            migrationBuilder.DropTable(
                name: "CouncilRecusals");

            migrationBuilder.DropTable(
                name: "DossierMonthlyCounts");

            migrationBuilder.DropTable(
                name: "DossierSupplements");

            migrationBuilder.DropTable(
                name: "EvidenceFiles");

            migrationBuilder.DropTable(
                name: "ImportMappings");

            migrationBuilder.DropTable(
                name: "Initiatives");

            migrationBuilder.DropTable(
                name: "MovementMilestones");

            migrationBuilder.DropTable(
                name: "Notices");

            migrationBuilder.DropTable(
                name: "PlanTaskCoordinators");

            migrationBuilder.DropTable(
                name: "Pledges");

            migrationBuilder.DropTable(
                name: "PositionTenures");

            migrationBuilder.DropTable(
                name: "ReminderLogs");

            migrationBuilder.DropTable(
                name: "ReportSubmissions");

            migrationBuilder.DropTable(
                name: "Targets");

            migrationBuilder.DropTable(
                name: "TaskOccurrences");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "CouncilMeetings");

            migrationBuilder.DropTable(
                name: "Nominations");

            migrationBuilder.DropTable(
                name: "Dossiers");

            migrationBuilder.DropTable(
                name: "TaskUpdates");

            migrationBuilder.DropTable(
                name: "ReportObligations");

            migrationBuilder.DropTable(
                name: "Tenants");

            migrationBuilder.DropTable(
                name: "AwardDecisions");

            migrationBuilder.DropTable(
                name: "People");

            migrationBuilder.DropTable(
                name: "Procedures");

            migrationBuilder.DropTable(
                name: "PlanTasks");

            migrationBuilder.DropTable(
                name: "NominationRounds");

            migrationBuilder.DropTable(
                name: "PlanSections");

            migrationBuilder.DropTable(
                name: "Units");

            migrationBuilder.DropTable(
                name: "Movements");

            migrationBuilder.DropTable(
                name: "Plans");
        }
    }
}
