CREATE TABLE "PeopleSkills" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PeopleSkills" PRIMARY KEY,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Description" TEXT NULL,
    "Area" TEXT NOT NULL,
    "LinkedCriteria" TEXT NOT NULL,
    "LinkedKpis" TEXT NOT NULL,
    "IsActive" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "PeopleDevelopmentNeeds" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PeopleDevelopmentNeeds" PRIMARY KEY,
    "StaffId" TEXT NOT NULL,
    "SkillId" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "RaisedAt" TEXT NOT NULL,
    "LastEvidenceAt" TEXT NOT NULL,
    "ClosedAt" TEXT NULL,
    "ClosingNote" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_PeopleDevelopmentNeeds_PeopleSkills_SkillId" FOREIGN KEY ("SkillId") REFERENCES "PeopleSkills" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_PeopleDevelopmentNeeds_StaffMembers_StaffId" FOREIGN KEY ("StaffId") REFERENCES "StaffMembers" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "PeopleDevelopmentPlans" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PeopleDevelopmentPlans" PRIMARY KEY,
    "StaffId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Objectives" TEXT NOT NULL,
    "NeedIds" TEXT NOT NULL,
    "CreatedById" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_PeopleDevelopmentPlans_StaffMembers_StaffId" FOREIGN KEY ("StaffId") REFERENCES "StaffMembers" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "PeopleDevelopmentNeedEvidence" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PeopleDevelopmentNeedEvidence" PRIMARY KEY,
    "Kind" TEXT NOT NULL,
    "RecordId" TEXT NULL,
    "Summary" TEXT NOT NULL,
    "Link" TEXT NULL,
    "At" TEXT NOT NULL,
    "RaisedById" TEXT NULL,
    "NeedId" TEXT NOT NULL,
    CONSTRAINT "FK_PeopleDevelopmentNeedEvidence_PeopleDevelopmentNeeds_NeedId" FOREIGN KEY ("NeedId") REFERENCES "PeopleDevelopmentNeeds" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PeopleCoachingSessions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PeopleCoachingSessions" PRIMARY KEY,
    "PlanId" TEXT NOT NULL,
    "StaffId" TEXT NOT NULL,
    "CoachId" TEXT NOT NULL,
    "ActivityId" TEXT NULL,
    "HeldOn" TEXT NOT NULL,
    "Discussed" TEXT NOT NULL,
    "EvidenceReviewed" TEXT NOT NULL,
    "AgreedActions" TEXT NULL,
    "FollowUpOn" TEXT NULL,
    "RecordedAt" TEXT NOT NULL,
    "AcknowledgedAt" TEXT NULL,
    "ColleagueComment" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_PeopleCoachingSessions_PeopleDevelopmentPlans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "PeopleDevelopmentPlans" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PeopleDevelopmentActivities" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PeopleDevelopmentActivities" PRIMARY KEY,
    "PlanId" TEXT NOT NULL,
    "Method" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "OwnerId" TEXT NOT NULL,
    "StartsOn" TEXT NOT NULL,
    "EndsOn" TEXT NULL,
    "Status" TEXT NOT NULL,
    "Notes" TEXT NULL,
    CONSTRAINT "FK_PeopleDevelopmentActivities_PeopleDevelopmentPlans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "PeopleDevelopmentPlans" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_PeopleCoachingSessions_PlanId" ON "PeopleCoachingSessions" ("PlanId");

CREATE INDEX "IX_PeopleCoachingSessions_StaffId" ON "PeopleCoachingSessions" ("StaffId");

CREATE INDEX "IX_PeopleDevelopmentActivities_OwnerId" ON "PeopleDevelopmentActivities" ("OwnerId");

CREATE INDEX "IX_PeopleDevelopmentActivities_PlanId" ON "PeopleDevelopmentActivities" ("PlanId");

CREATE INDEX "IX_PeopleDevelopmentNeedEvidence_Kind_RecordId" ON "PeopleDevelopmentNeedEvidence" ("Kind", "RecordId");

