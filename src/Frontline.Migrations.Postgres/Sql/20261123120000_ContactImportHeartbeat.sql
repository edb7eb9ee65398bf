ALTER TABLE "ContactImports" ADD "HeartbeatAt" timestamp with time zone;
