CREATE TABLE "ComplianceRequirements" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ComplianceRequirements" PRIMARY KEY,
    "Title" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    "Citation" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "CustomerEffect" TEXT NOT NULL,
    "ColleagueEffect" TEXT NOT NULL,
    "Channels" TEXT NULL,
    "Products" TEXT NULL,
    "Processes" TEXT NULL,
    "Teams" TEXT NULL,
    "OwnerId" TEXT NULL,
    "ReviewOn" TEXT NULL,
    "Status" TEXT NOT NULL,
    "Controls" TEXT NOT NULL,
    "Measures" TEXT NOT NULL,
    "Implications" TEXT NULL,
    "InherentLikelihood" INTEGER NULL,
    "InherentImpact" INTEGER NULL,
    "ResidualLikelihood" INTEGER NULL,
    "ResidualImpact" INTEGER NULL,
    "RiskReasoning" TEXT NULL,
    "RiskAssessedAt" TEXT NULL,
    "IsStarter" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);
CREATE INDEX "IX_ComplianceRequirements_Citation" ON "ComplianceRequirements" ("Citation");

CREATE TABLE "ComplianceRiskChanges" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ComplianceRiskChanges" PRIMARY KEY,
    "RequirementId" TEXT NOT NULL,
    "AssessedAt" TEXT NOT NULL,
    "AssessedById" TEXT NULL,
    "InherentLikelihood" INTEGER NOT NULL,
    "InherentImpact" INTEGER NOT NULL,
    "ResidualLikelihood" INTEGER NOT NULL,
    "ResidualImpact" INTEGER NOT NULL,
    "Implications" TEXT NOT NULL,
    "Reasoning" TEXT NOT NULL
);
CREATE INDEX "IX_ComplianceRiskChanges_RequirementId_AssessedAt" ON "ComplianceRiskChanges" ("RequirementId", "AssessedAt");

CREATE TABLE "ComplianceBreaches" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ComplianceBreaches" PRIMARY KEY,
    "RequirementId" TEXT NULL,
    "StaffIds" TEXT NOT NULL,
    "OccurredAt" TEXT NOT NULL,
    "DetectedAt" TEXT NOT NULL,
    "DetectedBy" TEXT NOT NULL,
    "SourceLink" TEXT NULL,
    "EvaluationId" TEXT NULL,
    "Description" TEXT NOT NULL,
    "Severity" TEXT NOT NULL,
    "CustomersAffected" INTEGER NOT NULL,
    "CustomerRedress" TEXT NULL,
    "RootCause" TEXT NULL,
    "PersonalDataBreach" INTEGER NOT NULL,
    "ReportableToFca" INTEGER NOT NULL,
    "FcaNotifiedAt" TEXT NULL,
    "FcaReference" TEXT NULL,
    "IcoNotificationDueAt" TEXT NULL,
    "IcoNotifiedAt" TEXT NULL,
    "IcoReference" TEXT NULL,
    "Status" TEXT NOT NULL,
    "DecisionReason" TEXT NULL,
    "DecidedById" TEXT NULL,
    "Route" TEXT NOT NULL,
    "RoutedAt" TEXT NULL,
    "CoachingNeed" TEXT NULL,
    "Procedure" TEXT NOT NULL,
    "RecordedById" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);
CREATE INDEX "IX_ComplianceBreaches_Status_DetectedAt" ON "ComplianceBreaches" ("Status", "DetectedAt");
CREATE INDEX "IX_ComplianceBreaches_EvaluationId" ON "ComplianceBreaches" ("EvaluationId");
CREATE INDEX "IX_ComplianceBreaches_RequirementId" ON "ComplianceBreaches" ("RequirementId");

CREATE TABLE "DataProtectionSubjectAccessRequests" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DataProtectionSubjectAccessRequests" PRIMARY KEY,
    "CustomerId" TEXT NOT NULL,
    "ReceivedOn" TEXT NOT NULL,
    "Division" TEXT NOT NULL,
    "Requester" TEXT NOT NULL,
    "RequesterName" TEXT NULL,
    "VerifiedHow" TEXT NULL,
    "Pauses" TEXT NOT NULL,
    "Extended" INTEGER NOT NULL,
    "ExtensionReason" TEXT NULL,
    "ExtensionNotifiedOn" TEXT NULL,
    "DueDate" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "CompletedOn" TEXT NULL,
    "HandlerId" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);
CREATE INDEX "IX_DataProtectionSubjectAccessRequests_Status_DueDate" ON "DataProtectionSubjectAccessRequests" ("Status", "DueDate");
CREATE INDEX "IX_DataProtectionSubjectAccessRequests_CustomerId" ON "DataProtectionSubjectAccessRequests" ("CustomerId");
