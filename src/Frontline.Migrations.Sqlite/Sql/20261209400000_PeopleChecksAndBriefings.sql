CREATE TABLE "PeopleKnowledgeChecks" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PeopleKnowledgeChecks" PRIMARY KEY,
    "Title" TEXT NOT NULL,
    "About" TEXT NULL,
    "Skill" TEXT NOT NULL,
    "PassMark" INTEGER NOT NULL,
    "IsActive" INTEGER NOT NULL,
    "CreatedById" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "PeopleKnowledgeCheckQuestions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PeopleKnowledgeCheckQuestions" PRIMARY KEY,
    "CheckId" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Options" TEXT NOT NULL,
    CONSTRAINT "FK_PeopleKnowledgeCheckQuestions_PeopleKnowledgeChecks_CheckId" FOREIGN KEY ("CheckId") REFERENCES "PeopleKnowledgeChecks" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PeopleKnowledgeCheckAttempts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PeopleKnowledgeCheckAttempts" PRIMARY KEY,
    "CheckId" TEXT NOT NULL,
    "StaffId" TEXT NOT NULL,
    "ActivityId" TEXT NULL,
    "Seed" INTEGER NOT NULL,
    "StartedAt" TEXT NOT NULL,
    "SubmittedAt" TEXT NULL,
    "Correct" INTEGER NULL,
    "Total" INTEGER NULL,
    "Percent" REAL NULL,
    "Passed" INTEGER NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_PeopleKnowledgeCheckAttempts_PeopleKnowledgeChecks_CheckId" FOREIGN KEY ("CheckId") REFERENCES "PeopleKnowledgeChecks" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "PeopleKnowledgeCheckAnswers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PeopleKnowledgeCheckAnswers" PRIMARY KEY,
    "AttemptId" TEXT NOT NULL,
    "QuestionId" TEXT NOT NULL,
    "Chosen" TEXT NOT NULL,
    "Correct" INTEGER NOT NULL,
    CONSTRAINT "FK_PeopleKnowledgeCheckAnswers_PeopleKnowledgeCheckAttempts_AttemptId" FOREIGN KEY ("AttemptId") REFERENCES "PeopleKnowledgeCheckAttempts" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_PeopleKnowledgeCheckQuestions_CheckId" ON "PeopleKnowledgeCheckQuestions" ("CheckId");

CREATE INDEX "IX_PeopleKnowledgeCheckAttempts_CheckId" ON "PeopleKnowledgeCheckAttempts" ("CheckId");

CREATE INDEX "IX_PeopleKnowledgeCheckAttempts_StaffId_SubmittedAt" ON "PeopleKnowledgeCheckAttempts" ("StaffId", "SubmittedAt");

CREATE INDEX "IX_PeopleKnowledgeCheckAnswers_AttemptId" ON "PeopleKnowledgeCheckAnswers" ("AttemptId");

CREATE TABLE "PeopleBriefings" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PeopleBriefings" PRIMARY KEY,
    "Title" TEXT NOT NULL,
    "Content" TEXT NOT NULL,
    "References" TEXT NOT NULL,
    "TeamId" TEXT NULL,
    "HeldOn" TEXT NOT NULL,
    "PresenterId" TEXT NOT NULL,
    "CreatedById" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "PeopleBriefingAttendees" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PeopleBriefingAttendees" PRIMARY KEY,
    "BriefingId" TEXT NOT NULL,
    "StaffId" TEXT NOT NULL,
    "Attended" INTEGER NULL,
    "AcknowledgedAt" TEXT NULL,
    "Comment" TEXT NULL,
    CONSTRAINT "FK_PeopleBriefingAttendees_PeopleBriefings_BriefingId" FOREIGN KEY ("BriefingId") REFERENCES "PeopleBriefings" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_PeopleBriefings_TeamId" ON "PeopleBriefings" ("TeamId");

CREATE UNIQUE INDEX "IX_PeopleBriefingAttendees_BriefingId_StaffId" ON "PeopleBriefingAttendees" ("BriefingId", "StaffId");

CREATE INDEX "IX_PeopleBriefingAttendees_StaffId" ON "PeopleBriefingAttendees" ("StaffId");
