/** stopwords-iso ships its lists as one JSON object without types: ISO 639-1 code → lower-case words. */
declare module "stopwords-iso" {
  const lists: Record<string, string[]>;
  export default lists;
}
