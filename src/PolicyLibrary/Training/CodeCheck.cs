namespace PolicyLibrary.Training;

/// <summary>What a check-in code turned out to be.</summary>
public enum CodeCheck
{
    Valid,
    Expired,
    Forged,
}
