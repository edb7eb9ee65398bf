ALTER TABLE "CommsPolicyVersions" ADD "ReviewRemindedFor" TEXT NULL;
