CREATE TABLE "PeopleSkills" (
    "Id" uuid NOT NULL,
    "Code" character varying(60) NOT NULL,
    "Name" character varying(120) NOT NULL,
    "Description" character varying(1000),
    "Area" character varying(20) NOT NULL,
    "LinkedCriteria" character varying(4000) NOT NULL,
    "LinkedKpis" character varying(1000) NOT NULL,
    "IsActive" boolean NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_PeopleSkills" PRIMARY KEY ("Id")
);

CREATE TABLE "PeopleDevelopmentNeeds" (
    "Id" uuid NOT NULL,
    "StaffId" uuid NOT NULL,
    "SkillId" uuid NOT NULL,
    "Status" character varying(20) NOT NULL,
    "RaisedAt" timestamp with time zone NOT NULL,
    "LastEvidenceAt" timestamp with time zone NOT NULL,
    "ClosedAt" timestamp with time zone,
    "ClosingNote" character varying(1000),
    "Version" integer NOT NULL,
    CONSTRAINT "PK_PeopleDevelopmentNeeds" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_PeopleDevelopmentNeeds_PeopleSkills_SkillId" FOREIGN KEY ("SkillId") REFERENCES "PeopleSkills" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_PeopleDevelopmentNeeds_StaffMembers_StaffId" FOREIGN KEY ("StaffId") REFERENCES "StaffMembers" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "PeopleDevelopmentPlans" (
    "Id" uuid NOT NULL,
    "StaffId" uuid NOT NULL,
    "Title" character varying(200) NOT NULL,
    "Status" character varying(20) NOT NULL,
    "Objectives" text NOT NULL,
    "NeedIds" character varying(4000) NOT NULL,
    "CreatedById" uuid NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_PeopleDevelopmentPlans" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_PeopleDevelopmentPlans_StaffMembers_StaffId" FOREIGN KEY ("StaffId") REFERENCES "StaffMembers" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "PeopleDevelopmentNeedEvidence" (
    "Id" uuid NOT NULL,
    "Kind" character varying(30) NOT NULL,
    "RecordId" uuid,
    "Summary" character varying(1000) NOT NULL,
    "Link" character varying(400),
    "At" timestamp with time zone NOT NULL,
    "RaisedById" uuid,
    "NeedId" uuid NOT NULL,
    CONSTRAINT "PK_PeopleDevelopmentNeedEvidence" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_PeopleDevelopmentNeedEvidence_PeopleDevelopmentNeeds_NeedId" FOREIGN KEY ("NeedId") REFERENCES "PeopleDevelopmentNeeds" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PeopleCoachingSessions" (
    "Id" uuid NOT NULL,
    "PlanId" uuid NOT NULL,
    "StaffId" uuid NOT NULL,
    "CoachId" uuid NOT NULL,
    "ActivityId" uuid,
    "HeldOn" date NOT NULL,
    "Discussed" character varying(4000) NOT NULL,
    "EvidenceReviewed" character varying(4000) NOT NULL,
    "AgreedActions" character varying(4000),
    "FollowUpOn" date,
    "RecordedAt" timestamp with time zone NOT NULL,
    "AcknowledgedAt" timestamp with time zone,
    "ColleagueComment" character varying(4000),
    "Version" integer NOT NULL,
    CONSTRAINT "PK_PeopleCoachingSessions" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_PeopleCoachingSessions_PeopleDevelopmentPlans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "PeopleDevelopmentPlans" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PeopleDevelopmentActivities" (
    "Id" uuid NOT NULL,
    "PlanId" uuid NOT NULL,
    "Method" character varying(40) NOT NULL,
    "Title" character varying(200) NOT NULL,
    "OwnerId" uuid NOT NULL,
    "StartsOn" date NOT NULL,
    "EndsOn" date,
    "Status" character varying(20) NOT NULL,
    "Notes" character varying(2000),
    CONSTRAINT "PK_PeopleDevelopmentActivities" PRIMARY KEY ("Id"),
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
('5c111000-0000-7000-8000-000000000001', 'listening', 'Listening', 'Hears the whole need without interrupting and summarises it back.', 'Communication', '["Listened actively and summarised the need back"]', '["fcr"]', TRUE, 0),
('5c111000-0000-7000-8000-000000000002', 'questioning', 'Questioning', 'Uses open then closed questions to find the real need.', 'Communication', '["Used open and probing questions to establish the need"]', '["fcr"]', TRUE, 0),
('5c111000-0000-7000-8000-000000000003', 'rapport-empathy', 'Rapport and empathy', 'Builds rapport and shows empathy, especially with distressed customers.', 'Communication', '["Built rapport with the customer", "Empathetic, courteous tone"]', '["csat"]', TRUE, 0),
('5c111000-0000-7000-8000-000000000004', 'clarity', 'Clarity of spoken English', 'Speaks clearly, at a good pace, without jargon; checks understanding.', 'Communication', '["Resolved at first contact, or set clear next steps and timescales"]', '[]', TRUE, 0),
('5c111000-0000-7000-8000-000000000005', 'written-english', 'Written English', 'Plain English, correct spelling and grammar, well structured messages.', 'Communication', '["Plain English, correct spelling and grammar", "Well structured and easy to follow"]', '[]', TRUE, 0),
('5c111000-0000-7000-8000-000000000006', 'tone', 'Tone', 'Warm, professional and adapted to the customer.', 'Communication', '["Tone was warm, professional and adapted to the customer"]', '["csat"]', TRUE, 0),
('5c111000-0000-7000-8000-000000000007', 'vulnerable-customers', 'Handling vulnerable customers', 'Recognises signs of vulnerability, offers adjustments, records needs with consent.', 'Communication', '["Recognised signs of vulnerability and responded to them"]', '[]', TRUE, 0),
('5c111000-0000-7000-8000-000000000008', 'idv-security', 'ID&V and security', 'Verifies identity to the level the request needs; protects personal and card data.', 'Knowledge', '["Verified identity to the level the request needed before discussing the account", "No personal data disclosed before the sender was verified", "Did not repeat or record a card number"]', '["idv-pass-rate"]', TRUE, 0),
('5c111000-0000-7000-8000-000000000009', 'product-knowledge', 'Product knowledge', 'Accurate information in approved wording about the centre''s products.', 'Knowledge', '["Gave accurate information in approved wording", "Information accurate and in approved wording"]', '["aht"]', TRUE, 0),
('5c111000-0000-7000-8000-000000000010', 'regulatory-knowledge', 'Regulatory knowledge', 'Knows the requirements that apply to contacts: disclosures, data protection, consumer duty.', 'Knowledge', '["Read out the mandatory disclosures in full"]', '[]', TRUE, 0),
('5c111000-0000-7000-8000-000000000011', 'complaint-recognition', 'Complaint recognition', 'Recognises any expression of dissatisfaction as a complaint and handles it per procedure.', 'Knowledge', '["Recognised and recorded a complaint"]', '["complaints-per-1000"]', TRUE, 0),
('5c111000-0000-7000-8000-000000000012', 'general', 'General (not yet linked to a skill)', 'Evidence that names no skill of the framework; move it to a skill when planning.', 'Communication', '[]', '[]', TRUE, 0);
