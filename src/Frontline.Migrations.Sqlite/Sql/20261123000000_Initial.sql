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
    "CreatedAt" TEXT NOT NULL,
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


CREATE UNIQUE INDEX "IX_CalendarOverrides_Division_Date" ON "CalendarOverrides" ("Division", "Date");


CREATE UNIQUE INDEX "IX_Customers_Reference" ON "Customers" ("Reference");


CREATE UNIQUE INDEX "IX_DisclosureConfirmations_ContactId_ProductId_DisclosureCode" ON "DisclosureConfirmations" ("ContactId", "ProductId", "DisclosureCode");


CREATE INDEX "IX_DisclosureConfirmations_ProductId" ON "DisclosureConfirmations" ("ProductId");


CREATE INDEX "IX_KnowledgeArticles_OwnerId" ON "KnowledgeArticles" ("OwnerId");


CREATE INDEX "IX_KnowledgeArticles_ProductId" ON "KnowledgeArticles" ("ProductId");


CREATE INDEX "IX_KnowledgeArticles_Status" ON "KnowledgeArticles" ("Status");


CREATE INDEX "IX_ProductChanges_ProductId" ON "ProductChanges" ("ProductId");


CREATE UNIQUE INDEX "IX_Products_Code" ON "Products" ("Code");


CREATE UNIQUE INDEX "IX_ReadAcknowledgements_Subject_SubjectId_Revision_StaffId" ON "ReadAcknowledgements" ("Subject", "SubjectId", "Revision", "StaffId");


CREATE INDEX "IX_StaffMembers_LineManagerId" ON "StaffMembers" ("LineManagerId");


CREATE INDEX "IX_StaffMembers_TeamId" ON "StaffMembers" ("TeamId");


CREATE UNIQUE INDEX "IX_StaffMembers_Username" ON "StaffMembers" ("Username");


CREATE UNIQUE INDEX "IX_Teams_Name" ON "Teams" ("Name");


CREATE INDEX "IX_Teams_TeamLeaderId" ON "Teams" ("TeamLeaderId");


