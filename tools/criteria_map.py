# Criterion -> (status, code, tests). Tests are `Class` or `Class.Method` names from tests/.
MAP.update({
    ("CCTC9", "1.2"): ("partial",
        "`Domain/Platform/CardNumberRedactor.cs` (PCI DSS), `Data/Platform/AuditTrail.cs` (personal data masked), `Domain/Platform/Calendar/*`",
        "`AuditApiTests.CreatingStaff_WritesAuditEntries_WithPersonalDataMaskedAndSecretsLeftOut`, `BusinessCalendarTests`"),
    ("CC33", "4.5"): ("partial",
        "`Data/FrontlineDbContext.cs` + `Data/Platform/AuditTrail.cs` (every change, hash-chained), `Features/Platform/PlatformEndpoints.cs` (audit API)",
        "`AuditApiTests`, `AuditChainTests`, `DemoCentreTests.AuditVerifyCommand_ExitsZeroWhenIntact_AndOneWhenTampered`"),
})
