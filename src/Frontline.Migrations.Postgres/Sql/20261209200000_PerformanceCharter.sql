CREATE TABLE "PerformanceCharter" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_PerformanceCharter" PRIMARY KEY ("Id"),
    "Kind" character varying(20) NOT NULL,
    "Title" character varying(200) NOT NULL,
    "Statement" character varying(2000) NOT NULL,
    "KpiIds" text NOT NULL,
    "PolicyId" uuid,
    "IsRetired" boolean NOT NULL,
    "CreatedById" uuid NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL
);
CREATE INDEX "IX_PerformanceCharter_PolicyId" ON "PerformanceCharter" ("PolicyId");

CREATE TABLE "PerformanceCaseTargets" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_PerformanceCaseTargets" PRIMARY KEY ("Id"),
    "Category" character varying(40),
    "Priority" character varying(20) NOT NULL,
    "FirstResponseMinutes" bigint NOT NULL,
    "ResolutionMinutes" bigint NOT NULL,
    "UpdatedById" uuid,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL
);
CREATE UNIQUE INDEX "IX_PerformanceCaseTargets_Category_Priority" ON "PerformanceCaseTargets" ("Category", "Priority");

CREATE TABLE "PerformanceReviews" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_PerformanceReviews" PRIMARY KEY ("Id"),
    "KpiId" uuid NOT NULL,
    "PeriodStart" date NOT NULL,
    "Level" character varying(20) NOT NULL,
    "Subject" uuid,
    "Value" double precision NOT NULL,
    "Band" character varying(10),
    "Comment" character varying(2000) NOT NULL,
    "ActionId" uuid,
    "ReviewedById" uuid NOT NULL,
    "ReviewedAt" timestamp with time zone NOT NULL
);
CREATE INDEX "IX_PerformanceReviews_KpiId_PeriodStart" ON "PerformanceReviews" ("KpiId", "PeriodStart");

ALTER TABLE "Cases" ADD "FirstResponseTargetMinutes" bigint NOT NULL DEFAULT 0;

-- The targets that were constants in Cases (ServiceTargets), now the centre's own to change. Fraud is worked faster.
INSERT INTO "PerformanceCaseTargets" ("Id", "Category", "Priority", "FirstResponseMinutes", "ResolutionMinutes", "UpdatedById", "UpdatedAt", "Version") VALUES ('0193a000-0000-7000-8000-000000000001', NULL, 'Urgent', 60, 240, NULL, '2026-12-09 00:00:00+00', 0);
INSERT INTO "PerformanceCaseTargets" ("Id", "Category", "Priority", "FirstResponseMinutes", "ResolutionMinutes", "UpdatedById", "UpdatedAt", "Version") VALUES ('0193a000-0000-7000-8000-000000000002', NULL, 'High', 120, 510, NULL, '2026-12-09 00:00:00+00', 0);
INSERT INTO "PerformanceCaseTargets" ("Id", "Category", "Priority", "FirstResponseMinutes", "ResolutionMinutes", "UpdatedById", "UpdatedAt", "Version") VALUES ('0193a000-0000-7000-8000-000000000003', NULL, 'Normal', 510, 1530, NULL, '2026-12-09 00:00:00+00', 0);
INSERT INTO "PerformanceCaseTargets" ("Id", "Category", "Priority", "FirstResponseMinutes", "ResolutionMinutes", "UpdatedById", "UpdatedAt", "Version") VALUES ('0193a000-0000-7000-8000-000000000004', NULL, 'Low', 510, 2550, NULL, '2026-12-09 00:00:00+00', 0);
INSERT INTO "PerformanceCaseTargets" ("Id", "Category", "Priority", "FirstResponseMinutes", "ResolutionMinutes", "UpdatedById", "UpdatedAt", "Version") VALUES ('0193a000-0000-7000-8000-000000000005', 'fraud', 'Urgent', 30, 60, NULL, '2026-12-09 00:00:00+00', 0);
INSERT INTO "PerformanceCaseTargets" ("Id", "Category", "Priority", "FirstResponseMinutes", "ResolutionMinutes", "UpdatedById", "UpdatedAt", "Version") VALUES ('0193a000-0000-7000-8000-000000000006', 'fraud', 'High', 60, 120, NULL, '2026-12-09 00:00:00+00', 0);
INSERT INTO "PerformanceCaseTargets" ("Id", "Category", "Priority", "FirstResponseMinutes", "ResolutionMinutes", "UpdatedById", "UpdatedAt", "Version") VALUES ('0193a000-0000-7000-8000-000000000007', 'fraud', 'Normal', 120, 240, NULL, '2026-12-09 00:00:00+00', 0);
INSERT INTO "PerformanceCaseTargets" ("Id", "Category", "Priority", "FirstResponseMinutes", "ResolutionMinutes", "UpdatedById", "UpdatedAt", "Version") VALUES ('0193a000-0000-7000-8000-000000000008', 'fraud', 'Low', 240, 510, NULL, '2026-12-09 00:00:00+00', 0);
