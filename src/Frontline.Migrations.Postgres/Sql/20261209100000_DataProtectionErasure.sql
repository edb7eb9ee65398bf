-- Data-protection desk: erasure under retention (UK GDPR Art 17; regulatory-facts.md §4.2).
CREATE TABLE "DataProtectionRetentionRules" (
    "DataClass" character varying(40) NOT NULL, CONSTRAINT "PK_DataProtectionRetentionRules" PRIMARY KEY ("DataClass"),
    "Months" integer NOT NULL,
    "StartsFrom" text NOT NULL,
    "Basis" text NOT NULL,
    "Version" integer NOT NULL
);
INSERT INTO "DataProtectionRetentionRules" ("DataClass", "Months", "StartsFrom", "Basis", "Version") VALUES
    ('complaints', 36, 'closure of the complaint', 'DISP 1.9.1R: complaint records are kept three years (five for UCITS collective portfolio management); the legal obligation and legal claims exceptions of UK GDPR Art 17(3)(b) and (e).', 0),
    ('contacts', 0, 'the contact', '', 0),
    ('cases', 0, 'closure of the case', '', 0);

CREATE TABLE "DataProtectionErasureRequests" (
    "Id" uuid NOT NULL, CONSTRAINT "PK_DataProtectionErasureRequests" PRIMARY KEY ("Id"),
    "CustomerId" uuid NOT NULL,
    "CustomerReference" text NOT NULL,
    "ReceivedOn" date NOT NULL,
    "Division" text NOT NULL,
    "Grounds" text,
    "DueDate" date NOT NULL,
    "Status" text NOT NULL,
    "CompletedOn" date,
    "Outcome" text NOT NULL,
    "HandlerId" uuid,
    "CreatedAt" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL
);
CREATE INDEX "IX_DataProtectionErasureRequests_Status_DueDate" ON "DataProtectionErasureRequests" ("Status", "DueDate");
CREATE INDEX "IX_DataProtectionErasureRequests_CustomerId" ON "DataProtectionErasureRequests" ("CustomerId");

-- Records kept under retention after an erasure request: hidden from all but compliance officers until they can go.
ALTER TABLE "Customers" ADD COLUMN "RestrictedUntil" date ;
ALTER TABLE "Customers" ADD COLUMN "RestrictionReason" text ;
CREATE INDEX "IX_Customers_RestrictedUntil" ON "Customers" ("RestrictedUntil");
ALTER TABLE "Contacts" ADD COLUMN "RestrictedUntil" date ;
ALTER TABLE "Contacts" ADD COLUMN "RestrictionReason" text ;
CREATE INDEX "IX_Contacts_RestrictedUntil" ON "Contacts" ("RestrictedUntil");
ALTER TABLE "Cases" ADD COLUMN "RestrictedUntil" date ;
ALTER TABLE "Cases" ADD COLUMN "RestrictionReason" text ;
CREATE INDEX "IX_Cases_RestrictedUntil" ON "Cases" ("RestrictedUntil");
ALTER TABLE "Complaints" ADD COLUMN "RestrictedUntil" date ;
ALTER TABLE "Complaints" ADD COLUMN "RestrictionReason" text ;
CREATE INDEX "IX_Complaints_RestrictedUntil" ON "Complaints" ("RestrictedUntil");
