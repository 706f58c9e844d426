namespace Marsad.Store;

/// <summary>A store that cannot be used as it is (not a database, a newer schema): the message names the file.</summary>
public sealed class StoreException : Exception
{
    public StoreException(string message) : base(message)
    {
    }

    public StoreException(string message, Exception inner) : base(message, inner)
    {
    }

    public StoreException()
    {
    }
}
