CREATE TABLE "CommsProcedures" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_CommsProcedures" PRIMARY KEY ("Id"),
    "PolicyId" uuid NOT NULL,
    "Title" text NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL
);
CREATE INDEX "IX_CommsProcedures_PolicyId" ON "CommsProcedures" ("PolicyId");

CREATE TABLE "CommsProcedureVersions" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_CommsProcedureVersions" PRIMARY KEY ("Id"),
    "ProcedureId" uuid NOT NULL,
    "Number" integer NOT NULL,
    "Title" text NOT NULL,
    "Mode" text NOT NULL,
    "Channel" text NOT NULL,
    "Purpose" text NOT NULL,
    "OwnerId" uuid NOT NULL,
    "ReviewOn" date NOT NULL,
    "PolicyVersion" integer NOT NULL,
    "Status" text NOT NULL,
    "AuthorId" uuid NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "ContentRevision" integer NOT NULL,
    "ApprovedAt" timestamp with time zone,
    "ApprovedById" uuid,
    "SupersededAt" timestamp with time zone,
    "ReviewRemindedFor" date,
    CONSTRAINT "FK_CommsProcedureVersions_CommsProcedures_ProcedureId" FOREIGN KEY ("ProcedureId") REFERENCES "CommsProcedures" ("Id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "IX_CommsProcedureVersions_ProcedureId_Number" ON "CommsProcedureVersions" ("ProcedureId", "Number");

CREATE TABLE "CommsProcedureSteps" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_CommsProcedureSteps" PRIMARY KEY ("Id"),
    "VersionId" uuid NOT NULL,
    "Position" integer NOT NULL,
    "Text" text NOT NULL,
    "ClauseKeys" uuid[] NOT NULL,
    CONSTRAINT "FK_CommsProcedureSteps_CommsProcedureVersions_VersionId" FOREIGN KEY ("VersionId") REFERENCES "CommsProcedureVersions" ("Id") ON DELETE CASCADE
);
CREATE INDEX "IX_CommsProcedureSteps_VersionId" ON "CommsProcedureSteps" ("VersionId");

CREATE TABLE "CommsProcedureEvaluations" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_CommsProcedureEvaluations" PRIMARY KEY ("Id"),
    "VersionId" uuid NOT NULL,
    "ContentRevision" integer NOT NULL,
    "PolicyVersion" integer NOT NULL,
    "EvaluatorId" uuid NOT NULL,
    "Outcome" text NOT NULL,
    "Summary" text,
    "At" timestamp with time zone NOT NULL,
    CONSTRAINT "FK_CommsProcedureEvaluations_CommsProcedureVersions_VersionId" FOREIGN KEY ("VersionId") REFERENCES "CommsProcedureVersions" ("Id") ON DELETE CASCADE
);
CREATE INDEX "IX_CommsProcedureEvaluations_VersionId" ON "CommsProcedureEvaluations" ("VersionId");

CREATE TABLE "CommsProcedureVerdicts" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_CommsProcedureVerdicts" PRIMARY KEY ("Id"),
    "EvaluationId" uuid NOT NULL,
    "ClauseKey" uuid NOT NULL,
    "Verdict" text NOT NULL,
    "Note" text,
    "CoveredBySteps" text NOT NULL,
    CONSTRAINT "FK_CommsProcedureVerdicts_CommsProcedureEvaluations_EvaluationId" FOREIGN KEY ("EvaluationId") REFERENCES "CommsProcedureEvaluations" ("Id") ON DELETE CASCADE
);
CREATE INDEX "IX_CommsProcedureVerdicts_EvaluationId" ON "CommsProcedureVerdicts" ("EvaluationId");

CREATE TABLE "CommsReconciliations" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_CommsReconciliations" PRIMARY KEY ("Id"),
    "PolicyId" uuid NOT NULL,
    "PolicyVersion" integer NOT NULL,
    "RecordedById" uuid NOT NULL,
    "At" timestamp with time zone NOT NULL,
    "UnimplementedClauses" integer NOT NULL,
    "UntracedSteps" integer NOT NULL,
    "OutdatedProcedures" integer NOT NULL,
    "Notes" text,
    "Gaps" text NOT NULL
);
CREATE INDEX "IX_CommsReconciliations_PolicyId" ON "CommsReconciliations" ("PolicyId");

CREATE TABLE "CommsChannels" (
    "Channel" text NOT NULL,
    CONSTRAINT "PK_CommsChannels" PRIMARY KEY ("Channel"),
    "Offered" boolean NOT NULL,
    "StaffPencePerHour" bigint NOT NULL,
    "TechnologyPencePerMonth" bigint NOT NULL,
    "TechnologyPencePerContact" bigint NOT NULL,
    "PostagePencePerContact" bigint NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "UpdatedById" uuid,
    "Version" integer NOT NULL
);

CREATE TABLE "CommsChannelEvaluations" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_CommsChannelEvaluations" PRIMARY KEY ("Id"),
    "Title" text NOT NULL,
    "EvaluatedOn" date NOT NULL,
    "EvaluatorId" uuid NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "PeriodFrom" date NOT NULL,
    "PeriodTo" date NOT NULL,
    "CostWeight" integer NOT NULL,
    "PreferenceWeight" integer NOT NULL,
    "AccessibilityWeight" integer NOT NULL,
    "ResolutionWeight" integer NOT NULL,
    "RiskWeight" integer NOT NULL
);
CREATE INDEX "IX_CommsChannelEvaluations_EvaluatedOn" ON "CommsChannelEvaluations" ("EvaluatedOn");

CREATE TABLE "CommsChannelEvaluationEntries" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_CommsChannelEvaluationEntries" PRIMARY KEY ("Id"),
    "EvaluationId" uuid NOT NULL,
    "Channel" text NOT NULL,
    "Cost" integer NOT NULL,
    "Preference" integer NOT NULL,
    "Accessibility" integer NOT NULL,
    "Resolution" integer NOT NULL,
    "Risk" integer NOT NULL,
    "Score" double precision NOT NULL,
    "Recommendation" text NOT NULL,
    "Reasons" text NOT NULL,
    CONSTRAINT "FK_CommsChannelEvaluationEntries_CommsChannelEvaluations_EvaluationId" FOREIGN KEY ("EvaluationId") REFERENCES "CommsChannelEvaluations" ("Id") ON DELETE CASCADE
);
CREATE INDEX "IX_CommsChannelEvaluationEntries_EvaluationId" ON "CommsChannelEvaluationEntries" ("EvaluationId");
