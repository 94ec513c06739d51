using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Audit;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Web.Staff;

public class StaffImportTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Page = "/manager/users/import";
    private const string Header = "用户名,姓名,邮箱,单位代码,角色,初始密码";

    [Fact]
    public async Task ImportPage_ShouldOfferTheFormAndTheTemplate()
    {
        var client = await site.AdminAsync();

        var page = await client.GetPageAsync(Page);
        Assert.Equal("导入用户", page.Text("main h1"));
        Assert.NotNull(page.QuerySelector("form[action='/manager/users/import'][enctype='multipart/form-data'] input[type='file'][name='file']"));
        Assert.NotNull(page.QuerySelector("label[for='file']"));

        using var template = await client.GetAsync(new Uri(Page + "/template.csv", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        Assert.Equal("text/csv", template.Content.Headers.ContentType?.MediaType);
        var bytes = await template.Content.ReadAsByteArrayAsync();
        Assert.Equal(Header + "\r\n", new UTF8Encoding(true).GetString(bytes.AsSpan(3)));
    }

    [Fact]
    public async Task Import_ShouldCreateGoodRowsAndReportEachBadRow()
    {
        var client = await site.AdminAsync();
        var csv = string.Join("\n",
            Header,
            "imp-good1,张三,imp-good1@example.cn,finance,起草人,Good-Passw0rd!",
            "imp-badunit,李四,imp-badunit@example.cn,nowhere,起草人,Good-Passw0rd!",
            "imp-weak,王五,imp-weak@example.cn,finance,工作人员,weak",
            "imp-badrole,赵六,imp-badrole@example.cn,finance,皇帝,Good-Passw0rd!",
            "imp-good2,钱七,imp-good2@example.cn,price,审核人；工作人员,Good-Passw0rd!",
            "imp-good1,重名,imp-dup@example.cn,finance,起草人,Good-Passw0rd!");

        using var response = await client.UploadAsync(Page, Page, "staff.csv", Encoding.UTF8.GetBytes(csv));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.HtmlAsync();
        Assert.Equal("2", page.Text(".created-count"));
        Assert.Equal("4", page.Text(".refused-count"));
        var rows = page.QuerySelectorAll(".import-report tbody tr").Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(6, rows.Count);
        Assert.Equal(["2", "imp-good1", "已创建"], rows[0][..3]);
        Assert.Equal(["3", "imp-badunit", "未创建"], rows[1][..3]);
        Assert.Contains("单位“nowhere”不存在", rows[1][3], StringComparison.Ordinal);
        Assert.Contains("密码至少需要 10 个字符", rows[2][3], StringComparison.Ordinal);
        Assert.Contains("角色无效", rows[3][3], StringComparison.Ordinal);
        Assert.Equal("已创建", rows[4][2]);
        Assert.Contains("已被使用", rows[5][3], StringComparison.Ordinal);

        var created = await site.WithDbAsync(db => db.Users.Where(u => u.UserName!.StartsWith("imp-")).Select(u => u.UserName).ToListAsync());
        Assert.Equal(["imp-good1", "imp-good2"], created.Order());
        Assert.True(await site.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == AuditAction.UserManaged && e.Detail.Contains("staff.csv") && e.Detail.Contains("创建 2 个"))));
    }

    [Fact]
    public async Task Import_ShouldReadGb18030_AsChineseExcelSavesIt()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var client = await site.AdminAsync();
        // Not "imp-": the test above counts every "imp-" account, and the two share one site in either order.
        var csv = Header + "\r\ngbk-sun,孙八,gbk-sun@example.cn,finance,工作人员,Good-Passw0rd!\r\n";

        using var response = await client.UploadAsync(Page, Page, "excel.csv", Encoding.GetEncoding(54936).GetBytes(csv));

        var page = await response.HtmlAsync();
        Assert.Equal("1", page.Text(".created-count"));
        Assert.Equal("孙八", await site.WithDbAsync(db => db.Users.Where(u => u.UserName == "gbk-sun").Select(u => u.DisplayName).FirstAsync()));
    }

    public static TheoryData<string, byte[], string> MalformedFiles => new()
    {
        { "empty.csv", [], "文件是空的" },
        { "blank.csv", Encoding.UTF8.GetBytes("\r\n\r\n"), "文件是空的" },
        { "header-only.csv", Encoding.UTF8.GetBytes(Header + "\n"), "只有表头" },
        { "wrong-header.csv", Encoding.UTF8.GetBytes("name,email\nmal-1,mal-1@example.cn\n"), "第一行必须是表头" },
        { "short-row.csv", Encoding.UTF8.GetBytes(Header + "\nmal-2,甲,mal-2@example.cn,finance,工作人员,Good-Passw0rd!\nmal-3,乙,mal-3@example.cn,finance\n"), "第 3 行有 4 列" },
        { "quotes.csv", Encoding.UTF8.GetBytes(Header + "\nmal-4,甲,mal-4@example.cn,finance,工作人员,Good-Passw0rd!\nmal-5,\"乙,mal-5@example.cn,finance,工作人员,Good-Passw0rd!\n"), "第 3 行" },
        { "stray-quote.csv", Encoding.UTF8.GetBytes(Header + "\nmal-7,甲,mal-7@example.cn,finance,工作人员,Good-Passw0rd!\nmal-8,乙\"x,mal-8@example.cn,finance,工作人员,Good-Passw0rd!\n"), "第 3 行" },
        { "binary.csv", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF, 0xFE, 0x00, 0x01], "不是 CSV 文本文件" },
        { "staff.xlsx", Encoding.UTF8.GetBytes(Header + "\nmal-6,甲,mal-6@example.cn,finance,工作人员,Good-Passw0rd!\n"), "只能上传 .csv 文件" },
        { "huge.csv", Encoding.UTF8.GetBytes(Header + "\n" + new string('x', 1024 * 1024 + 10)), "文件超过 1 MB" },
    };

    [Theory]
    [MemberData(nameof(MalformedFiles))]
    public async Task Import_ShouldExplainAndStoreNothing_WhenFileIsMalformed(string fileName, byte[] content, string message)
    {
        var client = await site.AdminAsync();
        var users = await site.WithDbAsync(db => db.Users.CountAsync());
        var events = await site.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.Action == AuditAction.UserManaged));

        using var response = await client.UploadAsync(Page, Page, fileName, content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.HtmlAsync();
        Assert.Contains(message, page.Text(".form-errors"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".import-report"));
        Assert.Equal(users, await site.WithDbAsync(db => db.Users.CountAsync()));
        Assert.Equal(events, await site.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.Action == AuditAction.UserManaged)));
    }

    [Fact]
    public async Task Import_ShouldAskForAFile_WhenNoneIsSent()
    {
        var client = await site.AdminAsync();
        using var response = await client.PostFormAsync(Page, Page, []);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("请选择要上传的 CSV 文件", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
