namespace Marsad.Store;

/// <summary>How an incoming article relates to what the store holds.</summary>
public enum ArticleState
{
    /// <summary>No article with this id or content is stored.</summary>
    New,

    /// <summary>An article with this id is stored with other content: a corrected version.</summary>
    Changed,

    /// <summary>The same content is stored already (under this id or another): ingesting it adds nothing.</summary>
    Unchanged,
}
