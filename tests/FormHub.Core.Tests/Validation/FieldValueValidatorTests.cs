using System.Text.Json;
using FormHub.Core.Catalog;
using FormHub.Core.Validation;

namespace FormHub.Core.Tests.Validation;

public class FieldValueValidatorTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    private static FieldDefinition Field(FieldType type, string zh = "年龄", string en = "Age",
        FieldValidation? validation = null, IReadOnlyList<string>? options = null, string? unit = null) => new()
    {
        EntityType = "person",
        Name = "f",
        Type = type,
        LabelZh = zh,
        LabelEn = en,
        OwnerDepartment = "民政",
        Validation = validation ?? FieldValidation.None,
        Options = options ?? [],
        Unit = unit,
    };

    private static JsonElement Json(string json) => JsonSerializer.Deserialize<JsonElement>(json);

    private static FieldCheck Check(FieldDefinition field, object? raw) => FieldValueValidator.Check(field, raw, Today);

    // ---- empty and required

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void EmptyInputOfAnOptionalFieldIsNull(string? raw)
    {
        var result = Check(Field(FieldType.Int), raw);

        Assert.True(result.IsValid);
        Assert.Null(result.Value);
    }

    [Fact]
    public void EmptyRequiredFieldNamesTheField()
    {
        var result = Check(Field(FieldType.Text, "姓名", "Name", new FieldValidation { Required = true }), " ");

        Assert.Equal("「姓名」为必填项", result.Error!.Zh);
        Assert.Equal("'Name' is required", result.Error.En);
    }

    [Fact]
    public void JsonNullCountsAsEmpty()
    {
        var result = Check(Field(FieldType.Date, "出生日期", "Birth date", new FieldValidation { Required = true }), Json("null"));

        Assert.Equal("「出生日期」为必填项", result.Error!.Zh);
    }

    // ---- int

    [Theory]
    [InlineData("42")]
    [InlineData(" 42 ")]
    [InlineData("+42")]
    [InlineData("42.0")]
    [InlineData(42)]
    [InlineData(42L)]
    [InlineData((short)42)]
    [InlineData(42.0)]
    [InlineData(42.0f)]
    public void IntAcceptsWholeNumbersInAnyShapeAsLong(object raw)
    {
        var result = Check(Field(FieldType.Int), raw);

        Assert.True(result.IsValid, result.Error?.Zh);
        Assert.Equal(42L, result.Value);
    }

    [Fact]
    public void IntAcceptsDecimalWithoutFractionAndJsonNumber()
    {
        Assert.Equal(42L, Check(Field(FieldType.Int), 42m).Value);
        Assert.Equal(42L, Check(Field(FieldType.Int), Json("42")).Value);
        Assert.Equal(-7L, Check(Field(FieldType.Int), Json("\"-7\"")).Value);
    }

    [Fact]
    public void IntRejectsTextWithTheLabelAndTheInput()
    {
        var result = Check(Field(FieldType.Int), "abc");

        Assert.Equal("「年龄」应为整数，收到“abc”", result.Error!.Zh);
        Assert.Equal("'Age' must be a whole number, got 'abc'", result.Error.En);
    }

    [Theory]
    [InlineData(12.5)]
    [InlineData("12.5")]
    [InlineData("1,000")]
    [InlineData(true)]
    public void IntRejectsFractionsAndNonNumbers(object raw)
    {
        Assert.StartsWith("「年龄」应为整数", Check(Field(FieldType.Int), raw).Error!.Zh);
    }

    [Fact]
    public void IntRejectsJsonFractionAndObjects()
    {
        Assert.False(Check(Field(FieldType.Int), Json("12.5")).IsValid);
        Assert.Equal("「年龄」应为整数，收到“[1]”", Check(Field(FieldType.Int), Json("[1]")).Error!.Zh);
    }

    [Fact]
    public void MinAndMaxAreInclusiveAndNamedInTheMessage()
    {
        var age = Field(FieldType.Int, unit: "岁", validation: new FieldValidation { Min = 0, Max = 120 });

        Assert.True(Check(age, 0).IsValid);
        Assert.True(Check(age, 120).IsValid);
        Assert.Equal("「年龄」不能小于0岁，收到-1岁", Check(age, -1).Error!.Zh);
        Assert.Equal("「年龄」不能大于120岁，收到121岁", Check(age, "121").Error!.Zh);
        Assert.Equal("'Age' must be at most 120, got 121", Check(age, "121").Error!.En);
    }

    // ---- decimal

    [Theory]
    [InlineData("1234.56")]
    [InlineData(1234.56)]
    [InlineData("-0.5")]
    [InlineData(7)]
    public void DecimalAcceptsNumbersAndInvariantText(object raw)
    {
        var result = Check(Field(FieldType.Decimal, "月保障金", "Monthly benefit"), raw);

        Assert.True(result.IsValid, result.Error?.Zh);
        Assert.IsType<decimal>(result.Value);
    }

    [Fact]
    public void DecimalKeepsJsonPrecision()
    {
        Assert.Equal(0.1m, Check(Field(FieldType.Decimal), Json("0.1")).Value);
        Assert.Equal(1234.56m, Check(Field(FieldType.Decimal), "1234.56").Value);
    }

    [Fact]
    public void DecimalRejectsTextAndHonoursBounds()
    {
        var funds = Field(FieldType.Decimal, "月保障金", "Monthly benefit", new FieldValidation { Min = 0m, Max = 5000.5m }, unit: "元");

        Assert.Equal("「月保障金」应为数字，收到“十元”", Check(funds, "十元").Error!.Zh);
        Assert.Equal("「月保障金」不能大于5000.5元，收到5000.51元", Check(funds, 5000.51m).Error!.Zh);
        Assert.Equal(5000.5m, Check(funds, "5000.5").Value);
    }

    // ---- date

    [Theory]
    [InlineData("2024-03-05")]
    [InlineData("2024/3/5")]
    [InlineData("2024年3月5日")]
    [InlineData("2024-3-5")]
    public void DateAcceptsTheUsualWrittenForms(string raw)
    {
        Assert.Equal(new DateOnly(2024, 3, 5), Check(Field(FieldType.Date, "出生日期", "Birth date"), raw).Value);
    }

    [Fact]
    public void DateAcceptsDateTypesAndJsonString()
    {
        var field = Field(FieldType.Date, "出生日期", "Birth date");

        Assert.Equal(new DateOnly(2024, 3, 5), Check(field, new DateOnly(2024, 3, 5)).Value);
        Assert.Equal(new DateOnly(2024, 3, 5), Check(field, new DateTime(2024, 3, 5, 23, 59, 0)).Value);
        Assert.Equal(new DateOnly(2024, 3, 5), Check(field, Json("\"2024-03-05\"")).Value);
    }

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("05/03/2024")]
    [InlineData("昨天")]
    public void DateRejectsImpossibleOrForeignForms(string raw)
    {
        var result = Check(Field(FieldType.Date, "出生日期", "Birth date"), raw);

        Assert.Equal($"「出生日期」应为日期（如 2024-01-31），收到“{raw}”", result.Error!.Zh);
    }

    // ---- bool

    [Theory]
    [InlineData("是", true)]
    [InlineData("否", false)]
    [InlineData("true", true)]
    [InlineData("FALSE", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData(true, true)]
    [InlineData(1, true)]
    [InlineData(0L, false)]
    public void BoolAcceptsYesNoInChineseAndEnglish(object raw, bool expected)
    {
        Assert.Equal(expected, Check(Field(FieldType.Bool, "是否低保", "On dibao"), raw).Value);
    }

    [Fact]
    public void BoolAcceptsJsonTrueAndFalse()
    {
        Assert.Equal(true, Check(Field(FieldType.Bool), Json("true")).Value);
        Assert.Equal(false, Check(Field(FieldType.Bool), Json("false")).Value);
    }

    [Fact]
    public void BoolRejectsAnythingElse()
    {
        Assert.Equal("「是否低保」应为“是”或“否”，收到“有”", Check(Field(FieldType.Bool, "是否低保", "On dibao"), "有").Error!.Zh);
        Assert.False(Check(Field(FieldType.Bool), 2).IsValid);
    }

    // ---- text

    [Fact]
    public void TextIsTrimmed()
    {
        Assert.Equal("张三", Check(Field(FieldType.Text, "姓名", "Name"), "  张三 ").Value);
    }

    [Fact]
    public void TextAcceptsWholeNumbersFromSpreadsheetsButNotBooleans()
    {
        var field = Field(FieldType.Text, "门牌号", "House number");

        Assert.Equal("12", Check(field, 12.0).Value);
        Assert.Equal("「门牌号」应为文本，收到“true”", Check(field, true).Error!.Zh);
    }

    [Fact]
    public void LengthIsCountedInCharactersAReaderSees()
    {
        var name = Field(FieldType.Text, "姓名", "Name", new FieldValidation { MinLength = 2, MaxLength = 3 });

        Assert.True(Check(name, "王𠇔").IsValid); // 𠇔 is one character, two UTF-16 units
        Assert.Equal("「姓名」至少应有2个字，当前为1个字", Check(name, "王").Error!.Zh);
        Assert.Equal("「姓名」不能超过3个字，当前为4个字", Check(name, "欧阳娜娜").Error!.Zh);
    }

    [Fact]
    public void PatternMustMatchTheWholeText()
    {
        var postcode = Field(FieldType.Text, "邮编", "Postcode", new FieldValidation { Pattern = @"\d{6}" });

        Assert.True(Check(postcode, "100000").IsValid);
        Assert.Equal("「邮编」格式不正确，收到“1000001”", Check(postcode, "1000001").Error!.Zh);
        Assert.Equal("'Postcode' is not in the expected format, got 'x100000'", Check(postcode, "x100000").Error!.En);
    }

    [Fact]
    public void PatternMessageIsUsedAndStillNamesTheField()
    {
        var postcode = Field(FieldType.Text, "邮编", "Postcode",
            new FieldValidation { Pattern = @"\d{6}", PatternMessage = "应为6位数字" });

        Assert.Equal("「邮编」：应为6位数字", Check(postcode, "10000").Error!.Zh);
    }

    [Fact]
    public void AValidValueIsAcceptedEvenWhereBacktrackingWouldTakeLongerThanTheTimeout()
    {
        // The first alternative tries every split of the a's into ones and twos (about 10^8 for 40) before the second
        // matches: a backtracking engine's timeout refused this valid value; the linear engine accepts it at once.
        var code = Field(FieldType.Text, "编码", "Code", new FieldValidation { Pattern = "(a|aa)*c|a*" });

        Assert.True(Check(code, new string('a', 40)).IsValid);
        Assert.False(Check(code, new string('a', 40) + "b").IsValid);
    }

    [Fact]
    public void APatternTheLinearEngineCannotRunStillValidates()
    {
        var repeated = Field(FieldType.Text, "编码", "Code", new FieldValidation { Pattern = @"(\d)\1" });

        Assert.True(Check(repeated, "33").IsValid);
        Assert.False(Check(repeated, "34").IsValid);
    }

    [Fact]
    public void InvalidPatternIsReportedAsACatalogDefect()
    {
        var broken = Field(FieldType.Text, validation: new FieldValidation { Pattern = "(" });

        Assert.Throws<InvalidOperationException>(() => Check(broken, "x"));
    }

    // ---- enum

    [Fact]
    public void EnumAcceptsOnlyItsOptions()
    {
        var grade = Field(FieldType.Enum, "残疾等级", "Disability grade", options: ["一级", "二级", "三级", "四级"]);

        Assert.Equal("二级", Check(grade, " 二级 ").Value);
        Assert.Equal("二级", Check(grade, Json("\"二级\"")).Value);
        var error = Check(grade, "五级").Error!;
        Assert.Equal("「残疾等级」只能是：一级、二级、三级、四级，收到“五级”", error.Zh);
        Assert.StartsWith("'Disability grade' must be one of: 一级, 二级", error.En);
    }

    [Fact]
    public void LongOptionListsAreShortenedInTheMessage()
    {
        var options = Enumerable.Range(1, 56).Select(i => "族" + i).ToList();

        var error = Check(Field(FieldType.Enum, "民族", "Ethnicity", options: options), "x").Error!.Zh;

        Assert.StartsWith("「民族」只能是：族1、族2", error);
        Assert.Contains("等56项", error);
        Assert.DoesNotContain("族11", error);
    }

    // ---- id number, phone, uscc

    [Fact]
    public void IdNumberIsStoredNormalised()
    {
        var id = Field(FieldType.IdNumber, "身份证号", "ID number");

        Assert.Equal("11010519491231002X", Check(id, " 11010519491231002x").Value);
        Assert.Equal("11010519491231002X", Check(id, Json("\"11010519491231002x\"")).Value);
    }

    [Fact]
    public void IdNumberErrorBeginsWithTheLabel()
    {
        var result = Check(Field(FieldType.IdNumber, "身份证号", "ID number"), "110105194912310021");

        Assert.Equal("「身份证号」：身份证号校验位错误，应为 X", result.Error!.Zh);
        Assert.Equal("'ID number': ID number check digit is wrong; it should be X", result.Error.En);
    }

    [Fact]
    public void IdNumberWithFutureBirthDateIsRejectedAgainstToday()
    {
        const string first17 = "11010520270101001";
        var id = first17 + ChineseIdNumber.ComputeCheckCharacter(first17);

        Assert.Contains("晚于今天", Check(Field(FieldType.IdNumber, "身份证号", "ID number"), id).Error!.Zh);
    }

    [Fact]
    public void PhoneIsStoredAsElevenDigits()
    {
        var phone = Field(FieldType.Phone, "联系电话", "Phone");

        Assert.Equal("13800138000", Check(phone, "+86 138-0013-8000").Value);
        Assert.Equal("13800138000", Check(phone, 13800138000L).Value);
        Assert.StartsWith("「联系电话」：手机号应为11位数字，以1开头", Check(phone, "12345").Error!.Zh);
    }

    [Fact]
    public void UsccIsCheckedAndUpperCased()
    {
        var uscc = Field(FieldType.Uscc, "统一社会信用代码", "USCC");

        Assert.Equal("91350100M000100Y43", Check(uscc, "91350100m000100y43").Value);
        Assert.Equal("「统一社会信用代码」：统一社会信用代码校验位错误，应为 3", Check(uscc, "91350100M000100Y44").Error!.Zh);
    }

    // ---- references

    [Fact]
    public void OrgUnitRefMustBeAValidRegionCode()
    {
        var village = Field(FieldType.OrgUnitRef, "所属村", "Village");

        Assert.Equal("110105001201", Check(village, "110105001201").Value);
        Assert.Equal("110105001201", Check(village, 110105001201L).Value);
        Assert.StartsWith("「所属村」：区划代码“11010500120”应为12位数字", Check(village, "11010500120").Error!.Zh);
        Assert.False(Check(village, "110105001999").IsValid);
    }

    [Fact]
    public void EntityRefIsStoredInCanonicalGuidForm()
    {
        var household = Field(FieldType.EntityRef, "所属户", "Household");
        var guid = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

        Assert.Equal("0f8fad5b-d9cb-469f-a165-70867728950e", Check(household, "{0F8FAD5B-D9CB-469F-A165-70867728950E}").Value);
        Assert.Equal("0f8fad5b-d9cb-469f-a165-70867728950e", Check(household, guid).Value);
        Assert.Equal("「所属户」应为实体编号（GUID），收到“hh-1”", Check(household, "hh-1").Error!.Zh);
    }

    [Theory]
    [InlineData(FieldType.Text)]
    [InlineData(FieldType.Int)]
    [InlineData(FieldType.Decimal)]
    [InlineData(FieldType.Date)]
    [InlineData(FieldType.Bool)]
    [InlineData(FieldType.Enum)]
    [InlineData(FieldType.IdNumber)]
    [InlineData(FieldType.Phone)]
    [InlineData(FieldType.Uscc)]
    [InlineData(FieldType.OrgUnitRef)]
    [InlineData(FieldType.EntityRef)]
    public void EveryErrorBeginsWithTheChineseLabel(FieldType type)
    {
        var result = Check(Field(type, "某字段", "Some field", options: ["甲"]), Json("{\"a\":1}"));

        Assert.False(result.IsValid);
        Assert.StartsWith("「某字段」", result.Error.Zh);
        Assert.StartsWith("'Some field'", result.Error.En);
    }

    [Theory]
    [InlineData(FieldType.Text, "12")]
    [InlineData(FieldType.Enum, "1")]
    [InlineData(FieldType.IdNumber, "360835198005011234")]
    [InlineData(FieldType.Phone, "13800138000")]
    [InlineData(FieldType.Uscc, "913501001234567890")]
    [InlineData(FieldType.OrgUnitRef, "360835100200")]
    public void CodeSentAsAJsonNumberIsRefusedBecauseDigitsMayBeLost(FieldType type, string number)
    {
        var result = Check(Field(type, "某号码", "Some number", options: ["1"]), Json(number));

        Assert.False(result.IsValid);
        Assert.Contains("应为文本", result.Error.Zh);
    }

    [Theory]
    [InlineData(FieldType.Text)]
    [InlineData(FieldType.Enum)]
    [InlineData(FieldType.Date)]
    [InlineData(FieldType.Int)]
    public void TextWithANulCharacterIsRefused(FieldType type)
    {
        var result = Check(Field(type, "姓名", "Name", options: ["a\0b"]), "a\0b");

        Assert.False(result.IsValid);
        Assert.Contains("空字符", result.Error.Zh);
    }

    [Fact]
    public void TextWithALoneSurrogateIsRefusedWhetherAsStringOrAsEscapedJson()
    {
        var field = Field(FieldType.Text, "姓名", "Name");

        Assert.Contains("代理字符", Check(field, "张\ud800").Error!.Zh);
        Assert.Contains("代理字符", Check(field, Json("\"张\\ud800\"")).Error!.Zh);
        Assert.True(Check(field, "王𠇔").IsValid); // a pair is a character, not a lone surrogate
    }
}
