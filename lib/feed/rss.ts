// RSS 2.0 documents (pure): the latest articles of a list as a feed.
import { escapeXml, xmlElement } from "./xml";

export interface FeedItem {
  title: string;
  /** Absolute URL of the article; also its permanent guid. */
  url: string;
  /** YYYY-MM-DD: the paper's date, which is all the archive knows of the time. */
  date: string;
  description: string;
  /** Topic names. */
  categories: string[];
  /** Journalists' names. */
  creators: string[];
}

export interface FeedChannel {
  title: string;
  /** Absolute URL of the list the feed follows. */
  link: string;
  /** Absolute URL of this feed (atom:link rel="self"). */
  selfUrl: string;
  description: string;
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** 2022-08-02 → "Tue, 02 Aug 2022 00:00:00 +0800": RFC 822 as RSS wants it, midnight in Yongkang. */
export function rfc822Date(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  const day = String(date.getUTCDate()).padStart(2, "0");
  return `${WEEKDAYS[date.getUTCDay()]}, ${day} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} 00:00:00 +0800`;
}

function itemXml(item: FeedItem): string {
  return [
    "<item>",
    xmlElement("title", item.title),
    xmlElement("link", item.url),
    xmlElement("guid", item.url, { isPermaLink: "true" }),
    xmlElement("pubDate", rfc822Date(item.date)),
    xmlElement("description", item.description),
    ...item.categories.map((category) => xmlElement("category", category)),
    ...item.creators.map((creator) => xmlElement("dc:creator", creator)),
    "</item>",
  ].join("");
}

export function buildRss(channel: FeedChannel, items: readonly FeedItem[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    "<channel>",
    xmlElement("title", channel.title),
    xmlElement("link", channel.link),
    `<atom:link href="${escapeXml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    xmlElement("description", channel.description),
    xmlElement("language", "zh-CN"),
    ...(items[0] ? [xmlElement("pubDate", rfc822Date(items[0].date))] : []),
    ...items.map(itemXml),
    "</channel>",
    "</rss>\n",
  ].join("\n");
}
