import { z } from "zod";

/**
 * Why a piece of the input was left out of the article body. Each code is
 * documented here once; the union type, the zod enum and the JSON Schema are
 * all derived from this table.
 */
export const REMOVAL_REASONS = {
  separator: "A line of punctuation only (`-`, `***`, `———`) that separates the story from what follows.",
  "related-stories":
    "Headlines of other stories (a 'trending' or 'more from' list); their titles go to `related`.",
  "share-prompt": "An invitation to share the story or follow the site on social media.",
  "newsletter-prompt": "An invitation to sign up for a newsletter or alerts.",
  "subscription-prompt": "A paywall or subscription prompt ('Subscribe to continue reading').",
  copyright: "A copyright or rights notice ('© 2024 …', 'All rights reserved').",
  "read-more": "A 'Read more', 'Also read' or 'Related:' pointer to another page.",
  advertisement: "An advertisement or an advertisement marker ('Advertisement', 'Sponsored').",
  navigation: "Site navigation: menus, breadcrumbs, section lists, pagination, skip links.",
  "cookie-banner": "A cookie or consent banner.",
  comments: "A comment section or a prompt to comment.",
  footer: "Site footer furniture: contact, terms, privacy, about links.",
  sidebar: "Content from a sidebar or widget outside the story.",
  "author-bio": "A short biography of the author, shown after the story.",
  tags: "Topic tags or category labels.",
  "agency-credit":
    "A closing agency credit line ('— AFP', 'APP'); the agency is kept in the byline or dateline.",
  metadata: "A line that repeats the article's metadata (a date stamp, 'Updated 5 min ago', a reading time).",
  duplicate: "Text that repeats the headline or an earlier block.",
  "media-credit": "A photo or video credit line outside a figure.",
  "outside-article": "Text outside the article's container on an HTML page.",
  hidden:
    "Text the page does not show a reader: inside `hidden`, `aria-hidden=true` or `display:none` elements, `<noscript>`, `<template>`, `<svg>`; in plain text, the code of `<script>` and `<style>` elements (JavaScript, CSS, JSON-LD) that a scraper saved with the page's text.",
  "low-content":
    "A fragment too short or too link-heavy to belong to the story, and not part of it by context.",
} as const satisfies Record<string, string>;

export type RemovalReason = keyof typeof REMOVAL_REASONS;

export const RemovalReasonSchema = z
  .enum(Object.keys(REMOVAL_REASONS) as [RemovalReason, ...RemovalReason[]])
  .describe("Why a piece of the input was left out of the article body.");
