using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Audit;
using PolicyLibrary.Organisation;
using PolicyLibrary.Revisions;
using PolicyLibrary.Tests.Support;
using PolicyLibrary.Training;

namespace PolicyLibrary.Tests.Training;

/// <summary>Module authoring on a real database: quiz versions, lessons that keep their readers, publishing, answers shown, revisions.</summary>
public class ModuleEditorTests : IAsyncLifetime
{
    private const string Module = "confidentiality-review-2016"; // for 起草人 and 审核人, 3 lessons, 5 questions, pass mark 80
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 20, 2, 0, 0, TimeSpan.Zero));
    private TestDatabase _database = null!;
    private Actor _coordinator = null!;
    private Actor _reviewer = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await _database.ImportAsync(RepositoryPaths.Content);
        _coordinator = await StaffAsync("coordinator", "周敏", Roles.TrainingCoordinator);
        _reviewer = await StaffAsync("reviewer", "李娜", Roles.Reviewer);
    }

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task UpdateQuiz_ShouldWriteANewVersion_AndKeepEarlierAttemptsAndCertificates()
    {
        var passed = await CompleteAsync(_reviewer);
        var before = await MyModuleAsync(_reviewer);
        var code = (await Queries().CertificateAsync(_reviewer, Module))!.Code;

        var source = await SourceAsync();
        var changed = source.Input.Questions.Select((q, i) => i == 0 ? q with { Text = "新的第一题：保密审查的原则是？" } : q).ToList();
        var outcome = await Editor().UpdateAsync(_coordinator, Module, source.Input with { Questions = changed }, source.Version);

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Contains("第 2 版", outcome.Message, StringComparison.Ordinal);
        var after = await SourceAsync();
        Assert.Equal((2, "新的第一题：保密审查的原则是？"), (after.QuizVersion, after.Input.Questions[0].Text));
        var old = (await Queries().AttemptAsync(_reviewer, passed))!;
        Assert.Equal((100, true, "政府信息保密审查应当坚持的原则是："), (old.Score, old.Passed, old.Items[0].Text));
        Assert.Equal(new DateOnly(2026, 11, 20), (await Queries().VerifyAsync(code))!.CompletedOn);
        Assert.Equal(before, await MyModuleAsync(_reviewer));
        var form = await Queries().QuizAsync((await LoadAsync())!);
        await using var db = _database.NewContext();
        var version2 = await db.QuizQuestions.Where(q => q.Module!.Slug == Module && q.QuizVersion == 2).Select(q => q.Id).ToListAsync();
        Assert.Equal(version2.Order(), form.Questions.Select(q => q.Id).Order());
        Assert.Equal(10, await db.QuizQuestions.CountAsync(q => q.Module!.Slug == Module));
    }

    [Fact]
    public async Task Submit_ShouldBeRefused_WhenTheFormIsOfAnEarlierQuizVersion()
    {
        var stale = await AnswersAsync();
        var source = await SourceAsync();
        await Editor().UpdateAsync(_coordinator, Module, source.Input with { Questions = [.. source.Input.Questions.Skip(1)] }, source.Version);

        var outcome = await Progress().SubmitQuizAsync(_reviewer, Module, stale);

        Assert.Equal(OutcomeKind.Invalid, outcome.Kind);
        Assert.Contains("测验可能刚刚更新", outcome.Errors["answers"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateLessons_ShouldKeepWhatStaffRead_WhenLessonsMoveAndTheQuizStays()
    {
        await Progress().MarkLessonReadAsync(_reviewer, Module, 1);
        var source = await SourceAsync();
        var lessons = source.Input.Lessons.Reverse().ToList();

        var outcome = await Editor().UpdateAsync(_coordinator, Module, source.Input with { Lessons = lessons }, source.Version);

        Assert.True(outcome.Succeeded, outcome.Message);
        var after = await SourceAsync();
        Assert.Equal((1, "第一课　为什么要做保密审查"), (after.QuizVersion, after.Input.Lessons[2].Title));
        var detail = (await Queries().ModuleAsync(_reviewer, Module))!.Value.Detail;
        Assert.Equal([false, false, true], detail.Lessons.Select(l => l.Read));
    }

    [Fact]
    public async Task Update_ShouldConflict_WhenTheVersionIsStale_AndWriteNothing()
    {
        var source = await SourceAsync();
        Assert.True((await Editor().UpdateAsync(_coordinator, Module, source.Input with { Title = "第一次修改" }, source.Version)).Succeeded);

        var outcome = await Editor().UpdateAsync(_coordinator, Module, source.Input with { Title = "第二次修改" }, source.Version);

        Assert.Equal(OutcomeKind.Conflict, outcome.Kind);
        Assert.Equal("第一次修改", (await SourceAsync()).Input.Title);
    }

    [Fact]
    public async Task Create_ShouldBeRefused_ForStaff_AndInvalidInputWritesNothing()
    {
        var refused = await Editor().CreateAsync(_reviewer, NewModule());
        var twoAnswers = NewModule() with
        {
            Questions = [new QuestionInput("单选题", QuestionKind.SingleChoice, null, [new OptionInput("甲", true), new OptionInput("乙", true)])],
        };
        var invalid = await Editor().CreateAsync(_coordinator, twoAnswers);

        Assert.Equal(OutcomeKind.Refused, refused.Kind);
        Assert.Equal(OutcomeKind.Invalid, invalid.Kind);
        Assert.Contains("恰好勾选一个正确答案", invalid.Errors["Questions[0]"], StringComparison.Ordinal);
        await using var db = _database.NewContext();
        Assert.Equal(4, await db.TrainingModules.CountAsync());
    }

    [Fact]
    public async Task Publish_ShouldShowTheModuleToItsAudience_AndNeedLessonsAndAQuiz()
    {
        var created = await Editor().CreateAsync(_coordinator, NewModule() with { Questions = [] }, "new-module");
        Assert.True(created.Succeeded, created.Message);
        var version = (await SourceAsync("new-module")).Version;
        var refused = await Editor().SetPublishedAsync(_coordinator, "new-module", true, version);
        Assert.Equal(OutcomeKind.Refused, refused.Kind);
        Assert.DoesNotContain(await MyModulesAsync(_reviewer), m => m.Slug == "new-module");

        var source = await SourceAsync("new-module");
        await Editor().UpdateAsync(_coordinator, "new-module", source.Input with { Questions = [Question()] }, source.Version);
        var published = await Editor().SetPublishedAsync(_coordinator, "new-module", true, (await SourceAsync("new-module")).Version);

        Assert.True(published.Succeeded, published.Message);
        Assert.Contains(await MyModulesAsync(_reviewer), m => m.Slug == "new-module" && m.Required);
        await using var db = _database.NewContext();
        Assert.Equal([AuditAction.ModuleCreated, AuditAction.ModuleEdited, AuditAction.ModulePublished],
            await db.AuditEvents.Where(e => e.ActorId == _coordinator.UserId).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
    }

    [Theory]
    [InlineData(AnswerReveal.AfterPass, false, false)]
    [InlineData(AnswerReveal.AfterPass, true, true)]
    [InlineData(AnswerReveal.AfterEveryAttempt, false, true)]
    [InlineData(AnswerReveal.Never, true, false)]
    public async Task Result_ShouldCarryTheKey_OnlyWhenTheModuleSaysSo(AnswerReveal setting, bool pass, bool shown)
    {
        var source = await SourceAsync();
        await Editor().UpdateAsync(_coordinator, Module, source.Input with { ShowAnswers = setting }, source.Version);

        var attempt = await Progress().SubmitQuizAsync(_reviewer, Module, await AnswersAsync(wrong: pass ? 0 : 3));
        var result = (await Queries().AttemptAsync(_reviewer, attempt.Id))!;

        Assert.Equal(shown, result.AnswersShown);
        Assert.Equal(shown, result.Items.All(i => i.CorrectLetters.Count > 0 && i.Explanation is not null));
        Assert.Equal(!shown, result.Items.All(i => i.CorrectLetters.Count == 0 && i.Explanation is null));
    }

    [Fact]
    public async Task Restore_ShouldBringBackAnEarlierRevision_AsANewOne()
    {
        var source = await SourceAsync();
        await Editor().UpdateAsync(_coordinator, Module, source.Input with { Title = "改过的名称", Questions = [Question()] }, source.Version);
        var edited = await SourceAsync();
        await Editor().UpdateAsync(_coordinator, Module, edited.Input with { PassMark = 60 }, edited.Version);

        var latest = await SourceAsync();
        await using var db = _database.NewContext();
        var first = await db.Revisions.SingleAsync(r => r.Subject == RevisionSubject.TrainingModule && r.Number == 1);
        var outcome = await Editor().UpdateAsync(_coordinator, Module, RevisionLog.Read<ModuleInput>(first), latest.Version, restoredRevision: 1);

        Assert.True(outcome.Succeeded, outcome.Message);
        var restored = await SourceAsync();
        Assert.Equal(("改过的名称", 80, 1), (restored.Input.Title, restored.Input.PassMark, restored.Input.Questions.Count));
        Assert.Equal(3, await db.Revisions.CountAsync(r => r.Subject == RevisionSubject.TrainingModule));
        var lines = await new RevisionComparison(db).CompareAsync(RevisionSubject.TrainingModule, restored.Id, 2, 3);
        Assert.Contains(lines!, l => l.Text == "及格线：80");
    }

    [Fact]
    public async Task Export_ShouldWriteAnAuthoredModule_ThatImportsBackEqual()
    {
        var input = NewModule() with
        {
            Required = false,
            CreditHours = 1.5m,
            ShowAnswers = AnswerReveal.Never,
            AudienceUnitCodes = ["finance"],
            Questions = [Question(), new QuestionInput("多选", QuestionKind.MultipleChoice, "解析", [new OptionInput("甲", true), new OptionInput("乙", true), new OptionInput("丙", false)])],
        };
        Assert.True((await Editor().CreateAsync(_coordinator, input, "authored-module")).Succeeded);
        var written = await SourceAsync("authored-module");
        using var folder = new TempFolder();
        await _database.ExportAsync(folder.Path);

        using var other = await TestDatabase.CreateAsync();
        await other.ImportAsync(folder.Path);
        await using var db = other.NewContext();
        var imported = await new ModuleAuthoringQueries(db).ModuleAsync("authored-module");

        Assert.Equal(written.Input.ToText(), imported!.Input.ToText());
        Assert.False(imported.IsPublished);
        var again = await other.ImportAsync(folder.Path);
        Assert.Equal((0, 0), (again.Counts["培训课程"].Added, again.Counts["培训课程"].Updated));
    }

    private static ModuleInput NewModule() => new()
    {
        Title = "新课程",
        Year = 2026,
        PassMark = 80,
        CreditHours = 2,
        Lessons = [new LessonInput(null, "第一课", "正文")],
        Questions = [Question()],
    };

    private static QuestionInput Question() =>
        new("唯一的一题", QuestionKind.SingleChoice, "因为甲对", [new OptionInput("甲", true), new OptionInput("乙", false)]);

    private async Task<int> CompleteAsync(Actor actor)
    {
        for (var n = 1; n <= 3; n++)
        {
            await Progress().MarkLessonReadAsync(actor, Module, n);
        }

        return (await Progress().SubmitQuizAsync(actor, Module, await AnswersAsync())).Id;
    }

    private async Task<ModuleCard> MyModuleAsync(Actor actor) => (await MyModulesAsync(actor)).Single(m => m.Slug == Module);

    private async Task<IReadOnlyList<ModuleCard>> MyModulesAsync(Actor actor) => (await Queries().MyTrainingAsync(actor, 2026)).Modules;

    private ModuleEditor Editor()
    {
        var db = _database.NewContext();
        return new ModuleEditor(db, new RevisionLog(db, _clock), new AuditLog(db, _clock), _clock);
    }

    private TrainingProgress Progress() => new(_database.NewContext(), _clock);

    private TrainingQueries Queries() => new(_database.NewContext(), _clock);

    private async Task<AuthoredModule> SourceAsync(string slug = Module) => (await new ModuleAuthoringQueries(_database.NewContext()).ModuleAsync(slug))!;

    private async Task<TrainingModule?> LoadAsync() =>
        await _database.NewContext().TrainingModules.Include(m => m.Lessons).FirstOrDefaultAsync(m => m.Slug == Module);

    /// <summary>Right answers to the current quiz, the first <paramref name="wrong"/> questions answered wrongly.</summary>
    private async Task<Dictionary<int, IReadOnlyList<int>>> AnswersAsync(int wrong = 0)
    {
        await using var db = _database.NewContext();
        var module = await db.TrainingModules.SingleAsync(m => m.Slug == Module);
        var questions = await db.QuizQuestions.Include(q => q.Options).Where(q => q.ModuleId == module.Id && q.QuizVersion == module.QuizVersion).ToListAsync();
        return questions.ToDictionary(q => q.Id, q => (IReadOnlyList<int>)(q.Number <= wrong
            ? [q.Options.First(o => !o.IsCorrect).Id]
            : [.. q.Options.Where(o => o.IsCorrect).Select(o => o.Id)]));
    }

    private async Task<Actor> StaffAsync(string userName, string name, string role)
    {
        await using var db = _database.NewContext();
        var unit = await db.OrgUnits.SingleAsync(u => u.Code == "finance");
        var member = new StaffMember { UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), DisplayName = name, OrgUnitId = unit.Id };
        db.Users.Add(member);
        await db.SaveChangesAsync();
        return new Actor(member.Id, name, unit.Id, new HashSet<string> { role });
    }
}
