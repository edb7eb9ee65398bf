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


CREATE TABLE "CalendarOverrides" (
    "Id" uuid NOT NULL,
    "Division" character varying(20) NOT NULL,
    "Date" date NOT NULL,
    "Kind" character varying(20) NOT NULL,
    "Description" character varying(200) NOT NULL,
    CONSTRAINT "PK_CalendarOverrides" PRIMARY KEY ("Id")
);


CREATE TABLE "Cases" (
    "Id" uuid NOT NULL,
    "CustomerId" uuid NOT NULL,
    "OwnerId" uuid,
    "TeamId" uuid,
    "Summary" character varying(500) NOT NULL,
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


CREATE TABLE "Contacts" (
    "Id" uuid NOT NULL,
    "CustomerId" uuid,
    "AgentId" uuid,
    "CaseId" uuid,
    "Notes" text,
    "CreatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_Contacts" PRIMARY KEY ("Id")
);


CREATE TABLE "Customers" (
    "Id" uuid NOT NULL,
    "Reference" character varying(20) NOT NULL,
    "FirstName" character varying(100) NOT NULL,
    "LastName" character varying(100) NOT NULL,
    "DateOfBirth" date,
    "Postcode" character varying(10),
    "CreatedAt" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_Customers" PRIMARY KEY ("Id")
);


CREATE TABLE "Products" (
    "Id" uuid NOT NULL,
    "Code" character varying(40) NOT NULL,
    "Name" character varying(120) NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_Products" PRIMARY KEY ("Id")
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


