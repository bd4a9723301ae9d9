/** OpenCC dictionaries ship as ES modules exporting one `"from to|from to|…"` string. */
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
