-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "search_vector" tsvector;


-- CreateIndex (by hand: Prisma cannot describe an index on an Unsupported field)
-- The full-text index of lib/search. Existing articles get their vectors from
-- `npm run search:reindex -- --missing`; the importer writes them from now on.
CREATE INDEX "articles_search_vector_idx" ON "articles" USING GIN ("search_vector");
