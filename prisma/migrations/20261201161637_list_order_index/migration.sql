-- DropIndex
DROP INDEX "articles_status_date_id_idx";

-- CreateIndex
CREATE INDEX "articles_status_date_id_idx" ON "articles"("status", "date" DESC, "id");

