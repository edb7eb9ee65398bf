CREATE TABLE "PeopleHelpRequests" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PeopleHelpRequests" PRIMARY KEY,
    "AskerId" TEXT NOT NULL,
    "AskerTeamId" TEXT NULL,
    "ToId" TEXT NOT NULL,
    "Topic" TEXT NOT NULL,
    "Question" TEXT NOT NULL,
    "ContactId" TEXT NULL,
    "CaseId" TEXT NULL,
    "AskedAt" TEXT NOT NULL,
    "Answer" TEXT NULL,
    "AnsweredById" TEXT NULL,
    "AnsweredAt" TEXT NULL,
    "SuggestArticle" INTEGER NOT NULL,
    "EscalatedAt" TEXT NULL,
    "Version" INTEGER NOT NULL
);

CREATE INDEX "IX_PeopleHelpRequests_AnsweredAt" ON "PeopleHelpRequests" ("AnsweredAt");

CREATE INDEX "IX_PeopleHelpRequests_AskerId" ON "PeopleHelpRequests" ("AskerId");

CREATE INDEX "IX_PeopleHelpRequests_ToId" ON "PeopleHelpRequests" ("ToId");
