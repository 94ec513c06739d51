namespace PolicyLibrary.Tests.Support;

/// <summary>Tests that start site processes of their own run alone, after the others, so a busy machine does not starve their start-up.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessesCollection
{
    public const string Name = "Site processes";
}
