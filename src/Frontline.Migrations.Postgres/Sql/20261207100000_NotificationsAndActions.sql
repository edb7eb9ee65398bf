CREATE TABLE "Notifications" (
    "Id" uuid NOT NULL,
    "RecipientId" uuid NOT NULL,
    "Kind" character varying(60) NOT NULL,
    "Subject" character varying(200) NOT NULL,
    "Body" character varying(4000) NOT NULL,
    "Link" character varying(500),
    "Reason" character varying(200) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "ReadAt" timestamp with time zone,
    CONSTRAINT "PK_Notifications" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_Notifications_RecipientId_CreatedAt" ON "Notifications" ("RecipientId", "CreatedAt");
CREATE INDEX "IX_Notifications_RecipientId_ReadAt" ON "Notifications" ("RecipientId", "ReadAt");

CREATE TABLE "EmailOutbox" (
    "Id" uuid NOT NULL,
    "NotificationId" uuid NOT NULL,
    "RecipientId" uuid NOT NULL,
    "Kind" character varying(60) NOT NULL,
    "Status" character varying(20) NOT NULL,
    "Attempts" integer NOT NULL,
    "NextAttemptAt" timestamp with time zone NOT NULL,
    "LeasedUntil" timestamp with time zone,
    "LastError" character varying(1000),
    "DeliveredAt" timestamp with time zone,
    "CreatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_EmailOutbox" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_EmailOutbox_Status_NextAttemptAt" ON "EmailOutbox" ("Status", "NextAttemptAt");
CREATE INDEX "IX_EmailOutbox_NotificationId" ON "EmailOutbox" ("NotificationId");

CREATE TABLE "NotificationPreferences" (
    "StaffId" uuid NOT NULL,
    "Kind" character varying(60) NOT NULL,
    "Email" boolean NOT NULL,
    CONSTRAINT "PK_NotificationPreferences" PRIMARY KEY ("StaffId", "Kind")
);

CREATE TABLE "ImprovementActions" (
    "Id" uuid NOT NULL,
    "Title" character varying(200) NOT NULL,
    "Description" character varying(4000),
    "SourceKind" character varying(20) NOT NULL,
    "SourceId" character varying(100),
    "SourceLink" character varying(500),
    "OwnerId" uuid,
    "OwnerName" character varying(100),
    "DueOn" date NOT NULL,
    "Status" character varying(20) NOT NULL,
    "Evidence" character varying(4000),
    "CompletedAt" timestamp with time zone,
    "CompletedById" uuid,
    "EffectivenessDueOn" date,
    "EffectivenessResult" character varying(20),
    "EffectivenessNotes" character varying(2000),
    "EffectivenessCheckedAt" timestamp with time zone,
    "EffectivenessCheckedById" uuid,
    "RaisedById" uuid,
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_ImprovementActions" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_ImprovementActions_SourceKind_SourceId" ON "ImprovementActions" ("SourceKind", "SourceId");
CREATE INDEX "IX_ImprovementActions_OwnerId_Status" ON "ImprovementActions" ("OwnerId", "Status");
CREATE INDEX "IX_ImprovementActions_Status_DueOn" ON "ImprovementActions" ("Status", "DueOn");

CREATE TABLE "ImprovementActionReminders" (
    "ActionId" uuid NOT NULL,
    "RecipientId" uuid NOT NULL,
    "OnDate" date NOT NULL,
    "SentAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_ImprovementActionReminders" PRIMARY KEY ("ActionId", "RecipientId", "OnDate")
);
