namespace PolicyLibrary.Training;

/// <summary>Options are shown as A, B, C … in their order, as on a paper quiz.</summary>
public static class QuizLetters
{
    public static string Of(int number) => ((char)('A' + number - 1)).ToString();
}
