CREATE TABLE "PeopleKnowledgeChecks" (
    "Id" uuid NOT NULL,
    "Title" character varying(200) NOT NULL,
    "About" character varying(1000),
    "Skill" character varying(60) NOT NULL,
    "PassMark" integer NOT NULL,
    "IsActive" boolean NOT NULL,
    "CreatedById" uuid NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_PeopleKnowledgeChecks" PRIMARY KEY ("Id")
);

CREATE TABLE "PeopleKnowledgeCheckQuestions" (
    "Id" uuid NOT NULL,
    "CheckId" uuid NOT NULL,
    "Position" integer NOT NULL,
    "Text" character varying(1000) NOT NULL,
    "Kind" character varying(20) NOT NULL,
    "Options" text NOT NULL,
    CONSTRAINT "PK_PeopleKnowledgeCheckQuestions" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_PeopleKnowledgeCheckQuestions_PeopleKnowledgeChecks_CheckId" FOREIGN KEY ("CheckId") REFERENCES "PeopleKnowledgeChecks" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PeopleKnowledgeCheckAttempts" (
    "Id" uuid NOT NULL,
    "CheckId" uuid NOT NULL,
    "StaffId" uuid NOT NULL,
    "ActivityId" uuid,
    "Seed" integer NOT NULL,
    "StartedAt" timestamp with time zone NOT NULL,
    "SubmittedAt" timestamp with time zone,
    "Correct" integer,
    "Total" integer,
    "Percent" double precision,
    "Passed" boolean,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_PeopleKnowledgeCheckAttempts" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_PeopleKnowledgeCheckAttempts_PeopleKnowledgeChecks_CheckId" FOREIGN KEY ("CheckId") REFERENCES "PeopleKnowledgeChecks" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "PeopleKnowledgeCheckAnswers" (
    "Id" uuid NOT NULL,
    "AttemptId" uuid NOT NULL,
    "QuestionId" uuid NOT NULL,
    "Chosen" character varying(200) NOT NULL,
    "Correct" boolean NOT NULL,
    CONSTRAINT "PK_PeopleKnowledgeCheckAnswers" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_PeopleKnowledgeCheckAnswers_PeopleKnowledgeCheckAttempts_AttemptId" FOREIGN KEY ("AttemptId") REFERENCES "PeopleKnowledgeCheckAttempts" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_PeopleKnowledgeCheckQuestions_CheckId" ON "PeopleKnowledgeCheckQuestions" ("CheckId");

CREATE INDEX "IX_PeopleKnowledgeCheckAttempts_CheckId" ON "PeopleKnowledgeCheckAttempts" ("CheckId");

CREATE INDEX "IX_PeopleKnowledgeCheckAttempts_StaffId_SubmittedAt" ON "PeopleKnowledgeCheckAttempts" ("StaffId", "SubmittedAt");

CREATE INDEX "IX_PeopleKnowledgeCheckAnswers_AttemptId" ON "PeopleKnowledgeCheckAnswers" ("AttemptId");

CREATE TABLE "PeopleBriefings" (
    "Id" uuid NOT NULL,
    "Title" character varying(200) NOT NULL,
    "Content" character varying(4000) NOT NULL,
    "References" character varying(4000) NOT NULL,
    "TeamId" uuid,
    "HeldOn" date NOT NULL,
    "PresenterId" uuid NOT NULL,
    "CreatedById" uuid NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_PeopleBriefings" PRIMARY KEY ("Id")
);

CREATE TABLE "PeopleBriefingAttendees" (
    "Id" uuid NOT NULL,
    "BriefingId" uuid NOT NULL,
    "StaffId" uuid NOT NULL,
    "Attended" boolean,
    "AcknowledgedAt" timestamp with time zone,
    "Comment" character varying(4000),
    CONSTRAINT "PK_PeopleBriefingAttendees" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_PeopleBriefingAttendees_PeopleBriefings_BriefingId" FOREIGN KEY ("BriefingId") REFERENCES "PeopleBriefings" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_PeopleBriefings_TeamId" ON "PeopleBriefings" ("TeamId");

CREATE UNIQUE INDEX "IX_PeopleBriefingAttendees_BriefingId_StaffId" ON "PeopleBriefingAttendees" ("BriefingId", "StaffId");

CREATE INDEX "IX_PeopleBriefingAttendees_StaffId" ON "PeopleBriefingAttendees" ("StaffId");
