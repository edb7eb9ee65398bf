CREATE TABLE "ComplianceRegulatoryChanges" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ComplianceRegulatoryChanges" PRIMARY KEY,
    "Source" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "EffectiveOn" TEXT NOT NULL,
    "RequirementIds" TEXT NOT NULL,
    "RecordedById" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);
CREATE INDEX "IX_ComplianceRegulatoryChanges_EffectiveOn" ON "ComplianceRegulatoryChanges" ("EffectiveOn");

CREATE TABLE "ComplianceChangeReviews" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ComplianceChangeReviews" PRIMARY KEY,
    "ChangeId" TEXT NOT NULL,
    "RequirementId" TEXT NOT NULL,
    "ItemKind" TEXT NOT NULL,
    "ItemReference" TEXT NULL,
    "ItemLabel" TEXT NOT NULL,
    "ItemLink" TEXT NULL,
    "OwnerId" TEXT NOT NULL,
    "DueOn" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Notes" TEXT NULL,
    "NewVersionLink" TEXT NULL,
    "CompletedAt" TEXT NULL,
    "CompletedById" TEXT NULL,
    "Version" INTEGER NOT NULL
);
CREATE INDEX "IX_ComplianceChangeReviews_ChangeId" ON "ComplianceChangeReviews" ("ChangeId");
CREATE INDEX "IX_ComplianceChangeReviews_OwnerId_Status" ON "ComplianceChangeReviews" ("OwnerId", "Status");
