-- Partial indexes: most evaluations name no sampling assignment (and case or complaint evaluations no contact); a
-- full index of NULLs is judged useless by the planner after ANALYZE, so coverage scanned every evaluation per assignment.
DROP INDEX "IX_QualityEvaluations_AssignmentId";
CREATE INDEX "IX_QualityEvaluations_AssignmentId" ON "QualityEvaluations" ("AssignmentId") WHERE "AssignmentId" IS NOT NULL;
DROP INDEX "IX_QualityEvaluations_ContactId";
CREATE INDEX "IX_QualityEvaluations_ContactId" ON "QualityEvaluations" ("ContactId") WHERE "ContactId" IS NOT NULL;
