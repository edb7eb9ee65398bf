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


CREATE TABLE "AuthorityMatrix" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AuthorityMatrix" PRIMARY KEY,
    "Rules" TEXT NOT NULL,
    "ChangedById" TEXT NULL,
    "ChangedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);


CREATE TABLE "CalendarOverrides" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CalendarOverrides" PRIMARY KEY,
    "Division" TEXT NOT NULL,
    "Date" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Description" TEXT NOT NULL
);


CREATE TABLE "CaseActions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CaseActions" PRIMARY KEY,
    "CaseId" TEXT NOT NULL,
    "StaffId" TEXT NOT NULL,
    "StaffGrade" INTEGER NOT NULL,
    "Action" TEXT NOT NULL,
    "AmountPence" INTEGER NOT NULL,
    "Reason" TEXT NOT NULL,
    "Allowed" INTEGER NOT NULL,
    "Decision" TEXT NOT NULL,
    "GradeNeeded" INTEGER NULL,
    "LimitPence" INTEGER NULL,
    "ReferralId" TEXT NULL,
    "At" TEXT NOT NULL
);


CREATE TABLE "CaseEvents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CaseEvents" PRIMARY KEY,
    "CaseId" TEXT NOT NULL,
    "StaffId" TEXT NULL,
    "What" TEXT NOT NULL,
    "Reason" TEXT NULL,
    "At" TEXT NOT NULL
);


CREATE TABLE "CasePauses" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CasePauses" PRIMARY KEY,
    "CaseId" TEXT NOT NULL,
    "StartedAt" TEXT NOT NULL,
    "EndedAt" TEXT NULL,
    "BusinessMinutes" INTEGER NOT NULL
);


CREATE TABLE "Cases" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Cases" PRIMARY KEY,
    "Reference" TEXT NOT NULL,
    "CustomerId" TEXT NOT NULL,
    "OwnerId" TEXT NULL,
    "TeamId" TEXT NULL,
    "Summary" TEXT NOT NULL,
    "Description" TEXT NULL,
    "Category" TEXT NOT NULL,
    "Priority" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "TargetMinutes" INTEGER NOT NULL,
    "DueAt" TEXT NOT NULL,
    "LastCustomerUpdateAt" TEXT NOT NULL,
    "ResolvedAt" TEXT NULL,
    "ClosedAt" TEXT NULL,
    "CreatedById" TEXT NULL,
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


CREATE TABLE "ContactImports" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ContactImports" PRIMARY KEY,
    "FileName" TEXT NOT NULL,
    "StartedById" TEXT NOT NULL,
    "StartedAt" TEXT NOT NULL,
    "FinishedAt" TEXT NULL,
    "Status" TEXT NOT NULL,
    "TotalRows" INTEGER NOT NULL,
    "ProcessedRows" INTEGER NOT NULL,
    "Accepted" INTEGER NOT NULL,
    "Skipped" INTEGER NOT NULL,
    "RejectedCount" INTEGER NOT NULL,
    "Rejected" TEXT NOT NULL,
    "Error" TEXT NULL
);


CREATE TABLE "Contacts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Contacts" PRIMARY KEY,
    "CustomerId" TEXT NULL,
    "AgentId" TEXT NULL,
    "TeamId" TEXT NULL,
    "CaseId" TEXT NULL,
    "Channel" TEXT NOT NULL,
    "Direction" TEXT NOT NULL,
    "Queue" TEXT NULL,
    "OfferedAt" TEXT NULL,
    "AnsweredAt" TEXT NULL,
    "EndedAt" TEXT NULL,
    "WrapEndedAt" TEXT NULL,
    "Outcome" TEXT NULL,
    "Notes" TEXT NULL,
    "ExternalReference" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);


CREATE TABLE "Customers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Customers" PRIMARY KEY,
    "Reference" TEXT NOT NULL,
    "FirstName" TEXT NOT NULL,
    "LastName" TEXT NOT NULL,
    "DateOfBirth" TEXT NULL,
    "Postcode" TEXT NULL,
    "AddressLines" TEXT NOT NULL,
    "Phones" TEXT NOT NULL,
    "Email" TEXT NULL,
    "PreferredChannel" TEXT NULL,
    "CommunicationNeeds" TEXT NULL,
    "ProductIds" TEXT NOT NULL,
    "SecurityQuestion" TEXT NULL,
    "FirstNameKey" TEXT NOT NULL,
    "LastNameKey" TEXT NOT NULL,
    "PostcodeKey" TEXT NULL,
    "PhoneKey" TEXT NULL,
    "AltPhoneKey" TEXT NULL,
    "EmailKey" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);


