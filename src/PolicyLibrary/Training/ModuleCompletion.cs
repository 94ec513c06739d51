using PolicyLibrary.Organisation;

namespace PolicyLibrary.Training;

/// <summary>A completed module and its certificate: every lesson read and a passing attempt.</summary>
public class ModuleCompletion
{
    public int Id { get; set; }
    public required string StaffMemberId { get; set; }
    public StaffMember? StaffMember { get; set; }
    public int ModuleId { get; set; }
    public TrainingModule? Module { get; set; }
    public DateTime CompletedAtUtc { get; set; }
    public int? QuizAttemptId { get; set; }
    public QuizAttempt? QuizAttempt { get; set; }

    /// <summary>Printed on the certificate and checked at /verify/{code}; random, so it cannot be guessed.</summary>
    public required string VerificationCode { get; set; }
}
