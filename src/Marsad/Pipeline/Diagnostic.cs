namespace Marsad.Pipeline;

/// <summary>An expected problem met while processing (not a bug): a code from <see cref="DiagnosticCodes"/> and one message.</summary>
public sealed record Diagnostic(string Code, string Message, TextSpan? Span = null);