CREATE INDEX "IX_PeopleDevelopmentNeedEvidence_NeedId" ON "PeopleDevelopmentNeedEvidence" ("NeedId");

CREATE INDEX "IX_PeopleDevelopmentNeeds_SkillId" ON "PeopleDevelopmentNeeds" ("SkillId");

CREATE INDEX "IX_PeopleDevelopmentNeeds_StaffId_SkillId" ON "PeopleDevelopmentNeeds" ("StaffId", "SkillId");

CREATE INDEX "IX_PeopleDevelopmentPlans_StaffId" ON "PeopleDevelopmentPlans" ("StaffId");

CREATE UNIQUE INDEX "IX_PeopleSkills_Code" ON "PeopleSkills" ("Code");

INSERT INTO "PeopleSkills" ("Id", "Code", "Name", "Description", "Area", "LinkedCriteria", "LinkedKpis", "IsActive", "Version") VALUES
('5C111000-0000-7000-8000-000000000001', 'listening', 'Listening', 'Hears the whole need without interrupting and summarises it back.', 'Communication', '["Listened actively and summarised the need back"]', '["fcr"]', 1, 0),
('5C111000-0000-7000-8000-000000000002', 'questioning', 'Questioning', 'Uses open then closed questions to find the real need.', 'Communication', '["Used open and probing questions to establish the need"]', '["fcr"]', 1, 0),
('5C111000-0000-7000-8000-000000000003', 'rapport-empathy', 'Rapport and empathy', 'Builds rapport and shows empathy, especially with distressed customers.', 'Communication', '["Built rapport with the customer", "Empathetic, courteous tone"]', '["csat"]', 1, 0),
('5C111000-0000-7000-8000-000000000004', 'clarity', 'Clarity of spoken English', 'Speaks clearly, at a good pace, without jargon; checks understanding.', 'Communication', '["Resolved at first contact, or set clear next steps and timescales"]', '[]', 1, 0),
('5C111000-0000-7000-8000-000000000005', 'written-english', 'Written English', 'Plain English, correct spelling and grammar, well structured messages.', 'Communication', '["Plain English, correct spelling and grammar", "Well structured and easy to follow"]', '[]', 1, 0),
('5C111000-0000-7000-8000-000000000006', 'tone', 'Tone', 'Warm, professional and adapted to the customer.', 'Communication', '["Tone was warm, professional and adapted to the customer"]', '["csat"]', 1, 0),
('5C111000-0000-7000-8000-000000000007', 'vulnerable-customers', 'Handling vulnerable customers', 'Recognises signs of vulnerability, offers adjustments, records needs with consent.', 'Communication', '["Recognised signs of vulnerability and responded to them"]', '[]', 1, 0),
('5C111000-0000-7000-8000-000000000008', 'idv-security', 'ID&V and security', 'Verifies identity to the level the request needs; protects personal and card data.', 'Knowledge', '["Verified identity to the level the request needed before discussing the account", "No personal data disclosed before the sender was verified", "Did not repeat or record a card number"]', '["idv-pass-rate"]', 1, 0),
('5C111000-0000-7000-8000-000000000009', 'product-knowledge', 'Product knowledge', 'Accurate information in approved wording about the centre''s products.', 'Knowledge', '["Gave accurate information in approved wording", "Information accurate and in approved wording"]', '["aht"]', 1, 0),
('5C111000-0000-7000-8000-000000000010', 'regulatory-knowledge', 'Regulatory knowledge', 'Knows the requirements that apply to contacts: disclosures, data protection, consumer duty.', 'Knowledge', '["Read out the mandatory disclosures in full"]', '[]', 1, 0),
('5C111000-0000-7000-8000-000000000011', 'complaint-recognition', 'Complaint recognition', 'Recognises any expression of dissatisfaction as a complaint and handles it per procedure.', 'Knowledge', '["Recognised and recorded a complaint"]', '["complaints-per-1000"]', 1, 0),
('5C111000-0000-7000-8000-000000000012', 'general', 'General (not yet linked to a skill)', 'Evidence that names no skill of the framework; move it to a skill when planning.', 'Communication', '[]', '[]', 1, 0);
