using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Organisation;
using PolicyLibrary.Tests.Support;
using PolicyLibrary.Training;

namespace PolicyLibrary.Tests.Training;

/// <summary>Lessons read, attempts, completion and certificates against the seeded modules, on a real database.</summary>
public class TrainingProgressTests : IAsyncLifetime
{
    private const string Module = "confidentiality-review-2016"; // for 起草人 and 审核人, 3 lessons, 5 questions, pass mark 80
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 20, 2, 0, 0, TimeSpan.Zero));
    private TestDatabase _database = null!;
    private Actor _reviewer = null!;
    private Actor _staff = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await _database.ImportAsync(RepositoryPaths.Content);
        _reviewer = await StaffAsync("reviewer", "李娜", Roles.Reviewer);
        _staff = await StaffAsync("staff", "陈刚", Roles.Staff);
    }

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task MarkLessonRead_ShouldRecordTheFirstReadingOnly()
    {
        Assert.True((await Progress().MarkLessonReadAsync(_reviewer, Module, 1)).Succeeded);
        _clock.Advance(TimeSpan.FromHours(1));
        Assert.True((await Progress().MarkLessonReadAsync(_reviewer, Module, 1)).Succeeded);

        await using var db = _database.NewContext();
        var read = await db.LessonProgress.SingleAsync();
        Assert.Equal(new DateTime(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc), read.ReadAtUtc);
    }

    [Fact]
    public async Task SubmitQuiz_ShouldRecordEveryAttemptWithItsScore()
    {
        var wrongAnswers = await AnswersAsync(wrong: 2);
        var rightAnswers = await AnswersAsync(wrong: 0);
        var failed = await Progress().SubmitQuizAsync(_reviewer, Module, wrongAnswers);
        var passed = await Progress().SubmitQuizAsync(_reviewer, Module, rightAnswers);

        await using var db = _database.NewContext();
        var attempts = await db.QuizAttempts.OrderBy(a => a.Id).ToListAsync();
        Assert.Equal([(60, false), (100, true)], attempts.Select(a => (a.Score, a.Passed)));
        Assert.Equal([failed.Id, passed.Id], attempts.Select(a => a.Id));
        Assert.Equal(wrongAnswers.Values.SelectMany(v => v).Order(), attempts[0].ChosenOptionIds.Order());
        Assert.Equal(rightAnswers.Values.SelectMany(v => v).Order(), attempts[1].ChosenOptionIds.Order());
    }

    [Fact]
    public async Task SubmitQuiz_ShouldStoreNothing_WhenTheSubmissionIsTampered()
    {
        var answers = new Dictionary<int, IReadOnlyList<int>>(await AnswersAsync(wrong: 0)) { [424242] = [1] };

        var outcome = await Progress().SubmitQuizAsync(_reviewer, Module, answers);

        Assert.Equal(OutcomeKind.Invalid, outcome.Kind);
        Assert.Contains("不属于本测验的题目", outcome.Errors["answers"], StringComparison.Ordinal);
        await using var db = _database.NewContext();
        Assert.Equal(0, await db.QuizAttempts.CountAsync());
    }

    [Fact]
    public async Task Study_ShouldBeRefused_WhenOutsideTheAudience()
    {
        var read = await Progress().MarkLessonReadAsync(_staff, Module, 1);
        var quiz = await Progress().SubmitQuizAsync(_staff, Module, await AnswersAsync(wrong: 0));

        Assert.Equal((OutcomeKind.Refused, OutcomeKind.Refused), (read.Kind, quiz.Kind));
        Assert.Contains("不在您的学习范围内", quiz.Message, StringComparison.Ordinal);
        await using var db = _database.NewContext();
        Assert.Equal((0, 0), (await db.LessonProgress.CountAsync(), await db.QuizAttempts.CountAsync()));
    }

    [Fact]
    public async Task Completion_ShouldNeedEveryLessonAndAPass_InEitherOrder()
    {
        await Progress().MarkLessonReadAsync(_reviewer, Module, 1);
        await Progress().SubmitQuizAsync(_reviewer, Module, await AnswersAsync(wrong: 0));
        await Progress().MarkLessonReadAsync(_reviewer, Module, 2);
        Assert.Null(await CertificateAsync(_reviewer));

        _clock.Advance(TimeSpan.FromDays(1));
        await Progress().MarkLessonReadAsync(_reviewer, Module, 3);

        var certificate = await CertificateAsync(_reviewer);
        Assert.NotNull(certificate);
        Assert.Equal(("李娜", "保密审查：上网信息不涉密，涉密信息不上网"), (certificate.Name, certificate.ModuleTitle));
        Assert.Matches("^[0-9A-Z]{12}$", certificate.Code);
        await using var db = _database.NewContext();
        var completion = await db.ModuleCompletions.SingleAsync();
        Assert.Equal(_clock.Now.UtcDateTime, completion.CompletedAtUtc);
        Assert.NotNull(completion.QuizAttemptId);
    }

    [Fact]
    public async Task Completion_ShouldNotFollowAFailedAttempt_AndIsIssuedOnce()
    {
        for (var n = 1; n <= 3; n++)
        {
            await Progress().MarkLessonReadAsync(_reviewer, Module, n);
        }

        await Progress().SubmitQuizAsync(_reviewer, Module, await AnswersAsync(wrong: 2));
        Assert.Null(await CertificateAsync(_reviewer));
        await Progress().SubmitQuizAsync(_reviewer, Module, await AnswersAsync(wrong: 1));
        await Progress().SubmitQuizAsync(_reviewer, Module, await AnswersAsync(wrong: 0));

        await using var db = _database.NewContext();
        Assert.Equal(1, await db.ModuleCompletions.CountAsync());
        Assert.Equal(3, await db.QuizAttempts.CountAsync());
    }

    [Fact]
    public async Task Verify_ShouldShowNameModuleAndDate_ForAKnownCodeOnly()
    {
        for (var n = 1; n <= 3; n++)
        {
            await Progress().MarkLessonReadAsync(_reviewer, Module, n);
        }

        await Progress().SubmitQuizAsync(_reviewer, Module, await AnswersAsync(wrong: 0));
        var code = (await CertificateAsync(_reviewer))!.Code;

        await using var db = _database.NewContext();
        var queries = new TrainingQueries(db, TimeProvider.System);
        var check = await queries.VerifyAsync(VerificationCode.Display(code).ToLowerInvariant());
        Assert.Equal(new CertificateCheck("李娜", "保密审查：上网信息不涉密，涉密信息不上网", new DateOnly(2026, 11, 20)), check);
        Assert.Null(await queries.VerifyAsync(VerificationCode.New()));
        Assert.Null(await queries.VerifyAsync("not-a-code"));
    }

    private TrainingProgress Progress() => new(_database.NewContext(), _clock);

    private async Task<Certificate?> CertificateAsync(Actor actor)
    {
        await using var db = _database.NewContext();
        return await new TrainingQueries(db, TimeProvider.System).CertificateAsync(actor, Module);
    }

    /// <summary>The right answers, with the first <paramref name="wrong"/> questions answered wrongly (still validly).</summary>
    private async Task<Dictionary<int, IReadOnlyList<int>>> AnswersAsync(int wrong)
    {
        await using var db = _database.NewContext();
        var questions = await db.QuizQuestions.Include(q => q.Options).Where(q => q.Module!.Slug == Module).OrderBy(q => q.Number).ToListAsync();
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
