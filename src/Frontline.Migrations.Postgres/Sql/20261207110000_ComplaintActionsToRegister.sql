-- A complaint's remedial action was one description of up to 1,000 characters: it becomes the action's title.
ALTER TABLE "ImprovementActions" ALTER COLUMN "Title" TYPE character varying(1000);

-- Complaints' remedial actions move into the one register (source kind Complaint), keeping their ids. The owner was
-- free text: a member of staff with that username or display name owns the action; otherwise the text is kept.
INSERT INTO "ImprovementActions" ("Id", "Title", "Description", "SourceKind", "SourceId", "SourceLink", "OwnerId", "OwnerName", "DueOn",
    "Status", "Evidence", "CompletedAt", "CompletedById", "EffectivenessDueOn", "EffectivenessResult", "EffectivenessNotes",
    "EffectivenessCheckedAt", "EffectivenessCheckedById", "RaisedById", "CreatedAt", "UpdatedAt", "Version")
SELECT r."Id", r."Description", NULL, 'Complaint', r."ComplaintId"::text, '/complaints/' || r."ComplaintId"::text,
    m."Id", CASE WHEN m."Id" IS NULL THEN r."Owner" END, r."DueOn",
    CASE WHEN r."DoneAt" IS NULL THEN 'Open' ELSE 'Done' END,
    CASE WHEN r."DoneAt" IS NULL THEN NULL ELSE 'Marked done on the complaint before the improvement actions register existed.' END,
    r."DoneAt", NULL, NULL, NULL, NULL, NULL, NULL, c."HandlerId", c."CreatedAt", COALESCE(r."DoneAt", c."UpdatedAt"), 0
FROM "ComplaintRemedialActions" r
JOIN "Complaints" c ON c."Id" = r."ComplaintId"
LEFT JOIN LATERAL (
    SELECT s."Id" FROM "StaffMembers" s
    WHERE lower(s."Username") = lower(btrim(r."Owner")) OR lower(s."DisplayName") = lower(btrim(r."Owner"))
    ORDER BY s."IsActive" DESC, s."Username"
    LIMIT 1) m ON TRUE;

DROP TABLE "ComplaintRemedialActions";
