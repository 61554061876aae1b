using FormHub.Core.Validation;

namespace FormHub.Demo;

/// <summary>
/// Chinese personal names: common surnames (the 赣中 ones weighted up) and given names typical of the generation a
/// person was born in. A village draws most households from two or three clan surnames, as 江西 villages do.
/// </summary>
internal static class PersonNames
{
    private static readonly string[] Common =
    [
        "刘", "李", "陈", "王", "张", "黄", "胡", "罗", "吴", "曾", "徐", "肖", "杨", "邓", "周", "彭", "朱", "熊", "万", "郭",
        "钟", "谢", "赖", "廖", "邹", "邱", "欧阳", "江", "袁", "何", "傅", "龚", "严", "汪", "叶", "付", "蔡", "程", "聂", "戴",
        "孙", "赵", "马", "林", "高", "郑", "梁", "宋", "唐", "许", "韩", "冯", "曹", "田", "董", "潘", "余", "魏", "卢", "姚",
    ];

    private static readonly string[] OldMale =
    [
        "建国", "国华", "志强", "春生", "冬生", "水生", "根生", "金生", "福生", "德明", "国庆", "建华", "文华", "长发", "明德",
        "桂生", "火生", "细毛", "国平", "建民", "和平", "卫东", "庆华", "正华", "光明", "有才", "茂林", "贵生", "来福", "汉文",
    ];

    private static readonly string[] OldFemale =
    [
        "桂英", "秀英", "玉兰", "桂兰", "秀兰", "冬梅", "春梅", "金凤", "桂花", "玉梅", "秀珍", "凤英", "菊香", "莲英", "翠英",
        "细妹", "满秀", "美英", "素珍", "淑珍", "月娥", "水莲", "招娣", "冬英", "香莲",
    ];

    private static readonly string[] MiddleMale =
    [
        "伟", "勇", "军", "强", "斌", "涛", "磊", "华", "明", "辉", "平", "刚", "志华", "海波", "建军", "小龙", "晓东", "文斌",
        "立新", "卫平", "红军", "俊", "鹏", "峰", "建平", "志明", "海军", "春华", "小平", "永红", "金华", "国强",
    ];

    private static readonly string[] MiddleFemale =
    [
        "丽", "芳", "娟", "敏", "艳", "霞", "燕", "红", "萍", "玲", "丽华", "小红", "海燕", "晓燕", "春燕", "丽萍", "美玲", "慧",
        "静", "琴", "小英", "秋菊", "春兰", "桂珍", "丽娟", "雪梅", "小芳", "红梅",
    ];

    private static readonly string[] YoungMale =
    [
        "浩", "宇", "俊杰", "浩然", "子轩", "宇轩", "梓豪", "明轩", "皓", "睿", "博文", "嘉豪", "文博", "天佑", "一鸣", "宇航",
        "志远", "思远", "家豪", "子豪", "俊熙", "晨阳", "铭", "煜", "泽宇", "锦程", "昊天", "梓睿", "鑫", "凯",
    ];

    private static readonly string[] YoungFemale =
    [
        "欣怡", "梓涵", "诗涵", "雨欣", "子萱", "佳怡", "梦琪", "思琪", "雨涵", "可欣", "语嫣", "紫涵", "一诺", "静怡", "佳琪",
        "欣妍", "若汐", "诗琪", "婉婷", "雅琪", "晓雯", "婷", "倩", "颖", "梦瑶", "心怡", "雨桐", "芷若",
    ];

    /// <summary>Two or three surnames most of a village's households carry (its 宗族).</summary>
    public static string[] ClanSurnames(Random rng) =>
        rng.Draw(Common.Take(20), rng.Between(2, 3)).ToArray();

    /// <summary>A household head's surname: the village's clans for about three households in five, any common surname otherwise.</summary>
    public static string Surname(Random rng, IReadOnlyList<string> clans) =>
        rng.Chance(0.6) ? rng.Pick(clans) : rng.Pick(Common);

    /// <summary>A surname other than <paramref name="not"/> (a spouse married in from another family).</summary>
    public static string OtherSurname(Random rng, string not)
    {
        string surname;
        do surname = rng.Pick(Common); while (surname == not);
        return surname;
    }

    /// <summary>A given name for someone born in <paramref name="birthYear"/>.</summary>
    public static string Given(Random rng, Gender gender, int birthYear) => (birthYear, gender) switch
    {
        ( < 1965, Gender.Male) => rng.Pick(OldMale),
        ( < 1965, _) => rng.Pick(OldFemale),
        ( < 1990, Gender.Male) => rng.Pick(MiddleMale),
        ( < 1990, _) => rng.Pick(MiddleFemale),
        (_, Gender.Male) => rng.Pick(YoungMale),
        _ => rng.Pick(YoungFemale),
    };
}
