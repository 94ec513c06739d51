using PolicyLibrary.Organisation;
using PolicyLibrary.Training;

namespace PolicyLibrary.Tests.Training;

public class ModuleAudienceTests
{
    private static readonly OrgUnit GovOffice = new() { Id = 1, Code = "gov-office", Name = "下陆区人民政府办公室", ShortName = "区政府办" };

    private static TrainingModule Module(string[] roles, params OrgUnit[] units) =>
        new() { Slug = "m", Title = "保密审查", AudienceRoles = [.. roles], AudienceUnits = [.. units] };

    private static Actor Person(int unitId, params string[] roles) => new("u", "张敏", unitId, roles.ToHashSet());

    [Fact]
    public void Includes_ShouldBeEveryone_WhenTheModuleNamesNoRoleAndNoUnit()
    {
        Assert.True(ModuleAudience.Includes(Module([]), Person(7, Roles.Staff)));
        Assert.Equal("全体工作人员", ModuleAudience.Describe(Module([])));
    }

    [Fact]
    public void Includes_ShouldMatchARoleOrAUnit()
    {
        var module = Module([Roles.Reviewer], GovOffice);

        Assert.True(ModuleAudience.Includes(module, Person(7, Roles.Reviewer)));
        Assert.True(ModuleAudience.Includes(module, Person(GovOffice.Id, Roles.Staff)));
        Assert.False(ModuleAudience.Includes(module, Person(7, Roles.Drafter)));
    }

    [Fact]
    public void MayStudy_ShouldRefuseWithTheAudience_WhenOutsideIt_ButLetCoordinatorsIn()
    {
        var module = Module([Roles.Drafter, Roles.Reviewer], GovOffice);

        Assert.Equal("课程《保密审查》面向起草人、审核人、区政府办，不在您的学习范围内。", Permissions.Study(Person(7, Roles.Staff), module));
        Assert.Null(Permissions.Study(Person(7, Roles.TrainingCoordinator), module));
        Assert.Null(Permissions.Study(Person(7, Roles.Drafter), module));
    }
}
