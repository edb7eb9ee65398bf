CREATE TABLE "PerformanceValidationRuns" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PerformanceValidationRuns" PRIMARY KEY,
    "KpiId" TEXT NOT NULL,
    "PeriodStart" TEXT NOT NULL,
    "PeriodEnd" TEXT NOT NULL,
    "ContactCount" INTEGER NOT NULL,
    "Problems" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Comment" TEXT NULL,
    "RunById" TEXT NOT NULL,
    "RunAt" TEXT NOT NULL,
    "AcceptedById" TEXT NULL,
    "AcceptedAt" TEXT NULL,
    "Version" INTEGER NOT NULL
);
CREATE INDEX "IX_PerformanceValidationRuns_KpiId_PeriodStart" ON "PerformanceValidationRuns" ("KpiId", "PeriodStart");

CREATE TABLE "PerformanceExclusions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PerformanceExclusions" PRIMARY KEY,
    "RunId" TEXT NOT NULL,
    "ContactId" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "ExcludedById" TEXT NOT NULL,
    "ExcludedAt" TEXT NOT NULL,
    CONSTRAINT "FK_PerformanceExclusions_PerformanceValidationRuns_RunId" FOREIGN KEY ("RunId") REFERENCES "PerformanceValidationRuns" ("Id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "IX_PerformanceExclusions_RunId_ContactId" ON "PerformanceExclusions" ("RunId", "ContactId");

CREATE TABLE "PerformancePublications" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PerformancePublications" PRIMARY KEY,
    "KpiId" TEXT NOT NULL,
    "PeriodStart" TEXT NOT NULL,
    "PeriodEnd" TEXT NOT NULL,
    "RunId" TEXT NOT NULL,
    "KpiVersion" INTEGER NOT NULL,
    "Results" TEXT NOT NULL,
    "Excluded" INTEGER NOT NULL,
    "Comment" TEXT NULL,
    "PublishedById" TEXT NOT NULL,
    "PublishedAt" TEXT NOT NULL
);
CREATE UNIQUE INDEX "IX_PerformancePublications_KpiId_PeriodStart" ON "PerformancePublications" ("KpiId", "PeriodStart");

CREATE TABLE "PerformanceDistributions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PerformanceDistributions" PRIMARY KEY,
    "PublicationId" TEXT NOT NULL,
    "KpiId" TEXT NOT NULL,
    "RecipientId" TEXT NOT NULL,
    "Level" TEXT NOT NULL,
    "Subject" TEXT NULL,
    "What" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "SentAt" TEXT NOT NULL,
    "AcknowledgedAt" TEXT NULL
);
CREATE INDEX "IX_PerformanceDistributions_PublicationId" ON "PerformanceDistributions" ("PublicationId");
CREATE INDEX "IX_PerformanceDistributions_RecipientId_AcknowledgedAt" ON "PerformanceDistributions" ("RecipientId", "AcknowledgedAt");
