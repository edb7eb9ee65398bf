CREATE TABLE "QualityCalibrationSessions" (
    "Id" uuid NOT NULL,
    "Title" character varying(200) NOT NULL,
    "ContactId" uuid NOT NULL,
    "ScorecardId" uuid NOT NULL,
    "ScorecardVersionId" uuid NOT NULL,
    "LeadId" uuid NOT NULL,
    "Status" character varying(20) NOT NULL,
    "ReferenceAnswers" character varying(8000) NOT NULL,
    "ReferenceScore" double precision,
    "ReferenceSource" character varying(20),
    "AgreedOutcome" character varying(4000),
    "Notes" character varying(4000),
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "ClosedAt" timestamp with time zone,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_QualityCalibrationSessions" PRIMARY KEY ("Id")
);

CREATE TABLE "QualityEvaluations" (
    "Id" uuid NOT NULL,
    "ScorecardId" uuid NOT NULL,
    "ScorecardVersionId" uuid NOT NULL,
    "ScorecardVersionNumber" integer NOT NULL,
    "Subject" character varying(20) NOT NULL,
    "ContactId" uuid,
    "CaseId" uuid,
    "ComplaintId" uuid,
    "Channel" character varying(20),
    "WorkAt" timestamp with time zone,
    "AgentId" uuid NOT NULL,
    "TeamId" uuid,
    "EvaluatorId" uuid NOT NULL,
    "AssignmentId" uuid,
    "Method" character varying(30) NOT NULL,
    "Status" character varying(20) NOT NULL,
    "Score" double precision,
    "ScoreBeforeCritical" double precision,
    "Band" character varying(20),
    "CriticalFailed" character varying(4000) NOT NULL,
    "ComplianceCriticalFailed" boolean NOT NULL,
    "Strengths" character varying(4000),
    "DevelopmentAreas" character varying(1000) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "SubmittedAt" timestamp with time zone,
    "AcknowledgedAt" timestamp with time zone,
    "AgentComment" character varying(4000),
    "Version" integer NOT NULL,
    CONSTRAINT "PK_QualityEvaluations" PRIMARY KEY ("Id")
);

CREATE TABLE "QualityScorecards" (
    "Id" uuid NOT NULL,
    "Name" character varying(120) NOT NULL,
    "Channels" character varying(400) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_QualityScorecards" PRIMARY KEY ("Id")
);

CREATE TABLE "QualityCalibrationParticipants" (
    "Id" uuid NOT NULL,
    "SessionId" uuid NOT NULL,
    "EvaluatorId" uuid NOT NULL,
    "SubmittedAt" timestamp with time zone,
    "Answers" character varying(8000) NOT NULL,
    "Score" double precision,
    "ScoreBeforeCritical" double precision,
    "Band" character varying(20),
    "Deviation" double precision,
    "CriteriaMatched" integer,
    CONSTRAINT "PK_QualityCalibrationParticipants" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_QualityCalibrationParticipants_QualityCalibrationSessions_S~" FOREIGN KEY ("SessionId") REFERENCES "QualityCalibrationSessions" ("Id") ON DELETE CASCADE
);

