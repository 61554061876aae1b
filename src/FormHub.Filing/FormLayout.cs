using FormHub.Core.Catalog;
using FormHub.Core.Periods;
using FormHub.Scripting.Compilation;
using FormHub.Storage;

namespace FormHub.Filing;

/// <summary>One section of the one form: the fields of an entity type that some report due this month reads.</summary>
public sealed record FormSection(string EntityType, string LabelZh, string LabelEn, IReadOnlyList<string> Fields, IReadOnlyList<string> PeriodicFields);

/// <summary>
/// Which fields the one form asks for: only those an active template or a record rule reads (a template never asks
/// anyone to type anything itself; a rule's facts, such as the 特困 means test, must be keyable where the cadre keeps the
/// record), in catalog order; derived facts (birth date, gender, age) are never asked, the ID number is.
/// </summary>
public sealed class FormLayout(IFormHubStore store, FilingCalendar calendar, Reports.RuleBook? rules = null)
{
    // The catalog version the store holds now: an admin's new field appears without a restart.
    private FieldCatalog catalog => store.Catalog;

    public IReadOnlyList<FormSection> For(Period month) => For(calendar.DueReports(month).Select(d => d.Template));

    public IReadOnlyList<FormSection> For(IEnumerable<CompiledTemplate> templates)
    {
        var read = templates.SelectMany(t => t.FieldsRead).Concat((rules ?? Reports.RuleBook.Empty).Rules.SelectMany(r => r.FieldsRead))
            .ToHashSet(StringComparer.Ordinal);
        var sections = new List<FormSection>();
        foreach (var type in catalog.EntityTypes)
        {
            var asked = new List<FieldDefinition>();
            foreach (var field in catalog.FieldsOf(type.Key))
            {
                // Links (a person's household) are how a roster hangs together, read or not.
                if (read.Contains(field.Key) || field.Type == FieldType.EntityRef) asked.Add(field);
            }
            // Reading age or gender means the ID number must be kept.
            if (DerivedFields.IdField(catalog, type.Key) is { } id && !asked.Contains(id)
                && DerivedFields.Names.Any(n => read.Contains(type.Key + "." + n)))
                asked.Insert(0, id);
            // A roster needs its names even when no report counts them.
            foreach (var searchField in type.SearchFields)
            {
                if (catalog.FindField(type.Key, searchField) is { } f && !asked.Contains(f)) asked.Insert(0, f);
            }
            if (asked.Count == 0) continue;
            var ordered = catalog.FieldsOf(type.Key).Where(asked.Contains).ToList();
            sections.Add(new FormSection(type.Key, type.LabelZh, type.LabelEn,
                ordered.Where(f => f.Kind == FieldKind.Attribute).Select(f => f.Name).ToList(),
                ordered.Where(f => f.Kind == FieldKind.Periodic).Select(f => f.Name).ToList()));
        }
        return sections;
    }
}
