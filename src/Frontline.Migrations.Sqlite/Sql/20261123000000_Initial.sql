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


CREATE INDEX "IX_AuthorisedThirdParties_CustomerId" ON "AuthorisedThirdParties" ("CustomerId");


CREATE UNIQUE INDEX "IX_CalendarOverrides_Division_Date" ON "CalendarOverrides" ("Division", "Date");


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


CREATE INDEX "IX_CustomerVulnerabilities_ReviewDate" ON "CustomerVulnerabilities" ("ReviewDate");


CREATE INDEX "IX_IdentityVerifications_ContactId" ON "IdentityVerifications" ("ContactId");


CREATE INDEX "IX_IdentityVerifications_CustomerId_StartedAt" ON "IdentityVerifications" ("CustomerId", "StartedAt");


CREATE UNIQUE INDEX "IX_Products_Code" ON "Products" ("Code");


CREATE INDEX "IX_StaffMembers_LineManagerId" ON "StaffMembers" ("LineManagerId");


CREATE INDEX "IX_StaffMembers_TeamId" ON "StaffMembers" ("TeamId");


CREATE UNIQUE INDEX "IX_StaffMembers_Username" ON "StaffMembers" ("Username");


CREATE UNIQUE INDEX "IX_Teams_Name" ON "Teams" ("Name");


CREATE INDEX "IX_Teams_TeamLeaderId" ON "Teams" ("TeamLeaderId");


