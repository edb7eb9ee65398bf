CREATE TABLE "CommsTemplates" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CommsTemplates" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "CommsTemplateVersions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CommsTemplateVersions" PRIMARY KEY,
    "TemplateId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Subject" TEXT NULL,
    "ProcedureId" TEXT NULL,
    "Status" TEXT NOT NULL,
    "CreatedById" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ApprovedAt" TEXT NULL,
    "ApprovedById" TEXT NULL,
    CONSTRAINT "FK_CommsTemplateVersions_CommsTemplates_TemplateId" FOREIGN KEY ("TemplateId") REFERENCES "CommsTemplates" ("Id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "IX_CommsTemplateVersions_TemplateId_Number" ON "CommsTemplateVersions" ("TemplateId", "Number");

CREATE TABLE "CommsTemplateVariants" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CommsTemplateVariants" PRIMARY KEY,
    "VersionId" TEXT NOT NULL,
    "Variant" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "ReadingEase" REAL NOT NULL,
    "Grade" REAL NOT NULL,
    "SmsSegments" INTEGER NULL,
    "Blocking" INTEGER NOT NULL,
    "Findings" TEXT NOT NULL,
    CONSTRAINT "FK_CommsTemplateVariants_CommsTemplateVersions_VersionId" FOREIGN KEY ("VersionId") REFERENCES "CommsTemplateVersions" ("Id") ON DELETE CASCADE
);
CREATE INDEX "IX_CommsTemplateVariants_VersionId" ON "CommsTemplateVariants" ("VersionId");
