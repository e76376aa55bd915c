import type { Block, BlockType } from "@copydesk/schema";
import { UnknownBlockError } from "./errors.js";

/** The block of one kind. */
export type BlockOf<T extends BlockType> = Extract<Block, { type: T }>;

/** Renders one block of kind `T` with the renderer's context `C`. */
export type Handler<T extends BlockType, R, C> = (block: BlockOf<T>, context: C) => R;

/**
 * One handler per block kind: a `Record<BlockType, Handler>` whose keys are
 * checked by the compiler, so a new block kind in the schema fails the build
 * of every renderer until each one handles it.
 */
export type BlockHandlers<R, C> = { [T in BlockType]: Handler<T, R, C> };

/** Renders `block` through its handler; an unknown kind throws rather than disappearing. */
export function renderBlock<R, C>(
  handlers: BlockHandlers<R, C>,
  block: Block,
  context: C,
  format: string,
): R {
  const type: unknown = (block as { type?: unknown } | null)?.type;
  if (typeof type !== "string" || !Object.hasOwn(handlers, type)) throw new UnknownBlockError(type, format);
  const handler = handlers[type as BlockType] as (block: Block, context: C) => R;
  return handler(block, context);
}
