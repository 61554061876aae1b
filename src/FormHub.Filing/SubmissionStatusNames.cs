using FormHub.Storage.Model;

namespace FormHub.Filing;

/// <summary>A submission's status as Chinese forms name it (填报中, 已提交, 已退回, 已审核通过).</summary>
public static class SubmissionStatusNames
{
    public static string Zh(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Draft => "填报中",
        SubmissionStatus.Submitted => "已提交",
        SubmissionStatus.Returned => "已退回",
        SubmissionStatus.RevisionRequested => "已审核通过（申请更正中）",
        _ => "已审核通过",
    };
}