CREATE TABLE "QualityEvaluationAnswers" (
    "Id" uuid NOT NULL,
    "EvaluationId" uuid NOT NULL,
    "CriterionId" uuid NOT NULL,
    "CriterionKey" uuid NOT NULL,
    "SectionId" uuid NOT NULL,
    "NotApplicable" boolean NOT NULL,
    "Points" integer,
    "MaxPoints" integer NOT NULL,
    "Comment" character varying(2000),
    "Evidence" character varying(200),
    CONSTRAINT "PK_QualityEvaluationAnswers" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_QualityEvaluationAnswers_QualityEvaluations_EvaluationId" FOREIGN KEY ("EvaluationId") REFERENCES "QualityEvaluations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "QualityEvaluationDisputes" (
    "Id" uuid NOT NULL,
    "EvaluationId" uuid NOT NULL,
    "CriterionIds" character varying(4000) NOT NULL,
    "Reason" character varying(4000) NOT NULL,
    "RaisedById" uuid NOT NULL,
    "RaisedAt" timestamp with time zone NOT NULL,
    "Status" character varying(20) NOT NULL,
    "ArbitratorId" uuid,
    "DecidedAt" timestamp with time zone,
    "DecisionReason" character varying(4000),
    "ScoreBefore" double precision,
    "ScoreAfter" double precision,
    "Changes" character varying(8000) NOT NULL,
    CONSTRAINT "PK_QualityEvaluationDisputes" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_QualityEvaluationDisputes_QualityEvaluations_EvaluationId" FOREIGN KEY ("EvaluationId") REFERENCES "QualityEvaluations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "QualityEvaluationEvents" (
    "Id" uuid NOT NULL,
    "EvaluationId" uuid NOT NULL,
    "At" timestamp with time zone NOT NULL,
    "ActorId" uuid NOT NULL,
    "Kind" character varying(40) NOT NULL,
    "Detail" character varying(2000) NOT NULL,
    CONSTRAINT "PK_QualityEvaluationEvents" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_QualityEvaluationEvents_QualityEvaluations_EvaluationId" FOREIGN KEY ("EvaluationId") REFERENCES "QualityEvaluations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "QualityScorecardVersions" (
    "Id" uuid NOT NULL,
    "ScorecardId" uuid NOT NULL,
    "Number" integer NOT NULL,
    "Name" character varying(120) NOT NULL,
    "Channels" character varying(400) NOT NULL,
    "Bands" character varying(400) NOT NULL,
    "Status" character varying(20) NOT NULL,
    "CreatedById" uuid NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "PublishedAt" timestamp with time zone,
    "PublishedById" uuid,
    "RetiredAt" timestamp with time zone,
    CONSTRAINT "PK_QualityScorecardVersions" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_QualityScorecardVersions_QualityScorecards_ScorecardId" FOREIGN KEY ("ScorecardId") REFERENCES "QualityScorecards" ("Id") ON DELETE CASCADE
);

CREATE TABLE "QualityScorecardSections" (
    "Id" uuid NOT NULL,
    "VersionId" uuid NOT NULL,
    "Position" integer NOT NULL,
    "Name" character varying(200) NOT NULL,
    "Weight" numeric(10,4) NOT NULL,
    CONSTRAINT "PK_QualityScorecardSections" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_QualityScorecardSections_QualityScorecardVersions_VersionId" FOREIGN KEY ("VersionId") REFERENCES "QualityScorecardVersions" ("Id") ON DELETE CASCADE
);

CREATE TABLE "QualityCriteria" (
    "Id" uuid NOT NULL,
    "SectionId" uuid NOT NULL,
    "Key" uuid NOT NULL,
    "Position" integer NOT NULL,
    "Text" character varying(500) NOT NULL,
    "Guidance" character varying(2000),
    "Kind" character varying(20) NOT NULL,
    "MaxPoints" integer NOT NULL,
    "Weight" numeric(10,4) NOT NULL,
    "AllowNa" boolean NOT NULL,
    "Critical" character varying(20),
    "Requirement" character varying(200),
    CONSTRAINT "PK_QualityCriteria" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_QualityCriteria_QualityScorecardSections_SectionId" FOREIGN KEY ("SectionId") REFERENCES "QualityScorecardSections" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_QualityCalibrationParticipants_EvaluatorId_SessionId" ON "QualityCalibrationParticipants" ("EvaluatorId", "SessionId");

CREATE INDEX "IX_QualityCalibrationParticipants_SessionId" ON "QualityCalibrationParticipants" ("SessionId");

CREATE INDEX "IX_QualityCalibrationSessions_Status_CreatedAt" ON "QualityCalibrationSessions" ("Status", "CreatedAt");

CREATE INDEX "IX_QualityCriteria_Key" ON "QualityCriteria" ("Key");

CREATE INDEX "IX_QualityCriteria_SectionId" ON "QualityCriteria" ("SectionId");

CREATE INDEX "IX_QualityEvaluationAnswers_CriterionKey_EvaluationId" ON "QualityEvaluationAnswers" ("CriterionKey", "EvaluationId");

CREATE INDEX "IX_QualityEvaluationAnswers_EvaluationId" ON "QualityEvaluationAnswers" ("EvaluationId");

CREATE INDEX "IX_QualityEvaluationDisputes_EvaluationId" ON "QualityEvaluationDisputes" ("EvaluationId");

CREATE INDEX "IX_QualityEvaluationDisputes_Status_RaisedAt" ON "QualityEvaluationDisputes" ("Status", "RaisedAt");

CREATE INDEX "IX_QualityEvaluationEvents_EvaluationId" ON "QualityEvaluationEvents" ("EvaluationId");

CREATE INDEX "IX_QualityEvaluations_AgentId_SubmittedAt" ON "QualityEvaluations" ("AgentId", "SubmittedAt");

CREATE INDEX "IX_QualityEvaluations_AssignmentId" ON "QualityEvaluations" ("AssignmentId");

CREATE INDEX "IX_QualityEvaluations_ContactId" ON "QualityEvaluations" ("ContactId");

CREATE INDEX "IX_QualityEvaluations_EvaluatorId_Status" ON "QualityEvaluations" ("EvaluatorId", "Status");

CREATE INDEX "IX_QualityEvaluations_Status_SubmittedAt" ON "QualityEvaluations" ("Status", "SubmittedAt");

CREATE INDEX "IX_QualityEvaluations_TeamId_SubmittedAt" ON "QualityEvaluations" ("TeamId", "SubmittedAt");

CREATE INDEX "IX_QualityScorecardSections_VersionId" ON "QualityScorecardSections" ("VersionId");

CREATE UNIQUE INDEX "IX_QualityScorecardVersions_ScorecardId_Number" ON "QualityScorecardVersions" ("ScorecardId", "Number");
