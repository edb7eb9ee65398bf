CREATE TABLE "ApiTokens" (
    "Id" uuid NOT NULL,
    "StaffId" uuid NOT NULL,
    "Name" character varying(100) NOT NULL,
    "TokenHash" character varying(64) NOT NULL,
    "Hint" character varying(8) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "ExpiresAt" timestamp with time zone NOT NULL,
    "RevokedAt" timestamp with time zone,
    "LastUsedAt" timestamp with time zone,
    CONSTRAINT "PK_ApiTokens" PRIMARY KEY ("Id")
);


CREATE TABLE "AspNetRoles" (
    "Id" uuid NOT NULL,
    "Name" character varying(256),
    "NormalizedName" character varying(256),
    "ConcurrencyStamp" text,
    CONSTRAINT "PK_AspNetRoles" PRIMARY KEY ("Id")
);


CREATE TABLE "AspNetUsers" (
    "Id" uuid NOT NULL,
    "UserName" character varying(256),
    "NormalizedUserName" character varying(256),
    "Email" character varying(256),
    "NormalizedEmail" character varying(256),
    "EmailConfirmed" boolean NOT NULL,
    "PasswordHash" text,
    "SecurityStamp" text,
    "ConcurrencyStamp" text,
    "PhoneNumber" text,
    "PhoneNumberConfirmed" boolean NOT NULL,
    "TwoFactorEnabled" boolean NOT NULL,
    "LockoutEnd" timestamp with time zone,
    "LockoutEnabled" boolean NOT NULL,
    "AccessFailedCount" integer NOT NULL,
    CONSTRAINT "PK_AspNetUsers" PRIMARY KEY ("Id")
);


CREATE TABLE "AuditEntries" (
    "Sequence" bigint NOT NULL,
    "At" timestamp with time zone NOT NULL,
    "ActorId" uuid,
    "ActorName" character varying(100) NOT NULL,
    "Action" character varying(20) NOT NULL,
    "EntityType" character varying(100) NOT NULL,
    "EntityId" character varying(200) NOT NULL,
    "Changes" text NOT NULL,
    "PreviousHash" character varying(64) NOT NULL,
    "Hash" character varying(64) NOT NULL,
    CONSTRAINT "PK_AuditEntries" PRIMARY KEY ("Sequence")
);


CREATE TABLE "AuthorityMatrix" (
    "Id" uuid NOT NULL,
    "Rules" text NOT NULL,
    "ChangedById" uuid,
    "ChangedAt" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_AuthorityMatrix" PRIMARY KEY ("Id")
);


CREATE TABLE "CalendarOverrides" (
    "Id" uuid NOT NULL,
    "Division" character varying(20) NOT NULL,
    "Date" date NOT NULL,
    "Kind" character varying(20) NOT NULL,
    "Description" character varying(200) NOT NULL,
    CONSTRAINT "PK_CalendarOverrides" PRIMARY KEY ("Id")
);


CREATE TABLE "CaseActions" (
    "Id" uuid NOT NULL,
    "CaseId" uuid NOT NULL,
    "StaffId" uuid NOT NULL,
    "StaffGrade" integer NOT NULL,
    "Action" character varying(40) NOT NULL,
    "AmountPence" bigint NOT NULL,
    "Reason" character varying(1000) NOT NULL,
    "Allowed" boolean NOT NULL,
    "Decision" character varying(1000) NOT NULL,
    "GradeNeeded" integer,
    "LimitPence" bigint,
    "ReferralId" uuid,
    "At" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_CaseActions" PRIMARY KEY ("Id")
);


CREATE TABLE "CaseEvents" (
    "Id" uuid NOT NULL,
    "CaseId" uuid NOT NULL,
    "StaffId" uuid,
    "What" character varying(200) NOT NULL,
    "Reason" character varying(2000),
    "At" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_CaseEvents" PRIMARY KEY ("Id")
);


CREATE TABLE "CasePauses" (
    "Id" uuid NOT NULL,
    "CaseId" uuid NOT NULL,
    "StartedAt" timestamp with time zone NOT NULL,
    "EndedAt" timestamp with time zone,
    "BusinessMinutes" bigint NOT NULL,
    CONSTRAINT "PK_CasePauses" PRIMARY KEY ("Id")
);


