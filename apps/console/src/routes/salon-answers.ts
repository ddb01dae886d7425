// /api/settings/answers (owner, under the settings router): the salon's own questions and answers the bot quotes; every change audited.
import {
  createSalonAnswer,
  deleteSalonAnswer,
  listSalonAnswers,
  updateSalonAnswer,
  type SalonAnswer,
  type SalonAnswerWriteResult,
} from '@atrevete/db';
import {
  newSalonAnswerRequest,
  SALON_ANSWER_ERRORS,
  salonAnswerChangeRequest,
  type SalonAnswersResponse,
  type SalonAnswerView,
} from '@atrevete/console-api';
import { Router } from 'express';
import type { ConsoleDeps } from '../deps.js';
import { ApiError, parseInput } from '../http/api-error.js';
import { idParam, refusedInput } from './catalogue.js';
import { signedInStaff } from './customers-views.js';

export function salonAnswersRouter(deps: ConsoleDeps): Router {
  const router = Router();

  router.get('/', async (_req, res) => {
    const body: SalonAnswersResponse = {
      answers: (await listSalonAnswers(deps.db)).map(toSalonAnswerView),
    };
    res.json(body);
  });

  router.post('/', async (req, res) => {
    const fields = parseInput(newSalonAnswerRequest, req.body);
    const saved = await createSalonAnswer(deps.db, {
      fields,
      staffId: signedInStaff(req).id,
    });
    res.status(201).json(savedAnswer(saved));
  });

  router.patch('/:answerId', async (req, res) => {
    const answerId = idParam(
      req.params['answerId'],
      SALON_ANSWER_ERRORS.notFound,
    );
    const change = parseInput(salonAnswerChangeRequest, req.body);
    const saved = await updateSalonAnswer(deps.db, {
      answerId,
      change,
      staffId: signedInStaff(req).id,
    });
    res.json(savedAnswer(saved));
  });

  router.delete('/:answerId', async (req, res) => {
    const answerId = idParam(
      req.params['answerId'],
      SALON_ANSWER_ERRORS.notFound,
    );
    const removed = await deleteSalonAnswer(deps.db, {
      answerId,
      staffId: signedInStaff(req).id,
    });
    if (removed.kind === 'not_found')
      throw ApiError.notFound(SALON_ANSWER_ERRORS.notFound);
    res.status(204).end();
  });
  return router;
}

function savedAnswer(saved: SalonAnswerWriteResult): SalonAnswerView {
  switch (saved.kind) {
    case 'saved':
      return toSalonAnswerView(saved.answer);
    case 'not_found':
      throw ApiError.notFound(SALON_ANSWER_ERRORS.notFound);
    case 'name_taken':
      throw ApiError.conflict('topic_taken', SALON_ANSWER_ERRORS.topicTaken);
    case 'refused':
      throw refusedInput(saved.refusal);
  }
}

function toSalonAnswerView(answer: SalonAnswer): SalonAnswerView {
  return {
    id: answer.id,
    topic: answer.topic,
    phrasings: answer.phrasings,
    answer: answer.answer,
    active: answer.active,
    updatedAt: answer.updatedAt.toISOString(),
  };
}
