using DiffPlex;
using DiffPlex.Chunkers;

namespace Frontline.Domain.Communications;

public enum ClauseChange
{
    Unchanged,
    Added,
    Removed,
    Changed,
}

public enum DiffPieceKind
{
    Same,
    Inserted,
    Deleted,
}

/// <summary>A run of text in a clause diff.</summary>
public sealed record DiffPiece(DiffPieceKind Kind, string Text);

/// <summary>One clause compared across two versions (matched by its key), with a word-level diff of its text.</summary>
public sealed record ClauseDiff(Guid Key, PolicyComponent Component, string? Heading, ClauseChange Change, bool ComponentChanged, IReadOnlyList<DiffPiece> Pieces);

/// <summary>
/// The clause-by-clause difference between two versions of a policy. Clauses are matched by key (a clause keeps its key
/// when a new version copies it), so a moved clause is not shown as removed and added; the words within a clause are
/// compared by DiffPlex's word differ.
/// </summary>
public static class PolicyDiff
{
    public static IReadOnlyList<ClauseDiff> Compare(PolicyVersion from, PolicyVersion to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var old = from.Ordered.ToDictionary(c => c.Key);
        var result = new List<ClauseDiff>();
        foreach (var clause in to.Ordered)
        {
            if (old.Remove(clause.Key, out var before))
            {
                var pieces = Words(before.Text, clause.Text);
                var changed = pieces.Any(p => p.Kind != DiffPieceKind.Same) || before.Component != clause.Component || before.Heading != clause.Heading;
                result.Add(new ClauseDiff(clause.Key, clause.Component, clause.Heading, changed ? ClauseChange.Changed : ClauseChange.Unchanged,
                    before.Component != clause.Component, pieces));
            }
            else
            {
                result.Add(new ClauseDiff(clause.Key, clause.Component, clause.Heading, ClauseChange.Added, false, [new DiffPiece(DiffPieceKind.Inserted, clause.Text)]));
            }
        }

        result.AddRange(old.Values.OrderBy(c => c.Position).Select(c =>
            new ClauseDiff(c.Key, c.Component, c.Heading, ClauseChange.Removed, false, [new DiffPiece(DiffPieceKind.Deleted, c.Text)])));
        return result;
    }

    /// <summary>A word-level diff: runs of unchanged, deleted and inserted text (deletions before insertions at a change).</summary>
    public static IReadOnlyList<DiffPiece> Words(string before, string after)
    {
        var diff = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, WordChunker.Instance);
        var pieces = new List<DiffPiece>();
        void Add(DiffPieceKind kind, IEnumerable<string> chunks)
        {
            var text = string.Concat(chunks);
            if (text.Length == 0)
            {
                return;
            }

            if (pieces.Count > 0 && pieces[^1].Kind == kind)
            {
                pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + text };
            }
            else
            {
                pieces.Add(new DiffPiece(kind, text));
            }
        }

        var a = 0;
        foreach (var block in diff.DiffBlocks)
        {
            Add(DiffPieceKind.Same, diff.PiecesOld.Skip(a).Take(block.DeleteStartA - a));
            Add(DiffPieceKind.Deleted, diff.PiecesOld.Skip(block.DeleteStartA).Take(block.DeleteCountA));
            Add(DiffPieceKind.Inserted, diff.PiecesNew.Skip(block.InsertStartB).Take(block.InsertCountB));
            a = block.DeleteStartA + block.DeleteCountA;
        }

        Add(DiffPieceKind.Same, diff.PiecesOld.Skip(a));
        return pieces;
    }
}