CREATE TABLE "Cases" (
    "Id" uuid NOT NULL,
    "Reference" character varying(40) NOT NULL,
    "CustomerId" uuid NOT NULL,
    "OwnerId" uuid,
    "TeamId" uuid,
    "Summary" character varying(500) NOT NULL,
    "Description" character varying(4000),
    "Category" character varying(40) NOT NULL,
    "Priority" character varying(20) NOT NULL,
    "Status" character varying(30) NOT NULL,
    "TargetMinutes" bigint NOT NULL,
    "DueAt" timestamp with time zone NOT NULL,
    "LastCustomerUpdateAt" timestamp with time zone NOT NULL,
    "ResolvedAt" timestamp with time zone,
    "ClosedAt" timestamp with time zone,
    "CreatedById" uuid,
    "CreatedAt" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_Cases" PRIMARY KEY ("Id")
);


CREATE TABLE "ComplaintLetterTemplates" (
    "Id" uuid NOT NULL,
    "Kind" character varying(30) NOT NULL,
    "Body" character varying(20000) NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_ComplaintLetterTemplates" PRIMARY KEY ("Id")
);


CREATE TABLE "ComplaintRulePackSettings" (
    "PackId" character varying(40) NOT NULL,
    "ReceiptOnNonBusinessDay" character varying(40) NOT NULL,
    "CloseOfBusiness" time without time zone NOT NULL,
    "Division" character varying(40) NOT NULL,
    "SummaryResolutionBusinessDays" integer,
    "FinalResponseCalendarDays" integer,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_ComplaintRulePackSettings" PRIMARY KEY ("PackId")
);


CREATE TABLE "Complaints" (
    "Id" uuid NOT NULL,
    "CustomerId" uuid NOT NULL,
    "ComplainantType" character varying(30) NOT NULL,
    "ThirdPartyName" character varying(200),
    "ReceivedAt" timestamp with time zone NOT NULL,
    "Division" character varying(40) NOT NULL,
    "Channel" character varying(60) NOT NULL,
    "Description" character varying(8000) NOT NULL,
    "AboutKind" character varying(20) NOT NULL,
    "AboutDetail" character varying(200),
    "ProductGroup" character varying(60),
    "CauseCategory" character varying(60),
    "RulePackId" character varying(40) NOT NULL,
    "IsVulnerable" boolean NOT NULL,
    "ContactId" uuid,
    "CaseId" uuid,
    "TeamId" uuid,
    "HandlerId" uuid,
    "Status" character varying(30) NOT NULL,
    "ReceivedOn" date NOT NULL,
    "SummaryResolutionBy" date,
    "SummaryResolutionDeadline" timestamp with time zone,
    "FinalResponseDue" date NOT NULL,
    "FinalResponseAlertDate" date NOT NULL,
    "PaymentServicesDay15" date,
    "PaymentServicesDay35" date,
    "OmbudsmanReferralWindowEndsOn" date,
    "AcknowledgedAt" timestamp with time zone,
    "HoldingResponseAt" timestamp with time zone,
    "RespondedAt" timestamp with time zone,
    "RespondedOn" date,
    "RespondedWithinSummaryWindow" boolean,
    "RespondedWithinFinalDeadline" boolean,
    "ClosedAt" timestamp with time zone,
    "ReopenedCount" integer NOT NULL,
    "TimeBarReasons" character varying(8000) NOT NULL,
    "Outcome" character varying(20),
    "RootCause" character varying(60),
    "LearningPoints" character varying(8000) NOT NULL,
    "OmbudsmanReferredAt" timestamp with time zone,
    "OmbudsmanOutcome" character varying(60),
    "AgreedOptionId" uuid,
    "AgreedHow" character varying(200),
    "AgreedAt" timestamp with time zone,
    "RedressTotalPence" bigint NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_Complaints" PRIMARY KEY ("Id")
);


CREATE TABLE "ComplaintSettings" (
    "Id" integer NOT NULL,
    "DefaultRulePackId" character varying(40) NOT NULL,
    "ExpectedBasis" character varying(20) NOT NULL,
    "ExpectedRatePerThousand" numeric(12,3) NOT NULL,
    "TolerancePercent" numeric(6,2) NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_ComplaintSettings" PRIMARY KEY ("Id")
);


