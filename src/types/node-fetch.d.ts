// node-fetch 2 (grammY's HTTP client on Node) ships no types; it is used here as a standard fetch.
declare module 'node-fetch' {
  const fetch: typeof globalThis.fetch;
  export default fetch;
}
