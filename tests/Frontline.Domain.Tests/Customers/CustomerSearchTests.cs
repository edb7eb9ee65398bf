using Frontline.Domain.Customers;
using Frontline.Domain.Platform;

namespace Frontline.Domain.Tests.Customers;

public sealed class CustomerSearchTests
{
    [Theory]
    [InlineData("jo.Smith@Example.com", CustomerSearchKind.Email, "jo.smith@example.com", null)]
    [InlineData("jo.sm@", CustomerSearchKind.Email, "jo.sm@", null)]
    [InlineData("07700 900123", CustomerSearchKind.Phone, "07700900123", null)]
    [InlineData("+44 7700 900", CustomerSearchKind.Phone, "07700900", null)]
    [InlineData("sw1a 1aa", CustomerSearchKind.Postcode, "SW1A1AA", null)]
    [InlineData("M1", CustomerSearchKind.Postcode, "M1", null)]
    [InlineData("cus00001", CustomerSearchKind.Reference, "CUS00001", null)]
    [InlineData("Smi", CustomerSearchKind.Name, "smi", null)]
    [InlineData("Sarah O'Brien", CustomerSearchKind.Name, "sarah", "obrien")]
    [InlineData("Zoë", CustomerSearchKind.Name, "zoe", null)]
    public void Classify(string query, CustomerSearchKind kind, string key, string? second) =>
        CustomerSearchTerm.Classify(query).ShouldBe(new CustomerSearchTerm(kind, key, second));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!")]
    public void Classify_Nothing_IsNull(string query) => CustomerSearchTerm.Classify(query).ShouldBeNull();

    [Theory]
    [InlineData("smi", "smj")]
    [InlineData("077", "078")]
    [InlineData("a\uffff", "b")]
    public void UpperBound_IsTheNextPrefix(string prefix, string upper) => SearchKeys.UpperBound(prefix).ShouldBe(upper);

    [Theory]
    [InlineData("SW1A 1AA", true)]
    [InlineData("sw1a1aa", true)]
    [InlineData("M1 1AE", true)]
    [InlineData("B33 8TH", true)]
    [InlineData("CR2 6XH", true)]
    [InlineData("DN55 1PT", true)]
    [InlineData("GIR 0AA", true)]
    [InlineData("12345", false)]
    [InlineData("SW1A", false)]
    [InlineData("QQ1 1AA", false)]
    [InlineData("SW1A 1AAA", false)]
    public void UkPostcodes(string postcode, bool valid) => CustomerRules.IsUkPostcode(postcode).ShouldBe(valid);

    [Theory]
    [InlineData("07700 900123", true)]
    [InlineData("020 7946 0000", true)]
    [InlineData("+44 7700 900123", true)]
    [InlineData("+33 1 23 45 67 89", true)]
    [InlineData("0770090012", true)]
    [InlineData("123", false)]
    [InlineData("07700 9001234567", false)]
    [InlineData("phone me", false)]
    [InlineData("00000000000", false)]
    public void PhoneNumbers(string phone, bool valid) => CustomerRules.IsPhoneNumber(phone).ShouldBe(valid);

    [Fact]
    public void DateOfBirth_InTheFuture_IsRefused()
    {
        var today = new DateOnly(2026, 11, 23);
        CustomerRules.CheckDateOfBirth(today, today);
        Should.Throw<DomainException>(() => CustomerRules.CheckDateOfBirth(today.AddDays(1), today)).Field.ShouldBe("dateOfBirth");
        Should.Throw<DomainException>(() => CustomerRules.CheckDateOfBirth(new DateOnly(1899, 12, 31), today)).Field.ShouldBe("dateOfBirth");
    }

    [Fact]
    public void Customer_KeepsSearchKeysInStep()
    {
        var customer = new Customer { Reference = " cus1 ", FirstName = "Zoë", LastName = "O'Brien", Postcode = "sw1a 1aa", Email = "Zoe@Example.COM" };
        customer.Phones = ["+44 7700 900123", "020 7946 0000"];
        customer.Reference.ShouldBe("CUS1");
        (customer.FirstNameKey, customer.LastNameKey, customer.PostcodeKey, customer.EmailKey).ShouldBe(("zoe", "obrien", "SW1A1AA", "zoe@example.com"));
        (customer.PhoneKey, customer.AltPhoneKey).ShouldBe(("07700900123", "02079460000"));
    }
}
