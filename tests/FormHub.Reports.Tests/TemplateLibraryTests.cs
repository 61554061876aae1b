using FormHub.Core.Text;

namespace FormHub.Reports.Tests;

public class TemplateLibraryTests
{
    [Fact]
    public void LoadingADirectoryReportsANarrativeNamingAMissingColumnAtItsPosition()
    {
        var dir = Directory.CreateTempSubdirectory("fh-library-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "bad.yaml"), """
                id: bad
                version: 1
                title: 坏说明
                department: 民政
                period: monthly
                columns:
                  - id: hh
                    title: 户数
                    value: count(households)
                narrative: 共有{{row.hh}}户，{{row.nope}}人。
                """);
            var catalog = Core.Catalog.CatalogLoader.LoadDirectory(Path.Combine(RepositoryRoot.Path, "form-templates", "catalog"));

            var e = Assert.Throws<SourceProblemException>(() => TemplateLibrary.LoadDirectory(dir.FullName, catalog));

            var problem = Assert.Single(e.Problems);
            Assert.Equal((10, 32), (problem.Line, problem.Column)); // "narrative: 共有{{row.hh}}户，{{row." is 31 characters
            Assert.Contains("不存在的列“nope”", problem.Message.Zh);
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
