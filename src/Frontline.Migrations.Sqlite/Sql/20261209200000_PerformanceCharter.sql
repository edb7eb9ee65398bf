CREATE TABLE "PerformanceCharter" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PerformanceCharter" PRIMARY KEY,
    "Kind" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Statement" TEXT NOT NULL,
    "KpiIds" TEXT NOT NULL,
    "PolicyId" TEXT NULL,
    "IsRetired" INTEGER NOT NULL,
    "CreatedById" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);
CREATE INDEX "IX_PerformanceCharter_PolicyId" ON "PerformanceCharter" ("PolicyId");

CREATE TABLE "PerformanceCaseTargets" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PerformanceCaseTargets" PRIMARY KEY,
    "Category" TEXT NULL,
    "Priority" TEXT NOT NULL,
    "FirstResponseMinutes" INTEGER NOT NULL,
    "ResolutionMinutes" INTEGER NOT NULL,
    "UpdatedById" TEXT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);
CREATE UNIQUE INDEX "IX_PerformanceCaseTargets_Category_Priority" ON "PerformanceCaseTargets" ("Category", "Priority");

CREATE TABLE "PerformanceReviews" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PerformanceReviews" PRIMARY KEY,
    "KpiId" TEXT NOT NULL,
    "PeriodStart" TEXT NOT NULL,
    "Level" TEXT NOT NULL,
    "Subject" TEXT NULL,
    "Value" REAL NOT NULL,
    "Band" TEXT NULL,
    "Comment" TEXT NOT NULL,
    "ActionId" TEXT NULL,
    "ReviewedById" TEXT NOT NULL,
    "ReviewedAt" TEXT NOT NULL
);
CREATE INDEX "IX_PerformanceReviews_KpiId_PeriodStart" ON "PerformanceReviews" ("KpiId", "PeriodStart");

ALTER TABLE "Cases" ADD "FirstResponseTargetMinutes" INTEGER NOT NULL DEFAULT 0;

-- The targets that were constants in Cases (ServiceTargets), now the centre's own to change. Fraud is worked faster.
INSERT INTO "PerformanceCaseTargets" ("Id", "Category", "Priority", "FirstResponseMinutes", "ResolutionMinutes", "UpdatedById", "UpdatedAt", "Version") VALUES ('0193A000-0000-7000-8000-000000000001', NULL, 'Urgent', 60, 240, NULL, '2026-12-09 00:00:00', 0);
INSERT INTO "PerformanceCaseTargets" ("Id", "Category", "Priority", "FirstResponseMinutes", "ResolutionMinutes", "UpdatedById", "UpdatedAt", "Version") VALUES ('0193A000-0000-7000-8000-000000000002', NULL, 'High', 120, 510, NULL, '2026-12-09 00:00:00', 0);
INSERT INTO "PerformanceCaseTargets" ("Id", "Category", "Priority", "FirstResponseMinutes", "ResolutionMinutes", "UpdatedById", "UpdatedAt", "Version") VALUES ('0193A000-0000-7000-8000-000000000003', NULL, 'Normal', 510, 1530, NULL, '2026-12-09 00:00:00', 0);
INSERT INTO "PerformanceCaseTargets" ("Id", "Category", "Priority", "FirstResponseMinutes", "ResolutionMinutes", "UpdatedById", "UpdatedAt", "Version") VALUES ('0193A000-0000-7000-8000-000000000004', NULL, 'Low', 510, 2550, NULL, '2026-12-09 00:00:00', 0);
INSERT INTO "PerformanceCaseTargets" ("Id", "Category", "Priority", "FirstResponseMinutes", "ResolutionMinutes", "UpdatedById", "UpdatedAt", "Version") VALUES ('0193A000-0000-7000-8000-000000000005', 'fraud', 'Urgent', 30, 60, NULL, '2026-12-09 00:00:00', 0);
INSERT INTO "PerformanceCaseTargets" ("Id", "Category", "Priority", "FirstResponseMinutes", "ResolutionMinutes", "UpdatedById", "UpdatedAt", "Version") VALUES ('0193A000-0000-7000-8000-000000000006', 'fraud', 'High', 60, 120, NULL, '2026-12-09 00:00:00', 0);
INSERT INTO "PerformanceCaseTargets" ("Id", "Category", "Priority", "FirstResponseMinutes", "ResolutionMinutes", "UpdatedById", "UpdatedAt", "Version") VALUES ('0193A000-0000-7000-8000-000000000007', 'fraud', 'Normal', 120, 240, NULL, '2026-12-09 00:00:00', 0);
INSERT INTO "PerformanceCaseTargets" ("Id", "Category", "Priority", "FirstResponseMinutes", "ResolutionMinutes", "UpdatedById", "UpdatedAt", "Version") VALUES ('0193A000-0000-7000-8000-000000000008', 'fraud', 'Low', 240, 510, NULL, '2026-12-09 00:00:00', 0);
