using Frontline.Domain.Communications;
using Frontline.Domain.Platform;

namespace Frontline.Domain.Tests.Communications;

/// <summary>Template placeholders, the variant a customer needs, and approval blocked by a failing check.</summary>
public sealed class MessageTemplateTests
{
    private static readonly DateTime Now = new(2026, 12, 7, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Placeholders_InOutputsAndConditions_FiltersAndLiteralsIgnored_UnknownOnesListed()
    {
        const string source = "Dear {{ customer.first_name | capitalize }}, {% if case.reference and customer.vip %}ref {{ case.reference }}{% endif %} {{ 'x' | upcase }} {{ agent.nmae }}";
        TemplatePlaceholders.Used(source).ShouldBe(["customer.first_name", "case.reference", "agent.nmae", "customer.vip"], ignoreOrder: true);
        TemplatePlaceholders.Unknown(source).ShouldBe(["agent.nmae", "customer.vip"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("Prefers Welsh; large print", "Welsh")]
    [InlineData("Needs LARGE PRINT letters", "LargePrint")]
    [InlineData("Learning disability: easy read please", "EasyRead")]
    [InlineData(null, "Standard")]
    public void Variant_ChosenFromRecordedNeeds(string? needs, string expected) =>
        TemplatePlaceholders.Choose(Enum.GetValues<TemplateVariant>(), [needs]).ToString().ShouldBe(expected);

    [Fact]
    public void Variant_FallsBackWhenTheTemplateDoesNotHaveIt() =>
        TemplatePlaceholders.Choose([TemplateVariant.Standard, TemplateVariant.LargePrint], ["Welsh speaker, large print"]).ShouldBe(TemplateVariant.LargePrint);

    [Fact]
    public void Approval_RefusedWhileAVariantFailsABlockingCheck_ThenApproved_AndTheNextVersionRetiresIt()
    {
        static LanguageReport Check(VariantDefinition v) => LanguageChecker.Check(v.Body, MessageKind.Email);
        var bad = new TemplateDefinition("Card on its way", MessageKind.Email, "Your card", [new(TemplateVariant.Standard, "Please be advised your card was sent.")]);
        var template = MessageTemplate.Create(bad, Check, Guid.NewGuid(), Now);
        template.Latest.Variants.Single().Blocking.ShouldBeTrue();
        Should.Throw<DomainException>(() => template.Approve(Guid.NewGuid(), Now)).Code.ShouldBe("template.blocking");

        var good = bad with { Variants = [new(TemplateVariant.Standard, "Dear {{ customer.first_name }},\nWe sent your card today.\nKind regards")] };
        template.SaveDraft(good, Check, Guid.NewGuid(), Now).Number.ShouldBe(1);
        template.Approve(Guid.NewGuid(), Now).Status.ShouldBe(TemplateStatus.Approved);
        template.SaveDraft(good, Check, Guid.NewGuid(), Now).Number.ShouldBe(2);
        template.Approve(Guid.NewGuid(), Now);
        template.Versions.Single(v => v.Number == 1).Status.ShouldBe(TemplateStatus.Retired);

        Should.Throw<DomainException>(() => MessageTemplate.Create(good with { Variants = [new(TemplateVariant.Standard, "Hi {{ customer.shoe_size }}")] }, Check,
            Guid.NewGuid(), Now)).Field.ShouldBe("variants[0].body");
        Should.Throw<DomainException>(() => MessageTemplate.Create(good with { Variants = [new(TemplateVariant.Welsh, "Annwyl {{ customer.first_name }}")] }, Check,
            Guid.NewGuid(), Now)).Code.ShouldBe("template.standard");
    }
}
