-- Automatic survey invitations after a contact or case closes, and the survey outbox's delivery state.
ALTER TABLE "QualitySurveys" ADD "InvitePercent" INTEGER NOT NULL DEFAULT 100;
ALTER TABLE "QualitySurveys" ADD "QuietDays" INTEGER NOT NULL DEFAULT 30;
ALTER TABLE "QualitySurveys" ADD "AutoInvitedUpTo" TEXT NULL;
ALTER TABLE "QualitySurveyInvitations" ADD "Automatic" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "QualitySurveyInvitations" ADD "Attempts" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "QualitySurveyInvitations" ADD "NextAttemptAt" TEXT NULL;
ALTER TABLE "QualitySurveyInvitations" ADD "LeasedUntil" TEXT NULL;
ALTER TABLE "QualitySurveyInvitations" ADD "LastError" TEXT NULL;
-- Invitations queued before this change are due now.
UPDATE "QualitySurveyInvitations" SET "NextAttemptAt" = "CreatedAt" WHERE "Delivery" = 'EmailQueued';
CREATE INDEX "IX_QualitySurveyInvitations_Delivery_NextAttemptAt" ON "QualitySurveyInvitations" ("Delivery", "NextAttemptAt");
CREATE INDEX "IX_QualitySurveyInvitations_CustomerId_CreatedAt" ON "QualitySurveyInvitations" ("CustomerId", "CreatedAt");
CREATE INDEX "IX_Contacts_EndedAt" ON "Contacts" ("EndedAt");
CREATE INDEX "IX_Cases_ResolvedAt" ON "Cases" ("ResolvedAt");
CREATE INDEX "IX_Cases_ClosedAt" ON "Cases" ("ClosedAt");
