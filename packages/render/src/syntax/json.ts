/**
 * JSON that can sit inside an HTML `<script>` element: `<` is written as
 * `\u003c`, so neither `</script>` nor `<!--` can appear in the output.
 * The JSON value is unchanged.
 */
export function scriptSafeJson(json: string): string {
  return json.replaceAll("<", "\\u003c");
}
