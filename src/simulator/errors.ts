/** A Bot API failure: serialised as `{ ok: false, error_code, description, parameters? }`. */
export class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly parameters?: { retry_after?: number; migrate_to_chat_id?: number },
  ) {
    super(description);
  }

  toJSON() {
    return {
      ok: false as const,
      error_code: this.code,
      description: this.description,
      ...(this.parameters ? { parameters: this.parameters } : {}),
    };
  }
}

/** The exact error texts real Telegram returns, so bot code matching on them behaves the same. */
export const Errors = {
  unauthorized: () => new ApiError(401, 'Unauthorized'),
  notFound: () => new ApiError(404, 'Not Found'),
  badRequest: (what: string) => new ApiError(400, `Bad Request: ${what}`),
  chatNotFound: () => new ApiError(400, 'Bad Request: chat not found'),
  textEmpty: () => new ApiError(400, 'Bad Request: message text is empty'),
  textTooLong: () => new ApiError(400, 'Bad Request: message is too long'),
  captionTooLong: () => new ApiError(400, 'Bad Request: message caption is too long'),
  buttonDataInvalid: () => new ApiError(400, 'Bad Request: BUTTON_DATA_INVALID'),
  notModified: () =>
    new ApiError(
      400,
      'Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
    ),
  messageToEditNotFound: () => new ApiError(400, 'Bad Request: message to edit not found'),
  messageToDeleteNotFound: () => new ApiError(400, 'Bad Request: message to delete not found'),
  blocked: () => new ApiError(403, 'Forbidden: bot was blocked by the user'),
  cantInitiate: () => new ApiError(403, "Forbidden: bot can't initiate conversation with a user"),
  tooManyRequests: (retryAfter: number) =>
    new ApiError(429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter }),
  webhookConflict: () =>
    new ApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"),
  pollingConflict: () =>
    new ApiError(409, 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running'),
  queryTooOld: () =>
    new ApiError(400, 'Bad Request: query is too old and response timeout expired or query ID is invalid'),
};