CREATE TABLE "ComplaintTaxonomy" (
    "Id" uuid NOT NULL,
    "Kind" character varying(30) NOT NULL,
    "Code" character varying(60) NOT NULL,
    "Label" character varying(200) NOT NULL,
    "Parent" character varying(60),
    "Active" boolean NOT NULL,
    CONSTRAINT "PK_ComplaintTaxonomy" PRIMARY KEY ("Id")
);


CREATE TABLE "ContactImports" (
    "Id" uuid NOT NULL,
    "FileName" character varying(260) NOT NULL,
    "StartedById" uuid NOT NULL,
    "StartedAt" timestamp with time zone NOT NULL,
    "FinishedAt" timestamp with time zone,
    "Status" character varying(20) NOT NULL,
    "TotalRows" integer NOT NULL,
    "ProcessedRows" integer NOT NULL,
    "Accepted" integer NOT NULL,
    "Skipped" integer NOT NULL,
    "RejectedCount" integer NOT NULL,
    "Rejected" text NOT NULL,
    "Error" character varying(2000),
    CONSTRAINT "PK_ContactImports" PRIMARY KEY ("Id")
);


CREATE TABLE "Contacts" (
    "Id" uuid NOT NULL,
    "CustomerId" uuid,
    "AgentId" uuid,
    "TeamId" uuid,
    "CaseId" uuid,
    "Channel" character varying(20) NOT NULL,
    "Direction" character varying(10) NOT NULL,
    "Queue" character varying(60),
    "OfferedAt" timestamp with time zone,
    "AnsweredAt" timestamp with time zone,
    "EndedAt" timestamp with time zone,
    "WrapEndedAt" timestamp with time zone,
    "Outcome" character varying(40),
    "Notes" character varying(4000),
    "ExternalReference" character varying(80),
    "CreatedAt" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_Contacts" PRIMARY KEY ("Id")
);


CREATE TABLE "Customers" (
    "Id" uuid NOT NULL,
    "Reference" character varying(20) NOT NULL,
    "FirstName" character varying(100) NOT NULL,
    "LastName" character varying(100) NOT NULL,
    "DateOfBirth" date,
    "Postcode" character varying(10),
    "AddressLines" character varying(1000) NOT NULL,
    "Phones" character varying(200) NOT NULL,
    "Email" character varying(254),
    "PreferredChannel" character varying(20),
    "CommunicationNeeds" character varying(500),
    "ProductIds" text NOT NULL,
    "SecurityQuestion" character varying(200),
    "FirstNameKey" character varying(100) NOT NULL,
    "LastNameKey" character varying(100) NOT NULL,
    "PostcodeKey" character varying(10),
    "PhoneKey" character varying(20),
    "AltPhoneKey" character varying(20),
    "EmailKey" character varying(254),
    "CreatedAt" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_Customers" PRIMARY KEY ("Id")
);


CREATE TABLE "CustomerUpdates" (
    "Id" uuid NOT NULL,
    "CaseId" uuid NOT NULL,
    "StaffId" uuid NOT NULL,
    "Channel" character varying(20) NOT NULL,
    "Message" character varying(4000) NOT NULL,
    "ConstraintKind" character varying(20),
    "ConstraintReason" character varying(1000),
    "At" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_CustomerUpdates" PRIMARY KEY ("Id")
);


CREATE TABLE "IdvPolicies" (
    "Id" uuid NOT NULL,
    "EnabledFactors" character varying(500) NOT NULL,
    "Rules" character varying(4000) NOT NULL,
    "Requirements" character varying(8000) NOT NULL,
    "UnlistedActionLevel" character varying(20) NOT NULL,
    "MaxFailures" integer NOT NULL,
    "LockoutMinutes" integer NOT NULL,
    "PasscodeCharactersAsked" integer NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_IdvPolicies" PRIMARY KEY ("Id")
);


