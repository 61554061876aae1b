using System.Diagnostics;

namespace FormHub.Server.Tests.Faults;

/// <summary>
/// A tiny file system of its own (tmpfs; a loop-mounted ext4 file where tmpfs cannot be mounted), so a test can fill
/// the disk under a SQLite database without touching the machine's. Mounting needs root.
/// </summary>
internal sealed class SmallDisk : IDisposable
{
    private readonly string? _image;

    private SmallDisk(string path, string? image)
    {
        Path = path;
        _image = image;
    }

    public string Path { get; }

    public static SmallDisk Mount(int megabytes)
    {
        var dir = Directory.CreateTempSubdirectory("formhub-small-disk-").FullName;
        if (Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m", "tmpfs", dir) is not { } tmpfsError) return new SmallDisk(dir, null);

        var image = dir + ".img";
        if (Run("truncate", "-s", $"{megabytes}M", image) is null && Run("mkfs.ext4", "-q", "-F", image) is null
            && Run("mount", "-o", "loop", image, dir) is null)
        {
            return new SmallDisk(dir, image);
        }
        throw new InvalidOperationException($"cannot mount a small file system for the full-disk test (run the tests as root): {tmpfsError}");
    }

    /// <summary>Null when the command succeeded, else what it printed.</summary>
    private static string? Run(string program, params string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in arguments) start.ArgumentList.Add(a);
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? null : $"{program}: {error.Trim()}";
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return $"{program}: {e.Message}";
        }
    }

    public void Dispose()
    {
        Run("umount", "-l", Path);
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
        if (_image is not null) File.Delete(_image);
    }
}
