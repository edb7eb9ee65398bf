CREATE TABLE "ComplianceRequirements" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_ComplianceRequirements" PRIMARY KEY ("Id"),
    "Title" text NOT NULL,
    "Type" text NOT NULL,
    "Source" text NOT NULL,
    "Citation" text NOT NULL,
    "Summary" text NOT NULL,
    "CustomerEffect" text NOT NULL,
    "ColleagueEffect" text NOT NULL,
    "Channels" text,
    "Products" text,
    "Processes" text,
    "Teams" text,
    "OwnerId" uuid,
    "ReviewOn" date,
    "Status" text NOT NULL,
    "Controls" text NOT NULL,
    "Measures" text NOT NULL,
    "Implications" text,
    "InherentLikelihood" integer,
    "InherentImpact" integer,
    "ResidualLikelihood" integer,
    "ResidualImpact" integer,
    "RiskReasoning" text,
    "RiskAssessedAt" timestamp with time zone,
    "IsStarter" boolean NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL
);
CREATE INDEX "IX_ComplianceRequirements_Citation" ON "ComplianceRequirements" ("Citation");

CREATE TABLE "ComplianceRiskChanges" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_ComplianceRiskChanges" PRIMARY KEY ("Id"),
    "RequirementId" uuid NOT NULL,
    "AssessedAt" timestamp with time zone NOT NULL,
    "AssessedById" uuid,
    "InherentLikelihood" integer NOT NULL,
    "InherentImpact" integer NOT NULL,
    "ResidualLikelihood" integer NOT NULL,
    "ResidualImpact" integer NOT NULL,
    "Implications" text NOT NULL,
    "Reasoning" text NOT NULL
);
CREATE INDEX "IX_ComplianceRiskChanges_RequirementId_AssessedAt" ON "ComplianceRiskChanges" ("RequirementId", "AssessedAt");

CREATE TABLE "ComplianceBreaches" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_ComplianceBreaches" PRIMARY KEY ("Id"),
    "RequirementId" uuid,
    "StaffIds" text NOT NULL,
    "OccurredAt" timestamp with time zone NOT NULL,
    "DetectedAt" timestamp with time zone NOT NULL,
    "DetectedBy" text NOT NULL,
    "SourceLink" text,
    "EvaluationId" uuid,
    "Description" text NOT NULL,
    "Severity" text NOT NULL,
    "CustomersAffected" integer NOT NULL,
    "CustomerRedress" text,
    "RootCause" text,
    "PersonalDataBreach" boolean NOT NULL,
    "ReportableToFca" boolean NOT NULL,
    "FcaNotifiedAt" timestamp with time zone,
    "FcaReference" text,
    "IcoNotificationDueAt" timestamp with time zone,
    "IcoNotifiedAt" timestamp with time zone,
    "IcoReference" text,
    "Status" text NOT NULL,
    "DecisionReason" text,
    "DecidedById" uuid,
    "Route" text NOT NULL,
    "RoutedAt" timestamp with time zone,
    "CoachingNeed" text,
    "Procedure" text NOT NULL,
    "RecordedById" uuid,
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL
);
CREATE INDEX "IX_ComplianceBreaches_Status_DetectedAt" ON "ComplianceBreaches" ("Status", "DetectedAt");
CREATE INDEX "IX_ComplianceBreaches_EvaluationId" ON "ComplianceBreaches" ("EvaluationId");
CREATE INDEX "IX_ComplianceBreaches_RequirementId" ON "ComplianceBreaches" ("RequirementId");

CREATE TABLE "DataProtectionSubjectAccessRequests" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_DataProtectionSubjectAccessRequests" PRIMARY KEY ("Id"),
    "CustomerId" uuid NOT NULL,
    "ReceivedOn" date NOT NULL,
    "Division" text NOT NULL,
    "Requester" text NOT NULL,
    "RequesterName" text,
    "VerifiedHow" text,
    "Pauses" text NOT NULL,
    "Extended" boolean NOT NULL,
    "ExtensionReason" text,
    "ExtensionNotifiedOn" date,
    "DueDate" date NOT NULL,
    "Status" text NOT NULL,
    "CompletedOn" date,
    "HandlerId" uuid,
    "CreatedAt" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL
);
CREATE INDEX "IX_DataProtectionSubjectAccessRequests_Status_DueDate" ON "DataProtectionSubjectAccessRequests" ("Status", "DueDate");
CREATE INDEX "IX_DataProtectionSubjectAccessRequests_CustomerId" ON "DataProtectionSubjectAccessRequests" ("CustomerId");
