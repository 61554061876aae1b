namespace FormHub.Server.Tests.Infrastructure;

/// <summary>
/// The seeded demo county 清溪县 (form-templates/regions/demo-county.csv: 4 townships, 22 villages) and which village
/// each test may change. Tests that write use a village of their own, so they pass in any order; the villages marked
/// read-only are only ever read (a refused write must leave them untouched).
/// </summary>
internal static class DemoCounty
{
    public const string Password = "FormHub2026";

    public const string County = "360835000000";      // 清溪县
    public const string Qingxi = "360835100000";      // 清溪镇: the demo reviewer's township
    public const string Shiqiao = "360835101000";     // 石桥镇

    // Read-only villages.
    public const string Shimen = "360835100200";      // 石门村委会: the demo cadre's village (清溪镇)
    public const string Chengguan = "360835100001";   // 城关社区居民委员会 (清溪镇)
    public const string Shangtang = "360835100201";   // 上塘村委会 (清溪镇): SameTownshipCadre's village
    public const string Fengshu = "360835101200";     // 枫树村委会 (石桥镇): OtherTownshipCadre's village

    // One village per test that writes.
    public const string Guihua = "360835100202";      // 桂花村委会 (清溪镇): the workflow round trip
    public const string Xiafang = "360835100203";     // 下坊村委会 (清溪镇): refused bad values
    public const string Hetang = "360835100204";      // 荷塘村委会 (清溪镇): two writers, one stale
    public const string Huangkeng = "360835101201";   // 黄坑村委会 (石桥镇): a batch whose second operation is bad
    public const string Lingxia = "360835101202";     // 岭下村委会 (石桥镇): posts without the CSRF header
    public const string Xintang = "360835101203";     // 新塘村委会 (石桥镇): the burden figure
    public const string Zhushan = "360835101204";     // 竹山村委会 (石桥镇): links to another village's records
    public const string Yangliu = "360835200200";     // 杨柳村委会 (杨柳乡): a save back-dated into an approved month
    public const string Daping = "360835200201";      // 大坪村委会 (杨柳乡): a submission with a failing check
    public const string YangliuTownship = "360835200000"; // 杨柳乡
    public const string Xikeng = "360835201203";      // 西坑村委会 (龙田乡): rosters imported in the browser (ImportApiTests)

    // The department tests (DepartmentServer; SubscriptionTests, CompletenessTests, ReportViewTests).
    public const string LongtianTownship = "360835201000"; // 龙田乡
    public const string Longtian = "360835201200";    // 龙田村委会 (龙田乡): a submission raising the county's reporting rate
    public const string Changchong = "360835201201";  // 长冲村委会 (龙田乡): approved, then revised: subscribers are told again
    public const string Baisha = "360835201202";      // 白沙村委会 (龙田乡): 高龄津贴 paid to someone under 80 (a failing check on the report view)
    public const string Meilin = "360835201204";      // 梅林村委会 (龙田乡): corrected twice: each correction is told
    public const string Shuikou = "360835200202";     // 水口村委会 (杨柳乡): withdrawn before review
    public const string Chayuan = "360835200203";     // 茶园村委会 (杨柳乡): a correction request refused
    public const string Gaoling = "360835200204";     // 高岭村委会 (杨柳乡): what changed this month
    public const string ShiqiaoCommunity = "360835101001"; // 石桥社区居民委员会 (石桥镇): the roster filtered by failing checks
}

/// <summary>The accounts tests sign in with: the four demo accounts and those <see cref="ServerFixture"/> adds.</summary>
internal static class Accounts
{
    public const string Cadre = "cadre";              // 石门村委会
    public const string Reviewer = "reviewer";        // 清溪镇
    public const string Department = "minzheng";      // 民政, county
    public const string Admin = "admin";              // county

    /// <summary>A cadre of another village (上塘) in the demo cadre's township.</summary>
    public const string SameTownshipCadre = "cadre-" + DemoCounty.Shangtang;

    /// <summary>A cadre of a village (枫树) in another township (石桥镇).</summary>
    public const string OtherTownshipCadre = "cadre-" + DemoCounty.Fengshu;

    /// <summary>The reviewer of another township (石桥镇).</summary>
    public const string OtherTownshipReviewer = "reviewer-" + DemoCounty.Shiqiao;

    /// <summary>The cadre of a village (every village but 石门 gets one).</summary>
    public static string CadreOf(string village) => village == DemoCounty.Shimen ? Cadre : "cadre-" + village;

    /// <summary>A second cadre of the same village: two people editing the same records.</summary>
    public static string SecondCadreOf(string village) => "cadre-" + village + "-b";

    /// <summary>The reviewer of a township (every township but 清溪镇 gets one).</summary>
    public static string ReviewerOf(string township) => township == DemoCounty.Qingxi ? Reviewer : "reviewer-" + township;
}
