using FormHub.Core.OrgUnits;
using FormHub.Import;

namespace FormHub.Server.Imports;

/// <summary>
/// One uploaded file in the browser's import: read once, then checked (试导入) and imported as often as its owner asks.
/// Each run reports its progress (<see cref="Report"/>) as it goes; the page polls it.
/// </summary>
public sealed class ImportJob(Guid id, string owner, RegionCode area, SheetFile file, DateTimeOffset uploadedAt)
{
    private readonly Lock _gate = new();
    private ImportProgress _progress;
    private ImportResult? _result;
    private string? _failure;
    private ImportMode? _mode;
    private bool _running;

    public Guid Id { get; } = id;

    /// <summary>The user who uploaded it: the only one who may see or run it.</summary>
    public string Owner { get; } = owner;

    /// <summary>The unit the upload was made for: rows outside it are refused.</summary>
    public RegionCode Area { get; } = area;

    public SheetFile File { get; } = file;

    public DateTimeOffset UploadedAt { get; } = uploadedAt;

    /// <summary>Takes the job for a run; false while a run is under way.</summary>
    public bool TryStart(ImportMode mode)
    {
        lock (_gate)
        {
            if (_running) return false;
            (_running, _mode, _result, _failure, _progress) = (true, mode, null, null, new ImportProgress("读取", 0, 1));
            return true;
        }
    }

    public void Report(ImportProgress progress)
    {
        lock (_gate) _progress = progress;
    }

    public void Finish(ImportResult? result, string? failure)
    {
        lock (_gate) (_running, _result, _failure) = (false, result, failure);
    }

    /// <summary>What the page shows: running with its stage, or the last run's result or failure.</summary>
    public (bool Running, ImportMode? Mode, ImportProgress Progress, ImportResult? Result, string? Failure) Snapshot()
    {
        lock (_gate) return (_running, _mode, _progress, _result, _failure);
    }
}
