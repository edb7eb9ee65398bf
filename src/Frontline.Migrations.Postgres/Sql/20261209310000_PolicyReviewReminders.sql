ALTER TABLE "CommsPolicyVersions" ADD "ReviewRemindedFor" date;
