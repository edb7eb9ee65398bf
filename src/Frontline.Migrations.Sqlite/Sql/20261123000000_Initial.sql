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


CREATE TABLE "Products" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Products" PRIMARY KEY,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
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


