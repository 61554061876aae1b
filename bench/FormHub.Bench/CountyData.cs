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
    /// <summary>Monthly periodic values of the benchmark month (dibao_amount, tekun_amount), written by the template-facts step.</summary>
    public List<(string Field, object Value)> Monthly { get; } = [];
    /// <summary>The household's dibao_status as last saved (the live-freshness saves toggle it).</summary>
    public string DibaoStatus = "未纳入";
}

internal sealed class BenchPerson
{
    public Guid Id;
    public long Version = 1;
    /// <summary>Monthly periodic values of the benchmark month (subsidies, allowances), written by the template-facts step.</summary>
    public List<(string Field, object Value)>? Monthly;
}

/// <summary>The village entity's facts: attribute fields, and periodic values of the benchmark month and year.</summary>
internal sealed record VillageFacts(Dictionary<string, object?> Fields, List<(string Field, object Value)> Monthly, List<(string Field, object Value)> Yearly);

/// <summary>
/// A synthetic county: one county, up to 10 townships, villages numbered 200… (村委会), households and persons whose
/// fields are all valid against the shipped catalog (form-templates/catalog), with rates like a real village so the
/// shipped templates count something: 低保 about 5 % of households, 特困 1.5 %, 防返贫监测 4 %; disability 6 % of persons,
/// party members 6 % of adults, ages from the ID numbers following a rural age pyramid (65+ about 22 %, 80+ about 4 %).
/// Deterministic for a given seed and age reference date.
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
    private static readonly string[] AdultEducation = ["文盲或半文盲", "小学", "小学", "初中", "初中", "初中", "高中", "中专", "大专", "本科及以上"];
    private static readonly string[] Labor = ["技能劳动力", "普通劳动力", "普通劳动力", "普通劳动力", "弱劳动力或半劳动力", "丧失劳动力"];
    private static readonly string[] OldLabor = ["普通劳动力", "弱劳动力或半劳动力", "弱劳动力或半劳动力", "丧失劳动力", "无劳动力"];
    private static readonly string[] Employment = ["务农", "务工", "务工", "个体经营", "公益性岗位", "在校学生", "失业", "退休", "其他"];
    private static readonly string[] WorkingAge = ["务农", "务农", "务工", "务工", "务工", "个体经营", "公益性岗位", "失业", "其他"];
    private static readonly string[] OldEmployment = ["务农", "务农", "退休", "其他", "其他"];
    private static readonly string[] WorkPlaces = ["乡内", "县内乡外", "县内乡外", "省内县外", "省内县外", "省内县外", "省外", "省外", "省外", "省外"];
    private static readonly string[] DisabilityGrades = ["一级", "二级", "二级", "三级", "三级", "三级", "四级", "四级", "四级", "四级", "四级"];
    private static readonly string[] DisabilityTypes = ["视力", "听力", "言语", "肢体", "肢体", "肢体", "智力", "精神", "多重"];
    private static readonly string[] MonitoringTypes = ["脱贫不稳定户", "边缘易致贫户", "突发严重困难户"];
    private static readonly string[] RiskTypes = ["因病", "因病", "因病", "因残", "因学", "因灾", "因意外事故", "因产业项目失败", "因务工就业不稳", "因缺劳动力", "其他"];
    private static readonly string[] MobilePrefixes = ["3", "5", "7", "8", "9"];
    private static readonly string[] HouseSafety = ["A级", "A级", "B级", "B级", "C级", "D级"];

    private readonly int _seed;
    private readonly BirthSlots _births;

    /// <param name="ageReference">The day ages are taken at when deciding who is a child, an adult or 80+ (the benchmark period's end).</param>
    /// <param name="county">The county's six-digit code (regions and ID numbers); the province suite loads several counties of 抚州市.</param>
    public CountyData(int villages, int householdsPerVillage, int personsPerHousehold, DateOnly ageReference, int seed = 20261123, string county = "361025")
    {
        _county = county;
        if (villages is < 1 or > 2000) throw new ArgumentOutOfRangeException(nameof(villages), "1–2000 villages");
        _seed = seed;
        HouseholdsPerVillage = householdsPerVillage;
        PersonsPerHousehold = personsPerHousehold;
        AgeReference = ageReference;
        _births = new BirthSlots(ageReference);

        var townships = Math.Min(10, villages);
        var perTownship = (villages + townships - 1) / townships;
        Regions.Add(new OrgUnit(RegionCode.Parse("360000000000"), "江西省"));
        Regions.Add(new OrgUnit(RegionCode.Parse("361000000000"), "抚州市"));
        Regions.Add(new OrgUnit(RegionCode.Parse(Code), county == "361025" ? "基准县" : $"基准县{county}"));
        for (var t = 0; t < townships; t++)
        {
            Regions.Add(new OrgUnit(RegionCode.Parse($"{county}{101 + t:D3}000"), $"第{t + 1}镇"));
        }
        for (var v = 0; v < villages; v++)
        {
            var code = $"{county}{101 + v / perTownship:D3}{200 + v % perTownship:D3}";
            Regions.Add(new OrgUnit(RegionCode.Parse(code), $"第{v / perTownship + 1}镇{v % perTownship + 1}村委会"));
            Villages.Add(code);
        }
    }

    private readonly string _county;

    /// <summary>This county's 12-digit code (<see cref="CountyCode"/> unless another county was asked for).</summary>
    public string Code => _county + "000000";

    public List<OrgUnit> Regions { get; } = [];
    public List<string> Villages { get; } = [];
    public int HouseholdsPerVillage { get; }
    public int PersonsPerHousehold { get; }
    public DateOnly AgeReference { get; }

    /// <summary>Household sizes cycle P−1, P+1, P (mean P), so every third household has P+1 persons (4 at the default 3).</summary>
    public int HouseholdSize(int index) => PersonsPerHousehold < 2
        ? PersonsPerHousehold
        : (index % 3) switch { 0 => PersonsPerHousehold - 1, 1 => PersonsPerHousehold + 1, _ => PersonsPerHousehold };

    public int PersonsPerVillage => Enumerable.Range(0, HouseholdsPerVillage).Sum(HouseholdSize);

    /// <summary>Creates one village's households and persons in <paramref name="session"/> (the load of the storage and rules suites).</summary>
    public List<BenchHousehold> CreateVillage(FormHub.Storage.IStoreSession session, int villageIndex)
    {
        var village = Villages[villageIndex];
        var gen = ForVillage(villageIndex);
        var households = new List<BenchHousehold>(HouseholdsPerVillage);
        for (var h = 0; h < HouseholdsPerVillage; h++)
        {
            var size = HouseholdSize(h);
            var hh = new BenchHousehold { Village = village };
            hh.Id = session.Create("household", village, gen.HouseholdFields(hh, h, size), LoadValidFrom);
            for (var p = 0; p < size; p++)
            {
                var person = new BenchPerson();
                person.Id = session.Create("person", village, gen.PersonFields(person, hh.Id, p), LoadValidFrom);
                hh.Persons.Add(person);
            }
            households.Add(hh);
        }
        return households;
    }

    /// <summary>A value generator for one village (its own seed and ID-number serial range, so villages can load in parallel).</summary>
    public Generator ForVillage(int villageIndex) => new(new Random(_seed + villageIndex), (long)villageIndex * PersonsPerVillage, _births, AgeReference, _county);

    /// <summary>
    /// Birth dates following a rural age pyramid, handed out so that every ID number is unique: each day between 105
    /// years and 3 years before the reference date gets a number of slots proportional to its age band's weight; the
    /// n-th person of the county takes slot (n × P) mod slots (P coprime, so consecutive persons get unrelated ages), and
    /// the slot's position within its day plus n ÷ slots make the 3-digit serial.
    /// </summary>
    internal sealed class BirthSlots
    {
        private const int Scale = 10;
        private readonly List<(DateOnly Birth, int K)> _slots = [];
        private readonly long _multiplier;
        private readonly int _maxPerDay;

        public BirthSlots(DateOnly reference)
        {
            var accumulator = 0.0;
            var youngest = reference.AddYears(-3);
            for (var day = reference.AddYears(-105).AddDays(1); day <= youngest; day = day.AddDays(1))
            {
                accumulator += Weight(AgeAt(day, reference)) * Scale;
                var m = (int)accumulator;
                accumulator -= m;
                for (var k = 0; k < m; k++) _slots.Add((day, k));
                _maxPerDay = Math.Max(_maxPerDay, m);
            }
            _multiplier = 1_000_003;
            while (Gcd(_multiplier, _slots.Count) != 1) _multiplier += 2;
        }

        /// <summary>Relative number of residents per year of age (a registered rural population: many 50–64, few children).</summary>
        private static double Weight(int age) => age switch
        {
            < 15 => 0.9,
            < 30 => 1.0,
            < 50 => 1.2,
            < 65 => 1.5,
            < 80 => 1.1,
            < 90 => 0.35,
            < 100 => 0.06,
            _ => 0.003,
        };

        public (DateOnly Birth, int Serial) For(long n, int genderBit)
        {
            var (birth, k) = _slots[(int)(n * _multiplier % _slots.Count)];
            var block = n / _slots.Count;
            var serial = (block * _maxPerDay + k) * 2 + genderBit;
            if (serial > 999) throw new InvalidOperationException("too many persons for unique ID numbers");
            return (birth, (int)serial);
        }

        private static long Gcd(long a, long b) => b == 0 ? a : Gcd(b, a % b);
    }

    public static int AgeAt(DateOnly birth, DateOnly at)
    {
        var age = at.Year - birth.Year;
        if (at.Month < birth.Month || (at.Month == birth.Month && at.Day < birth.Day)) age--;
        return age;
    }

    public sealed class Generator
    {
        private readonly Random _random;
        private readonly BirthSlots _births;
        private readonly DateOnly _reference;
        private long _personSerial;

        private readonly string _county;

        internal Generator(Random random, long firstPersonSerial, BirthSlots births, DateOnly reference, string county = "361025")
        {
            _county = county;
            _random = random;
            _personSerial = firstPersonSerial;
            _births = births;
            _reference = reference;
        }

        private T Pick<T>(T[] options) => options[_random.Next(options.Length)];

        private bool Chance(double p) => _random.NextDouble() < p;

        private DateOnly DateBetween(DateOnly from, DateOnly to) => from.AddDays(_random.Next(Math.Max(1, to.DayNumber - from.DayNumber + 1)));

        public string Name() => Pick(Surnames) + Pick(Given);

        /// <summary>A valid, unique 居民身份证号码 (GB 11643): county address code, birth date, serial with gender parity, check character.</summary>
        private (string Id, DateOnly Birth) IdNumber()
        {
            var (birth, serial) = _births.For(_personSerial++, _random.Next(2));
            var first17 = string.Create(CultureInfo.InvariantCulture, $"{_county}{birth:yyyyMMdd}{serial:D3}");
            return (first17 + ChineseIdNumber.ComputeCheckCharacter(first17), birth);
        }

        public string Phone() => string.Create(CultureInfo.InvariantCulture, $"1{Pick(MobilePrefixes)}{_random.Next(0, 1_000_000_000):D9}");

        /// <summary>
        /// 12–16 attribute fields of the household catalog: 低保 在保 5 % (停保 2 %), 特困 1.5 % (not also 在保), 防返贫监测 4 %
        /// (with type, date, risk and, for two thirds, the date the risk was eliminated). Monthly dibao/tekun payments go to
        /// <see cref="BenchHousehold.Monthly"/>.
        /// </summary>
        public Dictionary<string, object?> HouseholdFields(BenchHousehold hh, int index, int size)
        {
            var roll = _random.NextDouble();
            var dibao = roll < 0.05 ? "在保" : roll < 0.07 ? "停保" : "未纳入";
            var tekunRoll = _random.NextDouble();
            var tekun = dibao == "在保" ? "未纳入" : tekunRoll < 0.003 ? "集中供养" : tekunRoll < 0.015 ? "分散供养" : "未纳入";
            var monitored = Chance(0.04);
            var dibaoPersons = dibao == "在保" ? (long)_random.Next(1, size + 1) : 0L;
            var fields = new Dictionary<string, object?>
            {
                ["name"] = Name(),
                ["household_number"] = string.Create(CultureInfo.InvariantCulture, $"{hh.Village}{index:D4}"),
                ["address"] = $"{index / 40 + 1}组{index % 40 + 1}号",
                ["dibao_status"] = dibao,
                ["dibao_persons"] = dibaoPersons,
                ["tekun_status"] = tekun,
                ["poverty_alleviated"] = Chance(0.15),
                ["monitoring_object"] = monitored,
                ["house_safety_level"] = Pick(HouseSafety),
                ["drinking_water_safe"] = Chance(0.97),
                ["sanitary_toilet"] = Chance(0.85),
                ["contracted_land_mu"] = Math.Round((decimal)(_random.NextDouble() * 12), 2),
            };
            hh.DibaoStatus = dibao;
            if (dibao == "在保") hh.Monthly.Add(("dibao_amount", (decimal)(dibaoPersons * _random.Next(450, 701))));
            if (tekun != "未纳入")
            {
                var persons = (long)(Chance(0.8) ? 1 : 2);
                fields["tekun_persons"] = persons;
                hh.Monthly.Add(("tekun_amount", (decimal)(persons * (tekun == "集中供养" ? 1150 : 860))));
            }
            if (monitored)
            {
                var since = Chance(0.05) ? DateBetween(new DateOnly(_reference.Year, _reference.Month, 1), _reference) : DateBetween(new DateOnly(2021, 6, 1), _reference.AddMonths(-1));
                fields["monitoring_type"] = Pick(MonitoringTypes);
                fields["monitoring_date"] = since;
                fields["risk_type"] = Pick(RiskTypes);
                if (Chance(0.65) && since.AddMonths(3) < _reference) fields["risk_eliminated_date"] = DateBetween(since.AddMonths(3), _reference);
            }
            return fields;
        }

        /// <summary>
        /// 16–20 attribute fields of the person catalog, chosen by the age the ID number gives on the reference date:
        /// children are pupils, 80+ get the old-age allowance, party members (6 % of adults) have a join date,
        /// 6 % of persons hold a disability certificate; monthly payments go to <see cref="BenchPerson.Monthly"/>.
        /// </summary>
        public Dictionary<string, object?> PersonFields(BenchPerson person, Guid household, int indexInHousehold)
        {
            var (id, birth) = IdNumber();
            var age = AgeAt(birth, _reference);
            var employment = age switch
            {
                < 16 => "在校学生",
                < 23 => Chance(0.5) ? "在校学生" : Pick(WorkingAge),
                < 60 => Pick(WorkingAge),
                _ => Pick(OldEmployment),
            };
            var migrant = employment == "务工" && Chance(0.75);
            var fields = new Dictionary<string, object?>
            {
                ["name"] = Name(),
                ["id_number"] = id,
                ["phone"] = Phone(),
                ["household"] = household.ToString(),
                ["relation_to_head"] = indexInHousehold == 0 ? "户主" : Pick(Relations),
                ["residence_status"] = migrant && Chance(0.8) ? "外出" : Pick(Residence),
                ["ethnicity"] = Pick(Ethnicities),
                ["marital_status"] = age < 20 ? "未婚" : Pick(Marital),
                ["education"] = age switch { < 6 => "学龄前儿童", < 12 => "小学", < 15 => "初中", _ => Pick(AdultEducation) },
                ["party_member"] = age >= 18 && Chance(0.06),
                ["labor_ability"] = age switch { < 16 => "无劳动力", >= 65 => Pick(OldLabor), _ => Pick(Labor) },
                ["employment_status"] = employment,
                ["migrant_worker"] = migrant,
                ["health_managed"] = Chance(age >= 65 ? 0.78 : 0.6),
                ["family_doctor_signed"] = Chance(age >= 65 ? 0.82 : 0.7),
                ["medical_insurance"] = Chance(0.95),
            };
            var monthly = new List<(string, object)>();
            if (migrant) fields["work_place"] = Pick(WorkPlaces);
            if (fields["party_member"] is true)
            {
                var earliest = birth.AddYears(18);
                fields["party_join_date"] = Chance(0.03) ? DateBetween(new DateOnly(_reference.Year, 1, 1), _reference)
                    : DateBetween(earliest < new DateOnly(1960, 1, 1) ? new DateOnly(1960, 1, 1) : earliest, _reference.AddYears(-1));
            }
            if (age >= 60)
            {
                fields["chronic_disease"] = Chance(0.45);
                var r = _random.NextDouble();
                fields["self_care_ability"] = r < (age >= 80 ? 0.7 : 0.88) ? "完全自理" : r < (age >= 80 ? 0.9 : 0.96) ? "部分失能" : "完全失能";
            }
            if (Chance(0.06))
            {
                var grade = Pick(DisabilityGrades);
                fields["disability_grade"] = grade;
                fields["disability_type"] = Pick(DisabilityTypes);
                if (Chance(0.35)) monthly.Add(("disability_subsidy_amount", 90m));
                if (grade is "一级" or "二级" && Chance(0.85)) monthly.Add(("care_subsidy_amount", grade == "一级" ? 120m : 90m));
            }
            if (age >= 80 && Chance(0.95)) monthly.Add(("elderly_allowance_amount", age >= 100 ? 500m : age >= 90 ? 100m : 50m));
            if (age < 18 && Chance(0.004))
            {
                var r = _random.NextDouble();
                var type = r < 0.1 ? "集中养育孤儿" : r < 0.6 ? "社会散居孤儿" : "事实无人抚养儿童";
                fields["orphan_type"] = type;
                if (Chance(0.95)) monthly.Add(("orphan_allowance_amount", type == "集中养育孤儿" ? 1800m : 1400m));
            }
            if (monthly.Count > 0) person.Monthly = monthly;
            return fields;
        }

        /// <summary>The village entity: area, land, groups, Party organization type; the month's hazard figures and the year's collective accounts.</summary>
        public VillageFacts VillageFields()
        {
            var area = Math.Round((decimal)(8000 + _random.NextDouble() * 30000), 2);
            var cultivated = Math.Round(area * (decimal)(0.15 + _random.NextDouble() * 0.25), 2);
            var fields = new Dictionary<string, object?>
            {
                ["area_mu"] = area,
                ["cultivated_land_mu"] = cultivated,
                ["permanent_farmland_mu"] = Math.Round(cultivated * 0.8m, 2),
                ["natural_villages"] = (long)_random.Next(3, 25),
                ["villager_groups"] = (long)_random.Next(5, 30),
                ["cadres"] = (long)_random.Next(5, 12),
                ["poverty_alleviated_village"] = Chance(0.2),
                ["road_hardened"] = Chance(0.98),
                ["tap_water_coverage"] = Math.Round((decimal)(70 + _random.NextDouble() * 30), 1),
                ["broadband"] = Chance(0.97),
                ["has_clinic"] = Chance(0.9),
                ["distance_to_township_km"] = Math.Round((decimal)(1 + _random.NextDouble() * 25), 1),
                ["party_branch_type"] = _random.NextDouble() switch { < 0.8 => "党支部", < 0.95 => "党总支", < 0.97 => "党委", _ => "联合党支部" },
            };
            var found = (long)_random.Next(0, 5);
            var monthly = new List<(string, object)>
            {
                ("hazards_found", found),
                ("major_hazards", found > 0 && Chance(0.15) ? 1L : 0L),
                ("hazards_fixed", (long)_random.Next(0, (int)found + 2)),
            };
            var income = Math.Round((decimal)(5 + _random.NextDouble() * 75), 2);
            var expenses = Math.Round(income * (decimal)(0.4 + _random.NextDouble() * 0.5), 2);
            var yearly = new List<(string, object)>
            {
                ("collective_income", income),
                ("operating_income", Math.Round(income * (decimal)(0.3 + _random.NextDouble() * 0.6), 2)),
                ("collective_expenses", expenses),
                ("distributed_amount", Math.Round((income - expenses) * (decimal)(_random.NextDouble() * 0.5), 2)),
            };
            return new VillageFacts(fields, monthly, yearly);
        }

        public string EmploymentStatus() => Pick(Employment);

        public string ResidenceStatus() => Pick(Residence);

        public int Next(int max) => _random.Next(max);
    }
}
