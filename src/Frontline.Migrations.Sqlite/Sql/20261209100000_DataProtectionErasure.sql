-- Data-protection desk: erasure under retention (UK GDPR Art 17; regulatory-facts.md §4.2).
CREATE TABLE "DataProtectionRetentionRules" (
    "DataClass" TEXT NOT NULL CONSTRAINT "PK_DataProtectionRetentionRules" PRIMARY KEY,
    "Months" INTEGER NOT NULL,
    "StartsFrom" TEXT NOT NULL,
    "Basis" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);
INSERT INTO "DataProtectionRetentionRules" ("DataClass", "Months", "StartsFrom", "Basis", "Version") VALUES
    ('complaints', 36, 'closure of the complaint', 'DISP 1.9.1R: complaint records are kept three years (five for UCITS collective portfolio management); the legal obligation and legal claims exceptions of UK GDPR Art 17(3)(b) and (e).', 0),
    ('contacts', 0, 'the contact', '', 0),
    ('cases', 0, 'closure of the case', '', 0);

CREATE TABLE "DataProtectionErasureRequests" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DataProtectionErasureRequests" PRIMARY KEY,
    "CustomerId" TEXT NOT NULL,
    "CustomerReference" TEXT NOT NULL,
    "ReceivedOn" TEXT NOT NULL,
    "Division" TEXT NOT NULL,
    "Grounds" TEXT NULL,
    "DueDate" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "CompletedOn" TEXT NULL,
    "Outcome" TEXT NOT NULL,
    "HandlerId" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);
CREATE INDEX "IX_DataProtectionErasureRequests_Status_DueDate" ON "DataProtectionErasureRequests" ("Status", "DueDate");
CREATE INDEX "IX_DataProtectionErasureRequests_CustomerId" ON "DataProtectionErasureRequests" ("CustomerId");

-- Records kept under retention after an erasure request: hidden from all but compliance officers until they can go.
ALTER TABLE "Customers" ADD COLUMN "RestrictedUntil" TEXT NULL;
ALTER TABLE "Customers" ADD COLUMN "RestrictionReason" TEXT NULL;
CREATE INDEX "IX_Customers_RestrictedUntil" ON "Customers" ("RestrictedUntil");
ALTER TABLE "Contacts" ADD COLUMN "RestrictedUntil" TEXT NULL;
ALTER TABLE "Contacts" ADD COLUMN "RestrictionReason" TEXT NULL;
CREATE INDEX "IX_Contacts_RestrictedUntil" ON "Contacts" ("RestrictedUntil");
ALTER TABLE "Cases" ADD COLUMN "RestrictedUntil" TEXT NULL;
ALTER TABLE "Cases" ADD COLUMN "RestrictionReason" TEXT NULL;
CREATE INDEX "IX_Cases_RestrictedUntil" ON "Cases" ("RestrictedUntil");
ALTER TABLE "Complaints" ADD COLUMN "RestrictedUntil" TEXT NULL;
ALTER TABLE "Complaints" ADD COLUMN "RestrictionReason" TEXT NULL;
CREATE INDEX "IX_Complaints_RestrictedUntil" ON "Complaints" ("RestrictedUntil");
