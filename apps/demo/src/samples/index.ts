import cookiesComments from "./cookies-comments.html?raw";
import frenchStory from "./french-story.txt?raw";
import newsPage from "./news-page.html?raw";
import wireStory from "./wire-story.txt?raw";

export interface Sample {
  id: string;
  /** The button label. */
  label: string;
  /** One line on what the sample shows off. */
  about: string;
  content: string;
  /** A page address for the sample, as a user would type it into the URL field. */
  url?: string;
}

/** The bundled samples, the first of which is extracted when the page opens. */
export const SAMPLES: readonly Sample[] = [
  {
    id: "wire",
    label: "Wire story (text)",
    about: "Scraped agency copy: a dateline, the story, then a list of other headlines.",
    content: wireStory,
  },
  {
    id: "news-page",
    label: "News page (HTML + JSON-LD)",
    about: "A full page with navigation, share buttons, an ad, a sidebar and JSON-LD metadata.",
    content: newsPage,
    url: "https://ledger.example/city/2025/03/harbour-tram-line-approved",
  },
  {
    id: "french",
    label: "French story (text)",
    about: "An AFP-style story in French with share prompts, a newsletter pitch and a rights notice.",
    content: frenchStory,
  },
  {
    id: "cookies-comments",
    label: "Cookie banner & comments (HTML)",
    about: "A page whose story sits between a cookie banner, a comment thread and a newsletter box.",
    content: cookiesComments,
    url: "https://coastline.example/nature/seal-pup-count",
  },
];

export const DEFAULT_SAMPLE: Sample = SAMPLES[0]!;
