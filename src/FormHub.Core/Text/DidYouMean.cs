namespace FormHub.Core.Text;

/// <summary>Suggests the known word an admin probably meant ("lable" → "label", "warn" → "warning").</summary>
public static class DidYouMean
{
    /// <summary>The nearest candidate within a couple of typos of <paramref name="word"/>, or one it begins; null if none.</summary>
    public static string? Nearest(string word, IEnumerable<string> candidates)
    {
        var lower = word.ToLowerInvariant();
        return candidates
            .Select(c => (Candidate: c, Distance: lower.Length >= 3 && c.StartsWith(lower, StringComparison.Ordinal) ? 1 : EditDistance(lower, c)))
            .Where(x => x.Distance <= Math.Max(1, Math.Min(2, word.Length / 3)))
            .OrderBy(x => x.Distance)
            .Select(x => x.Candidate)
            .FirstOrDefault();
    }

    /// <summary>A "（是否应为“x”？）" / " (did you mean 'x'?)" suffix, or empty strings.</summary>
    public static (string Zh, string En) Suffix(string word, IEnumerable<string> candidates) =>
        Nearest(word, candidates) is { } best ? ($"（是否应为“{best}”？）", $" (did you mean '{best}'?)") : ("", "");

    /// <summary>Optimal-string-alignment distance: like Levenshtein, but a swap of neighbours ("lable") counts as one typo.</summary>
    public static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        for (var j = 1; j <= b.Length; j++)
        {
            var cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
        }
        return d[a.Length, b.Length];
    }
}
