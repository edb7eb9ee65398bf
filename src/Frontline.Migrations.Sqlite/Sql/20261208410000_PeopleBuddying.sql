CREATE TABLE "PeopleBuddyAssignments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PeopleBuddyAssignments" PRIMARY KEY,
    "BuddyId" TEXT NOT NULL,
    "ColleagueId" TEXT NOT NULL,
    "Topics" TEXT NOT NULL,
    "From" TEXT NOT NULL,
    "To" TEXT NULL,
    "CheckInEveryDays" INTEGER NULL,
    "CreatedById" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_PeopleBuddyAssignments_StaffMembers_ColleagueId" FOREIGN KEY ("ColleagueId") REFERENCES "StaffMembers" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "PeopleBuddySupport" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PeopleBuddySupport" PRIMARY KEY,
    "AssignmentId" TEXT NOT NULL,
    "GivenOn" TEXT NOT NULL,
    "Topic" TEXT NOT NULL,
    "Advice" TEXT NOT NULL,
    "ArticleIds" TEXT NOT NULL,
    "RecordedById" TEXT NOT NULL,
    "RecordedAt" TEXT NOT NULL,
    CONSTRAINT "FK_PeopleBuddySupport_PeopleBuddyAssignments_AssignmentId" FOREIGN KEY ("AssignmentId") REFERENCES "PeopleBuddyAssignments" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_PeopleBuddyAssignments_BuddyId" ON "PeopleBuddyAssignments" ("BuddyId");

CREATE INDEX "IX_PeopleBuddyAssignments_ColleagueId" ON "PeopleBuddyAssignments" ("ColleagueId");

CREATE INDEX "IX_PeopleBuddySupport_AssignmentId" ON "PeopleBuddySupport" ("AssignmentId");
