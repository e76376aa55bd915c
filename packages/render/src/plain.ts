import { type Block, blockText } from "@copydesk/schema";
import { type BlockHandlers, renderBlock } from "./blocks.js";

// The schema's `blockText` for every kind, behind the handler map so that an unknown kind fails loudly.
const handlers: BlockHandlers<string, void> = {
  paragraph: blockText,
  heading: blockText,
  quote: blockText,
  list: blockText,
  image: blockText,
  caption: blockText,
  table: blockText,
  preformatted: blockText,
};

/** The plain text of a block, as the schema's `blockText` gives it. @throws UnknownBlockError */
export function plainText(block: Block, format: string): string {
  return renderBlock(handlers, block, undefined, format);
}