CREATE TABLE "Products" (
    "Id" uuid NOT NULL,
    "Code" character varying(40) NOT NULL,
    "Name" character varying(120) NOT NULL,
    "Version" integer NOT NULL,
    "Category" character varying(60) NOT NULL,
    "Overview" character varying(4000) NOT NULL,
    "ApprovedWording" character varying(4000) NOT NULL,
    "Features" text NOT NULL,
    "Eligibility" text NOT NULL,
    "Fees" text NOT NULL,
    "Disclosures" text NOT NULL,
    "Comparisons" text NOT NULL,
    "Sources" text NOT NULL,
    "IsActive" boolean NOT NULL,
    "MaterialRevision" integer NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_Products" PRIMARY KEY ("Id")
);


CREATE TABLE "ReadAcknowledgements" (
    "Id" uuid NOT NULL,
    "Subject" character varying(20) NOT NULL,
    "SubjectId" uuid NOT NULL,
    "Revision" integer NOT NULL,
    "StaffId" uuid NOT NULL,
    "AcknowledgedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_ReadAcknowledgements" PRIMARY KEY ("Id")
);


CREATE TABLE "Referrals" (
    "Id" uuid NOT NULL,
    "CaseId" uuid NOT NULL,
    "FromStaffId" uuid NOT NULL,
    "ToStaffId" uuid,
    "ToRole" character varying(40),
    "Reason" character varying(40) NOT NULL,
    "Mode" character varying(20) NOT NULL,
    "Summary" character varying(2000) NOT NULL,
    "RequestedAction" character varying(40),
    "RequestedAmountPence" bigint,
    "HandoverAt" timestamp with time zone,
    "CreatedAt" timestamp with time zone NOT NULL,
    "RespondBy" timestamp with time zone NOT NULL,
    "Status" character varying(20) NOT NULL,
    "HandledById" uuid,
    "AcceptedAt" timestamp with time zone,
    "DeclinedAt" timestamp with time zone,
    "DeclineReason" character varying(2000),
    "ResolvedAt" timestamp with time zone,
    "Resolution" character varying(2000),
    "Version" integer NOT NULL,
    CONSTRAINT "PK_Referrals" PRIMARY KEY ("Id")
);


CREATE TABLE "Teams" (
    "Id" uuid NOT NULL,
    "Name" character varying(100) NOT NULL,
    "TeamLeaderId" uuid,
    "IsActive" boolean NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_Teams" PRIMARY KEY ("Id")
);


