using ReformDesk.Web.Features.Platform;

var builder = WebApplication.CreateBuilder(args);
builder.AddReformDesk();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseReformDesk();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
