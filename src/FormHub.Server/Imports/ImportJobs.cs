using System.Collections.Concurrent;
using FormHub.Core.OrgUnits;
using FormHub.Import;
using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Server.Imports;

/// <summary>
/// The browser's imports in progress: uploads kept in memory for <see cref="Lifetime"/>, each run on the thread pool
/// through the same <see cref="RosterImporter"/> the CLI uses, so a 50,000-row file does not hold a request open.
/// </summary>
/// <remarks>
/// Jobs live in this server's memory: behind a load balancer the page must come back to the same server (sticky sessions),
/// and a restart forgets uploads (nothing is half-written: a run writes in one transaction or not at all).
/// </remarks>
public sealed class ImportJobs(IFormHubStore store, TimeProvider clock, IHostApplicationLifetime lifetime, ILogger<ImportJobs> log)
{
    /// <summary>How long an upload is kept after it was made.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    /// <summary>Uploads kept per user; the oldest go first.</summary>
    public const int PerUser = 5;

    private readonly ConcurrentDictionary<Guid, ImportJob> _jobs = new();

    public ImportJob Add(string owner, RegionCode area, SheetFile file)
    {
        var now = clock.GetUtcNow();
        foreach (var old in _jobs.Values.Where(j => now - j.UploadedAt > Lifetime
                     || (j.Owner == owner && _jobs.Values.Count(o => o.Owner == owner && o.UploadedAt > j.UploadedAt) >= PerUser - 1)))
        {
            if (!old.Snapshot().Running) _jobs.TryRemove(old.Id, out _);
        }

        var job = new ImportJob(Guid.NewGuid(), owner, area, file, now);
        _jobs[job.Id] = job;
        return job;
    }

    /// <summary>The job, if it exists and belongs to <paramref name="user"/>: someone else's upload is as good as missing.</summary>
    public ImportJob? Find(Guid id, string user) =>
        _jobs.TryGetValue(id, out var job) && job.Owner == user && clock.GetUtcNow() - job.UploadedAt <= Lifetime ? job : null;

    /// <summary>Starts a run in the background; false when one is already under way.</summary>
    public bool Start(ImportJob job, MappingProfile profile, ImportScope scope, ImportMode mode)
    {
        if (!job.TryStart(mode)) return false;
        var ct = lifetime.ApplicationStopping;
        _ = Task.Run(async () =>
        {
            try
            {
                // The 导入 audit line is written in the import's own transaction: it exists exactly when the rows do.
                var importer = new RosterImporter(store, clock)
                {
                    AuditLine = result => new AuditEntry(0, clock.GetUtcNow(), scope.User, "import", job.Area.Value, profile.Period,
                        $"{job.File.FileName} SHA-256 {job.File.Sha256}，方案“{profile.Name}”：{result.SummaryZh}"),
                };
                var result = await importer.RunAsync(job.File, profile, scope, mode, new JobProgress(job), ct);
                job.Finish(result, null);
            }
            catch (ImportFileException e)
            {
                job.Finish(null, e.Message);
            }
            catch (Exception e)
            {
                // The page must learn the run ended; the cause goes to the log, not to the browser.
                log.LogError(e, "Import {Job} of {File} failed", job.Id, job.File.FileName);
                job.Finish(null, "导入时出现内部错误，未写入任何数据；请稍后重试或联系管理员");
            }
        }, CancellationToken.None);
        return true;
    }

    /// <summary>Reports synchronously into the job (System.Progress would post to the thread pool and lag behind).</summary>
    private sealed class JobProgress(ImportJob job) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => job.Report(value);
    }
}
