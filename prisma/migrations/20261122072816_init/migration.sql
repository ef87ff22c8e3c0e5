-- CreateEnum
CREATE TYPE "ArticleKind" AS ENUM ('news', 'commentary', 'photo');

-- CreateEnum
CREATE TYPE "ArticleStatus" AS ENUM ('draft', 'published', 'deleted');

-- CreateTable
CREATE TABLE "pages" (
    "id" SERIAL NOT NULL,
    "date" DATE NOT NULL,
    "file_name" TEXT NOT NULL,
    "raw_text" TEXT NOT NULL,
    "content_hash" TEXT NOT NULL,
    "unassigned" JSONB NOT NULL DEFAULT '[]',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "pages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "articles" (
    "id" SERIAL NOT NULL,
    "page_id" INTEGER,
    "position" INTEGER NOT NULL DEFAULT 0,
    "span_start" INTEGER,
    "span_end" INTEGER,
    "kind" "ArticleKind" NOT NULL,
    "kicker" TEXT,
    "title" TEXT,
    "subtitle" TEXT,
    "bylines" JSONB NOT NULL DEFAULT '[]',
    "reporters" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "date" DATE NOT NULL,
    "body" TEXT NOT NULL,
    "content_hash" TEXT NOT NULL,
    "status" "ArticleStatus" NOT NULL DEFAULT 'published',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "articles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article_revisions" (
    "id" SERIAL NOT NULL,
    "article_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "author" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "pages_date_idx" ON "pages"("date");

-- CreateIndex
CREATE UNIQUE INDEX "pages_date_file_name_key" ON "pages"("date", "file_name");

-- CreateIndex
CREATE INDEX "articles_status_date_id_idx" ON "articles"("status", "date" DESC, "id" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "articles_page_id_position_key" ON "articles"("page_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "article_revisions_article_id_version_key" ON "article_revisions"("article_id", "version");

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_page_id_fkey" FOREIGN KEY ("page_id") REFERENCES "pages"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_revisions" ADD CONSTRAINT "article_revisions_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

