using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Documents;
using PolicyLibrary.Interpretations;
using PolicyLibrary.Manager;
using PolicyLibrary.Tests.Review;

namespace PolicyLibrary.Tests.Manager;

public class ManagerListsTests : EditorialTest
{
    private static ManagerListFilter Filter(params (string Key, string Value)[] query) =>
        ManagerListFilter.FromQuery(key => query.FirstOrDefault(q => q.Key == key).Value);

    [Fact]
    public async Task Documents_ShouldListEveryDocument_ForReviewersAndAdministrators()
    {
        await CreateDocumentAsync();
        await using var scope = Scope();
        var total = await scope.Db.Documents.CountAsync();

        foreach (var actor in new[] { Reviewer, Administrator })
        {
            var list = (await scope.Lists.DocumentsAsync(actor, Filter())).Value!;
            Assert.True(list.AllUnits);
            Assert.Equal(total, list.Page.TotalCount);
        }
    }

    [Fact]
    public async Task Documents_ShouldListOnlyTheUnitsOwn_ForADrafter_AndRefuseStaff()
    {
        await CreateDocumentAsync();
        await using var scope = Scope();
        var unitCount = await scope.Db.Documents.CountAsync(d => d.DraftingUnitId == Drafter.OrgUnitId);

        var list = (await scope.Lists.DocumentsAsync(Drafter, Filter(("unit", "finance")))).Value!;

        Assert.False(list.AllUnits);
        Assert.Equal(unitCount, list.Page.TotalCount);
        Assert.False((await scope.Lists.DocumentsAsync(Staff, Filter())).Allowed);
    }

    [Fact]
    public async Task Documents_ShouldApplyEveryFilter()
    {
        var draftId = await CreateDocumentAsync();
        await using var scope = Scope();

        async Task<IReadOnlyList<ManagerListDocument>> Rows(params (string, string)[] query)
        {
            var items = (await scope.Lists.DocumentsAsync(Administrator, Filter(query))).Value!.Page.Items;
            Assert.NotEmpty(items); // the seed has a document for every filter asked here
            return items;
        }

        Assert.Equal([draftId], (await Rows(("status", "Draft"), ("q", "加强政策解读"))).Select(r => r.Id));
        Assert.All(await Rows(("kind", "Regulation")), r => Assert.Equal(DocumentKind.Regulation, r.Kind));
        Assert.All(await Rows(("unit", "finance")), r => Assert.Equal("下陆区财政局", r.UnitName));
        Assert.All(await Rows(("category", "housing")), r => Assert.Equal("保障性住房及征地拆迁", r.CategoryName));
        Assert.All(await Rows(("year", "2017")), r => Assert.Equal(2017, r.WrittenOn.Year));
        Assert.All(await Rows(("validity", "Repealed")), r => Assert.Equal(Validity.Repealed, r.Validity));
        Assert.All(await Rows(("disclosure", "OnRequest")), r => Assert.Equal(DisclosureAttribute.OnRequest, r.Disclosure));
        Assert.Contains(draftId, (await Rows(("q", "黄下政办〔2016〕130号"))).Select(r => r.Id));
    }

    [Fact]
    public async Task Documents_ShouldSortAndPage()
    {
        await using var scope = Scope();

        var byTitle = (await scope.Lists.DocumentsAsync(Reviewer, Filter(("sort", "Title")))).Value!.Page.Items.Select(r => r.Title).ToList();
        var byWritten = (await scope.Lists.DocumentsAsync(Reviewer, Filter(("sort", "Written")))).Value!.Page.Items.Select(r => r.WrittenOn).ToList();

        Assert.Equal(byTitle.Order(StringComparer.Ordinal), byTitle, StringComparer.Ordinal);
        Assert.Equal(byWritten.OrderDescending(), byWritten);
        var beyond = (await scope.Lists.DocumentsAsync(Reviewer, Filter(("page", "999")))).Value!;
        Assert.Equal(beyond.Page.TotalPages, beyond.Page.Page);
    }

    [Fact]
    public void Filter_ShouldIgnoreAndNameValuesItDoesNotUnderstand()
    {
        var filter = Filter(("status", "Secret"), ("year", "二〇一六"), ("kind", "1"), ("page", "-3"));

        Assert.True(filter.IsEmpty);
        Assert.Equal(4, filter.Ignored.Count);
        Assert.Equal(1, filter.Page);
    }

    [Fact]
    public async Task Documents_ShouldShowEachInterpretationState()
    {
        // Published on Friday 2016-09-30 without its interpretation: owed by Monday 2016-10-10, overdue after.
        var owing = await CreateDocumentAsync(NewDocument() with
        {
            PlannedInterpretationForm = InterpretationForm.Text,
            PlannedInterpretationDueOn = new DateOnly(2016, 10, 10),
        });
        var pending = await CreateDocumentAsync(NewDocument("011043070/2016-00903"));
        var other = await CreateDocumentAsync(NewDocument("011043070/2016-00904", DocumentKind.Other));
        var interpreted = await CreateDocumentAsync(NewDocument("011043070/2016-00905"));
        await CreateInterpretationAsync(interpreted);
        await using (var publish = Scope())
        {
            Assert.True((await publish.Workflow.SubmitAsync(Drafter, owing)).Succeeded);
            Assert.True((await publish.Workflow.ApproveAsync(Reviewer, owing, null, null)).Succeeded);
        }

        async Task<ManagerListDocument> Row(int id)
        {
            await using var scope = Scope();
            return (await scope.Lists.DocumentsAsync(Drafter, Filter(("status", "")))).Value!.Page.Items.Single(r => r.Id == id);
        }

        Assert.Equal((InterpretationState.Owed, new DateOnly(2016, 10, 10)), ((await Row(owing)).Interpretation, (await Row(owing)).InterpretationDueOn));
        Assert.Equal(InterpretationState.Pending, (await Row(pending)).Interpretation);
        Assert.Equal(InterpretationState.NotRequired, (await Row(other)).Interpretation);
        Assert.Equal(InterpretationState.InProgress, (await Row(interpreted)).Interpretation);
        Clock.Advance(TimeSpan.FromDays(11));
        Assert.Equal(InterpretationState.Overdue, (await Row(owing)).Interpretation);
    }

    [Fact]
    public async Task Interpretations_ShouldListAll_ForReviewers_AndTheUnitsOwn_ForDrafters()
    {
        var id = await CreateDocumentAsync();
        await CreateInterpretationAsync(id);
        await using var scope = Scope();

        var all = (await scope.Lists.InterpretationsAsync(Reviewer, ManagerListFilter.FromQuery(_ => null))).Value!;
        var mine = (await scope.Lists.InterpretationsAsync(OtherUnitDrafter, ManagerListFilter.FromQuery(_ => null))).Value!;
        var drafts = (await scope.Lists.InterpretationsAsync(Drafter, Filter(("status", "Draft"), ("form", "Text")))).Value!;

        Assert.Equal(await scope.Db.Interpretations.CountAsync(), all.Page.TotalCount);
        Assert.All(mine.Page.Items, i => Assert.Equal("下陆区财政局", i.UnitName));
        Assert.Equal([id], drafts.Page.Items.Select(i => i.DocumentId));
    }
}
