CREATE TABLE "QualityCalibrationSessions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_QualityCalibrationSessions" PRIMARY KEY,
    "Title" TEXT NOT NULL,
    "ContactId" TEXT NOT NULL,
    "ScorecardId" TEXT NOT NULL,
    "ScorecardVersionId" TEXT NOT NULL,
    "LeadId" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "ReferenceAnswers" TEXT NOT NULL,
    "ReferenceScore" REAL NULL,
    "ReferenceSource" TEXT NULL,
    "AgreedOutcome" TEXT NULL,
    "Notes" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "ClosedAt" TEXT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "QualityEvaluations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_QualityEvaluations" PRIMARY KEY,
    "ScorecardId" TEXT NOT NULL,
    "ScorecardVersionId" TEXT NOT NULL,
    "ScorecardVersionNumber" INTEGER NOT NULL,
    "Subject" TEXT NOT NULL,
    "ContactId" TEXT NULL,
    "CaseId" TEXT NULL,
    "ComplaintId" TEXT NULL,
    "Channel" TEXT NULL,
    "WorkAt" TEXT NULL,
    "AgentId" TEXT NOT NULL,
    "TeamId" TEXT NULL,
    "EvaluatorId" TEXT NOT NULL,
    "AssignmentId" TEXT NULL,
    "Method" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Score" REAL NULL,
    "ScoreBeforeCritical" REAL NULL,
    "Band" TEXT NULL,
    "CriticalFailed" TEXT NOT NULL,
    "ComplianceCriticalFailed" INTEGER NOT NULL,
    "Strengths" TEXT NULL,
    "DevelopmentAreas" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "SubmittedAt" TEXT NULL,
    "AcknowledgedAt" TEXT NULL,
    "AgentComment" TEXT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "QualityScorecards" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_QualityScorecards" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Channels" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "QualityCalibrationParticipants" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_QualityCalibrationParticipants" PRIMARY KEY,
    "SessionId" TEXT NOT NULL,
    "EvaluatorId" TEXT NOT NULL,
    "SubmittedAt" TEXT NULL,
    "Answers" TEXT NOT NULL,
    "Score" REAL NULL,
    "ScoreBeforeCritical" REAL NULL,
    "Band" TEXT NULL,
    "Deviation" REAL NULL,
    "CriteriaMatched" INTEGER NULL,
    CONSTRAINT "FK_QualityCalibrationParticipants_QualityCalibrationSessions_SessionId" FOREIGN KEY ("SessionId") REFERENCES "QualityCalibrationSessions" ("Id") ON DELETE CASCADE
);

CREATE TABLE "QualityEvaluationAnswers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_QualityEvaluationAnswers" PRIMARY KEY,
    "EvaluationId" TEXT NOT NULL,
    "CriterionId" TEXT NOT NULL,
    "CriterionKey" TEXT NOT NULL,
    "SectionId" TEXT NOT NULL,
    "NotApplicable" INTEGER NOT NULL,
    "Points" INTEGER NULL,
    "MaxPoints" INTEGER NOT NULL,
    "Comment" TEXT NULL,
    "Evidence" TEXT NULL,
    CONSTRAINT "FK_QualityEvaluationAnswers_QualityEvaluations_EvaluationId" FOREIGN KEY ("EvaluationId") REFERENCES "QualityEvaluations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "QualityEvaluationDisputes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_QualityEvaluationDisputes" PRIMARY KEY,
    "EvaluationId" TEXT NOT NULL,
    "CriterionIds" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "RaisedById" TEXT NOT NULL,
    "RaisedAt" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "ArbitratorId" TEXT NULL,
    "DecidedAt" TEXT NULL,
    "DecisionReason" TEXT NULL,
    "ScoreBefore" REAL NULL,
    "ScoreAfter" REAL NULL,
    "Changes" TEXT NOT NULL,
    CONSTRAINT "FK_QualityEvaluationDisputes_QualityEvaluations_EvaluationId" FOREIGN KEY ("EvaluationId") REFERENCES "QualityEvaluations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "QualityEvaluationEvents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_QualityEvaluationEvents" PRIMARY KEY,
    "EvaluationId" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "ActorId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Detail" TEXT NOT NULL,
    CONSTRAINT "FK_QualityEvaluationEvents_QualityEvaluations_EvaluationId" FOREIGN KEY ("EvaluationId") REFERENCES "QualityEvaluations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "QualityScorecardVersions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_QualityScorecardVersions" PRIMARY KEY,
    "ScorecardId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Channels" TEXT NOT NULL,
    "Bands" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "CreatedById" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "PublishedAt" TEXT NULL,
    "PublishedById" TEXT NULL,
    "RetiredAt" TEXT NULL,
    CONSTRAINT "FK_QualityScorecardVersions_QualityScorecards_ScorecardId" FOREIGN KEY ("ScorecardId") REFERENCES "QualityScorecards" ("Id") ON DELETE CASCADE
);

CREATE TABLE "QualityScorecardSections" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_QualityScorecardSections" PRIMARY KEY,
    "VersionId" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Weight" TEXT NOT NULL,
    CONSTRAINT "FK_QualityScorecardSections_QualityScorecardVersions_VersionId" FOREIGN KEY ("VersionId") REFERENCES "QualityScorecardVersions" ("Id") ON DELETE CASCADE
);

CREATE TABLE "QualityCriteria" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_QualityCriteria" PRIMARY KEY,
    "SectionId" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "Guidance" TEXT NULL,
    "Kind" TEXT NOT NULL,
    "MaxPoints" INTEGER NOT NULL,
    "Weight" TEXT NOT NULL,
    "AllowNa" INTEGER NOT NULL,
    "Critical" TEXT NULL,
    "Requirement" TEXT NULL,
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
