using FormHub.Core.Text;

namespace FormHub.Exports.Pdf;

/// <summary>
/// PDF export cannot run: the Chromium that prints reports is not installed at <see cref="ChromiumPath"/>, or it would
/// not start. The server answers 503 with <see cref="Text"/>; Excel exports are unaffected.
/// </summary>
public sealed class ChromiumUnavailableException : InvalidOperationException
{
    public ChromiumUnavailableException(string chromiumPath, Exception? launchError = null)
        : this(chromiumPath, Describe(chromiumPath, launchError), launchError)
    {
    }

    private ChromiumUnavailableException(string chromiumPath, LocalizedText text, Exception? launchError)
        : base(text.Zh, launchError)
    {
        ChromiumPath = chromiumPath;
        Text = text;
    }

    /// <summary>The executable the printer was configured with.</summary>
    public string ChromiumPath { get; }

    /// <summary>The message in Chinese (also <see cref="Exception.Message"/>) and English.</summary>
    public LocalizedText Text { get; }

    private static LocalizedText Describe(string path, Exception? launchError) => launchError is null
        ? new LocalizedText(
            $"PDF 导出暂不可用：服务器上找不到 Chromium（{path}）。请管理员安装 chromium（Debian：apt-get install chromium fonts-wqy-microhei fonts-noto-cjk），或用环境变量 {PdfPrinter.ChromiumVariable} 指明其路径。Excel 导出不受影响。",
            $"PDF export is unavailable: Chromium was not found at {path}. Install chromium (Debian: apt-get install chromium fonts-wqy-microhei fonts-noto-cjk) or name its path in {PdfPrinter.ChromiumVariable}. Excel exports still work.")
        : new LocalizedText(
            $"PDF 导出暂不可用：Chromium（{path}）无法启动：{launchError.Message}",
            $"PDF export is unavailable: Chromium ({path}) did not start: {launchError.Message}");
}
