-- CreateEnum
CREATE TYPE "PersonKind" AS ENUM ('official', 'journalist');

-- CreateTable
CREATE TABLE "people" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "PersonKind" NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "people_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article_officials" (
    "article_id" INTEGER NOT NULL,
    "person_id" INTEGER NOT NULL,
    "titles" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "jurisdiction" TEXT NOT NULL,
    "actions" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "count" INTEGER NOT NULL DEFAULT 1,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "article_officials_pkey" PRIMARY KEY ("article_id","person_id")
);

-- CreateTable
CREATE TABLE "article_bylines" (
    "article_id" INTEGER NOT NULL,
    "person_id" INTEGER NOT NULL,
    "role" TEXT,
    "organization" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "article_bylines_pkey" PRIMARY KEY ("article_id","person_id")
);

-- CreateTable
CREATE TABLE "topics" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "rules" JSONB NOT NULL DEFAULT '[]',
    "position" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "topics_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article_topics" (
    "article_id" INTEGER NOT NULL,
    "topic_id" INTEGER NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "is_manual" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "article_topics_pkey" PRIMARY KEY ("article_id","topic_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "people_name_kind_key" ON "people"("name", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "people_slug_kind_key" ON "people"("slug", "kind");

-- CreateIndex
CREATE INDEX "article_officials_person_id_article_id_idx" ON "article_officials"("person_id", "article_id");

-- CreateIndex
CREATE INDEX "article_bylines_person_id_article_id_idx" ON "article_bylines"("person_id", "article_id");

-- CreateIndex
CREATE UNIQUE INDEX "topics_slug_key" ON "topics"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "topics_name_key" ON "topics"("name");

-- CreateIndex
CREATE INDEX "article_topics_topic_id_article_id_idx" ON "article_topics"("topic_id", "article_id");

-- AddForeignKey
ALTER TABLE "article_officials" ADD CONSTRAINT "article_officials_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_officials" ADD CONSTRAINT "article_officials_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_bylines" ADD CONSTRAINT "article_bylines_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_bylines" ADD CONSTRAINT "article_bylines_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_topics" ADD CONSTRAINT "article_topics_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_topics" ADD CONSTRAINT "article_topics_topic_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "topics"("id") ON DELETE CASCADE ON UPDATE CASCADE;

