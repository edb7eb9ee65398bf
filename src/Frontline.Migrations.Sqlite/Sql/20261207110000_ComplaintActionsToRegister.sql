-- Complaints' remedial actions move into the one register (source kind Complaint), keeping their ids. The owner was
-- free text: a member of staff with that username or display name owns the action; otherwise the text is kept.
-- SourceId is the complaint id as .NET writes it (lower case); SQLite stores Guid columns in upper case.
INSERT INTO "ImprovementActions" ("Id", "Title", "Description", "SourceKind", "SourceId", "SourceLink", "OwnerId", "OwnerName", "DueOn",
    "Status", "Evidence", "CompletedAt", "CompletedById", "EffectivenessDueOn", "EffectivenessResult", "EffectivenessNotes",
    "EffectivenessCheckedAt", "EffectivenessCheckedById", "RaisedById", "CreatedAt", "UpdatedAt", "Version")
SELECT r."Id", r."Description", NULL, 'Complaint', lower(r."ComplaintId"), '/complaints/' || lower(r."ComplaintId"),
    m."OwnerId", CASE WHEN m."OwnerId" IS NULL THEN r."Owner" END, r."DueOn",
    CASE WHEN r."DoneAt" IS NULL THEN 'Open' ELSE 'Done' END,
    CASE WHEN r."DoneAt" IS NULL THEN NULL ELSE 'Marked done on the complaint before the improvement actions register existed.' END,
    r."DoneAt", NULL, NULL, NULL, NULL, NULL, NULL, c."HandlerId", c."CreatedAt", COALESCE(r."DoneAt", c."UpdatedAt"), 0
FROM (
    SELECT x.*, (
        SELECT s."Id" FROM "StaffMembers" s
        WHERE lower(s."Username") = lower(trim(x."Owner")) OR lower(s."DisplayName") = lower(trim(x."Owner"))
        ORDER BY s."IsActive" DESC, s."Username"
        LIMIT 1) AS "OwnerId"
    FROM "ComplaintRemedialActions" x) m
JOIN "ComplaintRemedialActions" r ON r."Id" = m."Id"
JOIN "Complaints" c ON c."Id" = r."ComplaintId";

DROP TABLE "ComplaintRemedialActions";
