using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Organisation;
using PolicyLibrary.Tests.Review;

namespace PolicyLibrary.Tests.Interpretations;

/// <summary>谁起草，谁解读, enforced by the core for every writer of interpretations.</summary>
public class InterpreterRuleTests : EditorialTest
{
    [Fact]
    public async Task CreateInterpretation_ShouldRefuseAnotherUnit_NamingTheRule()
    {
        var id = await CreateDocumentAsync();
        await using var scope = Scope();

        var outcome = await scope.Interpretations.CreateAsync(OtherUnitDrafter, id, NewInterpretation());

        Assert.Equal(OutcomeKind.Refused, outcome.Kind);
        Assert.Contains("谁起草，谁解读", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("下陆区人民政府办公室", outcome.Message, StringComparison.Ordinal);
        Assert.False(await scope.Db.Interpretations.AnyAsync(i => i.DocumentId == id));
        Assert.True(await scope.Db.AuditEvents.AnyAsync(e => e.DocumentId == id && e.Action == PolicyLibrary.Audit.AuditAction.Refused));
    }

    [Fact]
    public async Task EditInterpretation_ShouldRefuseAnotherUnit_AndAnyoneWhoIsNotADrafter()
    {
        var id = await CreateDocumentAsync();
        var interpretationId = await CreateInterpretationAsync(id);
        await using var scope = Scope();
        var version = (await scope.Db.Interpretations.SingleAsync(i => i.Id == interpretationId)).Version;

        foreach (var actor in new[] { OtherUnitDrafter, Reviewer, Administrator, Staff })
        {
            var outcome = await scope.Interpretations.UpdateAsync(actor, interpretationId, NewInterpretation() with { Title = "越权修改" }, version);
            Assert.Equal(OutcomeKind.Refused, outcome.Kind);
        }

        Assert.True((await scope.Interpretations.UpdateAsync(Drafter, interpretationId, NewInterpretation() with { Title = "本单位修改" }, version)).Succeeded);
    }

    [Fact]
    public async Task JointDocument_ShouldBeInterpretedByItsLeadUnitOnly()
    {
        // 安全生产大检查 notice: led by 区安监局 (work-safety), issued jointly with 区住建局 (housing-construction).
        var joint = await QueryAsync(db => db.Documents.Include(d => d.CoIssuingUnits).SingleAsync(d => d.Slug == "construction-safety-inspection-notice-2016"));
        Assert.Contains(joint.CoIssuingUnits, u => u.Code == "housing-construction");
        var coIssuer = await PolicyLibrary.Tests.Support.EditingScope.ActorAsync(Database, "housing", "housing-construction", Roles.Drafter);
        var lead = await PolicyLibrary.Tests.Support.EditingScope.ActorAsync(Database, "safety", "work-safety", Roles.Drafter);
        await using var scope = Scope();

        var refused = await scope.Interpretations.CreateAsync(coIssuer, joint.Id, NewInterpretation());
        var allowed = await scope.Interpretations.CreateAsync(lead, joint.Id, NewInterpretation());

        Assert.Equal(OutcomeKind.Refused, refused.Kind);
        Assert.Contains("牵头单位", refused.Message, StringComparison.Ordinal);
        Assert.True(allowed.Succeeded, allowed.Message);
    }

    [Theory]
    [InlineData("", "Title")]
    [InlineData("![](media/x.png)", "BodyMarkdown")]
    public async Task CreateInterpretation_ShouldExplainBadInput(string body, string field)
    {
        var id = await CreateDocumentAsync();
        await using var scope = Scope();
        var input = field == "Title" ? NewInterpretation() with { Title = body } : NewInterpretation() with { BodyMarkdown = body };

        var outcome = await scope.Interpretations.CreateAsync(Drafter, id, input);

        Assert.Equal(OutcomeKind.Invalid, outcome.Kind);
        Assert.True(outcome.Errors.ContainsKey(field));
    }
}
