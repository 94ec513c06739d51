using PolicyLibrary.Organisation;

namespace PolicyLibrary.Training;

/// <summary>A scheduled session (培训班, 讲座 or 以会代训) that staff check in to.</summary>
public class TrainingSession
{
    public int Id { get; set; }

    /// <summary>The stable id, also the key in content/training/sessions/.</summary>
    public required string Slug { get; set; }
    public int? ModuleId { get; set; }
    public TrainingModule? Module { get; set; }
    public TrainingFormat Format { get; set; }

    /// <summary>The annual plan's entry this session was scheduled from, if any (planned against held).</summary>
    public int? PlannedSessionId { get; set; }
    public PlannedSession? PlannedSession { get; set; }
    public required string Title { get; set; }
    public DateTime StartsAtUtc { get; set; }
    public DateTime EndsAtUtc { get; set; }
    public required string Place { get; set; }
    public required string Trainer { get; set; }

    /// <summary>Seats; null when unlimited.</summary>
    public int? Capacity { get; set; }

    /// <summary>Who may check in: any of these roles or units. Both empty: every staff member.</summary>
    public List<string> AudienceRoles { get; set; } = [];
    public List<OrgUnit> AudienceUnits { get; set; } = [];

    public DateTime CheckInOpensAtUtc { get; set; }
    public DateTime CheckInClosesAtUtc { get; set; }

    /// <summary>A check-in after this time is recorded Late.</summary>
    public DateTime LateAfterUtc { get; set; }

    /// <summary>The key the rotating check-in codes are derived from; never shown.</summary>
    public byte[] CodeSecret { get; set; } = [];
    public int CodeRotationSeconds { get; set; } = 30;
    public SessionStatus Status { get; set; }
    public List<Attendance> Attendances { get; set; } = [];

    /// <summary>iCalendar SEQUENCE: one more at each edit or cancellation, so calendar apps take the change.</summary>
    public int Sequence { get; set; }

    /// <summary>Optimistic concurrency for the coordinator's changes.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();
}
