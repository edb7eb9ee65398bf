CREATE TABLE "PeopleBuddyAssignments" (
    "Id" uuid NOT NULL,
    "BuddyId" uuid NOT NULL,
    "ColleagueId" uuid NOT NULL,
    "Topics" character varying(400) NOT NULL,
    "From" date NOT NULL,
    "To" date,
    "CheckInEveryDays" integer,
    "CreatedById" uuid NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_PeopleBuddyAssignments" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_PeopleBuddyAssignments_StaffMembers_ColleagueId" FOREIGN KEY ("ColleagueId") REFERENCES "StaffMembers" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "PeopleBuddySupport" (
    "Id" uuid NOT NULL,
    "AssignmentId" uuid NOT NULL,
    "GivenOn" date NOT NULL,
    "Topic" character varying(30) NOT NULL,
    "Advice" character varying(4000) NOT NULL,
    "ArticleIds" character varying(4000) NOT NULL,
    "RecordedById" uuid NOT NULL,
    "RecordedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_PeopleBuddySupport" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_PeopleBuddySupport_PeopleBuddyAssignments_AssignmentId" FOREIGN KEY ("AssignmentId") REFERENCES "PeopleBuddyAssignments" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_PeopleBuddyAssignments_BuddyId" ON "PeopleBuddyAssignments" ("BuddyId");

CREATE INDEX "IX_PeopleBuddyAssignments_ColleagueId" ON "PeopleBuddyAssignments" ("ColleagueId");

CREATE INDEX "IX_PeopleBuddySupport_AssignmentId" ON "PeopleBuddySupport" ("AssignmentId");
