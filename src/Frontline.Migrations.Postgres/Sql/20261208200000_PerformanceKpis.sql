ALTER TABLE "Contacts" ADD "QueuedAt" timestamp with time zone;
CREATE INDEX "IX_Contacts_OfferedAt" ON "Contacts" ("OfferedAt");

CREATE TABLE "PerformanceKpis" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_PerformanceKpis" PRIMARY KEY ("Id"),
    "Name" character varying(120) NOT NULL,
    "Definition" text NOT NULL,
    "DefinitionVersion" integer NOT NULL,
    "IsRetired" boolean NOT NULL,
    "CreatedById" uuid NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL
);
CREATE INDEX "IX_PerformanceKpis_Name" ON "PerformanceKpis" ("Name");

CREATE TABLE "PerformanceKpiVersions" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_PerformanceKpiVersions" PRIMARY KEY ("Id"),
    "KpiId" uuid NOT NULL,
    "Number" integer NOT NULL,
    "EffectiveFrom" date NOT NULL,
    "Definition" text NOT NULL,
    "CreatedById" uuid NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "FK_PerformanceKpiVersions_PerformanceKpis_KpiId" FOREIGN KEY ("KpiId") REFERENCES "PerformanceKpis" ("Id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "IX_PerformanceKpiVersions_KpiId_Number" ON "PerformanceKpiVersions" ("KpiId", "Number");
