CREATE TABLE "PerformanceValidationRuns" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_PerformanceValidationRuns" PRIMARY KEY ("Id"),
    "KpiId" uuid NOT NULL,
    "PeriodStart" date NOT NULL,
    "PeriodEnd" date NOT NULL,
    "ContactCount" integer NOT NULL,
    "Problems" text NOT NULL,
    "Status" character varying(20) NOT NULL,
    "Comment" character varying(2000),
    "RunById" uuid NOT NULL,
    "RunAt" timestamp with time zone NOT NULL,
    "AcceptedById" uuid,
    "AcceptedAt" timestamp with time zone,
    "Version" integer NOT NULL
);
CREATE INDEX "IX_PerformanceValidationRuns_KpiId_PeriodStart" ON "PerformanceValidationRuns" ("KpiId", "PeriodStart");

CREATE TABLE "PerformanceExclusions" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_PerformanceExclusions" PRIMARY KEY ("Id"),
    "RunId" uuid NOT NULL,
    "ContactId" uuid NOT NULL,
    "Reason" character varying(1000) NOT NULL,
    "ExcludedById" uuid NOT NULL,
    "ExcludedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "FK_PerformanceExclusions_PerformanceValidationRuns_RunId" FOREIGN KEY ("RunId") REFERENCES "PerformanceValidationRuns" ("Id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "IX_PerformanceExclusions_RunId_ContactId" ON "PerformanceExclusions" ("RunId", "ContactId");

CREATE TABLE "PerformancePublications" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_PerformancePublications" PRIMARY KEY ("Id"),
    "KpiId" uuid NOT NULL,
    "PeriodStart" date NOT NULL,
    "PeriodEnd" date NOT NULL,
    "RunId" uuid NOT NULL,
    "KpiVersion" integer NOT NULL,
    "Results" text NOT NULL,
    "Excluded" integer NOT NULL,
    "Comment" character varying(2000),
    "PublishedById" uuid NOT NULL,
    "PublishedAt" timestamp with time zone NOT NULL
);
CREATE UNIQUE INDEX "IX_PerformancePublications_KpiId_PeriodStart" ON "PerformancePublications" ("KpiId", "PeriodStart");

CREATE TABLE "PerformanceDistributions" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_PerformanceDistributions" PRIMARY KEY ("Id"),
    "PublicationId" uuid NOT NULL,
    "KpiId" uuid NOT NULL,
    "RecipientId" uuid NOT NULL,
    "Level" character varying(20) NOT NULL,
    "Subject" uuid,
    "What" character varying(500) NOT NULL,
    "Reason" character varying(200) NOT NULL,
    "SentAt" timestamp with time zone NOT NULL,
    "AcknowledgedAt" timestamp with time zone
);
CREATE INDEX "IX_PerformanceDistributions_PublicationId" ON "PerformanceDistributions" ("PublicationId");
CREATE INDEX "IX_PerformanceDistributions_RecipientId_AcknowledgedAt" ON "PerformanceDistributions" ("RecipientId", "AcknowledgedAt");
