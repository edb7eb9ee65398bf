CREATE TABLE "ApiTokens" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ApiTokens" PRIMARY KEY,
    "StaffId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "TokenHash" TEXT NOT NULL,
    "Hint" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ExpiresAt" TEXT NOT NULL,
    "RevokedAt" TEXT NULL,
    "LastUsedAt" TEXT NULL
);


CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);


CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);


CREATE TABLE "AuditEntries" (
    "Sequence" INTEGER NOT NULL CONSTRAINT "PK_AuditEntries" PRIMARY KEY,
    "At" TEXT NOT NULL,
    "ActorId" TEXT NULL,
    "ActorName" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "EntityType" TEXT NOT NULL,
    "EntityId" TEXT NOT NULL,
    "Changes" TEXT NOT NULL,
    "PreviousHash" TEXT NOT NULL,
    "Hash" TEXT NOT NULL
);


CREATE TABLE "CalendarOverrides" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CalendarOverrides" PRIMARY KEY,
    "Division" TEXT NOT NULL,
    "Date" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Description" TEXT NOT NULL
);


CREATE TABLE "Cases" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Cases" PRIMARY KEY,
    "CustomerId" TEXT NOT NULL,
    "OwnerId" TEXT NULL,
    "TeamId" TEXT NULL,
    "Summary" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);


CREATE TABLE "ComplaintLetterTemplates" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ComplaintLetterTemplates" PRIMARY KEY,
    "Kind" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);


CREATE TABLE "ComplaintRulePackSettings" (
    "PackId" TEXT NOT NULL CONSTRAINT "PK_ComplaintRulePackSettings" PRIMARY KEY,
    "ReceiptOnNonBusinessDay" TEXT NOT NULL,
    "CloseOfBusiness" TEXT NOT NULL,
    "Division" TEXT NOT NULL,
    "SummaryResolutionBusinessDays" INTEGER NULL,
    "FinalResponseCalendarDays" INTEGER NULL,
    "Version" INTEGER NOT NULL
);


CREATE TABLE "Complaints" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Complaints" PRIMARY KEY,
    "CustomerId" TEXT NOT NULL,
    "ComplainantType" TEXT NOT NULL,
    "ThirdPartyName" TEXT NULL,
    "ReceivedAt" TEXT NOT NULL,
    "Division" TEXT NOT NULL,
    "Channel" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "AboutKind" TEXT NOT NULL,
    "AboutDetail" TEXT NULL,
    "ProductGroup" TEXT NULL,
    "CauseCategory" TEXT NULL,
    "RulePackId" TEXT NOT NULL,
    "IsVulnerable" INTEGER NOT NULL,
    "ContactId" TEXT NULL,
    "CaseId" TEXT NULL,
    "TeamId" TEXT NULL,
    "HandlerId" TEXT NULL,
    "Status" TEXT NOT NULL,
    "ReceivedOn" TEXT NOT NULL,
    "SummaryResolutionBy" TEXT NULL,
    "SummaryResolutionDeadline" TEXT NULL,
    "FinalResponseDue" TEXT NOT NULL,
    "FinalResponseAlertDate" TEXT NOT NULL,
    "PaymentServicesDay15" TEXT NULL,
    "PaymentServicesDay35" TEXT NULL,
    "OmbudsmanReferralWindowEndsOn" TEXT NULL,
    "AcknowledgedAt" TEXT NULL,
    "HoldingResponseAt" TEXT NULL,
    "RespondedAt" TEXT NULL,
    "RespondedOn" TEXT NULL,
    "RespondedWithinSummaryWindow" INTEGER NULL,
    "RespondedWithinFinalDeadline" INTEGER NULL,
    "ClosedAt" TEXT NULL,
    "ReopenedCount" INTEGER NOT NULL,
    "TimeBarReasons" TEXT NOT NULL,
    "Outcome" TEXT NULL,
    "RootCause" TEXT NULL,
    "LearningPoints" TEXT NOT NULL,
    "OmbudsmanReferredAt" TEXT NULL,
    "OmbudsmanOutcome" TEXT NULL,
    "AgreedOptionId" TEXT NULL,
    "AgreedHow" TEXT NULL,
    "AgreedAt" TEXT NULL,
    "RedressTotalPence" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);


CREATE TABLE "ComplaintSettings" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ComplaintSettings" PRIMARY KEY,
    "DefaultRulePackId" TEXT NOT NULL,
    "ExpectedBasis" TEXT NOT NULL,
    "ExpectedRatePerThousand" TEXT NOT NULL,
    "TolerancePercent" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);


CREATE TABLE "ComplaintTaxonomy" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ComplaintTaxonomy" PRIMARY KEY,
    "Kind" TEXT NOT NULL,
    "Code" TEXT NOT NULL,
    "Label" TEXT NOT NULL,
    "Parent" TEXT NULL,
    "Active" INTEGER NOT NULL
);


CREATE TABLE "Contacts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Contacts" PRIMARY KEY,
    "CustomerId" TEXT NULL,
    "AgentId" TEXT NULL,
    "CaseId" TEXT NULL,
    "Notes" TEXT NULL,
    "CreatedAt" TEXT NOT NULL
);


CREATE TABLE "Customers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Customers" PRIMARY KEY,
    "Reference" TEXT NOT NULL,
    "FirstName" TEXT NOT NULL,
    "LastName" TEXT NOT NULL,
    "DateOfBirth" TEXT NULL,
    "Postcode" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);


CREATE TABLE "Products" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Products" PRIMARY KEY,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);


CREATE TABLE "Teams" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Teams" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "TeamLeaderId" TEXT NULL,
    "IsActive" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL
);


CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "ComplaintLetters" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ComplaintLetters" PRIMARY KEY,
    "ComplaintId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "Pdf" BLOB NOT NULL,
    "IssuedBy" TEXT NOT NULL,
    "IssuedAt" TEXT NOT NULL,
    CONSTRAINT "FK_ComplaintLetters_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE CASCADE
);


CREATE TABLE "ComplaintOptions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ComplaintOptions" PRIMARY KEY,
    "ComplaintId" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "Advantages" TEXT NULL,
    "Disadvantages" TEXT NULL,
    "CostPence" INTEGER NOT NULL,
    "BenefitToCustomer" TEXT NULL,
    "WithinAuthority" INTEGER NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_ComplaintOptions_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE CASCADE
);


CREATE TABLE "ComplaintRedress" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ComplaintRedress" PRIMARY KEY,
    "ComplaintId" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "AmountPence" INTEGER NOT NULL,
    "Authority" TEXT NOT NULL,
    "RecordedBy" TEXT NOT NULL,
    "RecordedAt" TEXT NOT NULL,
    CONSTRAINT "FK_ComplaintRedress_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE CASCADE
);


CREATE TABLE "ComplaintReferrals" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ComplaintReferrals" PRIMARY KEY,
    "ComplaintId" TEXT NOT NULL,
    "FromStaffId" TEXT NOT NULL,
    "ReferredTo" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "ReferredAt" TEXT NOT NULL,
    "RespondedAt" TEXT NULL,
    CONSTRAINT "FK_ComplaintReferrals_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE CASCADE
);


CREATE TABLE "ComplaintRemedialActions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ComplaintRemedialActions" PRIMARY KEY,
    "ComplaintId" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "Owner" TEXT NOT NULL,
    "DueOn" TEXT NOT NULL,
    "DoneAt" TEXT NULL,
    CONSTRAINT "FK_ComplaintRemedialActions_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE CASCADE
);


CREATE TABLE "StaffMembers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_StaffMembers" PRIMARY KEY,
    "Username" TEXT NOT NULL,
    "DisplayName" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    "TeamId" TEXT NULL,
    "LineManagerId" TEXT NULL,
    "Grade" INTEGER NOT NULL,
    "IsActive" INTEGER NOT NULL,
    "RolesList" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_StaffMembers_StaffMembers_LineManagerId" FOREIGN KEY ("LineManagerId") REFERENCES "StaffMembers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_StaffMembers_Teams_TeamId" FOREIGN KEY ("TeamId") REFERENCES "Teams" ("Id") ON DELETE RESTRICT
);


CREATE INDEX "IX_ApiTokens_StaffId" ON "ApiTokens" ("StaffId");


CREATE UNIQUE INDEX "IX_ApiTokens_TokenHash" ON "ApiTokens" ("TokenHash");


CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");


CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");


CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");


CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");


CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");


CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");


CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");


CREATE INDEX "IX_AuditEntries_At" ON "AuditEntries" ("At");


CREATE INDEX "IX_AuditEntries_EntityType_EntityId" ON "AuditEntries" ("EntityType", "EntityId");


CREATE UNIQUE INDEX "IX_CalendarOverrides_Division_Date" ON "CalendarOverrides" ("Division", "Date");


CREATE INDEX "IX_ComplaintLetters_ComplaintId" ON "ComplaintLetters" ("ComplaintId");


CREATE UNIQUE INDEX "IX_ComplaintLetterTemplates_Kind" ON "ComplaintLetterTemplates" ("Kind");


CREATE INDEX "IX_ComplaintOptions_ComplaintId" ON "ComplaintOptions" ("ComplaintId");


CREATE INDEX "IX_ComplaintRedress_ComplaintId" ON "ComplaintRedress" ("ComplaintId");


CREATE INDEX "IX_ComplaintReferrals_ComplaintId" ON "ComplaintReferrals" ("ComplaintId");


CREATE INDEX "IX_ComplaintRemedialActions_ComplaintId" ON "ComplaintRemedialActions" ("ComplaintId");


CREATE INDEX "IX_Complaints_CustomerId" ON "Complaints" ("CustomerId");


CREATE INDEX "IX_Complaints_Figures_ByReceipt" ON "Complaints" ("ReceivedOn", "ProductGroup", "CauseCategory", "Channel", "TeamId", "RootCause", "OmbudsmanOutcome", "Status", "Outcome", "RespondedOn", "RespondedWithinSummaryWindow", "RespondedWithinFinalDeadline", "FinalResponseDue", "RedressTotalPence", "OmbudsmanReferredAt");


CREATE INDEX "IX_Complaints_Figures_ByResponse" ON "Complaints" ("RespondedOn", "ProductGroup", "CauseCategory", "RespondedWithinSummaryWindow", "RespondedWithinFinalDeadline", "Outcome", "RedressTotalPence");


CREATE INDEX "IX_Complaints_Status_FinalResponseDue" ON "Complaints" ("Status", "FinalResponseDue");


CREATE UNIQUE INDEX "IX_ComplaintTaxonomy_Kind_Code" ON "ComplaintTaxonomy" ("Kind", "Code");


CREATE UNIQUE INDEX "IX_Customers_Reference" ON "Customers" ("Reference");


CREATE UNIQUE INDEX "IX_Products_Code" ON "Products" ("Code");


CREATE INDEX "IX_StaffMembers_LineManagerId" ON "StaffMembers" ("LineManagerId");


CREATE INDEX "IX_StaffMembers_TeamId" ON "StaffMembers" ("TeamId");


CREATE UNIQUE INDEX "IX_StaffMembers_Username" ON "StaffMembers" ("Username");


CREATE UNIQUE INDEX "IX_Teams_Name" ON "Teams" ("Name");


CREATE INDEX "IX_Teams_TeamLeaderId" ON "Teams" ("TeamLeaderId");


