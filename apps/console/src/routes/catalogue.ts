// /api/catalogue: the services and stylists, read by every staff member; added and changed by the owner, each change audited.
import {
  createService,
  createStylist,
  listCatalogue,
  updateService,
  updateStylist,
  type CatalogueService,
  type ConstraintRefusal,
  type Stylist,
} from '@atrevete/db';
import {
  API_ERRORS,
  CATALOGUE_ERRORS,
  newServiceRequest,
  newStylistRequest,
  serviceChangeRequest,
  stylistChangeRequest,
  type CatalogueResponse,
  type ServiceView,
  type StylistView,
} from '@atrevete/console-api';
import { Router } from 'express';
import { requireRole } from '../auth/session.js';
import type { ConsoleDeps } from '../deps.js';
import { ApiError, parseInput } from '../http/api-error.js';
import { signedInStaff } from './customers-views.js';

export function catalogueRouter(deps: ConsoleDeps): Router {
  const router = Router();
  const owner = requireRole('owner');

  router.get('/', async (_req, res) => {
    const catalogue = await listCatalogue(deps.db);
    const body: CatalogueResponse = {
      services: catalogue.services.map(toServiceView),
      stylists: catalogue.stylists.map(toStylistView),
    };
    res.json(body);
  });

  router.post('/services', owner, async (req, res) => {
    const fields = parseInput(newServiceRequest, req.body);
    const saved = await createService(deps.db, {
      fields,
      staffId: signedInStaff(req).id,
    });
    res.status(201).json(savedService(saved));
  });

  router.patch('/services/:serviceId', owner, async (req, res) => {
    const serviceId = idParam(
      req.params['serviceId'],
      CATALOGUE_ERRORS.serviceNotFound,
    );
    const change = parseInput(serviceChangeRequest, req.body);
    const saved = await updateService(deps.db, {
      serviceId,
      change,
      staffId: signedInStaff(req).id,
    });
    res.json(savedService(saved));
  });

  router.post('/stylists', owner, async (req, res) => {
    const fields = parseInput(newStylistRequest, req.body);
    const saved = await createStylist(deps.db, {
      fields,
      staffId: signedInStaff(req).id,
    });
    res.status(201).json(savedStylist(saved));
  });

  router.patch('/stylists/:stylistId', owner, async (req, res) => {
    const stylistId = idParam(
      req.params['stylistId'],
      CATALOGUE_ERRORS.stylistNotFound,
    );
    const change = parseInput(stylistChangeRequest, req.body);
    const saved = await updateStylist(deps.db, {
      stylistId,
      change,
      staffId: signedInStaff(req).id,
    });
    res.json(savedStylist(saved));
  });
  return router;
}

/** A numeric :id of the path, or 404: a path that names nothing is not found. */
export function idParam(
  value: string | string[] | undefined,
  notFound: string,
): number {
  const id =
    typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : 0;
  if (id <= 0) throw ApiError.notFound(notFound);
  return id;
}

/** A change the database refused by a CHECK the request schema did not foresee: still the owner's input, a 400. */
export function refusedInput(refusal: ConstraintRefusal): ApiError {
  const message =
    refusal.code === 'unique'
      ? 'Ya existe otro con esos datos.'
      : 'Algún valor está fuera de lo que el salón admite: revísalo.';
  return ApiError.invalid(message, { _: message });
}

function savedService(
  saved: Awaited<ReturnType<typeof createService>>,
): ServiceView {
  switch (saved.kind) {
    case 'saved':
      return toServiceView(saved.service);
    case 'not_found':
      throw ApiError.notFound(CATALOGUE_ERRORS.serviceNotFound);
    case 'name_taken':
      throw ApiError.conflict('name_taken', CATALOGUE_ERRORS.serviceNameTaken);
    case 'stylists_of_other_category':
      throw ApiError.invalid(API_ERRORS.invalid, {
        stylistIds: CATALOGUE_ERRORS.stylistsOfOtherCategory,
      });
    case 'refused':
      throw refusedInput(saved.refusal);
  }
}

function savedStylist(
  saved: Awaited<ReturnType<typeof createStylist>>,
): StylistView {
  switch (saved.kind) {
    case 'saved':
      return toStylistView(saved.stylist);
    case 'not_found':
      throw ApiError.notFound(CATALOGUE_ERRORS.stylistNotFound);
    case 'name_taken':
      throw ApiError.conflict('name_taken', CATALOGUE_ERRORS.stylistNameTaken);
    case 'in_narrowed_services':
      throw ApiError.conflict(
        'stylist_in_services',
        CATALOGUE_ERRORS.stylistInServices,
      );
    case 'refused':
      throw refusedInput(saved.refusal);
  }
}

function toServiceView(service: CatalogueService): ServiceView {
  return {
    id: service.id,
    name: service.name,
    category: service.category,
    durationMinutes: service.durationMinutes,
    priceCents: service.priceCents,
    aliases: service.aliases,
    active: service.active,
    stylistIds: service.stylistIds,
  };
}

function toStylistView(stylist: Stylist): StylistView {
  return {
    id: stylist.id,
    name: stylist.name,
    category: stylist.category,
    active: stylist.active,
  };
}
