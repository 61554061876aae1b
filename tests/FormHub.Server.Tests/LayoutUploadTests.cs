using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using FormHub.Server.Tests.Infrastructure;

namespace FormHub.Server.Tests;

/// <summary>An admin's layout upload: every problem listed in Chinese and nothing stored, or checked and stored.</summary>
[Collection(SqliteServerCollection.Name)]
public sealed class LayoutUploadTests(SqliteServer server)
{
    private static MultipartFormDataContent Upload(byte[] content, string fileName = "版式.xlsx")
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    private static byte[] Shipped(string name) => File.ReadAllBytes(Path.Combine(RepositoryRoot.Templates, "layouts", name));

    [Fact]
    public async Task AnAdminsLayoutThatPassesTheChecksIsStoredAndServesTheOfficialExport()
    {
        var admin = await server.SignedInAsync(Accounts.Admin);
        var stored = await (await admin.PostAsync("/api/templates/mz-tekun-monthly/layout", Upload(Shipped("mz-tekun-monthly.xlsx"), "特困-县里版式.xlsx"))).OkJsonAsync();
        Assert.Equal("特困-县里版式.xlsx", stored.GetProperty("fileName").GetString());
        Assert.Equal("特困-县里版式.xlsx", (await server.Store.GetLayoutAsync("mz-tekun-monthly"))!.FileName);
        // On the admins' audit page with the other definitions.
        var trail = await (await admin.GetAsync("/api/accounts/audit?subject=mz-tekun-monthly")).OkJsonAsync();
        Assert.Contains(trail.EnumerateArray(), l => l.GetProperty("action").GetString() == "template.layout"
            && l.GetProperty("detail").GetString()!.Contains("特困-县里版式.xlsx", StringComparison.Ordinal));
        using var export = await admin.GetAsync($"/api/reports/mz-tekun-monthly/{DemoCounty.County}/xlsx?layout=official");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal((byte)'P', (await export.Content.ReadAsByteArrayAsync())[0]);
    }

    public static TheoryData<string, byte[]> BadLayouts()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry("word/document.xml").Open());
            writer.Write("<w:document/>");
        }
        return new()
        {
            { "not-xlsx", "这不是 Excel 文件"u8.ToArray() },
            { "not-workbook", zip.ToArray() },
            { "encrypted", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0] },
            { "unknown-column", Replace(Shipped("mz-dibao-monthly.xlsx"), "{{row.persons}}", "{{row.persns}}") },
        };
    }

    [Theory, MemberData(nameof(BadLayouts))]
    public async Task ABadLayoutIsRefusedWithItsProblemsAndNothingIsStored(string problem, byte[] content)
    {
        var admin = await server.SignedInAsync(Accounts.Admin);
        var before = await server.Store.GetLayoutAsync("mz-orphan-monthly");
        var refused = await (await admin.PostAsync("/api/templates/mz-orphan-monthly/layout", Upload(content))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("未保存", refused.Detail());
        Assert.NotEmpty(refused.GetProperty("problems").EnumerateArray());
        Assert.Equal(before?.UploadedAt, (await server.Store.GetLayoutAsync("mz-orphan-monthly"))?.UploadedAt);
        _ = problem;
    }

    [Fact]
    public async Task OnlyAnAdminUploadsLayouts()
    {
        var department = await server.SignedInAsync(Accounts.Department);
        await (await department.PostAsync("/api/templates/mz-dibao-monthly/layout", Upload(Shipped("mz-dibao-monthly.xlsx")))).ProblemAsync(HttpStatusCode.Forbidden);
    }

    /// <summary>Rewrites a text in the workbook's shared strings (where the shipped layouts keep their placeholders).</summary>
    private static byte[] Replace(byte[] xlsx, string from, string to)
    {
        using var copy = new MemoryStream();
        copy.Write(xlsx);
        using (var archive = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
        {
            foreach (var entry in archive.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)).ToList())
            {
                string text;
                using (var reader = new StreamReader(entry.Open())) text = reader.ReadToEnd();
                if (!text.Contains(from, StringComparison.Ordinal)) continue;
                var name = entry.FullName;
                entry.Delete();
                using var writer = new StreamWriter(archive.CreateEntry(name).Open());
                writer.Write(text.Replace(from, to, StringComparison.Ordinal));
            }
        }
        return copy.ToArray();
    }
}
