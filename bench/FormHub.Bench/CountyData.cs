using System.Globalization;
using FormHub.Core.OrgUnits;
using FormHub.Core.Validation;

namespace FormHub.Bench;

/// <summary>One generated household: its id once created, its persons, and the versions the harness last saw.</summary>
internal sealed class BenchHousehold
{
    public Guid Id;
    public long Version = 1;
    public required string Village;
    public List<BenchPerson> Persons { get; } = [];
}

internal sealed class BenchPerson
{
    public Guid Id;
    public long Version = 1;
}

/// <summary>
/// A synthetic county: one county, up to 10 townships, villages numbered 200… (村委会), households and persons whose
/// fields are all valid against the shipped catalog (form-templates/catalog). Deterministic for a given seed.
/// </summary>
internal sealed class CountyData
{
    public const string CountyCode = "361025000000";
    public static readonly DateOnly LoadValidFrom = new(2024, 1, 1);

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高", "曾", "邓", "肖", "谢", "彭", "钟", "邱", "廖"];
    private static readonly string[] Given = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "华", "建国", "春梅", "桂英", "小红", "志强", "海燕", "文", "平", "辉", "金凤", "冬生"];
    private static readonly string[] Relations = ["配偶", "子女", "父母", "孙子女", "兄弟姐妹", "其他"];
    private static readonly string[] Residence = ["在家", "在家", "在家", "外出"];
    private static readonly string[] Ethnicities = ["汉族", "汉族", "汉族", "汉族", "汉族", "汉族", "畲族", "回族", "苗族"];
    private static readonly string[] Marital = ["未婚", "已婚", "已婚", "已婚", "离婚", "丧偶"];
    private static readonly string[] Education = ["学龄前儿童", "文盲或半文盲", "小学", "初中", "初中", "高中", "中专", "大专", "本科及以上"];
    private static readonly string[] Labor = ["技能劳动力", "普通劳动力", "普通劳动力", "弱劳动力或半劳动力", "丧失劳动力", "无劳动力"];
    private static readonly string[] Employment = ["务农", "务工", "务工", "个体经营", "公益性岗位", "在校学生", "失业", "退休", "其他"];
    private static readonly string[] Dibao = ["未纳入", "未纳入", "未纳入", "未纳入", "未纳入", "未纳入", "在保", "停保"];
    private static readonly string[] Tekun = ["未纳入", "未纳入", "未纳入", "未纳入", "未纳入", "未纳入", "未纳入", "分散供养", "集中供养"];
    private static readonly string[] MonitoringTypes = ["脱贫不稳定户", "边缘易致贫户", "突发严重困难户"];
    private static readonly string[] MobilePrefixes = ["3", "5", "7", "8", "9"];
    private static readonly string[] HouseSafety = ["A级", "A级", "B级", "B级", "C级", "D级"];
    private static readonly DateOnly BirthBase = new(1940, 1, 1);
    private const int BirthDays = 29_000; // 1940 … 2019

    private readonly int _seed;

    public CountyData(int villages, int householdsPerVillage, int personsPerHousehold, int seed = 20261123)
    {
        if (villages is < 1 or > 2000) throw new ArgumentOutOfRangeException(nameof(villages), "1–2000 villages");
        _seed = seed;
        HouseholdsPerVillage = householdsPerVillage;
        PersonsPerHousehold = personsPerHousehold;

        var townships = Math.Min(10, villages);
        var perTownship = (villages + townships - 1) / townships;
        Regions.Add(new OrgUnit(RegionCode.Parse("360000000000"), "江西省"));
        Regions.Add(new OrgUnit(RegionCode.Parse("361000000000"), "抚州市"));
        Regions.Add(new OrgUnit(RegionCode.Parse(CountyCode), "基准县"));
        for (var t = 0; t < townships; t++)
        {
            Regions.Add(new OrgUnit(RegionCode.Parse($"361025{101 + t:D3}000"), $"第{t + 1}镇"));
        }
        for (var v = 0; v < villages; v++)
        {
            var code = $"361025{101 + v / perTownship:D3}{200 + v % perTownship:D3}";
            Regions.Add(new OrgUnit(RegionCode.Parse(code), $"第{v / perTownship + 1}镇{v % perTownship + 1}村委会"));
            Villages.Add(code);
        }
    }

    public List<OrgUnit> Regions { get; } = [];
    public List<string> Villages { get; } = [];
    public int HouseholdsPerVillage { get; }
    public int PersonsPerHousehold { get; }

    /// <summary>Household sizes cycle P−1, P+1, P (mean P), so every third household has P+1 persons (4 at the default 3).</summary>
    public int HouseholdSize(int index) => PersonsPerHousehold < 2
        ? PersonsPerHousehold
        : (index % 3) switch { 0 => PersonsPerHousehold - 1, 1 => PersonsPerHousehold + 1, _ => PersonsPerHousehold };

    public int PersonsPerVillage => Enumerable.Range(0, HouseholdsPerVillage).Sum(HouseholdSize);

    /// <summary>A value generator for one village (its own seed and ID-number serial range, so villages can load in parallel).</summary>
    public Generator ForVillage(int villageIndex) => new(new Random(_seed + villageIndex), villageIndex * PersonsPerVillage);

    public sealed class Generator(Random random, int firstPersonSerial)
    {
        private readonly Random _random = random;
        private int _personSerial = firstPersonSerial;

        private T Pick<T>(T[] options) => options[_random.Next(options.Length)];

        private bool Chance(double p) => _random.NextDouble() < p;

        public string Name() => Pick(Surnames) + Pick(Given);

        /// <summary>A valid, unique 居民身份证号码 (GB 11643): county address code, birth date, serial with gender parity, check character.</summary>
        public string IdNumber()
        {
            var n = _personSerial++;
            var birth = BirthBase.AddDays(n % BirthDays);
            var serial = n / BirthDays * 2 + _random.Next(2); // unique per (birth date, n / BirthDays); last digit parity = gender
            var first17 = string.Create(CultureInfo.InvariantCulture, $"361025{birth:yyyyMMdd}{serial:D3}");
            return first17 + ChineseIdNumber.ComputeCheckCharacter(first17);
        }

        public string Phone() => string.Create(CultureInfo.InvariantCulture, $"1{Pick(MobilePrefixes)}{_random.Next(0, 1_000_000_000):D9}");

        /// <summary>13 attribute fields of the household catalog (every attribute field except monitoring_type when not monitored).</summary>
        public Dictionary<string, object?> HouseholdFields(string village, int index, int size)
        {
            var monitored = Chance(0.05);
            var fields = new Dictionary<string, object?>
            {
                ["name"] = Name(),
                ["household_number"] = string.Create(CultureInfo.InvariantCulture, $"{village}{index:D4}"),
                ["address"] = $"{index / 40 + 1}组{index % 40 + 1}号",
                ["dibao_status"] = Pick(Dibao),
                ["dibao_persons"] = (long)_random.Next(0, size + 1),
                ["tekun_status"] = Pick(Tekun),
                ["poverty_alleviated"] = Chance(0.15),
                ["monitoring_object"] = monitored,
                ["house_safety_level"] = Pick(HouseSafety),
                ["drinking_water_safe"] = Chance(0.97),
                ["sanitary_toilet"] = Chance(0.85),
                ["contracted_land_mu"] = Math.Round((decimal)(_random.NextDouble() * 12), 2),
            };
            if (monitored) fields["monitoring_type"] = Pick(MonitoringTypes);
            return fields;
        }

        /// <summary>15 attribute fields of the person catalog.</summary>
        public Dictionary<string, object?> PersonFields(Guid household, int indexInHousehold) => new()
        {
            ["name"] = Name(),
            ["id_number"] = IdNumber(),
            ["phone"] = Phone(),
            ["household"] = household.ToString(),
            ["relation_to_head"] = indexInHousehold == 0 ? "户主" : Pick(Relations),
            ["residence_status"] = Pick(Residence),
            ["ethnicity"] = Pick(Ethnicities),
            ["marital_status"] = Pick(Marital),
            ["education"] = Pick(Education),
            ["party_member"] = Chance(0.08),
            ["labor_ability"] = Pick(Labor),
            ["employment_status"] = Pick(Employment),
            ["health_managed"] = Chance(0.6),
            ["family_doctor_signed"] = Chance(0.7),
            ["medical_insurance"] = Chance(0.95),
        };

        public string EmploymentStatus() => Pick(Employment);

        public string ResidenceStatus() => Pick(Residence);

        public int Next(int max) => _random.Next(max);
    }
}
