/** A MongoDB ObjectId's 24 hex digits: ids in button data and commands are checked with it before a query. */
export const isObjectId = (id: string) => /^[0-9a-f]{24}$/i.test(id);
