using FormHub.Storage.Templates;

namespace FormHub.Reports.Templates;

/// <summary>The Chinese and English names of admission verdicts, as pages, messages and the 准入清单 print them.</summary>
public static class AdmissionNames
{
    public static string Zh(AdmissionVerdict verdict) => verdict switch
    {
        AdmissionVerdict.Admitted => "准入",
        AdmissionVerdict.Refused => "不予准入",
        _ => "合并到其他报表",
    };

    public static string En(AdmissionVerdict verdict) => verdict switch
    {
        AdmissionVerdict.Admitted => "admitted",
        AdmissionVerdict.Refused => "refused",
        _ => "merged into another report",
    };
}
