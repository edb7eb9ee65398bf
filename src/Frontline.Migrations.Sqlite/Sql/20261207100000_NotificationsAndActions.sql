CREATE TABLE "Notifications" (
    "Id" TEXT NOT NULL,
    "RecipientId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "Link" TEXT NULL,
    "Reason" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ReadAt" TEXT NULL,
    CONSTRAINT "PK_Notifications" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_Notifications_RecipientId_CreatedAt" ON "Notifications" ("RecipientId", "CreatedAt");
CREATE INDEX "IX_Notifications_RecipientId_ReadAt" ON "Notifications" ("RecipientId", "ReadAt");

CREATE TABLE "EmailOutbox" (
    "Id" TEXT NOT NULL,
    "NotificationId" TEXT NOT NULL,
    "RecipientId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "NextAttemptAt" TEXT NOT NULL,
    "LeasedUntil" TEXT NULL,
    "LastError" TEXT NULL,
    "DeliveredAt" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "PK_EmailOutbox" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_EmailOutbox_Status_NextAttemptAt" ON "EmailOutbox" ("Status", "NextAttemptAt");
CREATE INDEX "IX_EmailOutbox_NotificationId" ON "EmailOutbox" ("NotificationId");

CREATE TABLE "NotificationPreferences" (
    "StaffId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Email" INTEGER NOT NULL,
    CONSTRAINT "PK_NotificationPreferences" PRIMARY KEY ("StaffId", "Kind")
);

CREATE TABLE "ImprovementActions" (
    "Id" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Description" TEXT NULL,
    "SourceKind" TEXT NOT NULL,
    "SourceId" TEXT NULL,
    "SourceLink" TEXT NULL,
    "OwnerId" TEXT NULL,
    "OwnerName" TEXT NULL,
    "DueOn" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Evidence" TEXT NULL,
    "CompletedAt" TEXT NULL,
    "CompletedById" TEXT NULL,
    "EffectivenessDueOn" TEXT NULL,
    "EffectivenessResult" TEXT NULL,
    "EffectivenessNotes" TEXT NULL,
    "EffectivenessCheckedAt" TEXT NULL,
    "EffectivenessCheckedById" TEXT NULL,
    "RaisedById" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "PK_ImprovementActions" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_ImprovementActions_SourceKind_SourceId" ON "ImprovementActions" ("SourceKind", "SourceId");
CREATE INDEX "IX_ImprovementActions_OwnerId_Status" ON "ImprovementActions" ("OwnerId", "Status");
CREATE INDEX "IX_ImprovementActions_Status_DueOn" ON "ImprovementActions" ("Status", "DueOn");

CREATE TABLE "ImprovementActionReminders" (
    "ActionId" TEXT NOT NULL,
    "RecipientId" TEXT NOT NULL,
    "OnDate" TEXT NOT NULL,
    "SentAt" TEXT NOT NULL,
    CONSTRAINT "PK_ImprovementActionReminders" PRIMARY KEY ("ActionId", "RecipientId", "OnDate")
);
