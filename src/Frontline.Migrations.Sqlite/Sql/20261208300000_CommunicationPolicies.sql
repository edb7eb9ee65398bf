CREATE TABLE "CommsPolicies" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CommsPolicies" PRIMARY KEY,
    "Title" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "CommsPolicyVersions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CommsPolicyVersions" PRIMARY KEY,
    "PolicyId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "AuthorId" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "RequiredAgreements" INTEGER NOT NULL,
    "AuthorMaySign" INTEGER NOT NULL,
    "ReviewMonths" INTEGER NOT NULL,
    "TargetReadingEase" REAL NOT NULL,
    "Round" INTEGER NOT NULL,
    "RejectionReason" TEXT NULL,
    "SubmittedAt" TEXT NULL,
    "AgreedAt" TEXT NULL,
    "PublishedAt" TEXT NULL,
    "PublishedById" TEXT NULL,
    "ReviewDueOn" TEXT NULL,
    "SupersededAt" TEXT NULL,
    CONSTRAINT "FK_CommsPolicyVersions_CommsPolicies_PolicyId" FOREIGN KEY ("PolicyId") REFERENCES "CommsPolicies" ("Id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "IX_CommsPolicyVersions_PolicyId_Number" ON "CommsPolicyVersions" ("PolicyId", "Number");
CREATE INDEX "IX_CommsPolicyVersions_Status_ReviewDueOn" ON "CommsPolicyVersions" ("Status", "ReviewDueOn");

CREATE TABLE "CommsPolicyClauses" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CommsPolicyClauses" PRIMARY KEY,
    "VersionId" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "Component" TEXT NOT NULL,
    "Heading" TEXT NULL,
    "Text" TEXT NOT NULL,
    CONSTRAINT "FK_CommsPolicyClauses_CommsPolicyVersions_VersionId" FOREIGN KEY ("VersionId") REFERENCES "CommsPolicyVersions" ("Id") ON DELETE CASCADE
);
CREATE INDEX "IX_CommsPolicyClauses_VersionId" ON "CommsPolicyClauses" ("VersionId");
CREATE INDEX "IX_CommsPolicyClauses_Key" ON "CommsPolicyClauses" ("Key");

CREATE TABLE "CommsClauseComments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CommsClauseComments" PRIMARY KEY,
    "VersionId" TEXT NOT NULL,
    "ClauseId" TEXT NOT NULL,
    "AuthorId" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Reply" TEXT NULL,
    "RepliedById" TEXT NULL,
    "RepliedAt" TEXT NULL,
    "ResolvedAt" TEXT NULL,
    "ResolvedById" TEXT NULL,
    CONSTRAINT "FK_CommsClauseComments_CommsPolicyVersions_VersionId" FOREIGN KEY ("VersionId") REFERENCES "CommsPolicyVersions" ("Id") ON DELETE CASCADE
);
CREATE INDEX "IX_CommsClauseComments_VersionId" ON "CommsClauseComments" ("VersionId");

CREATE TABLE "CommsPolicySignOffs" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CommsPolicySignOffs" PRIMARY KEY,
    "VersionId" TEXT NOT NULL,
    "Round" INTEGER NOT NULL,
    "SignerId" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "Decision" TEXT NOT NULL,
    "Comment" TEXT NULL,
    "At" TEXT NOT NULL,
    CONSTRAINT "FK_CommsPolicySignOffs_CommsPolicyVersions_VersionId" FOREIGN KEY ("VersionId") REFERENCES "CommsPolicyVersions" ("Id") ON DELETE CASCADE
);
CREATE INDEX "IX_CommsPolicySignOffs_VersionId" ON "CommsPolicySignOffs" ("VersionId");

CREATE TABLE "CommsPolicyAcknowledgements" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CommsPolicyAcknowledgements" PRIMARY KEY,
    "VersionId" TEXT NOT NULL,
    "StaffId" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    CONSTRAINT "FK_CommsPolicyAcknowledgements_CommsPolicyVersions_VersionId" FOREIGN KEY ("VersionId") REFERENCES "CommsPolicyVersions" ("Id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "IX_CommsPolicyAcknowledgements_VersionId_StaffId" ON "CommsPolicyAcknowledgements" ("VersionId", "StaffId");
CREATE INDEX "IX_CommsPolicyAcknowledgements_StaffId" ON "CommsPolicyAcknowledgements" ("StaffId");
