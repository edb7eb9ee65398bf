CREATE TABLE "QualityPlannedAudits" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_QualityPlannedAudits" PRIMARY KEY,
    "Title" TEXT NOT NULL,
    "Practice" TEXT NOT NULL,
    "Scope" TEXT NULL,
    "Frequency" TEXT NOT NULL,
    "LeadAuditorId" TEXT NOT NULL,
    "Requirements" TEXT NULL,
    "ChecklistId" TEXT NULL,
    "NextDueOn" TEXT NOT NULL,
    "LastCompletedOn" TEXT NULL,
    "IsActive" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);
CREATE INDEX "IX_QualityPlannedAudits_IsActive_NextDueOn" ON "QualityPlannedAudits" ("IsActive", "NextDueOn");

CREATE TABLE "QualityAuditChecklists" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_QualityAuditChecklists" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Practice" TEXT NOT NULL,
    "Items" TEXT NOT NULL,
    "IsActive" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "QualityAudits" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_QualityAudits" PRIMARY KEY,
    "PlannedAuditId" TEXT NULL,
    "ChecklistId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Practice" TEXT NOT NULL,
    "Scope" TEXT NULL,
    "AuditorId" TEXT NOT NULL,
    "StartedAt" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Report" TEXT NULL,
    "ClosedAt" TEXT NULL,
    "Version" INTEGER NOT NULL
);
CREATE INDEX "IX_QualityAudits_Status_StartedAt" ON "QualityAudits" ("Status", "StartedAt");
CREATE INDEX "IX_QualityAudits_PlannedAuditId" ON "QualityAudits" ("PlannedAuditId");

CREATE TABLE "QualityAuditItems" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_QualityAuditItems" PRIMARY KEY,
    "AuditId" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "Guidance" TEXT NULL,
    "Evidence" TEXT NULL,
    "Finding" TEXT NULL,
    "ActionId" TEXT NULL,
    CONSTRAINT "FK_QualityAuditItems_QualityAudits_AuditId" FOREIGN KEY ("AuditId") REFERENCES "QualityAudits" ("Id") ON DELETE CASCADE
);
CREATE INDEX "IX_QualityAuditItems_AuditId" ON "QualityAuditItems" ("AuditId");

CREATE TABLE "QualitySurveys" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_QualitySurveys" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Introduction" TEXT NULL,
    "Trigger" TEXT NOT NULL,
    "Questions" TEXT NOT NULL,
    "LinkValidDays" INTEGER NOT NULL,
    "LowCsat" INTEGER NOT NULL,
    "LowNps" INTEGER NOT NULL,
    "IsActive" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "QualitySurveyInvitations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_QualitySurveyInvitations" PRIMARY KEY,
    "SurveyId" TEXT NOT NULL,
    "ContactId" TEXT NULL,
    "CaseId" TEXT NULL,
    "CustomerId" TEXT NULL,
    "AgentId" TEXT NULL,
    "TeamId" TEXT NULL,
    "Email" TEXT NULL,
    "Delivery" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ExpiresAt" TEXT NOT NULL,
    "AnsweredAt" TEXT NULL,
    "SentAt" TEXT NULL,
    "Version" INTEGER NOT NULL
);
CREATE INDEX "IX_QualitySurveyInvitations_ContactId" ON "QualitySurveyInvitations" ("ContactId");
CREATE INDEX "IX_QualitySurveyInvitations_CaseId" ON "QualitySurveyInvitations" ("CaseId");
CREATE INDEX "IX_QualitySurveyInvitations_Delivery_CreatedAt" ON "QualitySurveyInvitations" ("Delivery", "CreatedAt");

CREATE TABLE "QualitySurveyResponses" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_QualitySurveyResponses" PRIMARY KEY,
    "SurveyId" TEXT NOT NULL,
    "InvitationId" TEXT NULL,
    "ContactId" TEXT NULL,
    "CaseId" TEXT NULL,
    "AgentId" TEXT NULL,
    "TeamId" TEXT NULL,
    "Source" TEXT NOT NULL,
    "ExternalReference" TEXT NULL,
    "RespondedAt" TEXT NOT NULL,
    "Csat" INTEGER NULL,
    "Nps" INTEGER NULL,
    "Effort" INTEGER NULL,
    "Comment" TEXT NULL,
    "LowScore" INTEGER NOT NULL
);
CREATE UNIQUE INDEX "IX_QualitySurveyResponses_InvitationId" ON "QualitySurveyResponses" ("InvitationId");
CREATE UNIQUE INDEX "IX_QualitySurveyResponses_SurveyId_ExternalReference" ON "QualitySurveyResponses" ("SurveyId", "ExternalReference");
CREATE INDEX "IX_QualitySurveyResponses_ContactId" ON "QualitySurveyResponses" ("ContactId");
CREATE INDEX "IX_QualitySurveyResponses_RespondedAt_AgentId_TeamId_Csat_Nps" ON "QualitySurveyResponses" ("RespondedAt", "AgentId", "TeamId", "Csat", "Nps");

CREATE TABLE "QualitySurveyLinkKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_QualitySurveyLinkKeys" PRIMARY KEY,
    "Key" BLOB NOT NULL,
    "CreatedAt" TEXT NOT NULL
);

CREATE TABLE "QualitySamplingPlans" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_QualitySamplingPlans" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "TeamIds" TEXT NOT NULL,
    "PersonIds" TEXT NOT NULL,
    "PerPersonPerPeriod" INTEGER NOT NULL,
    "Period" TEXT NOT NULL,
    "Filters" TEXT NOT NULL,
    "NewStarterWeeks" INTEGER NOT NULL,
    "NewStarterExtra" INTEGER NOT NULL,
    "EvaluatorIds" TEXT NOT NULL,
    "DueWithinBusinessDays" INTEGER NOT NULL,
    "IsActive" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "QualitySamplingDraws" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_QualitySamplingDraws" PRIMARY KEY,
    "PlanId" TEXT NOT NULL,
    "PeriodStart" TEXT NOT NULL,
    "PeriodEnd" TEXT NOT NULL,
    "Seed" INTEGER NOT NULL,
    "DrawnAt" TEXT NOT NULL,
    "DrawnById" TEXT NULL,
    "Shortfalls" TEXT NOT NULL
);
CREATE UNIQUE INDEX "IX_QualitySamplingDraws_PlanId_PeriodStart" ON "QualitySamplingDraws" ("PlanId", "PeriodStart");

CREATE TABLE "QualitySamplingAssignments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_QualitySamplingAssignments" PRIMARY KEY,
    "DrawId" TEXT NOT NULL,
    "PlanId" TEXT NOT NULL,
    "ContactId" TEXT NOT NULL,
    "AgentId" TEXT NOT NULL,
    "EvaluatorId" TEXT NOT NULL,
    "DueOn" TEXT NOT NULL,
    "AssignedAt" TEXT NOT NULL
);
CREATE INDEX "IX_QualitySamplingAssignments_PlanId_DrawId" ON "QualitySamplingAssignments" ("PlanId", "DrawId");
CREATE INDEX "IX_QualitySamplingAssignments_EvaluatorId_DueOn" ON "QualitySamplingAssignments" ("EvaluatorId", "DueOn");
CREATE INDEX "IX_QualitySamplingAssignments_ContactId" ON "QualitySamplingAssignments" ("ContactId");
