CREATE TABLE "PeopleHelpRequests" (
    "Id" uuid NOT NULL,
    "AskerId" uuid NOT NULL,
    "AskerTeamId" uuid,
    "ToId" uuid NOT NULL,
    "Topic" character varying(30) NOT NULL,
    "Question" character varying(4000) NOT NULL,
    "ContactId" uuid,
    "CaseId" uuid,
    "AskedAt" timestamp with time zone NOT NULL,
    "Answer" character varying(4000),
    "AnsweredById" uuid,
    "AnsweredAt" timestamp with time zone,
    "SuggestArticle" boolean NOT NULL,
    "EscalatedAt" timestamp with time zone,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_PeopleHelpRequests" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_PeopleHelpRequests_AnsweredAt" ON "PeopleHelpRequests" ("AnsweredAt");

CREATE INDEX "IX_PeopleHelpRequests_AskerId" ON "PeopleHelpRequests" ("AskerId");

CREATE INDEX "IX_PeopleHelpRequests_ToId" ON "PeopleHelpRequests" ("ToId");