CREATE TABLE "CustomerUpdates" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CustomerUpdates" PRIMARY KEY,
    "CaseId" TEXT NOT NULL,
    "StaffId" TEXT NOT NULL,
    "Channel" TEXT NOT NULL,
    "Message" TEXT NOT NULL,
    "ConstraintKind" TEXT NULL,
    "ConstraintReason" TEXT NULL,
    "At" TEXT NOT NULL
);


CREATE TABLE "IdvPolicies" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_IdvPolicies" PRIMARY KEY,
    "EnabledFactors" TEXT NOT NULL,
    "Rules" TEXT NOT NULL,
    "Requirements" TEXT NOT NULL,
    "UnlistedActionLevel" TEXT NOT NULL,
    "MaxFailures" INTEGER NOT NULL,
    "LockoutMinutes" INTEGER NOT NULL,
    "PasscodeCharactersAsked" INTEGER NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);


CREATE TABLE "Products" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Products" PRIMARY KEY,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "Category" TEXT NOT NULL,
    "Overview" TEXT NOT NULL,
    "ApprovedWording" TEXT NOT NULL,
    "Features" TEXT NOT NULL,
    "Eligibility" TEXT NOT NULL,
    "Fees" TEXT NOT NULL,
    "Disclosures" TEXT NOT NULL,
    "Comparisons" TEXT NOT NULL,
    "Sources" TEXT NOT NULL,
    "IsActive" INTEGER NOT NULL,
    "MaterialRevision" INTEGER NOT NULL,
    "UpdatedAt" TEXT NOT NULL
);


CREATE TABLE "ReadAcknowledgements" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ReadAcknowledgements" PRIMARY KEY,
    "Subject" TEXT NOT NULL,
    "SubjectId" TEXT NOT NULL,
    "Revision" INTEGER NOT NULL,
    "StaffId" TEXT NOT NULL,
    "AcknowledgedAt" TEXT NOT NULL
);


CREATE TABLE "Referrals" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Referrals" PRIMARY KEY,
    "CaseId" TEXT NOT NULL,
    "FromStaffId" TEXT NOT NULL,
    "ToStaffId" TEXT NULL,
    "ToRole" TEXT NULL,
    "Reason" TEXT NOT NULL,
    "Mode" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "RequestedAction" TEXT NULL,
    "RequestedAmountPence" INTEGER NULL,
    "HandoverAt" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "RespondBy" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "HandledById" TEXT NULL,
    "AcceptedAt" TEXT NULL,
    "DeclinedAt" TEXT NULL,
    "DeclineReason" TEXT NULL,
    "ResolvedAt" TEXT NULL,
    "Resolution" TEXT NULL,
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


CREATE TABLE "AuthorisedThirdParties" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AuthorisedThirdParties" PRIMARY KEY,
    "CustomerId" TEXT NOT NULL,
    "FullName" TEXT NOT NULL,
    "Authority" TEXT NOT NULL,
    "DateOfBirth" TEXT NULL,
    "Postcode" TEXT NULL,
    "SecurityQuestion" TEXT NULL,
    "DocumentReference" TEXT NULL,
    "ValidUntil" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_AuthorisedThirdParties_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "CustomerAlerts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CustomerAlerts" PRIMARY KEY,
    "CustomerId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Message" TEXT NOT NULL,
    "RaisedAt" TEXT NOT NULL,
    "AcknowledgedAt" TEXT NULL,
    "AcknowledgedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_CustomerAlerts_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "CustomerSecrets" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CustomerSecrets" PRIMARY KEY,
    "CustomerId" TEXT NOT NULL,
    "ThirdPartyId" TEXT NULL,
    "Kind" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "Hash" TEXT NOT NULL,
    "SetAt" TEXT NOT NULL,
    CONSTRAINT "FK_CustomerSecrets_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "CustomerVulnerabilities" (
    "CustomerId" TEXT NOT NULL CONSTRAINT "PK_CustomerVulnerabilities" PRIMARY KEY,
    "Drivers" TEXT NOT NULL,
    "Circumstances" TEXT NULL,
    "NeedsAndAdjustments" TEXT NOT NULL,
    "ConsentRecorded" INTEGER NOT NULL,
    "ConsentRecordedAt" TEXT NULL,
    "Temporary" INTEGER NOT NULL,
    "ReviewDate" TEXT NOT NULL,
    "RecordedBy" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_CustomerVulnerabilities_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "IdentityVerifications" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_IdentityVerifications" PRIMARY KEY,
    "CustomerId" TEXT NOT NULL,
    "ThirdPartyId" TEXT NULL,
    "ContactId" TEXT NULL,
    "Channel" TEXT NOT NULL,
    "StaffId" TEXT NOT NULL,
    "StartedAt" TEXT NOT NULL,
    "CompletedAt" TEXT NULL,
    "TargetLevel" TEXT NOT NULL,
    "Challenge" TEXT NOT NULL,
    "Results" TEXT NOT NULL,
    "Outcome" TEXT NOT NULL,
    "LevelReached" TEXT NOT NULL,
    "OneTimeCodeHash" TEXT NULL,
    CONSTRAINT "FK_IdentityVerifications_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "VerificationLockouts" (
    "CustomerId" TEXT NOT NULL CONSTRAINT "PK_VerificationLockouts" PRIMARY KEY,
    "ConsecutiveFailures" INTEGER NOT NULL,
    "LockedUntil" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_VerificationLockouts_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "DisclosureConfirmations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DisclosureConfirmations" PRIMARY KEY,
    "ContactId" TEXT NOT NULL,
    "ProductId" TEXT NOT NULL,
    "DisclosureCode" TEXT NOT NULL,
    "ConfirmedById" TEXT NOT NULL,
    "ConfirmedAt" TEXT NOT NULL,
    "ProductRevision" INTEGER NOT NULL,
    CONSTRAINT "FK_DisclosureConfirmations_Products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Products" ("Id") ON DELETE CASCADE
);


