ALTER TABLE "ContactImports" ADD "HeartbeatAt" TEXT NULL;
