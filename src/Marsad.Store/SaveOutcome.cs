namespace Marsad.Store;

/// <summary>What saving one article did: its state before, how many events it now has, and how many clusters were re-formed.</summary>
public sealed record SaveOutcome(ArticleState State, int Events, int ClustersWritten);
