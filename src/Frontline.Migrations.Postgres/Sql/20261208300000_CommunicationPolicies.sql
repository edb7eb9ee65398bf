CREATE TABLE "CommsPolicies" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_CommsPolicies" PRIMARY KEY ("Id"),
    "Title" text NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL
);

CREATE TABLE "CommsPolicyVersions" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_CommsPolicyVersions" PRIMARY KEY ("Id"),
    "PolicyId" uuid NOT NULL,
    "Number" integer NOT NULL,
    "Title" text NOT NULL,
    "Status" text NOT NULL,
    "AuthorId" uuid NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "RequiredAgreements" integer NOT NULL,
    "AuthorMaySign" boolean NOT NULL,
    "ReviewMonths" integer NOT NULL,
    "TargetReadingEase" double precision NOT NULL,
    "Round" integer NOT NULL,
    "RejectionReason" text,
    "SubmittedAt" timestamp with time zone,
    "AgreedAt" timestamp with time zone,
    "PublishedAt" timestamp with time zone,
    "PublishedById" uuid,
    "ReviewDueOn" date,
    "SupersededAt" timestamp with time zone,
    CONSTRAINT "FK_CommsPolicyVersions_CommsPolicies_PolicyId" FOREIGN KEY ("PolicyId") REFERENCES "CommsPolicies" ("Id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "IX_CommsPolicyVersions_PolicyId_Number" ON "CommsPolicyVersions" ("PolicyId", "Number");
CREATE INDEX "IX_CommsPolicyVersions_Status_ReviewDueOn" ON "CommsPolicyVersions" ("Status", "ReviewDueOn");

CREATE TABLE "CommsPolicyClauses" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_CommsPolicyClauses" PRIMARY KEY ("Id"),
    "VersionId" uuid NOT NULL,
    "Key" uuid NOT NULL,
    "Position" integer NOT NULL,
    "Component" text NOT NULL,
    "Heading" text,
    "Text" text NOT NULL,
    CONSTRAINT "FK_CommsPolicyClauses_CommsPolicyVersions_VersionId" FOREIGN KEY ("VersionId") REFERENCES "CommsPolicyVersions" ("Id") ON DELETE CASCADE
);
CREATE INDEX "IX_CommsPolicyClauses_VersionId" ON "CommsPolicyClauses" ("VersionId");
CREATE INDEX "IX_CommsPolicyClauses_Key" ON "CommsPolicyClauses" ("Key");

CREATE TABLE "CommsClauseComments" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_CommsClauseComments" PRIMARY KEY ("Id"),
    "VersionId" uuid NOT NULL,
    "ClauseId" uuid NOT NULL,
    "AuthorId" uuid NOT NULL,
    "Text" text NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "Reply" text,
    "RepliedById" uuid,
    "RepliedAt" timestamp with time zone,
    "ResolvedAt" timestamp with time zone,
    "ResolvedById" uuid,
    CONSTRAINT "FK_CommsClauseComments_CommsPolicyVersions_VersionId" FOREIGN KEY ("VersionId") REFERENCES "CommsPolicyVersions" ("Id") ON DELETE CASCADE
);
CREATE INDEX "IX_CommsClauseComments_VersionId" ON "CommsClauseComments" ("VersionId");

CREATE TABLE "CommsPolicySignOffs" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_CommsPolicySignOffs" PRIMARY KEY ("Id"),
    "VersionId" uuid NOT NULL,
    "Round" integer NOT NULL,
    "SignerId" uuid NOT NULL,
    "Role" text NOT NULL,
    "Decision" text NOT NULL,
    "Comment" text,
    "At" timestamp with time zone NOT NULL,
    CONSTRAINT "FK_CommsPolicySignOffs_CommsPolicyVersions_VersionId" FOREIGN KEY ("VersionId") REFERENCES "CommsPolicyVersions" ("Id") ON DELETE CASCADE
);
CREATE INDEX "IX_CommsPolicySignOffs_VersionId" ON "CommsPolicySignOffs" ("VersionId");

CREATE TABLE "CommsPolicyAcknowledgements" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_CommsPolicyAcknowledgements" PRIMARY KEY ("Id"),
    "VersionId" uuid NOT NULL,
    "StaffId" uuid NOT NULL,
    "At" timestamp with time zone NOT NULL,
    CONSTRAINT "FK_CommsPolicyAcknowledgements_CommsPolicyVersions_VersionId" FOREIGN KEY ("VersionId") REFERENCES "CommsPolicyVersions" ("Id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "IX_CommsPolicyAcknowledgements_VersionId_StaffId" ON "CommsPolicyAcknowledgements" ("VersionId", "StaffId");
CREATE INDEX "IX_CommsPolicyAcknowledgements_StaffId" ON "CommsPolicyAcknowledgements" ("StaffId");
