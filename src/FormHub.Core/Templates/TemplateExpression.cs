namespace FormHub.Core.Templates;

/// <summary>
/// An ES5 expression as written in the template. <see cref="Span"/> is where its first character stands in the file,
/// so a JavaScript position inside the code maps back to the file (see <see cref="Map"/>).
/// </summary>
public sealed record TemplateExpression(string Code, SourceSpan Span)
{
    /// <summary>
    /// Maps a 1-based line and column inside <see cref="Code"/> to the file. Exact for one-line scalars and for
    /// literal block scalars (<c>|</c>), whose lines keep their relative indentation.
    /// </summary>
    public SourceSpan Map(int line, int column) =>
        line <= 1 ? Span with { Column = Span.Column + column - 1 } : Span with { Line = Span.Line + line - 1, Column = Span.Column + column - 1 };
}
