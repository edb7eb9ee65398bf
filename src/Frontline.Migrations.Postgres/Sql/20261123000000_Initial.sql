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


CREATE TABLE "Products" (
    "Id" uuid NOT NULL,
    "Code" character varying(40) NOT NULL,
    "Name" character varying(120) NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_Products" PRIMARY KEY ("Id")
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


CREATE INDEX "IX_CaseActions_CaseId" ON "CaseActions" ("CaseId");


CREATE INDEX "IX_CaseEvents_CaseId" ON "CaseEvents" ("CaseId");


CREATE INDEX "IX_CasePauses_CaseId" ON "CasePauses" ("CaseId");


CREATE INDEX "IX_Cases_CustomerId" ON "Cases" ("CustomerId");


CREATE INDEX "IX_Cases_OwnerId_Status" ON "Cases" ("OwnerId", "Status");


CREATE UNIQUE INDEX "IX_Cases_Reference" ON "Cases" ("Reference");


CREATE INDEX "IX_Cases_TeamId_Status" ON "Cases" ("TeamId", "Status");


CREATE INDEX "IX_Contacts_AgentId_CreatedAt" ON "Contacts" ("AgentId", "CreatedAt");


CREATE INDEX "IX_Contacts_CaseId" ON "Contacts" ("CaseId");


CREATE INDEX "IX_Contacts_CustomerId" ON "Contacts" ("CustomerId");


CREATE INDEX "IX_Contacts_TeamId_CreatedAt" ON "Contacts" ("TeamId", "CreatedAt");


CREATE UNIQUE INDEX "IX_Customers_Reference" ON "Customers" ("Reference");


CREATE INDEX "IX_CustomerUpdates_CaseId" ON "CustomerUpdates" ("CaseId");


CREATE UNIQUE INDEX "IX_Products_Code" ON "Products" ("Code");


CREATE INDEX "IX_Referrals_CaseId" ON "Referrals" ("CaseId");


CREATE INDEX "IX_Referrals_ToRole_Status" ON "Referrals" ("ToRole", "Status");


CREATE INDEX "IX_Referrals_ToStaffId_Status" ON "Referrals" ("ToStaffId", "Status");


CREATE INDEX "IX_StaffMembers_LineManagerId" ON "StaffMembers" ("LineManagerId");


CREATE INDEX "IX_StaffMembers_TeamId" ON "StaffMembers" ("TeamId");


CREATE UNIQUE INDEX "IX_StaffMembers_Username" ON "StaffMembers" ("Username");


CREATE UNIQUE INDEX "IX_Teams_Name" ON "Teams" ("Name");


CREATE INDEX "IX_Teams_TeamLeaderId" ON "Teams" ("TeamLeaderId");