CREATE TABLE "AspNetRoleClaims" (
    "Id" integer GENERATED BY DEFAULT AS IDENTITY,
    "RoleId" uuid NOT NULL,
    "ClaimType" text,
    "ClaimValue" text,
    CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserClaims" (
    "Id" integer GENERATED BY DEFAULT AS IDENTITY,
    "UserId" uuid NOT NULL,
    "ClaimType" text,
    "ClaimValue" text,
    CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" text NOT NULL,
    "ProviderKey" text NOT NULL,
    "ProviderDisplayName" text,
    "UserId" uuid NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserRoles" (
    "UserId" uuid NOT NULL,
    "RoleId" uuid NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserTokens" (
    "UserId" uuid NOT NULL,
    "LoginProvider" text NOT NULL,
    "Name" text NOT NULL,
    "Value" text,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "ComplaintLetters" (
    "Id" uuid NOT NULL,
    "ComplaintId" uuid NOT NULL,
    "Kind" character varying(30) NOT NULL,
    "Body" character varying(20000) NOT NULL,
    "Pdf" bytea NOT NULL,
    "IssuedBy" uuid NOT NULL,
    "IssuedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_ComplaintLetters" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_ComplaintLetters_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE CASCADE
);


CREATE TABLE "ComplaintOptions" (
    "Id" uuid NOT NULL,
    "ComplaintId" uuid NOT NULL,
    "Description" character varying(2000) NOT NULL,
    "Advantages" character varying(2000),
    "Disadvantages" character varying(2000),
    "CostPence" bigint NOT NULL,
    "BenefitToCustomer" character varying(2000),
    "WithinAuthority" boolean,
    "CreatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_ComplaintOptions" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_ComplaintOptions_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE CASCADE
);


CREATE TABLE "ComplaintRedress" (
    "Id" uuid NOT NULL,
    "ComplaintId" uuid NOT NULL,
    "Type" character varying(40) NOT NULL,
    "AmountPence" bigint NOT NULL,
    "Authority" character varying(40) NOT NULL,
    "RecordedBy" uuid NOT NULL,
    "RecordedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_ComplaintRedress" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_ComplaintRedress_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE CASCADE
);


CREATE TABLE "ComplaintReferrals" (
    "Id" uuid NOT NULL,
    "ComplaintId" uuid NOT NULL,
    "FromStaffId" uuid NOT NULL,
    "ReferredTo" character varying(100) NOT NULL,
    "Reason" character varying(500) NOT NULL,
    "ReferredAt" timestamp with time zone NOT NULL,
    "RespondedAt" timestamp with time zone,
    CONSTRAINT "PK_ComplaintReferrals" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_ComplaintReferrals_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE CASCADE
);


CREATE TABLE "ComplaintRemedialActions" (
    "Id" uuid NOT NULL,
    "ComplaintId" uuid NOT NULL,
    "Description" character varying(1000) NOT NULL,
    "Owner" character varying(100) NOT NULL,
    "DueOn" date NOT NULL,
    "DoneAt" timestamp with time zone,
    CONSTRAINT "PK_ComplaintRemedialActions" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_ComplaintRemedialActions_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AuthorisedThirdParties" (
    "Id" uuid NOT NULL,
    "CustomerId" uuid NOT NULL,
    "FullName" character varying(200) NOT NULL,
    "Authority" character varying(30) NOT NULL,
    "DateOfBirth" date,
    "Postcode" character varying(10),
    "SecurityQuestion" character varying(200),
    "DocumentReference" character varying(100),
    "ValidUntil" date,
    "CreatedAt" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_AuthorisedThirdParties" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_AuthorisedThirdParties_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "CustomerAlerts" (
    "Id" uuid NOT NULL,
    "CustomerId" uuid NOT NULL,
    "Kind" character varying(40) NOT NULL,
    "Message" character varying(500) NOT NULL,
    "RaisedAt" timestamp with time zone NOT NULL,
    "AcknowledgedAt" timestamp with time zone,
    "AcknowledgedBy" uuid,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_CustomerAlerts" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_CustomerAlerts_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "CustomerSecrets" (
    "Id" uuid NOT NULL,
    "CustomerId" uuid NOT NULL,
    "ThirdPartyId" uuid,
    "Kind" character varying(30) NOT NULL,
    "Position" integer NOT NULL,
    "Hash" character varying(200) NOT NULL,
    "SetAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_CustomerSecrets" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_CustomerSecrets_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "CustomerVulnerabilities" (
    "CustomerId" uuid NOT NULL,
    "Drivers" character varying(200) NOT NULL,
    "Circumstances" character varying(1000),
    "NeedsAndAdjustments" character varying(1000) NOT NULL,
    "ConsentRecorded" boolean NOT NULL,
    "ConsentRecordedAt" timestamp with time zone,
    "Temporary" boolean NOT NULL,
    "ReviewDate" date NOT NULL,
    "RecordedBy" uuid NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_CustomerVulnerabilities" PRIMARY KEY ("CustomerId"),
    CONSTRAINT "FK_CustomerVulnerabilities_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "IdentityVerifications" (
    "Id" uuid NOT NULL,
    "CustomerId" uuid NOT NULL,
    "ThirdPartyId" uuid,
    "ContactId" uuid,
    "Channel" character varying(20) NOT NULL,
    "StaffId" uuid NOT NULL,
    "StartedAt" timestamp with time zone NOT NULL,
    "CompletedAt" timestamp with time zone,
    "TargetLevel" character varying(20) NOT NULL,
    "Challenge" character varying(500) NOT NULL,
    "Results" character varying(500) NOT NULL,
    "Outcome" character varying(20) NOT NULL,
    "LevelReached" character varying(20) NOT NULL,
    "OneTimeCodeHash" character varying(200),
    CONSTRAINT "PK_IdentityVerifications" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_IdentityVerifications_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "VerificationLockouts" (
    "CustomerId" uuid NOT NULL,
    "ConsecutiveFailures" integer NOT NULL,
    "LockedUntil" timestamp with time zone,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_VerificationLockouts" PRIMARY KEY ("CustomerId"),
    CONSTRAINT "FK_VerificationLockouts_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "DisclosureConfirmations" (
    "Id" uuid NOT NULL,
    "ContactId" uuid NOT NULL,
    "ProductId" uuid NOT NULL,
    "DisclosureCode" character varying(40) NOT NULL,
    "ConfirmedById" uuid NOT NULL,
    "ConfirmedAt" timestamp with time zone NOT NULL,
    "ProductRevision" integer NOT NULL,
    CONSTRAINT "PK_DisclosureConfirmations" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_DisclosureConfirmations_Products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Products" ("Id") ON DELETE CASCADE
);


CREATE TABLE "KnowledgeArticles" (
    "Id" uuid NOT NULL,
    "Title" character varying(200) NOT NULL,
    "Body" character varying(50000) NOT NULL,
    "OwnerId" uuid NOT NULL,
    "Status" character varying(20) NOT NULL,
    "Revision" integer NOT NULL,
    "RevisionAuthorId" uuid NOT NULL,
    "RevisionIsMaterial" boolean NOT NULL,
    "PublishedRevision" integer,
    "AcknowledgeRevision" integer,
    "ReviewDate" date NOT NULL,
    "ProductId" uuid,
    "AudienceTeamIds" text NOT NULL,
    "ApprovedById" uuid,
    "ApprovedAt" timestamp with time zone,
    "ReturnReason" character varying(1000),
    "UpdatedAt" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_KnowledgeArticles" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_KnowledgeArticles_Products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Products" ("Id") ON DELETE SET NULL
);


CREATE TABLE "ProductChanges" (
    "Id" uuid NOT NULL,
    "ProductId" uuid NOT NULL,
    "ChangedAt" timestamp with time zone NOT NULL,
    "ChangedById" uuid NOT NULL,
    "Parts" character varying(300) NOT NULL,
    "Material" boolean NOT NULL,
    "MaterialRevision" integer NOT NULL,
    "Note" character varying(1000),
    CONSTRAINT "PK_ProductChanges" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_ProductChanges_Products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Products" ("Id") ON DELETE CASCADE
);


CREATE TABLE "StaffMembers" (
    "Id" uuid NOT NULL,
    "Username" character varying(64) NOT NULL,
    "DisplayName" character varying(100) NOT NULL,
    "Email" character varying(254) NOT NULL,
    "TeamId" uuid,
    "LineManagerId" uuid,
    "Grade" integer NOT NULL,
    "IsActive" boolean NOT NULL,
    "RolesList" character varying(300) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_StaffMembers" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_StaffMembers_StaffMembers_LineManagerId" FOREIGN KEY ("LineManagerId") REFERENCES "StaffMembers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_StaffMembers_Teams_TeamId" FOREIGN KEY ("TeamId") REFERENCES "Teams" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "ArticleRevisions" (
    "Id" uuid NOT NULL,
    "ArticleId" uuid NOT NULL,
    "Number" integer NOT NULL,
    "Title" character varying(200) NOT NULL,
    "Body" character varying(50000) NOT NULL,
    "AuthorId" uuid NOT NULL,
    "SavedAt" timestamp with time zone NOT NULL,
    "Material" boolean NOT NULL,
    "Note" character varying(1000),
    CONSTRAINT "PK_ArticleRevisions" PRIMARY KEY ("Id"),
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


CREATE INDEX "IX_Customers_AltPhoneKey" ON "Customers" ("AltPhoneKey" COLLATE "C");


CREATE INDEX "IX_Customers_EmailKey" ON "Customers" ("EmailKey" COLLATE "C");


CREATE INDEX "IX_Customers_FirstNameKey_LastNameKey" ON "Customers" ("FirstNameKey" COLLATE "C", "LastNameKey" COLLATE "C");


CREATE INDEX "IX_Customers_LastNameKey_FirstNameKey" ON "Customers" ("LastNameKey" COLLATE "C", "FirstNameKey" COLLATE "C");


CREATE INDEX "IX_Customers_PhoneKey" ON "Customers" ("PhoneKey" COLLATE "C");


CREATE INDEX "IX_Customers_PostcodeKey" ON "Customers" ("PostcodeKey" COLLATE "C");


CREATE UNIQUE INDEX "IX_Customers_Reference" ON "Customers" ("Reference" COLLATE "C");


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


