CREATE TABLE "CommsTemplates" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_CommsTemplates" PRIMARY KEY ("Id"),
    "Name" text NOT NULL,
    "Kind" text NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL
);

CREATE TABLE "CommsTemplateVersions" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_CommsTemplateVersions" PRIMARY KEY ("Id"),
    "TemplateId" uuid NOT NULL,
    "Number" integer NOT NULL,
    "Name" text NOT NULL,
    "Subject" text,
    "ProcedureId" uuid,
    "Status" text NOT NULL,
    "CreatedById" uuid NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "ApprovedAt" timestamp with time zone,
    "ApprovedById" uuid,
    CONSTRAINT "FK_CommsTemplateVersions_CommsTemplates_TemplateId" FOREIGN KEY ("TemplateId") REFERENCES "CommsTemplates" ("Id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "IX_CommsTemplateVersions_TemplateId_Number" ON "CommsTemplateVersions" ("TemplateId", "Number");

CREATE TABLE "CommsTemplateVariants" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_CommsTemplateVariants" PRIMARY KEY ("Id"),
    "VersionId" uuid NOT NULL,
    "Variant" text NOT NULL,
    "Body" text NOT NULL,
    "ReadingEase" double precision NOT NULL,
    "Grade" double precision NOT NULL,
    "SmsSegments" integer,
    "Blocking" boolean NOT NULL,
    "Findings" text NOT NULL,
    CONSTRAINT "FK_CommsTemplateVariants_CommsTemplateVersions_VersionId" FOREIGN KEY ("VersionId") REFERENCES "CommsTemplateVersions" ("Id") ON DELETE CASCADE
);
CREATE INDEX "IX_CommsTemplateVariants_VersionId" ON "CommsTemplateVariants" ("VersionId");
