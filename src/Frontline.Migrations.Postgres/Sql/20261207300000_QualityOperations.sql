CREATE TABLE "QualityPlannedAudits" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_QualityPlannedAudits" PRIMARY KEY ("Id"),
    "Title" text NOT NULL,
    "Practice" text NOT NULL,
    "Scope" text,
    "Frequency" text NOT NULL,
    "LeadAuditorId" uuid NOT NULL,
    "Requirements" text,
    "ChecklistId" uuid,
    "NextDueOn" date NOT NULL,
    "LastCompletedOn" date,
    "IsActive" boolean NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL
);
CREATE INDEX "IX_QualityPlannedAudits_IsActive_NextDueOn" ON "QualityPlannedAudits" ("IsActive", "NextDueOn");

CREATE TABLE "QualityAuditChecklists" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_QualityAuditChecklists" PRIMARY KEY ("Id"),
    "Name" text NOT NULL,
    "Practice" text NOT NULL,
    "Items" text NOT NULL,
    "IsActive" boolean NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL
);

CREATE TABLE "QualityAudits" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_QualityAudits" PRIMARY KEY ("Id"),
    "PlannedAuditId" uuid,
    "ChecklistId" uuid NOT NULL,
    "Title" text NOT NULL,
    "Practice" text NOT NULL,
    "Scope" text,
    "AuditorId" uuid NOT NULL,
    "StartedAt" timestamp with time zone NOT NULL,
    "Status" text NOT NULL,
    "Report" text,
    "ClosedAt" timestamp with time zone,
    "Version" integer NOT NULL
);
CREATE INDEX "IX_QualityAudits_Status_StartedAt" ON "QualityAudits" ("Status", "StartedAt");
CREATE INDEX "IX_QualityAudits_PlannedAuditId" ON "QualityAudits" ("PlannedAuditId");

CREATE TABLE "QualityAuditItems" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_QualityAuditItems" PRIMARY KEY ("Id"),
    "AuditId" uuid NOT NULL,
    "Position" integer NOT NULL,
    "Text" text NOT NULL,
    "Guidance" text,
    "Evidence" text,
    "Finding" text,
    "ActionId" uuid,
    CONSTRAINT "FK_QualityAuditItems_QualityAudits_AuditId" FOREIGN KEY ("AuditId") REFERENCES "QualityAudits" ("Id") ON DELETE CASCADE
);
CREATE INDEX "IX_QualityAuditItems_AuditId" ON "QualityAuditItems" ("AuditId");

CREATE TABLE "QualitySurveys" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_QualitySurveys" PRIMARY KEY ("Id"),
    "Name" text NOT NULL,
    "Introduction" text,
    "Trigger" text NOT NULL,
    "Questions" text NOT NULL,
    "LinkValidDays" integer NOT NULL,
    "LowCsat" integer NOT NULL,
    "LowNps" integer NOT NULL,
    "IsActive" boolean NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL
);

CREATE TABLE "QualitySurveyInvitations" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_QualitySurveyInvitations" PRIMARY KEY ("Id"),
    "SurveyId" uuid NOT NULL,
    "ContactId" uuid,
    "CaseId" uuid,
    "CustomerId" uuid,
    "AgentId" uuid,
    "TeamId" uuid,
    "Email" text,
    "Delivery" text NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "ExpiresAt" timestamp with time zone NOT NULL,
    "AnsweredAt" timestamp with time zone,
    "SentAt" timestamp with time zone,
    "Version" integer NOT NULL
);
CREATE INDEX "IX_QualitySurveyInvitations_ContactId" ON "QualitySurveyInvitations" ("ContactId");
CREATE INDEX "IX_QualitySurveyInvitations_CaseId" ON "QualitySurveyInvitations" ("CaseId");
CREATE INDEX "IX_QualitySurveyInvitations_Delivery_CreatedAt" ON "QualitySurveyInvitations" ("Delivery", "CreatedAt");

CREATE TABLE "QualitySurveyResponses" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_QualitySurveyResponses" PRIMARY KEY ("Id"),
    "SurveyId" uuid NOT NULL,
    "InvitationId" uuid,
    "ContactId" uuid,
    "CaseId" uuid,
    "AgentId" uuid,
    "TeamId" uuid,
    "Source" text NOT NULL,
    "ExternalReference" text,
    "RespondedAt" timestamp with time zone NOT NULL,
    "Csat" integer,
    "Nps" integer,
    "Effort" integer,
    "Comment" text,
    "LowScore" boolean NOT NULL
);
CREATE UNIQUE INDEX "IX_QualitySurveyResponses_InvitationId" ON "QualitySurveyResponses" ("InvitationId");
CREATE UNIQUE INDEX "IX_QualitySurveyResponses_SurveyId_ExternalReference" ON "QualitySurveyResponses" ("SurveyId", "ExternalReference");
CREATE INDEX "IX_QualitySurveyResponses_ContactId" ON "QualitySurveyResponses" ("ContactId");
CREATE INDEX "IX_QualitySurveyResponses_RespondedAt_AgentId_TeamId_Csat_Nps" ON "QualitySurveyResponses" ("RespondedAt", "AgentId", "TeamId", "Csat", "Nps");

CREATE TABLE "QualitySurveyLinkKeys" (
    "Id" integer NOT NULL,
    CONSTRAINT "PK_QualitySurveyLinkKeys" PRIMARY KEY ("Id"),
    "Key" bytea NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL
);

CREATE TABLE "QualitySamplingPlans" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_QualitySamplingPlans" PRIMARY KEY ("Id"),
    "Name" text NOT NULL,
    "TeamIds" text NOT NULL,
    "PersonIds" text NOT NULL,
    "PerPersonPerPeriod" integer NOT NULL,
    "Period" text NOT NULL,
    "Filters" text NOT NULL,
    "NewStarterWeeks" integer NOT NULL,
    "NewStarterExtra" integer NOT NULL,
    "EvaluatorIds" text NOT NULL,
    "DueWithinBusinessDays" integer NOT NULL,
    "IsActive" boolean NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL
);

CREATE TABLE "QualitySamplingDraws" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_QualitySamplingDraws" PRIMARY KEY ("Id"),
    "PlanId" uuid NOT NULL,
    "PeriodStart" date NOT NULL,
    "PeriodEnd" date NOT NULL,
    "Seed" bigint NOT NULL,
    "DrawnAt" timestamp with time zone NOT NULL,
    "DrawnById" uuid,
    "Shortfalls" text NOT NULL
);
CREATE UNIQUE INDEX "IX_QualitySamplingDraws_PlanId_PeriodStart" ON "QualitySamplingDraws" ("PlanId", "PeriodStart");

CREATE TABLE "QualitySamplingAssignments" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_QualitySamplingAssignments" PRIMARY KEY ("Id"),
    "DrawId" uuid NOT NULL,
    "PlanId" uuid NOT NULL,
    "ContactId" uuid NOT NULL,
    "AgentId" uuid NOT NULL,
    "EvaluatorId" uuid NOT NULL,
    "DueOn" date NOT NULL,
    "AssignedAt" timestamp with time zone NOT NULL
);
CREATE INDEX "IX_QualitySamplingAssignments_PlanId_DrawId" ON "QualitySamplingAssignments" ("PlanId", "DrawId");
CREATE INDEX "IX_QualitySamplingAssignments_EvaluatorId_DueOn" ON "QualitySamplingAssignments" ("EvaluatorId", "DueOn");
CREATE INDEX "IX_QualitySamplingAssignments_ContactId" ON "QualitySamplingAssignments" ("ContactId");
