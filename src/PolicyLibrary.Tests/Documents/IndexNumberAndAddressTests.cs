using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Audit;
using PolicyLibrary.Documents;
using PolicyLibrary.Organisation;
using PolicyLibrary.Revisions;
using PolicyLibrary.Tests.Review;

namespace PolicyLibrary.Tests.Documents;

/// <summary>索引号 by the office's rule (unit code / year - serial) and a readable public address the drafter may choose.</summary>
public class IndexNumberAndAddressTests : EditorialTest
{
    [Fact]
    public void Next_ShouldFollowTheHighestSerialOfTheUnitAndYear_IgnoringOtherPrefixes()
    {
        var unit = new OrgUnit { Code = "gov-office", Name = "下陆区人民政府办公室", ShortName = "区政府办", IndexCode = "011043070" };
        var prefix = IndexNumbers.Prefix(unit, 2016);

        var next = IndexNumbers.Next(prefix, ["011043070/2016-00066", "011043070/2016-00312", "011043070/2015-00999", "011043070/2016-手工"]);

        Assert.Equal(("011043070/2016-", "011043070/2016-00313"), (prefix, next));
        Assert.Equal("011043070/2026-00001", IndexNumbers.Next(IndexNumbers.Prefix(unit, 2026), []));
        Assert.Equal("finance/2026-", IndexNumbers.Prefix(new OrgUnit { Code = "finance", Name = "财政局", ShortName = "财政局" }, 2026));
    }

    [Fact]
    public async Task Create_ShouldAssignTheNextIndexNumberOfTheDraftersUnit_WhateverWasTyped()
    {
        var first = await CreateDocumentAsync(NewDocument(indexNumber: "我自己编的"));
        var second = await CreateDocumentAsync(NewDocument(indexNumber: "011043070/2016-00066"));

        // The seed's highest 2016 number of the office (011043070) is 00312.
        var numbers = await QueryAsync(db => db.Documents.Where(d => d.Id == first || d.Id == second).OrderBy(d => d.Id).Select(d => d.IndexNumber).ToListAsync());
        Assert.Equal(["011043070/2016-00313", "011043070/2016-00314"], numbers);
        var revision = await QueryAsync(db => db.Revisions.SingleAsync(r => r.DocumentId == first));
        Assert.Equal("011043070/2016-00313", RevisionLog.Read<DocumentInput>(revision).IndexNumber);
    }

    [Fact]
    public async Task Create_ShouldGiveEveryDraftItsOwnNumber_WhenDraftersSaveAtTheSameTime()
    {
        var scopes = Enumerable.Range(0, 4).Select(_ => Scope()).ToList();
        var outcomes = await Task.WhenAll(scopes.Select(s => s.Documents.CreateAsync(Drafter, NewDocument())));
        foreach (var scope in scopes)
        {
            await scope.DisposeAsync();
        }

        Assert.All(outcomes, o => Assert.True(o.Succeeded, o.Message));
        var ids = outcomes.Select(o => o.Id).ToList();
        var numbers = await QueryAsync(db => db.Documents.Where(d => ids.Contains(d.Id)).Select(d => d.IndexNumber).ToListAsync());
        Assert.Equal(["011043070/2016-00313", "011043070/2016-00314", "011043070/2016-00315", "011043070/2016-00316"], numbers.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Update_ShouldKeepTheAssignedNumber_WhenADrafterTypesAnother()
    {
        var id = await CreateDocumentAsync();
        await using var scope = Scope();
        var version = (await scope.Db.Documents.SingleAsync(d => d.Id == id)).Version;

        Assert.True((await scope.Documents.UpdateAsync(Drafter, id, NewDocument(indexNumber: "HAND-TYPED"), version)).Succeeded);

        Assert.Equal("011043070/2016-00313", await QueryAsync(db => db.Documents.Where(d => d.Id == id).Select(d => d.IndexNumber).SingleAsync()));
    }

    [Fact]
    public async Task ChangeIndexNumber_ShouldBeForAdministratorsOnly_UniqueAndAudited()
    {
        var id = await CreateDocumentAsync();
        await using var scope = Scope();

        Assert.Equal(OutcomeKind.Refused, (await scope.Documents.ChangeIndexNumberAsync(Drafter, id, "011043070/2016-00900")).Kind);
        var taken = await scope.Documents.ChangeIndexNumberAsync(Administrator, id, "011043070/2016-00066");
        Assert.Contains("已被其他文件使用", taken.Errors["IndexNumber"], StringComparison.Ordinal);
        Assert.Equal(OutcomeKind.Invalid, (await scope.Documents.ChangeIndexNumberAsync(Administrator, id, " ")).Kind);
        Assert.True((await scope.Documents.ChangeIndexNumberAsync(Administrator, id, " 011043070/2016-00900 ")).Succeeded);

        Assert.Equal("011043070/2016-00900", await QueryAsync(db => db.Documents.Where(d => d.Id == id).Select(d => d.IndexNumber).SingleAsync()));
        var audit = await QueryAsync(db => db.AuditEvents.SingleAsync(e => e.DocumentId == id && e.Action == AuditAction.IndexNumberChanged));
        Assert.Equal(("admin", true), (audit.ActorId, audit.Detail.Contains("011043070/2016-00313", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Create_ShouldTakeAReadableAddress_AndExplainOneInUseOrMalformed()
    {
        var id = await CreateDocumentAsync(NewDocument() with { Slug = "2016-zhengce-jiedu" });
        Assert.Equal("2016-zhengce-jiedu", await QueryAsync(db => db.Documents.Where(d => d.Id == id).Select(d => d.Slug).SingleAsync()));

        await using var scope = Scope();
        var again = await scope.Documents.CreateAsync(Drafter, NewDocument() with { Slug = "2016-zhengce-jiedu" });
        var malformed = await scope.Documents.CreateAsync(Drafter, NewDocument() with { Slug = "政策 解读" });

        Assert.Equal("网址 2016-zhengce-jiedu 已被其他文件使用，请换一个。", again.Errors[nameof(DocumentInput.Slug)]);
        Assert.Contains("小写字母、数字和连字符", malformed.Errors[nameof(DocumentInput.Slug)], StringComparison.Ordinal);
        Assert.Equal(1, await scope.Db.Documents.CountAsync(d => d.Title == NewDocument().Title));
    }

    [Fact]
    public async Task Create_ShouldSayChoose_WhenNoCategoryIsSelected()
    {
        await using var scope = Scope();
        var outcome = await scope.Documents.CreateAsync(Drafter, NewDocument() with { CategoryCode = "" });

        Assert.Equal("请选择主题分类。", outcome.Errors[nameof(DocumentInput.CategoryCode)]);
    }
}