CREATE TABLE "KnowledgeArticles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_KnowledgeArticles" PRIMARY KEY,
    "Title" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "OwnerId" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Revision" INTEGER NOT NULL,
    "RevisionAuthorId" TEXT NOT NULL,
    "RevisionIsMaterial" INTEGER NOT NULL,
    "PublishedRevision" INTEGER NULL,
    "AcknowledgeRevision" INTEGER NULL,
    "ReviewDate" TEXT NOT NULL,
    "ProductId" TEXT NULL,
    "AudienceTeamIds" TEXT NOT NULL,
    "ApprovedById" TEXT NULL,
    "ApprovedAt" TEXT NULL,
    "ReturnReason" TEXT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_KnowledgeArticles_Products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Products" ("Id") ON DELETE SET NULL
);


CREATE TABLE "ProductChanges" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ProductChanges" PRIMARY KEY,
    "ProductId" TEXT NOT NULL,
    "ChangedAt" TEXT NOT NULL,
    "ChangedById" TEXT NOT NULL,
    "Parts" TEXT NOT NULL,
    "Material" INTEGER NOT NULL,
    "MaterialRevision" INTEGER NOT NULL,
    "Note" TEXT NULL,
    CONSTRAINT "FK_ProductChanges_Products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Products" ("Id") ON DELETE CASCADE
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


CREATE TABLE "ArticleRevisions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ArticleRevisions" PRIMARY KEY,
    "ArticleId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "AuthorId" TEXT NOT NULL,
    "SavedAt" TEXT NOT NULL,
    "Material" INTEGER NOT NULL,
    "Note" TEXT NULL,
    CONSTRAINT "FK_ArticleRevisions_KnowledgeArticles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "KnowledgeArticles" ("Id") ON DELETE CASCADE
);


CREATE INDEX "IX_ApiTokens_StaffId" ON "ApiTokens" ("StaffId");


CREATE UNIQUE INDEX "IX_ApiTokens_TokenHash" ON "ApiTokens" ("TokenHash");


CREATE UNIQUE INDEX "IX_ArticleRevisions_ArticleId_Number" ON "ArticleRevisions" ("ArticleId", "Number");


CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");


CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");


CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");


CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");


CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");


CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");


CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");


CREATE INDEX "IX_AuditEntries_At" ON "AuditEntries" ("At");


CREATE INDEX "IX_AuditEntries_EntityType_EntityId" ON "AuditEntries" ("EntityType", "EntityId");


CREATE INDEX "IX_AuthorisedThirdParties_CustomerId" ON "AuthorisedThirdParties" ("CustomerId");


CREATE UNIQUE INDEX "IX_CalendarOverrides_Division_Date" ON "CalendarOverrides" ("Division", "Date");


CREATE INDEX "IX_CaseActions_CaseId" ON "CaseActions" ("CaseId");


CREATE INDEX "IX_CaseEvents_CaseId" ON "CaseEvents" ("CaseId");


CREATE INDEX "IX_CasePauses_CaseId" ON "CasePauses" ("CaseId");


CREATE INDEX "IX_Cases_CustomerId" ON "Cases" ("CustomerId");


