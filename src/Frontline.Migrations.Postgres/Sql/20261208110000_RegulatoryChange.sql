CREATE TABLE "ComplianceRegulatoryChanges" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_ComplianceRegulatoryChanges" PRIMARY KEY ("Id"),
    "Source" text NOT NULL,
    "Summary" text NOT NULL,
    "EffectiveOn" date NOT NULL,
    "RequirementIds" text NOT NULL,
    "RecordedById" uuid,
    "CreatedAt" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL
);
CREATE INDEX "IX_ComplianceRegulatoryChanges_EffectiveOn" ON "ComplianceRegulatoryChanges" ("EffectiveOn");

CREATE TABLE "ComplianceChangeReviews" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_ComplianceChangeReviews" PRIMARY KEY ("Id"),
    "ChangeId" uuid NOT NULL,
    "RequirementId" uuid NOT NULL,
    "ItemKind" text NOT NULL,
    "ItemReference" text,
    "ItemLabel" text NOT NULL,
    "ItemLink" text,
    "OwnerId" uuid NOT NULL,
    "DueOn" date NOT NULL,
    "Status" text NOT NULL,
    "Notes" text,
    "NewVersionLink" text,
    "CompletedAt" timestamp with time zone,
    "CompletedById" uuid,
    "Version" integer NOT NULL
);
CREATE INDEX "IX_ComplianceChangeReviews_ChangeId" ON "ComplianceChangeReviews" ("ChangeId");
CREATE INDEX "IX_ComplianceChangeReviews_OwnerId_Status" ON "ComplianceChangeReviews" ("OwnerId", "Status");
