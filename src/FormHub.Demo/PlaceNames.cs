namespace FormHub.Demo;

/// <summary>
/// Syllables of southern Chinese (赣中) place names, combined into township and village names for counties larger
/// than the shipped demo county: 枫岭镇, 石坑村委会 …
/// </summary>
internal static class PlaceNames
{
    private static readonly string[] Firsts =
    [
        "东", "西", "南", "北", "上", "下", "大", "小", "新", "老", "高", "石", "金", "银", "龙", "凤", "马", "牛",
        "杨", "柳", "桃", "李", "梅", "竹", "松", "枫", "茶", "青", "白", "黄", "红", "田", "水", "山", "长", "平",
        "安", "太", "永", "福", "富", "禾", "桂", "荷", "樟", "杉", "槐", "莲", "泉", "云", "沙", "湖", "岭", "溪",
    ];

    private static readonly string[] Seconds =
    [
        "坑", "坪", "塘", "田", "山", "岭", "岗", "冲", "湾", "源", "溪", "口", "洲", "坊", "桥", "垄", "背", "陂",
        "圳", "埠", "墩", "园", "林", "坳", "寨", "屋", "家", "江", "头", "岸", "峰", "岩", "湖", "港", "洞", "庄",
    ];

    /// <summary>The <paramref name="index"/>th two-syllable name; different indexes give different names up to 1,944.</summary>
    public static string Name(int index)
    {
        // Step through the grid by a stride coprime to its size, so neighbouring units get unrelated names.
        var size = Firsts.Length * Seconds.Length;
        var k = (int)((index * 1_009L + 17) % size);
        return Firsts[k / Seconds.Length] + Seconds[k % Seconds.Length];
    }

    /// <summary>How many distinct names there are.</summary>
    public static int Count => Firsts.Length * Seconds.Length;
}
