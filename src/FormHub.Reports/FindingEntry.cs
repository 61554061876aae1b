using FormHub.Core.Rules;
using FormHub.Storage.Model;

namespace FormHub.Reports;

/// <summary>One finding as a viewer's list shows it: with its rule, whether it is new this month, and a recorded outcome.</summary>
public sealed record FindingEntry(Finding Finding, RecordRule Rule, bool NewThisMonth, EligibilityOutcome? Outcome);
