// html-encoding-sniffer ships no types; this is the part of its API the parser calls.
declare module "html-encoding-sniffer" {
  /** The encoding name the WHATWG sniffing algorithm picks: BOM, transport label, `<meta>` prescan, then the default. */
  export default function sniffHTMLEncoding(
    bytes: Uint8Array,
    options?: { transportLayerEncodingLabel?: string; defaultEncoding?: string; xml?: boolean },
  ): string;
}
