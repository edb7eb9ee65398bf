CREATE TABLE "CommsProcedures" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CommsProcedures" PRIMARY KEY,
    "PolicyId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);
CREATE INDEX "IX_CommsProcedures_PolicyId" ON "CommsProcedures" ("PolicyId");

CREATE TABLE "CommsProcedureVersions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CommsProcedureVersions" PRIMARY KEY,
    "ProcedureId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Mode" TEXT NOT NULL,
    "Channel" TEXT NOT NULL,
    "Purpose" TEXT NOT NULL,
    "OwnerId" TEXT NOT NULL,
    "ReviewOn" TEXT NOT NULL,
    "PolicyVersion" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "AuthorId" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ContentRevision" INTEGER NOT NULL,
    "ApprovedAt" TEXT NULL,
    "ApprovedById" TEXT NULL,
    "SupersededAt" TEXT NULL,
    "ReviewRemindedFor" TEXT NULL,
    CONSTRAINT "FK_CommsProcedureVersions_CommsProcedures_ProcedureId" FOREIGN KEY ("ProcedureId") REFERENCES "CommsProcedures" ("Id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "IX_CommsProcedureVersions_ProcedureId_Number" ON "CommsProcedureVersions" ("ProcedureId", "Number");

CREATE TABLE "CommsProcedureSteps" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CommsProcedureSteps" PRIMARY KEY,
    "VersionId" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "ClauseKeys" TEXT NOT NULL,
    CONSTRAINT "FK_CommsProcedureSteps_CommsProcedureVersions_VersionId" FOREIGN KEY ("VersionId") REFERENCES "CommsProcedureVersions" ("Id") ON DELETE CASCADE
);
CREATE INDEX "IX_CommsProcedureSteps_VersionId" ON "CommsProcedureSteps" ("VersionId");

CREATE TABLE "CommsProcedureEvaluations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CommsProcedureEvaluations" PRIMARY KEY,
    "VersionId" TEXT NOT NULL,
    "ContentRevision" INTEGER NOT NULL,
    "PolicyVersion" INTEGER NOT NULL,
    "EvaluatorId" TEXT NOT NULL,
    "Outcome" TEXT NOT NULL,
    "Summary" TEXT NULL,
    "At" TEXT NOT NULL,
    CONSTRAINT "FK_CommsProcedureEvaluations_CommsProcedureVersions_VersionId" FOREIGN KEY ("VersionId") REFERENCES "CommsProcedureVersions" ("Id") ON DELETE CASCADE
);
CREATE INDEX "IX_CommsProcedureEvaluations_VersionId" ON "CommsProcedureEvaluations" ("VersionId");

CREATE TABLE "CommsProcedureVerdicts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CommsProcedureVerdicts" PRIMARY KEY,
    "EvaluationId" TEXT NOT NULL,
    "ClauseKey" TEXT NOT NULL,
    "Verdict" TEXT NOT NULL,
    "Note" TEXT NULL,
    "CoveredBySteps" TEXT NOT NULL,
    CONSTRAINT "FK_CommsProcedureVerdicts_CommsProcedureEvaluations_EvaluationId" FOREIGN KEY ("EvaluationId") REFERENCES "CommsProcedureEvaluations" ("Id") ON DELETE CASCADE
);
CREATE INDEX "IX_CommsProcedureVerdicts_EvaluationId" ON "CommsProcedureVerdicts" ("EvaluationId");

CREATE TABLE "CommsReconciliations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CommsReconciliations" PRIMARY KEY,
    "PolicyId" TEXT NOT NULL,
    "PolicyVersion" INTEGER NOT NULL,
    "RecordedById" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "UnimplementedClauses" INTEGER NOT NULL,
    "UntracedSteps" INTEGER NOT NULL,
    "OutdatedProcedures" INTEGER NOT NULL,
    "Notes" TEXT NULL,
    "Gaps" TEXT NOT NULL
);
CREATE INDEX "IX_CommsReconciliations_PolicyId" ON "CommsReconciliations" ("PolicyId");

CREATE TABLE "CommsChannels" (
    "Channel" TEXT NOT NULL CONSTRAINT "PK_CommsChannels" PRIMARY KEY,
    "Offered" INTEGER NOT NULL,
    "StaffPencePerHour" INTEGER NOT NULL,
    "TechnologyPencePerMonth" INTEGER NOT NULL,
    "TechnologyPencePerContact" INTEGER NOT NULL,
    "PostagePencePerContact" INTEGER NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedById" TEXT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "CommsChannelEvaluations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CommsChannelEvaluations" PRIMARY KEY,
    "Title" TEXT NOT NULL,
    "EvaluatedOn" TEXT NOT NULL,
    "EvaluatorId" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "PeriodFrom" TEXT NOT NULL,
    "PeriodTo" TEXT NOT NULL,
    "CostWeight" INTEGER NOT NULL,
    "PreferenceWeight" INTEGER NOT NULL,
    "AccessibilityWeight" INTEGER NOT NULL,
    "ResolutionWeight" INTEGER NOT NULL,
    "RiskWeight" INTEGER NOT NULL
);
CREATE INDEX "IX_CommsChannelEvaluations_EvaluatedOn" ON "CommsChannelEvaluations" ("EvaluatedOn");

CREATE TABLE "CommsChannelEvaluationEntries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CommsChannelEvaluationEntries" PRIMARY KEY,
    "EvaluationId" TEXT NOT NULL,
    "Channel" TEXT NOT NULL,
    "Cost" INTEGER NOT NULL,
    "Preference" INTEGER NOT NULL,
    "Accessibility" INTEGER NOT NULL,
    "Resolution" INTEGER NOT NULL,
    "Risk" INTEGER NOT NULL,
    "Score" REAL NOT NULL,
    "Recommendation" TEXT NOT NULL,
    "Reasons" TEXT NOT NULL,
    CONSTRAINT "FK_CommsChannelEvaluationEntries_CommsChannelEvaluations_EvaluationId" FOREIGN KEY ("EvaluationId") REFERENCES "CommsChannelEvaluations" ("Id") ON DELETE CASCADE
);
CREATE INDEX "IX_CommsChannelEvaluationEntries_EvaluationId" ON "CommsChannelEvaluationEntries" ("EvaluationId");