CREATE INDEX "IX_Cases_OwnerId_Status" ON "Cases" ("OwnerId", "Status");


CREATE UNIQUE INDEX "IX_Cases_Reference" ON "Cases" ("Reference");


CREATE INDEX "IX_Cases_TeamId_Status" ON "Cases" ("TeamId", "Status");


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


CREATE INDEX "IX_Contacts_AgentId_CreatedAt" ON "Contacts" ("AgentId", "CreatedAt");


CREATE INDEX "IX_Contacts_CaseId" ON "Contacts" ("CaseId");


CREATE INDEX "IX_Contacts_CustomerId" ON "Contacts" ("CustomerId");


CREATE INDEX "IX_Contacts_TeamId_CreatedAt" ON "Contacts" ("TeamId", "CreatedAt");


CREATE INDEX "IX_CustomerAlerts_AcknowledgedAt_RaisedAt" ON "CustomerAlerts" ("AcknowledgedAt", "RaisedAt");


CREATE INDEX "IX_CustomerAlerts_CustomerId" ON "CustomerAlerts" ("CustomerId");


CREATE INDEX "IX_Customers_AltPhoneKey" ON "Customers" ("AltPhoneKey");


CREATE INDEX "IX_Customers_EmailKey" ON "Customers" ("EmailKey");


CREATE INDEX "IX_Customers_FirstNameKey_LastNameKey" ON "Customers" ("FirstNameKey", "LastNameKey");


CREATE INDEX "IX_Customers_LastNameKey_FirstNameKey" ON "Customers" ("LastNameKey", "FirstNameKey");


CREATE INDEX "IX_Customers_PhoneKey" ON "Customers" ("PhoneKey");


CREATE INDEX "IX_Customers_PostcodeKey" ON "Customers" ("PostcodeKey");


CREATE UNIQUE INDEX "IX_Customers_Reference" ON "Customers" ("Reference");


CREATE INDEX "IX_CustomerSecrets_CustomerId_ThirdPartyId" ON "CustomerSecrets" ("CustomerId", "ThirdPartyId");


CREATE INDEX "IX_CustomerUpdates_CaseId" ON "CustomerUpdates" ("CaseId");


CREATE INDEX "IX_CustomerVulnerabilities_ReviewDate" ON "CustomerVulnerabilities" ("ReviewDate");


CREATE UNIQUE INDEX "IX_DisclosureConfirmations_ContactId_ProductId_DisclosureCode" ON "DisclosureConfirmations" ("ContactId", "ProductId", "DisclosureCode");


CREATE INDEX "IX_DisclosureConfirmations_ProductId" ON "DisclosureConfirmations" ("ProductId");


CREATE INDEX "IX_IdentityVerifications_ContactId" ON "IdentityVerifications" ("ContactId");


CREATE INDEX "IX_IdentityVerifications_CustomerId_StartedAt" ON "IdentityVerifications" ("CustomerId", "StartedAt");


CREATE INDEX "IX_KnowledgeArticles_OwnerId" ON "KnowledgeArticles" ("OwnerId");


CREATE INDEX "IX_KnowledgeArticles_ProductId" ON "KnowledgeArticles" ("ProductId");


CREATE INDEX "IX_KnowledgeArticles_Status" ON "KnowledgeArticles" ("Status");


CREATE INDEX "IX_ProductChanges_ProductId" ON "ProductChanges" ("ProductId");


CREATE UNIQUE INDEX "IX_Products_Code" ON "Products" ("Code");


CREATE UNIQUE INDEX "IX_ReadAcknowledgements_Subject_SubjectId_Revision_StaffId" ON "ReadAcknowledgements" ("Subject", "SubjectId", "Revision", "StaffId");


CREATE INDEX "IX_Referrals_CaseId" ON "Referrals" ("CaseId");


CREATE INDEX "IX_Referrals_ToRole_Status" ON "Referrals" ("ToRole", "Status");


CREATE INDEX "IX_Referrals_ToStaffId_Status" ON "Referrals" ("ToStaffId", "Status");


CREATE INDEX "IX_StaffMembers_LineManagerId" ON "StaffMembers" ("LineManagerId");


CREATE INDEX "IX_StaffMembers_TeamId" ON "StaffMembers" ("TeamId");


CREATE UNIQUE INDEX "IX_StaffMembers_Username" ON "StaffMembers" ("Username");


CREATE UNIQUE INDEX "IX_Teams_Name" ON "Teams" ("Name");


CREATE INDEX "IX_Teams_TeamLeaderId" ON "Teams" ("TeamLeaderId");


