// Refusals of the console API as one error class: thrown anywhere in a route, answered by the error handler.
import { API_ERRORS, type ApiErrorBody } from '@atrevete/console-api';
import type { ErrorRequestHandler, Response } from 'express';
import type { z } from 'zod';
import type { Logger } from '@atrevete/observability';

/** A 4xx with a code for the web app and a Spanish message for the person at the desk. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static notFound(message: string = API_ERRORS.notFound): ApiError {
    return new ApiError(404, 'not_found', message);
  }

  static conflict(code: string, message: string): ApiError {
    return new ApiError(409, code, message);
  }

  static invalid(message: string, fields?: Record<string, string>): ApiError {
    return new ApiError(400, 'invalid', message, fields);
  }
}

/** Parses a request part with its schema, or throws a 400 naming each field that is wrong. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join('.') || '_';
    fields[key] ??= issue.message;
  }
  throw ApiError.invalid(API_ERRORS.invalid, fields);
}

export function sendError(res: Response, status: number, body: ApiErrorBody) {
  res.status(status).json(body);
}

/** ApiError as its 4xx; the body parser's 4xx as a generic one; anything else a logged 500 without details. */
export function apiErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    if (error instanceof ApiError) {
      return sendError(res, error.status, {
        error: error.code,
        message: error.message,
        ...(error.fields ? { fields: error.fields } : {}),
      });
    }
    const status: unknown = error?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return sendError(res, status, {
        error: 'bad_request',
        message:
          status === 413
            ? 'Los datos enviados son demasiado grandes.'
            : 'La petición no se entiende (¿JSON mal formado?).',
      });
    }
    logger.error(
      { err: error, method: req.method, route: req.route?.path },
      'console request failed',
    );
    sendError(res, 500, { error: 'internal', message: API_ERRORS.internal });
  };
}
