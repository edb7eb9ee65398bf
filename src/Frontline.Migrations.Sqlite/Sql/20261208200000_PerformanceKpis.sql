ALTER TABLE "Contacts" ADD "QueuedAt" TEXT NULL;
CREATE INDEX "IX_Contacts_OfferedAt" ON "Contacts" ("OfferedAt");

CREATE TABLE "PerformanceKpis" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PerformanceKpis" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Definition" TEXT NOT NULL,
    "DefinitionVersion" INTEGER NOT NULL,
    "IsRetired" INTEGER NOT NULL,
    "CreatedById" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);
CREATE INDEX "IX_PerformanceKpis_Name" ON "PerformanceKpis" ("Name");

CREATE TABLE "PerformanceKpiVersions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PerformanceKpiVersions" PRIMARY KEY,
    "KpiId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "EffectiveFrom" TEXT NOT NULL,
    "Definition" TEXT NOT NULL,
    "CreatedById" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_PerformanceKpiVersions_PerformanceKpis_KpiId" FOREIGN KEY ("KpiId") REFERENCES "PerformanceKpis" ("Id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "IX_PerformanceKpiVersions_KpiId_Number" ON "PerformanceKpiVersions" ("KpiId", "Number");
